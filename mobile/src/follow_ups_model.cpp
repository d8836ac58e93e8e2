#include "follow_ups_model.hpp"

#include "formatting.hpp"
#include "todays_visits_model.hpp"

#include <limits>

namespace ronde::app {

FollowUpsModel::FollowUpsModel(QObject* parent) : OriginListModel(kReloadAfterM, parent) {}

QHash<int, QByteArray> FollowUpsModel::roleNames() const {
    return {{VisitIdRole, "visitId"},          {ContactIdRole, "contactId"},
            {SummaryRole, "summary"},          {SubtitleRole, "subtitle"},
            {DueTextRole, "dueText"},          {OverdueRole, "overdue"},
            {DistanceTextRole, "distanceText"}};
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
    if (scope_ == Near) {
        return loadNearPage(store, page);
    }
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
             {OverdueRole, overdue},
             {DistanceTextRole, QString()}});
    }
    return rows;
}

Result<std::vector<StoreListModel::Row>> FollowUpsModel::loadNearPage(store::DeviceStore& store,
                                                                      store::Page page) {
    noteLoadedAtOrigin();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto found = store.open_follow_ups_near(hasOrigin() ? latitude() : nan,
                                            hasOrigin() ? longitude() : nan, page);
    if (!found) {
        return found.error();
    }
    const Date today = format::today();
    QHash<QString, QString> names;
    std::vector<Row> rows;
    rows.reserve(found->size());
    for (const auto& n : found.value()) {
        const Visit& v = n.visit.record;
        const FollowUp& f = v.follow_up;
        const bool overdue = f.due_date && *f.due_date < today;
        const QString contact = visit_text::contactTitle(store, v.contact_id, names);
        QString subtitle;
        if (!f.due_date) {
            subtitle = tr("%1 · sans échéance").arg(contact);
        } else if (overdue) {
            subtitle = tr("%1 · en retard (%2)").arg(contact, format::date(*f.due_date, today));
        } else {
            subtitle = tr("%1 · pour %2").arg(contact, format::date(*f.due_date, today));
        }
        rows.push_back(
            {{VisitIdRole, QString::fromStdString(n.visit.id)},
             {ContactIdRole, QString::fromStdString(v.contact_id)},
             {SummaryRole, QString::fromStdString(f.summary)},
             {SubtitleRole, subtitle},
             {DueTextRole, f.due_date ? format::date(*f.due_date, today) : tr("sans échéance")},
             {OverdueRole, overdue},
             {DistanceTextRole, n.distance_m ? format::distance(*n.distance_m) : QString()}});
    }
    return rows;
}

}  // namespace ronde::app
