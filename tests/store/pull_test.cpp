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

namespace {

constexpr std::uint64_t kOtherNode = 0xabcdef0123456789;
const std::string kRemoteContact = "01a1fd97-5f47-7778-850b-bf5095e75fbb";

std::string remote_hlc(std::int64_t wall_ms, std::uint32_t counter = 0) {
    return HlcStamp{wall_ms, counter, kOtherNode}.to_string();
}

PulledChange pulled(std::int64_t seq, Entity entity, const std::string& id, std::string hlc,
                    Json data, bool deleted = false) {
    PulledChange p;
    p.seq = seq;
    p.change.entity = entity;
    p.change.id = id;
    p.change.hlc = std::move(hlc);
    p.change.deleted = deleted;
    p.change.data = std::move(data);
    return p;
}

PullResponse page_of(std::vector<PulledChange> changes, std::int64_t next_since) {
    PullResponse r;
    r.changes = std::move(changes);
    r.next_since = next_since;
    return r;
}

void answer_pending_batch(DeviceStore& store) {
    auto batch = store.next_batch(500).value();
    REQUIRE(batch);
    std::vector<ChangeResult> results;
    for (const OutboxEntry& e : batch->entries) {
        results.push_back({e.record_id, ChangeOutcome::applied, std::nullopt});
    }
    REQUIRE_FALSE(store.apply_push_result(batch->batch_id, results));
}

}  // namespace

TEST_CASE("a pulled page is applied and its cursor stored in the same transaction") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    {
        auto store = open_store(path, clock);
        auto r = store->apply_pull_page(
            page_of({pulled(7, Entity::contact, kRemoteContact, remote_hlc(kStartMs - 1000),
                            encode(sample_contact("Mairie", "Jean Dupont")))},
                    7));
        REQUIRE(r);
        CHECK(r.value().applied == 1);
        CHECK(store->sync_state().value().cursor == 7);
    }
    auto store = open_store(path, clock);
    CHECK(store->sync_state().value().cursor == 7);
    auto c = store->contact(kRemoteContact).value();
    REQUIRE(c);
    CHECK(c->record.organisation == "Mairie");
    CHECK(c->sync == SyncStatus::synced);
    CHECK(store->outbox_size().value() == 0);  // pulled data is not pushed back
    CHECK(store->search_contacts("dupont").value().size() == 1);
}

TEST_CASE("a pulled contact never overwrites a key with a pending local edit") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    REQUIRE(store->apply_pull_page(
        page_of({pulled(1, Entity::contact, kRemoteContact, remote_hlc(kStartMs - 60'000),
                        encode(sample_contact()))},
                1)));
    Contact mine = sample_contact();
    mine.phone = "06 11 11 11 11";
    REQUIRE(store->save_contact(kRemoteContact, mine));

    // Meanwhile the server merged another device's phone and notes.
    Contact server = sample_contact();
    server.phone = "06 22 22 22 22";
    server.notes = "Nouveau gérant.";
    auto r = store->apply_pull_page(page_of(
        {pulled(2, Entity::contact, kRemoteContact, remote_hlc(kStartMs + 5000), encode(server))},
        2));
    REQUIRE(r);
    CHECK(r.value().kept_local == 1);
    auto c = store->contact(kRemoteContact).value();
    CHECK(c->record.phone == "06 11 11 11 11");   // my pending edit stays on top
    CHECK(c->record.notes == "Nouveau gérant.");  // the rest is the server's
    CHECK(c->sync == SyncStatus::pending);
    CHECK(store->sync_state().value().cursor == 2);
    CHECK(store->outbox_size().value() == 1);

    SECTION("my edit was older than the pulled version: the server's state comes back") {
        answer_pending_batch(*store);
        auto after = store->contact(kRemoteContact).value();
        CHECK(after->record.phone == "06 22 22 22 22");
        CHECK(after->record.notes == "Nouveau gérant.");
        CHECK(after->sync == SyncStatus::synced);
    }
    SECTION("a later edit of mine stays once it is answered") {
        clock.advance(60'000);
        mine = c->record;
        mine.role_title = "Gérant";
        REQUIRE(store->save_contact(kRemoteContact, mine));
        answer_pending_batch(*store);
        auto after = store->contact(kRemoteContact).value();
        CHECK(after->record.role_title == "Gérant");
        CHECK(after->record.phone == "06 22 22 22 22");  // the older edit lost, as on the server
    }
}

TEST_CASE("an edit made after the pull survives its answer") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    REQUIRE(store->apply_pull_page(
        page_of({pulled(1, Entity::contact, kRemoteContact, remote_hlc(kStartMs - 60'000),
                        encode(sample_contact()))},
                1)));
    clock.advance(10'000);
    Contact mine = sample_contact();
    mine.phone = "06 11 11 11 11";
    REQUIRE(store->save_contact(kRemoteContact, mine));
    answer_pending_batch(*store);
    CHECK(store->contact(kRemoteContact).value()->record.phone == "06 11 11 11 11");
    CHECK(store->contact(kRemoteContact).value()->sync == SyncStatus::synced);
}

TEST_CASE("a pulled visit never overwrites a visit with a pending local edit") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string id = store->save_visit(std::nullopt, sample_visit()).value();
    Visit theirs = store->visit(id).value()->record;
    theirs.note = "Version du superviseur.";

    auto r = store->apply_pull_page(
        page_of({pulled(4, Entity::visit, id, remote_hlc(kStartMs + 5000), encode(theirs))}, 4));
    REQUIRE(r);
    CHECK(r.value().kept_local == 1);
    CHECK(store->visit(id).value()->record.note == sample_visit().note);
    CHECK(store->sync_state().value().cursor == 4);

    answer_pending_batch(*store);
    CHECK(store->visit(id).value()->record.note == "Version du superviseur.");
    CHECK(store->visit(id).value()->hlc == remote_hlc(kStartMs + 5000));
}

TEST_CASE("a visit update leaves out an unchanged follow-up, so a closing elsewhere stays") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    Visit v = sample_visit();
    v.follow_up.needed = true;
    v.follow_up.summary = "Bruit nocturne";
    v.follow_up.assignee_id = kColleague;
    const std::string id = store->save_visit(std::nullopt, v).value();
    answer_pending_batch(*store);
    auto mine = store->visit(id).value();
    REQUIRE(store->apply_pull_page(
        page_of({pulled(1, Entity::visit, id, mine->hlc, encode(mine->record))}, 1)));

    // Offline, I fix a typo in the note...
    clock.advance(60'000);
    Visit typo = mine->record;
    typo.note = "Vols à l'étalage en hausse le samedi matin.";
    REQUIRE(store->save_visit(id, typo));
    auto batch = store->next_batch(500).value();
    REQUIRE(batch);
    CHECK_FALSE(batch->entries.back().change["data"].contains("follow_up"));

    // ...while my colleague closed the follow-up on the server.
    Visit closed = mine->record;
    closed.follow_up.status = FollowUpStatus::done;
    closed.follow_up.closed_at = at(kStartMs + 30'000);
    closed.follow_up.closed_by = kColleague;
    REQUIRE(store->apply_pull_page(
        page_of({pulled(2, Entity::visit, id, remote_hlc(kStartMs + 30'000), encode(closed))}, 2)));
    auto now = store->visit(id).value();
    CHECK(now->record.note == typo.note);
    CHECK(now->record.follow_up.status == FollowUpStatus::done);

    // Closing sends the follow-up.
    answer_pending_batch(*store);
    Visit open = sample_visit();
    open.follow_up.needed = true;
    open.follow_up.summary = "À revoir";
    const std::string other = store->save_visit(std::nullopt, open).value();
    REQUIRE_FALSE(store->close_follow_up(other));
    auto next = store->next_batch(500).value();
    REQUIRE(next);
    REQUIRE(next->entries.size() == 2);
    CHECK(next->entries[1].change["data"]["follow_up"]["status"] == "done");
}

TEST_CASE("a pulled version replaces a record without pending changes") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string id = store->save_visit(std::nullopt, sample_visit()).value();
    answer_pending_batch(*store);
    const auto mine = store->visit(id).value();

    auto echo = store->apply_pull_page(
        page_of({pulled(5, Entity::visit, id, mine->hlc, encode(mine->record))}, 5));
    CHECK(echo.value().applied == 1);
    CHECK(store->visit(id).value()->record == mine->record);

    Visit theirs = mine->record;
    theirs.climate = Climate::tense;
    auto newer = store->apply_pull_page(
        page_of({pulled(6, Entity::visit, id, remote_hlc(kStartMs + 1), encode(theirs))}, 6));
    CHECK(newer.value().applied == 1);
    CHECK(store->visit(id).value()->record.climate == Climate::tense);
    CHECK(store->outbox_size().value() == 0);

    auto bad = store->apply_pull_page(
        page_of({pulled(7, Entity::visit, "01a1fd98-03c0-7cca-b5b4-e44e60a2c1ae",
                        remote_hlc(kStartMs + 2), Json{{"note", "no occurred_at"}})},
                7));
    CHECK(bad.value().invalid == 1);
    CHECK(store->sync_state().value().cursor == 7);
}

TEST_CASE("tombstones are final") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    REQUIRE(store->apply_pull_page(
        page_of({pulled(1, Entity::contact, kRemoteContact, remote_hlc(kStartMs - 60'000),
                        encode(sample_contact()))},
                1)));
    auto r = store->apply_pull_page(
        page_of({pulled(2, Entity::contact, kRemoteContact, remote_hlc(kStartMs - 50'000),
                        Json::object(), true),
                 pulled(3, Entity::contact, kRemoteContact, remote_hlc(kStartMs - 40'000),
                        encode(sample_contact("Après la suppression")))},
                3));
    REQUIRE(r);
    CHECK(r.value().applied == 1);
    CHECK(r.value().ignored == 1);
    CHECK_FALSE(store->contact(kRemoteContact).value());
    CHECK(store->save_contact(kRemoteContact, sample_contact()).error().code == "deleted");
}

TEST_CASE("a pulled tombstone drops unsent local edits and says so") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    REQUIRE(store->apply_pull_page(
        page_of({pulled(1, Entity::contact, kRemoteContact, remote_hlc(kStartMs - 60'000),
                        encode(sample_contact()))},
                1)));
    Contact mine = sample_contact();
    mine.phone = "06 11 11 11 11";
    REQUIRE(store->save_contact(kRemoteContact, mine));
    auto batch = store->next_batch(500).value();  // this one is in flight
    REQUIRE(batch);
    mine.notes = "encore";
    REQUIRE(store->save_contact(kRemoteContact, mine));  // this one is not sent yet
    CHECK(store->outbox_size().value() == 2);

    auto r =
        store->apply_pull_page(page_of({pulled(2, Entity::contact, kRemoteContact,
                                               remote_hlc(kStartMs + 1), Json::object(), true)},
                                       2));
    REQUIRE(r);
    CHECK(r.value().dropped_local == 1);
    CHECK_FALSE(store->contact(kRemoteContact).value());
    CHECK(store->outbox_size().value() == 1);  // the batch in flight keeps its change
    auto rejected = store->rejected_records().value();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].error.code == "deleted");

    REQUIRE_FALSE(store->apply_push_result(
        batch->batch_id,
        {{kRemoteContact, ChangeOutcome::rejected, make_error("deleted", "Deleted.", "id")}}));
    CHECK(store->outbox_size().value() == 0);
    CHECK_FALSE(store->contact(kRemoteContact).value());
    REQUIRE_FALSE(store->dismiss_rejection(Entity::contact, kRemoteContact));
    CHECK(store->rejected_records().value().empty());
}

TEST_CASE("a rejected edit of a known record shows the server's state and keeps the change") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    REQUIRE(store->apply_pull_page(
        page_of({pulled(1, Entity::contact, kRemoteContact, remote_hlc(kStartMs - 60'000),
                        encode(sample_contact()))},
                1)));
    REQUIRE_FALSE(store->delete_contact(kRemoteContact));
    auto batch = store->next_batch(500).value();
    REQUIRE(batch);
    const Error forbidden = make_error("forbidden", "Only a supervisor may delete it.", "id");
    REQUIRE_FALSE(store->apply_push_result(batch->batch_id,
                                           {{kRemoteContact, ChangeOutcome::rejected, forbidden}}));
    auto c = store->contact(kRemoteContact).value();
    REQUIRE(c);  // back, as on the server
    CHECK(c->sync == SyncStatus::rejected);
    auto rejected = store->rejected_records().value();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].error == forbidden);
    CHECK(rejected[0].change["deleted"] == true);
}

TEST_CASE("a record whose creation was rejected is sent whole when edited") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string id = store->save_contact(std::nullopt, sample_contact()).value();
    auto batch = store->next_batch(500).value();
    REQUIRE_FALSE(store->apply_push_result(
        batch->batch_id,
        {{id, ChangeOutcome::rejected, make_error("invalid_value", "Refused.", "data.notes")}}));
    auto c = store->contact(id).value();
    REQUIRE(c);  // still visible
    CHECK(c->sync == SyncStatus::rejected);
    Contact fixed = c->record;
    fixed.notes = "corrigé";
    REQUIRE(store->save_contact(id, fixed));
    auto next = store->next_batch(500).value();
    REQUIRE(next);
    CHECK(next->entries[0].change["data"] == encode(fixed));
}

TEST_CASE("pulled stamps move the local clock forward") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string ahead = remote_hlc(kStartMs + 30 * 60'000, 3);  // a clock 30 min ahead
    auto r = store->apply_pull_page(
        page_of({pulled(1, Entity::contact, kRemoteContact, ahead, encode(sample_contact()))}, 1));
    REQUIRE(r);
    CHECK(r.value().clock_drift == 0);
    Contact mine = sample_contact();
    mine.notes = "après";
    REQUIRE(store->save_contact(kRemoteContact, mine));
    CHECK(store->contact(kRemoteContact).value()->hlc > ahead);

    auto far = store->apply_pull_page(
        page_of({pulled(2, Entity::contact, "01a1fd97-5f47-7778-850b-000000000001",
                        remote_hlc(kStartMs + 48 * 3600'000), encode(sample_contact()))},
                2));
    REQUIRE(far);
    CHECK(far.value().clock_drift == 1);
    CHECK(far.value().applied == 1);
}

TEST_CASE("a record without local changes keeps no second copy of its base") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    auto store = open_store(path, clock);
    REQUIRE(store->apply_pull_page(
        page_of({pulled(1, Entity::contact, kRemoteContact, remote_hlc(kStartMs - 60'000),
                        encode(sample_contact()))},
                1)));
    sqlite3* db = raw_open(path);
    const std::string copies = "SELECT count(*) FROM contacts WHERE base_data IS NOT NULL";
    CHECK(raw_count(db, copies) == 0);

    Contact mine = sample_contact();
    mine.phone = "06 11 11 11 11";
    REQUIRE(store->save_contact(kRemoteContact, mine));
    CHECK(raw_count(db, copies) == 1);  // the base is kept while the edit is pending
    clock.advance(1000);
    REQUIRE(store->apply_pull_page(
        page_of({pulled(2, Entity::contact, kRemoteContact,
                        store->contact(kRemoteContact).value()->hlc, encode(mine))},
                2)));
    CHECK(store->contact(kRemoteContact).value()->record.phone == "06 11 11 11 11");
    answer_pending_batch(*store);
    REQUIRE(store->apply_pull_page(
        page_of({pulled(2, Entity::contact, kRemoteContact,
                        store->contact(kRemoteContact).value()->hlc, encode(mine))},
                2)));
    CHECK(raw_count(db, copies) == 0);
    CHECK(store->contact(kRemoteContact).value()->record == mine);
    sqlite3_close(db);
}
