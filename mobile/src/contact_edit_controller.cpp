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
    if (key == "phone" || key == "email" || key == "address" || key == "commune") {
        return QString::fromStdString(key);
    }
    return {};
}
}  // namespace

ContactEditController::ContactEditController(QObject* parent)
    : QObject(parent), session_(StoreSession::provided()), position_(PositionProvider::provided()) {
    startNew();
}

QVariantList ContactEditController::categoryOptions() const {
    return format::options<ContactCategory>();
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
    useCurrentPosition_ = !c.position.has_value();
    emit loaded();
    emit changed();
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
