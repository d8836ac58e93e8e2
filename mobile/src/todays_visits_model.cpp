#include "todays_visits_model.hpp"

#include "formatting.hpp"

#include <QCoreApplication>

namespace ronde::app {

namespace visit_text {

QString contactTitle(store::DeviceStore& store, const std::string& contactId,
                     QHash<QString, QString>& cache) {
    if (contactId.empty()) {
        return QCoreApplication::translate("VisitText", "Habitant anonyme");
    }
    const QString key = QString::fromStdString(contactId);
    if (auto it = cache.constFind(key); it != cache.constEnd()) {
        return *it;
    }
    QString title = QCoreApplication::translate("VisitText", "Contact inconnu");
    if (auto c = store.contact(contactId); c && c.value()) {
        title = format::contactTitle(c.value()->record);
    }
    cache.insert(key, title);
    return title;
}

QString topicsAndActions(const Visit& v) {
    QStringList parts;
    if (!v.topics.empty()) {
        parts.append(format::labels(v.topics));
    }
    if (!v.actions.empty()) {
        parts.append(format::labels(v.actions));
    }
    if (parts.isEmpty()) {
        return QCoreApplication::translate("VisitText", "Contact entretenu");
    }
    return parts.join(QStringLiteral(" · "));
}

QString syncText(store::SyncStatus s) {
    switch (s) {
        case store::SyncStatus::pending:
            return QCoreApplication::translate("VisitText", "En attente d'envoi");
        case store::SyncStatus::rejected:
            return QCoreApplication::translate("VisitText", "Refusé par le serveur");
        case store::SyncStatus::synced:
            break;
    }
    return {};
}

}  // namespace visit_text

TodaysVisitsModel::TodaysVisitsModel(QObject* parent) : StoreListModel(parent) {}

QHash<int, QByteArray> TodaysVisitsModel::roleNames() const {
    return {{VisitIdRole, "visitId"},
            {ContactIdRole, "contactId"},
            {TitleRole, "title"},
            {TimeTextRole, "timeText"},
            {TopicsTextRole, "topicsText"},
            {ClimateRole, "climate"},
            {ClimateTextRole, "climateText"},
            {FollowUpRole, "followUp"},
            {SyncTextRole, "syncText"}};
}

Result<std::vector<StoreListModel::Row>> TodaysVisitsModel::loadPage(store::DeviceStore& store,
                                                                     store::Page page) {
    auto visits = store.todays_visits(format::utcOffset(), page);
    if (!visits) {
        return visits.error();
    }
    QHash<QString, QString> names;
    std::vector<Row> rows;
    rows.reserve(visits->size());
    for (const auto& v : visits.value()) {
        rows.push_back({{VisitIdRole, QString::fromStdString(v.id)},
                        {ContactIdRole, QString::fromStdString(v.record.contact_id)},
                        {TitleRole, visit_text::contactTitle(store, v.record.contact_id, names)},
                        {TimeTextRole, format::timeOfDay(v.record.occurred_at)},
                        {TopicsTextRole, visit_text::topicsAndActions(v.record)},
                        {ClimateRole, format::enumCode(v.record.climate)},
                        {ClimateTextRole, format::enumLabel(v.record.climate)},
                        {FollowUpRole, v.record.follow_up.needed},
                        {SyncTextRole, visit_text::syncText(v.sync)}});
    }
    return rows;
}

}  // namespace ronde::app
