// Push and pull (sync-protocol/PROTOCOL.md). A push is one store transaction:
// each change is decoded, validated, authorised and merged alone; rejected
// changes are answered with their error while the others apply. The answer is
// stored with the batch id, and a replayed batch id gets the stored bytes back
// without applying anything. Thread-safe.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/error.hpp"
#include "services/principal.hpp"
#include "store/store.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ronde::server {

class Store;
struct PushBody;

struct SyncConfig {
    std::size_t max_changes_per_push = 500;
    int pull_max_limit = 1000;   // larger limits are clamped
    int patrol_visit_days = 90;  // a patrol device pulls visits this recent
    std::chrono::milliseconds max_clock_skew = std::chrono::hours(24);
    // Stored push answers older than this are deleted by prune_batches()
    // (PROTOCOL.md §6.2 promises at least 90 days).
    std::chrono::milliseconds batch_retention = std::chrono::hours(24 * 90);
};

struct SyncCounters {
    std::uint64_t changes_pushed = 0;  // applied
    std::uint64_t changes_rejected = 0;
    std::uint64_t changes_pulled = 0;
};

class SyncService {
public:
    using MillisClock = std::function<std::int64_t()>;
    SyncService(Store& store, SyncConfig config, MillisClock clock);
    ~SyncService();

    // `body` is the parsed request body. Returns the response body text
    // (byte-identical on replay). Errors refuse the whole request:
    // invalid_type/missing_field (400), unsupported_protocol (400),
    // invalid_uuid (batch_id, 422), too_many (413), batch_conflict (409: a
    // batch id replayed by another device or with different changes),
    // forbidden (403: admin accounts do not sync), internal (500: nothing
    // was stored).
    Result<std::string> push(const Principal& who, const Json& body);
    // The same, taking the body apart instead of copying it (the HTTP path).
    Result<std::string> push(const Principal& who, Json&& body);
    // The same from the request body text: invalid_json (400) when it is
    // not JSON within the limits of parse_json, else as push(). Canonical
    // visits are decoded straight from the text (push_body_reader.hpp), with
    // the same answers, records and digest as the tree.
    Result<std::string> push_text(const Principal& who, std::string_view body);
    // Changes visible to `who` with seq > since, at most `limit` (clamped to
    // pull_max_limit). Errors: out_of_range (since < 0, limit < 1),
    // forbidden (admin accounts do not sync).
    Result<PullResponse> pull(const Principal& who, std::int64_t since, int limit);
    // The same answer as encode(pull(...)).dump(), byte for byte, built from
    // the stored JSON text without parsing it: the HTTP layer's fast path.
    Result<std::string> pull_text(const Principal& who, std::int64_t since, int limit);

    // The unit's conflict log (PROTOCOL.md §7.6), oldest first, entries with
    // id > after_id, at most `limit` (clamped to 1000). Supervisors only
    // (forbidden); out_of_range for after_id < 0 or limit < 1.
    Result<std::vector<ConflictRecord>> conflicts(const Principal& who, std::int64_t after_id,
                                                  int limit);

    SyncCounters counters() const;

    // Deletes the stored push answers older than batch_retention, in
    // chunks of `chunk` with one short write transaction each, so that
    // pushes wait for one chunk at most; stops early when `keep_going`
    // returns false. Returns how many were deleted. A batch replayed after
    // its answer was deleted is judged again: its applied changes come back
    // as "duplicate" (PROTOCOL.md §6.2). Throws StoreError.
    std::size_t prune_batches(const std::function<bool()>& keep_going = {},
                              std::size_t chunk = 1000);

private:
    // push(); `canonical_changes`, when known, is the text of the body's
    // "changes" exactly as dump() writes it (the digest's input).
    Result<std::string> push_body(const Principal& who, Json&& body,
                                  std::optional<std::string_view> canonical_changes);
    // push_text() of a body read without a tree (push_body_reader.hpp).
    Result<std::string> push_read(const Principal& who, PushBody&& body);
    struct Page;
    Result<Page> page(const Principal& who, std::int64_t since, int limit);
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ronde::server
