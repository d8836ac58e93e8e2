// SQLite implementation of the repositories of store/queries.hpp. They run
// on the connection of the caller's transaction (ReadTx::sqlite_connection)
// with statements prepared per call: these queries are built from filters,
// and their cost is the scan, not the preparation.
#include "store/queries.hpp"

#include <sqlite3.h>

#include <cmath>
#include <string>
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

// A WHERE clause being built with its parameters (bound as ?1, ?2...).
class SqlBuilder {
public:
    using Value = std::variant<std::int64_t, double, std::string>;

    // Adds "AND <condition>", where each '?' of `condition` takes the next
    // of `values`.
    void where(std::string_view condition, std::initializer_list<Value> values = {}) {
        sql_ += " AND ";
        auto it = values.begin();
        for (char c : condition) {
            if (c == '?') {
                params_.push_back(*it++);
                sql_ += "?" + std::to_string(params_.size());
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
                sql_ += "?" + std::to_string(params_.size());
            } else {
                sql_ += c;
            }
        }
    }
    const std::string& sql() const { return sql_; }

    void bind(Stmt& s) const {
        for (std::size_t i = 0; i < params_.size(); ++i) {
            const int n = static_cast<int>(i + 1);
            std::visit([&](const auto& v) { s.bind(n, v); }, params_[i]);
        }
    }

private:
    std::string sql_;
    std::vector<Value> params_;
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

// derive_pending: the statements run in order on one chunk of the queue
// (temp table derive_chunk). What a record gave is removed first (the
// counting triggers of visit_facts and visit_codes take their counts back),
// then what it gives now is added: contacts before visits, so that a visit
// finds the commune and category of a contact of the same chunk, and the
// visits of a changed contact take its new commune and category.
constexpr const char* kDeriveSteps[] = {
    "DELETE FROM contact_facts WHERE record_rowid IN (SELECT record_rowid FROM derive_chunk)",
    "DELETE FROM visit_codes WHERE record_rowid IN (SELECT record_rowid FROM derive_chunk)",
    "DELETE FROM visit_facts WHERE record_rowid IN (SELECT record_rowid FROM derive_chunk)",
    "DELETE FROM record_fts WHERE rowid IN (SELECT record_rowid FROM derive_chunk)",
    "INSERT INTO contact_facts (record_rowid, id, unit_id, category, commune, referent_id, lat, "
    "lon) SELECT r.rowid, r.id, r.unit_id, coalesce(json_extract(r.data, '$.category'), ''), "
    "coalesce(json_extract(r.data, '$.commune'), ''), "
    "coalesce(json_extract(r.data, '$.referent_id'), ''), "
    "json_extract(r.data, '$.position.lat'), json_extract(r.data, '$.position.lon') "
    "FROM derive_chunk q JOIN records r ON r.rowid = q.record_rowid "
    "WHERE r.entity = 'contact' AND r.deleted = 0",
    "UPDATE visit_facts SET "
    "commune = (SELECT c.commune FROM contact_facts c WHERE c.unit_id = visit_facts.unit_id "
    "AND c.id = visit_facts.contact_id), "
    "category = (SELECT c.category FROM contact_facts c WHERE c.unit_id = visit_facts.unit_id "
    "AND c.id = visit_facts.contact_id) "
    "WHERE (unit_id, contact_id) IN (SELECT r.unit_id, r.id FROM derive_chunk q "
    "JOIN records r ON r.rowid = q.record_rowid WHERE r.entity = 'contact' AND r.deleted = 0) "
    "AND EXISTS (SELECT 1 FROM contact_facts c WHERE c.unit_id = visit_facts.unit_id "
    "AND c.id = visit_facts.contact_id "
    "AND (c.commune != visit_facts.commune OR c.category != visit_facts.category))",
    "INSERT INTO visit_facts (record_rowid, id, unit_id, occurred_at_ms, day, author_id, "
    "contact_id, patrol_id, follow_up, assignee_id, lat, lon, commune, category) "
    "SELECT r.rowid, r.id, r.unit_id, r.occurred_at_ms, "
    "(r.occurred_at_ms + (CASE WHEN r.occurred_at_ms >= (unixepoch(date(strftime('%Y', "
    "r.occurred_at_ms / 1000, 'unixepoch') || '-03-25', 'weekday 0')) + 3600) * 1000 "
    "AND r.occurred_at_ms < (unixepoch(date(strftime('%Y', r.occurred_at_ms / 1000, "
    "'unixepoch') || '-10-25', 'weekday 0')) + 3600) * 1000 "
    "THEN 7200000 ELSE 3600000 END)) / 86400000, "
    "r.author_id, coalesce(json_extract(r.data, '$.contact_id'), ''), "
    "coalesce(json_extract(r.data, '$.patrol_id'), ''), "
    "CASE WHEN json_extract(r.data, '$.follow_up.needed') "
    "THEN coalesce(json_extract(r.data, '$.follow_up.status'), 'open') ELSE 'none' END, "
    "coalesce(json_extract(r.data, '$.follow_up.assignee_id'), ''), "
    "json_extract(r.data, '$.position.lat'), json_extract(r.data, '$.position.lon'), "
    "coalesce(c.commune, ''), coalesce(c.category, '') "
    "FROM derive_chunk q JOIN records r ON r.rowid = q.record_rowid "
    "LEFT JOIN contact_facts c ON c.id = json_extract(r.data, '$.contact_id') "
    "AND c.unit_id = r.unit_id WHERE r.entity = 'visit' AND r.deleted = 0",
    "INSERT INTO visit_codes (unit_id, kind, code, occurred_at_ms, day, record_rowid) "
    "SELECT DISTINCT f.unit_id, 'topic', j.value, f.occurred_at_ms, f.day, f.record_rowid "
    "FROM derive_chunk q JOIN visit_facts f ON f.record_rowid = q.record_rowid "
    "JOIN records r ON r.rowid = q.record_rowid, json_each(r.data, '$.topics') j",
    "INSERT INTO visit_codes (unit_id, kind, code, occurred_at_ms, day, record_rowid) "
    "SELECT DISTINCT f.unit_id, 'action', j.value, f.occurred_at_ms, f.day, f.record_rowid "
    "FROM derive_chunk q JOIN visit_facts f ON f.record_rowid = q.record_rowid "
    "JOIN records r ON r.rowid = q.record_rowid, json_each(r.data, '$.actions') j",
    "INSERT INTO record_fts (rowid, body) SELECT r.rowid, coalesce(json_extract(r.data, '$.note'), "
    "'') || ' ' || "
    "coalesce(json_extract(r.data, '$.place_label'), '') || ' ' || "
    "coalesce(json_extract(r.data, '$.follow_up.summary'), '') || ' ' || "
    "coalesce(json_extract(r.data, '$.organisation'), '') || ' ' || "
    "coalesce(json_extract(r.data, '$.person_name'), '') || ' ' || "
    "coalesce(json_extract(r.data, '$.role_title'), '') || ' ' || "
    "coalesce(json_extract(r.data, '$.address'), '') || ' ' || "
    "coalesce(json_extract(r.data, '$.commune'), '') || ' ' || "
    "coalesce(json_extract(r.data, '$.notes'), '') || ' ' || "
    "coalesce((SELECT group_concat(value, ' ') FROM json_each(r.data, '$.tags')), '') || ' ' || "
    "coalesce(json_extract(r.data, '$.area_label'), '') || ' ' || "
    "coalesce(json_extract(r.data, '$.event_label'), '') "
    "FROM derive_chunk q JOIN records r ON r.rowid = q.record_rowid WHERE r.deleted = 0",
    "DELETE FROM derive_queue WHERE record_rowid IN (SELECT record_rowid FROM derive_chunk)",
};

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

std::vector<ListedRecord> find_visits(ReadTx& tx, const VisitQuery& q,
                                      const std::optional<ListKey>& after, int limit) {
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
    b.raw("SELECT k.s, k.rid, r.id, r.hlc, r.seq, r.author_id, r.data FROM (SELECT " + sort +
          " AS s, " + rowid + " AS rid FROM ");
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
    b.raw(") k CROSS JOIN records r ON r.rowid = k.rid ORDER BY k.s DESC, k.rid DESC");
    Stmt s(connection_of(tx), b.sql());
    b.bind(s);
    std::vector<ListedRecord> out;
    while (s.step()) {
        out.push_back(read_listed(s));
    }
    return out;
}

std::vector<ListedRecord> find_contacts(ReadTx& tx, const ContactQuery& q,
                                        const std::optional<ListKey>& after, int limit) {
    SqlBuilder b;
    const bool stale = q.stale_before_ms.has_value();
    // last visit and count of visits of the unit.
    b.raw("SELECT * FROM (SELECT " + std::string(stale ? "coalesce(last, 0)" : "0") +
              " AS sort_key, record_rowid, id, hlc, seq, author_id, data, last, n FROM ("
              "SELECT cf.record_rowid, r.id, r.hlc, r.seq, r.author_id, r.data, "
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
    Stmt s(connection_of(tx), b.sql());
    b.bind(s);
    std::vector<ListedRecord> out;
    while (s.step()) {
        ListedRecord r = read_listed(s);
        if (!s.is_null(7)) {
            r.last_visit_ms = s.int64(7);
        }
        r.visit_count = s.int64(8);
        out.push_back(std::move(r));
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
    // Counted from the matching visits, joined rather than listed: the
    // filter's index gives the visits of the period, each read once.
    // `q.from_ms`/`to_ms` (the UTC bounds of the days) let the index bound
    // the period; the day column makes it exact.
    const auto filtered = [&](SqlBuilder& b) {
        b.where("f.day BETWEEN ? AND ?", {from_day, to_day});
        visit_filters(b, q, VisitSource::facts);
        if (!q.text_match.empty()) {
            b.where("f.record_rowid IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?)",
                    {q.text_match});
        }
    };
    {
        SqlBuilder b;
        b.raw(
            "SELECT f.day, f.author_id, f.commune, f.category, count(*) FROM visit_facts f "
            "WHERE f.unit_id = ?",
            {q.unit_id});
        filtered(b);
        b.raw(" GROUP BY 1, 2, 3, 4");
        Stmt s(db, b.sql());
        b.bind(s);
        while (s.step()) {
            const std::int64_t day = s.int64(0);
            const std::int64_t n = s.int64(4);
            out.push_back(DailyCount{"total", day, "", n});
            out.push_back(DailyCount{"author", day, s.text(1), n});
            out.push_back(DailyCount{"commune", day, s.text(2), n});
            out.push_back(DailyCount{"category", day, s.text(3), n});
        }
    }
    {
        SqlBuilder b;
        b.raw(
            "SELECT c.kind, f.day, c.code, count(*) FROM visit_facts f CROSS JOIN visit_codes c "
            "ON c.record_rowid = f.record_rowid WHERE f.unit_id = ?",
            {q.unit_id});
        filtered(b);
        b.raw(" GROUP BY 1, 2, 3");
        Stmt s(db, b.sql());
        b.bind(s);
        while (s.step()) {
            out.push_back(DailyCount{s.text(0), s.int64(1), s.text(2), s.int64(3)});
        }
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
    sqlite3* db = connection_of(tx);
    Stmt(db, "CREATE TEMP TABLE IF NOT EXISTS derive_chunk (record_rowid INTEGER PRIMARY KEY)")
        .run();
    Stmt(db, "DELETE FROM derive_chunk").run();
    Stmt(db,
         "INSERT INTO derive_chunk (record_rowid) SELECT record_rowid FROM derive_queue "
         "ORDER BY record_rowid LIMIT ?1")
        .bind(1, max_records)
        .run();
    const std::int64_t taken = sqlite3_changes64(db);
    if (taken == 0) {
        return 0;
    }
    for (const char* sql : kDeriveSteps) {
        Stmt(db, sql).run();
    }
    return taken;
}

}  // namespace ronde::server
