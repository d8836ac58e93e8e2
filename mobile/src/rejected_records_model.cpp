#include "rejected_records_model.hpp"

#include "error_text.hpp"
#include "formatting.hpp"
#include "todays_visits_model.hpp"

namespace ronde::app {

RejectedRecordsModel::RejectedRecordsModel(QObject* parent) : StoreListModel(parent) {}

QHash<int, QByteArray> RejectedRecordsModel::roleNames() const {
    return {{EntityRole, "entity"}, {RecordIdRole, "recordId"}, {KindRole, "kind"},
            {TitleRole, "title"},   {MessageRole, "message"},   {WhenRole, "when"}};
}

bool RejectedRecordsModel::dismiss(int row) {
    if (row < 0 || row >= count() || !session() || !session()->store()) {
        return false;
    }
    const QVariantMap values = get(row).toMap();
    const std::string code = values.value(QStringLiteral("entity")).toString().toStdString();
    auto entity = Entity::contact;
    if (code == "visit") {
        entity = Entity::visit;
    } else if (code == "patrol") {
        entity = Entity::patrol;
    }
    if (session()->store()->dismiss_rejection(
            entity, values.value(QStringLiteral("recordId")).toString().toStdString())) {
        return false;
    }
    session()->notifyChanged();
    return true;
}

Result<std::vector<StoreListModel::Row>> RejectedRecordsModel::loadPage(store::DeviceStore& store,
                                                                        store::Page page) {
    auto rejected = store.rejected_records(page);
    if (!rejected) {
        return rejected.error();
    }
    const Timestamp now = format::now();
    QHash<QString, QString> names;
    std::vector<Row> rows;
    rows.reserve(rejected->size());
    for (const auto& r : rejected.value()) {
        QString entity;
        QString kind;
        QString title;
        switch (r.entity) {
            case Entity::contact: {
                entity = QStringLiteral("contact");
                kind = tr("Contact");
                auto c = store.contact(r.id);
                title = c && c.value() ? format::contactTitle(c.value()->record)
                                       : tr("Contact supprimé");
                break;
            }
            case Entity::visit: {
                entity = QStringLiteral("visit");
                kind = tr("Visite");
                auto v = store.visit(r.id);
                title = v && v.value()
                            ? tr("%1, %2").arg(visit_text::contactTitle(
                                                   store, v.value()->record.contact_id, names),
                                               format::dateTime(v.value()->record.occurred_at, now))
                            : tr("Visite supprimée");
                break;
            }
            case Entity::patrol: {
                entity = QStringLiteral("patrol");
                kind = tr("Patrouille");
                auto p = store.patrol(r.id);
                title = p && p.value()
                            ? tr("Patrouille commencée %1")
                                  .arg(format::dateTime(p.value()->record.started_at, now))
                            : tr("Patrouille supprimée");
                break;
            }
        }
        rows.push_back({{EntityRole, entity},
                        {RecordIdRole, QString::fromStdString(r.id)},
                        {KindRole, kind},
                        {TitleRole, title},
                        {MessageRole, ErrorText::sentence(r.error)},
                        {WhenRole, tr("Refusé %1").arg(format::dateTime(r.rejected_at, now))}});
    }
    return rows;
}

}  // namespace ronde::app
