// The sync engine (sync-protocol/PROTOCOL.md §13): signs a device in, pushes
// its outbox and pulls the unit's changes, over an injected Transport and
// Clock, into a DeviceStore. Plain C++20: no Qt, no HTTP library.
//
// One engine per store, used from the store's thread (it calls the store and
// the transport synchronously and blocks in Clock::sleep while it backs off).
// The engine owns nothing but its token and its random generator: the store,
// the transport and the clock must outlive it. A new engine over a store
// reopened from disk carries on where the old one stopped.
//
// sync_once():
//   push: while the outbox is not empty, takes store.next_batch(500) (the
//     pending batch and its id come back unchanged until answered, also after
//     a restart), POSTs it, and stores the answer with apply_push_result; the
//     outbox rows go only in that transaction. Then
//   pull: GET /api/v1/sync/pull?since=<cursor> until has_more is false; each
//     page is applied with apply_pull_page, which stores the cursor in the
//     same transaction.
//   consultations: then, when push and pull succeeded, the consultations
//     journaled on the device (store.unsent_consultations) are POSTed to
//     /api/v1/audit/events in batches of up to 500, oldest first, and the
//     ids the server accepted are marked sent. They never fail the sync: a
//     transient error, a 5xx or a 404 (a server older than the route)
//     leaves them for the next sync and is reported in
//     SyncResult::consultation_error; 401 and unsupported_protocol are
//     handled as everywhere. A 4xx naming one event ("events[3].at") marks
//     that event refused (never resent) and sends the others again.
//   Finally record_sync_success, or record_sync_error with the first error.
//
// Errors, per request:
//   transient: no answer (network, timeout), 408, 429, 5xx, or a 200 whose body
//     does not decode (a truncated answer) -> waits and sends the same
//     request again: exponential backoff from RetryPolicy::initial, doubling,
//     capped at RetryPolicy::max, +-jitter, and never less than Retry-After.
//     After RetryPolicy::max_attempts the sync stops with Outcome::offline;
//     nothing is lost (the pending batch keeps its id for the next sync).
//   401 device_revoked -> store.wipe(), Outcome::revoked (also on sign-in).
//   401 other codes (unauthenticated, token_expired) -> Outcome::needs_sign_in;
//     the outbox is kept.
//   400 unsupported_protocol -> Outcome::update_required.
//   409 batch_conflict -> the same changes are sent once more under a fresh
//     batch id (changes the server already has come back "duplicate"); the
//     answer is stored for the pending batch.
//   A push refused whole for what it carries (413, 422, 400 invalid_json):
//     the batch is split in halves, each half sent under a fresh batch id
//     (recursively), and the answers are stored together as the pending
//     batch's answer. A single change still refused is stored as "rejected"
//     with the server's error: it leaves the outbox and its record is flagged
//     rejected (store.rejected_records()), so it is never retried forever nor
//     silently dropped, and it never blocks the other changes. At most
//     2n - 1 requests for a batch of n. The ids of these sub-batches are not
//     stored: a sub-batch whose answer is lost is harmless, since a replay of
//     a change the server has is answered "duplicate".
//   Any other refusal (403, 404, 415, other 400s: not about one change) ->
//     Outcome::failed with the error recorded in the sync state; the pending
//     batch stays as it is and is sent again by the next sync_once, once.
//   Store errors -> Outcome::failed.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/domain.hpp"
#include "ronde/error.hpp"
#include "ronde/store/device_store.hpp"
#include "ronde/sync/clock.hpp"
#include "ronde/sync/transport.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <string_view>

namespace ronde::sync {

enum class Outcome : std::uint8_t {
    ok,               // outbox empty (or answered) and pulled up to date
    offline,          // transient errors outlasted the retries: try again later
    needs_sign_in,    // 401 unauthenticated / token_expired, or no token
    revoked,          // 401 device_revoked: the store has been wiped
    update_required,  // the server does not speak this protocol version
    failed,           // a permanent error (see error); the outbox is kept
};
std::string_view code(Outcome o) noexcept;

struct SyncResult {
    Outcome outcome = Outcome::ok;
    std::size_t pushed = 0;      // changes answered applied or duplicate
    std::size_t rejected = 0;    // changes answered rejected (see store.rejected_records())
    std::size_t pulled = 0;      // changes received in pull pages
    std::size_t requests = 0;    // HTTP requests sent, retries included
    std::size_t retries = 0;     // of which retries after a transient error
    std::optional<Error> error;  // the error that stopped the sync
    // After Outcome::offline: how long to wait before the next attempt.
    std::chrono::milliseconds retry_after{0};
    std::size_t consultations_sent = 0;     // acknowledged by the audit journal
    std::size_t consultations_refused = 0;  // refused one by one (never resent)
    // Why consultations are left for the next sync (the sync itself is ok).
    std::optional<Error> consultation_error;
};

struct RetryPolicy {
    int max_attempts = 6;  // per request, the first one included
    std::chrono::milliseconds initial{2000};
    std::chrono::milliseconds max{5 * 60 * 1000};
    double jitter = 0.2;  // each delay is multiplied by a factor in [1 - j, 1 + j]
};

enum class Phase : std::uint8_t { push, pull };

// For the app's progress bar. push: changes answered out of the outbox size
// when the sync started. pull: changes received out of an estimate (the
// server_seq of the last push minus the cursor; 0 when unknown), which turns
// exact (total == done) on the last page.
struct Progress {
    Phase phase = Phase::push;
    std::size_t done = 0;
    std::size_t total = 0;
};

struct EngineOptions {
    std::string device_name = "Ronde";  // shown to supervisors; sent at sign-in
    std::size_t batch_size = 500;       // changes per push (server's maximum: 500)
    int pull_limit = 1000;              // changes per pull page (server maximum: 1000)
    RetryPolicy retry;
    std::uint64_t seed = 0;  // of the jitter; 0: random
};

// What a sign-in returned.
struct SignIn {
    std::string token;
    User user;
    Unit unit;
};

// Optional observers (ronde-sim and the tests use them to account for every
// change); called synchronously after the store took the answer.
struct SyncObserver {
    std::function<void(const store::OutboxBatch&, const PushResponse&)> pushed;
    std::function<void(const PullResponse&)> pulled;
};

class SyncEngine {
public:
    SyncEngine(store::DeviceStore& store, Transport& transport, Clock& clock,
               EngineOptions options = {});
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    // POST /api/v1/auth/login with the store's device id (or `device_id` for
    // a store not enrolled yet), then store.set_identity and keeps the token.
    // Transient errors are retried like sync requests, except 429 (a login
    // rate limit lasts minutes: answered at once). Errors carry the server's
    // code: invalid_credentials, rate_limited, device_revoked (the store is
    // wiped), forbidden, network... The token changes only on success.
    Result<SignIn> sign_in(const std::string& username, const std::string& password,
                           const std::string& device_id = {});
    // POST /api/v1/auth/logout: the server revokes this device's token. One
    // attempt, no retry (the user is waiting). The engine forgets the token
    // whatever the answer; the error says whether the server heard it
    // ("network", "timeout": it did not; the token then expires when idle).
    // The store is left alone: the caller decides about the outbox.
    store::Status sign_out();
    // A token kept from an earlier sign-in (the app stores it encrypted).
    void set_token(std::string token) { token_ = std::move(token); }
    const std::string& token() const noexcept { return token_; }

    void on_progress(std::function<void(const Progress&)> callback) {
        progress_ = std::move(callback);
    }
    void set_observer(SyncObserver observer) { observer_ = std::move(observer); }

    // Push everything, then pull everything (see the top of this file).
    SyncResult sync_once();
    // The two halves of sync_once, without the final record_sync_*.
    SyncResult push();
    SyncResult pull();
    // The consultations step of sync_once (see the top of this file).
    SyncResult send_consultations();

    // The delay before attempt `attempt` + 1 (attempt >= 1), jitter applied,
    // and at least `retry_after`.
    std::chrono::milliseconds backoff(int attempt, std::chrono::milliseconds retry_after = {});

private:
    struct Answer;
    Answer exchange(TransportRequest request, SyncResult& result, bool retry_rate_limited = true);
    bool push_batch(const store::OutboxBatch& batch, SyncResult& result, std::size_t done,
                    std::size_t total);
    std::optional<std::vector<ChangeResult>> push_changes(const std::vector<Json>& changes,
                                                          SyncResult& result);
    std::optional<std::vector<ChangeResult>> push_halves(const std::vector<Json>& changes,
                                                         SyncResult& result);
    void fail(SyncResult& result, Outcome outcome, Error error);
    TransportRequest request(std::string method, std::string target, std::string body) const;

    store::DeviceStore& store_;
    Transport& transport_;
    Clock& clock_;
    EngineOptions options_;
    std::string token_;
    std::mt19937_64 rng_;
    std::function<void(const Progress&)> progress_;
    SyncObserver observer_;
    std::int64_t last_server_seq_ = -1;
};

}  // namespace ronde::sync
