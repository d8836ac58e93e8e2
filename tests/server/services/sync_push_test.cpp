// SyncService::push: batches, idempotency, authorisation and merge rules.
#include "service_fixture.hpp"

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

namespace {

Json stored_data(const std::optional<RecordRow>& row) {
    REQUIRE(row.has_value());
    return Json::parse(row->data);
}

std::vector<ConflictRecord> conflicts_of(Fixture& f, const Principal& who) {
    auto tx = f.store->begin_read();
    return tx->conflicts(who.unit_id, 0, 100);
}

}  // namespace

TEST_CASE("a push applies every valid change and answers the new sequence") {
    Fixture f;
    const std::string contact = f.id();
    const std::string patrol = f.id();
    const std::string visit = f.id();
    auto visit_data = Fixture::visit_data("2026-11-26T09:15:00.000Z", "Commerçante rassurée.");
    visit_data["contact_id"] = contact;
    visit_data["patrol_id"] = patrol;
    visit_data["author_id"] = f.patrol_b.user_id;  // ignored: the server sets it
    auto response = f.push(
        f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                     Fixture::contact_data("Boulangerie")),
                     Fixture::change(Entity::patrol, patrol, f.hlc(f.patrol_a, 1),
                                     Fixture::patrol_data("2026-11-26T08:30:00.000Z")),
                     Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a, 2), visit_data)});
    REQUIRE(response.results.size() == 3);
    for (const auto& r : response.results) {
        CHECK(r.outcome == ChangeOutcome::applied);
        CHECK_FALSE(r.error.has_value());
    }
    CHECK(response.results[0].id == contact);
    CHECK(response.server_seq == 3);

    auto row = f.record(f.patrol_a, Entity::visit, visit);
    REQUIRE(row.has_value());
    CHECK(row->author_id == f.patrol_a.user_id);
    const Json data = stored_data(row);
    CHECK(data["author_id"] == f.patrol_a.user_id);
    CHECK(data["device_id"] == f.patrol_a.device_id);
    CHECK(data["note"] == "Commerçante rassurée.");
    CHECK(f.sync.counters().changes_pushed == 3);
}

TEST_CASE("a replayed batch returns the first answer byte for byte and applies nothing twice") {
    Fixture f;
    const Json body = f.body({Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a),
                                              Fixture::contact_data("Pharmacie du Bourg")),
                              Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a, 1),
                                              Fixture::contact_data("Tabac-presse"))});
    auto first = f.sync.push(f.patrol_a, body);
    REQUIRE(first.ok());
    f.clock.advance(60'000);
    auto second = f.sync.push(f.patrol_a, body);
    REQUIRE(second.ok());
    CHECK(second.value() == first.value());
    auto tx = f.store->begin_read();
    CHECK(tx->current_seq(f.unit.id) == 2);
    CHECK(f.sync.counters().changes_pushed == 2);
}

TEST_CASE("a batch replayed after its stored answer expired is judged again without effect") {
    Fixture f;
    const std::string contact = f.id();
    const std::string visit = f.id();
    Json visit_data = Fixture::visit_data("2026-11-26T09:15:00.000Z", "Commerçante rassurée.");
    visit_data["contact_id"] = contact;
    Json invalid = Fixture::visit_data("2026-11-26T09:20:00.000Z", "Sans date");
    invalid.erase("occurred_at");
    const Json old_body =
        f.body({Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                Fixture::contact_data("Pharmacie du Bourg")),
                Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a, 1), visit_data),
                Fixture::change(Entity::visit, f.id(), f.hlc(f.patrol_a, 2), invalid)});
    auto first = f.sync.push(f.patrol_a, old_body);
    REQUIRE(first.ok());

    // Ten days later: another device renames the contact, and a second batch.
    f.clock.advance(10 * kDay);
    f.push(f.patrol_b, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_b),
                                        Json{{"organisation", "Pharmacie de la Poste"}})});
    const Json recent_body = f.body({Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a),
                                                     Fixture::contact_data("Tabac-presse"))});
    auto recent = f.sync.push(f.patrol_a, recent_body);
    REQUIRE(recent.ok());

    // The first batch's answer is past the 90 days, the second's is not.
    f.clock.advance(80 * kDay + 1);
    CHECK(f.sync.prune_batches() == 1);
    CHECK(f.sync.prune_batches() == 0);
    const std::int64_t seq_before = f.store->begin_read()->current_seq(f.unit.id);
    const auto conflicts_before = conflicts_of(f, f.supervisor).size();

    auto again = f.sync.push(f.patrol_a, old_body);
    REQUIRE(again.ok());
    CHECK(again.value() != first.value());
    auto answer = decode_push_response(parse_json(again.value()).value());
    REQUIRE(answer.ok());
    REQUIRE(answer.value().results.size() == 3);
    CHECK(answer.value().results[0].outcome == ChangeOutcome::duplicate);
    CHECK(answer.value().results[1].outcome == ChangeOutcome::duplicate);
    CHECK(answer.value().results[2].outcome == ChangeOutcome::rejected);
    REQUIRE(answer.value().results[2].error.has_value());
    CHECK(answer.value().results[2].error->field == "data.occurred_at");
    CHECK(answer.value().server_seq == seq_before);
    // Nothing was applied or logged again: the contact keeps the later name.
    CHECK(f.store->begin_read()->current_seq(f.unit.id) == seq_before);
    CHECK(conflicts_of(f, f.supervisor).size() == conflicts_before);
    CHECK(stored_data(f.record(f.patrol_a, Entity::contact, contact))["organisation"] ==
          "Pharmacie de la Poste");
    // The new answer is stored in its turn, and the recent one was kept.
    CHECK(f.sync.push(f.patrol_a, old_body).value() == again.value());
    CHECK(f.sync.push(f.patrol_a, recent_body).value() == recent.value());
}

TEST_CASE("old push answers are deleted in chunks, oldest first, and the pruning can stop early") {
    Fixture f;
    std::vector<Json> bodies;
    std::vector<std::string> answers;
    for (int i = 0; i < 5; ++i) {
        bodies.push_back(f.body({Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a),
                                                 Fixture::contact_data("Commerce"))}));
        answers.push_back(f.sync.push(f.patrol_a, bodies.back()).value());
        f.clock.advance(kDay);
    }
    // Now the first batch is 95 days old, the last 91, and one more is new.
    f.clock.advance(90 * kDay);
    const Json fresh = f.body({});
    const std::string fresh_answer = f.sync.push(f.patrol_a, fresh).value();
    int chunks = 0;
    CHECK(f.sync.prune_batches([&chunks] { return ++chunks < 2; }, 2) == 4);
    CHECK(chunks == 2);
    // The oldest went first: the fifth batch is still answered byte for byte.
    CHECK(f.sync.push(f.patrol_a, bodies[4]).value() == answers[4]);
    CHECK(f.sync.push(f.patrol_a, bodies[0]).value() != answers[0]);
    CHECK(f.sync.prune_batches({}, 2) == 1);
    CHECK(f.sync.push(f.patrol_a, bodies[4]).value() != answers[4]);
    CHECK(f.sync.push(f.patrol_a, fresh).value() == fresh_answer);
}

TEST_CASE("a batch id reused with other changes or by another device is a batch_conflict") {
    Fixture f;
    const std::string batch = random_uuid_v4();
    auto first =
        f.sync.push(f.patrol_a, f.body({Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a),
                                                        Fixture::contact_data("Fleuriste"))},
                                       batch));
    REQUIRE(first.ok());
    auto other_content = f.sync.push(
        f.patrol_a, f.body({Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a, 5),
                                            Fixture::contact_data("Opticien"))},
                           batch));
    REQUIRE_FALSE(other_content.ok());
    CHECK(other_content.error().code == "batch_conflict");

    auto other_device = f.sync.push(f.patrol_b, f.body({}, batch));
    REQUIRE_FALSE(other_device.ok());
    CHECK(other_device.error().code == "batch_conflict");
    CHECK(f.store->begin_read()->current_seq(f.unit.id) == 1);
}

TEST_CASE("a request that is not a well-formed push is refused whole") {
    Fixture f;
    Json wrong_protocol = f.body({});
    wrong_protocol["protocol"] = 2;
    CHECK(f.sync.push(f.patrol_a, wrong_protocol).error().code == "unsupported_protocol");
    CHECK_FALSE(f.sync.push(f.patrol_a, Json{{"changes", Json::array()}}).ok());
    std::vector<Json> many;
    for (int i = 0; i < 501; ++i) {
        many.push_back(Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a, i),
                                       Fixture::contact_data("Commerce")));
    }
    CHECK(f.sync.push(f.patrol_a, f.body(many)).error().code == "too_many");
    CHECK(f.store->begin_read()->current_seq(f.unit.id) == 0);
}

TEST_CASE("one invalid change is rejected with its field path while the others apply") {
    Fixture f;
    Json bad = Fixture::visit_data("2026-11-26T09:15:00.000Z", "Note");
    bad["climate"] = "furious";
    auto response = f.push(
        f.patrol_a, {Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a),
                                     Fixture::contact_data("Garage")),
                     Fixture::change(Entity::visit, f.id(), f.hlc(f.patrol_a, 1), bad),
                     Json{{"entity", "contact"}, {"id", 12}},
                     Fixture::change(Entity::visit, f.id(), f.hlc(f.patrol_a, 2),
                                     Fixture::visit_data("2026-11-26T09:20:00.000Z", "Note"))});
    REQUIRE(response.results.size() == 4);
    CHECK(response.results[0].outcome == ChangeOutcome::applied);
    CHECK(response.results[1].outcome == ChangeOutcome::rejected);
    REQUIRE(response.results[1].error.has_value());
    CHECK(response.results[1].error->code == "invalid_enum");
    CHECK(response.results[1].error->field == "data.climate");
    CHECK(response.results[2].outcome == ChangeOutcome::rejected);
    CHECK(response.results[2].id == "");
    CHECK(response.results[3].outcome == ChangeOutcome::applied);
    CHECK(response.server_seq == 2);
    CHECK(f.sync.counters().changes_rejected == 2);
}

TEST_CASE("a change whose clock is more than a day ahead is rejected as clock_drift") {
    Fixture f;
    auto response = f.push(
        f.patrol_a, {Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a, 25 * 3600 * 1000LL),
                                     Fixture::contact_data("Bar des Sports")),
                     Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a, 23 * 3600 * 1000LL),
                                     Fixture::contact_data("Bar du Marché"))});
    CHECK(response.results[0].outcome == ChangeOutcome::rejected);
    CHECK(response.results[0].error->code == "clock_drift");
    CHECK(response.results[0].error->field == "hlc");
    CHECK(response.results[1].outcome == ChangeOutcome::applied);
}

TEST_CASE(
    "a change accepted before is a duplicate and an older one is applied but changes nothing") {
    Fixture f;
    const std::string visit = f.id();
    auto v1 = Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a, 0),
                              Fixture::visit_data("2026-11-26T09:15:00.000Z", "première"));
    auto v2 = Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a, 10),
                              Fixture::visit_data("2026-11-26T09:15:00.000Z", "seconde"));
    auto v0 = Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a, -10),
                              Fixture::visit_data("2026-11-26T09:15:00.000Z", "ancienne"));
    CHECK(f.push(f.patrol_a, {v1}).results[0].outcome == ChangeOutcome::applied);
    CHECK(f.push(f.patrol_a, {v2}).results[0].outcome == ChangeOutcome::applied);
    CHECK(f.push(f.patrol_a, {v1}).results[0].outcome == ChangeOutcome::duplicate);
    CHECK(f.push(f.patrol_a, {v2}).results[0].outcome == ChangeOutcome::duplicate);
    const auto seq = f.store->begin_read()->current_seq(f.unit.id);
    CHECK(f.push(f.patrol_a, {v0}).results[0].outcome == ChangeOutcome::applied);
    CHECK(f.push(f.patrol_a, {v0}).results[0].outcome == ChangeOutcome::duplicate);
    CHECK(f.store->begin_read()->current_seq(f.unit.id) == seq);  // nothing changed
    CHECK(stored_data(f.record(f.patrol_a, Entity::visit, visit))["note"] == "seconde");
}

TEST_CASE("a patrol cannot change or delete another author's visit") {
    Fixture f;
    const std::string visit = f.id();
    f.push(f.patrol_a,
           {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a),
                            Fixture::visit_data("2026-11-26T09:15:00.000Z", "original"))});
    auto edit = f.push(
        f.patrol_b, {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_b, 10),
                                     Fixture::visit_data("2026-11-26T09:15:00.000Z", "réécrite"))});
    CHECK(edit.results[0].outcome == ChangeOutcome::rejected);
    CHECK(edit.results[0].error->code == "not_author");
    auto del = f.push(f.patrol_b, {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_b, 20),
                                                   Json::object(), true)});
    CHECK(del.results[0].error->code == "not_author");
    auto row = f.record(f.patrol_a, Entity::visit, visit);
    CHECK_FALSE(row->deleted);
    CHECK(stored_data(row)["note"] == "original");
}

TEST_CASE("a supervisor closes a follow-up and only the follow-up is taken from the change") {
    Fixture f;
    const std::string visit = f.id();
    Json data = Fixture::visit_data("2026-11-26T09:15:00.000Z", "Bruit signalé");
    data["follow_up"] = Fixture::open_follow_up(f.patrol_b.user_id);
    f.push(f.patrol_a, {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a), data)});
    REQUIRE(f.record(f.patrol_a, Entity::visit, visit)->open_follow_up);

    Json closing = data;
    closing["note"] = "le superviseur ne change pas la note";
    closing["follow_up"] = Fixture::closed_follow_up(f.patrol_b.user_id, f.supervisor.user_id,
                                                     "2026-11-26T10:00:00.000Z");
    auto r = f.push(f.supervisor,
                    {Fixture::change(Entity::visit, visit, f.hlc(f.supervisor, 5), closing)});
    REQUIRE(r.results[0].outcome == ChangeOutcome::applied);
    auto row = f.record(f.patrol_a, Entity::visit, visit);
    CHECK_FALSE(row->open_follow_up);
    CHECK(row->author_id == f.patrol_a.user_id);
    const Json stored = stored_data(row);
    CHECK(stored["note"] == "Bruit signalé");
    CHECK(stored["author_id"] == f.patrol_a.user_id);
    CHECK(stored["follow_up"]["status"] == "done");
    CHECK(stored["follow_up"]["closed_by"] == f.supervisor.user_id);
}

TEST_CASE("the follow-up's assignee may close it, another patrol may not") {
    Fixture f;
    const Principal carol = f.principal(f.add_user("BTA-CESSON", "carole", Role::patrol));
    const std::string visit = f.id();
    Json data = Fixture::visit_data("2026-11-26T09:15:00.000Z", "Bruit signalé");
    data["follow_up"] = Fixture::open_follow_up(f.patrol_b.user_id);
    f.push(f.patrol_a, {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a), data)});

    Json closing = data;
    closing["follow_up"] =
        Fixture::closed_follow_up(f.patrol_b.user_id, carol.user_id, "2026-11-26T10:00:00.000Z");
    auto refused = f.push(carol, {Fixture::change(Entity::visit, visit, f.hlc(carol, 5), closing)});
    CHECK(refused.results[0].error->code == "not_author");

    closing["follow_up"]["closed_by"] = f.patrol_b.user_id;
    auto ok =
        f.push(f.patrol_b, {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_b, 6), closing)});
    CHECK(ok.results[0].outcome == ChangeOutcome::applied);
    CHECK_FALSE(f.record(f.patrol_a, Entity::visit, visit)->open_follow_up);
}

TEST_CASE("contacts merge per key and log the values a device had not seen") {
    Fixture f;
    const std::string contact = f.id();
    Json data = Fixture::contact_data("Boulangerie Le Goff");
    data["notes"] = "Ouvert le dimanche matin.";
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a), data)});

    // B never pulled: its older phone loses, its newer notes overwrite a
    // value it had not seen. Both are logged.
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a, 20),
                                        Json{{"phone", "06 39 98 11 22"}})});
    auto b =
        f.push(f.patrol_b,
               {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_b, 10),
                                Json{{"phone", "02 61 91 00 00"}, {"notes", "Fermé le lundi."}})});
    CHECK(b.results[0].outcome == ChangeOutcome::applied);

    const Json stored = stored_data(f.record(f.patrol_a, Entity::contact, contact));
    CHECK(stored["phone"] == "06 39 98 11 22");  // newer HLC wins the key
    CHECK(stored["notes"] == "Fermé le lundi.");
    CHECK(stored["organisation"] == "Boulangerie Le Goff");  // untouched
    CHECK(f.record(f.patrol_a, Entity::contact, contact)->hlc == f.hlc(f.patrol_a, 20));

    auto log = conflicts_of(f, f.patrol_a);
    REQUIRE(log.size() == 2);  // in key order
    CHECK(log[0].field == "notes");
    CHECK(log[0].reason == "concurrent_edit");
    CHECK(log[0].lost_value == "\"Ouvert le dimanche matin.\"");
    CHECK(log[0].lost_device_id == f.patrol_a.device_id);
    CHECK(log[0].kept_value == "\"Fermé le lundi.\"");
    CHECK(log[0].kept_user_id == f.patrol_b.user_id);
    CHECK(log[1].field == "phone");
    CHECK(log[1].lost_value == "\"02 61 91 00 00\"");
    CHECK(log[1].lost_hlc == f.hlc(f.patrol_b, 10));
    CHECK(log[1].kept_value == "\"06 39 98 11 22\"");
    CHECK(log[1].kept_hlc == f.hlc(f.patrol_a, 20));
}

TEST_CASE("overwriting a contact value after pulling it is not a conflict") {
    Fixture f;
    const std::string contact = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                        Fixture::contact_data("Tabac"))});
    REQUIRE(f.sync.pull(f.patrol_b, 0, 100).ok());
    f.push(f.patrol_b, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_b, 5),
                                        Json{{"phone", "06 39 98 44 55"}})});
    CHECK(conflicts_of(f, f.patrol_a).empty());
}

TEST_CASE("null in a contact patch resets the key") {
    Fixture f;
    const std::string contact = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                        Fixture::contact_data("Presse"))});
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a, 1),
                                        Json{{"position", nullptr}, {"phone", nullptr}})});
    const Json stored = stored_data(f.record(f.patrol_a, Entity::contact, contact));
    CHECK_FALSE(stored.contains("position"));
    CHECK(stored["phone"] == "");
}

TEST_CASE("a contact patch that would make the record invalid is rejected") {
    Fixture f;
    const std::string contact = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                        Fixture::contact_data("Mairie"))});
    auto r = f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a, 1),
                                                 Json{{"phone", "12345"}})});
    CHECK(r.results[0].outcome == ChangeOutcome::rejected);
    CHECK(r.results[0].error->field == "data.phone");
    // A new contact must be a whole valid record.
    auto incomplete =
        f.push(f.patrol_a, {Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a, 2),
                                            Json{{"commune", "Acigné"}})});
    CHECK(incomplete.results[0].outcome == ChangeOutcome::rejected);
}

TEST_CASE("an edit after a delete is rejected and logged, a second delete is a duplicate") {
    Fixture f;
    const std::string contact = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                        Fixture::contact_data("Quincaillerie"))});
    auto del = f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a, 10),
                                                   Json::object(), true)});
    CHECK(del.results[0].outcome == ChangeOutcome::applied);
    auto late = f.push(f.patrol_b, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_b, 50),
                                                    Json{{"notes", "Toujours ouvert ?"}})});
    CHECK(late.results[0].outcome == ChangeOutcome::rejected);
    CHECK(late.results[0].error->code == "deleted");
    CHECK(late.results[0].error->field == "id");
    auto row = f.record(f.patrol_a, Entity::contact, contact);
    CHECK(row->deleted);
    CHECK(row->data == "{}");
    auto log = conflicts_of(f, f.patrol_a);
    REQUIRE(log.size() == 1);
    CHECK(log[0].reason == "edit_after_delete");
    CHECK(log[0].lost_hlc == f.hlc(f.patrol_b, 50));
    CHECK(log[0].kept_hlc == f.hlc(f.patrol_a, 10));
    CHECK(f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a, 60),
                                              Json::object(), true)})
              .results[0]
              .outcome == ChangeOutcome::duplicate);
}

TEST_CASE("only a supervisor or its creator deletes a contact") {
    Fixture f;
    const std::string contact = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                        Fixture::contact_data("Garage"))});
    auto refused = f.push(
        f.patrol_b,
        {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_b, 5), Json::object(), true)});
    CHECK(refused.results[0].error->code == "forbidden");
    auto ok = f.push(f.supervisor, {Fixture::change(Entity::contact, contact,
                                                    f.hlc(f.supervisor, 6), Json::object(), true)});
    CHECK(ok.results[0].outcome == ChangeOutcome::applied);
}

TEST_CASE("a delete older than the last edit still wins and logs what it removed") {
    Fixture f;
    const std::string visit = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a, 10),
                                        Fixture::visit_data("2026-11-26T09:15:00.000Z", "v"))});
    auto del =
        f.push(f.patrol_a,
               {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a, 5), Json::object(), true)});
    CHECK(del.results[0].outcome == ChangeOutcome::applied);
    auto row = f.record(f.patrol_a, Entity::visit, visit);
    CHECK(row->deleted);
    CHECK(row->hlc == f.hlc(f.patrol_a, 5));  // the delete's version
    auto log = conflicts_of(f, f.patrol_a);
    REQUIRE(log.size() == 1);
    CHECK(log[0].reason == "edit_after_delete");
    CHECK(log[0].lost_hlc == f.hlc(f.patrol_a, 10));
}

TEST_CASE("a delete of a record the server never saw is kept as a tombstone") {
    Fixture f;
    const std::string visit = f.id();
    f.push(f.patrol_a,
           {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a, 5), Json::object(), true)});
    auto late =
        f.push(f.patrol_a, {Fixture::change(Entity::visit, visit, f.hlc(f.patrol_a, 1),
                                            Fixture::visit_data("2026-11-26T09:15:00.000Z", "v"))});
    CHECK(late.results[0].error->code == "deleted");
    CHECK(f.record(f.patrol_a, Entity::visit, visit)->deleted);
}

TEST_CASE("an id of another unit or of another entity is refused") {
    Fixture f;
    const std::string contact = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                        Fixture::contact_data("Cesson"))});
    auto r = f.push(f.stranger, {Fixture::change(Entity::contact, contact, f.hlc(f.stranger, 5),
                                                 Fixture::contact_data("Liffré"))});
    CHECK(r.results[0].error->code == "forbidden");
    CHECK(r.results[0].error->field == "id");
    CHECK(stored_data(f.record(f.patrol_a, Entity::contact, contact))["organisation"] == "Cesson");
    auto other =
        f.push(f.patrol_a, {Fixture::change(Entity::visit, contact, f.hlc(f.patrol_a, 6),
                                            Fixture::visit_data("2026-11-26T09:15:00.000Z", "v"))});
    CHECK(other.results[0].error->code == "invalid_value");
    CHECK(other.results[0].error->field == "entity");
}

TEST_CASE("admin accounts do not sync") {
    Fixture f;
    Principal admin = f.supervisor;
    admin.role = Role::admin;
    CHECK(f.sync.push(admin, f.body({})).error().code == "forbidden");
    CHECK(f.sync.pull(admin, 0, 10).error().code == "forbidden");
}

TEST_CASE("supervisors read the conflict log of their unit only") {
    Fixture f;
    const std::string contact = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a, 10),
                                        Fixture::contact_data("Tabac"))});
    f.push(f.patrol_b, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_b, 5),
                                        Json{{"phone", "06 39 98 00 01"}})});
    auto log = f.sync.conflicts(f.supervisor, 0, 100);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->front().field == "phone");
    CHECK(f.sync.conflicts(f.supervisor, log->front().id, 100)->empty());
    CHECK(f.sync.conflicts(f.patrol_a, 0, 100).error().code == "forbidden");
    Principal foreign = f.stranger;
    foreign.role = Role::supervisor;
    CHECK(f.sync.conflicts(foreign, 0, 100)->empty());
}
