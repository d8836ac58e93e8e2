// SQLite implementation of ExportSource: every reader opens the database
// file again, read-only, with a small page cache, and reads each page in its
// own transaction (see export_source.hpp). Filters are bound parameters of
// one statement ("?N IS NULL OR ..."), prepared once per reader.
//
// NOT INDEXED: a page is a range of the table's own rowid B-tree. With the
// (unit_id, seq) index the planner read every row of the unit and sorted
// them for each page of 500: 100,000 visits exported at 4,000 rows/s
// instead of linear time.
#include "store/export_source.hpp"
#include "store/store.hpp"

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace ronde::server {
namespace {

constexpr int kBusyTimeoutMs = 10000;

// The filter of export_source.hpp as SQL: ?1 unit, ?2 entity, ?8 category
// and ?9 commune of contacts, then ?10 after rowid, ?11 last rowid, ?12
// limit. A filtered export of visits checks each row's visit_facts (by its
// primary key) with the list's own conditions, parameters from ?20 on.
// With free text, the full-text index drives (?19, its MATCH expression):
// its rowids are the records' and come in order, so that each page reads
// on from the previous one. (Checked per row instead, "rowid IN (SELECT
// ... MATCH)" rebuilt the whole match set for every page of 500: 14.5 s of
// CPU for 200,000 matching visits instead of about 2.)
constexpr int kTextParam = 19;
constexpr int kFirstVisitParam = 20;

bool filters_visits(const VisitQuery& q) {
    return q.from_ms || q.to_ms || !q.commune.empty() || !q.category.empty() || !q.topic.empty() ||
           !q.action.empty() || !q.author_id.empty() || !q.patrol_id.empty() ||
           !q.contact_id.empty() || !q.follow_up.empty() || !q.assignee_id.empty() || q.near;
}

bool by_text(const ExportFilter& f) {
    return f.entity == Entity::visit && !f.visits.text_match.empty();
}

// The rowid a page is keyed and ordered on.
std::string key_of(const ExportFilter& f) {
    return by_text(f) ? "record_fts.rowid" : "records.rowid";
}

// FROM and WHERE of `f`, and the parameters of its visit conditions.
std::string from_where_of(const ExportFilter& f, std::vector<SqlValue>& visit_params) {
    std::string sql = by_text(f) ? " FROM record_fts CROSS JOIN records NOT INDEXED ON "
                                   "records.rowid = record_fts.rowid WHERE record_fts MATCH ?19 AND"
                                 : " FROM records NOT INDEXED WHERE";
    sql +=
        " unit_id = ?1 AND entity = ?2 AND deleted = 0"
        " AND (?8 IS NULL OR json_extract(data, '$.category') = ?8)"
        " AND (?9 IS NULL OR trim(json_extract(data, '$.commune')) = ?9 COLLATE NOCASE)";
    visit_params.clear();
    if (f.entity == Entity::visit && filters_visits(f.visits)) {
        VisitQuery q = f.visits;
        q.unit_id = f.unit_id;
        q.text_match.clear();
        SqlCondition c = visit_facts_condition(q, kFirstVisitParam);
        sql += " AND EXISTS (SELECT 1 FROM visit_facts f WHERE f.record_rowid = records.rowid" +
               c.sql + ")";
        visit_params = std::move(c.params);
    }
    return sql;
}

constexpr const char* kContact =
    "SELECT data FROM records WHERE id = ?1 AND unit_id = ?2 AND entity = 'contact' "
    "AND deleted = 0";
constexpr const char* kUserNames = "SELECT id, display_name FROM users WHERE unit_id = ?1";

class Stmt {
public:
    Stmt(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
            SQLITE_OK) {
            fail("prepare failed");
        }
    }
    ~Stmt() { sqlite3_finalize(stmt_); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    // Starts a use: resets the previous one and its bindings.
    Stmt& reset() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
        return *this;
    }
    Stmt& bind(int i, std::string_view text) {
        check(sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()),
                                SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bind(int i, std::int64_t v) {
        check(sqlite3_bind_int64(stmt_, i, v));
        return *this;
    }
    Stmt& bind(int i, double v) {
        check(sqlite3_bind_double(stmt_, i, v));
        return *this;
    }
    Stmt& bind(int i, const std::optional<std::string>& v) {
        return v ? bind(i, std::string_view(*v)) : *this;  // unbound is NULL
    }
    Stmt& bind(int i, const std::optional<std::int64_t>& v) { return v ? bind(i, *v) : *this; }

    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc == SQLITE_DONE) {
            return false;
        }
        fail("step failed");
    }
    std::string text(int col) const {
        const auto* p = sqlite3_column_text(stmt_, col);
        const int n = sqlite3_column_bytes(stmt_, col);
        return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p), n);
    }
    void assign_text(int col, std::string& out) const {
        const auto* p = sqlite3_column_text(stmt_, col);
        const int n = sqlite3_column_bytes(stmt_, col);
        if (p == nullptr) {
            out.clear();
        } else {
            out.assign(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
        }
    }
    std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }

private:
    [[noreturn]] void fail(std::string_view what) const {
        throw StoreError(std::string("export: ") + std::string(what) + ": " + sqlite3_errmsg(db_));
    }
    void check(int rc) const {
        if (rc != SQLITE_OK) {
            fail("bind failed");
        }
    }
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class SqliteExportReader final : public ExportReader {
public:
    explicit SqliteExportReader(const std::string& path) {
        const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
        if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
            std::string msg = "export: cannot open database " + path;
            if (db_ != nullptr) {
                msg += std::string(": ") + sqlite3_errmsg(db_);
                sqlite3_close_v2(db_);
            }
            throw StoreError(msg);
        }
        sqlite3_busy_timeout(db_, kBusyTimeoutMs);
        // 2 MiB of page cache: an export reads each page once.
        exec("PRAGMA cache_size = -2048");
    }
    ~SqliteExportReader() override {
        plan_.reset();
        page_.reset();
        contact_.reset();
        sqlite3_close_v2(db_);
    }
    SqliteExportReader(const SqliteExportReader&) = delete;
    SqliteExportReader& operator=(const SqliteExportReader&) = delete;

    ExportPlan plan(const ExportFilter& filter) override {
        Stmt& s = statement(plan_, "SELECT count(*), coalesce(max(" + key_of(filter) + "), 0)" +
                                       from_where_of(filter, visit_params_));
        Transaction tx(*this);
        bind_filter(s.reset(), filter);
        ExportPlan p;
        if (s.step()) {
            p.rows = s.int64(0);
            p.last_rowid = s.int64(1);
        }
        s.reset();
        return p;
    }

    void next_page(const ExportFilter& filter, const ExportPlan& plan, std::int64_t after_rowid,
                   int limit, std::vector<ExportRow>& out) override {
        out.clear();
        const std::string key = key_of(filter);
        Stmt& s =
            statement(page_, "SELECT records.rowid, id, author_id, data" +
                                 from_where_of(filter, visit_params_) + " AND " + key +
                                 " > ?10 AND " + key + " <= ?11 ORDER BY " + key + " LIMIT ?12");
        Transaction tx(*this);
        bind_filter(s.reset(), filter);
        s.bind(10, after_rowid).bind(11, plan.last_rowid).bind(12, std::int64_t{limit});
        while (s.step()) {
            ExportRow& row = out.emplace_back();
            row.rowid = s.int64(0);
            s.assign_text(1, row.id);
            s.assign_text(2, row.author_id);
            s.assign_text(3, row.data);
        }
        s.reset();
    }

    std::optional<std::string> contact_data(const std::string& unit_id,
                                            const std::string& id) override {
        Stmt& s = statement(contact_, kContact);
        s.reset().bind(1, std::string_view(id)).bind(2, std::string_view(unit_id));
        std::optional<std::string> data;
        if (s.step()) {
            data = s.text(0);
        }
        s.reset();
        return data;
    }

    std::unordered_map<std::string, std::string> user_names(const std::string& unit_id) override {
        Stmt s(db_, kUserNames);
        s.bind(1, std::string_view(unit_id));
        std::unordered_map<std::string, std::string> out;
        while (s.step()) {
            out.emplace(s.text(0), s.text(1));
        }
        return out;
    }

private:
    // One read transaction: BEGIN (deferred: the snapshot starts at the
    // first read) and COMMIT at the end of the scope.
    struct Transaction {
        SqliteExportReader& r;
        explicit Transaction(SqliteExportReader& reader) : r(reader) { r.exec("BEGIN"); }
        ~Transaction() { sqlite3_exec(r.db_, "COMMIT", nullptr, nullptr, nullptr); }
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
    };

    void exec(const char* sql) {
        char* err = nullptr;
        if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            const std::string msg =
                std::string("export: ") + (err != nullptr ? err : "exec failed");
            sqlite3_free(err);
            throw StoreError(msg);
        }
    }

    // A statement prepared once per text (an export keeps its filter).
    struct Prepared {
        std::string sql;
        std::unique_ptr<Stmt> stmt;
        void reset() { stmt.reset(); }
    };

    Stmt& statement(Prepared& slot, const std::string& sql) {
        if (!slot.stmt || slot.sql != sql) {
            slot.stmt.reset();
            slot.stmt = std::make_unique<Stmt>(db_, sql.c_str());
            slot.sql = sql;
        }
        return *slot.stmt;
    }

    void bind_filter(Stmt& s, const ExportFilter& f) const {
        s.bind(1, std::string_view(f.unit_id)).bind(2, code(f.entity));
        s.bind(8, f.category).bind(9, f.commune);
        if (by_text(f)) {
            s.bind(kTextParam, std::string_view(f.visits.text_match));
        }
        int n = kFirstVisitParam;
        for (const SqlValue& v : visit_params_) {
            std::visit(
                [&](const auto& value) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>) {
                        s.bind(n, std::string_view(value));
                    } else {
                        s.bind(n, value);
                    }
                },
                v);
            ++n;
        }
    }

    sqlite3* db_ = nullptr;
    Prepared plan_;
    Prepared page_;
    Prepared contact_;
    std::vector<SqlValue> visit_params_;
};

class SqliteExportSource final : public ExportSource {
public:
    explicit SqliteExportSource(std::string path) : path_(std::move(path)) {}
    std::unique_ptr<ExportReader> open() override {
        return std::make_unique<SqliteExportReader>(path_);
    }

private:
    std::string path_;
};

}  // namespace

std::unique_ptr<ExportSource> open_sqlite_export_source(const std::string& path) {
    return std::make_unique<SqliteExportSource>(path);
}

}  // namespace ronde::server
