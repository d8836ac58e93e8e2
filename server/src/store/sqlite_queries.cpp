// SQLite implementation of the repositories of store/queries.hpp. They run
// on the connection of the caller's transaction (ReadTx::sqlite_connection)
// with statements prepared per call: these queries are built from filters,
// and their cost is the scan, not the preparation.
#include "store/queries.hpp"

#include "ronde/codec.hpp"
#include "ronde/validate.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <variant>

namespace ronde::server {
namespace {

sqlite3* connection_of(ReadTx& tx) {
    sqlite3* db = tx.sqlite_connection();
    if (db == nullptr) {
        throw StoreError("the supervisor queries need a SQLite store");
    }
    return db;
}

// A statement prepared for one use; finalized on destruction.
class Stmt {
public:
    Stmt(sqlite3* db, std::string_view sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
            SQLITE_OK) {
            fail("prepare failed");
        }
    }
    ~Stmt() { sqlite3_finalize(stmt_); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& bind(int i, std::string_view text) {
        check(sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()),
                                SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bind(int i, std::int64_t v) {
        check(sqlite3_bind_int64(stmt_, i, v));
        return *this;
    }
    Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Stmt& bind(int i, double v) {
        check(sqlite3_bind_double(stmt_, i, v));
        return *this;
    }

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
    void run() {
        while (step()) {
        }
    }
    // Makes the statement ready for its next use (bindings cleared).
    Stmt& reset() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
        return *this;
    }
    Stmt& bind_null(int i) {
        check(sqlite3_bind_null(stmt_, i));
        return *this;
    }

    std::string text(int col) const {
        const auto* p = sqlite3_column_text(stmt_, col);
        const int n = sqlite3_column_bytes(stmt_, col);
        return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p), n);
    }
    std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
    double real(int col) const { return sqlite3_column_double(stmt_, col); }
    bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

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

void require_writable(ReadTx& tx) {
    if (!tx.writable()) {
        throw StoreError("write in a read transaction");
    }
}

constexpr std::string_view kAuditColumns =
    "seq, at_ms, unit_id, user_id, device_id, action, target, details, prev_hash, hash";

AuditRow read_audit(const Stmt& s) {
    AuditRow r;
    r.seq = s.int64(0);
    r.at_ms = s.int64(1);
    r.unit_id = s.text(2);
    r.user_id = s.text(3);
    r.device_id = s.text(4);
    r.action = s.text(5);
    r.target = s.text(6);
    r.details = s.text(7);
    r.prev_hash = s.text(8);
    r.hash = s.text(9);
    return r;
}

// A WHERE clause being built with its parameters (bound as ?1, ?2... or
// from ?first_param on).
class SqlBuilder {
public:
    using Value = SqlValue;

    explicit SqlBuilder(int first_param = 1) : offset_(first_param - 1) {}

    // Adds "AND <condition>", where each '?' of `condition` takes the next
    // of `values`.
    void where(std::string_view condition, std::initializer_list<Value> values = {}) {
        sql_ += " AND ";
        auto it = values.begin();
        for (char c : condition) {
            if (c == '?') {
                params_.push_back(*it++);
                sql_ += "?" + std::to_string(params_.size() + offset_);
            } else {
                sql_ += c;
            }
        }
    }
    // Appends text with one parameter per '?', like where().
    void raw(std::string_view text, std::initializer_list<Value> values = {}) {
        auto it = values.begin();
        for (char c : text) {
            if (c == '?') {
                params_.push_back(*it++);
                sql_ += "?" + std::to_string(params_.size() + offset_);
            } else {
                sql_ += c;
            }
        }
    }
    const std::string& sql() const { return sql_; }
    std::vector<Value>& params() { return params_; }

    void bind(Stmt& s) const {
        for (std::size_t i = 0; i < params_.size(); ++i) {
            const int n = static_cast<int>(i + 1);
            std::visit([&](const auto& v) { s.bind(n, v); }, params_[i]);
        }
    }

private:
    std::string sql_;
    std::vector<Value> params_;
    std::size_t offset_ = 0;
};

constexpr double kMetresPerDegree = 111320.0;

// Bounding box and squared equirectangular distance of a circle, on the
// columns `lat` and `lon`.
void where_near(SqlBuilder& b, const std::string& lat, const std::string& lon, const Circle& c) {
    const double dlat = c.radius_m / kMetresPerDegree;
    const double cos_lat = std::max(std::cos(c.lat * M_PI / 180.0), 1e-6);
    const double dlon = std::min(180.0, dlat / cos_lat);
    const double k_lon = kMetresPerDegree * cos_lat;
    b.where(lat + " BETWEEN ? AND ?", {c.lat - dlat, c.lat + dlat});
    b.where(lon + " BETWEEN ? AND ?", {c.lon - dlon, c.lon + dlon});
    b.where("((" + lat + " - ?) * ?) * ((" + lat + " - ?) * ?) + ((" + lon + " - ?) * ?) * ((" +
                lon + " - ?) * ?) <= ?",
            {c.lat, kMetresPerDegree, c.lat, kMetresPerDegree, c.lon, k_lon, c.lon, k_lon,
             c.radius_m * c.radius_m});
}

ListedRecord read_listed(const Stmt& s) {
    ListedRecord r;
    r.key.sort = s.int64(0);
    r.key.rowid = s.int64(1);
    r.id = s.text(2);
    r.hlc = s.text(3);
    r.seq = s.int64(4);
    r.author_id = s.text(5);
    r.data = s.text(6);
    return r;
}

// The facts column whose index drives a visit query: the most selective
// equality filter present (all indexes end with occurred_at_ms, so the rows
// come in list order), or "" (then the codes of a topic, the time index or
// the latitude index). SQLite has no statistics here (no ANALYZE), so the
// choice is ours: the other equality filters are written "+f.col", which
// keeps the planner off their indexes.
std::string driver_of(const VisitQuery& q) {
    if (!q.contact_id.empty()) {
        return "contact_id";
    }
    if (!q.patrol_id.empty()) {
        return "patrol_id";
    }
    if (!q.author_id.empty()) {
        return "author_id";
    }
    if (!q.commune.empty()) {
        return "commune";
    }
    if (!q.category.empty()) {
        return "category";
    }
    if (!q.follow_up.empty()) {
        return "follow_up";
    }
    return {};
}

enum class VisitSource : std::uint8_t { facts, codes, text };

// The filters of a visit query on the visit_facts row `f` (joined to its
// record `r`), except the free text and the code that drive the query.
void visit_filters(SqlBuilder& b, const VisitQuery& q, VisitSource source) {
    const std::string driver = source == VisitSource::facts ? driver_of(q) : std::string();
    const auto eq = [&](const char* column, const std::string& value, const char* suffix = "") {
        if (!value.empty()) {
            b.where(std::string(column == driver ? "f." : "+f.") + column + " = ?" + suffix,
                    {value});
        }
    };
    // Near a point without an equality filter, the latitude index drives
    // (a band of about 2 radii): keep the planner off the time index.
    const bool lat_drives = q.near && source == VisitSource::facts && driver.empty();
    const std::string time = lat_drives ? "+f.occurred_at_ms" : "f.occurred_at_ms";
    if (q.from_ms) {
        b.where(time + " >= ?", {*q.from_ms});
    }
    if (q.to_ms) {
        b.where(time + " < ?", {*q.to_ms});
    }
    eq("contact_id", q.contact_id);
    eq("patrol_id", q.patrol_id);
    eq("author_id", q.author_id);
    eq("commune", q.commune, " COLLATE NOCASE");
    eq("category", q.category);
    eq("follow_up", q.follow_up);
    eq("assignee_id", q.assignee_id);
    const auto has_code = [&](const char* kind, const std::string& code) {
        b.where("EXISTS (SELECT 1 FROM visit_codes x WHERE x.unit_id = f.unit_id AND x.kind = '" +
                    std::string(kind) +
                    "' AND x.code = ? AND x.occurred_at_ms = f.occurred_at_ms AND "
                    "x.record_rowid = f.record_rowid)",
                {code});
    };
    // The codes source is driven by the topic, else by the action.
    const bool topic_drives = source == VisitSource::codes && !q.topic.empty();
    const bool action_drives = source == VisitSource::codes && q.topic.empty();
    if (!q.topic.empty() && !topic_drives) {
        has_code("topic", q.topic);
    }
    if (!q.action.empty() && !action_drives) {
        has_code("action", q.action);
    }
    if (q.near) {
        b.where(lat_drives ? "f.lat IS NOT NULL" : "+f.lat IS NOT NULL");
        where_near(b, lat_drives ? "f.lat" : "+f.lat", "f.lon", *q.near);
    }
    if (q.patrol_window_ms) {
        b.where(
            "(f.occurred_at_ms >= ? OR f.follow_up = 'open' OR "
            "(f.follow_up = 'done' AND r.closed_at_ms >= ?))",
            {*q.patrol_window_ms, *q.patrol_window_ms});
    }
}

// ---- Derivation (derive_pending) ----
//
// One chunk of the queue is derived in C++: each record's JSON is parsed
// once, and the rows are written with statements prepared once per chunk.
// The rows are those of the set-based SQL of the first version (json_extract
// per field, about 100 us of CPU per record), value for value: a key's value
// is taken as json_extract gives it (missing or null -> NULL, true -> 1,
// a number bound as its JSON text so that SQLite converts it as
// json_extract does). The order of the steps is kept: what each record gave
// is removed first (the counting triggers of visit_facts and visit_codes
// take their counts back), then contacts are written before visits, so
// that a visit finds the commune and category of a contact of the same
// chunk, and the visits of a changed contact take its new commune and
// category. The cross counters of visit_daily_by (migration 0005) are
// summed over the chunk in memory and written once per key.

// Days since 1970-01-01 of a proleptic Gregorian date, and back (the year).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::int64_t year_of_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
}

// The Europe/Paris day of a time, computed as migration 0003 defines it and
// as its SQL did: the year of (ms / 1000) seconds (division truncated, as
// SQLite's), summer time from 01:00 UTC on the Sunday on or after 25 March to
// 01:00 UTC on the Sunday on or after 25 October; outside the years
// 0000-9999 SQLite's dates are NULL and the offset is one hour.
std::int64_t paris_day_of_ms(std::int64_t ms) {
    const std::int64_t secs = ms / 1000;
    const std::int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const std::int64_t year = year_of_days(days);
    std::int64_t offset = 3'600'000;
    if (year >= 0 && year <= 9999) {
        const auto change_ms = [year](unsigned month) {
            const std::int64_t d = days_from_civil(year, month, 25);
            const std::int64_t weekday = (d % 7 + 11) % 7;  // 0 = Sunday; 1970-01-01 a Thursday
            return (d + (7 - weekday) % 7) * 86'400'000 + 3'600'000;
        };
        if (ms >= change_ms(3) && ms < change_ms(10)) {
            offset = 7'200'000;
        }
    }
    return (ms + offset) / 86'400'000;
}

// The value at a path of keys, as json_extract finds it: nullptr when a key
// is missing, a step is not an object, or the value is null.
const Json* json_at(const Json& j, std::initializer_list<const char*> path) {
    const Json* p = &j;
    for (const char* key : path) {
        if (!p->is_object()) {
            return nullptr;
        }
        const auto it = p->find(key);
        if (it == p->end()) {
            return nullptr;
        }
        p = &*it;
    }
    return p->is_null() ? nullptr : p;
}

// The text SQLite makes of json_extract's value when it is concatenated or
// stored in a TEXT column (numbers as their JSON text).
std::string sql_text(const Json& v) {
    if (v.is_string()) {
        return v.get_ref<const std::string&>();
    }
    if (v.is_boolean()) {
        return v.get<bool>() ? "1" : "0";
    }
    return v.dump();
}

// coalesce(json_extract(data, path), '') as text.
std::string text_or_empty(const Json& j, std::initializer_list<const char*> path) {
    const Json* v = json_at(j, path);
    return v == nullptr ? std::string() : sql_text(*v);
}

// A contact's commune as the supervisor tables hold it: without the spaces
// around it (as SQL trim()), so that "Rennes " is the commune "Rennes" in
// the filters, the statistics and the commune picker.
std::string commune_of(const Json& data) {
    return std::string(trim_spaces(text_or_empty(data, {"commune"})));
}

// Binds json_extract's value: NULL, an integer (booleans as 1/0), or text;
// a floating number as its JSON text, which the column's affinity converts
// with SQLite's own conversion, as json_extract's result is.
void bind_json(Stmt& s, int i, const Json* v) {
    if (v == nullptr) {
        s.bind_null(i);
    } else if (v->is_boolean()) {
        s.bind(i, v->get<bool>() ? 1 : 0);
    } else if (v->is_number_integer() && !v->is_number_unsigned()) {
        s.bind(i, v->get<std::int64_t>());
    } else if (v->is_number_unsigned() &&
               v->get<std::uint64_t>() <=
                   static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        s.bind(i, static_cast<std::int64_t>(v->get<std::uint64_t>()));
    } else {
        s.bind(i, sql_text(*v));
    }
}

// SQL truth of json_extract's value (CASE WHEN ...).
bool sql_truth(const Json* v) {
    if (v == nullptr) {
        return false;
    }
    if (v->is_boolean()) {
        return v->get<bool>();
    }
    if (v->is_number()) {
        return v->get<double>() != 0.0;
    }
    if (v->is_string()) {
        return std::strtod(v->get_ref<const std::string&>().c_str(), nullptr) != 0.0;
    }
    return false;
}

// The elements json_each(data, path) gives, as text: an array's elements,
// an object's values, a scalar itself.
std::vector<std::string> each_text(const Json& j, const char* key) {
    std::vector<std::string> out;
    const Json* v = json_at(j, {key});
    if (v == nullptr) {
        return out;
    }
    if (v->is_array() || v->is_object()) {
        for (const Json& e : *v) {
            if (!e.is_null()) {
                out.push_back(sql_text(e));
            }
        }
    } else {
        out.push_back(sql_text(*v));
    }
    return out;
}

// The full-text body of a record: its texts, space separated.
std::string fts_body(const Json& j) {
    std::string body;
    const auto add = [&](std::initializer_list<const char*> path) {
        body += text_or_empty(j, path);
        body += ' ';
    };
    add({"note"});
    add({"place_label"});
    add({"follow_up", "summary"});
    add({"organisation"});
    add({"person_name"});
    add({"role_title"});
    add({"address"});
    add({"commune"});
    add({"notes"});
    const std::vector<std::string> tags = each_text(j, "tags");
    for (std::size_t i = 0; i < tags.size(); ++i) {
        body += (i == 0 ? "" : " ") + tags[i];
    }
    body += ' ';
    add({"area_label"});
    body += text_or_empty(j, {"event_label"});
    return body;
}

// What one visit counts in visit_daily_by: its filter keys and its counted
// keys (the same plus the total), on its day.
struct CountedVisit {
    std::string unit_id;
    std::int64_t day = 0;
    std::vector<std::pair<std::string, std::string>> keys;  // (dim, key) without the total
};

// Net changes of visit_daily_by over a chunk: (unit, filter dim, filter
// key, day, dim, key) -> delta. Strings are numbered once per chunk, so
// that the dozens of keys a visit counts are sums on small integers.
class CrossCounts {
public:
    void add(const CountedVisit& v, std::int64_t sign) {
        const int unit = number(units_, v.unit_id);
        ids_.clear();
        ids_.push_back(total_id());
        for (const auto& [dim, key] : v.keys) {
            ids_.push_back(number(pairs_, dim + '\x1f' + key));
        }
        for (std::size_t f = 1; f < ids_.size(); ++f) {
            for (const int counted : ids_) {
                delta_[{unit, ids_[f], v.day, counted}] += sign;
            }
        }
    }
    void write(sqlite3* db) const {
        std::vector<const std::string*> units(units_.size());
        for (const auto& [text, i] : units_) {
            units[static_cast<std::size_t>(i)] = &text;
        }
        std::vector<std::pair<std::string, std::string>> pairs(pairs_.size());
        for (const auto& [text, i] : pairs_) {
            const auto cut = text.find('\x1f');
            pairs[static_cast<std::size_t>(i)] = {text.substr(0, cut), text.substr(cut + 1)};
        }
        Stmt up(db,
                "INSERT INTO visit_daily_by (unit_id, fdim, fkey, day, dim, key, n) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                "ON CONFLICT (unit_id, fdim, fkey, day, dim, key) DO UPDATE SET n = n + ?7");
        for (const auto& [k, n] : delta_) {
            if (n == 0) {
                continue;
            }
            const auto& [unit, filter, day, counted] = k;
            const auto& f = pairs[static_cast<std::size_t>(filter)];
            const auto& c = pairs[static_cast<std::size_t>(counted)];
            up.reset()
                .bind(1, *units[static_cast<std::size_t>(unit)])
                .bind(2, f.first)
                .bind(3, f.second)
                .bind(4, day)
                .bind(5, c.first)
                .bind(6, c.second)
                .bind(7, n)
                .run();
        }
    }

private:
    static int number(std::unordered_map<std::string, int>& names, const std::string& text) {
        return names.try_emplace(text, static_cast<int>(names.size())).first->second;
    }
    int total_id() { return number(pairs_, std::string("total\x1f")); }

    std::unordered_map<std::string, int> units_;
    std::unordered_map<std::string, int> pairs_;  // "dim\x1fkey"
    std::vector<int> ids_;
    std::map<std::tuple<int, int, std::int64_t, int>, std::int64_t> delta_;
};

// One record of the chunk, read once.
struct QueuedRecord {
    std::int64_t rowid = 0;
    bool live = false;  // the record exists and is not deleted
    std::string id;
    std::string unit_id;
    std::string entity;
    bool occurred_null = true;
    std::int64_t occurred_at_ms = 0;
    std::string author_id;
    Json data;
};

// The statements of one chunk, prepared once.
struct DeriveStatements {
    explicit DeriveStatements(sqlite3* db)
        : old_codes(db, "SELECT kind, code FROM visit_codes WHERE record_rowid = ?1"),
          ins_contact(db,
                      "INSERT INTO temp.derive_contacts VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
          moved_visits(db,
                       "SELECT record_rowid, day, author_id, commune, category FROM visit_facts "
                       "WHERE unit_id = ?1 AND contact_id = ?2 "
                       "AND (commune != ?3 OR category != ?4)"),
          move_visits(db,
                      "UPDATE visit_facts SET commune = ?3, category = ?4 "
                      "WHERE unit_id = ?1 AND contact_id = ?2 "
                      "AND (commune != ?3 OR category != ?4)"),
          contact_of(db,
                     "SELECT commune, category FROM contact_facts WHERE id = ?1 AND unit_id = ?2"),
          ins_visit(db,
                    "INSERT INTO temp.derive_visits VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                    "?10, ?11, ?12, ?13, ?14)"),
          ins_code(db, "INSERT INTO temp.derive_codes VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          ins_fts(db, "INSERT INTO record_fts (rowid, body) VALUES (?1, ?2)") {}

    Stmt old_codes, ins_contact, moved_visits, move_visits, contact_of, ins_visit, ins_code,
        ins_fts;

    // The codes of a derived visit, as (kind, code).
    std::vector<std::pair<std::string, std::string>> codes_of(std::int64_t rowid) {
        std::vector<std::pair<std::string, std::string>> out;
        old_codes.reset().bind(1, rowid);
        while (old_codes.step()) {
            out.emplace_back(old_codes.text(0), old_codes.text(1));
        }
        return out;
    }
};

CountedVisit counted(std::string unit_id, std::int64_t day, std::string author, std::string commune,
                     std::string category,
                     const std::vector<std::pair<std::string, std::string>>& codes) {
    CountedVisit v{std::move(unit_id), day, {}};
    v.keys.emplace_back("author", std::move(author));
    v.keys.emplace_back("commune", std::move(commune));
    v.keys.emplace_back("category", std::move(category));
    v.keys.insert(v.keys.end(), codes.begin(), codes.end());
    return v;
}

// Takes the queue's first `max_records` rowids into temp table derive_chunk
// and reads their records. The rows derived are staged in temp tables
// without constraints and written by one statement per table: a statement
// that can abort (constraints, triggers) copies each page it touches to a
// statement journal first, so one INSERT per visit cost 2.5 times the SQL.
std::vector<QueuedRecord> read_chunk(sqlite3* db, std::int64_t max_records) {
    for (const char* sql :
         {"CREATE TEMP TABLE IF NOT EXISTS derive_chunk (record_rowid INTEGER PRIMARY KEY)",
          "CREATE TEMP TABLE IF NOT EXISTS derive_visits (record_rowid, id, unit_id, "
          "occurred_at_ms, day, author_id, contact_id, patrol_id, follow_up, assignee_id, lat, "
          "lon, commune, category)",
          "CREATE TEMP TABLE IF NOT EXISTS derive_codes (unit_id, kind, code, occurred_at_ms, day, "
          "record_rowid)",
          "CREATE TEMP TABLE IF NOT EXISTS derive_contacts (record_rowid, id, unit_id, category, "
          "commune, referent_id, lat, lon)",
          "DELETE FROM derive_contacts", "DELETE FROM derive_chunk", "DELETE FROM derive_visits",
          "DELETE FROM derive_codes"}) {
        Stmt(db, sql).run();
    }
    Stmt(db,
         "INSERT INTO derive_chunk (record_rowid) SELECT record_rowid FROM derive_queue "
         "ORDER BY record_rowid LIMIT ?1")
        .bind(1, max_records)
        .run();
    Stmt s(db,
           "SELECT q.record_rowid, r.rowid IS NOT NULL AND r.deleted = 0, r.id, r.unit_id, "
           "r.entity, r.occurred_at_ms, r.author_id, r.data FROM derive_chunk q "
           "LEFT JOIN records r ON r.rowid = q.record_rowid ORDER BY q.record_rowid");
    std::vector<QueuedRecord> out;
    while (s.step()) {
        QueuedRecord r;
        r.rowid = s.int64(0);
        r.live = s.int64(1) != 0;
        if (r.live) {
            r.id = s.text(2);
            r.unit_id = s.text(3);
            r.entity = s.text(4);
            r.occurred_null = s.is_null(5);
            r.occurred_at_ms = s.int64(5);
            r.author_id = s.text(6);
            r.data = Json::parse(s.text(7), nullptr, false);
            if (r.data.is_discarded()) {
                throw StoreError("derive: malformed JSON in record " + r.id);
            }
        }
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

std::optional<AuditRow> audit_last(ReadTx& tx) {
    Stmt s(connection_of(tx),
           "SELECT " + std::string(kAuditColumns) + " FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!s.step()) {
        return std::nullopt;
    }
    return read_audit(s);
}

std::optional<std::pair<std::int64_t, std::string>> audit_head(ReadTx& tx) {
    Stmt s(connection_of(tx), "SELECT seq, hash FROM audit_head WHERE one = 1");
    if (!s.step()) {
        return std::nullopt;
    }
    return std::make_pair(s.int64(0), s.text(1));
}

void audit_insert(WriteTx& tx, const AuditRow& row) {
    require_writable(tx);
    sqlite3* db = connection_of(tx);
    Stmt insert(db, "INSERT INTO audit_log (" + std::string(kAuditColumns) +
                        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind(1, row.seq)
        .bind(2, row.at_ms)
        .bind(3, row.unit_id)
        .bind(4, row.user_id)
        .bind(5, row.device_id)
        .bind(6, row.action)
        .bind(7, row.target)
        .bind(8, row.details)
        .bind(9, row.prev_hash)
        .bind(10, row.hash)
        .run();
    Stmt head(db,
              "INSERT INTO audit_head (one, seq, hash) VALUES (1, ?1, ?2) "
              "ON CONFLICT (one) DO UPDATE SET seq = excluded.seq, hash = excluded.hash");
    head.bind(1, row.seq).bind(2, row.hash).run();
}

std::vector<AuditRow> audit_rows(ReadTx& tx, std::string_view unit_id, std::int64_t after_seq,
                                 int limit) {
    const std::string sql = "SELECT " + std::string(kAuditColumns) + " FROM audit_log WHERE " +
                            (unit_id.empty() ? "?1 = ?1" : "unit_id = ?1") +
                            " AND seq > ?2 ORDER BY seq LIMIT ?3";
    Stmt s(connection_of(tx), sql);
    s.bind(1, unit_id).bind(2, after_seq).bind(3, limit);
    std::vector<AuditRow> out;
    while (s.step()) {
        out.push_back(read_audit(s));
    }
    return out;
}

}  // namespace ronde::server

namespace ronde::server {

namespace {

// Near a point without another index to drive, the newest visits of the
// period are tried first: when `kNearProbe` of them (read on the time index)
// hold a full page in the circle, that page is the answer, since every
// other match is older. A dense circle (the usual case: a patrol's sector)
// then costs a few thousand rows instead of sorting a band of latitude;
// a sparse one falls back to the band (find_visits).
constexpr std::int64_t kNearProbe = 4000;

}  // namespace

// find_visits; `newest`: only among the kNearProbe newest visits of the
// period (after `after`).
static std::vector<ListedRecord> find_visits_in(ReadTx& tx, const VisitQuery& q,
                                                const std::optional<ListKey>& after, int limit,
                                                bool newest) {
    // The source that gives rows already in list order drives, so that a
    // page reads about `limit` rows: the full-text index (in arrival order)
    // for free text; the facts through the index of the most selective
    // equality filter (driver_of); the codes of a topic (or an action);
    // else the facts by time (or by latitude, near a point).
    const VisitSource source = !q.text_match.empty() ? VisitSource::text
                               : driver_of(q).empty() && (!q.topic.empty() || !q.action.empty())
                                   ? VisitSource::codes
                                   : VisitSource::facts;
    SqlBuilder b;
    std::string sort = "f.occurred_at_ms";
    std::string rowid = "f.record_rowid";
    if (source == VisitSource::text) {
        sort = "t.rowid";
        rowid = "t.rowid";
    } else if (source == VisitSource::codes) {
        sort = "c.occurred_at_ms";
        rowid = "c.record_rowid";
    }
    // Keys first: the filtered, sorted page is chosen on the index and facts
    // columns alone (a band of latitude can hold tens of thousands of
    // visits), and only its `limit` rows are joined to their records' data.
    // The records are joined inside as well only for the patrol scope.
    const std::string records_join =
        q.patrol_window_ms ? " CROSS JOIN records r ON r.rowid = f.record_rowid" : "";
    b.raw(
        "SELECT k.s, k.rid, r.id, r.hlc, r.seq, r.author_id, r.data, au.display_name, "
        "c.rowid, json_extract(c.data, '$.organisation'), json_extract(c.data, '$.person_name'), "
        "json_extract(c.data, '$.commune'), asg.display_name, json_extract(c.data, '$.category') "
        "FROM (SELECT " +
        sort + " AS s, " + rowid + " AS rid FROM ");
    if (source == VisitSource::text) {
        b.raw("record_fts t CROSS JOIN visit_facts f ON f.record_rowid = t.rowid" + records_join +
                  " WHERE record_fts MATCH ?",
              {q.text_match});
    } else if (source == VisitSource::codes) {
        b.raw("visit_codes c CROSS JOIN visit_facts f ON f.record_rowid = c.record_rowid" +
                  records_join + " WHERE c.unit_id = ?",
              {q.unit_id});
        const bool topic = !q.topic.empty();
        b.where("c.kind = ?", {std::string(topic ? "topic" : "action")});
        b.where("c.code = ?", {topic ? q.topic : q.action});
    } else if (newest) {
        b.raw("(SELECT * FROM visit_facts n WHERE n.unit_id = ?", {q.unit_id});
        if (q.from_ms) {
            b.where("n.occurred_at_ms >= ?", {*q.from_ms});
        }
        if (q.to_ms) {
            b.where("n.occurred_at_ms < ?", {*q.to_ms});
        }
        if (after) {
            b.where("(n.occurred_at_ms, n.record_rowid) < (?, ?)", {after->sort, after->rowid});
        }
        b.raw(" ORDER BY n.occurred_at_ms DESC, n.record_rowid DESC LIMIT ?) f" + records_join +
                  " WHERE 1",
              {kNearProbe});
    } else {
        b.raw("visit_facts f" + records_join + " WHERE 1");
    }
    b.where("f.unit_id = ?", {q.unit_id});
    visit_filters(b, q, source);
    if (after) {
        if (source == VisitSource::text) {
            b.where("t.rowid < ?", {after->rowid});
        } else {
            b.where("(" + sort + ", " + rowid + ") < (?, ?)", {after->sort, after->rowid});
        }
    }
    b.raw(" ORDER BY " + sort + " DESC" +
              (source == VisitSource::text ? "" : ", " + rowid + " DESC") + " LIMIT ?",
          {static_cast<std::int64_t>(limit)});
    // Then the names of the page's rows, each joined on the row's own unit.
    b.raw(
        ") k CROSS JOIN records r ON r.rowid = k.rid "
        "LEFT JOIN users au ON au.id = r.author_id AND au.unit_id = r.unit_id "
        "LEFT JOIN records c ON c.id = json_extract(r.data, '$.contact_id') "
        "AND c.unit_id = r.unit_id AND c.entity = 'contact' AND c.deleted = 0 "
        "LEFT JOIN users asg ON asg.id = json_extract(r.data, '$.follow_up.assignee_id') "
        "AND asg.unit_id = r.unit_id "
        "ORDER BY k.s DESC, k.rid DESC");
    Stmt s(connection_of(tx), b.sql());
    b.bind(s);
    std::vector<ListedRecord> out;
    while (s.step()) {
        ListedRecord r = read_listed(s);
        if (!s.is_null(7)) {
            r.author_name = s.text(7);
        }
        if (!s.is_null(8)) {
            r.contact_found = true;
            r.contact_organisation = s.text(9);
            r.contact_person = s.text(10);
            r.contact_commune = s.text(11);
            r.contact_category = s.text(13);
        }
        if (!s.is_null(12)) {
            r.assignee_name = s.text(12);
        }
        out.push_back(std::move(r));
    }
    return out;
}

SqlCondition visit_facts_condition(const VisitQuery& q, int first_param) {
    SqlBuilder b(first_param);
    b.where("f.unit_id = ?", {q.unit_id});
    visit_filters(b, q, VisitSource::facts);
    return SqlCondition{b.sql(), std::move(b.params())};
}

std::vector<ListedRecord> find_visits(ReadTx& tx, const VisitQuery& q,
                                      const std::optional<ListKey>& after, int limit) {
    if (q.near && q.text_match.empty() && q.topic.empty() && q.action.empty() &&
        driver_of(q).empty()) {
        std::vector<ListedRecord> page = find_visits_in(tx, q, after, limit, true);
        if (static_cast<int>(page.size()) >= limit) {
            return page;
        }
    }
    return find_visits_in(tx, q, after, limit, false);
}

std::vector<ListedRecord> find_contacts(ReadTx& tx, const ContactQuery& q,
                                        const std::optional<ListKey>& after, int limit) {
    SqlBuilder b;
    const bool stale = q.stale_before_ms.has_value();
    // last visit and count of visits of the unit.
    b.raw("SELECT p.*, u.username, u.display_name FROM (SELECT * FROM (SELECT " +
              std::string(stale ? "coalesce(last, 0)" : "0") +
              " AS sort_key, record_rowid, id, hlc, seq, author_id, data, last, n, referent_id, "
              "unit_id FROM ("
              "SELECT cf.record_rowid, r.id, r.hlc, r.seq, r.author_id, r.data, cf.referent_id, "
              "cf.unit_id, "
              "(SELECT max(v.occurred_at_ms) FROM visit_facts v WHERE v.contact_id = cf.id AND "
              "v.unit_id = cf.unit_id) AS last, "
              "(SELECT count(*) FROM visit_facts v WHERE v.contact_id = cf.id AND "
              "v.unit_id = cf.unit_id) AS n "
              "FROM contact_facts cf CROSS JOIN records r ON r.rowid = cf.record_rowid "
              "WHERE cf.unit_id = ?",
          {q.unit_id});
    if (!q.commune.empty()) {
        b.where("cf.commune = ? COLLATE NOCASE", {q.commune});
    }
    if (!q.category.empty()) {
        b.where("cf.category = ?", {q.category});
    }
    if (!q.referent_id.empty()) {
        b.where("cf.referent_id = ?", {q.referent_id});
    }
    if (!q.text_match.empty()) {
        b.where("cf.record_rowid IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?)",
                {q.text_match});
    }
    if (q.near) {
        b.where("cf.lat IS NOT NULL");
        where_near(b, "cf.lat", "cf.lon", *q.near);
    }
    b.raw(")) WHERE 1");
    if (stale) {
        b.where("(last IS NULL OR last < ?)", {*q.stale_before_ms});
    }
    if (after) {
        b.where("(sort_key, record_rowid) > (?, ?)", {after->sort, after->rowid});
    }
    b.raw(" ORDER BY sort_key, record_rowid LIMIT ?", {static_cast<std::int64_t>(limit)});
    // Then the page's referents, users of the contact's own unit.
    b.raw(
        ") p LEFT JOIN users u ON u.id = p.referent_id AND u.unit_id = p.unit_id "
        "ORDER BY p.sort_key, p.record_rowid");
    Stmt s(connection_of(tx), b.sql());
    b.bind(s);
    std::vector<ListedRecord> out;
    while (s.step()) {
        ListedRecord r = read_listed(s);
        if (!s.is_null(7)) {
            r.last_visit_ms = s.int64(7);
        }
        r.visit_count = s.int64(8);
        if (!s.is_null(11)) {
            r.referent_found = true;
            r.referent_username = s.text(11);
            r.referent_name = s.text(12);
        }
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<UserListing> list_users(ReadTx& tx, std::string_view unit_id,
                                    std::int64_t alive_since_ms) {
    Stmt s(connection_of(tx),
           "SELECT u.id, u.unit_id, u.username, u.display_name, u.role, u.created_at_ms, "
           "max(d.last_seen_at_ms), count(d.id), "
           "count(CASE WHEN d.revoked_at_ms IS NULL AND coalesce(d.token_hash, '') != '' "
           "AND coalesce(d.last_seen_at_ms, d.enrolled_at_ms) >= ?2 THEN 1 END), "
           "u.disabled_at_ms "
           "FROM users u LEFT JOIN devices d ON d.user_id = u.id WHERE u.unit_id = ?1 "
           "GROUP BY u.id ORDER BY u.display_name COLLATE NOCASE, u.username");
    s.bind(1, unit_id);
    s.bind(2, alive_since_ms);
    std::vector<UserListing> out;
    while (s.step()) {
        UserListing u;
        u.user.id = s.text(0);
        u.user.unit_id = s.text(1);
        u.user.username = s.text(2);
        u.user.display_name = s.text(3);
        u.user.role = parse_enum<Role>(s.text(4)).value_or(Role::patrol);
        if (!s.is_null(5)) {
            u.created_at_ms = s.int64(5);
        }
        if (!s.is_null(6)) {
            u.last_seen_ms = s.int64(6);
        }
        u.devices = s.int64(7);
        u.signed_in_devices = s.int64(8);
        if (!s.is_null(9)) {
            u.disabled_at_ms = s.int64(9);
        }
        out.push_back(std::move(u));
    }
    return out;
}

std::vector<std::pair<std::string, std::int64_t>> contact_communes(ReadTx& tx,
                                                                   std::string_view unit_id) {
    // Each exact spelling with its count; spellings of one commune share
    // lower() (ASCII only, as NOCASE) and are named by the most used one.
    Stmt s(connection_of(tx),
           "SELECT commune, total FROM ("
           " SELECT commune, sum(n) OVER (PARTITION BY lower(commune)) AS total,"
           " row_number() OVER (PARTITION BY lower(commune) ORDER BY n DESC, commune) AS rank"
           " FROM (SELECT commune, count(*) AS n FROM contact_facts"
           " WHERE unit_id = ?1 AND commune != '' GROUP BY commune))"
           " WHERE rank = 1 ORDER BY commune COLLATE NOCASE");
    s.bind(1, unit_id);
    std::vector<std::pair<std::string, std::int64_t>> out;
    while (s.step()) {
        out.emplace_back(s.text(0), s.int64(1));
    }
    return out;
}

std::vector<UnitListing> list_units(ReadTx& tx, std::int64_t alive_since_ms) {
    Stmt s(connection_of(tx),
           "SELECT n.id, n.code, n.name, "
           "(SELECT count(*) FROM users u WHERE u.unit_id = n.id), "
           "(SELECT count(*) FROM users u JOIN devices d ON d.user_id = u.id "
           "WHERE u.unit_id = n.id AND d.revoked_at_ms IS NULL "
           "AND coalesce(d.token_hash, '') != '' "
           "AND coalesce(d.last_seen_at_ms, d.enrolled_at_ms) >= ?1) "
           "FROM units n ORDER BY n.code");
    s.bind(1, alive_since_ms);
    std::vector<UnitListing> out;
    while (s.step()) {
        UnitListing u;
        u.unit.id = s.text(0);
        u.unit.code = s.text(1);
        u.unit.name = s.text(2);
        u.users = s.int64(3);
        u.signed_in_devices = s.int64(4);
        out.push_back(std::move(u));
    }
    return out;
}

std::vector<ListedRecord> find_patrols(ReadTx& tx, const PatrolQuery& q,
                                       const std::optional<ListKey>& after, int limit) {
    SqlBuilder b;
    b.raw(
        "SELECT r.occurred_at_ms, r.rowid, r.id, r.hlc, r.seq, r.author_id, r.data "
        "FROM records r WHERE r.unit_id = ? AND r.entity = 'patrol' AND r.deleted = 0",
        {q.unit_id});
    if (q.from_ms) {
        b.where("r.occurred_at_ms >= ?", {*q.from_ms});
    }
    if (q.to_ms) {
        b.where("r.occurred_at_ms < ?", {*q.to_ms});
    }
    if (!q.author_id.empty()) {
        b.where("r.author_id = ?", {q.author_id});
    }
    if (!q.member_id.empty()) {
        b.where("(r.author_id = ? OR instr(r.members, ?) > 0)",
                {q.member_id, "," + q.member_id + ","});
    }
    if (!q.mode.empty()) {
        b.where("json_extract(r.data, '$.mode') = ?", {q.mode});
    }
    if (!q.text_match.empty()) {
        b.where("r.rowid IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?)",
                {q.text_match});
    }
    if (q.patrol_window_ms) {
        b.where("r.occurred_at_ms >= ?", {*q.patrol_window_ms});
    }
    if (after) {
        b.where("(r.occurred_at_ms, r.rowid) < (?, ?)", {after->sort, after->rowid});
    }
    b.raw(" ORDER BY r.occurred_at_ms DESC, r.rowid DESC LIMIT ?",
          {static_cast<std::int64_t>(limit)});
    Stmt s(connection_of(tx), b.sql());
    b.bind(s);
    std::vector<ListedRecord> out;
    while (s.step()) {
        out.push_back(read_listed(s));
    }
    return out;
}

namespace {

// The one filter of a statistics query that visit_daily_by answers, as
// (filter dimension, value): exactly one of commune, category, author,
// topic and action, and no other filter but the period.
std::optional<std::pair<std::string, std::string>> counted_filter(const VisitQuery& q) {
    if (!q.patrol_id.empty() || !q.contact_id.empty() || !q.follow_up.empty() ||
        !q.assignee_id.empty() || !q.text_match.empty() || q.near || q.patrol_window_ms) {
        return std::nullopt;
    }
    std::optional<std::pair<std::string, std::string>> found;
    int n = 0;
    for (const auto& [dim, value] :
         {std::pair<const char*, const std::string&>{"commune", q.commune},
          {"category", q.category},
          {"author", q.author_id},
          {"topic", q.topic},
          {"action", q.action}}) {
        if (!value.empty()) {
            ++n;
            found.emplace(dim, value);
        }
    }
    return n == 1 ? found : std::nullopt;
}

// ASCII case folding, as SQLite's NOCASE.
bool equal_nocase(std::string_view a, std::string_view b) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [&](char x, char y) { return lower(x) == lower(y); });
}

// The communes counted in visit_daily_by equal to `commune` without case
// (the list filter is COLLATE NOCASE): one index seek per distinct commune.
std::vector<std::string> communes_like(sqlite3* db, const std::string& unit_id,
                                       const std::string& commune) {
    std::vector<std::string> out;
    Stmt next(db,
              "SELECT fkey FROM visit_daily_by WHERE unit_id = ?1 AND fdim = 'commune' "
              "AND fkey > ?2 ORDER BY fkey LIMIT 1");
    std::string after;
    bool first = true;
    for (;;) {
        next.reset().bind(1, unit_id);
        if (first) {
            next.bind(2, std::int64_t{-1});  // before every text
        } else {
            next.bind(2, after);
        }
        if (!next.step()) {
            return out;
        }
        after = next.text(0);
        first = false;
        if (equal_nocase(after, commune)) {
            out.push_back(after);
        }
    }
}

}  // namespace

std::vector<DailyCount> visit_counts(ReadTx& tx, const VisitQuery& q, std::int64_t from_day,
                                     std::int64_t to_day) {
    std::vector<DailyCount> out;
    const bool plain = q.commune.empty() && q.category.empty() && q.topic.empty() &&
                       q.action.empty() && q.author_id.empty() && q.patrol_id.empty() &&
                       q.contact_id.empty() && q.follow_up.empty() && q.assignee_id.empty() &&
                       q.text_match.empty() && !q.near && !q.patrol_window_ms;
    sqlite3* db = connection_of(tx);
    if (plain) {
        Stmt s(db,
               "SELECT dim, day, key, n FROM visit_daily WHERE unit_id = ?1 AND day BETWEEN ?2 "
               "AND ?3 AND n > 0");
        s.bind(1, q.unit_id).bind(2, from_day).bind(3, to_day);
        while (s.step()) {
            out.push_back(DailyCount{s.text(0), s.int64(1), s.text(2), s.int64(3)});
        }
        return out;
    }
    if (auto filter = counted_filter(q)) {
        // One filter with cross counters (visit_daily_by, migration 0005):
        // the rows of its value(s) over the period.
        std::vector<std::string> keys;
        if (filter->first == "commune") {
            keys = communes_like(db, q.unit_id, filter->second);
        } else {
            keys.push_back(filter->second);
        }
        Stmt s(db,
               "SELECT dim, day, key, n FROM visit_daily_by WHERE unit_id = ?1 AND fdim = ?2 "
               "AND fkey = ?3 AND day BETWEEN ?4 AND ?5 AND n > 0");
        for (const std::string& key : keys) {
            s.reset().bind(1, q.unit_id).bind(2, filter->first).bind(3, key);
            s.bind(4, from_day).bind(5, to_day);
            while (s.step()) {
                out.push_back(DailyCount{s.text(0), s.int64(1), s.text(2), s.int64(3)});
            }
        }
        return out;
    }
    // Counted from the matching visits, joined rather than listed: the
    // filter's index gives the visits of the period, each read once.
    // `q.from_ms`/`to_ms` (the UTC bounds of the days) let the index bound
    // the period; the day column makes it exact. A topic (else an action)
    // drives through visit_codes unless a contact or a patrol (a handful of
    // visits) does: the visits of that code in the period, each fetched by
    // rowid and its other filters checked on the row, cost less than every
    // visit of a commune, an author or the period each probed for the code
    // (1M visits, topic and action: 0.68 s -> 0.15-0.2 s; docs/PERFORMANCE.md).
    const bool by_code = q.contact_id.empty() && q.patrol_id.empty() &&
                         (!q.topic.empty() || !q.action.empty()) && q.text_match.empty() && !q.near;
    // "SELECT <columns> FROM <the matching visits f><join> WHERE <filters>".
    const auto matching = [&](SqlBuilder& b, const std::string& columns, const std::string& join) {
        if (by_code) {
            const bool topic = !q.topic.empty();
            b.raw("SELECT " + columns +
                      " FROM visit_codes d CROSS JOIN visit_facts f ON f.record_rowid = "
                      "d.record_rowid" +
                      join + " WHERE d.unit_id = ?",
                  {q.unit_id});
            b.where("d.kind = ?", {std::string(topic ? "topic" : "action")});
            b.where("d.code = ?", {topic ? q.topic : q.action});
            if (q.from_ms) {
                b.where("d.occurred_at_ms >= ?", {*q.from_ms});
            }
            if (q.to_ms) {
                b.where("d.occurred_at_ms < ?", {*q.to_ms});
            }
        } else {
            b.raw("SELECT " + columns + " FROM visit_facts f" + join + " WHERE 1");
        }
        b.where("f.unit_id = ?", {q.unit_id});
        b.where("f.day BETWEEN ? AND ?", {from_day, to_day});
        visit_filters(b, q, by_code ? VisitSource::codes : VisitSource::facts);
        if (!q.text_match.empty()) {
            b.where("f.record_rowid IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?)",
                    {q.text_match});
        }
    };
    // One pass over the matching visits, each with its codes (a visit
    // without codes comes once, with NULLs): the filters are checked once
    // per visit, and the counts are summed here. The rows of a visit are
    // consecutive (the codes are read inside the loop over the visits).
    SqlBuilder b;
    matching(b, "f.record_rowid, f.day, f.author_id, f.commune, f.category, c.kind, c.code",
             " LEFT JOIN visit_codes c ON c.record_rowid = f.record_rowid");
    Stmt s(db, b.sql());
    b.bind(s);
    std::map<std::tuple<std::string, std::int64_t, std::string>, std::int64_t> counts;
    std::int64_t last_rowid = 0;
    bool first = true;
    while (s.step()) {
        const std::int64_t rowid = s.int64(0);
        const std::int64_t day = s.int64(1);
        if (first || rowid != last_rowid) {
            ++counts[{"total", day, ""}];
            ++counts[{"author", day, s.text(2)}];
            ++counts[{"commune", day, s.text(3)}];
            ++counts[{"category", day, s.text(4)}];
            last_rowid = rowid;
            first = false;
        }
        if (!s.is_null(5)) {
            ++counts[{s.text(5), day, s.text(6)}];
        }
    }
    out.reserve(counts.size());
    for (auto& [key, n] : counts) {
        auto& [dim, day, value] = key;
        out.push_back(DailyCount{dim, day, value, n});
    }
    return out;
}

std::string fts_match(std::string_view text) {
    // Words: runs of characters that are not ASCII space or punctuation
    // (bytes >= 0x80 belong to words: accented letters). Each becomes a
    // quoted prefix query; the tokenizer folds case and accents.
    std::string out;
    std::string word;
    const auto flush = [&] {
        if (!word.empty()) {
            if (!out.empty()) {
                out += " AND ";
            }
            out += "\"" + word + "\"*";
            word.clear();
        }
    };
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
            (c >= 'A' && c <= 'Z')) {
            word += ch;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

}  // namespace ronde::server

namespace ronde::server {

std::optional<ConflictRecord> conflict_by_id(ReadTx& tx, std::string_view unit_id,
                                             std::int64_t id) {
    if (id <= 0) {
        return std::nullopt;
    }
    // The store's own reader, one entry after id - 1.
    std::vector<ConflictRecord> page = tx.conflicts(unit_id, id - 1, 1);
    if (page.empty() || page.front().id != id) {
        return std::nullopt;
    }
    return std::move(page.front());
}

std::optional<ConflictResolution> conflict_resolution(ReadTx& tx, std::int64_t conflict_id) {
    Stmt s(connection_of(tx),
           "SELECT conflict_id, unit_id, resolved_at_ms, user_id, device_id, choice, hlc "
           "FROM conflict_resolutions WHERE conflict_id = ?1");
    s.bind(1, conflict_id);
    if (!s.step()) {
        return std::nullopt;
    }
    return ConflictResolution{s.int64(0), s.text(1), s.int64(2), s.text(3),
                              s.text(4),  s.text(5), s.text(6)};
}

void insert_conflict_resolution(WriteTx& tx, const ConflictResolution& r) {
    require_writable(tx);
    Stmt s(connection_of(tx),
           "INSERT INTO conflict_resolutions (conflict_id, unit_id, resolved_at_ms, user_id, "
           "device_id, choice, hlc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, r.conflict_id)
        .bind(2, r.unit_id)
        .bind(3, r.resolved_at_ms)
        .bind(4, r.user_id)
        .bind(5, r.device_id)
        .bind(6, r.choice)
        .bind(7, r.hlc)
        .run();
}

void set_user_password_hash(WriteTx& tx, std::string_view user_id, std::string_view hash) {
    require_writable(tx);
    Stmt s(connection_of(tx), "UPDATE users SET password_hash = ?2 WHERE id = ?1");
    s.bind(1, user_id).bind(2, hash).run();
}

void set_user_disabled(WriteTx& tx, std::string_view user_id, std::optional<std::int64_t> at_ms) {
    require_writable(tx);
    Stmt s(connection_of(tx), "UPDATE users SET disabled_at_ms = ?2 WHERE id = ?1");
    s.bind(1, user_id);
    if (at_ms) {
        s.bind(2, *at_ms);
    } else {
        s.bind_null(2);
    }
    s.run();
    if (at_ms) {
        Stmt t(connection_of(tx), "UPDATE devices SET token_hash = NULL WHERE user_id = ?1");
        t.bind(1, user_id).run();
    }
}

std::optional<std::int64_t> device_last_push_ms(ReadTx& tx, std::string_view device_id) {
    Stmt s(connection_of(tx), "SELECT max(created_at_ms) FROM push_batches WHERE device_id = ?1");
    s.bind(1, device_id);
    if (!s.step() || s.is_null(0)) {
        return std::nullopt;
    }
    return s.int64(0);
}

}  // namespace ronde::server

namespace ronde::server {

bool derive_queue_pending(ReadTx& tx) {
    Stmt s(connection_of(tx), "SELECT 1 FROM derive_queue LIMIT 1");
    return s.step();
}

std::int64_t derive_pending(WriteTx& tx, std::int64_t max_records) {
    require_writable(tx);
    sqlite3* db = connection_of(tx);
    const std::vector<QueuedRecord> chunk = read_chunk(db, max_records);
    if (chunk.empty()) {
        return 0;
    }
    DeriveStatements st(db);
    CrossCounts cross;
    // 1. What each record gave goes (the triggers take back its counts).
    {
        Stmt old(db,
                 "SELECT f.record_rowid, f.unit_id, f.day, f.author_id, f.commune, f.category "
                 "FROM derive_chunk q CROSS JOIN visit_facts f ON f.record_rowid = q.record_rowid");
        while (old.step()) {
            cross.add(counted(old.text(1), old.int64(2), old.text(3), old.text(4), old.text(5),
                              st.codes_of(old.int64(0))),
                      -1);
        }
    }
    for (const char* sql : {
             "DELETE FROM contact_facts WHERE record_rowid IN (SELECT record_rowid FROM "
             "derive_chunk)",
             "DELETE FROM visit_codes WHERE record_rowid IN (SELECT record_rowid FROM "
             "derive_chunk)",
             "DELETE FROM visit_facts WHERE record_rowid IN (SELECT record_rowid FROM "
             "derive_chunk)",
             "DELETE FROM record_fts WHERE rowid IN (SELECT record_rowid FROM derive_chunk)",
         }) {
        Stmt(db, sql).run();
    }
    // 2. Contacts, then the visits that take a changed contact's commune
    // and category.
    const auto is_live = [](const QueuedRecord& r, std::string_view entity) {
        return r.live && r.entity == entity;
    };
    for (const QueuedRecord& r : chunk) {
        if (!is_live(r, "contact")) {
            continue;
        }
        st.ins_contact.reset().bind(1, r.rowid).bind(2, r.id).bind(3, r.unit_id);
        st.ins_contact.bind(4, text_or_empty(r.data, {"category"}))
            .bind(5, commune_of(r.data))
            .bind(6, text_or_empty(r.data, {"referent_id"}));
        bind_json(st.ins_contact, 7, json_at(r.data, {"position", "lat"}));
        bind_json(st.ins_contact, 8, json_at(r.data, {"position", "lon"}));
        st.ins_contact.run();
    }
    Stmt(db,
         "INSERT INTO contact_facts (record_rowid, id, unit_id, category, commune, referent_id, "
         "lat, lon) SELECT * FROM temp.derive_contacts ORDER BY rowid")
        .run();
    for (const QueuedRecord& r : chunk) {
        if (!is_live(r, "contact")) {
            continue;
        }
        const std::string commune = commune_of(r.data);
        const std::string category = text_or_empty(r.data, {"category"});
        st.moved_visits.reset().bind(1, r.unit_id).bind(2, r.id).bind(3, commune).bind(4, category);
        while (st.moved_visits.step()) {
            const std::int64_t rowid = st.moved_visits.int64(0);
            const auto codes = st.codes_of(rowid);
            const std::int64_t day = st.moved_visits.int64(1);
            const std::string author = st.moved_visits.text(2);
            cross.add(counted(r.unit_id, day, author, st.moved_visits.text(3),
                              st.moved_visits.text(4), codes),
                      -1);
            cross.add(counted(r.unit_id, day, author, commune, category, codes), 1);
        }
        st.move_visits.reset().bind(1, r.unit_id).bind(2, r.id).bind(3, commune).bind(4, category);
        st.move_visits.run();
    }
    // 3. Visits and their codes.
    for (const QueuedRecord& r : chunk) {
        if (!is_live(r, "visit")) {
            continue;
        }
        const Json& d = r.data;
        const Json* contact_id = json_at(d, {"contact_id"});
        std::string commune;
        std::string category;
        bind_json(st.contact_of.reset(), 1, contact_id);
        st.contact_of.bind(2, r.unit_id);
        if (st.contact_of.step()) {
            commune = st.contact_of.text(0);
            category = st.contact_of.text(1);
        }
        std::string follow_up = "none";
        if (sql_truth(json_at(d, {"follow_up", "needed"}))) {
            const Json* status = json_at(d, {"follow_up", "status"});
            follow_up = status == nullptr ? "open" : sql_text(*status);
        }
        Stmt& v = st.ins_visit.reset();
        v.bind(1, r.rowid).bind(2, r.id).bind(3, r.unit_id);
        const std::int64_t day = paris_day_of_ms(r.occurred_at_ms);
        if (r.occurred_null) {
            v.bind_null(4).bind_null(5);
        } else {
            v.bind(4, r.occurred_at_ms).bind(5, day);
        }
        v.bind(6, r.author_id)
            .bind(7, contact_id == nullptr ? std::string() : sql_text(*contact_id))
            .bind(8, text_or_empty(d, {"patrol_id"}))
            .bind(9, follow_up)
            .bind(10, text_or_empty(d, {"follow_up", "assignee_id"}));
        bind_json(v, 11, json_at(d, {"position", "lat"}));
        bind_json(v, 12, json_at(d, {"position", "lon"}));
        v.bind(13, commune).bind(14, category).run();
        std::vector<std::pair<std::string, std::string>> codes;
        for (const char* kind : {"topic", "action"}) {
            for (std::string& code :
                 each_text(d, kind == std::string_view("topic") ? "topics" : "actions")) {
                const std::pair<std::string, std::string> c(kind, std::move(code));
                if (std::find(codes.begin(), codes.end(), c) != codes.end()) {
                    continue;
                }
                st.ins_code.reset()
                    .bind(1, r.unit_id)
                    .bind(2, c.first)
                    .bind(3, c.second)
                    .bind(4, r.occurred_at_ms)
                    .bind(5, day)
                    .bind(6, r.rowid)
                    .run();
                codes.push_back(c);
            }
        }
        cross.add(
            counted(r.unit_id, day, r.author_id, std::move(commune), std::move(category), codes),
            1);
    }
    Stmt(db,
         "INSERT INTO visit_facts (record_rowid, id, unit_id, occurred_at_ms, day, author_id, "
         "contact_id, patrol_id, follow_up, assignee_id, lat, lon, commune, category) "
         "SELECT * FROM temp.derive_visits ORDER BY rowid")
        .run();
    Stmt(db,
         "INSERT INTO visit_codes (unit_id, kind, code, occurred_at_ms, day, record_rowid) "
         "SELECT * FROM temp.derive_codes ORDER BY rowid")
        .run();
    // 4. The full-text entries of every live record, in rowid order.
    for (const QueuedRecord& r : chunk) {
        if (r.live) {
            st.ins_fts.reset().bind(1, r.rowid).bind(2, fts_body(r.data)).run();
        }
    }
    cross.write(db);
    // The chunk is the queue's smallest rowids.
    Stmt(db, "DELETE FROM derive_queue WHERE record_rowid <= ?1").bind(1, chunk.back().rowid).run();
    return static_cast<std::int64_t>(chunk.size());
}

}  // namespace ronde::server
