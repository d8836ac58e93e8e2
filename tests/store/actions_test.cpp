#include "ronde/uuid.hpp"
#include "ronde/validate.hpp"
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

std::vector<OutboxEntry> whole_outbox(DeviceStore& store) {
    auto batch = store.next_batch(10000);
    REQUIRE(batch);
    return batch.value() ? batch.value()->entries : std::vector<OutboxEntry>{};
}

}  // namespace

TEST_CASE("creating a contact writes the record and one outbox change with every key") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    auto id = store->save_contact(std::nullopt, sample_contact());
    REQUIRE(id);
    CHECK(is_valid_uuid(id.value()));
    CHECK(uuid_v7_millis(id.value()) == kStartMs);

    auto stored = store->contact(id.value());
    REQUIRE(stored);
    REQUIRE(stored.value());
    CHECK(stored.value()->record == sample_contact());
    CHECK(stored.value()->sync == SyncStatus::pending);

    auto entries = whole_outbox(*store);
    REQUIRE(entries.size() == 1);
    const OutboxEntry& e = entries[0];
    CHECK(e.entity == Entity::contact);
    CHECK(e.record_id == id.value());
    CHECK(is_valid_uuid(e.change_id));
    CHECK(e.hlc == stored.value()->hlc);
    CHECK(e.change["data"] == encode(sample_contact()));
    CHECK(e.change["deleted"] == false);
    CHECK(e.change["hlc"] == e.hlc);
    auto decoded = decode_change(e.change);
    REQUIRE(decoded);
    CHECK_FALSE(validate_change(decoded.value()));
}

TEST_CASE("editing a contact sends a patch with only the changed keys") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string id = store->save_contact(std::nullopt, sample_contact()).value();

    SECTION("keys found by comparison") {
        Contact edited = sample_contact();
        edited.phone = "06 12 34 56 78";
        edited.notes = "Fermé le lundi.";
        clock.advance(1000);
        REQUIRE(store->save_contact(id, edited));
        auto entries = whole_outbox(*store);
        REQUIRE(entries.size() == 2);
        CHECK(entries[1].change["data"] ==
              Json{{"phone", "06 12 34 56 78"}, {"notes", "Fermé le lundi."}});
        CHECK(entries[1].hlc > entries[0].hlc);
        CHECK(store->contact(id).value()->record == edited);
    }
    SECTION("keys named by the caller") {
        Contact edited = sample_contact();
        edited.phone = "06 12 34 56 78";
        edited.notes = "not meant to be saved";
        REQUIRE(store->save_contact(id, edited, {"phone"}));
        auto entries = whole_outbox(*store);
        REQUIRE(entries.size() == 2);
        CHECK(entries[1].change["data"] == Json{{"phone", "06 12 34 56 78"}});
        auto stored = store->contact(id).value();
        CHECK(stored->record.phone == "06 12 34 56 78");
        CHECK(stored->record.notes.empty());
    }
    SECTION("an unset optional key is sent as null") {
        Contact edited = sample_contact();
        edited.position.reset();
        REQUIRE(store->save_contact(id, edited));
        auto entries = whole_outbox(*store);
        REQUIRE(entries.size() == 2);
        CHECK(entries[1].change["data"] == Json{{"position", nullptr}});
        CHECK_FALSE(store->contact(id).value()->record.position);
    }
    SECTION("an edit that changes nothing writes nothing") {
        REQUIRE(store->save_contact(id, sample_contact()));
        CHECK(store->outbox_size().value() == 1);
    }
    SECTION("an unknown key is refused") {
        auto r = store->save_contact(id, sample_contact(), {"shoe_size"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == "invalid_value");
    }
}

TEST_CASE("an invalid record is refused and nothing is written") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    Contact bad = sample_contact();
    bad.phone = "not a phone";
    auto r = store->save_contact(std::nullopt, bad);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == "invalid_phone");
    CHECK(store->outbox_size().value() == 0);
    CHECK(store->search_contacts("").value().empty());
}

TEST_CASE("a device that is not enrolled cannot write") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock, false);
    auto r = store->save_contact(std::nullopt, sample_contact());
    REQUIRE_FALSE(r);
    CHECK(r.error().code == "not_enrolled");
    DeviceIdentity other = kMe;
    REQUIRE_FALSE(store->set_identity(kMe));
    other.device_id = "01990955-28c0-79df-ade7-000000000000";
    auto err = store->set_identity(other);
    REQUIRE(err);
    CHECK(err->code == "identity_mismatch");
}

TEST_CASE("a failure in the middle of an action leaves nothing written") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    auto store = open_store(path, clock);
    const std::string contact_id = store->save_contact(std::nullopt, sample_contact()).value();
    const std::string visit_id = store->save_visit(std::nullopt, sample_visit(contact_id)).value();
    const std::string patrol_id = store->start_patrol(Patrol{}).value();
    const auto before_hlc = store->last_hlc();

    // The outbox append, the last step of every action, now fails.
    sqlite3* db = raw_open(path);
    raw_exec(db,
             "CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox "
             "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    const auto counts = [&] {
        return std::vector<std::int64_t>{
            raw_count(db, "SELECT count(*) FROM contacts"),
            raw_count(db, "SELECT count(*) FROM visits"),
            raw_count(db, "SELECT count(*) FROM patrols"),
            raw_count(db, "SELECT count(*) FROM outbox"),
            raw_count(db, "SELECT count(*) FROM contacts WHERE deleted = 1"),
            raw_count(db, "SELECT count(*) FROM visits WHERE deleted = 1"),
            raw_count(db, "SELECT count(*) FROM patrols WHERE ended_at IS NOT NULL")};
    };
    const auto before = counts();
    const std::string contact_data =
        store->contact(contact_id).value()->hlc;  // the version before the attempts

    CHECK(store->save_contact(std::nullopt, sample_contact("Pharmacie", "")).error().code ==
          "sqlite_error");
    Contact edited = sample_contact();
    edited.notes = "lost";
    CHECK_FALSE(store->save_contact(contact_id, edited));
    CHECK(store->delete_contact(contact_id));
    CHECK_FALSE(store->save_visit(std::nullopt, sample_visit()));
    CHECK(store->delete_visit(visit_id));
    CHECK_FALSE(store->start_patrol(Patrol{}));
    CHECK(store->end_patrol(patrol_id));

    CHECK(counts() == before);
    auto c = store->contact(contact_id).value();
    REQUIRE(c);
    CHECK(c->hlc == contact_data);
    CHECK(c->record.notes.empty());
    CHECK(store->patrol(patrol_id).value()->record.ended_at == std::nullopt);
    CHECK(raw_count(db, "SELECT count(*) FROM hlc_state WHERE last_hlc = '" +
                            before_hlc.to_string() + "'") == 1);

    raw_exec(db, "DROP TRIGGER fail_outbox");
    sqlite3_close(db);
    CHECK(store->save_contact(contact_id, edited));
    CHECK(store->outbox_size().value() == 4);
}

TEST_CASE("deleting a contact writes a tombstone and a delete change") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string id = store->save_contact(std::nullopt, sample_contact()).value();
    REQUIRE_FALSE(store->delete_contact(id));
    CHECK_FALSE(store->contact(id).value());
    CHECK(store->search_contacts("boulangerie").value().empty());
    auto entries = whole_outbox(*store);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].change["deleted"] == true);
    CHECK(entries[1].change["data"] == Json::object());
    CHECK(store->save_contact(id, sample_contact()).error().code == "deleted");
    CHECK_FALSE(store->delete_contact(id));  // deleting again is harmless
    CHECK(store->outbox_size().value() == 2);
    CHECK(store->delete_contact("01990955-28c0-79df-ade7-000000000000")->code == "not_found");
}

TEST_CASE("visits are saved whole with their author and device") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string id = store->save_visit(std::nullopt, sample_visit()).value();
    auto v = store->visit(id).value();
    REQUIRE(v);
    CHECK(v->record.author_id == kMe.user_id);
    CHECK(v->record.device_id == kMe.device_id);

    Visit edited = v->record;
    edited.note = "Note corrigée.";
    REQUIRE(store->save_visit(id, edited));
    auto entries = whole_outbox(*store);
    REQUIRE(entries.size() == 2);
    Json sent = encode(edited);
    sent.erase("follow_up");  // unchanged: left out (protocol 7.2)
    CHECK(entries[1].change["data"] == sent);
    REQUIRE_FALSE(store->delete_visit(id));
    CHECK_FALSE(store->visit(id).value());
    CHECK(store->outbox_size().value() == 3);
}

TEST_CASE("closing a follow-up records when and by whom") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    Visit v = sample_visit();
    v.follow_up.needed = true;
    v.follow_up.summary = "Bruit nocturne derrière la boutique";
    v.follow_up.assignee_id = kMe.user_id;
    const std::string id = store->save_visit(std::nullopt, v).value();
    const std::string plain = store->save_visit(std::nullopt, sample_visit()).value();
    clock.advance(3600'000);
    REQUIRE_FALSE(store->close_follow_up(id));
    auto closed = store->visit(id).value();
    CHECK(closed->record.follow_up.status == FollowUpStatus::done);
    CHECK(closed->record.follow_up.closed_at == at(kStartMs + 3600'000));
    CHECK(closed->record.follow_up.closed_by == kMe.user_id);
    CHECK(store->outbox_size().value() == 3);
    CHECK(store->close_follow_up(plain)->code == "invalid_value");
}

TEST_CASE("a patrol starts now with me as member and ends later") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    Patrol p;
    p.mode = PatrolMode::bike;
    p.event_label = "Marché du samedi";
    const std::string id = store->start_patrol(p).value();
    auto started = store->patrol(id).value();
    CHECK(started->record.started_at == at(kStartMs));
    CHECK(started->record.members == std::vector<std::string>{kMe.user_id});
    CHECK(store->current_patrol().value()->id == id);

    Patrol updated = started->record;
    updated.area_label = "Centre-ville";
    REQUIRE_FALSE(store->update_patrol(id, updated));
    clock.advance(90 * 60'000);
    REQUIRE_FALSE(store->end_patrol(id));
    auto ended = store->patrol(id).value();
    CHECK(ended->record.ended_at == at(kStartMs + 90 * 60'000));
    CHECK(ended->record.area_label == "Centre-ville");
    CHECK_FALSE(store->current_patrol().value());
    CHECK(store->outbox_size().value() == 3);
}

TEST_CASE("actions inside a transaction that is not committed leave nothing") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    {
        auto tx = store->begin();
        REQUIRE(tx);
        REQUIRE(store->save_contact(std::nullopt, sample_contact()));
        REQUIRE(store->start_patrol(Patrol{}));
        CHECK(store->outbox_size().value() == 2);
    }  // rolled back here
    CHECK(store->outbox_size().value() == 0);
    CHECK(store->search_contacts("").value().empty());
    {
        auto tx = store->begin();
        REQUIRE(tx);
        REQUIRE(store->save_contact(std::nullopt, sample_contact()));
        REQUIRE_FALSE(tx.value().commit());
    }
    CHECK(store->outbox_size().value() == 1);
}
