// The derivation of the supervisor tables (derive_pending, in C++, one JSON
// parse per record) against the set-based SQL of its first version, kept
// here as the reference: the same writes on two databases, derived each
// way in the same chunks, give the same rows in every derived table. Also
// the cross counters of migration 0005 and the statistics read from them.
#include "service_fixture.hpp"
#include "store/migrations.hpp"
#include "store/queries.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <ctime>
#include <map>
#include <random>
#include <set>

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

namespace {

// The derivation as migration 0003 first shipped it, on temp table
// derive_chunk (json_extract per field).
constexpr const char* kReferenceSteps[] = {
    "DELETE FROM contact_facts WHERE record_rowid IN (SELECT record_rowid FROM derive_chunk)",
    "DELETE FROM visit_codes WHERE record_rowid IN (SELECT record_rowid FROM derive_chunk)",
    "DELETE FROM visit_facts WHERE record_rowid IN (SELECT record_rowid FROM derive_chunk)",
    "DELETE FROM record_fts WHERE rowid IN (SELECT record_rowid FROM derive_chunk)",
    "INSERT INTO contact_facts (record_rowid, id, unit_id, category, commune, referent_id, lat, "
    "lon) SELECT r.rowid, r.id, r.unit_id, coalesce(json_extract(r.data, '$.category'), ''), "
    "coalesce(trim(json_extract(r.data, '$.commune')), ''), "
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

void exec(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error == nullptr ? "?" : error;
        sqlite3_free(error);
        FAIL(sql << ": " << message);
    }
}

std::int64_t reference_derive(WriteTx& tx, std::int64_t max_records) {
    sqlite3* db = tx.sqlite_connection();
    exec(db, "CREATE TEMP TABLE IF NOT EXISTS derive_chunk (record_rowid INTEGER PRIMARY KEY)");
    exec(db, "DELETE FROM derive_chunk");
    exec(db,
         "INSERT INTO derive_chunk (record_rowid) SELECT record_rowid FROM derive_queue "
         "ORDER BY record_rowid LIMIT " +
             std::to_string(max_records));
    const std::int64_t taken = sqlite3_changes64(db);
    if (taken > 0) {
        for (const char* sql : kReferenceSteps) {
            exec(db, sql);
        }
    }
    return taken;
}

// Every row of a query, each value with its storage class (reals by their
// bits), one string per row.
std::vector<std::string> rows_of(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    std::vector<std::string> out;
    while (sqlite3_step(s) == SQLITE_ROW) {
        std::string row;
        for (int i = 0; i < sqlite3_column_count(s); ++i) {
            switch (sqlite3_column_type(s, i)) {
                case SQLITE_INTEGER:
                    row += "i" + std::to_string(sqlite3_column_int64(s, i));
                    break;
                case SQLITE_FLOAT: {
                    const double d = sqlite3_column_double(s, i);
                    std::uint64_t bits = 0;
                    std::memcpy(&bits, &d, sizeof bits);
                    row += "r" + std::to_string(bits);
                    break;
                }
                case SQLITE_NULL:
                    row += "n";
                    break;
                default:
                    row +=
                        "t" + std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, i)));
            }
            row += '|';
        }
        out.push_back(std::move(row));
    }
    sqlite3_finalize(s);
    return out;
}

// The derived tables of migration 0003, all of them, in a fixed order.
std::map<std::string, std::vector<std::string>> derived_tables(Store& store) {
    auto tx = store.begin_read();
    sqlite3* db = tx->sqlite_connection();
    return {
        {"contact_facts", rows_of(db, "SELECT * FROM contact_facts ORDER BY record_rowid")},
        {"visit_facts", rows_of(db, "SELECT * FROM visit_facts ORDER BY record_rowid")},
        {"visit_codes", rows_of(db, "SELECT * FROM visit_codes ORDER BY record_rowid, kind, code")},
        {"visit_daily", rows_of(db, "SELECT * FROM visit_daily ORDER BY unit_id, day, dim, key")},
        {"record_fts", rows_of(db, "SELECT rowid, body FROM record_fts ORDER BY rowid")},
        {"record_fts match",
         rows_of(db,
                 "SELECT rowid FROM record_fts WHERE record_fts MATCH 'marche OR nuit' ORDER "
                 "BY rowid")},
        {"derive_queue", rows_of(db, "SELECT * FROM derive_queue")},
    };
}

// visit_daily_by as it should be: counted afresh from the facts and codes
// (rows of 0 left out).
const char* const kCrossRecount =
    "WITH k AS (SELECT record_rowid AS rid, unit_id, day, 'author' AS dim, author_id AS key "
    "FROM visit_facts UNION ALL SELECT record_rowid, unit_id, day, 'commune', commune FROM "
    "visit_facts UNION ALL SELECT record_rowid, unit_id, day, 'category', category FROM "
    "visit_facts UNION ALL SELECT record_rowid, unit_id, day, kind, code FROM visit_codes) "
    "SELECT * FROM (SELECT f.unit_id, f.dim, f.key, f.day, 'total', '', count(*) FROM k f "
    "GROUP BY 1, 2, 3, 4 UNION ALL SELECT f.unit_id, f.dim, f.key, f.day, c.dim, c.key, count(*) "
    "FROM k f JOIN k c ON c.rid = f.rid GROUP BY 1, 2, 3, 4, 5, 6) ORDER BY 1, 2, 3, 4, 5, 6";
const char* const kCrossStored =
    "SELECT unit_id, fdim, fkey, day, dim, key, n FROM visit_daily_by WHERE n != 0 "
    "ORDER BY 1, 2, 3, 4, 5, 6";

// One database and the records written to it (raw JSON, as given).
struct Db {
    TempDir dir;
    std::unique_ptr<Store> store = open_sqlite_store(dir.file("derive.db").string());
    std::int64_t hlc_ms = 1'700'000'000'000;

    Db() {
        auto tx = store->begin_write();
        tx->insert_unit(Unit{"unit-1", "U1", "Unité 1"});
        tx->insert_unit(Unit{"unit-2", "U2", "Unité 2"});
        tx->commit();
    }

    void put(WriteTx& tx, Entity entity, const std::string& id, const Json& data,
             std::optional<std::int64_t> occurred = {}, bool deleted = false,
             const std::string& unit = "unit-1", const std::string& author = "user-a") {
        RecordRow row;
        row.unit_id = unit;
        row.entity = entity;
        row.id = id;
        row.author_id = author;
        row.device_id = "device-1";
        row.hlc = std::to_string(++hlc_ms);
        row.deleted = deleted;
        row.data = deleted ? "{}" : data.dump();
        row.seq = tx.next_seq(unit);
        row.occurred_at_ms = occurred;
        tx.put_record(row);
    }
};

using Derive = std::int64_t (*)(WriteTx&, std::int64_t);

void derive_all(Store& store, Derive derive, std::int64_t chunk) {
    for (;;) {
        auto tx = store.begin_write();
        const std::int64_t n = derive(*tx, chunk);
        tx->commit();
        if (n == 0) {
            return;
        }
    }
}

Json contact(const char* category, const char* commune, Json position, Json tags) {
    Json j{{"category", category},         {"organisation", "Boulangerie"},
           {"person_name", "Mme Lefèvre"}, {"commune", commune},
           {"address", "2 rue de Rennes"}, {"notes", "Ouvre à 6 h"},
           {"referent_id", "user-b"},      {"tags", std::move(tags)}};
    if (!position.is_null()) {
        j["position"] = std::move(position);
    }
    return j;
}

Json visit(const std::string& contact_id, Json topics, Json actions, Json position,
           Json follow_up = Json{{"needed", false}}) {
    Json j{{"occurred_at", "2026-01-01T00:00:00.000Z"},
           {"contact_id", contact_id},
           {"topics", std::move(topics)},
           {"actions", std::move(actions)},
           {"note", "Échange avec le gérant, nuit calme"},
           {"place_label", "Centre commercial"},
           {"climate", "neutral"},
           {"follow_up", std::move(follow_up)}};
    if (!position.is_null()) {
        j["position"] = std::move(position);
    }
    return j;
}

const Json kOpen{
    {"needed", true}, {"summary", "Rappeler"}, {"assignee_id", "user-b"}, {"status", "open"}};
const Json kDone{{"needed", true},
                 {"summary", "Rappelé"},
                 {"assignee_id", "user-b"},
                 {"status", "done"},
                 {"closed_at", "2026-02-01T10:00:00.000Z"},
                 {"closed_by", "user-b"}};
const Json kNeededNoStatus{{"needed", true}, {"summary", "Sans statut"}};

// The tricky records, written in three rounds with a derive after each
// (chunks of `chunks[i]` records).
void tricky_history(Db& db, Derive derive, const std::array<std::int64_t, 3>& chunks) {
    const auto at = [](const char* iso) { return ms_at(iso); };
    {
        auto tx = db.store->begin_write();
        db.put(*tx, Entity::contact, "c1",
               contact("shopkeeper", "Cesson-Sévigné", {{"lat", 48}, {"lon", -1.5}},
                       {"marché", "nuit"}));
        db.put(*tx, Entity::contact, "c2", contact("elected_official", "RENNES", nullptr, {}));
        // Start of summer time: 2026-03-29T01:00Z, a millisecond each side.
        db.put(*tx, Entity::visit, "v1",
               visit("c1", {"a", "b", "a", "c", "d", "e", "f", "g", "h"}, {"x", "y", "x"},
                     {{"lat", 48.123456789012345}, {"lon", -1.6789012345678}, {"accuracy_m", 8.5}},
                     kOpen),
               at("2026-03-29T01:00:00.000Z"));
        db.put(*tx, Entity::visit, "v1b",
               visit("c1", {"a"}, Json::array(), {{"lat", 48.1}, {"lon", -1.6}}),
               at("2026-03-29T00:59:59.999Z"));
        // End of summer time: 2026-10-25T01:00Z; no position, anonymous.
        db.put(*tx, Entity::visit, "v2", visit("", Json::array(), Json::array(), nullptr),
               at("2026-10-25T00:59:59.999Z"));
        db.put(*tx, Entity::visit, "v2b", visit("", {"a"}, {"x"}, nullptr),
               at("2026-10-25T01:00:00.000Z"));
        db.put(*tx, Entity::visit, "v3", visit("c2", {"b"}, {"y"}, {{"lat", 47.5}, {"lon", 2}}),
               at("2026-11-25T23:30:00.000Z"));
        // A contact that arrives later; a follow-up needed without status.
        db.put(*tx, Entity::visit, "v4", visit("c3", {"c"}, {"x"}, nullptr, kNeededNoStatus),
               at("2025-12-31T23:00:00.000Z"));
        db.put(*tx, Entity::visit, "v5", visit("c1", {"d"}, Json::array(), nullptr, kDone),
               at("2026-07-14T22:00:00.000Z"));
        // Before 1970 by less than a second (divisions truncate).
        db.put(*tx, Entity::visit, "v6", visit("c2", {"e"}, Json::array(), nullptr), -1500);
        db.put(*tx, Entity::visit, "x1", visit("c1", {"a"}, {"x"}, nullptr),
               at("2026-05-01T12:00:00.000Z"), false, "unit-2", "user-x");
        db.put(*tx, Entity::patrol, "p1",
               Json{{"mode", "foot"},
                    {"started_at", "2026-05-01T08:00:00.000Z"},
                    {"area_label", "Marché du samedi"},
                    {"event_label", "Braderie"},
                    {"notes", "Nuit calme"}},
               at("2026-05-01T08:00:00.000Z"));
        tx->commit();
    }
    derive_all(*db.store, derive, chunks[0]);
    {
        auto tx = db.store->begin_write();
        // Updated twice before a derive; then a contact moves commune and
        // category, with a new visit in the same chunk.
        db.put(*tx, Entity::visit, "v1", visit("c1", {"z"}, {"x"}, nullptr, kDone),
               at("2026-03-29T01:00:00.000Z"));
        db.put(*tx, Entity::visit, "v1",
               visit("c1", {"z", "a"}, {"y"}, {{"lat", 48.2}, {"lon", -1.7}}, kOpen),
               at("2026-03-30T01:00:00.000Z"));
        db.put(*tx, Entity::contact, "c1",
               contact("restaurant", "Rennes", {{"lat", 48.11}, {"lon", -1.68}}, {"nuit"}));
        db.put(*tx, Entity::visit, "v7", visit("c1", {"a", "b"}, {"x"}, nullptr),
               at("2026-04-02T10:00:00.000Z"));
        db.put(*tx, Entity::contact, "c3", contact("other", "Acigné", nullptr, {"nouveau"}));
        db.put(*tx, Entity::visit, "v2", Json::object(), at("2026-10-25T00:59:59.999Z"), true);
        db.put(*tx, Entity::contact, "c2", Json::object(), std::nullopt, true);
        tx->commit();
    }
    derive_all(*db.store, derive, chunks[1]);
    {
        auto tx = db.store->begin_write();
        db.put(*tx, Entity::visit, "v3", visit("c2", {"b"}, {"y"}, {{"lat", 47.5}, {"lon", 2}}),
               at("2026-11-25T23:30:00.000Z"));
        db.put(*tx, Entity::contact, "c1",
               contact("shopkeeper", "Cesson-Sévigné", {{"lat", 48}, {"lon", -1.5}}, {}));
        exec(tx->sqlite_connection(), "DELETE FROM records WHERE id = 'v5'");
        tx->commit();
    }
    derive_all(*db.store, derive, chunks[2]);
}

// Random visits over three years (both time changes of each year), random
// contacts that move, updates and deletes.
void random_history(Db& db, Derive derive, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const char* communes[] = {"Rennes", "rennes", "Acigné", "Cesson-Sévigné", "", " Rennes  "};
    const char* categories[] = {"shopkeeper", "restaurant", "other"};
    const char* topics[] = {"burglary", "drugs", "incivility", "road_safety"};
    const std::int64_t start = ms_at("2024-01-01T00:00:00.000Z");
    for (int round = 0; round < 4; ++round) {
        {
            auto tx = db.store->begin_write();
            for (int i = 0; i < 10; ++i) {
                db.put(*tx, Entity::contact, "c" + std::to_string(pick(12)),
                       contact(categories[pick(3)], communes[pick(6)], nullptr, {"marché"}));
            }
            for (int i = 0; i < 120; ++i) {
                const std::string id = "v" + std::to_string(pick(250));
                if (pick(10) == 0) {
                    db.put(*tx, Entity::visit, id, Json::object(), start, true);
                    continue;
                }
                Json t = Json::array();
                for (int k = pick(4); k > 0; --k) {
                    t.push_back(topics[pick(4)]);
                }
                // Around the time changes: the last Sundays of March and October.
                std::int64_t ms = start + static_cast<std::int64_t>(rng() % (3ULL * 365 * kDay));
                if (pick(3) == 0) {
                    const int year = 2024 + pick(3);
                    const char* change = pick(2) == 0 ? "-03-" : "-10-";
                    const int day = 25 + pick(7);
                    ms = ms_at((std::to_string(year) + change + std::to_string(day) +
                                "T01:00:00.000Z")
                                   .c_str()) +
                         pick(5) - 2 - (pick(2) == 0 ? 3'600'000 : 0);
                }
                db.put(*tx, Entity::visit, id,
                       visit(pick(6) == 0 ? "" : "c" + std::to_string(pick(14)), t,
                             {pick(2) == 0 ? "x" : "y"},
                             pick(3) == 0 ? Json(nullptr)
                                          : Json{{"lat", 48 + pick(1000) * 0.000123},
                                                 {"lon", -1.7 + pick(2000) * 0.0001}},
                             pick(5) == 0 ? kOpen : Json{{"needed", false}}),
                       ms, false, "unit-1", pick(2) == 0 ? "user-a" : "user-b");
            }
            tx->commit();
        }
        derive_all(*db.store, derive, 1 + pick(60));
    }
}

void check_cross_counts(Store& store) {
    auto tx = store.begin_read();
    sqlite3* db = tx->sqlite_connection();
    const auto stored = rows_of(db, kCrossStored);
    CHECK(!stored.empty());
    CHECK(stored == rows_of(db, kCrossRecount));
}

}  // namespace

TEST_CASE("deriving in C++ gives the rows of the SQL derivation, tricky records") {
    Db cpp;
    Db sql;
    tricky_history(cpp, &derive_pending, {4, 3, 1000});
    tricky_history(sql, &reference_derive, {4, 3, 1000});
    const auto got = derived_tables(*cpp.store);
    const auto want = derived_tables(*sql.store);
    for (const auto& [table, rows] : want) {
        INFO(table);
        CHECK(got.at(table) == rows);
    }
    // The records are really there: the test can fail.
    CHECK(got.at("visit_facts").size() == 8);
    CHECK(got.at("visit_codes").size() > 10);
    CHECK(got.at("record_fts match").size() >= 3);
    check_cross_counts(*cpp.store);
}

TEST_CASE("deriving in C++ gives the rows of the SQL derivation, random history") {
    for (std::uint64_t seed : {1U, 2U, 3U}) {
        INFO("seed " << seed);
        Db cpp;
        Db sql;
        random_history(cpp, &derive_pending, seed);
        random_history(sql, &reference_derive, seed);
        const auto got = derived_tables(*cpp.store);
        const auto want = derived_tables(*sql.store);
        for (const auto& [table, rows] : want) {
            INFO(table);
            CHECK(got.at(table) == rows);
        }
        CHECK(got.at("visit_facts").size() > 100);
        check_cross_counts(*cpp.store);
    }
}

TEST_CASE("migration 0005 counts the visits already derived") {
    Db db;
    random_history(db, &derive_pending, 7);
    auto tx = db.store->begin_write();
    sqlite3* c = tx->sqlite_connection();
    const auto kept = rows_of(c, kCrossStored);
    exec(c, "DROP TABLE visit_daily_by");
    bool found = false;
    for (const MigrationSource& m : migration_sources()) {
        if (m.file_name.starts_with("0005_")) {
            exec(c, std::string(m.sql));
            found = true;
        }
    }
    REQUIRE(found);
    CHECK(rows_of(c, kCrossStored) == kept);
}

TEST_CASE("statistics with one filter (cross counters) or several (counted visits) are exact") {
    Db db;
    random_history(db, &derive_pending, 11);
    auto tx = db.store->begin_read();
    sqlite3* c = tx->sqlite_connection();
    const std::int64_t from_day = ms_at("2024-06-01T00:00:00.000Z") / kDay;
    const std::int64_t to_day = ms_at("2026-03-31T00:00:00.000Z") / kDay;
    // Expected: the visits of the period, counted here from their facts.
    struct Facts {
        std::int64_t day;
        std::string author, commune, category;
        std::set<std::pair<std::string, std::string>> codes;
    };
    std::map<std::int64_t, Facts> visits;
    for (const std::string& row :
         rows_of(c,
                 "SELECT record_rowid, day, author_id, commune, category FROM visit_facts "
                 "WHERE unit_id = 'unit-1'")) {
        std::vector<std::string> v;
        std::size_t p = 0;
        for (std::size_t q = row.find('|'); q != std::string::npos;
             p = q + 1, q = row.find('|', p)) {
            v.push_back(row.substr(p + 1, q - p - 1));
        }
        visits[std::stoll(v[0])] = Facts{std::stoll(v[1]), v[2], v[3], v[4], {}};
    }
    for (const std::string& row :
         rows_of(c, "SELECT record_rowid || '|' || kind || '|' || code FROM visit_codes")) {
        const auto a = row.find('|');
        const auto b = row.find('|', a + 1);
        const std::int64_t rid = std::stoll(row.substr(1, a - 1));
        if (visits.count(rid) != 0) {
            visits[rid].codes.emplace(row.substr(a + 1, b - a - 1),
                                      row.substr(b + 1, row.size() - b - 2));
        }
    }
    using Totals = std::map<std::pair<std::string, std::string>, std::int64_t>;
    using Filter = std::pair<std::string, std::string>;  // dim, value
    const auto matches = [](const Facts& f, const Filter& filter) {
        const auto& [dim, value] = filter;
        return (dim == "author" && f.author == value) ||
               (dim == "commune" && f.commune.size() == value.size() &&
                std::equal(f.commune.begin(), f.commune.end(), value.begin(),
                           [](char x, char y) { return std::tolower(x) == std::tolower(y); })) ||
               (dim == "category" && f.category == value) || f.codes.count(filter) != 0;
    };
    const auto expected = [&](const std::vector<Filter>& filters) {
        Totals t;
        for (const auto& [rid, f] : visits) {
            const bool match = std::all_of(filters.begin(), filters.end(),
                                           [&](const Filter& x) { return matches(f, x); });
            if (!match || f.day < from_day || f.day > to_day) {
                continue;
            }
            ++t[{"total", ""}];
            ++t[{"author", f.author}];
            ++t[{"commune", f.commune}];
            ++t[{"category", f.category}];
            for (const auto& code : f.codes) {
                ++t[code];
            }
        }
        return t;
    };
    const auto counted = [&](const VisitQuery& q) {
        Totals t;
        for (const DailyCount& d : visit_counts(*tx, q, from_day, to_day)) {
            t[{d.dim, d.key}] += d.n;
        }
        return t;
    };
    // One filter reads visit_daily_by; two or more count the visits, driven
    // by an indexed column, else by the codes of a topic or an action.
    const std::vector<std::vector<Filter>> queries = {
        {{"commune", "RENNES"}},
        {{"commune", "Acigné"}},
        {{"category", "restaurant"}},
        {{"author", "user-b"}},
        {{"topic", "drugs"}},
        {{"action", "y"}},
        {{"commune", "Nowhere"}},
        {{"topic", "drugs"}, {"action", "y"}},
        {{"topic", "drugs"}, {"commune", "rennes"}},
        {{"action", "y"}, {"category", "restaurant"}},
        {{"author", "user-b"}, {"topic", "drugs"}, {"action", "y"}},
        {{"topic", "drugs"}, {"action", "nothing"}},
    };
    for (const auto& filters : queries) {
        VisitQuery q;
        q.unit_id = "unit-1";
        q.from_ms = from_day * kDay;  // as the service sets them
        q.to_ms = (to_day + 1) * kDay;
        bool empty = false;
        std::string described;
        for (const auto& [dim, value] : filters) {
            described += dim + " = " + value + "; ";
            (dim == "commune"    ? q.commune
             : dim == "category" ? q.category
             : dim == "author"   ? q.author_id
             : dim == "topic"    ? q.topic
                                 : q.action) = value;
            empty = empty || value == "Nowhere" || value == "nothing";
        }
        INFO(described);
        const Totals want = expected(filters);
        CHECK(counted(q) == want);
        if (!empty) {
            CHECK(want.at({"total", ""}) > 0);
        }
    }
}

// Not run by default: CPU time of the two derivations on the same records.
TEST_CASE("derive cost per record, C++ against SQL", "[.][bench]") {
    const auto fill = [](Db& db) {
        std::mt19937_64 rng(5);
        const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
        auto tx = db.store->begin_write();
        for (int i = 0; i < 500; ++i) {
            db.put(*tx, Entity::contact, "c" + std::to_string(i),
                   contact("shopkeeper", "Rennes", {{"lat", 48.1}, {"lon", -1.6}}, {"marché"}));
        }
        for (int i = 0; i < 20000; ++i) {
            // As export-bench's visits: a note of 150 characters, a GPS fix.
            Json v = visit("c" + std::to_string(pick(500)), {"burglary", "drugs"}, {"otv"},
                           {{"lat", 48 + pick(1000) * 0.0001},
                            {"lon", -1.7 + pick(2000) * 0.0001},
                            {"accuracy_m", 8.0},
                            {"source", "gps"}},
                           pick(10) == 0 ? kOpen : Json{{"needed", false}});
            v["note"] =
                "Échange avec le gérant sur les vols à l'étalage du samedi ; conseils donnés sur "
                "la vidéoprotection et l'alerte SMS. Visite n° " +
                std::to_string(i) + ".";
            v["patrol_id"] = "";
            v["device_id"] = "device-1";
            v["author_id"] = "user-a";
            db.put(*tx, Entity::visit, "v" + std::to_string(i), v,
                   ms_at("2025-01-01T00:00:00.000Z") + i * 600'000LL);
        }
        tx->commit();
    };
    for (const auto& [name, derive] :
         {std::pair<const char*, Derive>{"C++", &derive_pending}, {"SQL", &reference_derive}}) {
        Db db;
        fill(db);
        const std::clock_t start = std::clock();
        derive_all(*db.store, derive, 2000);
        const double us = 1e6 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
        WARN(name << ": " << us / 20500 << " us of CPU per record (20,500 records)");
    }
}

TEST_CASE("visits near a point: pages from the newest visits equal the latitude band's answer") {
    Db db;
    random_history(db, &derive_pending, 13);
    auto tx = db.store->begin_read();
    VisitQuery q;
    q.unit_id = "unit-1";
    q.near = Circle{48.06, -1.6, 3000};
    const auto ids = [](const std::vector<ListedRecord>& page) {
        std::vector<std::string> out;
        for (const ListedRecord& r : page) {
            out.push_back(r.id);
        }
        return out;
    };
    // One page larger than the matches: the band plan.
    const std::vector<std::string> all = ids(find_visits(*tx, q, std::nullopt, 1000));
    REQUIRE(all.size() > 20);
    // Pages of 3: each full page from the newest visits, the last from the band.
    std::vector<std::string> paged;
    std::optional<ListKey> after;
    for (;;) {
        const auto page = find_visits(*tx, q, after, 3);
        const auto got = ids(page);
        paged.insert(paged.end(), got.begin(), got.end());
        if (page.size() < 3) {
            break;
        }
        after = page.back().key;
    }
    CHECK(paged == all);
    // With a period, the same.
    q.from_ms = ms_at("2025-01-01T00:00:00.000Z");
    q.to_ms = ms_at("2026-01-01T00:00:00.000Z");
    const auto year = ids(find_visits(*tx, q, std::nullopt, 1000));
    REQUIRE(year.size() > 3);
    CHECK(ids(find_visits(*tx, q, std::nullopt, 3)) ==
          std::vector<std::string>(year.begin(), year.begin() + 3));
}
