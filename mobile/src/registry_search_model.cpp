#include "registry_search_model.hpp"

#include "formatting.hpp"

namespace ronde::app {

RegistrySearchModel::RegistrySearchModel(QObject* parent) : StoreListModel(parent) {}

QHash<int, QByteArray> RegistrySearchModel::roleNames() const {
    return {{ContactIdRole, "contactId"},
            {NameRole, "name"},
            {SubtitleRole, "subtitle"},
            {CategoryRole, "category"}};
}

void RegistrySearchModel::setQuery(const QString& query) {
    if (query != query_) {
        query_ = query;
        emit queryChanged();
        reload();
    }
}

Result<std::vector<StoreListModel::Row>> RegistrySearchModel::loadPage(store::DeviceStore& store,
                                                                       store::Page page) {
    auto found = store.search_contacts(query_.trimmed().toStdString(), page);
    if (!found) {
        return found.error();
    }
    std::vector<Row> rows;
    rows.reserve(found->size());
    for (const auto& c : found.value()) {
        rows.push_back({{ContactIdRole, QString::fromStdString(c.id)},
                        {NameRole, format::contactTitle(c.record)},
                        {SubtitleRole, format::contactSubtitle(c.record)},
                        {CategoryRole, format::enumCode(c.record.category)}});
    }
    return rows;
}

}  // namespace ronde::app
