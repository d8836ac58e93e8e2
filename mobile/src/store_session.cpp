#include "store_session.hpp"

#include "error_text.hpp"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QJSEngine>
#include <QPointer>

#include <algorithm>
#include <filesystem>
#include <type_traits>

namespace ronde::app {

namespace {
QPointer<StoreSession> g_instance;
static_assert(!std::is_default_constructible_v<StoreSession>,
              "QML must get the instance of main() through create()");
}  // namespace

StoreSession::StoreSession(const QString& databasePath, QObject* parent)
    : QObject(parent), path_(databasePath) {
    worker_.setMaxThreadCount(1);
    lockTimer_.setSingleShot(true);
    connect(&lockTimer_, &QTimer::timeout, this, &StoreSession::lock);
}

StoreSession::~StoreSession() {
    worker_.waitForDone();
    dropKey();
}

void StoreSession::provide(StoreSession* instance) {
    g_instance = instance;
}

StoreSession* StoreSession::create(QQmlEngine*, QJSEngine*) {
    if (!g_instance) {
        qFatal("StoreSession: main() must call StoreSession::provide() before loading QML");
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

StoreSession* StoreSession::provided() {
    return g_instance;
}

void StoreSession::setLockDelay(std::chrono::milliseconds delay) {
    lockTimer_.setInterval(static_cast<int>(delay.count()));
    if (delay.count() <= 0) {
        lockTimer_.stop();
    } else if (state_ == Open) {
        lockTimer_.start();
    }
}

void StoreSession::watchUserActivity() {
    QCoreApplication::instance()->installEventFilter(this);
}

bool StoreSession::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
        case QEvent::KeyPress:
        case QEvent::Wheel:
            if (state_ == Open && lockTimer_.interval() > 0) {
                lockTimer_.start();
            }
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

bool StoreSession::firstRun() const {
    return !QFileInfo::exists(QString::fromStdString(store::salt_path(path_.toStdString())));
}

bool StoreSession::enrolled() const {
    return store_ && store_->identity().has_value();
}

int StoreSession::outboxSize() const {
    if (!store_) {
        return 0;
    }
    auto n = store_->outbox_size();
    return n ? static_cast<int>(n.value()) : 0;
}

int StoreSession::unsentConsultations() const {
    if (!store_) {
        return 0;
    }
    auto n = store_->unsent_consultation_count();
    return n ? static_cast<int>(n.value()) : 0;
}

bool StoreSession::choosePin(const QString& pin, const QString& confirmation) {
    if (!firstRun()) {
        setError(tr("Un code PIN existe déjà sur cet appareil."));
        return false;
    }
    bool digits = !pin.isEmpty();
    for (QChar ch : pin) {
        digits = digits && ch.isDigit() && ch.unicode() < 128;
    }
    if (!digits || pin.size() < kMinPinLength) {
        setError(tr("Le code PIN doit compter au moins %1 chiffres.").arg(kMinPinLength));
        return false;
    }
    if (pin != confirmation) {
        setError(tr("Les deux codes PIN ne sont pas identiques."));
        return false;
    }
    unlock(pin);
    return true;
}

void StoreSession::unlock(const QString& pin) {
    if (state_ != Locked) {
        return;
    }
    setError({});
    setState(Unlocking);
    const std::string path = path_.toStdString();
    const std::string secret = pin.toStdString();
    const store::KeyParams params = params_;
    QPointer<StoreSession> self(this);
    worker_.start([self, path, secret, params] {
        auto opened = openWithPin(path, secret, params);
        // The pool is waited for in the destructor: `self` outlives this task.
        QMetaObject::invokeMethod(
            self.data(),
            [self, result = std::make_shared<decltype(opened)>(std::move(opened))]() mutable {
                if (self) {
                    self->finishOpen(std::move(*result));
                }
            },
            Qt::QueuedConnection);
    });
}

bool StoreSession::unlockNow(const QString& pin) {
    if (state_ != Locked) {
        return state_ == Open;
    }
    setState(Unlocking);
    finishOpen(openWithPin(path_.toStdString(), pin.toStdString(), params_));
    return state_ == Open;
}

// DeviceStore::open_with_pin, keeping the key: the salt beside the database
// (a new one for a new database), Argon2id, then the keyed open.
Result<StoreSession::Opened> StoreSession::openWithPin(const std::string& path,
                                                       const std::string& pin,
                                                       const store::KeyParams& params) {
    auto salt = store::read_salt_file(path);
    if (!salt) {
        std::error_code ec;
        const bool hasDb =
            std::filesystem::exists(path, ec) && std::filesystem::file_size(path, ec) > 0;
        if (salt.error().code != "missing_salt" || hasDb) {
            return salt.error();
        }
        salt = store::create_salt_file(path, params);
        if (!salt) {
            return salt.error();
        }
    }
    auto key = store::derive_key(pin, salt->salt, salt->params);
    if (!key) {
        return key.error();
    }
    auto opened = store::DeviceStore::open(path, key.value());
    if (!opened) {
        return opened.error();
    }
    return Opened{std::move(opened).value(), key.value()};
}

bool StoreSession::reopen() {
    if (state_ != Open || !key_) {
        return false;
    }
    auto opened = store::DeviceStore::open(path_.toStdString(), *key_);
    if (!opened) {
        setError(ErrorText::sentence(opened.error()));
        lock();
        return false;
    }
    store_ = std::move(opened).value();
    emit stateChanged();  // enrolled may have changed
    notifyChanged();
    return true;
}

void StoreSession::forgetWiped() {
    lockTimer_.stop();
    store_.reset();
    dropKey();
    setState(Locked);
    emit stateChanged();  // firstRun: the salt is gone
    notifyChanged();
}

void StoreSession::dropKey() {
    if (key_) {
        volatile std::uint8_t* bytes = key_->bytes.data();
        for (std::size_t i = 0; i < key_->bytes.size(); ++i) {
            bytes[i] = 0;
        }
        key_.reset();
    }
}

void StoreSession::finishOpen(Result<Opened> opened) {
    if (!opened) {
        setError(ErrorText::sentence(opened.error()));
        setState(Locked);
        return;
    }
    store_ = std::move(opened.value().store);
    key_ = opened.value().key;
    opened.value().key = {};
    setError({});
    setState(Open);
    if (lockTimer_.interval() > 0) {
        lockTimer_.start();
    }
    notifyChanged();
}

void StoreSession::lock() {
    if (state_ != Open) {
        return;
    }
    lockTimer_.stop();
    store_.reset();
    dropKey();
    setState(Locked);
    notifyChanged();
}

void StoreSession::changePin(const QString& currentPin, const QString& newPin,
                             std::function<void(std::optional<Error>)> done) {
    if (state_ != Open || !store_ || changingPin_) {
        done(make_error("store_closed", "The store is not open."));
        return;
    }
    changingPin_ = true;
    lockTimer_.stop();
    // The store goes to the worker and comes back: one thread at a time.
    auto moved = std::make_shared<std::unique_ptr<store::DeviceStore>>(std::move(store_));
    QPointer<StoreSession> self(this);
    worker_.start([self, moved, current = currentPin.toStdString(), next = newPin.toStdString(),
                   done = std::move(done)]() mutable {
        auto key = std::make_shared<Result<store::StoreKey>>((*moved)->change_pin(current, next));
        std::fill(current.begin(), current.end(), '\0');
        std::fill(next.begin(), next.end(), '\0');
        QMetaObject::invokeMethod(
            self.data(),
            [self, moved, key, done = std::move(done)] {
                if (!self) {
                    return;
                }
                self->changingPin_ = false;
                if (self->state_ == Open) {  // not locked meanwhile
                    self->store_ = std::move(*moved);
                    if (self->lockTimer_.interval() > 0) {
                        self->lockTimer_.start();
                    }
                }
                if (*key) {
                    if (self->key_) {
                        self->dropKey();
                        self->key_ = key->value();
                    }
                    key->value() = {};
                    emit self->keyChanged();
                }
                self->notifyChanged();
                done(*key ? std::nullopt : std::optional<Error>(key->error()));
            },
            Qt::QueuedConnection);
    });
}

void StoreSession::notifyChanged() {
    ++revision_;
    emit dataChanged();
}

void StoreSession::setState(State state) {
    if (state_ != state) {
        state_ = state;
        emit stateChanged();
    }
}

void StoreSession::setError(const QString& text) {
    if (error_ != text) {
        error_ = text;
        emit errorTextChanged();
    }
}

}  // namespace ronde::app
