// Private to the store: thin RAII wrappers over the SQLite C API. Internally
// failures are thrown as StoreFailure and turned into Error values at the
// public API's boundary (see guarded()).
#pragma once

#include "ronde/error.hpp"
#include "ronde/store/device_store.hpp"

#ifdef RONDE_STORE_SQLCIPHER
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include <nlohmann/json.hpp>

#include <cstdint>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace ronde::store::detail {

struct StoreFailure : std::exception {
    explicit StoreFailure(Error e) : error(std::move(e)) {}
    const char* what() const noexcept override { return error.message.c_str(); }
    Error error;
};

[[noreturn]] void fail(std::string code, std::string message);
[[noreturn]] void fail_sqlite(sqlite3* db, int rc, std::string_view context);

// Runs f, turning internal failures into an Error.
template <class F>
auto guarded(F&& f) -> Result<decltype(f())> {
    try {
        return f();
    } catch (const StoreFailure& e) {
        return e.error;
    } catch (const nlohmann::json::exception& e) {
        return make_error("corrupt_record",
                          std::string("A stored record is not valid: ") + e.what());
    } catch (const std::bad_alloc&) {
        return make_error("out_of_memory", "The device ran out of memory.");
    }
}

template <class F>
Status guarded_status(F&& f) {
    auto done = guarded([&] {
        f();
        return true;
    });
    return done ? Status{} : Status{done.error()};
}

class StatementCache;

// A prepared statement, reset (and its bindings cleared) when destroyed.
// Bind indexes start at 1, column indexes at 0.
class Stmt {
public:
    Stmt(sqlite3* db, sqlite3_stmt* stmt, bool* in_use) noexcept
        : db_(db), stmt_(stmt), in_use_(in_use) {}
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    Stmt(Stmt&& o) noexcept
        : db_(o.db_), stmt_(std::exchange(o.stmt_, nullptr)), in_use_(o.in_use_) {}
    Stmt& operator=(Stmt&&) = delete;
    ~Stmt();

    Stmt& bind(int index, std::string_view text);
    Stmt& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Stmt& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Stmt& bind(int index, std::int64_t value);
    Stmt& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Stmt& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Stmt& bind(int index, double value);
    Stmt& bind(int index, std::nullopt_t);
    template <class T>
    Stmt& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    template <class... Args>
    Stmt& bind_all(const Args&... args) {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    bool step();  // true when a row is available
    void run();   // steps to the end, expecting no row

    bool is_null(int col) const;
    std::string text(int col) const;
    std::optional<std::string> opt_text(int col) const;
    std::int64_t integer(int col) const;
    double real(int col) const;
    std::optional<double> opt_real(int col) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
    bool* in_use_;  // cache slot flag, or null for an uncached statement
};

// Owns the prepared statements of one connection, keyed by SQL text.
class StatementCache {
public:
    explicit StatementCache(sqlite3* db) : db_(db) {}
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;
    ~StatementCache() { clear(); }

    Stmt prepare(std::string_view sql);
    void clear() noexcept;

private:
    struct Slot {
        sqlite3_stmt* stmt = nullptr;
        bool in_use = false;
    };
    sqlite3* db_;
    std::unordered_map<std::string, std::unique_ptr<Slot>> slots_;
};

void exec(sqlite3* db, const char* sql);

// Begins a transaction (a savepoint when one is open); throws on failure.
Transaction begin_transaction(sqlite3* db);
// Commits or throws.
void commit(Transaction& tx);

}  // namespace ronde::store::detail
