// The supervisor side of the API (issue 6, sync-protocol/SUPERVISOR-API.md):
// filtered lists of visits, contacts and patrols with cursor pagination,
// statistics, contacts to maintain, follow-ups (assign, re-assign, close),
// and the conflict log with its resolution. Checks roles and keeps every
// call to the caller's unit: a record of another unit is "not_found".
// Every consultation and every change is written to the audit journal;
// changes go in the same transaction as the journal entry.
//
// Writes (follow-ups, resolutions) are changes of the sync log: the record
// gets a new HLC (the caller's device as node, after every stamp the record
// carries), a new seq, and the version of its unit of merge, exactly as a
// push from the supervisor's device would; devices get them on pull.
//
// Query parameters come as the decoded map of the request; answers are JSON
// bodies. Errors: forbidden (role), not_found (absent or another unit's),
// invalid_type (400: not a number), invalid_value / invalid_enum /
// invalid_uuid / invalid_date / invalid_time / out_of_range (422, with the
// parameter as field), deleted (the record was deleted), internal.
// Thread-safe.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/error.hpp"
#include "services/principal.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace ronde::server {

class Store;
class AuditService;

struct SupervisorConfig {
    int default_limit = 50;
    int max_limit = 200;         // larger limits are clamped
    int patrol_visit_days = 90;  // a patrol account's scope (as its pulls)
    int derive_chunk = 2000;     // records derived per write transaction
};

using QueryParams = std::map<std::string, std::string>;

class SupervisorService {
public:
    using MillisClock = std::function<std::int64_t()>;
    SupervisorService(Store& store, AuditService& audit, SupervisorConfig config,
                      MillisClock clock);
    ~SupervisorService();

    // Lists: {"items": [...], "next_cursor": "..." | null}; each call is
    // journaled with its parameters and the number of items. Parameters and
    // answers: sync-protocol/SUPERVISOR-API.md.
    // Derives the supervisor tables of the records written since the last
    // call (store/queries.hpp, derive_pending). Every query does it first;
    // `serve` also calls it when no device has synced for a few seconds, so
    // that queries rarely wait and syncs never do.
    // Returns how many records it derived. Throws StoreError.
    // `keep_going` is asked before each chunk (default: always), so that a
    // background caller can give way.
    std::int64_t derive_pending_records(const std::function<bool()>& keep_going = {});

    Result<Json> visits(const Principal& who, const QueryParams& params);
    Result<Json> contacts(const Principal& who, const QueryParams& params);
    Result<Json> contacts_to_maintain(const Principal& who, const QueryParams& params);
    Result<Json> patrols(const Principal& who, const QueryParams& params);
    Result<Json> stats(const Principal& who, const QueryParams& params);

    // body: {"assignee_id"?, "status"?, "summary"?, "due_date"?}. Returns the
    // visit as listed.
    Result<Json> update_follow_up(const Principal& who, const std::string& visit_id,
                                  const Json& body);

    // GET /api/v1/communes: the communes of the unit's live contacts, for a
    // commune picker, with their number of contacts (no parameters).
    Result<Json> communes(const Principal& who, const QueryParams& params);
    Result<Json> conflicts(const Principal& who, const QueryParams& params);
    // body: {"choose": "kept" | "lost"} or {"value": <JSON value>}.
    Result<Json> resolve_conflict(const Principal& who, const std::string& conflict_id,
                                  const Json& body);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ronde::server
