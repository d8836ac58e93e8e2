#include "sync_worker.hpp"

#include "qt_network_transport.hpp"

#include "ronde/hlc.hpp"
#include "ronde/uuid.hpp"

#include <QtGlobal>

#include <algorithm>

namespace ronde::app {

std::int64_t CancellableClock::now_ms() {
    return system_millis();
}

void CancellableClock::sleep(std::chrono::milliseconds delay) {
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, delay, [this] { return cancel_->load(); });
}

void CancellableClock::wake() {
    {
        std::lock_guard lock(mutex_);  // a sleeper between its check and its wait sees the flag
    }
    wake_.notify_all();
}

SyncWorker::SyncWorker(std::shared_ptr<std::atomic<bool>> cancel)
    : cancel_(std::move(cancel)), clock_(cancel_) {}

WorkerOpened SyncWorker::open(const QString& path, const store::StoreKey& key) {
    cancel_->store(false);
    WorkerOpened out;
    auto opened = store::DeviceStore::open(path.toStdString(), key);
    if (!opened) {
        out.error = opened.error();
        return out;
    }
    store_ = std::move(opened).value();
    token_.clear();
    if (auto token = store_->credential(kTokenCredential); token && token.value()) {
        token_ = *token.value();
    }
    if (auto name = store_->credential(kUsernameCredential); name && name.value()) {
        out.username = QString::fromStdString(*name.value());
    }
    out.signedIn = !token_.empty() && store_->identity().has_value();
    return out;
}

void SyncWorker::close() {
    store_.reset();
    std::fill(token_.begin(), token_.end(), '\0');
    token_.clear();
}

SignInReport SyncWorker::signIn(const ServerAddress& server, const QString& username,
                                const QString& password, const QString& deviceName) {
    SignInReport out;
    if (!store_) {
        out.error = make_error("store_closed", "The store is closed.");
        return out;
    }
    const std::string user = username.trimmed().toStdString();
    const auto identity = store_->identity();
    if (identity) {
        auto previous = store_->credential(kUsernameCredential);
        auto pending = store_->outbox_size();
        // The consultations journaled here are sent with the token of the
        // user who made them: they wait for that account too.
        auto consultations = store_->unsent_consultation_count();
        const bool waiting =
            (pending && pending.value() > 0) || (consultations && consultations.value() > 0);
        if (previous && previous.value() && *previous.value() != user && waiting) {
            out.error =
                make_error("other_user_pending", "Changes of another account wait to be sent.",
                           *previous.value());
            return out;
        }
    }
    QtNetworkTransport transport(server.url, server.allowPlainHttp, timeout_);
    transport.setCancelFlag(cancel_);
    sync::EngineOptions options = options_;
    if (!deviceName.trimmed().isEmpty()) {
        options.device_name = deviceName.trimmed().toStdString();
    }
    sync::SyncEngine engine(*store_, transport, clock_, options);
    auto signedIn =
        engine.sign_in(user, password.toStdString(), identity ? std::string() : random_uuid_v4());
    if (!signedIn) {
        out.error = signedIn.error();
        if (signedIn.error().code == "device_revoked") {
            out.wiped = true;
            close();
        }
        return out;
    }
    if (identity && identity->unit_id != signedIn.value().unit.id) {
        // This device holds another unit's records: they must never be shown
        // to this account. The server refuses such a sign-in itself
        // (forbidden, device.id); should one still succeed, the enrolment is
        // restored and the new token given back.
        (void)store_->set_identity(*identity);
        (void)engine.sign_out();
        out.error = make_error("other_unit", "This device holds the records of another unit.");
        return out;
    }
    token_ = signedIn.value().token;
    if (auto e = store_->set_credential(kTokenCredential, token_)) {
        out.error = *e;
        return out;
    }
    (void)store_->set_credential(kUsernameCredential, user);
    // The supervisor's screens show or hide themselves by role.
    (void)store_->set_credential(kRoleCredential, std::string(code(signedIn.value().user.role)));
    out.displayName = QString::fromStdString(signedIn.value().user.display_name);
    out.unitName = QString::fromStdString(signedIn.value().unit.name);
    return out;
}

SyncReport SyncWorker::sync(const ServerAddress& server,
                            const std::function<void(const sync::Progress&)>& progress) {
    SyncReport out;
    if (!store_) {
        out.result.outcome = sync::Outcome::failed;
        out.result.error = make_error("store_closed", "The store is closed.");
        return out;
    }
    QtNetworkTransport transport(server.url, server.allowPlainHttp, timeout_);
    transport.setCancelFlag(cancel_);
    sync::SyncEngine engine(*store_, transport, clock_, options_);
    engine.set_token(token_);
    engine.on_progress(progress);
    out.result = engine.sync_once();
    if (out.result.consultation_error) {
        // Not the user's concern: the consultations wait for the next sync.
        qWarning("ronde: consultations left for the next sync: %s",
                 out.result.consultation_error->code.c_str());
    }
    if (out.result.outcome == sync::Outcome::revoked) {
        close();  // wiped by the engine
        return out;
    }
    if (out.result.outcome == sync::Outcome::needs_sign_in) {
        token_.clear();
        (void)store_->remove_credential(kTokenCredential);
    }
    if (auto n = store_->outbox_size()) {
        out.pending = static_cast<int>(n.value());
    }
    return out;
}

SignOutReport SyncWorker::signOut(const ServerAddress& server) {
    SignOutReport out;
    if (!store_) {
        out.error = make_error("store_closed", "The store is closed.");
        return out;
    }
    QtNetworkTransport transport(server.url, server.allowPlainHttp, timeout_);
    transport.setCancelFlag(cancel_);
    sync::SyncEngine engine(*store_, transport, clock_, options_);
    engine.set_token(token_);
    out.error = engine.sign_out();
    if (out.error && out.error->code == "device_revoked") {
        out.wiped = true;
        close();
        return out;
    }
    token_.clear();
    (void)store_->remove_credential(kTokenCredential);
    return out;
}

}  // namespace ronde::app
