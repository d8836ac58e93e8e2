#include "supervisor_devices_model.hpp"

#include <QDateTime>
#include <QLocale>

namespace ronde::app {

using namespace supervisor_text;

SupervisorDevicesModel::SupervisorDevicesModel(QObject* parent) : SupervisorListModel(parent) {}

QHash<int, QByteArray> SupervisorDevicesModel::roleNames() const {
    return {{DeviceIdRole, "deviceId"},
            {NameRole, "name"},
            {UserRole, "user"},
            {UserRoleTextRole, "roleText"},
            {LastSeenTextRole, "lastSeenText"},
            {EnrolledTextRole, "enrolledText"},
            {RevokedRole, "revoked"},
            {RevokedTextRole, "revokedText"},
            {UserTextRole, "userText"},
            {StatusTextRole, "statusText"}};
}

SupervisorListModel::Row SupervisorDevicesModel::rowFrom(const QJsonObject& item) const {
    const QJsonValue user = item.value(u"user");
    const QString lastSeen = dateTimeText(item.value(u"last_seen_at"));
    const QString enrolled = dateTimeText(item.value(u"enrolled_at"));
    const QJsonValue revokedAt = item.value(u"revoked_at");
    const bool revoked = millis(revokedAt) > 0;
    const QString userText = user.isObject() ? userName(user) : tr("Compte inconnu");
    const QString roleText = roleLabel(user.toObject().value(u"role").toString());
    const QString lastSeenText =
        lastSeen.isEmpty() ? tr("Jamais synchronisé") : tr("Dernier contact : %1").arg(lastSeen);
    const QString enrolledText = enrolled.isEmpty() ? QString() : tr("Inscrit %1").arg(enrolled);
    const QString revokedText = revoked ? tr("Révoqué %1").arg(dateTimeText(revokedAt)) : QString();
    // Whether its token still works (not signed out, not idle too long).
    const QString sessionText =
        item.value(u"signed_in").toBool() ? tr("Session ouverte") : tr("Session fermée");
    return {
        {UserTextRole, roleText.isEmpty() ? userText : tr("%1 · %2").arg(userText, roleText)},
        {StatusTextRole,
         revoked
             ? revokedText
             : tr("%1 · %2").arg(sessionText, enrolledText.isEmpty()
                                                  ? lastSeenText
                                                  : tr("%1 · %2").arg(lastSeenText, enrolledText))},
        {DeviceIdRole, item.value(u"id").toString()},
        {NameRole, item.value(u"name").toString()},
        {UserRole, userText},
        {UserRoleTextRole, roleText},
        {LastSeenTextRole, lastSeenText},
        {EnrolledTextRole, enrolledText},
        {RevokedRole, revoked},
        {RevokedTextRole, revokedText},
    };
}

void SupervisorDevicesModel::revoke(const QString& deviceId) {
    if (deviceId.isEmpty() || !client() || acting_) {
        return;
    }
    acting_ = true;
    emit actingChanged();
    client()->post(QStringLiteral("/api/v1/admin/devices/%1/revoke").arg(deviceId), {}, this,
                   [this, deviceId](const SupervisorReply& reply) {
                       acting_ = false;
                       emit actingChanged();
                       const QString error = reply.ok() ? QString() : reply.errorText;
                       if (error != actionError_) {
                           actionError_ = error;
                           emit actionErrorChanged();
                       }
                       if (const int r = rowOf(deviceId); reply.ok() && r >= 0) {
                           QJsonObject revoked = item(r);
                           revoked.insert(u"revoked_at", QDateTime::currentDateTimeUtc().toString(
                                                             Qt::ISODateWithMs));
                           revoked.insert(u"signed_in", false);
                           replaceItem(r, revoked);
                       }
                       emit actionFinished(reply.ok());
                   });
}

}  // namespace ronde::app
