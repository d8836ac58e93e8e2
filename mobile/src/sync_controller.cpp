#include "sync_controller.hpp"

#include "app_settings.hpp"
#include "error_text.hpp"
#include "store_session.hpp"
#include "sync_status.hpp"

#include <QDateTime>
#include <QJSEngine>

#include <algorithm>
#include <type_traits>
#include <utility>

namespace ronde::app {

namespace {
QPointer<SyncController> g_instance;
static_assert(!std::is_default_constructible_v<SyncController>,
              "QML must get the instance of main() through create()");

constexpr auto kDefaultInterval = std::chrono::minutes(5);
constexpr auto kDefaultSaveDelay = std::chrono::seconds(5);
constexpr auto kMinRetry = std::chrono::seconds(10);
constexpr auto kMaxRetry = std::chrono::minutes(10);

bool cancelled(const std::optional<Error>& e) {
    return e && e->code == "cancelled";
}

QDateTime toDateTime(Timestamp t) {
    return QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count(),
        Qt::UTC);
}

}  // namespace

SyncController::SyncController(StoreSession* session, SyncStatus* status, AppSettings* settings,
                               QObject* parent)
    : QObject(parent),
      session_(session),
      status_(status),
      settings_(settings),
      worker_(std::make_unique<SyncWorker>(cancel_)) {
    thread_.setObjectName(QStringLiteral("ronde-sync"));
    context_ = new QObject;
    context_->moveToThread(&thread_);
    thread_.start();

    periodic_.setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(kDefaultInterval));
    connect(&periodic_, &QTimer::timeout, this, [this] {
        if (!status_ || status_->online()) {
            syncNow();
        }
    });
    periodic_.start();
    afterSave_.setSingleShot(true);
    afterSave_.setInterval(
        std::chrono::duration_cast<std::chrono::milliseconds>(kDefaultSaveDelay));
    connect(&afterSave_, &QTimer::timeout, this, &SyncController::syncNow);
    retry_.setSingleShot(true);
    connect(&retry_, &QTimer::timeout, this, &SyncController::syncNow);

    if (session_) {
        connect(session_, &StoreSession::stateChanged, this, &SyncController::onSessionState);
        connect(session_, &StoreSession::dataChanged, this, &SyncController::onDataChanged);
        // A new PIN re-encrypted the file: the sync thread opens it again.
        connect(session_, &StoreSession::keyChanged, this, [this] {
            if (opened_) {
                opened_ = false;
                cancel();
                run(
                    [](SyncWorker& worker) {
                        worker.close();
                        return true;
                    },
                    [](bool) {});
                onSessionState();
            }
        });
    }
    if (status_) {
        wasOnline_ = status_->online();
        connect(status_, &SyncStatus::changed, this, &SyncController::onNetwork);
    }
    onSessionState();
}

SyncController::~SyncController() {
    cancel();
    thread_.quit();
    thread_.wait();
    delete context_;
    worker_.reset();  // closes the sync thread's connection, here, after the thread ended
}

void SyncController::provide(SyncController* instance) {
    g_instance = instance;
}

SyncController* SyncController::create(QQmlEngine*, QJSEngine*) {
    if (!g_instance) {
        qFatal("SyncController: main() must call SyncController::provide() before loading QML");
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void SyncController::setEngineOptions(const sync::EngineOptions& options) {
    SyncWorker* worker = worker_.get();
    QMetaObject::invokeMethod(context_, [worker, options] { worker->setEngineOptions(options); });
}

void SyncController::setRequestTimeout(std::chrono::milliseconds timeout) {
    SyncWorker* worker = worker_.get();
    QMetaObject::invokeMethod(context_, [worker, timeout] { worker->setTimeout(timeout); });
}

void SyncController::setAutoSyncInterval(std::chrono::milliseconds interval) {
    if (interval.count() <= 0) {
        periodic_.stop();
    } else {
        periodic_.start(interval);
    }
}

void SyncController::setSaveDelay(std::chrono::milliseconds delay) {
    afterSave_.setInterval(delay);
}

void SyncController::setAutoSignIn(const QString& username, const QString& password) {
    autoUser_ = username;
    autoPassword_ = password;
}

void SyncController::autoSignIn() {
    if (!autoUser_.isEmpty() && settings_ && !signedIn_) {
        signIn(settings_->serverUrl(), autoUser_, autoPassword_, settings_->deviceName());
    }
}

// Runs `work(worker)` on the sync thread, then `done(result)` here. The
// thread is joined before the controller goes, so `this` outlives the work.
template <class Work, class Done>
void SyncController::run(Work work, Done done) {
    if (++operations_ == 1) {
        emit busyChanged();
    }
    SyncWorker* worker = worker_.get();
    auto job = [this, worker, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<decltype(work(*worker))>(work(*worker));
        QMetaObject::invokeMethod(
            this,
            [this, result, done = std::move(done)]() mutable {
                done(*result);
                if (--operations_ == 0) {
                    emit busyChanged();
                }
            },
            Qt::QueuedConnection);
    };
    {
        std::lock_guard lock(queueMutex_);
        queue_.push_back(std::move(job));
    }
    QMetaObject::invokeMethod(
        context_, [this] { drain(); }, Qt::QueuedConnection);
}

// Sync thread: runs the queued operations in order, one at a time. The
// transport waits for its answer in a nested event loop, which delivers
// posted calls: a drain posted meanwhile returns at once, and the outer one
// runs its job once the operation under way has ended.
void SyncController::drain() {
    if (draining_) {
        return;
    }
    draining_ = true;
    for (;;) {
        std::function<void()> job;
        {
            std::lock_guard lock(queueMutex_);
            if (queue_.empty()) {
                break;
            }
            job = std::move(queue_.front());
            queue_.pop_front();
        }
        job();
    }
    draining_ = false;
}

void SyncController::cancel() {
    cancel_->store(true);
    worker_->clock().wake();
}

ServerAddress SyncController::server() const {
    if (!settings_) {
        return {};
    }
    return {QUrl(settings_->serverUrl()), settings_->allowPlainHttp()};
}

void SyncController::onSessionState() {
    if (!session_) {
        return;
    }
    const auto key = session_->key();
    if (session_->state() == StoreSession::Open && key) {
        if (opened_) {
            return;
        }
        opened_ = true;
        if (status_ && session_->store()) {
            if (auto state = session_->store()->sync_state(); state && state->last_success_at) {
                status_->setLastSync(toDateTime(*state->last_success_at));
            }
            status_->setPendingCount(session_->outboxSize());
        }
        run(
            [path = session_->databasePath(), key = *key](SyncWorker& worker) mutable {
                WorkerOpened opened = worker.open(path, key);
                key = {};
                return opened;
            },
            [this](const WorkerOpened& opened) {
                if (opened.error) {
                    setNotice(ErrorText::sentence(*opened.error));
                    return;
                }
                setSignedIn(opened.signedIn, opened.username);
                if (signedIn_) {
                    syncNow();
                } else {
                    autoSignIn();
                }
            });
        return;
    }
    if (session_->state() == StoreSession::Locked && opened_) {
        opened_ = false;
        cancel();
        afterSave_.stop();
        retry_.stop();
        syncAgain_ = false;
        run(
            [](SyncWorker& worker) {
                worker.close();
                return true;
            },
            [](bool) {});
    }
}

void SyncController::onDataChanged() {
    if (status_ && session_) {
        status_->setPendingCount(session_->outboxSize());
    }
    if (!opened_ || !signedIn_ || !session_ || retry_.isActive()) {
        return;
    }
    if (session_->outboxSize() > 0 && !syncQueued_) {
        afterSave_.start();
    }
}

void SyncController::onNetwork() {
    const bool online = status_->online();
    if (online && !wasOnline_) {
        wasOnline_ = online;
        syncNow();
        return;
    }
    wasOnline_ = online;
}

void SyncController::syncNow() {
    if (!opened_ || !signedIn_) {
        return;
    }
    if (syncQueued_) {
        syncAgain_ = true;
        return;
    }
    syncQueued_ = true;
    afterSave_.stop();
    retry_.stop();
    if (status_) {
        status_->setSyncing(true);
    }
    setProgress(Sending, 0, 0);
    emit busyChanged();
    run(
        [this, address = server()](SyncWorker& worker) {
            return worker.sync(address, [this](const sync::Progress& p) {
                QMetaObject::invokeMethod(
                    this,
                    [this, p] {
                        if (syncQueued_) {
                            setProgress(p.phase == sync::Phase::push ? Sending : Receiving,
                                        static_cast<int>(p.done), static_cast<int>(p.total));
                        }
                    },
                    Qt::QueuedConnection);
            });
        },
        [this](const SyncReport& report) { finishSync(report); });
}

void SyncController::finishSync(const SyncReport& report) {
    const sync::SyncResult& r = report.result;
    syncQueued_ = false;
    setProgress(Idle, 0, 0);
    if (status_) {
        status_->setSyncing(false);
    }
    lastOutcome_ = r.outcome;
    const bool again = std::exchange(syncAgain_, false);
    if (cancelled(r.error)) {
        emit busyChanged();
        emit syncFinished();
        return;  // locked or quitting: nothing to report
    }
    if (r.outcome == sync::Outcome::revoked) {
        deviceWiped();
        emit busyChanged();
        emit syncFinished();
        return;
    }
    if (status_) {
        status_->setPendingCount(report.pending);
        status_->setUnreachable(r.outcome == sync::Outcome::offline);
    }
    switch (r.outcome) {
        case sync::Outcome::ok:
            if (status_) {
                status_->setLastSync(QDateTime::currentDateTimeUtc());
                status_->setError({});
            }
            setResult(r.rejected > 0
                          ? tr("Synchronisation terminée : %1 envoyé(s), %2 reçu(s), %3 refusé(s) "
                               "par le serveur.")
                                .arg(r.pushed)
                                .arg(r.pulled)
                                .arg(r.rejected)
                          : tr("Synchronisation terminée : %1 envoyé(s), %2 reçu(s).")
                                .arg(r.pushed)
                                .arg(r.pulled));
            break;
        case sync::Outcome::offline: {
            const QString sentence =
                r.error && (r.error->code == "network" || r.error->code == "timeout")
                    ? ErrorText::sentence(*r.error)
                    : tr("Le serveur ne répond pas correctement pour le moment : vos saisies "
                         "restent sur l'appareil, nouvel essai automatique dans quelques "
                         "minutes.");
            if (status_) {
                status_->setError(sentence);
            }
            setResult(sentence);
            const auto wait = std::clamp<std::chrono::milliseconds>(
                r.retry_after, std::chrono::milliseconds(kMinRetry),
                std::chrono::milliseconds(kMaxRetry));
            retry_.start(wait);
            break;
        }
        case sync::Outcome::needs_sign_in: {
            setSignedIn(false, username_);
            const QString sentence =
                tr("Votre session a expiré : reconnectez-vous pour synchroniser. Vos saisies "
                   "restent sur l'appareil.");
            if (status_) {
                status_->setError(sentence);
            }
            setResult(sentence);
            autoSignIn();
            break;
        }
        case sync::Outcome::update_required:
        case sync::Outcome::failed:
        case sync::Outcome::revoked: {
            const QString sentence =
                r.error ? ErrorText::sentence(*r.error) : ErrorText::sentence(Error{});
            if (status_) {
                status_->setError(sentence);
            }
            setResult(sentence);
            break;
        }
    }
    if ((r.pushed > 0 || r.pulled > 0 || r.rejected > 0) && session_) {
        session_->notifyChanged();
    }
    emit busyChanged();
    emit syncFinished();
    if (again && r.outcome == sync::Outcome::ok) {
        syncNow();
    }
}

bool SyncController::signIn(const QString& serverUrl, const QString& username,
                            const QString& password, const QString& deviceName) {
    setSignInError({});
    if (!session_ || !opened_) {
        setSignInError(ErrorText::sentence(make_error("store_closed", "locked")));
        return false;
    }
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        setSignInError(tr("Saisissez votre identifiant et votre mot de passe."));
        return false;
    }
    if (settings_) {
        if (const QString problem = settings_->setServerUrl(serverUrl); !problem.isEmpty()) {
            setSignInError(problem);
            return false;
        }
        if (!deviceName.trimmed().isEmpty()) {
            settings_->setDeviceName(deviceName);
        }
    }
    setProgress(SigningIn, 0, 0);
    const QString user = username.trimmed();
    run([address = server(), user, password, deviceName](
            SyncWorker& worker) { return worker.signIn(address, user, password, deviceName); },
        [this, user](const SignInReport& report) {
            setProgress(Idle, 0, 0);
            if (report.wiped) {
                deviceWiped();
                emit signInFinished(false);
                return;
            }
            if (report.error) {
                if (!cancelled(report.error)) {
                    setSignInError(ErrorText::signInSentence(*report.error));
                }
                emit signInFinished(false);
                return;
            }
            setNotice({});
            setSignedIn(true, user);
            if (status_) {
                status_->setError({});
            }
            // The sync thread's connection wrote the identity: read it here too.
            if (session_) {
                session_->reopen();
            }
            emit signInFinished(true);
            syncNow();
        });
    return true;
}

bool SyncController::signOut(bool confirmed) {
    if (!opened_) {
        return false;
    }
    if (!confirmed && session_ && session_->outboxSize() > 0) {
        return false;
    }
    afterSave_.stop();
    retry_.stop();
    setProgress(SigningOut, 0, 0);
    run([address = server()](SyncWorker& worker) { return worker.signOut(address); },
        [this](const SignOutReport& report) {
            setProgress(Idle, 0, 0);
            if (report.wiped) {
                deviceWiped();
                emit signOutFinished(false);
                return;
            }
            setSignedIn(false, username_);
            if (status_) {
                status_->setError({});
                status_->setUnreachable(false);
            }
            setResult(report.error && !cancelled(report.error)
                          ? tr("Vous êtes déconnecté de cet appareil. Le serveur n'a pas pu être "
                               "prévenu : votre accès y expirera de lui-même.")
                          : tr("Vous êtes déconnecté. Les données restent sur l'appareil, "
                               "protégées par votre code PIN."));
            emit signOutFinished(true);
        });
    return true;
}

void SyncController::clearNotice() {
    setNotice({});
}

void SyncController::deviceWiped() {
    opened_ = false;
    afterSave_.stop();
    retry_.stop();
    setSignedIn(false, {});
    if (status_) {
        status_->setError({});
        status_->setUnreachable(false);
        status_->setPendingCount(0);
        status_->setLastSync({});
    }
    setResult({});
    setNotice(
        tr("Cet appareil a été révoqué par votre unité : ses données locales ont été "
           "effacées. Choisissez un nouveau code PIN, puis reconnectez-vous."));
    if (session_) {
        session_->forgetWiped();
    }
}

QString SyncController::phaseText() const {
    switch (phase_) {
        case Idle:
            return {};
        case SigningIn:
            return tr("Connexion au serveur…");
        case Sending:
            return total_ > 0 ? tr("Envoi des saisies : %1 sur %2").arg(done_).arg(total_)
                              : tr("Envoi des saisies…");
        case Receiving:
            return total_ > 0
                       ? tr("Réception des données de l'unité : %1 sur %2").arg(done_).arg(total_)
                       : tr("Réception des données de l'unité…");
        case SigningOut:
            return tr("Déconnexion…");
    }
    return {};
}

double SyncController::progress() const {
    if (total_ <= 0) {
        return -1;
    }
    return std::clamp(static_cast<double>(done_) / total_, 0.0, 1.0);
}

void SyncController::setProgress(Phase phase, int done, int total) {
    if (phase != phase_ || done != done_ || total != total_) {
        phase_ = phase;
        done_ = done;
        total_ = total;
        emit progressChanged();
    }
}

void SyncController::setSignedIn(bool signedIn, const QString& username) {
    if (signedIn != signedIn_ || username != username_) {
        signedIn_ = signedIn;
        username_ = username;
        emit signedInChanged();
    }
    if (status_) {
        status_->setSignInNeeded(opened_ && !signedIn_);
    }
}

void SyncController::setSignInError(const QString& text) {
    if (text != signInError_) {
        signInError_ = text;
        emit signInErrorChanged();
    }
}

void SyncController::setNotice(const QString& text) {
    if (text != notice_) {
        notice_ = text;
        emit noticeTextChanged();
    }
}

void SyncController::setResult(const QString& text) {
    if (text != result_) {
        result_ = text;
        emit resultTextChanged();
    }
}

}  // namespace ronde::app
