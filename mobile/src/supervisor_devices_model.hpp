// The unit's devices for the "team and devices" screen (GET
// /api/v1/admin/devices): who uses each, when it last synced, whether it is
// revoked; revoke() kills its token at once (POST .../revoke) and the device
// wipes itself at its next contact (DESIGN scenario 6).
#pragma once

#include "supervisor_list_model.hpp"

namespace ronde::app {

class SupervisorDevicesModel
    : public ronde::app::SupervisorListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)
    Q_PROPERTY(bool acting READ acting NOTIFY actingChanged)

public:
    enum Roles {
        DeviceIdRole = Qt::UserRole + 1,
        NameRole,
        UserRole,          // the account's name
        UserRoleTextRole,  // "Patrouille", "Commandement"
        LastSeenTextRole,  // "Dernière synchro : aujourd'hui à 09:42" / "Jamais synchronisé"
        EnrolledTextRole,
        RevokedRole,
        RevokedTextRole,  // "Révoqué le 21 nov."
        UserTextRole,     // "Gendarme Léa Tanguy · Patrouille"
        StatusTextRole,   // revokedText, or the last contact and the enrolment
    };
    Q_ENUM(Roles)

    explicit SupervisorDevicesModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    QString actionError() const { return actionError_; }
    bool acting() const { return acting_; }

    // Revokes the device `deviceId` (by id, not by row: the list may reload
    // while the page asks for confirmation).
    Q_INVOKABLE void revoke(const QString& deviceId);

signals:
    void actionErrorChanged();
    void actingChanged();
    void actionFinished(bool ok);

protected:
    QString path() const override { return QStringLiteral("/api/v1/admin/devices"); }
    bool paged() const override { return false; }
    Row rowFrom(const QJsonObject& item) const override;

private:
    QString actionError_;
    bool acting_ = false;
};

}  // namespace ronde::app
