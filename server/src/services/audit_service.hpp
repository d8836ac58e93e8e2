// The audit journal (DESIGN §6, issue 6): every consultation of records
// through the supervisor routes, every export and every admin action, with
// who, when, what and from which device. Append-only and hash-chained.
//
// API (stable: the export routes and the admin routes call it):
//
//   AuditService audit(store, clock);
//   audit.append(AuditEntry::by(who, "export.visits_csv", "/api/v1/export/visits.csv",
//                               {{"filters", ...}, {"count", n}}));
//       -> Result<AuditRecord>; in its own write transaction
//   audit.append(tx, entry)
//       -> AuditRecord; inside the caller's write transaction, so that the
//          entry commits or rolls back with the change it journals (throws
//          StoreError like the store)
//   audit.verify()  -> AuditVerification: ok, or the first bad entry
//   audit.entries(unit_id, after_seq, limit) -> the journal, oldest first
//
// Chain: entries are numbered 1, 2, 3... (`seq`, gapless). Each stores
//   hash = SHA-256-hex(prev_hash + canonical(entry))
// where prev_hash is the previous entry's hash (64 '0' for the first) and
// canonical(entry) is the JSON array
//   [seq, at_ms, unit_id, user_id, device_id, action, target, details]
// serialised with sorted keys and no spaces (nlohmann::json::dump()). An
// edited, removed, inserted or reordered entry breaks the chain at that
// entry; removing the newest entries is caught against the stored head
// (seq and hash of the newest entry, written with it). verify() reports the
// head hash so that operators may keep a copy elsewhere: that copy is what
// catches someone rewriting the whole file.
//
// Action names are "<area>.<verb>": "visits.list", "contacts.list",
// "patrols.list", "stats.read", "contacts.to_maintain", "follow_up.update",
// "conflicts.list", "conflict.resolve", "user.create", "user.password_reset",
// "devices.list", "device.revoke", "export.visits_csv"... (see
// sync-protocol/SUPERVISOR-API.md). `target` is what was read or changed: the
// route for a consultation, else the record, user or device id.
//
// Thread-safe: appends are serialised by the store's single writer.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/error.hpp"
#include "services/principal.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ronde::server {

class Store;
class WriteTx;

struct AuditEntry {
    std::string unit_id;            // the unit concerned; "" for a server-wide action
    std::string user_id;            // who; "" for the command line
    std::string device_id;          // from which device (token); "" for the command line
    std::string action;             // "<area>.<verb>", see above
    std::string target;             // route, record id, user id, device id...
    Json details = Json::object();  // filters, counts, values: any JSON object

    // An entry made by the authenticated caller `who` (unit, user, device).
    static AuditEntry by(const Principal& who, std::string action, std::string target,
                         Json details = Json::object());
};

struct AuditRecord {
    std::int64_t seq = 0;
    std::int64_t at_ms = 0;  // server time, Unix ms
    AuditEntry entry;
    std::string prev_hash;
    std::string hash;
};

struct AuditVerification {
    bool ok = true;
    std::int64_t entries = 0;  // entries read
    std::int64_t bad_seq = 0;  // the first bad entry (0 when ok)
    std::string problem;       // a sentence naming it (empty when ok)
    std::string head_hash;     // hash of the newest entry ("" when empty)
};

class AuditService {
public:
    using MillisClock = std::function<std::int64_t()>;
    AuditService(Store& store, MillisClock clock);

    // Appends in its own write transaction. Errors: invalid_value (empty
    // action, details not an object), internal.
    Result<AuditRecord> append(const AuditEntry& entry);
    // Appends inside `tx` (a write transaction of the same store). Throws
    // StoreError on an engine failure, std::invalid_argument on a bad entry.
    AuditRecord append(WriteTx& tx, const AuditEntry& entry);

    // Entries with seq > after_seq, oldest first, at most `limit` (clamped
    // to [1, 1000]); those of `unit_id` only unless it is empty.
    Result<std::vector<AuditRecord>> entries(const std::string& unit_id, std::int64_t after_seq,
                                             int limit);

    // Walks the whole chain. Never throws: a store failure is reported as
    // not ok with bad_seq 0.
    AuditVerification verify();

    // The hash of an entry given the previous hash (exposed for tests and
    // for tools that check a copy of the journal).
    static std::string chain_hash(const std::string& prev_hash, std::int64_t seq,
                                  std::int64_t at_ms, const AuditEntry& entry);
    static std::string genesis_hash();  // 64 '0'

private:
    Store& store_;
    MillisClock clock_;
};

}  // namespace ronde::server
