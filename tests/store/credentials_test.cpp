// The credentials table (migration 4) and two connections to one store file
// (the app's GUI and sync threads): the clock never goes back across them.
#include "store_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace ronde;
using namespace ronde::store;
using namespace ronde::store::test;

namespace {

constexpr std::uint64_t kOtherNode = 0xabcdef0123456789;
const std::string kRemoteContact = "01a1fd97-5f47-7778-850b-bf5095e75fbb";

PullResponse one_contact_page(const std::string& hlc, std::int64_t seq) {
    PulledChange p;
    p.seq = seq;
    p.change.entity = Entity::contact;
    p.change.id = kRemoteContact;
    p.change.hlc = hlc;
    p.change.data = encode(sample_contact("Mairie", "Jean Dupont"));
    PullResponse r;
    r.changes = {p};
    r.next_since = seq;
    return r;
}

}  // namespace

TEST_CASE("a credential is kept in the store, replaced, removed, and survives a reopen") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    {
        auto store = open_store(path, clock);
        CHECK_FALSE(store->credential("device_token").value());
        REQUIRE_FALSE(store->set_credential("device_token", "first"));
        REQUIRE_FALSE(store->set_credential("device_token", "second"));
        REQUIRE_FALSE(store->set_credential("username", "gnd.tanguy"));
    }
    auto store = open_store(path, clock);
    CHECK(store->credential("device_token").value() == std::optional<std::string>("second"));
    REQUIRE_FALSE(store->remove_credential("device_token"));
    CHECK_FALSE(store->credential("device_token").value());
    CHECK(store->credential("username").value() == std::optional<std::string>("gnd.tanguy"));
}

TEST_CASE("a wiped store takes its credentials with it") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    auto store = open_store(path, clock);
    REQUIRE_FALSE(store->set_credential("device_token", "secret"));
    REQUIRE_FALSE(store->wipe());
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(store->credential("device_token").error().code == "store_closed");
}

TEST_CASE("a stamp merged by one connection orders the other connection's next write after it") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    auto gui = open_store(path, clock);
    auto syncing = open_store(path, clock);
    // The sync connection pulls a change stamped an hour ahead of this clock.
    const std::string ahead = HlcStamp{kStartMs + 3'600'000, 0, kOtherNode}.to_string();
    REQUIRE(syncing->apply_pull_page(one_contact_page(ahead, 1)));
    // The GUI connection opened before: its next stamp still sorts after it.
    auto id = gui->save_contact(std::nullopt, sample_contact("Boulangerie", "Paul"));
    REQUIRE(id);
    auto saved = gui->contact(id.value()).value();
    REQUIRE(saved);
    CHECK(saved->hlc > ahead);
    // And a later pull on the other connection never lowers the stored clock.
    const std::string behind = HlcStamp{kStartMs - 60'000, 0, kOtherNode}.to_string();
    REQUIRE(syncing->apply_pull_page(one_contact_page(behind, 2)));
    auto again = syncing->save_contact(std::nullopt, sample_contact("Pharmacie", "Anne"));
    REQUIRE(again);
    CHECK(syncing->contact(again.value()).value()->hlc > saved->hlc);
}
