// The sign-in, sync and sign-out flow of the app, published to QML as the
// SyncController singleton. GUI thread; the sync engine runs on the
// controller's own QThread (SyncWorker), with its own connection to the
// device store, opened with the key the StoreSession keeps while unlocked.
//
// One operation at a time (sign-in, sync, sign-out), queued on that thread.
// Syncs start: on syncNow() (the "Synchroniser" button), shortly after a
// save (debounced), when the network comes back, periodically, after
// unlocking and after a sign-in. After an offline outcome the next automatic
// attempt waits for the engine's retry delay. Locking or quitting cancels
// the operation under way (the transport aborts its request, the engine's
// waits end) and closes the sync thread's connection.
//
// Results go to SyncStatus (the badge) and, when something was sent or
// received, to StoreSession::notifyChanged() (the lists reload). A revoked
// device ends with the store wiped and the session back to its first run.
#pragma once

#include "sync_worker.hpp"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QJSEngine;
class QQmlEngine;

namespace ronde::app {

class AppSettings;
class StoreSession;
class SyncStatus;

class SyncController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString username READ username NOTIFY signedInChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY busyChanged)
    Q_PROPERTY(Phase phase READ phase NOTIFY progressChanged)
    Q_PROPERTY(QString phaseText READ phaseText NOTIFY progressChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    // done / total in [0, 1]; -1 while the total is unknown.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY signInErrorChanged)
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY noticeTextChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY resultTextChanged)

public:
    enum Phase { Idle, SigningIn, Sending, Receiving, SigningOut };
    Q_ENUM(Phase)

    // No default argument: Qt 6.4 would build the singleton itself.
    SyncController(StoreSession* session, SyncStatus* status, AppSettings* settings,
                   QObject* parent);
    ~SyncController() override;

    static void provide(SyncController* instance);
    static SyncController* create(QQmlEngine* qml, QJSEngine* js);

    // Tests: a quicker retry policy, a shorter timeout, other delays.
    void setEngineOptions(const sync::EngineOptions& options);
    void setRequestTimeout(std::chrono::milliseconds timeout);
    void setAutoSyncInterval(std::chrono::milliseconds interval);  // 0: no periodic sync
    void setSaveDelay(std::chrono::milliseconds delay);
    // The demo: signs in as `username` by itself whenever the store is open
    // without a valid token. Never outside a demo.
    void setAutoSignIn(const QString& username, const QString& password);

    bool signedIn() const { return signedIn_; }
    QString username() const { return username_; }
    bool busy() const { return operations_ > 0; }
    bool syncing() const { return syncQueued_; }
    Phase phase() const { return phase_; }
    QString phaseText() const;
    int done() const { return done_; }
    int total() const { return total_; }
    double progress() const;
    QString signInError() const { return signInError_; }
    QString noticeText() const { return notice_; }
    QString resultText() const { return result_; }
    // The outcome of the last finished sync (tests).
    std::optional<sync::Outcome> lastOutcome() const { return lastOutcome_; }

    // Signs in (enrols the device on first use). The server address is
    // checked and stored in the settings with the device name. False with
    // signInError when refused before sending anything.
    Q_INVOKABLE bool signIn(const QString& serverUrl, const QString& username,
                            const QString& password, const QString& deviceName);
    // Starts a sync now (or right after the one under way).
    Q_INVOKABLE void syncNow();
    // Signs out. With changes still waiting and `confirmed` false, refuses
    // and returns false: the page asks first (the changes stay on the
    // device and go at the next sign-in).
    Q_INVOKABLE bool signOut(bool confirmed);
    Q_INVOKABLE void clearNotice();

signals:
    void signedInChanged();
    void busyChanged();
    void progressChanged();
    void signInErrorChanged();
    void noticeTextChanged();
    void resultTextChanged();
    void signInFinished(bool ok);
    void syncFinished();
    void signOutFinished(bool ok);

private:
    template <class Work, class Done>
    void run(Work work, Done done);
    void drain();
    void onSessionState();
    void onDataChanged();
    void onNetwork();
    void finishSync(const SyncReport& report);
    void finishSignIn(const SignInReport& report);
    void deviceWiped();
    void setProgress(Phase phase, int done, int total);
    void setSignedIn(bool signedIn, const QString& username);
    void setSignInError(const QString& text);
    void setNotice(const QString& text);
    void setResult(const QString& text);
    void cancel();
    void autoSignIn();
    ServerAddress server() const;

    QPointer<StoreSession> session_;
    QPointer<SyncStatus> status_;
    QPointer<AppSettings> settings_;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<SyncWorker> worker_;  // used on thread_ only
    QThread thread_;
    QObject* context_ = nullptr;  // lives on thread_: the target of the posted calls
    std::mutex queueMutex_;
    std::deque<std::function<void()>> queue_;  // operations for thread_, in order
    bool draining_ = false;                    // thread_ only
    bool opened_ = false;                      // an open() was posted since the last close()
    int operations_ = 0;
    bool syncQueued_ = false;  // a sync is posted or running
    bool syncAgain_ = false;   // syncNow() during a sync
    bool signedIn_ = false;
    bool wasOnline_ = true;
    QString username_;
    QString autoUser_;
    QString autoPassword_;
    Phase phase_ = Idle;
    int done_ = 0;
    int total_ = 0;
    QString signInError_;
    QString notice_;
    QString result_;
    std::optional<sync::Outcome> lastOutcome_;
    QTimer periodic_;
    QTimer afterSave_;
    QTimer retry_;  // after an offline outcome: the next automatic attempt
};

}  // namespace ronde::app
