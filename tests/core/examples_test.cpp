// The examples of sync-protocol/examples/ (the ones PROTOCOL.md shows) decode,
// validate and survive an encode/decode round trip in the core.
#include "ronde/codec.hpp"
#include "ronde/hlc.hpp"
#include "ronde/uuid.hpp"
#include "ronde/validate.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace {

using ronde::Json;

Json load_example(const std::string& name) {
    const std::string path = std::string(RONDE_PROTOCOL_DIR) + "/examples/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        FAIL("cannot open " << path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = ronde::parse_json(text.str());
    INFO(name << ": "
              << (parsed ? std::string() : parsed.error().code + " " + parsed.error().message));
    REQUIRE(parsed.ok());
    return parsed.value();
}

ronde::Change decoded_valid_change(const Json& j) {
    auto change = ronde::decode_change(j);
    INFO((change ? std::string() : change.error().code + " at " + change.error().field));
    REQUIRE(change.ok());
    const auto error = ronde::validate_change(change.value());
    INFO((error ? error->code + " at " + error->field : std::string()));
    REQUIRE_FALSE(error.has_value());
    return change.value();
}

// Ids are UUIDv7 born no later than their first version's HLC.
void check_id_and_hlc(const ronde::Change& c) {
    const auto born = ronde::uuid_v7_millis(c.id);
    REQUIRE(born.has_value());
    const auto stamp = ronde::HlcStamp::parse(c.hlc);
    REQUIRE(stamp.ok());
    CHECK(*born <= stamp->wall_ms);
    CHECK(stamp->to_string() == c.hlc);
}

}  // namespace

TEST_CASE("example contact decodes, validates and round-trips", "[golden][examples]") {
    const ronde::Change change = decoded_valid_change(load_example("contact.json"));
    CHECK(change.entity == ronde::Entity::contact);
    check_id_and_hlc(change);
    const auto contact = ronde::decode_contact(change.data);
    REQUIRE(contact.ok());
    CHECK_FALSE(ronde::validate(contact.value()).has_value());
    CHECK(contact->category == ronde::ContactCategory::shopkeeper);
    CHECK(ronde::is_valid_siret(contact->siret));
    CHECK(ronde::is_valid_french_phone(contact->phone));
    CHECK(ronde::is_plausible_email(contact->email));
    REQUIRE(contact->position.has_value());
    CHECK(contact->position->lat == Approx(48.12483));
    const auto again = ronde::decode_contact(ronde::encode(contact.value()));
    REQUIRE(again.ok());
    CHECK(again.value() == contact.value());
}

TEST_CASE("example patrol decodes, validates and round-trips", "[golden][examples]") {
    const ronde::Change change = decoded_valid_change(load_example("patrol.json"));
    CHECK(change.entity == ronde::Entity::patrol);
    check_id_and_hlc(change);
    const auto patrol = ronde::decode_patrol(change.data);
    REQUIRE(patrol.ok());
    CHECK_FALSE(ronde::validate(patrol.value()).has_value());
    CHECK(patrol->mode == ronde::PatrolMode::foot);
    REQUIRE(patrol->ended_at.has_value());
    CHECK(patrol->started_at < *patrol->ended_at);
    CHECK(patrol->members.size() == 2);
    CHECK(patrol->track.size() == 6);
    CHECK(ronde::format_timestamp(patrol->started_at) == "2026-11-21T08:30:02.118Z");
    const auto again = ronde::decode_patrol(ronde::encode(patrol.value()));
    REQUIRE(again.ok());
    CHECK(again.value() == patrol.value());
}

TEST_CASE("example visit decodes, validates, round-trips and lies within the patrol",
          "[golden][examples]") {
    const ronde::Change change = decoded_valid_change(load_example("visit.json"));
    CHECK(change.entity == ronde::Entity::visit);
    check_id_and_hlc(change);
    const auto visit = ronde::decode_visit(change.data);
    REQUIRE(visit.ok());
    CHECK_FALSE(ronde::validate(visit.value()).has_value());
    CHECK(visit->follow_up.needed);
    CHECK(visit->follow_up.status == ronde::FollowUpStatus::open);
    REQUIRE(visit->follow_up.due_date.has_value());
    CHECK(ronde::format_date(*visit->follow_up.due_date) == "2026-12-05");
    REQUIRE(visit->position.has_value());
    REQUIRE(visit->position->accuracy_m.has_value());
    CHECK(*visit->position->accuracy_m == Approx(8.5));

    const auto patrol = ronde::decode_patrol(load_example("patrol.json").at("data"));
    REQUIRE(patrol.ok());
    CHECK(visit->patrol_id == load_example("patrol.json").at("id").get<std::string>());
    CHECK(visit->contact_id == load_example("contact.json").at("id").get<std::string>());
    CHECK(patrol->started_at <= visit->occurred_at);
    CHECK(visit->occurred_at <= *patrol->ended_at);

    const auto again = ronde::decode_visit(ronde::encode(visit.value()));
    REQUIRE(again.ok());
    CHECK(again.value() == visit.value());
}

TEST_CASE("example change round-trips through the change codec", "[golden][examples]") {
    for (const char* name : {"contact.json", "patrol.json", "visit.json"}) {
        DYNAMIC_SECTION(name) {
            const ronde::Change change = decoded_valid_change(load_example(name));
            const auto again = ronde::decode_change(ronde::encode(change));
            REQUIRE(again.ok());
            CHECK(again->entity == change.entity);
            CHECK(again->id == change.id);
            CHECK(again->hlc == change.hlc);
            CHECK(again->deleted == change.deleted);
            CHECK(again->data == change.data);
        }
    }
}

TEST_CASE("example push request decodes and each change validates", "[golden][examples]") {
    const auto request = ronde::decode_push_request(load_example("push-request.json"));
    REQUIRE(request.ok());
    CHECK(request->protocol == ronde::kProtocolVersion);
    CHECK(ronde::is_valid_uuid(request->batch_id));
    REQUIRE(request->changes.size() == 3);
    for (const Json& raw : request->changes) {
        decoded_valid_change(raw);
    }
}

TEST_CASE("example push response decodes and round-trips", "[golden][examples]") {
    const auto response = ronde::decode_push_response(load_example("push-response.json"));
    REQUIRE(response.ok());
    CHECK(response->batch_id ==
          load_example("push-request.json").at("batch_id").get<std::string>());
    CHECK(response->server_seq == 1043);
    REQUIRE(response->results.size() == 3);
    for (const ronde::ChangeResult& r : response->results) {
        CHECK(r.outcome == ronde::ChangeOutcome::applied);
        CHECK_FALSE(r.error.has_value());
    }
    const auto again = ronde::decode_push_response(ronde::encode(response.value()));
    REQUIRE(again.ok());
    CHECK(again->batch_id == response->batch_id);
    CHECK(again->results == response->results);
    CHECK(again->server_seq == response->server_seq);
}

TEST_CASE("a rejected change result carries its error through the codec", "[golden][examples]") {
    ronde::PushResponse response;
    response.batch_id = "3f9d2c1e-8b7a-4e6f-9a41-2c7d5e8b1f03";
    response.results.push_back(
        {"01a1fd98-03c0-7cca-b5b4-e44e60a2c1ae", ronde::ChangeOutcome::rejected,
         ronde::make_error("out_of_range", "Latitude must be within [-90, 90].",
                           "data.position.lat")});
    response.server_seq = 1043;
    const auto again = ronde::decode_push_response(ronde::encode(response));
    REQUIRE(again.ok());
    CHECK(again->results == response.results);
}

TEST_CASE("example pull response decodes with increasing seqs", "[golden][examples]") {
    const auto response = ronde::decode_pull_response(load_example("pull-response.json"));
    REQUIRE(response.ok());
    REQUIRE(response->changes.size() == 3);
    std::int64_t last = 0;
    for (const ronde::PulledChange& c : response->changes) {
        CHECK(c.seq > last);
        last = c.seq;
        CHECK_FALSE(ronde::validate_change(c.change).has_value());
    }
    CHECK(response->next_since == last);
    CHECK_FALSE(response->has_more);
}

TEST_CASE("example login response carries a valid user and unit", "[golden][examples]") {
    const Json body = load_example("login-response.json");
    const auto user = ronde::decode_user(body.at("user"));
    REQUIRE(user.ok());
    CHECK_FALSE(ronde::validate(user.value()).has_value());
    CHECK(user->role == ronde::Role::patrol);
    const auto unit = ronde::decode_unit(body.at("unit"));
    REQUIRE(unit.ok());
    CHECK_FALSE(ronde::validate(unit.value()).has_value());
    CHECK(user->unit_id == unit->id);
    CHECK(body.at("token").get<std::string>().size() == 64);
}

TEST_CASE("example error decodes to its code and field", "[golden][examples]") {
    const auto error = ronde::decode_error(load_example("error.json"));
    REQUIRE(error.ok());
    CHECK(error->code == "unsupported_protocol");
    CHECK(error->field == "protocol");
    const auto again = ronde::decode_error(ronde::encode_error(error.value()));
    REQUIRE(again.ok());
    CHECK(again.value() == error.value());
}

TEST_CASE("example pull of a closed follow-up decodes and validates", "[golden][examples]") {
    const auto response = ronde::decode_pull_response(load_example("pull-response-follow-up.json"));
    REQUIRE(response.ok());
    REQUIRE(response->changes.size() == 1);
    const ronde::PulledChange& pulled = response->changes.front();
    CHECK(response->next_since >= pulled.seq);
    CHECK_FALSE(ronde::validate_change(pulled.change).has_value());
    const auto visit = ronde::decode_visit(pulled.change.data);
    REQUIRE(visit.ok());
    CHECK(visit->follow_up.status == ronde::FollowUpStatus::done);
    REQUIRE(visit->follow_up.closed_at.has_value());
    CHECK(visit->occurred_at <= *visit->follow_up.closed_at);
}

TEST_CASE("example push response with a rejection decodes its error", "[golden][examples]") {
    const auto response = ronde::decode_push_response(load_example("push-response-rejected.json"));
    REQUIRE(response.ok());
    REQUIRE(response->results.size() == 3);
    const ronde::ChangeResult& first = response->results[0];
    CHECK(first.outcome == ronde::ChangeOutcome::rejected);
    REQUIRE(first.error.has_value());
    CHECK(first.error->code == "out_of_range");
    CHECK(first.error->field == "data.position.lat");
    CHECK(response->results[1].outcome == ronde::ChangeOutcome::duplicate);
    CHECK(response->results[2].outcome == ronde::ChangeOutcome::applied);
}
