#include "store_support.hpp"

#ifdef RONDE_STORE_SQLCIPHER
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include <catch2/catch.hpp>

using namespace ronde;
using namespace ronde::store;
using namespace ronde::store::test;

TEST_CASE("an empty database is migrated to the latest schema") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    {
        auto store = open_store(path, clock, false);
        CHECK(store->is_open());
        CHECK_FALSE(store->identity());
    }
    sqlite3* db = raw_open(path);
    CHECK(raw_count(db, "PRAGMA user_version") == DeviceStore::schema_version());
    for (const char* table : {"contacts", "visits", "patrols", "outbox", "sync_state",
                              "record_sync", "hlc_state", "device_identity"}) {
        INFO(table);
        CHECK(raw_count(db, std::string("SELECT count(*) FROM sqlite_master WHERE type = "
                                        "'table' AND name = '") +
                                table + "'") == 1);
    }
    CHECK(raw_count(db, "SELECT count(*) FROM sync_state") == 1);
    sqlite3_close(db);
}

TEST_CASE("reopening a migrated database keeps its data and migrates nothing twice") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    std::string id;
    {
        auto store = open_store(path, clock);
        auto saved = store->save_contact(std::nullopt, sample_contact());
        REQUIRE(saved);
        id = saved.value();
    }
    auto store = open_store(path, clock);
    CHECK(store->identity() == kMe);
    auto c = store->contact(id);
    REQUIRE(c);
    REQUIRE(c.value());
    CHECK(c.value()->record == sample_contact());
}

TEST_CASE("a database from a newer build is refused") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    open_store(path, clock, false).reset();
    sqlite3* db = raw_open(path);
    raw_exec(db, "PRAGMA user_version = 999");
    sqlite3_close(db);
    auto store = DeviceStore::open(path, test_key(), clock.options());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == "store_too_new");
}

TEST_CASE("a file that is not a database is refused with a code") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    {
        FILE* f = std::fopen(path.c_str(), "wb");
        REQUIRE(f != nullptr);
        const std::string junk(8192, 'x');
        std::fwrite(junk.data(), 1, junk.size(), f);
        std::fclose(f);
    }
    auto store = DeviceStore::open(path, test_key(), clock.options());
    REQUIRE_FALSE(store);
    CHECK((store.error().code == "not_a_database" || store.error().code == "wrong_pin"));
}
