#include "patrol_controller.hpp"

#include "error_text.hpp"
#include "formatting.hpp"
#include "ronde/validate.hpp"
#include "store_session.hpp"

namespace ronde::app {

namespace {
QString patrolTitle(const Patrol& p) {
    QStringList parts{format::enumLabel(p.mode)};
    if (!p.area_label.empty()) {
        parts.append(QString::fromStdString(p.area_label));
    }
    return parts.join(QStringLiteral(" · "));
}
}  // namespace

PatrolController::PatrolController(QObject* parent)
    : QObject(parent), mode_(format::enumCode(PatrolMode::foot)) {
    setSession(StoreSession::provided());
}

void PatrolController::setSession(StoreSession* session) {
    if (session_) {
        disconnect(session_, nullptr, this, nullptr);
    }
    session_ = session;
    if (session_) {
        connect(session_, &StoreSession::dataChanged, this, &PatrolController::refresh);
    }
    refresh();
}

QVariantList PatrolController::modeOptions() const {
    return format::options<PatrolMode>();
}

void PatrolController::refresh() {
    QString id;
    QString title;
    QString detail;
    if (session_ && session_->store()) {
        store::DeviceStore& store = *session_->store();
        if (auto current = store.current_patrol(); current && current.value()) {
            const auto& p = *current.value();
            id = QString::fromStdString(p.id);
            title = patrolTitle(p.record);
            QStringList parts{tr("depuis %1").arg(format::timeOfDay(p.record.started_at))};
            if (!p.record.event_label.empty()) {
                parts.prepend(QString::fromStdString(p.record.event_label));
            }
            if (auto s = store.patrol_summary(p.id); s && s.value()) {
                const int n = s.value()->visit_count;
                parts.append(n == 1 ? tr("1 contact") : tr("%1 contacts").arg(n));
            }
            detail = parts.join(QStringLiteral(" · "));
        }
    }
    if (id != patrolId_ || title != title_ || detail != detail_) {
        patrolId_ = id;
        title_ = title;
        detail_ = detail;
        emit currentChanged();
    }
}

bool PatrolController::start() {
    setError({});
    if (!session_ || !session_->store()) {
        setError(ErrorText::sentence(make_error("store_closed", "locked")));
        return false;
    }
    if (active()) {
        setError(tr("Une patrouille est déjà en cours : terminez-la d'abord."));
        return false;
    }
    Patrol p;
    p.mode = parse_enum<PatrolMode>(mode_.toStdString()).value_or(PatrolMode::foot);
    p.started_at = format::now();
    p.area_label = areaLabel_.trimmed().toStdString();
    p.event_label = eventLabel_.trimmed().toStdString();
    if (auto problem = validate(p)) {
        setError(ErrorText::sentence(*problem));
        return false;
    }
    auto id = session_->store()->start_patrol(p);
    if (!id) {
        setError(ErrorText::sentence(id.error()));
        return false;
    }
    session_->notifyChanged();
    refresh();
    emit started();
    return true;
}

bool PatrolController::end() {
    setError({});
    if (!session_ || !session_->store() || !active()) {
        setError(tr("Aucune patrouille en cours."));
        return false;
    }
    const std::string id = patrolId_.toStdString();
    if (auto failed = session_->store()->end_patrol(id)) {
        setError(ErrorText::sentence(*failed));
        return false;
    }
    loadSummaryOf(id);
    session_->notifyChanged();
    refresh();
    areaLabel_.clear();
    eventLabel_.clear();
    emit formChanged();
    emit ended();
    return true;
}

bool PatrolController::loadSummary() {
    return active() && loadSummaryOf(patrolId_.toStdString());
}

bool PatrolController::loadSummaryOf(const std::string& id) {
    auto s = session_->store()->patrol_summary(id);
    if (!s || !s.value()) {
        setError(ErrorText::sentence(s ? make_error("not_found", "no patrol") : s.error()));
        return false;
    }
    const store::PatrolSummary& sum = *s.value();
    summaryTitle_ = patrolTitle(sum.patrol.record);
    summaryDuration_ = format::duration(sum.duration);
    summaryVisits_ = sum.visit_count;
    summaryFollowUps_ = sum.follow_up_count;
    QStringList topics;
    for (const auto& t : sum.topics) {
        topics.append(tr("%1 (%2)").arg(format::enumLabel(t.topic)).arg(t.count));
    }
    QStringList actions;
    for (const auto& a : sum.actions) {
        actions.append(tr("%1 (%2)").arg(format::enumLabel(a.action)).arg(a.count));
    }
    summaryTopics_ = topics.join(QStringLiteral(", "));
    summaryActions_ = actions.join(QStringLiteral(", "));
    summaryDistance_ = sum.distance_m ? format::distance(*sum.distance_m) : QString();
    emit summaryChanged();
    return true;
}

void PatrolController::setError(const QString& text) {
    if (text != error_) {
        error_ = text;
        emit errorTextChanged();
    }
}

}  // namespace ronde::app
