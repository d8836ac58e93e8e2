#include "store_support.hpp"

#ifdef RONDE_STORE_SQLCIPHER
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include <catch2/catch.hpp>

#include <random>

namespace ronde::store::test {

TempDir::TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("ronde-store-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

StoreOptions FakeClock::options(std::uint64_t seed) const {
    StoreOptions o;
    auto shared = ms;
    o.clock = [shared] { return *shared; };
    o.uuid_seed = seed;
    return o;
}

std::optional<StoreKey> test_key() {
#ifdef RONDE_STORE_SQLCIPHER
    StoreKey key;
    for (std::size_t i = 0; i < key.bytes.size(); ++i) {
        key.bytes[i] = static_cast<std::uint8_t>(i * 7 + 1);
    }
    return key;
#else
    return std::nullopt;
#endif
}

std::unique_ptr<DeviceStore> open_store(const std::string& path, const FakeClock& clock,
                                        bool enrol) {
    auto store = DeviceStore::open(path, test_key(), clock.options());
    if (!store) {
        FAIL("open: " << store.error().code << ": " << store.error().message);
    }
    if (enrol) {
        auto err = store.value()->set_identity(kMe);
        if (err) {
            FAIL("set_identity: " << err->code << ": " << err->message);
        }
    }
    return std::move(store).value();
}

sqlite3* raw_open(const std::string& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    if (auto key = test_key()) {
        REQUIRE_FALSE(apply_key(db, *key).has_value());
    }
    return db;
}

void raw_exec(sqlite3* db, const std::string& sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    INFO(sql << ": " << (err != nullptr ? err : ""));
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
}

std::int64_t raw_count(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const std::int64_t n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

Timestamp at(std::int64_t ms) {
    return Timestamp(std::chrono::milliseconds(ms));
}

Contact sample_contact(std::string organisation, std::string person) {
    Contact c;
    c.category = ContactCategory::shopkeeper;
    c.organisation = std::move(organisation);
    c.person_name = std::move(person);
    c.address = "12 rue de la République";
    c.commune = "Cesson-Sévigné";
    c.position = GeoPoint{48.1215, -1.6030};
    c.phone = "02 99 12 34 56";
    return c;
}

Visit sample_visit(const std::string& contact_id, const std::string& patrol_id) {
    Visit v;
    v.contact_id = contact_id;
    v.patrol_id = patrol_id;
    v.occurred_at = at(kStartMs);
    v.topics = {Topic::shoplifting, Topic::incivility};
    v.actions = {Action::prevention_advice};
    v.climate = Climate::positive;
    v.note = "Vols à l'étalage en hausse le samedi.";
    return v;
}

}  // namespace ronde::store::test
