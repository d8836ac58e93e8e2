// Creating, editing or deleting one contact of the registry (the contact
// form, and the "new contact on the spot" part of visit capture). Validation
// is ronde's; errors come back as French sentences per field ("organisation",
// "roleTitle", "phone", "email", "address", "commune", "siret", "notes",
// "tags", "position"). Non-visual; GUI thread.
#pragma once

#include "error_text.hpp"

#include "ronde/domain.hpp"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace ronde::store {
class DeviceStore;
}

namespace ronde::app {

class PositionProvider;
class StoreSession;

class ContactEditController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString contactId READ contactId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString category MEMBER category_ NOTIFY changed)
    Q_PROPERTY(QString organisation MEMBER organisation_ NOTIFY changed)
    Q_PROPERTY(QString personName MEMBER personName_ NOTIFY changed)
    Q_PROPERTY(QString roleTitle MEMBER roleTitle_ NOTIFY changed)
    Q_PROPERTY(QString address MEMBER address_ NOTIFY changed)
    Q_PROPERTY(QString commune MEMBER commune_ NOTIFY changed)
    Q_PROPERTY(QString phone MEMBER phone_ NOTIFY changed)
    Q_PROPERTY(QString email MEMBER email_ NOTIFY changed)
    Q_PROPERTY(bool smsAlertOptIn MEMBER smsAlert_ NOTIFY changed)
    Q_PROPERTY(QString siret MEMBER siret_ NOTIFY changed)
    Q_PROPERTY(QString notes MEMBER notes_ NOTIFY changed)
    // Tags as typed: separated by commas.
    Q_PROPERTY(QString tagsText MEMBER tagsText_ NOTIFY changed)
    // The signed-in gendarme is the contact's referent.
    Q_PROPERTY(bool referentIsMe MEMBER referentIsMe_ NOTIFY changed)
    // Another gendarme of the unit is the referent (kept unless replaced).
    Q_PROPERTY(bool otherReferent READ otherReferent NOTIFY loaded)
    // The stored position ("48.11730, -1.67780"), empty when none.
    Q_PROPERTY(QString positionText READ positionText NOTIFY loaded)
    // Place the contact at the device's current position when saved.
    Q_PROPERTY(bool useCurrentPosition MEMBER useCurrentPosition_ NOTIFY changed)
    // How lists show the loaded contact (title, "category · person · address").
    Q_PROPERTY(QString displayTitle READ displayTitle NOTIFY loaded)
    Q_PROPERTY(QString displaySubtitle READ displaySubtitle NOTIFY loaded)
    Q_PROPERTY(QVariantList categoryOptions READ categoryOptions NOTIFY loaded)
    Q_PROPERTY(QString categoryLabel READ categoryLabel NOTIFY changed)
    // { field: sentence }; a QVariant so that qmllint 6.4 lets QML read its keys.
    Q_PROPERTY(QVariant fieldErrors READ fieldErrorsVariant NOTIFY errorsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorsChanged)

public:
    explicit ContactEditController(QObject* parent = nullptr);

    void setSession(StoreSession* session) { session_ = session; }
    void setPosition(PositionProvider* position) { position_ = position; }

    QString contactId() const { return id_; }
    bool isNew() const { return id_.isEmpty(); }
    QVariantList categoryOptions() const;
    QString categoryLabel() const;
    bool otherReferent() const;
    QString positionText() const;
    QString displayTitle() const;
    QString displaySubtitle() const;
    QVariantMap fieldErrors() const { return errors_.fields; }
    QVariant fieldErrorsVariant() const { return errors_.fields; }
    QString errorText() const { return errors_.text; }

    // An empty form for a new contact (shopkeeper, at the current position).
    Q_INVOKABLE void startNew();
    // Loads a stored contact; false (errorText) when it cannot be read.
    Q_INVOKABLE bool load(const QString& contactId);
    // The contact's page opens: loads it and journals the consultation
    // ("contact.open", sent to the audit journal by the next sync). Call it
    // once per opening; reloads after a change use load().
    Q_INVOKABLE bool open(const QString& contactId);
    // Validates the form; false with fieldErrors when a field is wrong.
    Q_INVOKABLE bool check();
    // Validates and saves (one transaction); emits saved(id). False with
    // errors otherwise.
    Q_INVOKABLE bool save();
    // Deletes the loaded contact (a tombstone that syncs); emits removed().
    // False with errorText when it cannot.
    Q_INVOKABLE bool remove();

    // The contact as the form describes it (over the loaded record, so the
    // fields the form does not show are kept).
    Contact contact() const;
    // For visit capture: saves into `store` without notifying the session.
    Result<std::string> saveTo(store::DeviceStore& store);
    // Shows `error` (a validation or store error) on its field.
    void showError(const Error& error);
    void clearErrors();

signals:
    void changed();
    void loaded();
    void errorsChanged();
    void saved(const QString& contactId);
    void removed(const QString& contactId);

private:
    QPointer<StoreSession> session_;
    QPointer<PositionProvider> position_;
    QString id_;
    Contact original_;
    QString category_;
    QString organisation_;
    QString personName_;
    QString roleTitle_;
    QString address_;
    QString commune_;
    QString phone_;
    QString email_;
    bool smsAlert_ = false;
    QString siret_;
    QString notes_;
    QString tagsText_;
    bool referentIsMe_ = false;
    bool useCurrentPosition_ = true;
    FormErrors errors_;
};

}  // namespace ronde::app
