#include "contact_history_model.hpp"

#include "formatting.hpp"
#include "todays_visits_model.hpp"

namespace ronde::app {

ContactHistoryModel::ContactHistoryModel(QObject* parent) : StoreListModel(parent) {}

QHash<int, QByteArray> ContactHistoryModel::roleNames() const {
    return {{VisitIdRole, "visitId"},           {DateTextRole, "dateText"},
            {TopicsTextRole, "topicsText"},     {ClimateRole, "climate"},
            {ClimateTextRole, "climateText"},   {NoteRole, "note"},
            {FollowUpTextRole, "followUpText"}, {SyncTextRole, "syncText"}};
}

void ContactHistoryModel::setContactId(const QString& id) {
    if (id != contactId_) {
        contactId_ = id;
        emit contactIdChanged();
        reload();
    }
}

Result<std::vector<StoreListModel::Row>> ContactHistoryModel::loadPage(store::DeviceStore& store,
                                                                       store::Page page) {
    auto visits = store.contact_history(contactId_.toStdString(), page);
    if (!visits) {
        return visits.error();
    }
    const Timestamp now = format::now();
    std::vector<Row> rows;
    rows.reserve(visits->size());
    for (const auto& v : visits.value()) {
        const FollowUp& f = v.record.follow_up;
        QString followUp;
        if (f.needed) {
            followUp = f.status == FollowUpStatus::done
                           ? tr("Suivi clos : %1").arg(QString::fromStdString(f.summary))
                           : tr("Suivi ouvert : %1").arg(QString::fromStdString(f.summary));
        }
        rows.push_back({{VisitIdRole, QString::fromStdString(v.id)},
                        {DateTextRole, format::dateTime(v.record.occurred_at, now)},
                        {TopicsTextRole, visit_text::topicsAndActions(v.record)},
                        {ClimateRole, format::enumCode(v.record.climate)},
                        {ClimateTextRole, format::enumLabel(v.record.climate)},
                        {NoteRole, QString::fromStdString(v.record.note)},
                        {FollowUpTextRole, followUp},
                        {SyncTextRole, visit_text::syncText(v.sync)}});
    }
    return rows;
}

}  // namespace ronde::app
