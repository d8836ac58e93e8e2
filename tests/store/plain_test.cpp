#include "store_support.hpp"

#include <catch2/catch.hpp>

using namespace ronde;
using namespace ronde::store;
using namespace ronde::store::test;

TEST_CASE("the plain build refuses a key instead of writing in clear") {
    TempDir dir;
    FakeClock clock;
    auto keyed = DeviceStore::open(dir.file("d.db"), StoreKey{}, clock.options());
    REQUIRE_FALSE(keyed);
    CHECK(keyed.error().code == "encryption_unavailable");
    auto pin = DeviceStore::open_with_pin(dir.file("d.db"), "1234", clock.options());
    REQUIRE_FALSE(pin);
    CHECK(pin.error().code == "encryption_unavailable");
}

TEST_CASE("the plain build has no PIN to change") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    auto refused = store->change_pin("482913", "705318");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "encryption_unavailable");
}
