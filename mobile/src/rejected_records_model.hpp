// The records whose last change the server refused, newest first, with the
// server's reason as a French sentence (the sync page). dismiss() marks one
// as seen: it counts as synced again and leaves the list.
#pragma once

#include "store_list_model.hpp"

namespace ronde::app {

class RejectedRecordsModel
    : public ronde::app::StoreListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        EntityRole = Qt::UserRole + 1,  // "contact", "visit", "patrol"
        RecordIdRole,
        KindRole,     // "Contact", "Visite", "Patrouille"
        TitleRole,    // what the record is about
        MessageRole,  // why the server refused it
        WhenRole,
    };
    Q_ENUM(Roles)

    explicit RejectedRecordsModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    // The user has read the refusal of row `row`. False when it failed.
    Q_INVOKABLE bool dismiss(int row);

protected:
    Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) override;
};

}  // namespace ronde::app
