#include "supervisor_conflicts_model.hpp"

#include <QJsonDocument>

namespace ronde::app {

using namespace supervisor_text;

namespace {
QString fieldText(const QString& key) {
    if (key.isEmpty()) {
        return SupervisorConflictsModel::tr("Fiche entière");
    }
    if (key == QLatin1String("follow_up")) {
        return SupervisorConflictsModel::tr("Suivi");
    }
    static const QHash<QString, const char*> names{
        {QStringLiteral("phone"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Téléphone")},
        {QStringLiteral("email"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "E-mail")},
        {QStringLiteral("address"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Adresse")},
        {QStringLiteral("commune"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Commune")},
        {QStringLiteral("organisation"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Organisme")},
        {QStringLiteral("person_name"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Nom")},
        {QStringLiteral("role_title"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Fonction")},
        {QStringLiteral("notes"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Notes")},
        {QStringLiteral("referent_id"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Référent")},
        {QStringLiteral("category"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Catégorie")},
        {QStringLiteral("position"),
         QT_TRANSLATE_NOOP("ronde::app::SupervisorConflictsModel", "Position")},
    };
    const auto it = names.find(key);
    return it == names.end() ? key : SupervisorConflictsModel::tr(it.value());
}
}  // namespace

SupervisorConflictsModel::SupervisorConflictsModel(QObject* parent) : SupervisorListModel(parent) {}

QHash<int, QByteArray> SupervisorConflictsModel::roleNames() const {
    return {{ConflictIdRole, "conflictId"},
            {RecordTextRole, "recordText"},
            {FieldTextRole, "fieldText"},
            {ReasonTextRole, "reasonText"},
            {WhenTextRole, "whenText"},
            {KeptValueRole, "keptValue"},
            {KeptByRole, "keptBy"},
            {LostValueRole, "lostValue"},
            {LostByRole, "lostBy"},
            {ResolvedRole, "resolved"},
            {RecordDeletedRole, "recordDeleted"}};
}

QString SupervisorConflictsModel::valueText(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return tr("(vide)");
        case QJsonValue::Bool:
            return value.toBool() ? tr("oui") : tr("non");
        case QJsonValue::Double:
            return QString::number(value.toDouble());
        case QJsonValue::String:
            return value.toString().isEmpty() ? tr("(vide)") : value.toString();
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Object:
            break;
    }
    const QJsonObject o = value.toObject();
    if (o.contains(u"summary")) {  // a follow-up
        return o.value(u"summary").toString();
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SupervisorListModel::Row SupervisorConflictsModel::rowFrom(const QJsonObject& item) const {
    const QString entity = item.value(u"entity").toString();
    const QJsonObject kept = item.value(u"kept").toObject();
    const QJsonObject lost = item.value(u"lost").toObject();
    const auto by = [this](const QJsonObject& side) {
        QString who = userName(side.value(u"user"));
        if (who.isEmpty() && client()) {
            who = client()->userName(side.value(u"user_id").toString());
        }
        const QString when = dateTimeText(side.value(u"at"));
        return when.isEmpty() ? who : tr("%1, %2").arg(who, when);
    };
    // The server names the record (GET /api/v1/conflicts, `record`): a
    // contact's name, a visit's contact (or place) and date, a patrol's
    // event (or area) and start.
    const QJsonObject recordInfo = item.value(u"record").toObject();
    const bool deleted = recordInfo.value(u"deleted").toBool();
    QString record = recordInfo.value(u"name").toString().trimmed();
    const QString recordWhen =
        dateTimeText(entity == QLatin1String("patrol") ? recordInfo.value(u"started_at")
                                                       : recordInfo.value(u"occurred_at"));
    if (!recordWhen.isEmpty()) {
        record = record.isEmpty() ? recordWhen : tr("%1, %2").arg(record, recordWhen);
    }
    QString kind = entity == QLatin1String("contact") ? tr("Contact")
                   : entity == QLatin1String("visit") ? tr("Visite")
                                                      : tr("Patrouille");
    if (deleted) {
        kind = entity == QLatin1String("contact") ? tr("Contact supprimé depuis")
               : entity == QLatin1String("visit") ? tr("Visite supprimée depuis")
                                                  : tr("Patrouille supprimée depuis");
    }
    const QString reason = item.value(u"reason").toString();
    return {
        {ConflictIdRole, item.value(u"id").toVariant().toString()},
        {RecordTextRole, record.isEmpty() ? kind : tr("%1 · %2").arg(kind, record)},
        {FieldTextRole, fieldText(item.value(u"field").toString())},
        {ReasonTextRole, reason == QLatin1String("edit_after_delete")
                             ? tr("Modifié après suppression")
                             : tr("Modifications simultanées")},
        {WhenTextRole, dateTimeText(item.value(u"at"))},
        {KeptValueRole, valueText(kept.value(u"value"))},
        {KeptByRole, by(kept)},
        {LostValueRole, valueText(lost.value(u"value"))},
        {LostByRole, by(lost)},
        {ResolvedRole, item.value(u"resolution").isObject()},
        {RecordDeletedRole, deleted},
    };
}

void SupervisorConflictsModel::resolve(const QString& conflictId, const QString& choice) {
    if (conflictId.isEmpty() || !client() || acting_) {
        return;
    }
    acting_ = true;
    emit actingChanged();
    client()->post(
        QStringLiteral("/api/v1/conflicts/%1/resolve").arg(conflictId),
        {{QStringLiteral("choose"), choice}}, this,
        [this, conflictId, choice](const SupervisorReply& reply) {
            acting_ = false;
            emit actingChanged();
            const QString error = reply.ok() ? QString() : reply.errorText;
            if (error != actionError_) {
                actionError_ = error;
                emit actionErrorChanged();
            }
            if (const int r = rowOf(conflictId); reply.ok() && r >= 0) {
                QJsonObject resolved = item(r);
                resolved.insert(u"resolution", QJsonObject{{QStringLiteral("choice"), choice}});
                replaceItem(r, resolved);
            }
            emit actionFinished(reply.ok());
        });
}

}  // namespace ronde::app
