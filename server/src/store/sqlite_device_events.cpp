// SQLite implementation of store/device_events.hpp, on the connection of the
// caller's transaction.
#include "store/device_events.hpp"

#include <sqlite3.h>

#include <string>

namespace ronde::server {
namespace {

sqlite3* connection_of(ReadTx& tx) {
    sqlite3* db = tx.sqlite_connection();
    if (db == nullptr) {
        throw StoreError("the device events need a SQLite store");
    }
    return db;
}

// One statement, finalized on destruction.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
            fail("prepare failed");
        }
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, std::string_view text) {
        check(sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()),
                                SQLITE_TRANSIENT));
        return *this;
    }
    Statement& bind(int i, std::int64_t v) {
        check(sqlite3_bind_int64(stmt_, i, v));
        return *this;
    }
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc != SQLITE_DONE) {
            fail("step failed");
        }
        return false;
    }
    std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }

private:
    [[noreturn]] void fail(std::string_view what) const {
        throw StoreError(std::string(what) + ": " + sqlite3_errmsg(db_));
    }
    void check(int rc) const {
        if (rc != SQLITE_OK) {
            fail("bind failed");
        }
    }

    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace

std::optional<std::int64_t> device_event_entry(ReadTx& tx, std::string_view event_id) {
    Statement s(connection_of(tx), "SELECT audit_seq FROM device_events WHERE event_id = ?1");
    s.bind(1, event_id);
    if (!s.step()) {
        return std::nullopt;
    }
    return s.int64(0);
}

void device_event_insert(WriteTx& tx, std::string_view event_id, std::string_view device_id,
                         std::int64_t audit_seq, std::int64_t received_at_ms) {
    if (!tx.writable()) {
        throw StoreError("write in a read transaction");
    }
    Statement s(connection_of(tx),
                "INSERT INTO device_events (event_id, device_id, audit_seq, received_at_ms) "
                "VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, event_id).bind(2, device_id).bind(3, audit_seq).bind(4, received_at_ms);
    s.step();
}

}  // namespace ronde::server
