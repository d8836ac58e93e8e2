// The unit's contact registry, searched as the user types (every word must
// appear; case and accents ignored), by name, a page at a time.
#pragma once

#include "store_list_model.hpp"

namespace ronde::app {

class RegistrySearchModel
    : public ronde::app::StoreListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum Roles { ContactIdRole = Qt::UserRole + 1, NameRole, SubtitleRole, CategoryRole };
    Q_ENUM(Roles)

    explicit RegistrySearchModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return query_; }
    void setQuery(const QString& query);

signals:
    void queryChanged();

protected:
    Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) override;

private:
    QString query_;
};

}  // namespace ronde::app
