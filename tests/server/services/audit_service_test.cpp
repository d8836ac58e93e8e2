// The audit journal: appends chain their hashes, verify() and
// `ronde-server audit verify` name the first entry that was edited, removed
// or reordered (the SQLite file edited directly, as an intruder would).
#include "services/audit_service.hpp"
#include "cli/commands.hpp"
#include "service_fixture.hpp"

#include <sqlite3.h>

#include <sstream>

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

namespace {

// Runs SQL on the database file through its own connection, bypassing the
// server (the append-only triggers are dropped first).
void tamper(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    const std::string all =
        "DROP TRIGGER IF EXISTS audit_log_no_update;"
        "DROP TRIGGER IF EXISTS audit_log_no_delete;" +
        sql;
    char* err = nullptr;
    const int rc = sqlite3_exec(db, all.c_str(), nullptr, nullptr, &err);
    const std::string message = err != nullptr ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    INFO(message);
    REQUIRE(rc == SQLITE_OK);
}

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

CliRun verify_cli(const std::string& db) {
    std::ostringstream out;
    std::ostringstream err;
    CliRun r;
    r.code = run_audit_verify({"--db", db}, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

struct AuditFixture : Fixture {
    AuditService audit{*store, clock.fn()};
    std::string db = dir.file("server.db").string();

    void append_five() {
        for (int i = 1; i <= 5; ++i) {
            clock.advance(1000);
            auto r = audit.append(
                AuditEntry::by(supervisor, "visits.list", "/api/v1/visits",
                               {{"filters", {{"commune", "Cesson-Sévigné"}}}, {"count", i}}));
            REQUIRE(r.ok());
            CHECK(r->seq == i);
        }
    }
};

}  // namespace

TEST_CASE("audit entries are numbered and chained from the genesis hash") {
    AuditFixture f;
    f.append_five();
    auto listed = f.audit.entries("", 0, 100);
    REQUIRE(listed.ok());
    const std::vector<AuditRecord>& entries = listed.value();
    REQUIRE(entries.size() == 5);
    CHECK(entries.front().prev_hash == AuditService::genesis_hash());
    for (std::size_t i = 1; i < entries.size(); ++i) {
        CHECK(entries[i].prev_hash == entries[i - 1].hash);
    }
    const AuditRecord& third = entries[2];
    CHECK(third.hash == AuditService::chain_hash(entries[1].hash, 3, third.at_ms, third.entry));
    CHECK(third.entry.user_id == f.supervisor.user_id);
    CHECK(third.entry.device_id == f.supervisor.device_id);
    CHECK(third.entry.unit_id == f.supervisor.unit_id);
    CHECK(third.entry.details.at("count") == 3);
    CHECK(third.at_ms == ms_at("2026-11-26T10:00:03.000Z"));

    const AuditVerification v = f.audit.verify();
    CHECK(v.ok);
    CHECK(v.entries == 5);
    CHECK(v.head_hash == entries.back().hash);
    const CliRun cli = verify_cli(f.db);
    CHECK(cli.code == 0);
    CHECK(cli.out.find("5 entries") != std::string::npos);
}

TEST_CASE("an empty audit journal verifies") {
    AuditFixture f;
    CHECK(f.audit.verify().ok);
    CHECK(verify_cli(f.db).code == 0);
}

TEST_CASE("the audit journal refuses updates and deletes made through SQL") {
    AuditFixture f;
    f.append_five();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(f.db.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE audit_log SET target = 'x' WHERE seq = 2", nullptr, nullptr,
                       nullptr) != SQLITE_OK);
    CHECK(sqlite3_exec(db, "DELETE FROM audit_log WHERE seq = 2", nullptr, nullptr, nullptr) !=
          SQLITE_OK);
    sqlite3_close(db);
    CHECK(f.audit.verify().ok);
}

TEST_CASE("audit verify names an edited entry") {
    AuditFixture f;
    f.append_five();
    tamper(f.db, "UPDATE audit_log SET details = '{\"count\":0}' WHERE seq = 3");
    const AuditVerification v = f.audit.verify();
    CHECK_FALSE(v.ok);
    CHECK(v.bad_seq == 3);
    const CliRun cli = verify_cli(f.db);
    CHECK(cli.code == 1);
    CHECK(cli.err.find("entry 3") != std::string::npos);
}

TEST_CASE("audit verify names an entry whose who or when was changed") {
    AuditFixture f;
    f.append_five();
    SECTION("user") {
        tamper(f.db, "UPDATE audit_log SET user_id = '" + f.patrol_a.user_id + "' WHERE seq = 4");
    }
    SECTION("time") {
        tamper(f.db, "UPDATE audit_log SET at_ms = at_ms + 1 WHERE seq = 4");
    }
    const AuditVerification v = f.audit.verify();
    CHECK_FALSE(v.ok);
    CHECK(v.bad_seq == 4);
}

TEST_CASE("audit verify names a removed entry") {
    AuditFixture f;
    f.append_five();
    tamper(f.db, "DELETE FROM audit_log WHERE seq = 2");
    const AuditVerification v = f.audit.verify();
    CHECK_FALSE(v.ok);
    CHECK(v.bad_seq == 2);
    const CliRun cli = verify_cli(f.db);
    CHECK(cli.code == 1);
    CHECK(cli.err.find("entry 2") != std::string::npos);
}

TEST_CASE("audit verify names a removed entry that was renumbered to hide the gap") {
    AuditFixture f;
    f.append_five();
    tamper(f.db,
           "DELETE FROM audit_log WHERE seq = 2;"
           "UPDATE audit_log SET seq = seq - 1 WHERE seq > 2;"
           "UPDATE audit_head SET seq = 4");
    const AuditVerification v = f.audit.verify();
    CHECK_FALSE(v.ok);
    CHECK(v.bad_seq == 2);
}

TEST_CASE("audit verify notices that the newest entries were removed") {
    AuditFixture f;
    f.append_five();
    tamper(f.db, "DELETE FROM audit_log WHERE seq >= 4");
    const AuditVerification v = f.audit.verify();
    CHECK_FALSE(v.ok);
    CHECK(v.bad_seq == 4);
    CHECK(verify_cli(f.db).code == 1);
}

TEST_CASE("audit verify names reordered entries") {
    AuditFixture f;
    f.append_five();
    // Swap the contents of entries 2 and 3, keeping their numbers.
    tamper(f.db,
           "UPDATE audit_log SET seq = 100 WHERE seq = 2;"
           "UPDATE audit_log SET seq = 2 WHERE seq = 3;"
           "UPDATE audit_log SET seq = 3 WHERE seq = 100");
    const AuditVerification v = f.audit.verify();
    CHECK_FALSE(v.ok);
    CHECK(v.bad_seq == 2);
}

TEST_CASE("an entry appended after a tampered one does not hide it") {
    AuditFixture f;
    f.append_five();
    tamper(f.db, "UPDATE audit_log SET action = 'visits.other' WHERE seq = 1");
    REQUIRE(f.audit.append(AuditEntry::by(f.supervisor, "stats.read", "/api/v1/stats")).ok());
    CHECK(f.audit.verify().bad_seq == 1);
}

TEST_CASE("audit verify has a --help and needs an existing database") {
    std::ostringstream out;
    std::ostringstream err;
    CHECK(run_audit_verify({"--help"}, out, err) == 0);
    CHECK(out.str().find("Usage: ronde-server audit verify") != std::string::npos);
    TempDir dir;
    CHECK(verify_cli(dir.file("absent.db").string()).code == 1);
    std::ostringstream out2;
    std::ostringstream err2;
    CHECK(run_audit_verify({}, out2, err2) == 2);
}
