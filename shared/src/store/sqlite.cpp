#include "sqlite.hpp"

#include <string>

namespace ronde::store {

// Lets the store's internals build transactions.
struct TransactionAccess {
    static Transaction make(sqlite3* db, bool nested) noexcept { return Transaction(db, nested); }
};

Transaction::Transaction(Transaction&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), nested_(other.nested_) {}

Transaction::~Transaction() {
    rollback();
}

void Transaction::rollback() noexcept {
    if (db_ == nullptr) {
        return;
    }
    // The statements of the failed work are reset by their owners first.
    if (nested_) {
        sqlite3_exec(db_, "ROLLBACK TO ronde_tx; RELEASE ronde_tx", nullptr, nullptr, nullptr);
    } else if (sqlite3_get_autocommit(db_) == 0) {
        // SQLite may already have rolled back by itself (e.g. SQLITE_FULL).
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    db_ = nullptr;
}

Status Transaction::commit() {
    if (db_ == nullptr) {
        return make_error("store_closed", "The transaction is already finished.");
    }
    const char* sql = nested_ ? "RELEASE ronde_tx" : "COMMIT";
    const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        Error e = make_error("sqlite_error", std::string("Commit failed: ") + sqlite3_errmsg(db_));
        rollback();
        return e;
    }
    db_ = nullptr;
    return std::nullopt;
}

namespace detail {

void fail(std::string code, std::string message) {
    throw StoreFailure(make_error(std::move(code), std::move(message)));
}

void fail_sqlite(sqlite3* db, int rc, std::string_view context) {
    std::string message(context);
    message += ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if ((rc & 0xff) == SQLITE_NOTADB) {
        fail("not_a_database", std::move(message));
    }
    fail("sqlite_error", std::move(message));
}

void exec(sqlite3* db, const char* sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string message = err != nullptr ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        if ((rc & 0xff) == SQLITE_NOTADB) {
            fail("not_a_database", message);
        }
        fail("sqlite_error", message);
    }
}

Transaction begin_transaction(sqlite3* db) {
    if (db == nullptr) {
        fail("store_closed", "The store is closed.");
    }
    const bool nested = sqlite3_get_autocommit(db) == 0;
    exec(db, nested ? "SAVEPOINT ronde_tx" : "BEGIN IMMEDIATE");
    return TransactionAccess::make(db, nested);
}

void commit(Transaction& tx) {
    if (auto err = tx.commit()) {
        throw StoreFailure(*err);
    }
}

Stmt::~Stmt() {
    if (stmt_ == nullptr) {
        return;
    }
    if (in_use_ != nullptr) {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
        *in_use_ = false;
    } else {
        sqlite3_finalize(stmt_);
    }
}

Stmt& Stmt::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        fail_sqlite(db_, rc, "bind");
    }
    return *this;
}

Stmt& Stmt::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) {
        fail_sqlite(db_, rc, "bind");
    }
    return *this;
}

Stmt& Stmt::bind(int index, double value) {
    const int rc = sqlite3_bind_double(stmt_, index, value);
    if (rc != SQLITE_OK) {
        fail_sqlite(db_, rc, "bind");
    }
    return *this;
}

Stmt& Stmt::bind(int index, std::nullopt_t) {
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) {
        fail_sqlite(db_, rc, "bind");
    }
    return *this;
}

bool Stmt::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    fail_sqlite(db_, rc, "step");
}

void Stmt::run() {
    while (step()) {
    }
}

bool Stmt::is_null(int col) const {
    return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}

std::string Stmt::text(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    const int n = sqlite3_column_bytes(stmt_, col);
    return p != nullptr ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n))
                        : std::string();
}

std::optional<std::string> Stmt::opt_text(int col) const {
    if (is_null(col)) {
        return std::nullopt;
    }
    return text(col);
}

std::int64_t Stmt::integer(int col) const {
    return sqlite3_column_int64(stmt_, col);
}

double Stmt::real(int col) const {
    return sqlite3_column_double(stmt_, col);
}

std::optional<double> Stmt::opt_real(int col) const {
    if (is_null(col)) {
        return std::nullopt;
    }
    return real(col);
}

Stmt StatementCache::prepare(std::string_view sql) {
    if (db_ == nullptr) {
        fail("store_closed", "The store is closed.");
    }
    auto it = slots_.find(std::string(sql));
    if (it != slots_.end() && !it->second->in_use) {
        it->second->in_use = true;
        return Stmt(db_, it->second->stmt, &it->second->in_use);
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        fail_sqlite(db_, rc, "prepare");
    }
    if (it != slots_.end()) {
        return Stmt(db_, stmt, nullptr);  // the cached one is busy: a one-off
    }
    auto slot = std::make_unique<Slot>();
    slot->stmt = stmt;
    slot->in_use = true;
    bool* flag = &slot->in_use;
    slots_.emplace(std::string(sql), std::move(slot));
    return Stmt(db_, stmt, flag);
}

void StatementCache::clear() noexcept {
    for (auto& [sql, slot] : slots_) {
        sqlite3_finalize(slot->stmt);
    }
    slots_.clear();
}

}  // namespace detail
}  // namespace ronde::store
