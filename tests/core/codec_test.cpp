// JSON codec: records, protocol messages, errors and the strict parser.
#include "ronde/codec.hpp"
#include "ronde/validate.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace ronde;
using namespace std::chrono;

namespace {

const std::string kId1 = "0192f3a0-7b1c-7d2e-8f30-4a5b6c7d8e9f";
const std::string kId2 = "0192f3a0-7b1c-7d2e-9f30-4a5b6c7d8ea0";
const std::string kId3 = "6f1c2d3e-4a5b-4c6d-a7e8-f90a1b2c3d4e";
const std::string kHlc = "0192f3a07b1c-0000-8f304a5b6c7d8e9f";

Timestamp ts(std::string_view text) {
    return parse_timestamp(text).value();
}

Json js(std::string_view text) {
    auto r = parse_json(text);
    INFO(text);
    REQUIRE(r.ok());
    return r.value();
}

void require_error(const Error& e, std::string_view code, std::string_view field) {
    INFO("message: " << e.message);
    CHECK(e.code == code);
    CHECK(e.field == field);
    CHECK(!e.message.empty());
}

template <class T>
void require_failure(const Result<T>& r, std::string_view code, std::string_view field) {
    REQUIRE_FALSE(r.ok());
    require_error(r.error(), code, field);
}

void require_error(const std::optional<Error>& e, std::string_view code, std::string_view field) {
    REQUIRE(e.has_value());
    require_error(*e, code, field);
}

std::set<std::string> keys_of(const Json& j) {
    std::set<std::string> out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        out.insert(it.key());
    }
    return out;
}

Contact full_contact() {
    Contact c;
    c.category = ContactCategory::elected_official;
    c.organisation = "Mairie de Cesson-Sévigné";
    c.person_name = "M. Le Bihan";
    c.role_title = "Maire";
    c.address = "1 esplanade de l'Hôtel de Ville";
    c.commune = "Cesson-Sévigné";
    c.position = GeoPoint{48.1213, -1.6035};
    c.phone = "+33 2 99 83 52 00";
    c.email = "maire@ville-cesson-sevigne.fr";
    c.siret = "44306184100047";
    c.referent_id = kId1;
    c.sms_alert_opt_in = true;
    c.notes = "Réunion semestrielle en mars.";
    c.tags = {"élus", "réunion"};
    return c;
}

Patrol full_patrol() {
    Patrol p;
    p.mode = PatrolMode::mixed;
    p.started_at = ts("2026-11-26T08:00:00.000Z");
    p.ended_at = ts("2026-11-26T11:45:30.250Z");
    p.members = {kId1, kId2};
    p.area_label = "Centre-ville";
    p.event_label = "Marché du samedi";
    p.notes = "Affluence forte";
    p.track = {TrackPoint{48.1, -1.6, ts("2026-11-26T08:01:00.000Z")},
               TrackPoint{48.1000001, -1.6000001, ts("2026-11-26T08:02:00.123Z")}};
    p.author_id = kId1;
    p.device_id = kId3;
    return p;
}

Visit full_visit() {
    Visit v;
    v.patrol_id = kId1;
    v.contact_id = kId2;
    v.occurred_at = ts("2026-11-26T10:30:15.123Z");
    v.position = VisitPosition{48.123456789, -1.987654321, 12.5, PositionSource::manual};
    v.place_label = "Place du marché";
    v.topics = {Topic::burglary, Topic::services_to_residents};
    v.actions = {Action::otv, Action::brigade_numerique};
    v.climate = Climate::tense;
    v.note = "Cambriolage la semaine dernière.";
    v.follow_up.needed = true;
    v.follow_up.summary = "Rappeler pour l'OTV";
    v.follow_up.due_date = sys_days{2026y / December / 3};
    v.follow_up.assignee_id = kId2;
    v.follow_up.status = FollowUpStatus::done;
    v.follow_up.closed_at = ts("2026-11-30T17:00:00.000Z");
    v.follow_up.closed_by = kId1;
    v.author_id = kId1;
    v.device_id = kId3;
    return v;
}

Device full_device() {
    Device d;
    d.id = kId3;
    d.user_id = kId1;
    d.name = "Tablette BTA 2";
    d.enrolled_at = ts("2026-11-01T07:00:00.000Z");
    d.last_seen_at = ts("2026-11-26T10:00:00.000Z");
    d.revoked_at = ts("2026-11-26T12:00:00.000Z");
    return d;
}

// decode(encode(x)) == x, directly and through JSON text.
template <class T, class Decode>
void check_round_trip(const T& value, Decode decode) {
    const Json j = encode(value);
    const auto direct = decode(j);
    REQUIRE(direct.ok());
    CHECK(direct.value() == value);
    const auto reparsed = parse_json(j.dump());
    REQUIRE(reparsed.ok());
    const auto through_text = decode(reparsed.value());
    REQUIRE(through_text.ok());
    CHECK(through_text.value() == value);
}

}  // namespace

// --- records -----------------------------------------------------------------

TEST_CASE("every record survives an encode and decode round trip, full or minimal", "[codec]") {
    check_round_trip(full_contact(), decode_contact);
    check_round_trip(Contact{}, decode_contact);
    check_round_trip(full_patrol(), decode_patrol);
    check_round_trip(Patrol{}, decode_patrol);
    check_round_trip(full_visit(), decode_visit);
    check_round_trip(Visit{}, decode_visit);
    check_round_trip(Unit{kId1, "BTA-35-CESSON", "BTA de Cesson-Sévigné"}, decode_unit);
    check_round_trip(Unit{}, decode_unit);
    check_round_trip(User{kId1, kId2, "gnd.martin", "Gendarme Martin", Role::admin}, decode_user);
    check_round_trip(User{}, decode_user);
    check_round_trip(full_device(), decode_device);
    check_round_trip(Device{}, decode_device);
}

TEST_CASE("a visit position without accuracy keeps its absence", "[codec]") {
    Visit v = full_visit();
    v.position->accuracy_m.reset();
    check_round_trip(v, decode_visit);
    CHECK_FALSE(encode(v)["position"].contains("accuracy_m"));
}

TEST_CASE("JSON keys are the field names, enums are codes and times are ISO strings", "[codec]") {
    const Json c = encode(full_contact());
    CHECK(keys_of(c) == std::set<std::string>{"category", "organisation", "person_name",
                                              "role_title", "address", "commune", "position",
                                              "phone", "email", "siret", "referent_id",
                                              "sms_alert_opt_in", "notes", "tags"});
    CHECK(c["category"] == "elected_official");
    CHECK(c["position"] == Json{{"lat", 48.1213}, {"lon", -1.6035}});

    const Json v = encode(full_visit());
    CHECK(keys_of(v) == std::set<std::string>{"patrol_id", "contact_id", "occurred_at", "position",
                                              "place_label", "topics", "actions", "climate", "note",
                                              "follow_up", "author_id", "device_id"});
    CHECK(v["occurred_at"] == "2026-11-26T10:30:15.123Z");
    CHECK(v["topics"] == Json{"burglary", "services_to_residents"});
    CHECK(v["actions"] == Json{"otv", "brigade_numerique"});
    CHECK(v["climate"] == "tense");
    CHECK(v["position"]["source"] == "manual");
    CHECK(keys_of(v["follow_up"]) == std::set<std::string>{"needed", "summary", "due_date",
                                                           "assignee_id", "status", "closed_at",
                                                           "closed_by"});
    CHECK(v["follow_up"]["due_date"] == "2026-12-03");
    CHECK(v["follow_up"]["status"] == "done");

    const Json p = encode(full_patrol());
    CHECK(keys_of(p) == std::set<std::string>{"mode", "started_at", "ended_at", "members",
                                              "area_label", "event_label", "notes", "track",
                                              "author_id", "device_id"});
    CHECK(p["track"][1]["at"] == "2026-11-26T08:02:00.123Z");
    CHECK(encode(User{kId1, kId2, "u", "U", Role::supervisor})["role"] == "supervisor");
    CHECK(keys_of(encode(full_device())) == std::set<std::string>{"id", "user_id", "name",
                                                                  "enrolled_at", "last_seen_at",
                                                                  "revoked_at"});
}

TEST_CASE("absent optional values are omitted, empty strings are written", "[codec]") {
    const Json c = encode(Contact{});
    CHECK_FALSE(c.contains("position"));
    CHECK(c["organisation"] == "");
    CHECK(c["tags"] == Json::array());
    const Json p = encode(Patrol{});
    CHECK_FALSE(p.contains("ended_at"));
    const Json v = encode(Visit{});
    CHECK_FALSE(v.contains("position"));
    CHECK_FALSE(v["follow_up"].contains("due_date"));
    CHECK_FALSE(v["follow_up"].contains("closed_at"));
    const Json d = encode(Device{});
    CHECK_FALSE(d.contains("last_seen_at"));
    CHECK_FALSE(d.contains("revoked_at"));
}

TEST_CASE("unknown keys are ignored when decoding", "[codec]") {
    Json j = encode(full_visit());
    j["future_field"] = Json{{"nested", {1, 2, 3}}};
    j["follow_up"]["priority"] = "high";
    j["position"]["altitude_m"] = 35;
    const auto v = decode_visit(j);
    REQUIRE(v.ok());
    CHECK(v.value() == full_visit());
}

TEST_CASE("missing optional keys take their defaults", "[codec]") {
    const auto c = decode_contact(js(R"({"category":"resident","person_name":"M. Guérin"})"));
    REQUIRE(c.ok());
    Contact expected;
    expected.category = ContactCategory::resident;
    expected.person_name = "M. Guérin";
    CHECK(c.value() == expected);

    const auto v = decode_visit(js(R"({"occurred_at":"2026-11-26T10:30:15Z"})"));
    REQUIRE(v.ok());
    CHECK(v->climate == Climate::neutral);
    CHECK(v->follow_up == FollowUp{});
    CHECK(v->topics.empty());
    CHECK_FALSE(v->position.has_value());

    const auto pos = decode_visit(
        js(R"({"occurred_at":"2026-11-26T10:30:15Z","position":{"lat":48,"lon":-1}})"));
    REQUIRE(pos.ok());
    CHECK(pos->position == VisitPosition{48, -1, std::nullopt, PositionSource::gps});
}

TEST_CASE("null is accepted for optional values and means absent", "[codec]") {
    const auto v = decode_visit(js(R"({
        "occurred_at": "2026-11-26T10:30:15.000Z", "position": null, "note": null,
        "topics": null, "follow_up": {"needed": null, "due_date": null, "closed_at": null}})"));
    REQUIRE(v.ok());
    CHECK_FALSE(v->position.has_value());
    CHECK(v->note.empty());
    CHECK(v->topics.empty());
    CHECK_FALSE(v->follow_up.due_date.has_value());

    const auto d = decode_device(js(R"({"id":"x","user_id":"y","enrolled_at":"2026-11-26T10:30:15Z",
                                        "last_seen_at":null,"revoked_at":null})"));
    REQUIRE(d.ok());
    CHECK_FALSE(d->last_seen_at.has_value());
    CHECK_FALSE(d->revoked_at.has_value());
}

TEST_CASE("a missing required key is missing_field at its path", "[codec]") {
    require_failure(decode_contact(js(R"({"organisation":"Tabac"})")), "missing_field", "category");
    require_failure(decode_contact(js(R"({"category":null})")), "missing_field", "category");
    require_failure(decode_patrol(js(R"({"mode":"foot"})")), "missing_field", "started_at");
    require_failure(decode_patrol(js(R"({"started_at":"2026-11-26T10:30:15Z"})")), "missing_field",
                    "mode");
    require_failure(decode_visit(js(R"({"note":"x"})")), "missing_field", "occurred_at");
    require_failure(
        decode_visit(js(R"({"occurred_at":"2026-11-26T10:30:15Z","position":{"lat":48}})")),
        "missing_field", "position.lon");
    require_failure(decode_patrol(js(R"({"mode":"foot","started_at":"2026-11-26T10:30:15Z",
        "track":[{"lat":1,"lon":2,"at":"2026-11-26T10:30:15Z"},{"lat":1,"lon":2}]})")),
                    "missing_field", "track[1].at");
    require_failure(decode_unit(js(R"({"id":"u","name":"n"})")), "missing_field", "code");
    require_failure(decode_user(js(R"({"id":"u","unit_id":"x","username":"n"})")), "missing_field",
                    "role");
    require_failure(decode_device(js(R"({"id":"d","user_id":"u"})")), "missing_field",
                    "enrolled_at");
}

TEST_CASE("a value of the wrong type is invalid_type at its path", "[codec]") {
    require_failure(decode_contact(js(R"({"category":"other","organisation":5})")), "invalid_type",
                    "organisation");
    require_failure(decode_contact(js(R"({"category":"other","position":{"lat":"48","lon":1}})")),
                    "invalid_type", "position.lat");
    require_failure(decode_contact(js(R"({"category":"other","position":[48,1]})")), "invalid_type",
                    "position");
    require_failure(decode_contact(js(R"({"category":"other","tags":["a",1]})")), "invalid_type",
                    "tags[1]");
    require_failure(decode_contact(js(R"({"category":"other","sms_alert_opt_in":"yes"})")),
                    "invalid_type", "sms_alert_opt_in");
    require_failure(decode_contact(js(R"({"category":3})")), "invalid_type", "category");
    const std::string visit_base = R"("occurred_at":"2026-11-26T10:30:15Z")";
    require_failure(decode_visit(js("{" + visit_base + R"(,"topics":"burglary"})")), "invalid_type",
                    "topics");
    require_failure(decode_visit(js("{" + visit_base + R"(,"follow_up":{"needed":"yes"}})")),
                    "invalid_type", "follow_up.needed");
    require_failure(decode_visit(js("{" + visit_base + R"(,"follow_up":true})")), "invalid_type",
                    "follow_up");
    require_failure(decode_visit(js(R"({"occurred_at":1764153015123})")), "invalid_type",
                    "occurred_at");
    require_failure(decode_patrol(js(R"({"mode":"foot","started_at":"2026-11-26T10:30:15Z",
                                          "track":[{"lat":1,"lon":2,"at":"2026-11-26T10:30:15Z"},7]})")),
                    "invalid_type", "track[1]");
    require_failure(decode_visit(js("[]")), "invalid_type", "");
    require_failure(decode_contact(js("\"contact\"")), "invalid_type", "");
    require_failure(decode_unit(Json()), "invalid_type", "");
}

TEST_CASE("an unknown code is invalid_enum and a bad time or date names its field", "[codec]") {
    const std::string base = R"("occurred_at":"2026-11-26T10:30:15Z")";
    require_failure(decode_visit(js("{" + base + R"(,"topics":["burglary","Burglary"]})")),
                    "invalid_enum", "topics[1]");
    require_failure(decode_visit(js("{" + base + R"(,"climate":"angry"})")), "invalid_enum",
                    "climate");
    require_failure(
        decode_visit(js("{" + base + R"(,"position":{"lat":1,"lon":2,"source":"wifi"}})")),
        "invalid_enum", "position.source");
    require_failure(decode_contact(js(R"({"category":"baker"})")), "invalid_enum", "category");
    require_failure(decode_visit(js(R"({"occurred_at":"26/11/2026 10:30"})")), "invalid_time",
                    "occurred_at");
    require_failure(decode_visit(js("{" + base + R"(,"follow_up":{"due_date":"2026-02-30"}})")),
                    "invalid_date", "follow_up.due_date");
    require_failure(decode_patrol(js(R"({"mode":"foot","started_at":"2026-11-26T10:30:15Z",
                                          "ended_at":"demain"})")),
                    "invalid_time", "ended_at");
}

TEST_CASE("decoders never throw, whatever JSON value sits at any key", "[codec]") {
    const Json odd_values[] = {Json(),         Json(true),     Json(-1),
                               Json(1e308),    Json("x"),      Json::array(),
                               Json::object(), Json{{"a", 1}}, Json{1, "b"}};
    const Json bases[] = {encode(full_contact()), encode(full_patrol()), encode(full_visit()),
                          encode(full_device())};
    for (const Json& base : bases) {
        for (auto it = base.begin(); it != base.end(); ++it) {
            for (const Json& odd : odd_values) {
                Json j = base;
                j[it.key()] = odd;
                CHECK_NOTHROW(decode_contact(j));
                CHECK_NOTHROW(decode_patrol(j));
                CHECK_NOTHROW(decode_visit(j));
                CHECK_NOTHROW(decode_unit(j));
                CHECK_NOTHROW(decode_user(j));
                CHECK_NOTHROW(decode_device(j));
                CHECK_NOTHROW(decode_change(j));
                CHECK_NOTHROW(decode_push_request(j));
                CHECK_NOTHROW(decode_push_response(j));
                CHECK_NOTHROW(decode_pull_response(j));
                CHECK_NOTHROW(decode_error(j));
            }
        }
    }
}

// --- parse_json ----------------------------------------------------------------

TEST_CASE("parse_json reads ordinary JSON documents", "[codec][parse]") {
    const auto r = parse_json(R"( {"a": [1, -2, 3.5, "é\u00e9", true, null], "b": {}} )");
    REQUIRE(r.ok());
    CHECK(r.value()["a"][2] == 3.5);
    CHECK(r.value()["a"][3] == "éé");
    CHECK(parse_json("18446744073709551615").ok());  // uint64 max
    CHECK(parse_json("-9223372036854775808").ok());
    CHECK(parse_json("1.5e300").ok());
    CHECK(parse_json("\"\xf0\x9d\x84\x9e\"").ok());  // 4-byte character
}

TEST_CASE("parse_json refuses 10,000 levels of nesting without overflowing the stack",
          "[codec][parse]") {
    const std::string arrays = std::string(10000, '[') + std::string(10000, ']');
    require_failure(parse_json(arrays), "invalid_json", "");
    std::string objects;
    for (int i = 0; i < 10000; ++i) {
        objects += R"({"a":)";
    }
    objects += "1" + std::string(10000, '}');
    require_failure(parse_json(objects), "invalid_json", "");
    // Even unterminated nesting is refused, not recursed into.
    require_failure(parse_json(std::string(100000, '[')), "invalid_json", "");
}

TEST_CASE("parse_json allows exactly max_depth levels", "[codec][parse]") {
    const auto nested = [](std::size_t n) { return std::string(n, '[') + std::string(n, ']'); };
    CHECK(parse_json(nested(kMaxJsonDepth)).ok());
    require_failure(parse_json(nested(kMaxJsonDepth + 1)), "invalid_json", "");
    CHECK(parse_json(nested(3), 3).ok());
    require_failure(parse_json(nested(4), 3), "invalid_json", "");
    CHECK(parse_json("7", 0).ok());
}

TEST_CASE("parse_json refuses invalid UTF-8 inside and outside strings", "[codec][parse]") {
    require_failure(parse_json("\"caf\xe9\""), "invalid_json", "");       // Latin-1
    require_failure(parse_json("\"\xc0\xaf\""), "invalid_json", "");      // overlong
    require_failure(parse_json("\"\xed\xa0\x80\""), "invalid_json", "");  // surrogate
    require_failure(parse_json("{\"a\xff\":1}"), "invalid_json", "");     // in a key
    require_failure(parse_json("[1,\xff]"), "invalid_json", "");          // outside
    require_failure(parse_json(R"("\ud800")"), "invalid_json", "");       // lone surrogate
}

TEST_CASE("parse_json refuses numbers that fit neither a double nor 64 bits", "[codec][parse]") {
    require_failure(parse_json("1e400"), "invalid_json", "");
    require_failure(parse_json("[-1e400]"), "invalid_json", "");
    require_failure(parse_json("99999999999999999999999"), "invalid_json", "");
    require_failure(parse_json(R"({"seq":-99999999999999999999})"), "invalid_json", "");
    require_failure(parse_json("NaN"), "invalid_json", "");
    require_failure(parse_json("Infinity"), "invalid_json", "");
}

TEST_CASE("parse_json refuses malformed text and trailing garbage", "[codec][parse]") {
    for (const char* bad :
         {"", " ", "{", "{\"a\":}", "[1,]", "{\"a\" 1}", "{} x", "{}{}", "[1] ]", "'single'",
          "{a:1}", "tru", "01", "\"tab\there\"", "// comment\n{}", "{\"a\":1,\"a\":2}"}) {
        INFO("'" << bad << "'");
        const auto r = parse_json(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == "invalid_json");
        CHECK(r.error().message.size() > 10);
        CHECK(is_valid_utf8(r.error().message));
    }
}

TEST_CASE("parse_json error messages stay valid UTF-8 even for invalid input", "[codec][parse]") {
    const auto r = parse_json("\"\xff\xfe\xfd\"");
    REQUIRE_FALSE(r.ok());
    CHECK(is_valid_utf8(r.error().message));
    CHECK_NOTHROW(encode_error(r.error()).dump());
}

// --- changes -------------------------------------------------------------------

TEST_CASE("a change envelope survives a round trip", "[codec][change]") {
    Change c;
    c.entity = Entity::visit;
    c.id = kId1;
    c.hlc = kHlc;
    c.deleted = false;
    c.data = encode(full_visit());
    const Json j = encode(c);
    CHECK(keys_of(j) == std::set<std::string>{"entity", "id", "hlc", "deleted", "data"});
    CHECK(j["entity"] == "visit");
    const auto back = decode_change(j);
    REQUIRE(back.ok());
    CHECK(back->entity == c.entity);
    CHECK(back->id == c.id);
    CHECK(back->hlc == c.hlc);
    CHECK(back->deleted == c.deleted);
    CHECK(back->data == c.data);
}

TEST_CASE("a tombstone may come without data", "[codec][change]") {
    const auto c =
        decode_change(Json{{"entity", "contact"}, {"id", kId2}, {"hlc", kHlc}, {"deleted", true}});
    REQUIRE(c.ok());
    CHECK(c->deleted);
    CHECK(c->data == Json::object());
    CHECK_FALSE(validate_change(c.value()).has_value());
    Change fresh;
    fresh.id = kId1;
    fresh.hlc = kHlc;
    fresh.deleted = true;
    CHECK(encode(fresh)["data"] == Json::object());
}

TEST_CASE("a bad change envelope names the offending key", "[codec][change]") {
    const Json ok{{"entity", "patrol"},
                  {"id", kId1},
                  {"hlc", kHlc},
                  {"deleted", false},
                  {"data", Json::object()}};
    REQUIRE(decode_change(ok).ok());
    Json j = ok;
    j["entity"] = "vehicle";
    require_failure(decode_change(j), "invalid_enum", "entity");
    j = ok;
    j.erase("entity");
    require_failure(decode_change(j), "missing_field", "entity");
    j = ok;
    j["id"] = "0192F3A0-7B1C-7D2E-8F30-4A5B6C7D8E9F";
    require_failure(decode_change(j), "invalid_uuid", "id");
    j = ok;
    j["hlc"] = "2026-11-26T10:30:15Z";
    require_failure(decode_change(j), "invalid_hlc", "hlc");
    j["hlc"] = "0192F3A07B1C-0000-8F304A5B6C7D8E9F";
    require_failure(decode_change(j), "invalid_hlc", "hlc");
    j = ok;
    j.erase("data");
    require_failure(decode_change(j), "missing_field", "data");
    j["data"] = nullptr;
    require_failure(decode_change(j), "missing_field", "data");
    j = ok;
    j["hlc"] = 5;
    require_failure(decode_change(j), "invalid_type", "hlc");
    j = ok;
    j["deleted"] = "false";
    require_failure(decode_change(j), "invalid_type", "deleted");
    j = ok;
    j["data"] = Json::array();
    require_failure(decode_change(j), "invalid_type", "data");
}

TEST_CASE("validate_change decodes and validates visits and patrols under data.",
          "[codec][change]") {
    Change c;
    c.entity = Entity::visit;
    c.id = kId1;
    c.hlc = kHlc;
    c.data = encode(full_visit());
    CHECK_FALSE(validate_change(c).has_value());

    c.data["position"]["lat"] = 123.0;
    require_error(validate_change(c), "out_of_range", "data.position.lat");
    c.data = encode(full_visit());
    c.data.erase("occurred_at");
    require_error(validate_change(c), "missing_field", "data.occurred_at");
    c.data = encode(full_visit());
    c.data["topics"] = Json{"drugs", "drugs"};
    require_error(validate_change(c), "duplicate_value", "data.topics");

    c.entity = Entity::patrol;
    c.data = encode(full_patrol());
    CHECK_FALSE(validate_change(c).has_value());
    c.data["ended_at"] = "2026-11-26T07:00:00.000Z";
    require_error(validate_change(c), "out_of_range", "data.ended_at");
    c.data = Json::object();
    require_error(validate_change(c), "missing_field", "data.mode");
    c.data = Json();
    require_error(validate_change(c), "missing_field", "data");
    c.data = Json::array();
    require_error(validate_change(c), "invalid_type", "data");
    c.data = encode(full_patrol());
    c.id = "patrol-1";
    require_error(validate_change(c), "invalid_uuid", "id");
}

TEST_CASE("validate_change does not judge the server-set author and device ids",
          "[codec][change]") {
    Change c;
    c.entity = Entity::visit;
    c.id = kId1;
    c.hlc = kHlc;
    c.data = encode(full_visit());
    c.data["author_id"] = "whoever";
    c.data["device_id"] = "tablet";
    CHECK_FALSE(validate_change(c).has_value());
    c.data["author_id"] = 12;
    require_error(validate_change(c), "invalid_type", "data.author_id");
    c.entity = Entity::patrol;
    c.data = encode(full_patrol());
    c.data["device_id"] = "tablet";
    CHECK_FALSE(validate_change(c).has_value());
}

TEST_CASE("a contact change may carry only the keys it sets", "[codec][change][patch]") {
    Change c;
    c.entity = Entity::contact;
    c.id = kId2;
    c.hlc = kHlc;
    c.data = Json{{"phone", "06 12 34 56 78"}};
    CHECK_FALSE(validate_change(c).has_value());
    c.data = Json{{"organisation", ""}};  // the person's name may be set elsewhere
    CHECK_FALSE(validate_change(c).has_value());
    c.data = Json{{"position", nullptr}};  // clears the position
    CHECK_FALSE(validate_change(c).has_value());
    c.data = encode(full_contact());
    CHECK_FALSE(validate_change(c).has_value());
}

TEST_CASE("a contact patch is checked key by key under data.", "[codec][change][patch]") {
    Change c;
    c.entity = Entity::contact;
    c.id = kId2;
    c.hlc = kHlc;
    c.data = Json{{"phone", "12"}};
    require_error(validate_change(c), "invalid_phone", "data.phone");
    c.data = Json{{"tags", "a,b"}};
    require_error(validate_change(c), "invalid_type", "data.tags");
    c.data = Json{{"category", "baker"}};
    require_error(validate_change(c), "invalid_enum", "data.category");
    c.data = Json{{"position", {{"lat", 12}}}};
    require_error(validate_change(c), "missing_field", "data.position.lon");
    c.data = Json{{"organisation", " "}, {"person_name", nullptr}};
    require_error(validate_change(c), "missing_field", "data.organisation");
}

TEST_CASE("an empty contact patch is valid and a tombstone's hlc is still checked",
          "[codec][change][patch]") {
    Change c;
    c.entity = Entity::contact;
    c.id = kId2;
    c.hlc = kHlc;
    c.data = Json::object();
    CHECK_FALSE(validate_change(c).has_value());
    c.deleted = true;
    c.hlc = "0-0-0";
    require_error(validate_change(c), "invalid_hlc", "hlc");
}

TEST_CASE("validate_contact_patch gives paths relative to the record", "[codec][patch]") {
    require_error(validate_contact_patch(Json{{"email", "nope"}}), "invalid_email", "email");
    require_error(validate_contact_patch(Json{{"siret", "73282932000075"}}), "invalid_siret",
                  "siret");
    require_error(validate_contact_patch(Json::array()), "invalid_type", "");
    CHECK_FALSE(validate_contact_patch(Json{{"sms_alert_opt_in", true}}).has_value());
}

// --- push and pull -------------------------------------------------------------

TEST_CASE("a push request survives a round trip with its raw changes", "[codec][push]") {
    PushRequest r;
    r.batch_id = kId3;
    r.changes = {Json{{"entity", "contact"}, {"anything", 1}}, Json("not even an object")};
    const Json j = encode(r);
    CHECK(keys_of(j) == std::set<std::string>{"protocol", "batch_id", "changes"});
    CHECK(j["protocol"] == kProtocolVersion);
    const auto back = decode_push_request(j);
    REQUIRE(back.ok());
    CHECK(back->protocol == kProtocolVersion);
    CHECK(back->batch_id == kId3);
    CHECK(back->changes == r.changes);
}

TEST_CASE("a push request with another protocol version is unsupported_protocol", "[codec][push]") {
    const Json ok{{"protocol", 1}, {"batch_id", kId3}, {"changes", Json::array()}};
    REQUIRE(decode_push_request(ok).ok());
    Json j = ok;
    j["protocol"] = 2;
    require_failure(decode_push_request(j), "unsupported_protocol", "protocol");
    j["protocol"] = 0;
    require_failure(decode_push_request(j), "unsupported_protocol", "protocol");
    j["protocol"] = "1";
    require_failure(decode_push_request(j), "invalid_type", "protocol");
    j["protocol"] = 1.0;
    require_failure(decode_push_request(j), "invalid_type", "protocol");
    j.erase("protocol");
    require_failure(decode_push_request(j), "missing_field", "protocol");
}

TEST_CASE("a push request needs a UUID batch id and at most max_changes changes", "[codec][push]") {
    const Json ok{{"protocol", 1}, {"batch_id", kId3}, {"changes", Json{1, 2, 3}}};
    REQUIRE(decode_push_request(ok, 3).ok());
    require_failure(decode_push_request(ok, 2), "too_many", "changes");
    Json j = ok;
    j["batch_id"] = "batch-1";
    require_failure(decode_push_request(j), "invalid_uuid", "batch_id");
    j = ok;
    j.erase("batch_id");
    require_failure(decode_push_request(j), "missing_field", "batch_id");
    j = ok;
    j["changes"] = Json::object();
    require_failure(decode_push_request(j), "invalid_type", "changes");
    j.erase("changes");
    require_failure(decode_push_request(j), "missing_field", "changes");
}

TEST_CASE("a push response carries one result per change with rejected errors", "[codec][push]") {
    PushResponse r;
    r.batch_id = kId3;
    r.server_seq = 9'007'199'254'740'993;  // beyond a double's exact integers
    r.results = {ChangeResult{kId1, ChangeOutcome::applied, std::nullopt},
                 ChangeResult{kId2, ChangeOutcome::duplicate, std::nullopt},
                 ChangeResult{kId3, ChangeOutcome::rejected,
                              make_error("invalid_phone", "phone is not French", "data.phone")},
                 ChangeResult{kId3, ChangeOutcome::rejected, make_error("forbidden", "No.")}};
    const Json j = encode(r);
    CHECK(j["results"][0] == Json{{"id", kId1}, {"outcome", "applied"}});
    CHECK(j["results"][2]["error"] == Json{{"code", "invalid_phone"},
                                           {"message", "phone is not French"},
                                           {"details", {{"field", "data.phone"}}}});
    const auto back = decode_push_response(parse_json(j.dump()).value());
    REQUIRE(back.ok());
    CHECK(back->batch_id == r.batch_id);
    CHECK(back->server_seq == r.server_seq);
    CHECK(back->results == r.results);

    Json bad = j;
    bad["results"][1]["outcome"] = "maybe";
    require_failure(decode_push_response(bad), "invalid_enum", "results[1].outcome");
    bad = j;
    bad["results"][2]["error"].erase("code");
    require_failure(decode_push_response(bad), "missing_field", "results[2].error.code");
    bad = j;
    bad["server_seq"] = "12";
    require_failure(decode_push_response(bad), "invalid_type", "server_seq");
    bad["server_seq"] = -1;
    require_failure(decode_push_response(bad), "out_of_range", "server_seq");
    bad = j;
    bad["results"][3].erase("error");
    require_failure(decode_push_response(bad), "missing_field", "results[3].error");
}

TEST_CASE("a pull response lists changes with their sequence numbers", "[codec][pull]") {
    PullResponse r;
    r.next_since = 42;
    r.has_more = true;
    Change c1;
    c1.entity = Entity::contact;
    c1.id = kId1;
    c1.hlc = kHlc;
    c1.data = Json{{"phone", "0299000000"}};
    Change c2 = c1;
    c2.entity = Entity::visit;
    c2.id = kId2;
    c2.deleted = true;
    c2.data = Json::object();
    r.changes = {PulledChange{41, c1}, PulledChange{42, c2}};
    const Json j = encode(r);
    CHECK(keys_of(j) == std::set<std::string>{"changes", "next_since", "has_more"});
    CHECK(keys_of(j["changes"][0]) ==
          std::set<std::string>{"seq", "entity", "id", "hlc", "deleted", "data"});
    const auto back = decode_pull_response(j);
    REQUIRE(back.ok());
    CHECK(back->next_since == 42);
    CHECK(back->has_more);
    REQUIRE(back->changes.size() == 2);
    CHECK(back->changes[0].seq == 41);
    CHECK(back->changes[0].change.data == c1.data);
    CHECK(back->changes[1].seq == 42);
    CHECK(back->changes[1].change.entity == Entity::visit);
    CHECK(back->changes[1].change.deleted);

    Json bad = j;
    bad["changes"][0].erase("seq");
    require_failure(decode_pull_response(bad), "missing_field", "changes[0].seq");
    bad = j;
    bad["changes"][1]["id"] = "x";
    require_failure(decode_pull_response(bad), "invalid_uuid", "changes[1].id");
    bad = j;
    bad["changes"][1]["seq"] = -4;
    require_failure(decode_pull_response(bad), "out_of_range", "changes[1].seq");
    bad = j;
    bad["next_since"] = 1.5;
    require_failure(decode_pull_response(bad), "invalid_type", "next_since");
    bad = j;
    bad["next_since"] = 18446744073709551615ULL;
    require_failure(decode_pull_response(bad), "out_of_range", "next_since");
}

// --- errors --------------------------------------------------------------------

TEST_CASE("an error is written as the API's error object and read back", "[codec][error]") {
    const Error e = make_error("too_long", "note is longer than 4000 characters", "data.note");
    const Json j = encode_error(e);
    CHECK(j == Json{{"error",
                     {{"code", "too_long"},
                      {"message", "note is longer than 4000 characters"},
                      {"details", {{"field", "data.note"}}}}}});
    const auto back = decode_error(j);
    REQUIRE(back.ok());
    CHECK(back.value() == e);

    const Error plain = make_error("unauthorized", "No token.");
    CHECK(encode_error(plain)["error"]["details"] == Json::object());
    CHECK(decode_error(encode_error(plain)).value() == plain);
}

TEST_CASE("decoding a malformed error object fails instead of giving an error value",
          "[codec][error]") {
    require_failure(decode_error(Json{{"error", "boom"}}), "invalid_type", "error");
    require_failure(decode_error(Json{{"error", {{"message", "m"}}}}), "missing_field",
                    "error.code");
    require_failure(decode_error(Json::object()), "missing_field", "error");
    require_failure(decode_error(Json{{"error", {{"code", "x"}, {"details", 3}}}}), "invalid_type",
                    "error.details");
}

// --- text writers ---------------------------------------------------------------

namespace {

// Strings that need every kind of escape, and multi-byte UTF-8.
const std::string kAwkward = std::string("guillemets \"«»\", barre \\ / tab\t ligne\n retour\r ") +
                             '\x01' + '\x1f' + '\x7f' + std::string(1, '\0') + " \b\f é ∑ 🚓";

}  // namespace

TEST_CASE("encode_text writes what encode().dump() writes, for every record shape",
          "[codec][text]") {
    Contact c = full_contact();
    CHECK(encode_text(c) == encode(c).dump());
    CHECK(encode_text(Contact{}) == encode(Contact{}).dump());
    c.notes = kAwkward;
    c.tags = {kAwkward, "", "z"};
    c.position = GeoPoint{-0.0, 1e-7};
    CHECK(encode_text(c) == encode(c).dump());
    c.position = GeoPoint{90.0, 1e21};
    CHECK(encode_text(c) == encode(c).dump());

    Patrol p = full_patrol();
    CHECK(encode_text(p) == encode(p).dump());
    CHECK(encode_text(Patrol{}) == encode(Patrol{}).dump());
    p.ended_at.reset();
    p.track.clear();
    p.members.clear();
    p.notes = kAwkward;
    CHECK(encode_text(p) == encode(p).dump());

    Visit v = full_visit();
    CHECK(encode_text(v) == encode(v).dump());
    CHECK(encode_text(Visit{}) == encode(Visit{}).dump());
    v.position->accuracy_m.reset();
    v.follow_up.due_date.reset();
    v.follow_up.closed_at.reset();
    v.note = kAwkward;
    v.topics.clear();
    CHECK(encode_text(v) == encode(v).dump());
    v.position.reset();
    CHECK(encode_text(v) == encode(v).dump());
}

TEST_CASE("encode_text of a push response matches encode().dump()", "[codec][text]") {
    PushResponse r;
    r.batch_id = kId1;
    r.server_seq = 1043;
    CHECK(encode_text(r) == encode(r).dump());
    r.results.push_back(ChangeResult{kId2, ChangeOutcome::applied, {}});
    r.results.push_back(ChangeResult{"", ChangeOutcome::duplicate, {}});
    r.results.push_back(ChangeResult{kId3, ChangeOutcome::rejected,
                                     make_error("out_of_range", kAwkward, "data.position.lat")});
    r.results.push_back(
        ChangeResult{kId3, ChangeOutcome::rejected, make_error("internal", "no field")});
    CHECK(encode_text(r) == encode(r).dump());
}

TEST_CASE("dump_to appends what dump() writes", "[codec][text]") {
    const Json docs[] = {
        Json(nullptr),
        Json(true),
        Json(-12),
        Json(std::numeric_limits<std::int64_t>::min()),
        Json(std::numeric_limits<std::uint64_t>::max()),
        Json(0.1),
        Json(-0.0),
        Json(1e300),
        Json(std::numeric_limits<double>::quiet_NaN()),
        Json(kAwkward),
        Json::object(),
        Json::array(),
        encode(full_visit()),
        js(R"({"z":[1,{"b":null,"a":[[],{}]}],"a":"\u00e9\n","m":-1.5e-10})"),
    };
    for (const Json& j : docs) {
        std::string out = "prefix";
        dump_to(j, out);
        CHECK(out == "prefix" + j.dump());
    }
}

TEST_CASE("dump_to fails like dump() on a string that is not UTF-8", "[codec][text]") {
    for (const std::string bad :
         {"\xc3\x28", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "ab\xe2\x82"}) {
        const Json j = Json::object({{"k", "ok " + bad}});
        std::string expected;
        try {
            j.dump();
            FAIL("dump() accepted invalid UTF-8");
        } catch (const Json::type_error& e) {
            expected = e.what();
        }
        std::string out;
        try {
            dump_to(j, out);
            FAIL("dump_to accepted invalid UTF-8");
        } catch (const Json::type_error& e) {
            CHECK(std::string(e.what()) == expected);
        }
    }
}

TEST_CASE("the moving decoders give what the copying ones give", "[codec][push]") {
    const Json body =
        js(R"({"protocol":1,"batch_id":")" + kId1 + R"(","changes":[)" +
           encode(Change{Entity::visit, kId2, kHlc, false, encode(full_visit())}).dump() +
           R"(,17,{"entity":"contact"}]})");
    const auto copied = decode_push_request(body);
    const auto moved = decode_push_request(Json(body));
    REQUIRE(copied.ok());
    REQUIRE(moved.ok());
    CHECK(moved->batch_id == copied->batch_id);
    CHECK(moved->changes == copied->changes);
    const auto change = decode_change(Json(copied->changes[0]));
    REQUIRE(change.ok());
    CHECK(change->data == copied->changes[0]["data"]);
    require_failure(decode_change(Json(copied->changes[2])), "missing_field", "id");
    require_failure(decode_push_request(Json{{"protocol", 2}}), "unsupported_protocol", "protocol");
}

namespace {

// Same value and same JSON types all the way down (1 and 1u differ here).
bool same_tree(const Json& a, const Json& b) {
    if (a.type() != b.type()) {
        return false;
    }
    if (a.is_object()) {
        if (a.size() != b.size()) {
            return false;
        }
        for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
            if (ia.key() != ib.key() || !same_tree(ia.value(), ib.value())) {
                return false;
            }
        }
        return true;
    }
    if (a.is_array()) {
        if (a.size() != b.size()) {
            return false;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!same_tree(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
    if (a.is_number_float()) {
        const double x = a.get<double>();
        const double y = b.get<double>();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a == b;
}

// parse_json above 256 levels of max_depth always takes the reference
// (nlohmann SAX) path; at 256 and below the fast reader goes first.
void check_same_parse(const std::string& text) {
    const auto fast = parse_json(text, 256);
    const auto reference = parse_json(text, 257);
    INFO("text: " << text);
    REQUIRE(fast.ok() == reference.ok());
    if (fast.ok()) {
        CHECK(same_tree(fast.value(), reference.value()));
    } else {
        CHECK(fast.error().code == reference.error().code);
        CHECK(fast.error().message == reference.error().message);
    }
}

}  // namespace

TEST_CASE("parse_json's fast reader gives the reference parser's answer", "[codec][parse]") {
    const std::vector<std::string> seeds = {
        R"({"protocol":1,"batch_id":"0192f3a0-7b1c-7d2e-8f30-4a5b6c7d8e9f","changes":[]})",
        encode(full_visit()).dump(),
        encode(full_contact()).dump(),
        encode(full_patrol()).dump(),
        R"( [ 0, -0, 1, -1, 18446744073709551615, 18446744073709551616, -9223372036854775808,
              -9223372036854775809, 1.5, -1.5e-3, 1E400, 1e-400, 2.2250738585072014e-308,
              0.1, 1e2, 1E+2, 1e-2, 123456789012345678901234567890.0 ] )",
        R"(["\u00e9\u0000\n\"\\\/\b\f\r\t", "\ud83d\ude93", "\uD83D\uDE93", "é∑🚓"])",
        R"({"a":{"b":{"c":[[],{},[{}],null,true,false]}},"":""})",
        R"({"k":1,"k":2})",
        R"(["\ud800"])",
        R"(["\udc00x"])",
        R"(["\ud800\u0041"])",
        "[\"\xc3\x28\"]",
        "[\"\xed\xa0\x80\"]",
        "[\"\xf4\x90\x80\x80\"]",
        "[\"\xc0\xaf\"]",
        "\xef\xbb\xbf{\"bom\":1}",
        "[\"tab\there\"]",
        "{\"a\":1}\x00",
        "",
        " ",
        "01",
        "-",
        "1.",
        ".5",
        "1e",
        "+1",
        "[1,]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "[1 2]",
        "tru",
        "nul",
        "\"open",
        "[1]]",
        "{}{}",
        std::string(40, '[') + std::string(40, ']'),
    };
    for (const std::string& seed : seeds) {
        check_same_parse(seed);
    }
    // Mutations of the seeds: truncations, one byte changed, one byte added.
    std::mt19937 rng(20261126);
    const std::string alphabet =
        "{}[]\":,\\/ \t\n0123456789.eE+-tfnulrsabu\x7f\x80\xc3\xa9\xed\xf0";
    for (int round = 0; round < 20000; ++round) {
        std::string text = seeds[rng() % 6];
        const std::size_t at = text.empty() ? 0 : rng() % text.size();
        switch (rng() % 3) {
            case 0:
                text.resize(at);
                break;
            case 1:
                if (!text.empty()) {
                    text[at] = alphabet[rng() % alphabet.size()];
                }
                break;
            default:
                text.insert(text.begin() + static_cast<std::ptrdiff_t>(at),
                            alphabet[rng() % alphabet.size()]);
        }
        check_same_parse(text);
    }
}

TEST_CASE("parse_json's fast reader keeps the depth limit", "[codec][parse]") {
    const std::string deep = std::string(33, '[') + std::string(33, ']');
    require_failure(parse_json(deep), "invalid_json", "");
    CHECK(parse_json(std::string(32, '[') + std::string(32, ']')).ok());
    CHECK(parse_json(R"({"a":{"b":1}})", 2).ok());
    require_failure(parse_json(R"({"a":{"b":{}}})", 2), "invalid_json", "");
}

namespace {

// The canonical member as parse_json finds it, after checking that this
// parse gives the same answer as the plain one.
std::optional<std::string> canonical_changes(const std::string& text) {
    std::optional<std::string_view> member;
    const auto parsed = parse_json(text, "changes", member);
    const auto plain = parse_json(text);
    INFO("text: " << text);
    REQUIRE(parsed.ok() == plain.ok());
    if (!parsed.ok()) {
        CHECK_FALSE(member.has_value());
        CHECK(parsed.error().message == plain.error().message);
        return std::nullopt;
    }
    CHECK(same_tree(parsed.value(), plain.value()));
    if (!member) {
        return std::nullopt;
    }
    // Whenever a text is given, it is what dump() writes for the member.
    REQUIRE(parsed.value().is_object());
    REQUIRE(parsed.value().contains("changes"));
    CHECK(parsed.value()["changes"].dump() == *member);
    return std::string(*member);
}

Json push_body_of(std::vector<Json> changes) {
    return Json{{"protocol", 1},
                {"batch_id", "0192f3a0-7b1c-7d2e-8f30-4a5b6c7d8e9f"},
                {"changes", std::move(changes)}};
}

}  // namespace

TEST_CASE("parse_json finds a member's text only when it is what dump() writes", "[codec][parse]") {
    const Json changes =
        Json::array({Json{{"entity", "visit"}, {"data", encode(full_visit())}, {"n", -12}},
                     Json{{"entity", "contact"}, {"data", encode(full_contact())}, {"x", 0.1}},
                     Json{{"entity", "patrol"}, {"data", encode(full_patrol())}, {"e", "é∑🚓"}}});
    const std::string canonical = push_body_of(changes.get<std::vector<Json>>()).dump();
    CHECK(canonical_changes(canonical) == changes.dump());
    // Spaces outside the member do not matter.
    CHECK(canonical_changes(push_body_of(changes.get<std::vector<Json>>()).dump(1)) ==
          std::nullopt);  // dump(1) indents the member too
    CHECK(canonical_changes(" { \"protocol\" : 1 , \"changes\":[1,2] } ") == "[1,2]");
    CHECK(canonical_changes(R"({"changes":[],"b":1})") == "[]");
    // Anything dump() would write otherwise.
    for (const char* member :
         {R"([ 1])", R"([1 ])", R"({"b":1,"a":2})", R"(["\/"])", R"(["\u00e9"])", R"(["\n"])",
          R"([-0])", R"([1e2])", R"([1.50])", R"([1E+2])", R"([0.10])", R"({"a":{"d":1,"c":2}})"}) {
        CHECK(canonical_changes(std::string(R"({"changes":)") + member + "}") == std::nullopt);
    }
    // Members other than the one asked for, or not at the top level.
    CHECK(canonical_changes(R"({"other":[1]})") == std::nullopt);
    CHECK(canonical_changes(R"({"a":{"changes":[1]}})") == std::nullopt);
    CHECK(canonical_changes(R"([{"changes":[1]}])") == std::nullopt);
    CHECK(canonical_changes(R"({"changes":[1],"changes":[1]})") == std::nullopt);

    // Mutations of a canonical body: a text is given only when it is the
    // member's dump(), and it still is for most edits inside strings.
    std::mt19937 rng(20261126);
    const std::string alphabet = "{}[]\":,\\/ \t\n0123456789.eE+-tfnulrsabu\x7f\xc3\xa9";
    int found = 0;
    for (int round = 0; round < 5000; ++round) {
        std::string text = canonical;
        const std::size_t at = rng() % text.size();
        switch (rng() % 3) {
            case 0:
                text.resize(at);
                break;
            case 1:
                text[at] = alphabet[rng() % alphabet.size()];
                break;
            default:
                text.insert(text.begin() + static_cast<std::ptrdiff_t>(at),
                            alphabet[rng() % alphabet.size()]);
        }
        if (canonical_changes(text)) {
            ++found;
        }
    }
    CHECK(found > 500);
}
