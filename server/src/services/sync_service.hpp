// Push and pull (sync-protocol/PROTOCOL.md). A push is one store transaction:
// each change is decoded, validated, authorised and merged alone; rejected
// changes are answered with their error while the others apply. The answer is
// stored with the batch id, and a replayed batch id gets the stored bytes back
// without applying anything. Thread-safe.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/error.hpp"
#include "services/principal.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace ronde::server {

class Store;

struct SyncConfig {
    std::size_t max_changes_per_push = 500;
    int pull_default_limit = 500;
    int pull_max_limit = 1000;   // larger limits are clamped
    int patrol_visit_days = 90;  // a patrol device pulls visits this recent
    std::chrono::milliseconds max_clock_skew = std::chrono::hours(24);
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
    // too_many (413), batch_conflict (409: a batch id replayed by another
    // device or with different changes).
    Result<std::string> push(const Principal& who, const Json& body);
    // Changes visible to `who` with seq > since, at most `limit` (clamped).
    Result<PullResponse> pull(const Principal& who, std::int64_t since, int limit);

    SyncCounters counters() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ronde::server
