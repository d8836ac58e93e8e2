// The sync engine: push, pull, sign-in, error classification and backoff.
#include "ronde/sync/sync_engine.hpp"

#include "ronde/audit_events.hpp"
#include "ronde/time.hpp"
#include "ronde/uuid.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <thread>
#include <utility>

namespace ronde::sync {

std::string_view code(Outcome o) noexcept {
    switch (o) {
        case Outcome::ok:
            return "ok";
        case Outcome::offline:
            return "offline";
        case Outcome::needs_sign_in:
            return "needs_sign_in";
        case Outcome::revoked:
            return "revoked";
        case Outcome::update_required:
            return "update_required";
        case Outcome::failed:
            return "failed";
    }
    return "failed";
}

std::int64_t SystemClock::now_ms() {
    return system_millis();
}

void SystemClock::sleep(std::chrono::milliseconds delay) {
    std::this_thread::sleep_for(delay);
}

namespace {

constexpr const char* kPushPath = "/api/v1/sync/push";
constexpr const char* kPullPath = "/api/v1/sync/pull";
constexpr const char* kLoginPath = "/api/v1/auth/login";
constexpr const char* kLogoutPath = "/api/v1/auth/logout";
constexpr const char* kAuditEventsPath = "/api/v1/audit/events";

bool is_transient_status(int status) {
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

// The error of a refused request: the body's {"error": ...}, or one made
// from the status when the body is not one (a proxy's page).
Error error_of(const TransportResponse& response) {
    if (auto json = parse_json(response.body); json.ok()) {
        if (auto e = decode_error(json.value()); e.ok()) {
            return e.value();
        }
    }
    return make_error("http_" + std::to_string(response.status),
                      "The server answered HTTP " + std::to_string(response.status) + ".");
}

// Retry-After in seconds (the HTTP-date form is not used by ronde-server).
std::chrono::milliseconds retry_after_of(const TransportResponse& response) {
    const std::string text = response.header("retry-after");
    long long seconds = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc() || end != text.data() + text.size() || seconds < 0) {
        return std::chrono::milliseconds(0);
    }
    return std::chrono::seconds(std::min(seconds, 24LL * 3600));
}

// A change of the splittable kind: the request was refused for what it
// carries, which may be one change only.
bool is_content_refusal(int status, const Error& e) {
    return status == 413 || status == 422 || (status == 400 && e.code == "invalid_json");
}

std::string change_id(const Json& change) {
    if (change.is_object()) {
        auto it = change.find("id");
        if (it != change.end() && it->is_string()) {
            return it->get<std::string>();
        }
    }
    return {};
}

// The index i of an error's field "events[i]...", or nothing.
std::optional<std::size_t> event_index(const Error& e) {
    constexpr std::string_view prefix = "events[";
    const std::string_view field = e.field;
    if (!field.starts_with(prefix)) {
        return std::nullopt;
    }
    std::size_t index = 0;
    const char* first = field.data() + prefix.size();
    const char* last = field.data() + field.size();
    const auto [end, ec] = std::from_chars(first, last, index);
    if (ec != std::errc() || end == first || end == last || *end != ']') {
        return std::nullopt;
    }
    return index;
}

Timestamp at_ms(std::int64_t ms) {
    return Timestamp{std::chrono::milliseconds(ms)};
}

// Handles a refusal common to every request; false when it is not one.
bool common_refusal(store::DeviceStore& store, const TransportResponse& response, const Error& e,
                    SyncResult& result) {
    if (response.status == 401) {
        if (e.code == "device_revoked") {
            (void)store.wipe();
            result.outcome = Outcome::revoked;
        } else {
            result.outcome = Outcome::needs_sign_in;
        }
        result.error = e;
        return true;
    }
    if (e.code == "unsupported_protocol") {
        result.outcome = Outcome::update_required;
        result.error = e;
        return true;
    }
    return false;
}

}  // namespace

// The final answer to one request, after the retries of transient errors.
struct SyncEngine::Answer {
    std::optional<TransportResponse> response;  // a non-transient answer
    Json json;                                  // its parsed body when 2xx
    Error error;                                // when no response: the last transient error
    std::chrono::milliseconds retry_after{0};
};

SyncEngine::SyncEngine(store::DeviceStore& store, Transport& transport, Clock& clock,
                       EngineOptions options)
    : store_(store),
      transport_(transport),
      clock_(clock),
      options_(std::move(options)),
      rng_(options_.seed != 0 ? options_.seed : std::random_device{}()) {
    options_.batch_size = std::clamp<std::size_t>(options_.batch_size, 1, 500);
    options_.pull_limit = std::clamp(options_.pull_limit, 1, 1000);
    options_.retry.max_attempts = std::max(1, options_.retry.max_attempts);
}

std::chrono::milliseconds SyncEngine::backoff(int attempt, std::chrono::milliseconds retry_after) {
    const double base = static_cast<double>(options_.retry.initial.count()) *
                        std::pow(2.0, std::clamp(attempt - 1, 0, 40));
    const double capped = std::min(base, static_cast<double>(options_.retry.max.count()));
    const double j = std::clamp(options_.retry.jitter, 0.0, 1.0);
    std::uniform_real_distribution<double> factor(1.0 - j, 1.0 + j);
    const auto delay = std::chrono::milliseconds(std::llround(capped * factor(rng_)));
    return std::max(delay, retry_after);
}

TransportRequest SyncEngine::request(std::string method, std::string target,
                                     std::string body) const {
    TransportRequest r;
    r.method = std::move(method);
    r.target = std::move(target);
    r.headers["X-Ronde-Protocol"] = std::to_string(kProtocolVersion);
    r.headers["Accept"] = "application/json";
    if (!body.empty()) {
        r.headers["Content-Type"] = "application/json; charset=utf-8";
    }
    if (!token_.empty()) {
        r.headers["Authorization"] = "Bearer " + token_;
    }
    r.body = std::move(body);
    return r;
}

// Sends `request` until it gets an answer that is not transient, or the
// attempts run out. A 2xx whose body is not JSON (a cut answer) is transient.
SyncEngine::Answer SyncEngine::exchange(TransportRequest request, SyncResult& result,
                                        bool retry_rate_limited) {
    Answer answer;
    for (int attempt = 1;; ++attempt) {
        ++result.requests;
        auto sent = transport_.send(request);
        std::chrono::milliseconds retry_after{0};
        if (sent.ok()) {
            TransportResponse& response = sent.value();
            if (response.status >= 200 && response.status <= 299) {
                auto json = parse_json(response.body);
                if (json.ok()) {
                    answer.json = std::move(json).value();
                    answer.response = std::move(response);
                    return answer;
                }
                answer.error =
                    make_error("invalid_response",
                               "The server's answer could not be read: " + json.error().message);
            } else if (is_transient_status(response.status) &&
                       (retry_rate_limited || response.status != 429)) {
                answer.error = error_of(response);
                retry_after = retry_after_of(response);
            } else {
                answer.response = std::move(response);
                return answer;
            }
        } else {
            answer.error = sent.error();
        }
        answer.retry_after = backoff(attempt, retry_after);
        if (attempt >= options_.retry.max_attempts) {
            return answer;
        }
        ++result.retries;
        clock_.sleep(answer.retry_after);
    }
}

void SyncEngine::fail(SyncResult& result, Outcome outcome, Error error) {
    result.outcome = outcome;
    result.error = std::move(error);
}

Result<SignIn> SyncEngine::sign_in(const std::string& username, const std::string& password,
                                   const std::string& device_id) {
    const auto identity = store_.identity();
    const std::string device = identity ? identity->device_id : device_id;
    if (device.empty()) {
        return make_error("not_enrolled", "The store has no device id: pass one.", "device.id");
    }
    const Json body{{"username", username},
                    {"password", password},
                    {"device", Json{{"id", device}, {"name", options_.device_name}}}};
    TransportRequest login = request("POST", kLoginPath, body.dump());
    login.headers.erase("Authorization");
    SyncResult scratch;
    // A login refused with 429 waits for minutes: answer it, do not retry it.
    Answer answer = exchange(std::move(login), scratch, false);
    if (!answer.response) {
        return answer.error;
    }
    const TransportResponse& response = *answer.response;
    if (response.status != 200) {
        Error e = error_of(response);
        if (e.code == "device_revoked") {
            (void)store_.wipe();
        }
        return e;
    }
    const Json& j = answer.json;
    if (!j.is_object() || !j.contains("token") || !j["token"].is_string() || !j.contains("user") ||
        !j.contains("unit")) {
        return make_error("invalid_response", "The sign-in answer lacks token, user or unit.");
    }
    auto user = decode_user(j["user"]);
    if (!user) {
        return user.error();
    }
    auto unit = decode_unit(j["unit"]);
    if (!unit) {
        return unit.error();
    }
    if (auto e = store_.set_identity({device, user.value().id, unit.value().id})) {
        return *e;
    }
    token_ = j["token"].get<std::string>();
    return SignIn{token_, std::move(user).value(), std::move(unit).value()};
}

store::Status SyncEngine::sign_out() {
    if (token_.empty()) {
        return std::nullopt;
    }
    TransportRequest logout = request("POST", kLogoutPath, {});
    token_.clear();
    auto sent = transport_.send(logout);
    if (!sent) {
        return sent.error();
    }
    const TransportResponse& response = sent.value();
    if (response.status >= 200 && response.status <= 299) {
        return std::nullopt;
    }
    Error e = error_of(response);
    if (response.status == 401) {
        // Revoked, expired or unknown: the token is of no use to anyone.
        if (e.code == "device_revoked") {
            (void)store_.wipe();
        }
        return e.code == "device_revoked" ? std::optional<Error>(e) : std::nullopt;
    }
    return e;
}

// Sends `changes` in two halves (see push_changes).
std::optional<std::vector<ChangeResult>> SyncEngine::push_halves(const std::vector<Json>& changes,
                                                                 SyncResult& result) {
    const auto middle = changes.begin() + static_cast<std::ptrdiff_t>(changes.size() / 2);
    auto left = push_changes(std::vector<Json>(changes.begin(), middle), result);
    if (!left) {
        return std::nullopt;
    }
    auto right = push_changes(std::vector<Json>(middle, changes.end()), result);
    if (!right) {
        return std::nullopt;
    }
    left->insert(left->end(), right->begin(), right->end());
    return left;
}

// Sends `changes` under a fresh batch id; a refusal of what they carry splits
// them in halves, and a single change refused so is answered "rejected" here.
// Nothing when the sync has to stop (the outcome is set).
std::optional<std::vector<ChangeResult>> SyncEngine::push_changes(const std::vector<Json>& changes,
                                                                  SyncResult& result) {
    PushRequest sub;
    sub.batch_id = random_uuid_v4();
    sub.changes = changes;
    Answer answer = exchange(request("POST", kPushPath, encode(sub).dump()), result);
    if (!answer.response) {
        fail(result, Outcome::offline, answer.error);
        result.retry_after = answer.retry_after;
        return std::nullopt;
    }
    const TransportResponse& response = *answer.response;
    if (response.status == 200) {
        auto decoded = decode_push_response(answer.json);
        if (!decoded || decoded.value().results.size() != changes.size()) {
            fail(result, Outcome::failed,
                 make_error("invalid_response", "The server's push answer does not match."));
            return std::nullopt;
        }
        return std::move(decoded).value().results;
    }
    const Error e = error_of(response);
    if (common_refusal(store_, response, e, result)) {
        return std::nullopt;
    }
    if (is_content_refusal(response.status, e)) {
        if (changes.size() == 1) {
            return std::vector<ChangeResult>{
                ChangeResult{change_id(changes.front()), ChangeOutcome::rejected, e}};
        }
        return push_halves(changes, result);
    }
    fail(result, Outcome::failed, e);
    return std::nullopt;
}

// Sends one stored batch and stores the answer. False when the sync stops.
bool SyncEngine::push_batch(const store::OutboxBatch& batch, SyncResult& result, std::size_t done,
                            std::size_t total) {
    const PushRequest push_request = batch.request();
    Answer answer = exchange(request("POST", kPushPath, encode(push_request).dump()), result);
    if (!answer.response) {
        fail(result, Outcome::offline, answer.error);
        result.retry_after = answer.retry_after;
        return false;
    }
    const TransportResponse& response = *answer.response;
    PushResponse push_response;
    push_response.batch_id = batch.batch_id;
    if (response.status == 200) {
        auto decoded = decode_push_response(answer.json);
        if (!decoded || decoded.value().batch_id != batch.batch_id ||
            decoded.value().results.size() != batch.entries.size()) {
            fail(result, Outcome::failed,
                 make_error("invalid_response",
                            "The server's push answer does not match the batch sent."));
            return false;
        }
        push_response = std::move(decoded).value();
    } else {
        const Error e = error_of(response);
        if (common_refusal(store_, response, e, result)) {
            return false;
        }
        std::optional<std::vector<ChangeResult>> results;
        if (e.code == "batch_conflict") {
            results = push_changes(push_request.changes, result);
        } else if (is_content_refusal(response.status, e)) {
            if (push_request.changes.size() == 1) {
                results = std::vector<ChangeResult>{ChangeResult{
                    change_id(push_request.changes.front()), ChangeOutcome::rejected, e}};
            } else {
                results = push_halves(push_request.changes, result);
            }
        } else {
            fail(result, Outcome::failed, e);
            return false;
        }
        if (!results) {
            return false;
        }
        push_response.results = std::move(*results);
    }
    if (auto e = store_.apply_push_result(batch.batch_id, push_response.results)) {
        fail(result, Outcome::failed, *e);
        return false;
    }
    if (push_response.server_seq > 0) {
        last_server_seq_ = push_response.server_seq;
    }
    for (const ChangeResult& r : push_response.results) {
        if (r.outcome == ChangeOutcome::rejected) {
            ++result.rejected;
        } else {
            ++result.pushed;
        }
    }
    if (observer_.pushed) {
        observer_.pushed(batch, push_response);
    }
    if (progress_) {
        progress_(Progress{Phase::push, std::min(done + batch.entries.size(), total), total});
    }
    return true;
}

SyncResult SyncEngine::push() {
    SyncResult result;
    if (token_.empty()) {
        fail(result, Outcome::needs_sign_in, make_error("unauthenticated", "Sign in first."));
        return result;
    }
    auto size = store_.outbox_size();
    if (!size) {
        fail(result, Outcome::failed, size.error());
        return result;
    }
    const std::size_t total = size.value();
    std::size_t done = 0;
    if (progress_) {
        progress_(Progress{Phase::push, 0, total});
    }
    std::string previous;
    for (;;) {
        auto batch = store_.next_batch(options_.batch_size);
        if (!batch) {
            fail(result, Outcome::failed, batch.error());
            return result;
        }
        if (!batch.value()) {
            return result;
        }
        const store::OutboxBatch& b = *batch.value();
        if (b.batch_id == previous) {
            // The store gave back a batch whose answer it has just stored.
            fail(result, Outcome::failed,
                 make_error("internal", "The outbox returned an answered batch again."));
            return result;
        }
        previous = b.batch_id;
        if (!push_batch(b, result, done, std::max(total, done + b.entries.size()))) {
            return result;
        }
        done += b.entries.size();
    }
}

SyncResult SyncEngine::pull() {
    SyncResult result;
    if (token_.empty()) {
        fail(result, Outcome::needs_sign_in, make_error("unauthenticated", "Sign in first."));
        return result;
    }
    auto state = store_.sync_state();
    if (!state) {
        fail(result, Outcome::failed, state.error());
        return result;
    }
    std::int64_t cursor = state.value().cursor;
    const std::size_t estimate =
        last_server_seq_ > cursor ? static_cast<std::size_t>(last_server_seq_ - cursor) : 0;
    if (progress_) {
        progress_(Progress{Phase::pull, 0, estimate});
    }
    for (;;) {
        const std::string target = std::string(kPullPath) + "?since=" + std::to_string(cursor) +
                                   "&limit=" + std::to_string(options_.pull_limit);
        Answer answer = exchange(request("GET", target, {}), result);
        if (!answer.response) {
            fail(result, Outcome::offline, answer.error);
            result.retry_after = answer.retry_after;
            return result;
        }
        const TransportResponse& response = *answer.response;
        if (response.status != 200) {
            const Error e = error_of(response);
            if (!common_refusal(store_, response, e, result)) {
                fail(result, Outcome::failed, e);
            }
            return result;
        }
        auto page = decode_pull_response(answer.json);
        if (!page) {
            fail(result, Outcome::failed,
                 make_error("invalid_response",
                            "The server's pull answer could not be read: " + page.error().message));
            return result;
        }
        if (page.value().next_since < cursor ||
            (page.value().has_more && page.value().next_since == cursor)) {
            fail(result, Outcome::failed,
                 make_error("invalid_response", "The server's pull cursor went back."));
            return result;
        }
        auto applied = store_.apply_pull_page(page.value());
        if (!applied) {
            fail(result, Outcome::failed, applied.error());
            return result;
        }
        cursor = page.value().next_since;
        result.pulled += page.value().changes.size();
        if (observer_.pulled) {
            observer_.pulled(page.value());
        }
        if (progress_) {
            const std::size_t total =
                page.value().has_more ? std::max(estimate, result.pulled) : result.pulled;
            progress_(Progress{Phase::pull, result.pulled, total});
        }
        if (!page.value().has_more) {
            return result;
        }
    }
}

SyncResult SyncEngine::send_consultations() {
    SyncResult result;
    if (token_.empty()) {
        fail(result, Outcome::needs_sign_in, make_error("unauthenticated", "Sign in first."));
        return result;
    }
    // Each round answers at least one event (or stops): no endless loop.
    for (;;) {
        auto unsent = store_.unsent_consultations(kMaxConsultationEvents);
        if (!unsent) {
            result.consultation_error = unsent.error();
            return result;
        }
        if (unsent.value().empty()) {
            return result;
        }
        ConsultationRequest body;
        body.events = std::move(unsent).value();
        Answer answer = exchange(request("POST", kAuditEventsPath, encode(body).dump()), result);
        if (!answer.response) {
            result.consultation_error = answer.error;
            return result;
        }
        const TransportResponse& response = *answer.response;
        if (response.status != 200) {
            const Error e = error_of(response);
            if (common_refusal(store_, response, e, result)) {
                return result;
            }
            const auto index = event_index(e);
            if (response.status >= 400 && response.status <= 499 && index &&
                *index < body.events.size()) {
                // One event the server will never take (a clock far ahead...).
                if (auto failed =
                        store_.mark_consultation_refused(body.events[*index].id, e.code)) {
                    result.consultation_error = *failed;
                    return result;
                }
                ++result.consultations_refused;
                continue;
            }
            result.consultation_error = e;  // 404 from an older server, 5xx, 403...
            return result;
        }
        auto decoded = decode_consultation_response(answer.json);
        if (!decoded) {
            result.consultation_error =
                make_error("invalid_response", "The server's audit answer could not be read.");
            return result;
        }
        std::vector<std::string> sent;
        for (const std::string& id : decoded.value().accepted) {
            if (std::any_of(body.events.begin(), body.events.end(),
                            [&id](const ConsultationEvent& ev) { return ev.id == id; })) {
                sent.push_back(id);
            }
        }
        if (auto failed = store_.mark_consultations_sent(sent)) {
            result.consultation_error = *failed;
            return result;
        }
        result.consultations_sent += sent.size();
        if (sent.size() < body.events.size()) {
            result.consultation_error = make_error(
                "invalid_response", "The server did not acknowledge every consultation.");
            return result;
        }
    }
}

SyncResult SyncEngine::sync_once() {
    SyncResult result = push();
    if (result.outcome == Outcome::ok) {
        SyncResult pulled = pull();
        pulled.pushed = result.pushed;
        pulled.rejected = result.rejected;
        pulled.requests += result.requests;
        pulled.retries += result.retries;
        result = std::move(pulled);
    }
    if (result.outcome == Outcome::ok) {
        SyncResult sent = send_consultations();
        result.requests += sent.requests;
        result.retries += sent.retries;
        result.consultations_sent = sent.consultations_sent;
        result.consultations_refused = sent.consultations_refused;
        result.consultation_error = std::move(sent.consultation_error);
        if (sent.outcome != Outcome::ok) {
            result.outcome = sent.outcome;
            result.error = std::move(sent.error);
        }
    }
    if (result.outcome == Outcome::revoked) {
        return result;  // the store is gone
    }
    const Timestamp now = at_ms(clock_.now_ms());
    if (result.outcome == Outcome::ok) {
        if (auto e = store_.record_sync_success(now)) {
            fail(result, Outcome::failed, *e);
        }
    } else if (result.error) {
        (void)store_.record_sync_error(*result.error, now);
    }
    return result;
}

}  // namespace ronde::sync
