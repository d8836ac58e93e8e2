#include "visit_capture_controller.hpp"

#include "error_text.hpp"
#include "formatting.hpp"
#include "position_provider.hpp"
#include "ronde/validate.hpp"
#include "store_session.hpp"
#include "todays_visits_model.hpp"

namespace ronde::app {

namespace {
template <class E>
std::vector<E> parseAll(const QStringList& codes) {
    std::vector<E> out;
    for (const QString& c : codes) {
        if (auto v = parse_enum<E>(c.toStdString())) {
            out.push_back(*v);
        }
    }
    return out;
}
template <class E>
QStringList codesOf(const std::vector<E>& values) {
    QStringList out;
    for (E v : values) {
        out.append(format::enumCode(v));
    }
    return out;
}
void toggle(QStringList& list, const QString& code) {
    if (!list.removeOne(code)) {
        list.append(code);
    }
}
// The capture page's field for a visit path.
QString formField(const std::string& path) {
    if (path.starts_with("follow_up")) {
        return QStringLiteral("followUp");
    }
    if (path == "note") {
        return QStringLiteral("note");
    }
    if (path.starts_with("position")) {
        return QStringLiteral("position");
    }
    return {};
}
}  // namespace

VisitCaptureController::VisitCaptureController(QObject* parent)
    : QObject(parent), session_(StoreSession::provided()) {
    setPosition(PositionProvider::provided());
    reset();
}

void VisitCaptureController::setSession(StoreSession* session) {
    session_ = session;
    newContact_.setSession(session);
}

void VisitCaptureController::setPosition(PositionProvider* position) {
    if (position_) {
        disconnect(position_, nullptr, this, nullptr);
    }
    position_ = position;
    newContact_.setPosition(position);
    if (position_) {
        connect(position_, &PositionProvider::positionChanged, this,
                &VisitCaptureController::positionChanged);
    }
    emit positionChanged();
}

void VisitCaptureController::setClimate(const QString& code) {
    if (code != climate_ && parse_enum<Climate>(code.toStdString())) {
        climate_ = code;
        emit formChanged();
    }
}

void VisitCaptureController::setNote(const QString& note) {
    if (note != note_) {
        note_ = note;
        emit formChanged();
    }
}

void VisitCaptureController::setFollowUpNeeded(bool needed) {
    if (needed != followUpNeeded_) {
        followUpNeeded_ = needed;
        emit formChanged();
    }
}

void VisitCaptureController::setFollowUpSummary(const QString& summary) {
    if (summary != followUpSummary_) {
        followUpSummary_ = summary;
        emit formChanged();
    }
}

void VisitCaptureController::setFollowUpDueDays(int days) {
    days = std::max(0, days);
    if (days != dueDays_) {
        dueDays_ = days;
        emit formChanged();
    }
}

QString VisitCaptureController::followUpDueText() const {
    if (dueDays_ <= 0) {
        return tr("Sans échéance");
    }
    const Date due = format::today() + std::chrono::days(dueDays_);
    return tr("Échéance : %1").arg(format::date(due, format::today()));
}

QVariantList VisitCaptureController::topicOptions() const {
    return format::options<Topic>();
}
QVariantList VisitCaptureController::actionOptions() const {
    return format::options<Action>();
}
QVariantList VisitCaptureController::climateOptions() const {
    return format::options<Climate>();
}
QVariantList VisitCaptureController::dueOptions() const {
    const auto option = [](int days, const QString& label) {
        return QVariantMap{{QStringLiteral("value"), days}, {QStringLiteral("label"), label}};
    };
    return {option(0, tr("Sans échéance")), option(7, tr("1 semaine")),
            option(14, tr("2 semaines")), option(30, tr("1 mois"))};
}

std::optional<VisitPosition> VisitCaptureController::visitPosition() const {
    if (position_ && position_->hasPosition()) {
        VisitPosition p{position_->latitude(), position_->longitude(), std::nullopt,
                        position_->origin() == PositionProvider::Manual ? PositionSource::manual
                                                                        : PositionSource::gps};
        if (position_->horizontalAccuracy() >= 0) {
            p.accuracy_m = position_->horizontalAccuracy();
        }
        return p;
    }
    if (mode_ == Existing && contactPosition_) {
        return VisitPosition{contactPosition_->lat, contactPosition_->lon, std::nullopt,
                             PositionSource::contact};
    }
    return std::nullopt;
}

QString VisitCaptureController::positionText() const {
    const auto p = visitPosition();
    if (!p) {
        return tr("Sans position : le contact sera enregistré sans lieu.");
    }
    if (p->source == PositionSource::gps && p->accuracy_m) {
        return tr("GPS, précision ± %1").arg(format::distance(*p->accuracy_m));
    }
    return format::enumLabel(p->source);
}

QString VisitCaptureController::positionSource() const {
    const auto p = visitPosition();
    return p ? format::enumCode(p->source) : QString();
}

void VisitCaptureController::setMode(ContactMode mode) {
    mode_ = mode;
    emit contactChanged();
    emit positionChanged();
}

bool VisitCaptureController::chooseContact(const QString& contactId) {
    clearErrors();
    if (!session_ || !session_->store()) {
        showError(make_error("store_closed", "locked"));
        return false;
    }
    store::DeviceStore& store = *session_->store();
    auto found = store.contact(contactId.toStdString());
    if (!found || !found.value()) {
        showError(found ? make_error("not_found", "no such contact") : found.error());
        return false;
    }
    const Contact& c = found.value()->record;
    contactId_ = contactId;
    contactTitle_ = format::contactTitle(c);
    contactSubtitle_ = format::contactSubtitle(c);
    contactPosition_ = c.position;
    last_.reset();
    lastVisitText_.clear();
    if (auto last = store.last_visit(contactId.toStdString()); last && last.value()) {
        last_ = last.value()->record;
        lastVisitText_ = tr("Dernière visite %1 : %2")
                             .arg(format::dateTime(last_->occurred_at, format::now()),
                                  visit_text::topicsAndActions(*last_));
    }
    setMode(Existing);
    if (last_) {
        sameAsLastTime();
    } else {
        prefilled_ = false;
        emit formChanged();
    }
    return true;
}

void VisitCaptureController::createContact() {
    clearErrors();
    contactId_.clear();
    contactTitle_.clear();
    contactSubtitle_.clear();
    contactPosition_.reset();
    last_.reset();
    lastVisitText_.clear();
    prefilled_ = false;
    newContact_.startNew();
    setMode(NewContact);
    emit formChanged();
}

void VisitCaptureController::chooseAnonymous() {
    clearErrors();
    contactId_.clear();
    contactTitle_ = tr("Habitant anonyme");
    contactSubtitle_ = tr("Aucune fiche n'est créée.");
    contactPosition_.reset();
    last_.reset();
    lastVisitText_.clear();
    prefilled_ = false;
    setMode(Anonymous);
    emit formChanged();
}

void VisitCaptureController::clearContact() {
    contactId_.clear();
    contactTitle_.clear();
    contactSubtitle_.clear();
    contactPosition_.reset();
    last_.reset();
    lastVisitText_.clear();
    prefilled_ = false;
    setMode(NoContact);
    emit formChanged();
}

void VisitCaptureController::toggleTopic(const QString& code) {
    if (parse_enum<Topic>(code.toStdString())) {
        toggle(topics_, code);
        emit formChanged();
    }
}

void VisitCaptureController::toggleAction(const QString& code) {
    if (parse_enum<Action>(code.toStdString())) {
        toggle(actions_, code);
        emit formChanged();
    }
}

void VisitCaptureController::sameAsLastTime() {
    if (!last_) {
        return;
    }
    topics_ = codesOf(last_->topics);
    actions_ = codesOf(last_->actions);
    climate_ = format::enumCode(last_->climate);
    prefilled_ = true;
    emit formChanged();
}

void VisitCaptureController::clearForm() {
    topics_.clear();
    actions_.clear();
    climate_ = format::enumCode(Climate::positive);
    note_.clear();
    followUpNeeded_ = false;
    followUpSummary_.clear();
    dueDays_ = 0;
    prefilled_ = false;
    clearErrors();
    emit formChanged();
}

void VisitCaptureController::reset() {
    clearForm();
    clearContact();
    newContact_.startNew();
}

Visit VisitCaptureController::visit() const {
    Visit v;
    v.contact_id = mode_ == Existing ? contactId_.toStdString() : std::string();
    v.occurred_at = format::now();
    v.position = visitPosition();
    v.topics = parseAll<Topic>(topics_);
    v.actions = parseAll<Action>(actions_);
    v.climate = parse_enum<Climate>(climate_.toStdString()).value_or(Climate::neutral);
    v.note = note_.trimmed().toStdString();
    if (followUpNeeded_) {
        v.follow_up.needed = true;
        v.follow_up.summary = followUpSummary_.trimmed().toStdString();
        if (dueDays_ > 0) {
            v.follow_up.due_date = format::today() + std::chrono::days(dueDays_);
        }
    }
    return v;
}

bool VisitCaptureController::save() {
    clearErrors();
    newContact_.clearErrors();
    if (!session_ || !session_->store()) {
        showError(make_error("store_closed", "locked"));
        return false;
    }
    if (mode_ == NoContact) {
        errors_.fields.insert(QStringLiteral("contact"),
                              tr("Choisissez un contact, créez-en un, ou choisissez « Habitant "
                                 "anonyme »."));
        emit errorsChanged();
        return false;
    }
    store::DeviceStore& store = *session_->store();
    Visit v = visit();
    const auto me = store.identity();
    if (!me) {
        showError(make_error("not_enrolled", "not enrolled"));
        return false;
    }
    if (v.follow_up.needed) {
        v.follow_up.assignee_id = me->user_id;  // the author follows up unless reassigned
    }
    if (auto patrol = store.current_patrol(); patrol && patrol.value()) {
        v.patrol_id = patrol.value()->id;
    }
    // Both records are checked before either is written.
    bool valid = true;
    if (mode_ == NewContact && !newContact_.check()) {
        valid = false;
    }
    if (auto problem = validate(v)) {
        showError(*problem);
        valid = false;
    }
    if (!valid) {
        return false;
    }
    auto tx = store.begin();
    if (!tx) {
        showError(tx.error());
        return false;
    }
    if (mode_ == NewContact) {
        auto contactId = newContact_.saveTo(store);
        if (!contactId) {
            return false;
        }
        v.contact_id = contactId.value();
    }
    auto visitId = store.save_visit(std::nullopt, v);
    if (!visitId) {
        showError(visitId.error());
        return false;
    }
    if (auto failed = tx->commit()) {
        showError(*failed);
        return false;
    }
    savedVisitId_ = QString::fromStdString(visitId.value());
    session_->notifyChanged();
    emit saved();
    return true;
}

void VisitCaptureController::showError(const Error& error) {
    errors_.add(error, formField(error.field));
    emit errorsChanged();
}

void VisitCaptureController::clearErrors() {
    if (errors_.clear()) {
        emit errorsChanged();
    }
}

}  // namespace ronde::app
