// Logging one conversation (the capture page): who (a known contact, a new
// one created on the spot, or an anonymous resident), topics and actions,
// climate, note, follow-up, and where (the GPS or manual fix, else the
// contact's own position). Picking a contact that was visited before takes
// its last topics, actions and climate ("same as last time"), so a repeat
// visit is saved with one more tap. Saving is one local transaction: instant
// and offline. Non-visual; GUI thread.
#pragma once

#include "error_text.hpp"

#include "contact_edit_controller.hpp"
#include "ronde/domain.hpp"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace ronde::app {

class PositionProvider;
class StoreSession;

class VisitCaptureController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ContactMode contactMode READ contactMode NOTIFY contactChanged)
    Q_PROPERTY(QString contactId READ contactId NOTIFY contactChanged)
    Q_PROPERTY(QString contactTitle READ contactTitle NOTIFY contactChanged)
    Q_PROPERTY(QString contactSubtitle READ contactSubtitle NOTIFY contactChanged)
    Q_PROPERTY(ronde::app::ContactEditController* newContact READ newContact CONSTANT)
    Q_PROPERTY(bool hasLastVisit READ hasLastVisit NOTIFY contactChanged)
    Q_PROPERTY(QString lastVisitText READ lastVisitText NOTIFY contactChanged)
    Q_PROPERTY(bool prefilledFromLast READ prefilledFromLast NOTIFY formChanged)

    Q_PROPERTY(QStringList topics READ topics NOTIFY formChanged)
    Q_PROPERTY(QStringList actions READ actions NOTIFY formChanged)
    Q_PROPERTY(QString climate READ climate WRITE setClimate NOTIFY formChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY formChanged)
    Q_PROPERTY(bool followUpNeeded READ followUpNeeded WRITE setFollowUpNeeded NOTIFY formChanged)
    Q_PROPERTY(
        QString followUpSummary READ followUpSummary WRITE setFollowUpSummary NOTIFY formChanged)
    Q_PROPERTY(int followUpDueDays READ followUpDueDays WRITE setFollowUpDueDays NOTIFY formChanged)
    Q_PROPERTY(QString followUpDueText READ followUpDueText NOTIFY formChanged)

    Q_PROPERTY(QVariantList topicOptions READ topicOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList actionOptions READ actionOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList climateOptions READ climateOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList dueOptions READ dueOptions NOTIFY optionsChanged)
    Q_PROPERTY(int maxNoteLength READ maxNoteLength CONSTANT)

    Q_PROPERTY(QString positionText READ positionText NOTIFY positionChanged)
    Q_PROPERTY(QString positionSource READ positionSource NOTIFY positionChanged)

    // { field: sentence }; a QVariant so that qmllint 6.4 lets QML read its keys.
    Q_PROPERTY(QVariant fieldErrors READ fieldErrorsVariant NOTIFY errorsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorsChanged)
    Q_PROPERTY(QString savedVisitId READ savedVisitId NOTIFY saved)

public:
    enum ContactMode { NoContact, Existing, NewContact, Anonymous };
    Q_ENUM(ContactMode)

    explicit VisitCaptureController(QObject* parent = nullptr);

    void setSession(StoreSession* session);
    void setPosition(PositionProvider* position);

    ContactMode contactMode() const { return mode_; }
    QString contactId() const { return contactId_; }
    QString contactTitle() const { return contactTitle_; }
    QString contactSubtitle() const { return contactSubtitle_; }
    ContactEditController* newContact() { return &newContact_; }
    bool hasLastVisit() const { return last_.has_value(); }
    QString lastVisitText() const { return lastVisitText_; }
    bool prefilledFromLast() const { return prefilled_; }

    QStringList topics() const { return topics_; }
    QStringList actions() const { return actions_; }
    QString climate() const { return climate_; }
    void setClimate(const QString& code);
    QString note() const { return note_; }
    void setNote(const QString& note);
    bool followUpNeeded() const { return followUpNeeded_; }
    void setFollowUpNeeded(bool needed);
    QString followUpSummary() const { return followUpSummary_; }
    void setFollowUpSummary(const QString& summary);
    int followUpDueDays() const { return dueDays_; }
    void setFollowUpDueDays(int days);
    QString followUpDueText() const;

    QVariantList topicOptions() const;
    QVariantList actionOptions() const;
    QVariantList climateOptions() const;
    QVariantList dueOptions() const;
    int maxNoteLength() const { return static_cast<int>(kMaxNoteLength); }

    // "± 8 m · GPS", "Saisie manuelle", "Position du contact", "Sans position".
    QString positionText() const;
    // The visit's position source code ("gps", "manual", "contact") or "".
    QString positionSource() const;

    QVariantMap fieldErrors() const { return errors_.fields; }
    QVariant fieldErrorsVariant() const { return errors_.fields; }
    QString errorText() const { return errors_.text; }
    QString savedVisitId() const { return savedVisitId_; }

    // A known contact: its last visit's topics, actions and climate prefill
    // the form. False (errorText) when it cannot be read.
    Q_INVOKABLE bool chooseContact(const QString& contactId);
    // A contact created with the visit (the newContact form).
    Q_INVOKABLE void createContact();
    Q_INVOKABLE void chooseAnonymous();
    Q_INVOKABLE void clearContact();
    Q_INVOKABLE void toggleTopic(const QString& code);
    Q_INVOKABLE void toggleAction(const QString& code);
    // Topics, actions and climate of the contact's last visit.
    Q_INVOKABLE void sameAsLastTime();
    // Empties topics, actions, note and follow-up (keeps the contact).
    Q_INVOKABLE void clearForm();
    // Validates and saves the visit (and the new contact) in one
    // transaction; emits saved(). False with errors otherwise.
    Q_INVOKABLE bool save();
    // A fresh form (after a save, or "Nouveau contact" from home).
    Q_INVOKABLE void reset();

    Visit visit() const;

signals:
    void contactChanged();
    void formChanged();
    void optionsChanged();
    void positionChanged();
    void errorsChanged();
    void saved();

private:
    void setMode(ContactMode mode);
    void showError(const Error& error);
    void clearErrors();
    std::optional<VisitPosition> visitPosition() const;

    QPointer<StoreSession> session_;
    QPointer<PositionProvider> position_;
    ContactEditController newContact_;
    ContactMode mode_ = NoContact;
    QString contactId_;
    QString contactTitle_;
    QString contactSubtitle_;
    std::optional<GeoPoint> contactPosition_;
    std::optional<Visit> last_;
    QString lastVisitText_;
    bool prefilled_ = false;
    QStringList topics_;
    QStringList actions_;
    QString climate_;
    QString note_;
    bool followUpNeeded_ = false;
    QString followUpSummary_;
    int dueDays_ = 0;
    FormErrors errors_;
    QString savedVisitId_;
};

}  // namespace ronde::app
