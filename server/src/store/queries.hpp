// The repositories of the supervisor side (issue 6): the audit journal and
// the queries of the supervisor routes. Free functions over a transaction
// of store.hpp, so that they commit or roll back with the caller's other
// writes. SQLite today (store/sqlite_queries.cpp, through
// ReadTx::sqlite_connection); another engine implements them beside its
// Store. They throw StoreError on an engine failure.
#pragma once

#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ronde::server {

// One row of the audit journal (migration 0002_audit.sql).
struct AuditRow {
    std::int64_t seq = 0;  // gapless from 1
    std::int64_t at_ms = 0;
    std::string unit_id;
    std::string user_id;
    std::string device_id;
    std::string action;
    std::string target;
    std::string details;  // canonical JSON object text
    std::string prev_hash;
    std::string hash;
};

// The newest entry, if any.
std::optional<AuditRow> audit_last(ReadTx& tx);
// The recorded head (seq and hash of the newest entry when it was written).
std::optional<std::pair<std::int64_t, std::string>> audit_head(ReadTx& tx);
// Appends `row` (its seq, hashes and all) and moves the head to it.
void audit_insert(WriteTx& tx, const AuditRow& row);
// Entries with seq > after_seq in seq order, at most `limit`; only those of
// `unit_id` unless it is empty.
std::vector<AuditRow> audit_rows(ReadTx& tx, std::string_view unit_id, std::int64_t after_seq,
                                 int limit);

}  // namespace ronde::server

namespace ronde::server {

// Position of a row in a list (keyset pagination): its sort value, then
// its rowid.
struct ListKey {
    std::int64_t sort = 0;
    std::int64_t rowid = 0;
};

struct ListedRecord {
    ListKey key;
    std::string id;
    std::string hlc;
    std::int64_t seq = 0;
    std::string author_id;
    std::string data;  // JSON object text
    // Contacts: their last visit (Unix ms) and number of visits.
    std::optional<std::int64_t> last_visit_ms;
    std::int64_t visit_count = 0;
    // Names joined within the record's unit (never another unit's), for
    // lists that show names without the registry. Visits: the author, the
    // follow-up's assignee and the visited contact (found: a live contact
    // of the unit). Contacts: the referent (found: a user of the unit).
    std::optional<std::string> author_name;
    std::optional<std::string> assignee_name;
    bool contact_found = false;
    std::string contact_organisation;
    std::string contact_person;
    std::string contact_commune;
    std::string contact_category;
    bool referent_found = false;
    std::string referent_username;
    std::string referent_name;
};

// A circle on the ground; distances by the equirectangular approximation
// (exact to well under 1 % within 50 km).
struct Circle {
    double lat = 0;
    double lon = 0;
    double radius_m = 0;
};

// Filters of the visit list and statistics; empty strings and absent
// values do not filter. Every one is ANDed.
struct VisitQuery {
    std::string unit_id;
    std::optional<std::int64_t> from_ms;  // occurred_at >= from
    std::optional<std::int64_t> to_ms;    // occurred_at < to
    std::string commune;                  // the contact's, without case (ASCII)
    std::string category;                 // the contact's
    std::string topic;
    std::string action;
    std::string author_id;
    std::string patrol_id;
    std::string contact_id;
    std::string follow_up;  // "none", "open" or "done"
    std::string assignee_id;
    std::string text_match;  // an FTS5 MATCH expression (see fts_match)
    std::optional<Circle> near;
    // A patrol account's scope (PROTOCOL.md §8): visits since this time,
    // or whose follow-up is open, or was closed since this time.
    std::optional<std::int64_t> patrol_window_ms;
};

// Newest first (occurred_at); with free text, latest arrival on the server
// first. Rows strictly after `after`; at most `limit`.
std::vector<ListedRecord> find_visits(ReadTx& tx, const VisitQuery& q,
                                      const std::optional<ListKey>& after, int limit);

// A condition in SQL text with its parameters, for another reader of the
// same tables (the exports' own connection, store/sqlite_export_source.cpp).
using SqlValue = std::variant<std::int64_t, double, std::string>;
struct SqlCondition {
    std::string sql;  // " AND ..." clauses; parameters ?N numbered from first_param
    std::vector<SqlValue> params;
};

// The filters of `q` on a visit_facts row `f` (the unit's, and every filter
// find_visits applies but the free text), so that an export takes exactly
// the visits the list gives. Meant for a correlated lookup by
// f.record_rowid; free text is the caller's (`record_fts MATCH
// q.text_match`, best as the driving table: checked per row, the match set
// is built again at every execution).
SqlCondition visit_facts_condition(const VisitQuery& q, int first_param);

struct ContactQuery {
    std::string unit_id;
    std::string commune;
    std::string category;
    std::string referent_id;
    std::string text_match;
    std::optional<Circle> near;
    // Contacts to maintain: last visit before this time, or never visited;
    // listed never-visited first, then oldest last visit first.
    std::optional<std::int64_t> stale_before_ms;
};

// In order of arrival on the server (or staleness, see above).
std::vector<ListedRecord> find_contacts(ReadTx& tx, const ContactQuery& q,
                                        const std::optional<ListKey>& after, int limit);

struct PatrolQuery {
    std::string unit_id;
    std::optional<std::int64_t> from_ms;  // started_at >= from
    std::optional<std::int64_t> to_ms;    // started_at < to
    std::string author_id;
    std::string member_id;  // author or member
    std::string mode;
    std::string text_match;
    // A patrol account's scope: patrols of which `member_id` is the author
    // or a member, started since this time.
    std::optional<std::int64_t> patrol_window_ms;
};

// Newest first.
std::vector<ListedRecord> find_patrols(ReadTx& tx, const PatrolQuery& q,
                                       const std::optional<ListKey>& after, int limit);

// A count of visits on one Europe/Paris day (days since 1970-01-01) for one
// dimension: "total" (key ""), "author", "commune", "category", "topic",
// "action".
struct DailyCount {
    std::string dim;
    std::int64_t day = 0;
    std::string key;
    std::int64_t n = 0;
};

// Counts of the unit's visits on days [from_day, to_day]: from the daily
// counters when `q` filters on nothing but the unit, else counted from the
// matching visits; then `q.from_ms`/`to_ms` should be the UTC bounds of
// those days (they let an index bound the period).
std::vector<DailyCount> visit_counts(ReadTx& tx, const VisitQuery& q, std::int64_t from_day,
                                     std::int64_t to_day);

// An FTS5 MATCH expression for free text: every word must start a word of
// the record (case and accents ignored). Empty when `text` has no word.
std::string fts_match(std::string_view text);

}  // namespace ronde::server

namespace ronde::server {

struct ConflictResolution {
    std::int64_t conflict_id = 0;
    std::string unit_id;
    std::int64_t resolved_at_ms = 0;
    std::string user_id;
    std::string device_id;
    std::string choice;  // "kept", "lost" or "value"
    std::string hlc;     // of the change written; "" when none was needed
};

// The unit's conflict log entry `id`, if any.
std::optional<ConflictRecord> conflict_by_id(ReadTx& tx, std::string_view unit_id, std::int64_t id);
std::optional<ConflictResolution> conflict_resolution(ReadTx& tx, std::int64_t conflict_id);
void insert_conflict_resolution(WriteTx& tx, const ConflictResolution& r);

void set_user_password_hash(WriteTx& tx, std::string_view user_id, std::string_view hash);
// Disables the account `user_id` at `at_ms` (and ends the tokens of its
// devices, which stay enrolled and are not revoked), or enables it again
// (`at_ms` none).
void set_user_disabled(WriteTx& tx, std::string_view user_id, std::optional<std::int64_t> at_ms);
// Derives the supervisor tables (migration 0003: visit_facts, visit_codes,
// visit_daily, contact_facts, record_fts) of at most `max_records` records
// noted in derive_queue, and takes them off the queue. Returns how many it
// took: 0 when the tables were up to date.
std::int64_t derive_pending(WriteTx& tx, std::int64_t max_records);
// Whether derive_queue holds anything.
bool derive_queue_pending(ReadTx& tx);

// One account of the team list (GET /api/v1/admin/users).
struct UserListing {
    User user;
    std::optional<std::int64_t> created_at_ms;   // none for accounts older than migration 0006
    std::optional<std::int64_t> disabled_at_ms;  // none when enabled
    // The last authenticated request of any of its devices (push or pull).
    std::optional<std::int64_t> last_seen_ms;
    std::int64_t devices = 0;  // enrolled, revoked ones included
    // Holding a token, not revoked, and seen (or enrolled) at or after
    // `alive_since_ms`: a session the idle timeout has not ended.
    std::int64_t signed_in_devices = 0;
};
// The unit's accounts, by display name (case ignored), then username.
std::vector<UserListing> list_users(ReadTx& tx, std::string_view unit_id,
                                    std::int64_t alive_since_ms);

// One unit of the admin's list (GET /api/v1/admin/units).
struct UnitListing {
    Unit unit;
    std::int64_t users = 0;
    std::int64_t signed_in_devices = 0;  // as for UserListing
};
// Every unit, by code.
std::vector<UnitListing> list_units(ReadTx& tx, std::int64_t alive_since_ms);

// The communes of the unit's live contacts ('' left out), with their number
// of contacts, by name; spellings that differ only in ASCII case count as
// one commune, named by its most used spelling.
std::vector<std::pair<std::string, std::int64_t>> contact_communes(ReadTx& tx,
                                                                   std::string_view unit_id);

// When the device last pushed a batch (Unix ms), if ever.
std::optional<std::int64_t> device_last_push_ms(ReadTx& tx, std::string_view device_id);

}  // namespace ronde::server
