// One contact's visits, newest first, a page at a time (the contact page).
#pragma once

#include "store_list_model.hpp"

namespace ronde::app {

class ContactHistoryModel
    : public ronde::app::StoreListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString contactId READ contactId WRITE setContactId NOTIFY contactIdChanged)

public:
    enum Roles {
        VisitIdRole = Qt::UserRole + 1,
        DateTextRole,
        TopicsTextRole,
        ClimateRole,
        ClimateTextRole,
        NoteRole,
        FollowUpTextRole,
        SyncTextRole,
    };
    Q_ENUM(Roles)

    explicit ContactHistoryModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    QString contactId() const { return contactId_; }
    void setContactId(const QString& id);

signals:
    void contactIdChanged();

protected:
    Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) override;
    bool ready() const override { return !contactId_.isEmpty(); }

private:
    QString contactId_;
};

}  // namespace ronde::app
