// Storage of the server behind an interface: the repository layer. Services
// hold the rules; the store only reads and writes rows. SQLite today
// (sqlite_store.cpp); another engine (PostgreSQL) can be added by
// implementing Store, ReadTx and WriteTx.
//
// Every access goes through a transaction object:
//   - begin_read(): a consistent snapshot; any number at once, from any
//     thread;
//   - begin_write(): the one writer; callers queue. Rolls back when destroyed
//     without commit() (RAII). A committed write is durable (fsync) before
//     commit() returns.
// A transaction object is used by one thread at a time. Store methods throw
// StoreError on an engine failure; services turn that into an "internal"
// error.
#pragma once

#include "ronde/domain.hpp"
#include "ronde/enums.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace ronde::server {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct UserRecord {
    User user;
    std::string password_hash;                   // Argon2id encoded string
    std::optional<std::int64_t> disabled_at_ms;  // when disabled (Unix ms); none when enabled
};

struct DeviceRecord {
    Device device;
    std::string token_hash;  // SHA-256 hex of the current token; empty when none
};

// The latest version of one synced record. Ids are global: one row per id.
// Every stored change replaces the row and gives it the next sequence
// number of its unit.
struct RecordRow {
    std::string unit_id;
    Entity entity = Entity::contact;
    std::string id;
    std::string author_id;  // the user who created it (owner of visits and patrols)
    std::string device_id;  // the device of the last accepted write
    std::string hlc;        // version on the wire: the greatest of its units of merge
    bool deleted = false;
    std::string data;  // JSON object text; "{}" for a tombstone
    // The versions of its units of merge (a contact key; "body" and
    // "follow_up" of a visit; "body" of a patrol; "deleted" of a tombstone):
    // JSON {"v": [[hlc, user id, device id, seq], ...], "k": {unit: index}}.
    // Owned by SyncService; the store keeps it as text.
    std::string versions = "{}";
    std::int64_t seq = 0;  // from WriteTx::next_seq
    // Scope columns for patrol pulls: visit occurred_at / patrol started_at
    // (Unix ms); whether a visit's follow-up is needed and open, when it was
    // closed; a patrol's members.
    std::optional<std::int64_t> occurred_at_ms;
    bool open_follow_up = false;
    std::optional<std::int64_t> closed_at_ms;
    std::vector<std::string> members;
};

// What a pull may see. whole_unit: supervisors. Otherwise (patrols,
// PROTOCOL.md §8): the unit's contacts; visits that occurred at or after
// window_start_ms, or whose follow-up is open or was closed at or after it;
// patrols started at or after window_start_ms of which user_id is the author
// or a member; and every tombstone.
struct PullScope {
    bool whole_unit = true;
    std::string user_id;
    std::int64_t window_start_ms = 0;
};

// A push batch as answered: a replay with the same device and digest gets
// `response` back byte for byte.
struct BatchRecord {
    std::string batch_id;
    std::string unit_id;
    std::string device_id;
    std::string user_id;
    std::string digest;    // SHA-256 hex of the request's changes
    std::string response;  // the response body text
    std::int64_t created_at_ms = 0;
};

// One value that lost a merge, for supervisors (PROTOCOL.md §7.6).
//   reason "concurrent_edit": two different values of one unit of merge
//          from different devices, the losing device not having pulled the
//          other value; "edit_after_delete": an edit of a deleted record, or
//          a version newer than the delete that removed it.
struct ConflictRecord {
    std::int64_t id = 0;  // set by the store
    std::string unit_id;
    Entity entity = Entity::contact;
    std::string record_id;
    std::string field;  // contact key, "follow_up", or "" for the whole record
    std::string reason;
    std::string kept_value;  // JSON text ("null" for a tombstone)
    std::string kept_hlc;
    std::string kept_user_id;
    std::string kept_device_id;
    std::string lost_value;  // JSON text
    std::string lost_hlc;
    std::string lost_user_id;
    std::string lost_device_id;
    std::int64_t at_ms = 0;
};

class ReadTx {
public:
    virtual ~ReadTx() = default;
    ReadTx() = default;
    ReadTx(const ReadTx&) = delete;
    ReadTx& operator=(const ReadTx&) = delete;

    virtual std::optional<Unit> unit_by_id(std::string_view id) = 0;
    virtual std::optional<Unit> unit_by_code(std::string_view code) = 0;
    virtual std::vector<Unit> units() = 0;
    virtual std::optional<UserRecord> user_by_id(std::string_view id) = 0;
    virtual std::optional<UserRecord> user_by_username(std::string_view username) = 0;
    virtual std::vector<User> users_of_unit(std::string_view unit_id) = 0;
    virtual std::optional<DeviceRecord> device_by_id(std::string_view id) = 0;
    virtual std::optional<DeviceRecord> device_by_token_hash(std::string_view token_hash) = 0;
    virtual std::vector<DeviceRecord> devices_of_unit(std::string_view unit_id) = 0;

    virtual std::optional<RecordRow> record_by_id(std::string_view id) = 0;
    // The record when it belongs to this unit and entity.
    std::optional<RecordRow> record(std::string_view unit_id, Entity entity, std::string_view id) {
        auto row = record_by_id(id);
        if (row && (row->unit_id != unit_id || row->entity != entity)) {
            return std::nullopt;
        }
        return row;
    }
    // Records of the unit with seq > since that `scope` lets through, in seq
    // order, at most `limit`.
    virtual std::vector<RecordRow> records_since(std::string_view unit_id, std::int64_t since,
                                                 int limit, const PullScope& scope) = 0;
    // The unit's last sequence number (0 when nothing was stored).
    virtual std::int64_t current_seq(std::string_view unit_id) = 0;
    virtual std::int64_t count_records(std::string_view unit_id, Entity entity,
                                       bool include_deleted) = 0;

    // Whether a change (id, hlc) was accepted before.
    virtual bool change_accepted(std::string_view id, std::string_view hlc) = 0;
    // The highest pull cursor served to the device (0 when none).
    virtual std::int64_t device_pulled_seq(std::string_view device_id) = 0;

    virtual std::optional<BatchRecord> batch(std::string_view batch_id) = 0;
    // Conflicts of the unit with id > after_id, oldest first.
    virtual std::vector<ConflictRecord> conflicts(std::string_view unit_id, std::int64_t after_id,
                                                  int limit) = 0;

    // The SQLite connection this transaction runs on, for the repositories
    // of store/queries.hpp (store/sqlite_queries.cpp); nullptr on another
    // engine. Valid until the transaction ends; used by its thread only.
    virtual sqlite3* sqlite_connection() noexcept { return nullptr; }
    // Whether this is a write transaction.
    virtual bool writable() const noexcept { return false; }
};

class WriteTx : public ReadTx {
public:
    // Fails (StoreError) on a duplicate id, code or username: check first.
    virtual void insert_unit(const Unit& unit) = 0;
    virtual void insert_user(const UserRecord& user) = 0;
    // Inserts or replaces the device (owner, name, token hash, times).
    virtual void put_device(const DeviceRecord& device) = 0;
    virtual void set_device_last_seen(std::string_view device_id, std::int64_t at_ms) = 0;
    virtual void set_device_token(std::string_view device_id, std::string_view token_hash) = 0;
    virtual void revoke_device(std::string_view device_id, std::int64_t at_ms) = 0;

    // Takes the unit's next sequence number (strictly increasing, never
    // reused once committed).
    virtual std::int64_t next_seq(std::string_view unit_id) = 0;
    // Inserts or replaces the record with its id, with row.seq as given.
    virtual void put_record(const RecordRow& row) = 0;
    virtual void mark_change_accepted(std::string_view id, std::string_view hlc) = 0;
    // Raises the device's served cursor to `seq` (never lowers it).
    virtual void raise_device_pulled_seq(std::string_view device_id, std::int64_t seq) = 0;
    virtual void insert_batch(const BatchRecord& batch) = 0;
    // Deletes at most `limit` stored batch answers created before
    // `before_ms`, oldest first; returns how many were deleted.
    virtual std::size_t prune_batches(std::int64_t before_ms, std::size_t limit) = 0;
    virtual void insert_conflict(const ConflictRecord& conflict) = 0;

    // Makes the transaction durable. Without it, destruction rolls back.
    virtual void commit() = 0;
};

class Store {
public:
    virtual ~Store() = default;

    virtual std::unique_ptr<ReadTx> begin_read() = 0;
    // Blocks while another write transaction is open.
    virtual std::unique_ptr<WriteTx> begin_write() = 0;

    // The schema version (number of the last applied migration).
    virtual int schema_version() = 0;
    // A consistent copy of the whole database to `path` while it is in use.
    virtual void backup_to(const std::string& path) = 0;
};

// Opens (creating when needed) the SQLite database at `path` in WAL mode and
// applies every pending migration. Throws std::runtime_error on failure.
std::unique_ptr<Store> open_sqlite_store(const std::string& path);

// The number of the newest migration this build knows.
int latest_schema_version();

// Copies the database file `from` (a backup; opened read-only, never
// changed) to the new file `to`, after checking that it is an intact
// ronde-server database no newer than this build. Throws StoreError saying
// why not. The copy is migrated when it is next opened.
void copy_backup(const std::string& from, const std::string& to);

}  // namespace ronde::server
