// The sync thread's half of SyncController: its own connection to the device
// store (opened with the session's key), and per operation a sync engine over
// a Qt Network transport. Plain class: the controller creates it, calls it
// only on its sync thread (one call at a time) and destroys it once that
// thread has ended.
#pragma once

#include "ronde/error.hpp"
#include "ronde/store/device_store.hpp"
#include "ronde/sync/clock.hpp"
#include "ronde/sync/sync_engine.hpp"

#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace ronde::app {

// The system clock, whose sleep() ends early once `cancel` is set (any
// thread; call wake() after setting it).
class CancellableClock final : public sync::Clock {
public:
    explicit CancellableClock(std::shared_ptr<std::atomic<bool>> cancel)
        : cancel_(std::move(cancel)) {}
    std::int64_t now_ms() override;
    void sleep(std::chrono::milliseconds delay) override;
    void wake();

private:
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::mutex mutex_;
    std::condition_variable wake_;
};

struct ServerAddress {
    QUrl url;
    bool allowPlainHttp = false;
};

struct WorkerOpened {
    std::optional<Error> error;
    bool signedIn = false;  // a token is stored
    QString username;       // the last signed-in account (may be empty)
};

struct SignInReport {
    std::optional<Error> error;
    bool wiped = false;  // the server said device_revoked: the store is gone
    QString displayName;
    QString unitName;
};

struct SyncReport {
    sync::SyncResult result;
    int pending = 0;  // outbox size afterwards
};

struct SignOutReport {
    std::optional<Error> error;  // the server did not hear it (the token is dropped anyway)
    bool wiped = false;
};

class SyncWorker {
public:
    // Names of the credentials kept in the store.
    static constexpr const char* kTokenCredential = "device_token";
    static constexpr const char* kUsernameCredential = "username";
    static constexpr const char* kRoleCredential = "role";  // "patrol", "supervisor", "admin"

    explicit SyncWorker(std::shared_ptr<std::atomic<bool>> cancel);

    void setEngineOptions(const sync::EngineOptions& options) { options_ = options; }
    void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    CancellableClock& clock() { return clock_; }

    // Opens the store file with `key` (clears the cancel flag) and reads the
    // stored token.
    WorkerOpened open(const QString& path, const store::StoreKey& key);
    void close();
    bool isOpen() const { return store_ != nullptr; }

    // Signs `username` in (enrolling the device when the store has no
    // identity yet) and stores the token. Refused ("other_user_pending")
    // while changes or consultations of another account wait to be sent.
    SignInReport signIn(const ServerAddress& server, const QString& username,
                        const QString& password, const QString& deviceName);
    // One sync_once with the stored token.
    SyncReport sync(const ServerAddress& server,
                    const std::function<void(const sync::Progress&)>& progress);
    // Revokes the token on the server (one attempt) and forgets it here.
    SignOutReport signOut(const ServerAddress& server);

private:
    std::shared_ptr<std::atomic<bool>> cancel_;
    CancellableClock clock_;
    sync::EngineOptions options_;
    std::chrono::milliseconds timeout_{30000};
    std::unique_ptr<store::DeviceStore> store_;
    std::string token_;
};

}  // namespace ronde::app
