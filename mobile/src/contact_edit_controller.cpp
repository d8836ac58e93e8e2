#include "contact_edit_controller.hpp"

#include "error_text.hpp"
#include "formatting.hpp"
#include "position_provider.hpp"
#include "ronde/validate.hpp"
#include "store_session.hpp"

namespace ronde::app {

namespace {
std::string text(const QString& s) {
    return s.trimmed().toStdString();
}
// The form's field for a record path ("data.phone" -> "phone").
QString formField(const std::string& path) {
    const auto dot = path.rfind('.');
    const std::string key = dot == std::string::npos ? path : path.substr(dot + 1);
    if (key == "organisation" || key == "person_name") {
        return QStringLiteral("organisation");
    }
    if (key == "role_title") {
        return QStringLiteral("roleTitle");
    }
    if (key == "phone" || key == "email" || key == "address" || key == "commune" ||
        key == "siret" || key == "notes") {
        return QString::fromStdString(key);
    }
    if (key.rfind("tags", 0) == 0) {
        return QStringLiteral("tags");
    }
    if (key == "lat" || key == "lon" || key == "position") {
        return QStringLiteral("position");
    }
    return {};
}

// The signed-in user's id, empty when not enrolled.
std::string myUserId(StoreSession* session) {
    if (!session || !session->store()) {
        return {};
    }
    const auto me = session->store()->identity();
    return me ? me->user_id : std::string();
}

QString joinTags(const std::vector<std::string>& tags) {
    QStringList out;
    for (const auto& t : tags) {
        out.append(QString::fromStdString(t));
    }
    return out.join(QStringLiteral(", "));
}

std::vector<std::string> splitTags(const QString& text) {
    std::vector<std::string> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty()) {
            out.push_back(tag.toStdString());
        }
    }
    return out;
}
}  // namespace

ContactEditController::ContactEditController(QObject* parent)
    : QObject(parent), session_(StoreSession::provided()), position_(PositionProvider::provided()) {
    startNew();
}

QVariantList ContactEditController::categoryOptions() const {
    return format::options<ContactCategory>();
}

QString ContactEditController::categoryLabel() const {
    const auto category = parse_enum<ContactCategory>(category_.toStdString());
    return category ? format::enumLabel(*category) : QString();
}

bool ContactEditController::otherReferent() const {
    return !original_.referent_id.empty() && original_.referent_id != myUserId(session_);
}

QString ContactEditController::positionText() const {
    if (!original_.position) {
        return {};
    }
    return QStringLiteral("%1, %2")
        .arg(original_.position->lat, 0, 'f', 5)
        .arg(original_.position->lon, 0, 'f', 5);
}

QString ContactEditController::displayTitle() const {
    return format::contactTitle(original_);
}

QString ContactEditController::displaySubtitle() const {
    return format::contactSubtitle(original_);
}

void ContactEditController::startNew() {
    id_.clear();
    original_ = Contact{};
    original_.category = ContactCategory::shopkeeper;
    category_ = format::enumCode(original_.category);
    organisation_.clear();
    personName_.clear();
    roleTitle_.clear();
    address_.clear();
    commune_.clear();
    phone_.clear();
    email_.clear();
    smsAlert_ = false;
    siret_.clear();
    notes_.clear();
    tagsText_.clear();
    referentIsMe_ = false;
    useCurrentPosition_ = true;
    clearErrors();
    emit loaded();
    emit changed();
}

bool ContactEditController::load(const QString& contactId) {
    clearErrors();
    if (!session_ || !session_->store()) {
        showError(make_error("store_closed", "locked"));
        return false;
    }
    auto found = session_->store()->contact(contactId.toStdString());
    if (!found || !found.value()) {
        showError(found ? make_error("not_found", "no such contact") : found.error());
        return false;
    }
    id_ = contactId;
    original_ = found.value()->record;
    const Contact& c = original_;
    category_ = format::enumCode(c.category);
    organisation_ = QString::fromStdString(c.organisation);
    personName_ = QString::fromStdString(c.person_name);
    roleTitle_ = QString::fromStdString(c.role_title);
    address_ = QString::fromStdString(c.address);
    commune_ = QString::fromStdString(c.commune);
    phone_ = QString::fromStdString(c.phone);
    email_ = QString::fromStdString(c.email);
    smsAlert_ = c.sms_alert_opt_in;
    siret_ = QString::fromStdString(c.siret);
    notes_ = QString::fromStdString(c.notes);
    tagsText_ = joinTags(c.tags);
    referentIsMe_ = !c.referent_id.empty() && c.referent_id == myUserId(session_);
    useCurrentPosition_ = !c.position.has_value();
    emit loaded();
    emit changed();
    return true;
}

bool ContactEditController::open(const QString& contactId) {
    if (!load(contactId)) {
        return false;
    }
    if (auto recorded = session_->store()->record_consultation(ConsultationKind::contact_open,
                                                               id_.toStdString());
        !recorded) {
        // The page still opens: the journal entry is what is missing.
        showError(recorded.error());
        return false;
    }
    return true;
}

Contact ContactEditController::contact() const {
    Contact c = original_;
    c.category = parse_enum<ContactCategory>(category_.toStdString()).value_or(c.category);
    c.organisation = text(organisation_);
    c.person_name = text(personName_);
    c.role_title = text(roleTitle_);
    c.address = text(address_);
    c.commune = text(commune_);
    c.phone = text(phone_);
    c.email = text(email_);
    c.sms_alert_opt_in = smsAlert_;
    c.siret = text(siret_);
    c.notes = notes_.trimmed().toStdString();
    c.tags = splitTags(tagsText_);
    const std::string me = myUserId(session_);
    if (referentIsMe_ && !me.empty()) {
        c.referent_id = me;
    } else if (!referentIsMe_ && c.referent_id == me) {
        c.referent_id.clear();  // another referent is kept
    }
    if (useCurrentPosition_ && position_ && position_->hasPosition()) {
        c.position = GeoPoint{position_->latitude(), position_->longitude()};
    }
    return c;
}

bool ContactEditController::check() {
    clearErrors();
    if (auto problem = validate(contact())) {
        showError(*problem);
        return false;
    }
    return true;
}

Result<std::string> ContactEditController::saveTo(store::DeviceStore& store) {
    if (auto problem = validate(contact())) {
        showError(*problem);
        return *problem;
    }
    std::optional<std::string> id;
    if (!id_.isEmpty()) {
        id = id_.toStdString();
    }
    auto result = store.save_contact(id, contact());
    if (!result) {
        showError(result.error());
        return result;
    }
    id_ = QString::fromStdString(result.value());
    original_ = contact();
    emit loaded();
    return result;
}

bool ContactEditController::save() {
    clearErrors();
    if (!session_ || !session_->store()) {
        showError(make_error("store_closed", "locked"));
        return false;
    }
    auto result = saveTo(*session_->store());
    if (!result) {
        return false;
    }
    session_->notifyChanged();
    emit saved(id_);
    return true;
}

bool ContactEditController::remove() {
    clearErrors();
    if (!session_ || !session_->store()) {
        showError(make_error("store_closed", "locked"));
        return false;
    }
    if (id_.isEmpty()) {
        showError(make_error("not_found", "no contact loaded"));
        return false;
    }
    if (auto failed = session_->store()->delete_contact(id_.toStdString())) {
        showError(*failed);
        return false;
    }
    const QString removedId = id_;
    session_->notifyChanged();
    emit removed(removedId);
    return true;
}

void ContactEditController::showError(const Error& error) {
    errors_.add(error, formField(error.field));
    emit errorsChanged();
}

void ContactEditController::clearErrors() {
    if (errors_.clear()) {
        emit errorsChanged();
    }
}

}  // namespace ronde::app
