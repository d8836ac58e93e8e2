// The patrol flow: the current patrol for the home card, starting one (mode,
// area, event) and ending it with a summary (duration, contacts, follow-ups,
// topics and actions). Non-visual; GUI thread.
#pragma once

#include "ronde/domain.hpp"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ronde::app {

class StoreSession;

class PatrolController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool active READ active NOTIFY currentChanged)
    Q_PROPERTY(QString patrolId READ patrolId NOTIFY currentChanged)
    Q_PROPERTY(QString title READ title NOTIFY currentChanged)
    Q_PROPERTY(QString detail READ detail NOTIFY currentChanged)
    // The start form.
    Q_PROPERTY(QString mode MEMBER mode_ NOTIFY formChanged)
    Q_PROPERTY(QString areaLabel MEMBER areaLabel_ NOTIFY formChanged)
    Q_PROPERTY(QString eventLabel MEMBER eventLabel_ NOTIFY formChanged)
    Q_PROPERTY(QVariantList modeOptions READ modeOptions CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The summary of the patrol that ended last (or of the current one).
    Q_PROPERTY(QString summaryTitle READ summaryTitle NOTIFY summaryChanged)
    Q_PROPERTY(QString summaryDuration READ summaryDuration NOTIFY summaryChanged)
    Q_PROPERTY(int summaryVisits READ summaryVisits NOTIFY summaryChanged)
    Q_PROPERTY(int summaryFollowUps READ summaryFollowUps NOTIFY summaryChanged)
    Q_PROPERTY(QString summaryTopics READ summaryTopics NOTIFY summaryChanged)
    Q_PROPERTY(QString summaryActions READ summaryActions NOTIFY summaryChanged)
    Q_PROPERTY(QString summaryDistance READ summaryDistance NOTIFY summaryChanged)

public:
    explicit PatrolController(QObject* parent = nullptr);

    void setSession(StoreSession* session);

    bool active() const { return !patrolId_.isEmpty(); }
    QString patrolId() const { return patrolId_; }
    QString title() const { return title_; }
    QString detail() const { return detail_; }
    QVariantList modeOptions() const;
    QString errorText() const { return error_; }
    QString summaryTitle() const { return summaryTitle_; }
    QString summaryDuration() const { return summaryDuration_; }
    int summaryVisits() const { return summaryVisits_; }
    int summaryFollowUps() const { return summaryFollowUps_; }
    QString summaryTopics() const { return summaryTopics_; }
    QString summaryActions() const { return summaryActions_; }
    QString summaryDistance() const { return summaryDistance_; }

    // Starts a patrol from the form; false (errorText) when refused.
    Q_INVOKABLE bool start();
    // Ends the current patrol and fills the summary; false on error.
    Q_INVOKABLE bool end();
    // Reads the current patrol again (after a sync, a language switch).
    Q_INVOKABLE void refresh();
    // The summary of the current patrol, before it ends.
    Q_INVOKABLE bool loadSummary();

signals:
    void currentChanged();
    void formChanged();
    void errorTextChanged();
    void summaryChanged();
    void started();
    void ended();

private:
    bool loadSummaryOf(const std::string& id);
    void setError(const QString& text);

    QPointer<StoreSession> session_;
    QString patrolId_;
    QString title_;
    QString detail_;
    QString mode_;
    QString areaLabel_;
    QString eventLabel_;
    QString error_;
    QString summaryTitle_;
    QString summaryDuration_;
    int summaryVisits_ = 0;
    int summaryFollowUps_ = 0;
    QString summaryTopics_;
    QString summaryActions_;
    QString summaryDistance_;
};

}  // namespace ronde::app
