#include "follow_ups_model.hpp"

#include "formatting.hpp"
#include "todays_visits_model.hpp"

namespace ronde::app {

FollowUpsModel::FollowUpsModel(QObject* parent) : StoreListModel(parent) {}

QHash<int, QByteArray> FollowUpsModel::roleNames() const {
    return {{VisitIdRole, "visitId"},   {ContactIdRole, "contactId"}, {SummaryRole, "summary"},
            {SubtitleRole, "subtitle"}, {DueTextRole, "dueText"},     {OverdueRole, "overdue"}};
}

void FollowUpsModel::setScope(Scope scope) {
    if (scope != scope_) {
        scope_ = scope;
        emit scopeChanged();
        reload();
    }
}

Result<std::vector<StoreListModel::Row>> FollowUpsModel::loadPage(store::DeviceStore& store,
                                                                  store::Page page) {
    std::string assignee;
    if (scope_ == Mine) {
        const auto me = store.identity();
        if (!me) {
            return std::vector<Row>{};
        }
        assignee = me->user_id;
    }
    auto visits = store.open_follow_ups_assigned_to(assignee, page);
    if (!visits) {
        return visits.error();
    }
    const Date today = format::today();
    const Timestamp now = format::now();
    QHash<QString, QString> names;
    std::vector<Row> rows;
    rows.reserve(visits->size());
    for (const auto& v : visits.value()) {
        const FollowUp& f = v.record.follow_up;
        QString due = tr("sans échéance");
        bool overdue = false;
        if (f.due_date) {
            due = format::date(*f.due_date, today);
            overdue = *f.due_date < today;
        }
        rows.push_back(
            {{VisitIdRole, QString::fromStdString(v.id)},
             {ContactIdRole, QString::fromStdString(v.record.contact_id)},
             {SummaryRole, QString::fromStdString(f.summary)},
             {SubtitleRole,
              tr("%1 · %2").arg(visit_text::contactTitle(store, v.record.contact_id, names),
                                format::dateTime(v.record.occurred_at, now))},
             {DueTextRole, due},
             {OverdueRole, overdue}});
    }
    return rows;
}

}  // namespace ronde::app
