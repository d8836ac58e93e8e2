// The session of the encrypted device store: opens it with the user's PIN
// (first run: the PIN is chosen), locks it after `lockDelay` without user
// input (it closes the database, so the key leaves memory) and tells the
// lists and controllers when data changed. Published to QML as the
// StoreSession singleton. GUI thread only.
//
// Key derivation (Argon2id, ~0.3 s) runs on a worker thread; every other
// store call runs on the GUI thread: saves and the paged queries take well
// under a millisecond on the demo data. The derived key stays in memory while
// the store is open (the sync thread opens its own connection with it) and
// is overwritten when the store locks.
#pragma once

#include "ronde/store/device_store.hpp"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QJSEngine;
class QQmlEngine;

namespace ronde::app {

class StoreSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY stateChanged)
    Q_PROPERTY(bool firstRun READ firstRun NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int revision READ revision NOTIFY dataChanged)
    Q_PROPERTY(int outboxSize READ outboxSize NOTIFY dataChanged)
    Q_PROPERTY(int minPinLength READ minPinLength CONSTANT)

public:
    enum State { Locked, Unlocking, Open };
    Q_ENUM(State)

    static constexpr int kMinPinLength = 6;

    // `databasePath`: the store file (its salt lies beside it). No default
    // argument: Qt 6.4 would build the singleton itself (see PositionProvider).
    StoreSession(const QString& databasePath, QObject* parent);
    ~StoreSession() override;

    static void provide(StoreSession* instance);
    static StoreSession* create(QQmlEngine* qml, QJSEngine* js);
    // The instance main() provided, or null (the models' default session).
    static StoreSession* provided();

    // Argon2 parameters of a new store (tests use cheap ones).
    void setKeyParams(const store::KeyParams& params) { params_ = params; }
    // Inactivity before the store locks; 0 disables the auto-lock.
    void setLockDelay(std::chrono::milliseconds delay);
    // Watches the application's input events to restart the lock timer.
    void watchUserActivity();

    State state() const { return state_; }
    bool locked() const { return state_ != Open; }
    bool firstRun() const;  // no store yet: the PIN is to be chosen
    bool busy() const { return state_ == Unlocking; }
    bool enrolled() const;
    QString errorText() const { return error_; }
    int revision() const { return revision_; }
    int outboxSize() const;
    int minPinLength() const { return kMinPinLength; }
    // Consultations journaled on the device that the server has not
    // acknowledged yet (0 when locked).
    Q_INVOKABLE int unsentConsultations() const;

    // First run: checks the PIN (digits, length, confirmation) and creates
    // the store with it. False with errorText when refused.
    Q_INVOKABLE bool choosePin(const QString& pin, const QString& confirmation);
    // Derives the key on a worker thread, then opens; errorText on failure.
    Q_INVOKABLE void unlock(const QString& pin);
    // Same, blocking (tests, demo seeding). True when open.
    bool unlockNow(const QString& pin);
    Q_INVOKABLE void lock();

    // The open store, or null when locked. Callers that write call
    // notifyChanged() afterwards.
    store::DeviceStore* store() const { return store_.get(); }
    // The key of the open store, for a second connection (the sync thread);
    // nothing when locked.
    std::optional<store::StoreKey> key() const { return key_; }
    const QString& databasePath() const { return path_; }
    // Opens the store again with the kept key (another connection changed
    // the identity). False with errorText when it fails (the store locks).
    bool reopen();
    // The store file was destroyed (device revoked): drops the connection
    // and the key; the next PIN creates a new store (firstRun).
    void forgetWiped();
    // Data changed: lists reload, the outbox count is read again.
    void notifyChanged();
    // Changes the PIN of the open store: re-encrypts it with a key from
    // `newPin` on the worker thread (two key derivations, then every page
    // rewritten); store() is null meanwhile. `done` gets nothing, or the
    // error ("wrong_pin": the current PIN is wrong), on the GUI thread.
    // Other connections to the file reopen with key() after keyChanged().
    void changePin(const QString& currentPin, const QString& newPin,
                   std::function<void(std::optional<Error>)> done);
    bool changingPin() const { return changingPin_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void stateChanged();
    void errorTextChanged();
    void dataChanged();
    void keyChanged();

private:
    void setState(State state);
    void setError(const QString& text);
    struct Opened {
        std::unique_ptr<store::DeviceStore> store;
        store::StoreKey key;
    };
    static Result<Opened> openWithPin(const std::string& path, const std::string& pin,
                                      const store::KeyParams& params);
    void finishOpen(Result<Opened> opened);
    void dropKey();

    QString path_;
    store::KeyParams params_;
    std::unique_ptr<store::DeviceStore> store_;
    std::optional<store::StoreKey> key_;
    bool changingPin_ = false;
    State state_ = Locked;
    QString error_;
    int revision_ = 0;
    QTimer lockTimer_;
    QThreadPool worker_;
};

}  // namespace ronde::app
