// Consultations journaled on the device (migration 5): recorded in their own
// transaction, append-only (the triggers refuse edits and the removal of
// unsent events, whoever tries), kept across a reopen, acknowledged in
// batches, oldest first.
#include "store_support.hpp"

#ifdef RONDE_STORE_SQLCIPHER
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include "ronde/uuid.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace ronde;
using namespace ronde::store;
using namespace ronde::store::test;

namespace {

const std::string kContact = "01a1fd97-5f47-7778-850b-bf5095e75fbb";
const std::string kOtherContact = "01a1fd97-6000-7778-850b-bf5095e75fbc";

// The SQLite result code of `sql` on a raw connection, with its message.
int raw_try(sqlite3* db, const std::string& sql, std::string* message = nullptr) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    if (message != nullptr) {
        *message = err != nullptr ? err : "";
    }
    sqlite3_free(err);
    return rc;
}

}  // namespace

TEST_CASE("opening a contact page journals one consultation with its time and user") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    auto recorded = store->record_consultation(ConsultationKind::contact_open, kContact);
    REQUIRE(recorded);
    CHECK(uuid_v7_millis(recorded->event.id) == kStartMs);
    CHECK(recorded->event.kind == ConsultationKind::contact_open);
    CHECK(recorded->event.record_id == kContact);
    CHECK(recorded->event.at == at(kStartMs));
    CHECK(recorded->user_id == kMe.user_id);
    CHECK_FALSE(recorded->sent_at);

    auto unsent = store->unsent_consultations();
    REQUIRE(unsent);
    REQUIRE(unsent.value().size() == 1);
    CHECK(unsent.value()[0] == recorded->event);
    CHECK(store->unsent_consultation_count().value() == 1);
    // A consultation is not a change of a record: nothing to push.
    CHECK(store->outbox_size().value() == 0);
}

TEST_CASE("a consultation of a malformed record id is refused") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    auto recorded = store->record_consultation(ConsultationKind::contact_open, "not-a-uuid");
    REQUIRE_FALSE(recorded);
    CHECK(recorded.error().code == "invalid_uuid");
    CHECK(store->unsent_consultation_count().value() == 0);
}

TEST_CASE("consultations survive a reopen and come back oldest first in batches") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    std::vector<std::string> ids;
    {
        auto store = open_store(path, clock);
        for (int i = 0; i < 5; ++i) {
            auto r = store->record_consultation(ConsultationKind::contact_open,
                                                i % 2 == 0 ? kContact : kOtherContact);
            REQUIRE(r);
            ids.push_back(r->event.id);
            clock.advance(1000);
        }
    }
    auto store = open_store(path, clock, false);
    auto first = store->unsent_consultations(2);
    REQUIRE(first);
    REQUIRE(first.value().size() == 2);
    CHECK(first.value()[0].id == ids[0]);
    CHECK(first.value()[1].id == ids[1]);
    CHECK(first.value()[1].record_id == kOtherContact);
    CHECK(first.value()[1].at == at(kStartMs + 1000));

    REQUIRE_FALSE(store->mark_consultations_sent({ids[0], ids[1], "unknown-id"}));
    auto rest = store->unsent_consultations(10);
    REQUIRE(rest.value().size() == 3);
    CHECK(rest.value()[0].id == ids[2]);
    CHECK(store->unsent_consultation_count().value() == 3);
    auto all = store->consultations();
    REQUIRE(all.value().size() == 5);
    CHECK(all.value()[0].sent_at == at(*clock.ms));
    CHECK_FALSE(all.value()[2].sent_at);
}

TEST_CASE("the consultation table refuses edits and the removal of unsent events") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    auto store = open_store(path, clock);
    auto sent = store->record_consultation(ConsultationKind::contact_open, kContact);
    auto unsent = store->record_consultation(ConsultationKind::contact_open, kOtherContact);
    REQUIRE(sent);
    REQUIRE(unsent);
    REQUIRE_FALSE(store->mark_consultations_sent({sent->event.id}));

    sqlite3* db = raw_open(path);
    std::string message;
    const std::string where_unsent = " WHERE event_id = '" + unsent->event.id + "'";
    const std::string where_sent = " WHERE event_id = '" + sent->event.id + "'";
    for (const std::string& edit :
         {"UPDATE consultations SET record_id = '" + kContact + "'" + where_unsent,
          "UPDATE consultations SET at_ms = at_ms - 3600000" + where_unsent,
          "UPDATE consultations SET kind = 'visit.open'" + where_sent,
          "UPDATE consultations SET user_id = ''" + where_unsent,
          "UPDATE consultations SET event_id = '" + random_uuid_v4() + "'" + where_unsent}) {
        INFO(edit);
        CHECK(raw_try(db, edit, &message) == SQLITE_CONSTRAINT);
        CHECK(message == "consultations are append-only");
    }
    CHECK(raw_try(db, "DELETE FROM consultations" + where_unsent, &message) == SQLITE_CONSTRAINT);
    CHECK(message == "an unsent consultation cannot be removed");
    CHECK(raw_try(db, "DELETE FROM consultations", &message) == SQLITE_CONSTRAINT);
    // A sent event cannot become unsent again (and be sent twice) either.
    CHECK(raw_try(db, "UPDATE consultations SET sent_at_ms = NULL" + where_sent, &message) ==
          SQLITE_CONSTRAINT);
    CHECK(raw_try(db, "UPDATE consultations SET sent_at_ms = 1" + where_sent, &message) ==
          SQLITE_CONSTRAINT);
    // What the store itself does is allowed: an answered event may go.
    CHECK(raw_try(db, "DELETE FROM consultations" + where_sent) == SQLITE_OK);
    CHECK(raw_count(db, "SELECT count(*) FROM consultations") == 1);
    sqlite3_close(db);
    CHECK(store->unsent_consultations().value().size() == 1);
}

TEST_CASE("an event the server refused is answered and never sent again") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    auto a = store->record_consultation(ConsultationKind::contact_open, kContact);
    auto b = store->record_consultation(ConsultationKind::contact_open, kOtherContact);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE_FALSE(store->mark_consultation_refused(a->event.id, "clock_drift"));
    auto unsent = store->unsent_consultations();
    REQUIRE(unsent.value().size() == 1);
    CHECK(unsent.value()[0].id == b->event.id);
    auto all = store->consultations();
    CHECK(all.value()[0].refused_code == std::optional<std::string>("clock_drift"));
    // Later acknowledgements leave it as refused.
    REQUIRE_FALSE(store->mark_consultations_sent({a->event.id, b->event.id}));
    CHECK(store->consultations().value()[0].refused_code ==
          std::optional<std::string>("clock_drift"));
}

TEST_CASE("acknowledged consultations are removed after 30 days, unsent ones are kept") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    auto old_sent = store->record_consultation(ConsultationKind::contact_open, kContact);
    auto old_unsent = store->record_consultation(ConsultationKind::contact_open, kOtherContact);
    REQUIRE_FALSE(store->mark_consultations_sent({old_sent->event.id}));
    clock.advance(std::int64_t{31} * 24 * 3600 * 1000);
    auto fresh = store->record_consultation(ConsultationKind::contact_open, kContact);
    REQUIRE_FALSE(store->mark_consultations_sent({fresh->event.id}));
    auto all = store->consultations();
    REQUIRE(all.value().size() == 2);
    CHECK(all.value()[0].event.id == old_unsent->event.id);
    CHECK(all.value()[1].event.id == fresh->event.id);
}

TEST_CASE("only the signed-in user's consultations are offered for sending") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock, false);
    // Before any sign-in (demo data): anyone's, the first account sends it.
    auto before = store->record_consultation(ConsultationKind::contact_open, kContact);
    REQUIRE(before);
    CHECK(before->user_id.empty());
    REQUIRE_FALSE(store->set_identity(kMe));
    auto mine = store->record_consultation(ConsultationKind::contact_open, kContact);
    DeviceIdentity colleague = kMe;
    colleague.user_id = kColleague;
    REQUIRE_FALSE(store->set_identity(colleague));
    auto theirs = store->record_consultation(ConsultationKind::contact_open, kOtherContact);
    auto offered = store->unsent_consultations();
    REQUIRE(offered.value().size() == 2);
    CHECK(offered.value()[0].id == before->event.id);
    CHECK(offered.value()[1].id == theirs->event.id);
    CHECK(store->unsent_consultation_count().value() == 3);
}

TEST_CASE("a closed store journals nothing") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    REQUIRE_FALSE(store->wipe());
    auto recorded = store->record_consultation(ConsultationKind::contact_open, kContact);
    REQUIRE_FALSE(recorded);
    CHECK(recorded.error().code == "store_closed");
}
