#include "store_support.hpp"

#include <sqlcipher/sqlite3.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace ronde;
using namespace ronde::store;
using namespace ronde::store::test;

namespace {

const KeyParams kFastParams{1, 8 * 1024, 1};  // cheap Argon2 for the tests
const std::string kSecret = "Secret-de-patrouille-4242";

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::unique_ptr<DeviceStore> open_pin(const std::string& path, std::string_view pin,
                                      const FakeClock& clock) {
    auto store = DeviceStore::open_with_pin(path, pin, clock.options(), kFastParams);
    if (!store) {
        FAIL("open_with_pin: " << store.error().code << ": " << store.error().message);
    }
    return std::move(store).value();
}

}  // namespace

TEST_CASE("the encrypted store is unreadable without the key") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    {
        auto store = open_pin(path, "482913", clock);
        REQUIRE_FALSE(store->set_identity(kMe));
        Contact c = sample_contact();
        c.notes = kSecret;
        REQUIRE(store->save_contact(std::nullopt, c));
    }
    REQUIRE(std::filesystem::exists(salt_path(path)));
    for (const char* suffix : {"", "-wal"}) {
        const std::string bytes = read_all(path + suffix);
        INFO(suffix);
        CHECK(bytes.find(kSecret) == std::string::npos);
        CHECK(bytes.find("Boulangerie") == std::string::npos);
        CHECK(bytes.find("SQLite format 3") == std::string::npos);
    }
    CHECK(read_all(path).size() > 0);

    // SQLCipher itself, without the key, cannot read the schema.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const int rc =
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    CHECK(rc == SQLITE_NOTADB);
    sqlite3_close(db);

    auto unkeyed = DeviceStore::open(path, std::nullopt, clock.options());
    REQUIRE_FALSE(unkeyed);
    CHECK(unkeyed.error().code == "not_a_database");

    // The right PIN reads it back.
    auto store = open_pin(path, "482913", clock);
    auto found = store->search_contacts("lefevre").value();
    REQUIRE(found.size() == 1);
    CHECK(found[0].record.notes == kSecret);
}

TEST_CASE("a wrong PIN is refused and changes nothing") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    {
        auto store = open_pin(path, "482913", clock);
        REQUIRE_FALSE(store->set_identity(kMe));
        REQUIRE(store->save_contact(std::nullopt, sample_contact()));
    }
    const std::string before = read_all(path);
    auto wrong = DeviceStore::open_with_pin(path, "000000", clock.options(), kFastParams);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == "wrong_pin");
    CHECK(read_all(path) == before);
    auto store = open_pin(path, "482913", clock);
    CHECK(store->outbox_size().value() == 1);
}

TEST_CASE("the key comes from the PIN and the per-device salt") {
    const std::vector<std::uint8_t> salt1(16, 1);
    const std::vector<std::uint8_t> salt2(16, 2);
    auto a = derive_key("482913", salt1, kFastParams);
    auto b = derive_key("482913", salt1, kFastParams);
    auto c = derive_key("482913", salt2, kFastParams);
    auto d = derive_key("482914", salt1, kFastParams);
    REQUIRE(a);
    CHECK(a.value() == b.value());
    CHECK_FALSE(a.value() == c.value());
    CHECK_FALSE(a.value() == d.value());
    CHECK(a.value().hex().size() == 64);
    CHECK(derive_key("", salt1, kFastParams).error().code == "invalid_value");

    TempDir dir;
    const std::string path = dir.file("device.db");
    CHECK(read_salt_file(path).error().code == "missing_salt");
    auto created = create_salt_file(path, kFastParams);
    REQUIRE(created);
    auto read = read_salt_file(path);
    REQUIRE(read);
    CHECK(read.value().salt == created.value().salt);
    CHECK(read.value().params == kFastParams);
    CHECK(read.value().salt.size() == kSaltSize);
}

TEST_CASE("a database whose salt is lost is not silently replaced") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    open_pin(path, "482913", clock).reset();
    std::filesystem::remove(salt_path(path));
    auto store = DeviceStore::open_with_pin(path, "482913", clock.options(), kFastParams);
    REQUIRE_FALSE(store);
    CHECK(store.error().code == "missing_salt");
}

TEST_CASE("wipe of an encrypted store removes its salt too") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    auto store = open_pin(path, "482913", clock);
    REQUIRE_FALSE(store->wipe());
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK_FALSE(std::filesystem::exists(salt_path(path)));
}
