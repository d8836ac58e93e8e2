// The SQLite implementation of Store. One writer connection guarded by a
// mutex (a write transaction holds it from begin to commit or rollback), and
// a pool of reader connections (WAL: readers see the last committed snapshot
// and never wait for the writer). Prepared statements are cached per
// connection. The writer runs with synchronous=FULL, so a commit is on disk
// (in the WAL) when commit() returns. The WAL is copied into the database
// file by a checkpointer thread with a connection of its own, not by the
// committing thread (see Checkpointer).
#include "store/migrations.hpp"
#include "store/store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>

namespace ronde::server {
namespace {

constexpr int kBusyTimeoutMs = 10000;

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    std::string msg(what);
    if (db != nullptr) {
        msg += ": ";
        msg += sqlite3_errmsg(db);
    }
    throw StoreError(msg);
}

// A cached prepared statement; reset and unbound by Query when done.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql) : db_(db) {
        if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                               SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK) {
            fail(db, "prepare failed");
        }
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    sqlite3* db() const noexcept { return db_; }
    sqlite3_stmt* get() const noexcept { return stmt_; }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// One use of a Statement: bind, step, read columns; resets on destruction.
class Query {
public:
    explicit Query(Statement& s) : s_(s) {}
    ~Query() {
        sqlite3_reset(s_.get());
        sqlite3_clear_bindings(s_.get());
    }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(int i, std::string_view text) {
        check(sqlite3_bind_text(s_.get(), i, text.data(), static_cast<int>(text.size()),
                                SQLITE_TRANSIENT));
        return *this;
    }
    Query& bind(int i, std::int64_t v) {
        check(sqlite3_bind_int64(s_.get(), i, v));
        return *this;
    }
    Query& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Query& bind(int i, bool v) { return bind(i, static_cast<std::int64_t>(v ? 1 : 0)); }
    Query& bind(int i, const std::optional<std::int64_t>& v) {
        if (v) {
            return bind(i, *v);
        }
        check(sqlite3_bind_null(s_.get(), i));
        return *this;
    }
    Query& bind_null(int i) {
        check(sqlite3_bind_null(s_.get(), i));
        return *this;
    }

    // True when a row is available.
    bool step() {
        const int rc = sqlite3_step(s_.get());
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc == SQLITE_DONE) {
            return false;
        }
        fail(s_.db(), "step failed");
    }
    void run() {
        while (step()) {
        }
    }

    std::string text(int col) const {
        const auto* p = sqlite3_column_text(s_.get(), col);
        const int n = sqlite3_column_bytes(s_.get(), col);
        return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p), n);
    }
    std::int64_t int64(int col) const { return sqlite3_column_int64(s_.get(), col); }
    bool is_null(int col) const { return sqlite3_column_type(s_.get(), col) == SQLITE_NULL; }
    std::optional<std::int64_t> opt_int64(int col) const {
        if (is_null(col)) {
            return std::nullopt;
        }
        return int64(col);
    }

private:
    void check(int rc) {
        if (rc != SQLITE_OK) {
            fail(s_.db(), "bind failed");
        }
    }
    Statement& s_;
};

// Copies the whole database open on `source` to a new file `path` with
// SQLite's online backup (a consistent snapshot while others write).
void copy_database(sqlite3* source, const std::string& path) {
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        std::string msg = "cannot open backup file " + path;
        if (dest != nullptr) {
            msg += std::string(": ") + sqlite3_errmsg(dest);
            sqlite3_close_v2(dest);
        }
        throw StoreError(msg);
    }
    sqlite3_busy_timeout(dest, kBusyTimeoutMs);
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    if (backup == nullptr) {
        const std::string msg = std::string("backup failed: ") + sqlite3_errmsg(dest);
        sqlite3_close_v2(dest);
        throw StoreError(msg);
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finish_rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finish_rc != SQLITE_OK) {
        const std::string msg = std::string("backup failed: ") + sqlite3_errmsg(dest);
        sqlite3_close_v2(dest);
        throw StoreError(msg);
    }
    sqlite3_close_v2(dest);
}

class Connection {
public:
    Connection(const std::string& path, bool writer) {
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
        if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
            std::string msg = "cannot open database " + path;
            if (db_ != nullptr) {
                msg += ": ";
                msg += sqlite3_errmsg(db_);
                sqlite3_close_v2(db_);
            }
            throw StoreError(msg);
        }
        sqlite3_busy_timeout(db_, kBusyTimeoutMs);
        sqlite3_extended_result_codes(db_, 1);
        exec("PRAGMA foreign_keys = ON");
        if (writer) {
            exec("PRAGMA journal_mode = WAL");
            exec("PRAGMA synchronous = FULL");
            exec("PRAGMA cache_size = -16384");  // 16 MiB of page cache for the writer
        }
    }
    ~Connection() {
        statements_.clear();
        sqlite3_close_v2(db_);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* db() const noexcept { return db_; }

    // Runs SQL text without parameters (pragmas, transaction control, DDL).
    void exec(const char* sql) {
        char* err = nullptr;
        if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = std::string("exec failed: ") + (err != nullptr ? err : "");
            sqlite3_free(err);
            throw StoreError(msg);
        }
    }

    Statement& statement(const char* sql) {
        auto it = statements_.find(sql);
        if (it == statements_.end()) {
            it = statements_.emplace(sql, std::make_unique<Statement>(db_, sql)).first;
        }
        return *it->second;
    }

private:
    sqlite3* db_ = nullptr;
    // Keyed by the address of the SQL literal: every query is a constant.
    std::unordered_map<const char*, std::unique_ptr<Statement>> statements_;
};

// Copies committed WAL frames into the database file (a passive checkpoint)
// on a thread and a connection of its own, kCheckpointPause after a commit
// wakes it, so that pushes do not pay for it on their thread and several
// commits share one checkpoint. Under a steady stream of commits the
// background checkpoint seldom catches up completely, and only then may the
// writer start the WAL over: the writer keeps SQLite's automatic checkpoint
// at kWriterCheckpointPages (twice the default) to bound the WAL; it then
// finds most pages already copied. Durability does not depend on any of
// this: a commit is fsynced in the WAL before commit() returns, and a
// checkpoint only moves committed pages (and fsyncs them too).
class Checkpointer {
public:
    static constexpr std::chrono::milliseconds kCheckpointPause{50};
    static constexpr int kWriterCheckpointPages = 2000;  // 8 MB of WAL

    explicit Checkpointer(const std::string& path) : conn_(path, false) {
        conn_.exec("PRAGMA synchronous = FULL");
        thread_ = std::thread([this] { run(); });
    }
    ~Checkpointer() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stop_ = true;
        }
        wake_.notify_one();
        thread_.join();
    }
    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

    // A write transaction committed: checkpoint soon. Any thread.
    void committed() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            pending_ = true;
        }
        wake_.notify_one();
    }

private:
    void run() {
        std::unique_lock<std::mutex> lock(mutex_);
        while (true) {
            wake_.wait(lock, [this] { return pending_ || stop_; });
            if (wake_.wait_for(lock, kCheckpointPause, [this] { return stop_; })) {
                return;  // closing the last connection checkpoints anyway
            }
            pending_ = false;
            lock.unlock();
            // Busy or failed: the next commit asks again.
            sqlite3_wal_checkpoint_v2(conn_.db(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                      nullptr);
            lock.lock();
        }
    }

    Connection conn_;  // used by the thread only, after construction
    std::mutex mutex_;
    std::condition_variable wake_;
    bool pending_ = false;
    bool stop_ = false;
    std::thread thread_;
};

int migration_version(std::string_view file_name) {
    int v = 0;
    const auto [p, ec] = std::from_chars(file_name.data(), file_name.data() + file_name.size(), v);
    if (ec != std::errc() || p == file_name.data() || v <= 0) {
        throw StoreError("migration file without a leading number: " + std::string(file_name));
    }
    return v;
}

Entity entity_from(const std::string& text) {
    const auto e = parse_enum<Entity>(text);
    if (!e) {
        throw StoreError("unknown entity in database: " + text);
    }
    return *e;
}

Role role_from(const std::string& text) {
    const auto r = parse_enum<Role>(text);
    if (!r) {
        throw StoreError("unknown role in database: " + text);
    }
    return *r;
}

Timestamp ts(std::int64_t ms) {
    return Timestamp{std::chrono::milliseconds{ms}};
}
std::int64_t ms_of(Timestamp t) {
    return t.time_since_epoch().count();
}
std::optional<Timestamp> opt_ts(const std::optional<std::int64_t>& ms) {
    if (ms) {
        return ts(*ms);
    }
    return std::nullopt;
}
std::optional<std::int64_t> opt_ms(const std::optional<Timestamp>& t) {
    if (t) {
        return ms_of(*t);
    }
    return std::nullopt;
}

UserRecord read_user(const Query& q) {
    UserRecord u;
    u.user.id = q.text(0);
    u.user.unit_id = q.text(1);
    u.user.username = q.text(2);
    u.user.display_name = q.text(3);
    u.user.role = role_from(q.text(4));
    u.password_hash = q.text(5);
    if (!q.is_null(6)) {
        u.disabled_at_ms = q.int64(6);
    }
    return u;
}

DeviceRecord read_device(const Query& q) {
    DeviceRecord d;
    d.device.id = q.text(0);
    d.device.user_id = q.text(1);
    d.device.name = q.text(2);
    d.token_hash = q.text(3);
    d.device.enrolled_at = ts(q.int64(4));
    d.device.last_seen_at = opt_ts(q.opt_int64(5));
    d.device.revoked_at = opt_ts(q.opt_int64(6));
    return d;
}

std::string members_text(const std::vector<std::string>& members) {
    if (members.empty()) {
        return {};
    }
    std::string out = ",";
    for (const auto& m : members) {
        out += m;
        out += ',';
    }
    return out;
}

std::vector<std::string> members_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 1;
    while (start < text.size()) {
        const std::size_t end = text.find(',', start);
        if (end == std::string::npos) {
            break;
        }
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

RecordRow read_record(const Query& q) {
    RecordRow r;
    r.id = q.text(0);
    r.unit_id = q.text(1);
    r.entity = entity_from(q.text(2));
    r.author_id = q.text(3);
    r.device_id = q.text(4);
    r.hlc = q.text(5);
    r.deleted = q.int64(6) != 0;
    r.data = q.text(7);
    r.versions = q.text(8);
    r.seq = q.int64(9);
    r.occurred_at_ms = q.opt_int64(10);
    r.open_follow_up = q.int64(11) != 0;
    r.closed_at_ms = q.opt_int64(12);
    r.members = members_of(q.text(13));
    return r;
}

ConflictRecord read_conflict(const Query& q) {
    ConflictRecord c;
    c.id = q.int64(0);
    c.unit_id = q.text(1);
    c.entity = entity_from(q.text(2));
    c.record_id = q.text(3);
    c.field = q.text(4);
    c.reason = q.text(5);
    c.kept_value = q.text(6);
    c.kept_hlc = q.text(7);
    c.kept_user_id = q.text(8);
    c.kept_device_id = q.text(9);
    c.lost_value = q.text(10);
    c.lost_hlc = q.text(11);
    c.lost_user_id = q.text(12);
    c.lost_device_id = q.text(13);
    c.at_ms = q.int64(14);
    return c;
}

// The SQL of every query, as constants (the statement cache is keyed by
// their addresses).
constexpr const char* kUnitById = "SELECT id, code, name FROM units WHERE id = ?1";
constexpr const char* kUnitByCode = "SELECT id, code, name FROM units WHERE code = ?1";
constexpr const char* kUnits = "SELECT id, code, name FROM units ORDER BY code";
constexpr const char* kUserById =
    "SELECT id, unit_id, username, display_name, role, password_hash, disabled_at_ms FROM users "
    "WHERE id = ?1";
constexpr const char* kUserByName =
    "SELECT id, unit_id, username, display_name, role, password_hash, disabled_at_ms FROM users "
    "WHERE username = ?1";
constexpr const char* kUsersOfUnit =
    "SELECT id, unit_id, username, display_name, role, password_hash, disabled_at_ms FROM users "
    "WHERE unit_id = ?1 ORDER BY username";
constexpr const char* kDeviceById =
    "SELECT id, user_id, name, token_hash, enrolled_at_ms, last_seen_at_ms, revoked_at_ms "
    "FROM devices WHERE id = ?1";
constexpr const char* kDeviceByToken =
    "SELECT id, user_id, name, token_hash, enrolled_at_ms, last_seen_at_ms, revoked_at_ms "
    "FROM devices WHERE token_hash = ?1";
constexpr const char* kDevicesOfUnit =
    "SELECT d.id, d.user_id, d.name, d.token_hash, d.enrolled_at_ms, d.last_seen_at_ms, "
    "d.revoked_at_ms FROM devices d JOIN users u ON u.id = d.user_id WHERE u.unit_id = ?1 "
    "ORDER BY d.enrolled_at_ms, d.id";
#define RONDE_RECORD_COLUMNS                                                         \
    "id, unit_id, entity, author_id, device_id, hlc, deleted, data, versions, seq, " \
    "occurred_at_ms, open_follow_up, closed_at_ms, members"
constexpr const char* kRecord = "SELECT " RONDE_RECORD_COLUMNS " FROM records WHERE id = ?1";
constexpr const char* kRecordsSinceAll = "SELECT " RONDE_RECORD_COLUMNS
                                         " FROM records WHERE unit_id = ?1 AND seq > ?2 "
                                         "ORDER BY seq LIMIT ?3";
constexpr const char* kRecordsSinceScoped =
    "SELECT " RONDE_RECORD_COLUMNS
    " FROM records WHERE unit_id = ?1 AND seq > ?2 AND ("
    " deleted = 1 OR entity = 'contact'"
    " OR (entity = 'visit' AND (occurred_at_ms >= ?4 OR open_follow_up = 1"
    "     OR closed_at_ms >= ?4))"
    " OR (entity = 'patrol' AND occurred_at_ms >= ?4"
    "     AND (author_id = ?5 OR instr(members, ?6) > 0))"
    ") ORDER BY seq LIMIT ?3";
constexpr const char* kChangeAccepted = "SELECT 1 FROM accepted_changes WHERE id = ?1 AND hlc = ?2";
constexpr const char* kDevicePulled = "SELECT pulled_seq FROM device_cursors WHERE device_id = ?1";
constexpr const char* kCurrentSeq = "SELECT last_seq FROM units WHERE id = ?1";
constexpr const char* kCountLive =
    "SELECT count(*) FROM records WHERE unit_id = ?1 AND entity = ?2 AND deleted = 0";
constexpr const char* kCountAll = "SELECT count(*) FROM records WHERE unit_id = ?1 AND entity = ?2";
constexpr const char* kBatch =
    "SELECT batch_id, unit_id, device_id, user_id, digest, response, created_at_ms "
    "FROM push_batches WHERE batch_id = ?1";
constexpr const char* kConflicts =
    "SELECT id, unit_id, entity, record_id, field, reason, kept_value, kept_hlc, kept_user_id, "
    "kept_device_id, lost_value, lost_hlc, lost_user_id, lost_device_id, at_ms FROM conflicts "
    "WHERE unit_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3";

constexpr const char* kInsertUnit = "INSERT INTO units (id, code, name) VALUES (?1, ?2, ?3)";
constexpr const char* kInsertUser =
    "INSERT INTO users (id, unit_id, username, display_name, role, password_hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr const char* kPutDevice =
    "INSERT INTO devices (id, user_id, name, token_hash, enrolled_at_ms, last_seen_at_ms, "
    "revoked_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO UPDATE SET "
    "user_id = excluded.user_id, name = excluded.name, token_hash = excluded.token_hash, "
    "enrolled_at_ms = excluded.enrolled_at_ms, last_seen_at_ms = excluded.last_seen_at_ms, "
    "revoked_at_ms = excluded.revoked_at_ms";
constexpr const char* kDeviceLastSeen = "UPDATE devices SET last_seen_at_ms = ?2 WHERE id = ?1";
constexpr const char* kDeviceToken = "UPDATE devices SET token_hash = ?2 WHERE id = ?1";
constexpr const char* kDeviceRevoke =
    "UPDATE devices SET revoked_at_ms = coalesce(revoked_at_ms, ?2) WHERE id = ?1";
constexpr const char* kSetSeq = "UPDATE units SET last_seq = ?2 WHERE id = ?1";
constexpr const char* kPutRecord =
    "INSERT INTO records (" RONDE_RECORD_COLUMNS
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
    "ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, entity = excluded.entity, "
    "author_id = excluded.author_id, device_id = excluded.device_id, hlc = excluded.hlc, "
    "deleted = excluded.deleted, data = excluded.data, versions = excluded.versions, "
    "seq = excluded.seq, occurred_at_ms = excluded.occurred_at_ms, "
    "open_follow_up = excluded.open_follow_up, closed_at_ms = excluded.closed_at_ms, "
    "members = excluded.members";
constexpr const char* kMarkAccepted =
    "INSERT OR IGNORE INTO accepted_changes (id, hlc) VALUES (?1, ?2)";
constexpr const char* kRaisePulled =
    "INSERT INTO device_cursors (device_id, pulled_seq) VALUES (?1, ?2) "
    "ON CONFLICT (device_id) DO UPDATE SET pulled_seq = max(pulled_seq, excluded.pulled_seq)";
#undef RONDE_RECORD_COLUMNS
constexpr const char* kInsertBatch =
    "INSERT INTO push_batches (batch_id, unit_id, device_id, user_id, digest, response, "
    "created_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
constexpr const char* kPruneBatches =
    "DELETE FROM push_batches WHERE rowid IN (SELECT rowid FROM push_batches "
    "WHERE created_at_ms < ?1 ORDER BY created_at_ms LIMIT ?2)";
constexpr const char* kInsertConflict =
    "INSERT INTO conflicts (unit_id, entity, record_id, field, reason, kept_value, kept_hlc, "
    "kept_user_id, kept_device_id, lost_value, lost_hlc, lost_user_id, lost_device_id, at_ms) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

class SqliteStore;

// A read or write transaction on one connection. A read transaction holds a
// pooled reader connection; a write transaction holds the writer connection
// and its mutex.
class SqliteTx final : public WriteTx {
public:
    SqliteTx(SqliteStore& store, Connection* conn, std::unique_lock<std::mutex> writer_lock);
    ~SqliteTx() override;

    std::optional<Unit> unit_by_id(std::string_view id) override {
        return unit_query(kUnitById, id);
    }
    std::optional<Unit> unit_by_code(std::string_view code) override {
        return unit_query(kUnitByCode, code);
    }
    std::vector<Unit> units() override {
        Query q(conn_->statement(kUnits));
        std::vector<Unit> out;
        while (q.step()) {
            out.push_back(Unit{q.text(0), q.text(1), q.text(2)});
        }
        return out;
    }
    std::optional<UserRecord> user_by_id(std::string_view id) override {
        Query q(conn_->statement(kUserById));
        q.bind(1, id);
        if (!q.step()) {
            return std::nullopt;
        }
        return read_user(q);
    }
    std::optional<UserRecord> user_by_username(std::string_view username) override {
        Query q(conn_->statement(kUserByName));
        q.bind(1, username);
        if (!q.step()) {
            return std::nullopt;
        }
        return read_user(q);
    }
    std::vector<User> users_of_unit(std::string_view unit_id) override {
        Query q(conn_->statement(kUsersOfUnit));
        q.bind(1, unit_id);
        std::vector<User> out;
        while (q.step()) {
            out.push_back(read_user(q).user);
        }
        return out;
    }
    std::optional<DeviceRecord> device_by_id(std::string_view id) override {
        Query q(conn_->statement(kDeviceById));
        q.bind(1, id);
        if (!q.step()) {
            return std::nullopt;
        }
        return read_device(q);
    }
    std::optional<DeviceRecord> device_by_token_hash(std::string_view token_hash) override {
        Query q(conn_->statement(kDeviceByToken));
        q.bind(1, token_hash);
        if (!q.step()) {
            return std::nullopt;
        }
        return read_device(q);
    }
    std::vector<DeviceRecord> devices_of_unit(std::string_view unit_id) override {
        Query q(conn_->statement(kDevicesOfUnit));
        q.bind(1, unit_id);
        std::vector<DeviceRecord> out;
        while (q.step()) {
            out.push_back(read_device(q));
        }
        return out;
    }

    std::optional<RecordRow> record_by_id(std::string_view id) override {
        Query q(conn_->statement(kRecord));
        q.bind(1, id);
        if (!q.step()) {
            return std::nullopt;
        }
        return read_record(q);
    }
    bool change_accepted(std::string_view id, std::string_view hlc) override {
        Query q(conn_->statement(kChangeAccepted));
        q.bind(1, id).bind(2, hlc);
        return q.step();
    }
    std::int64_t device_pulled_seq(std::string_view device_id) override {
        Query q(conn_->statement(kDevicePulled));
        q.bind(1, device_id);
        return q.step() ? q.int64(0) : 0;
    }
    std::vector<RecordRow> records_since(std::string_view unit_id, std::int64_t since, int limit,
                                         const PullScope& scope) override {
        Query q(conn_->statement(scope.whole_unit ? kRecordsSinceAll : kRecordsSinceScoped));
        q.bind(1, unit_id).bind(2, since).bind(3, limit);
        if (!scope.whole_unit) {
            q.bind(4, scope.window_start_ms)
                .bind(5, std::string_view(scope.user_id))
                .bind(6, "," + scope.user_id + ",");
        }
        std::vector<RecordRow> out;
        out.reserve(static_cast<std::size_t>(limit > 0 ? limit : 0));
        while (q.step()) {
            out.push_back(read_record(q));
        }
        return out;
    }
    std::int64_t current_seq(std::string_view unit_id) override {
        if (seq_taken_ && unit_id == seq_unit_) {
            return seq_last_;
        }
        Query q(conn_->statement(kCurrentSeq));
        q.bind(1, unit_id);
        return q.step() ? q.int64(0) : 0;
    }
    std::int64_t count_records(std::string_view unit_id, Entity entity,
                               bool include_deleted) override {
        Query q(conn_->statement(include_deleted ? kCountAll : kCountLive));
        q.bind(1, unit_id).bind(2, code(entity));
        return q.step() ? q.int64(0) : 0;
    }
    std::optional<BatchRecord> batch(std::string_view batch_id) override {
        Query q(conn_->statement(kBatch));
        q.bind(1, batch_id);
        if (!q.step()) {
            return std::nullopt;
        }
        return BatchRecord{q.text(0), q.text(1), q.text(2), q.text(3),
                           q.text(4), q.text(5), q.int64(6)};
    }
    std::vector<ConflictRecord> conflicts(std::string_view unit_id, std::int64_t after_id,
                                          int limit) override {
        Query q(conn_->statement(kConflicts));
        q.bind(1, unit_id).bind(2, after_id).bind(3, limit);
        std::vector<ConflictRecord> out;
        while (q.step()) {
            out.push_back(read_conflict(q));
        }
        return out;
    }

    void insert_unit(const Unit& unit) override {
        Query q(writer_statement(kInsertUnit));
        q.bind(1, unit.id).bind(2, unit.code).bind(3, unit.name).run();
    }
    void insert_user(const UserRecord& u) override {
        Query q(writer_statement(kInsertUser));
        q.bind(1, u.user.id)
            .bind(2, u.user.unit_id)
            .bind(3, u.user.username)
            .bind(4, u.user.display_name)
            .bind(5, code(u.user.role))
            .bind(6, u.password_hash)
            .run();
    }
    void put_device(const DeviceRecord& d) override {
        Query q(writer_statement(kPutDevice));
        q.bind(1, d.device.id).bind(2, d.device.user_id).bind(3, d.device.name);
        if (d.token_hash.empty()) {
            q.bind_null(4);
        } else {
            q.bind(4, d.token_hash);
        }
        q.bind(5, ms_of(d.device.enrolled_at))
            .bind(6, opt_ms(d.device.last_seen_at))
            .bind(7, opt_ms(d.device.revoked_at))
            .run();
    }
    void set_device_last_seen(std::string_view device_id, std::int64_t at_ms) override {
        Query q(writer_statement(kDeviceLastSeen));
        q.bind(1, device_id).bind(2, at_ms).run();
    }
    void set_device_token(std::string_view device_id, std::string_view token_hash) override {
        Query q(writer_statement(kDeviceToken));
        q.bind(1, device_id);
        if (token_hash.empty()) {
            q.bind_null(2);
        } else {
            q.bind(2, token_hash);
        }
        q.run();
    }
    void revoke_device(std::string_view device_id, std::int64_t at_ms) override {
        Query q(writer_statement(kDeviceRevoke));
        q.bind(1, device_id).bind(2, at_ms).run();
    }
    // The unit's counter is read once per transaction and written back at
    // commit (one UPDATE per push instead of one per change).
    std::int64_t next_seq(std::string_view unit_id) override {
        if (!seq_taken_ || unit_id != seq_unit_) {
            store_seq();
            Query q(writer_statement(kCurrentSeq));
            q.bind(1, unit_id);
            if (!q.step()) {
                throw StoreError("next_seq: unknown unit " + std::string(unit_id));
            }
            seq_unit_ = unit_id;
            seq_last_ = q.int64(0);
            seq_taken_ = true;
        }
        seq_dirty_ = true;
        return ++seq_last_;
    }
    void put_record(const RecordRow& row) override {
        Query q(writer_statement(kPutRecord));
        q.bind(1, row.id)
            .bind(2, row.unit_id)
            .bind(3, code(row.entity))
            .bind(4, row.author_id)
            .bind(5, row.device_id)
            .bind(6, row.hlc)
            .bind(7, row.deleted)
            .bind(8, row.data)
            .bind(9, row.versions)
            .bind(10, row.seq)
            .bind(11, row.occurred_at_ms)
            .bind(12, row.open_follow_up)
            .bind(13, row.closed_at_ms)
            .bind(14, members_text(row.members))
            .run();
    }
    void mark_change_accepted(std::string_view id, std::string_view hlc) override {
        Query q(writer_statement(kMarkAccepted));
        q.bind(1, id).bind(2, hlc).run();
    }
    void raise_device_pulled_seq(std::string_view device_id, std::int64_t seq) override {
        Query q(writer_statement(kRaisePulled));
        q.bind(1, device_id).bind(2, seq).run();
    }
    void insert_batch(const BatchRecord& b) override {
        Query q(writer_statement(kInsertBatch));
        q.bind(1, b.batch_id)
            .bind(2, b.unit_id)
            .bind(3, b.device_id)
            .bind(4, b.user_id)
            .bind(5, b.digest)
            .bind(6, b.response)
            .bind(7, b.created_at_ms)
            .run();
    }
    std::size_t prune_batches(std::int64_t before_ms, std::size_t limit) override {
        Query q(writer_statement(kPruneBatches));
        q.bind(1, before_ms).bind(2, static_cast<std::int64_t>(limit)).run();
        return static_cast<std::size_t>(sqlite3_changes(conn_->db()));
    }
    void insert_conflict(const ConflictRecord& c) override {
        Query q(writer_statement(kInsertConflict));
        q.bind(1, c.unit_id)
            .bind(2, code(c.entity))
            .bind(3, c.record_id)
            .bind(4, c.field)
            .bind(5, c.reason)
            .bind(6, c.kept_value)
            .bind(7, c.kept_hlc)
            .bind(8, c.kept_user_id)
            .bind(9, c.kept_device_id)
            .bind(10, c.lost_value)
            .bind(11, c.lost_hlc)
            .bind(12, c.lost_user_id)
            .bind(13, c.lost_device_id)
            .bind(14, c.at_ms)
            .run();
    }
    sqlite3* sqlite_connection() noexcept override { return conn_->db(); }
    bool writable() const noexcept override { return writer_lock_.owns_lock(); }

    void commit() override {
        if (done_) {
            throw StoreError("transaction already finished");
        }
        store_seq();
        conn_->exec("COMMIT");
        done_ = true;
        if (writer_lock_.owns_lock()) {
            committed();
        }
    }

private:
    void committed();
    std::optional<Unit> unit_query(const char* sql, std::string_view key) {
        Query q(conn_->statement(sql));
        q.bind(1, key);
        if (!q.step()) {
            return std::nullopt;
        }
        return Unit{q.text(0), q.text(1), q.text(2)};
    }
    void store_seq() {
        if (seq_dirty_) {
            Query q(writer_statement(kSetSeq));
            q.bind(1, std::string_view(seq_unit_)).bind(2, seq_last_).run();
            seq_dirty_ = false;
        }
    }
    Statement& writer_statement(const char* sql) {
        if (!writer_lock_.owns_lock()) {
            throw StoreError("write in a read transaction");
        }
        return conn_->statement(sql);
    }

    SqliteStore& store_;
    Connection* conn_;
    std::unique_lock<std::mutex> writer_lock_;
    bool done_ = false;
    // The sequence counter taken by next_seq, not yet written to units.
    std::string seq_unit_;
    std::int64_t seq_last_ = 0;
    bool seq_taken_ = false;
    bool seq_dirty_ = false;
};

class SqliteStore final : public Store {
public:
    explicit SqliteStore(std::string path) : path_(std::move(path)) {
        writer_ = std::make_unique<Connection>(path_, true);
        migrate();
        writer_->exec(
            ("PRAGMA wal_autocheckpoint = " + std::to_string(Checkpointer::kWriterCheckpointPages))
                .c_str());
        checkpointer_ = std::make_unique<Checkpointer>(path_);
    }

    std::unique_ptr<ReadTx> begin_read() override {
        Connection* conn = acquire_reader();
        try {
            conn->exec("BEGIN");
            return std::make_unique<SqliteTx>(*this, conn, std::unique_lock<std::mutex>());
        } catch (...) {
            release_reader(conn);
            throw;
        }
    }

    std::unique_ptr<WriteTx> begin_write() override {
        std::unique_lock<std::mutex> lock(writer_mutex_);
        writer_->exec("BEGIN IMMEDIATE");
        return std::make_unique<SqliteTx>(*this, writer_.get(), std::move(lock));
    }

    int schema_version() override {
        std::lock_guard<std::mutex> lock(writer_mutex_);
        return user_version(*writer_);
    }

    void backup_to(const std::string& path) override {
        Connection source(path_, false);
        copy_database(source.db(), path);
    }

    void committed() { checkpointer_->committed(); }

    void release_reader(Connection* conn) {
        std::lock_guard<std::mutex> lock(readers_mutex_);
        idle_readers_.push_back(conn);
    }

private:
    Connection* acquire_reader() {
        std::lock_guard<std::mutex> lock(readers_mutex_);
        if (!idle_readers_.empty()) {
            Connection* c = idle_readers_.back();
            idle_readers_.pop_back();
            return c;
        }
        readers_.push_back(std::make_unique<Connection>(path_, false));
        return readers_.back().get();
    }

    static int user_version(Connection& conn) {
        Query q(conn.statement("PRAGMA user_version"));
        return q.step() ? static_cast<int>(q.int64(0)) : 0;
    }

    void migrate() {
        const int current = user_version(*writer_);
        for (const MigrationSource& m : migration_sources()) {
            const int version = migration_version(m.file_name);
            if (version <= current) {
                continue;
            }
            writer_->exec("BEGIN IMMEDIATE");
            try {
                const std::string sql(m.sql);
                writer_->exec(sql.c_str());
                // PRAGMA takes no parameters; the version is a number we own.
                const std::string pragma = "PRAGMA user_version = " + std::to_string(version);
                writer_->exec(pragma.c_str());
                writer_->exec("COMMIT");
            } catch (const StoreError& e) {
                writer_->exec("ROLLBACK");
                throw StoreError("migration " + std::string(m.file_name) + " failed: " + e.what());
            }
        }
    }

    std::string path_;
    std::mutex writer_mutex_;
    std::unique_ptr<Connection> writer_;
    std::mutex readers_mutex_;
    std::vector<std::unique_ptr<Connection>> readers_;
    std::vector<Connection*> idle_readers_;
    std::unique_ptr<Checkpointer> checkpointer_;  // stopped before the connections close
};

void SqliteTx::committed() {
    store_.committed();
}

SqliteTx::SqliteTx(SqliteStore& store, Connection* conn, std::unique_lock<std::mutex> writer_lock)
    : store_(store), conn_(conn), writer_lock_(std::move(writer_lock)) {}

SqliteTx::~SqliteTx() {
    if (!done_) {
        try {
            conn_->exec(writer_lock_.owns_lock() ? "ROLLBACK" : "COMMIT");
        } catch (...) {  // NOLINT: a destructor must not throw; SQLite rolls back itself
        }
    }
    if (!writer_lock_.owns_lock()) {
        store_.release_reader(conn_);
    }
}

}  // namespace

int latest_schema_version() {
    int v = 0;
    for (const MigrationSource& m : migration_sources()) {
        v = std::max(v, migration_version(m.file_name));
    }
    return v;
}

std::unique_ptr<Store> open_sqlite_store(const std::string& path) {
    return std::make_unique<SqliteStore>(path);
}

void copy_backup(const std::string& from, const std::string& to) {
    sqlite3* source = nullptr;
    const auto fail = [&source](const std::string& why) {
        sqlite3_close_v2(source);
        throw StoreError(why);
    };
    if (sqlite3_open_v2(from.c_str(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        fail("cannot open " + from + ": " +
             (source != nullptr ? sqlite3_errmsg(source) : "out of memory"));
    }
    sqlite3_busy_timeout(source, kBusyTimeoutMs);
    const auto single_text = [&](const char* sql) -> std::optional<std::string> {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(source, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            return std::nullopt;
        }
        std::optional<std::string> value;
        if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
            value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        }
        sqlite3_finalize(stmt);
        return value;
    };
    const std::optional<std::string> check = single_text("PRAGMA quick_check");
    if (!check) {
        fail(from + " is not a SQLite database");
    }
    if (*check != "ok") {
        fail(from + " is damaged: " + *check);
    }
    const int version = std::stoi(single_text("PRAGMA user_version").value_or("0"));
    if (version < 1 || !single_text("SELECT name FROM sqlite_master WHERE name = 'audit_log'")) {
        fail(from + " is not a ronde-server database");
    }
    if (version > latest_schema_version()) {
        fail(from + " was written by a newer ronde-server (schema " + std::to_string(version) +
             "; this one knows " + std::to_string(latest_schema_version()) + ")");
    }
    try {
        copy_database(source, to);
    } catch (const StoreError& e) {
        fail(e.what());
    }
    sqlite3_close_v2(source);
}

}  // namespace ronde::server
