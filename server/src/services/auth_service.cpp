// AuthService: Argon2id password hashes (libargon2), device tokens from
// OpenSSL's RAND_bytes stored as SHA-256, in-memory sliding-window login
// rate limits.
#include "services/auth_service.hpp"

#include "ronde/uuid.hpp"
#include "ronde/validate.hpp"
#include "services/crypto.hpp"
#include "store/queries.hpp"
#include "store/store.hpp"

#include <argon2.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace ronde::server {
namespace {

// Argon2id cost: 2 passes over 19 MiB, one lane (OWASP's minimum for
// Argon2id); about 40-60 ms per hash on the reference 2-core machine.
constexpr std::uint32_t kArgonTime = 2;
constexpr std::uint32_t kArgonMemoryKib = 19 * 1024;
constexpr std::uint32_t kArgonLanes = 1;
constexpr std::size_t kArgonSaltBytes = 16;
constexpr std::size_t kArgonHashBytes = 32;
constexpr std::size_t kMinPasswordLength = 8;  // code points
constexpr std::size_t kMaxPasswordBytes = 1024;
// last_seen_at is written at most this often per device, so that an
// authenticated read does not cost a disk write every time.
constexpr std::int64_t kLastSeenResolutionMs = 60'000;
// Bound on the rate limiter's memory: beyond this many keys, old keys go.
constexpr std::size_t kMaxRateKeys = 100'000;

Error internal_error() {
    return make_error("internal", "The server could not complete the request.");
}

Error invalid_credentials() {
    return make_error("invalid_credentials", "Unknown username or wrong password.");
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// 1-64 ASCII letters, digits, '.', '_', '-', '@' (PROTOCOL.md §3.2); stored
// in lower case.
bool valid_username(std::string_view s) {
    if (s.empty() || s.size() > 64) {
        return false;
    }
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-' || c == '@';
    });
}

bool valid_unit_code(std::string_view s) {
    if (s.size() < 2 || s.size() > 32) {
        return false;
    }
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    });
}

bool valid_label(std::string_view s) {
    return !s.empty() && is_valid_utf8(s) && utf8_length(s) <= kMaxNameLength;
}

bool is_token_text(std::string_view t) {
    return t.size() == 64 && std::all_of(t.begin(), t.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::optional<std::string> hash_password(std::string_view password) {
    unsigned char salt[kArgonSaltBytes];
    if (!random_bytes(salt, sizeof salt)) {
        return std::nullopt;
    }
    const std::size_t len = argon2_encodedlen(kArgonTime, kArgonMemoryKib, kArgonLanes,
                                              kArgonSaltBytes, kArgonHashBytes, Argon2_id);
    std::string encoded(len, '\0');
    const int rc = argon2id_hash_encoded(kArgonTime, kArgonMemoryKib, kArgonLanes, password.data(),
                                         password.size(), salt, sizeof salt, kArgonHashBytes,
                                         encoded.data(), encoded.size());
    if (rc != ARGON2_OK) {
        return std::nullopt;
    }
    encoded.resize(std::char_traits<char>::length(encoded.c_str()));
    return encoded;
}

bool verify_password(const std::string& encoded, std::string_view password) {
    return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

// Sliding window of attempt times per key (username or client address).
class RateLimiter {
public:
    RateLimiter(int limit, std::int64_t window_ms) : limit_(limit), window_ms_(window_ms) {}

    // Ms until `key` may try again; 0 when it may now.
    std::int64_t wait_ms(const std::string& key, std::int64_t now) {
        std::lock_guard<std::mutex> lock(mutex_);
        return wait_locked(key, now);
    }

    // Reserves an attempt for both keys when both are allowed; otherwise
    // returns the wait in ms and reserves nothing.
    std::int64_t try_acquire(const std::string& a, const std::string& b, std::int64_t now) {
        std::lock_guard<std::mutex> lock(mutex_);
        const std::int64_t wait = std::max(wait_locked(a, now), wait_locked(b, now));
        if (wait > 0) {
            return wait;
        }
        if (hits_.size() >= kMaxRateKeys) {
            sweep(now);
        }
        hits_[a].push_back(now);
        hits_[b].push_back(now);
        return 0;
    }

    // Gives back an attempt reserved by try_acquire (a successful login).
    void release(const std::string& a, const std::string& b) {
        std::lock_guard<std::mutex> lock(mutex_);
        for (const std::string* k : {&a, &b}) {
            auto it = hits_.find(*k);
            if (it != hits_.end() && !it->second.empty()) {
                it->second.pop_back();
            }
        }
    }

private:
    std::int64_t wait_locked(const std::string& key, std::int64_t now) {
        auto it = hits_.find(key);
        if (it == hits_.end()) {
            return 0;
        }
        auto& q = it->second;
        while (!q.empty() && q.front() <= now - window_ms_) {
            q.pop_front();
        }
        if (q.empty()) {
            hits_.erase(it);
            return 0;
        }
        if (static_cast<int>(q.size()) < limit_) {
            return 0;
        }
        // The oldest attempts leave the window first.
        const std::int64_t oldest_needed = q[q.size() - static_cast<std::size_t>(limit_)];
        return std::max<std::int64_t>(1, oldest_needed + window_ms_ - now);
    }

    void sweep(std::int64_t now) {
        for (auto it = hits_.begin(); it != hits_.end();) {
            auto& q = it->second;
            while (!q.empty() && q.front() <= now - window_ms_) {
                q.pop_front();
            }
            it = q.empty() ? hits_.erase(it) : std::next(it);
        }
        if (hits_.size() >= kMaxRateKeys) {
            hits_.clear();  // a flood of distinct keys: forget rather than grow
        }
    }

    int limit_;
    std::int64_t window_ms_;
    std::mutex mutex_;
    std::unordered_map<std::string, std::deque<std::int64_t>> hits_;
};

std::string user_key(std::string_view username) {
    return "u:" + lower_ascii(username);
}
std::string address_key(std::string_view address) {
    return "a:" + std::string(address);
}

}  // namespace

struct AuthService::Impl {
    Impl(Store& s, AuthConfig c, MillisClock clk)
        : store(s),
          config(c),
          clock(std::move(clk)),
          limiter(std::max(1, c.login_attempts_per_window),
                  std::chrono::duration_cast<std::chrono::milliseconds>(c.login_window).count()) {}

    Store& store;
    AuthConfig config;
    MillisClock clock;
    RateLimiter limiter;
    std::mutex ids_mutex;
    UuidV7Generator ids;
    std::once_flag dummy_once;
    std::string dummy_hash;

    std::string new_id() {
        std::lock_guard<std::mutex> lock(ids_mutex);
        return ids.next();
    }

    // Spends the time of one verification, for unknown usernames.
    void dummy_verify(std::string_view password) {
        std::call_once(dummy_once, [this] {
            dummy_hash = hash_password("ronde-dummy-password").value_or(std::string());
        });
        if (!dummy_hash.empty()) {
            (void)verify_password(dummy_hash, password);
        }
    }

    std::int64_t idle_ms() const {
        return std::chrono::duration_cast<std::chrono::milliseconds>(config.token_idle_timeout)
            .count();
    }
};

AuthService::AuthService(Store& store, AuthConfig config, MillisClock clock)
    : impl_(std::make_unique<Impl>(store, config, std::move(clock))) {}

AuthService::~AuthService() = default;

Result<LoginOutput> AuthService::login(const LoginInput& in) {
    try {
        if (!valid_username(in.username)) {
            return make_error("invalid_value",
                              "A username is 1 to 64 letters, digits, '.', '_', '-' or '@'.",
                              "username");
        }
        if (in.password.empty() || in.password.size() > kMaxPasswordBytes) {
            return make_error("invalid_value", "A password is required.", "password");
        }
        if (!is_valid_uuid(in.device_id)) {
            return make_error("invalid_uuid", "The device id must be a UUID.", "device.id");
        }
        if (!valid_label(in.device_name)) {
            return make_error("invalid_value", "A device name of 1 to 200 characters is required.",
                              "device.name");
        }
        const std::string ukey = user_key(in.username);
        const std::string akey = address_key(in.client_address);
        const std::int64_t now = impl_->clock();
        if (const std::int64_t wait = impl_->limiter.try_acquire(ukey, akey, now); wait > 0) {
            return make_error("rate_limited", "Too many sign-in attempts; try again in " +
                                                  std::to_string((wait + 999) / 1000) +
                                                  " seconds.");
        }

        std::optional<UserRecord> user;
        {
            auto tx = impl_->store.begin_read();
            user = tx->user_by_username(lower_ascii(in.username));
        }
        if (!user) {
            impl_->dummy_verify(in.password);
            return invalid_credentials();
        }
        if (!verify_password(user->password_hash, in.password)) {
            return invalid_credentials();
        }
        impl_->limiter.release(ukey, akey);
        // Said only to whoever knows the password: it reveals nothing more.
        if (user->disabled_at_ms) {
            return make_error("account_disabled",
                              "This account was disabled by the unit's command.");
        }

        const std::string token = random_token_hex();
        if (token.empty()) {
            return internal_error();
        }
        auto tx = impl_->store.begin_write();
        std::optional<DeviceRecord> existing = tx->device_by_id(in.device_id);
        if (existing && existing->device.revoked_at) {
            return make_error("device_revoked", "This device was revoked by a supervisor.");
        }
        if (existing && existing->device.user_id != user->user.id) {
            // A device is bound to one unit; another user of the same unit
            // may take it over (a shared brigade tablet).
            auto owner = tx->user_by_id(existing->device.user_id);
            if (owner && owner->user.unit_id != user->user.unit_id) {
                return make_error("forbidden", "This device is enrolled in another unit.",
                                  "device.id");
            }
        }
        DeviceRecord d;
        d.device.id = in.device_id;
        d.device.user_id = user->user.id;
        d.device.name = in.device_name;
        d.device.enrolled_at = (existing && existing->device.user_id == user->user.id)
                                   ? existing->device.enrolled_at
                                   : Timestamp{std::chrono::milliseconds{now}};
        d.device.last_seen_at = Timestamp{std::chrono::milliseconds{now}};
        d.token_hash = sha256_hex(token);
        tx->put_device(d);
        std::optional<Unit> unit = tx->unit_by_id(user->user.unit_id);
        tx->commit();
        if (!unit) {
            return internal_error();
        }
        return LoginOutput{token, user->user, *unit};
    } catch (const std::exception&) {
        return internal_error();
    }
}

std::int64_t AuthService::retry_after_seconds(std::string_view username,
                                              std::string_view client_address) {
    const std::int64_t now = impl_->clock();
    const std::int64_t wait = std::max(impl_->limiter.wait_ms(user_key(username), now),
                                       impl_->limiter.wait_ms(address_key(client_address), now));
    return (wait + 999) / 1000;
}

std::optional<User> AuthService::find_user(std::string_view username) {
    auto user = impl_->store.begin_read()->user_by_username(lower_ascii(username));
    return user ? std::optional<User>(user->user) : std::nullopt;
}

Result<Principal> AuthService::authenticate(std::string_view token) {
    try {
        if (!is_token_text(token)) {
            return make_error("unauthenticated", "A valid bearer token is required.");
        }
        const std::string hash = sha256_hex(token);
        const std::int64_t now = impl_->clock();
        std::optional<DeviceRecord> device;
        std::optional<UserRecord> user;
        {
            auto tx = impl_->store.begin_read();
            device = tx->device_by_token_hash(hash);
            if (device) {
                user = tx->user_by_id(device->device.user_id);
            }
        }
        if (!device || !user) {
            return make_error("unauthenticated", "A valid bearer token is required.");
        }
        if (device->device.revoked_at) {
            return make_error("device_revoked", "This device was revoked by a supervisor.");
        }
        if (user->disabled_at_ms) {  // its tokens were ended; never trust one left
            return make_error("unauthenticated", "A valid bearer token is required.");
        }
        const std::int64_t last = device->device.last_seen_at
                                      ? device->device.last_seen_at->time_since_epoch().count()
                                      : device->device.enrolled_at.time_since_epoch().count();
        if (now - last > impl_->idle_ms()) {
            return make_error("token_expired", "The session expired; sign in again.");
        }
        if (now - last >= kLastSeenResolutionMs) {
            auto tx = impl_->store.begin_write();
            tx->set_device_last_seen(device->device.id, now);
            tx->commit();
        }
        return Principal{user->user.id, user->user.unit_id, device->device.id, user->user.username,
                         user->user.role};
    } catch (const std::exception&) {
        return internal_error();
    }
}

std::int64_t AuthService::session_cutoff_ms() const {
    return impl_->clock() - impl_->idle_ms();
}

std::optional<Error> AuthService::logout(const Principal& who) {
    try {
        auto tx = impl_->store.begin_write();
        auto device = tx->device_by_id(who.device_id);
        if (device && device->device.user_id == who.user_id) {
            tx->set_device_token(who.device_id, "");
        }
        tx->commit();
        return std::nullopt;
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Unit> AuthService::create_unit(std::string_view code, std::string_view name,
                                      const std::function<void(WriteTx&, const Unit&)>& journal) {
    try {
        if (!valid_unit_code(code)) {
            return make_error("invalid_value",
                              "A unit code is 2 to 32 letters, digits, '-' or '_'.", "code");
        }
        if (!valid_label(name)) {
            return make_error("invalid_value", "A unit name is required (at most 200 characters).",
                              "name");
        }
        auto tx = impl_->store.begin_write();
        if (tx->unit_by_code(code)) {
            return make_error("already_exists", "A unit with this code already exists.", "code");
        }
        Unit u{impl_->new_id(), std::string(code), std::string(name)};
        tx->insert_unit(u);
        if (journal) {
            journal(*tx, u);
        }
        tx->commit();
        return u;
    } catch (const std::exception&) {
        return internal_error();
    }
}

std::optional<Error> AuthService::set_password(std::string_view user_id, std::string_view password,
                                               const std::function<void(WriteTx&)>& journal) {
    try {
        if (!is_valid_utf8(password) || utf8_length(password) < kMinPasswordLength ||
            password.size() > kMaxPasswordBytes) {
            return make_error("invalid_value", "A password has at least 8 characters.", "password");
        }
        std::optional<std::string> hash = hash_password(password);  // outside the writer lock
        if (!hash) {
            return internal_error();
        }
        auto tx = impl_->store.begin_write();
        if (!tx->user_by_id(user_id)) {
            return make_error("not_found", "No such user.");
        }
        set_user_password_hash(*tx, user_id, *hash);
        if (journal) {
            journal(*tx);
        }
        tx->commit();
        return std::nullopt;
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<User> AuthService::create_user(std::string_view unit_code, std::string_view username,
                                      std::string_view display_name, Role role,
                                      std::string_view password,
                                      const std::function<void(WriteTx&, const User&)>& journal) {
    try {
        const std::string name = lower_ascii(username);
        if (!valid_username(name)) {
            return make_error("invalid_value",
                              "A username is 1 to 64 letters, digits, '.', '_', '-' or '@'.",
                              "username");
        }
        if (!valid_label(display_name)) {
            return make_error("invalid_value",
                              "A display name is required (at most 200 characters).",
                              "display_name");
        }
        if (!is_valid_utf8(password) || utf8_length(password) < kMinPasswordLength ||
            password.size() > kMaxPasswordBytes) {
            return make_error("invalid_value", "A password has at least 8 characters.", "password");
        }
        {
            auto tx = impl_->store.begin_read();
            if (!tx->unit_by_code(unit_code)) {
                return make_error("not_found", "No unit has this code.", "unit");
            }
        }
        std::optional<std::string> hash = hash_password(password);  // outside the writer lock
        if (!hash) {
            return internal_error();
        }
        auto tx = impl_->store.begin_write();
        std::optional<Unit> unit = tx->unit_by_code(unit_code);
        if (!unit) {
            return make_error("not_found", "No unit has this code.", "unit");
        }
        if (tx->user_by_username(name)) {
            return make_error("already_exists", "This username is taken.", "username");
        }
        User u{impl_->new_id(), unit->id, name, std::string(display_name), role};
        tx->insert_user(UserRecord{u, *hash, std::nullopt});
        if (journal) {
            journal(*tx, u);
        }
        tx->commit();
        return u;
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<std::optional<std::int64_t>> AuthService::set_disabled(
    std::string_view user_id, bool disabled, const std::function<void(WriteTx&)>& journal) {
    try {
        auto tx = impl_->store.begin_write();
        auto user = tx->user_by_id(user_id);
        if (!user) {
            return make_error("not_found", "No such user.");
        }
        std::optional<std::int64_t> at = user->disabled_at_ms;
        if (at.has_value() != disabled) {
            at = disabled ? std::optional<std::int64_t>(impl_->clock()) : std::nullopt;
            set_user_disabled(*tx, user_id, at);
        }
        if (journal) {
            journal(*tx);
        }
        tx->commit();
        return at;
    } catch (const std::exception&) {
        return internal_error();
    }
}

std::optional<Error> AuthService::revoke_device(const Principal& who, std::string_view device_id,
                                                const std::function<void(WriteTx&)>& journal) {
    try {
        if (who.role == Role::patrol) {
            return make_error("forbidden", "Only a supervisor can revoke a device.");
        }
        auto tx = impl_->store.begin_write();
        auto device = tx->device_by_id(device_id);
        std::optional<UserRecord> owner;
        if (device) {
            owner = tx->user_by_id(device->device.user_id);
        }
        if (!device || !owner || owner->user.unit_id != who.unit_id) {
            return make_error("not_found", "No device of your unit has this id.", "device_id");
        }
        tx->revoke_device(device_id, impl_->clock());
        if (journal) {
            journal(*tx);
        }
        tx->commit();
        return std::nullopt;
    } catch (const std::exception&) {
        return internal_error();
    }
}

}  // namespace ronde::server
