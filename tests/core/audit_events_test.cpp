// The consultation events' codec (ronde/audit_events.hpp): the examples of
// PROTOCOL.md §14 decode and round-trip; every refusal names its field.
#include "ronde/audit_events.hpp"
#include "ronde/time.hpp"
#include "ronde/uuid.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace ronde;

namespace {

Json load_example(const std::string& name) {
    std::ifstream in(std::string(RONDE_PROTOCOL_DIR) + "/examples/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = parse_json(text.str());
    REQUIRE(parsed.ok());
    return parsed.value();
}

Json good_event() {
    return Json{{"id", "01a1fd99-895a-75dd-99f6-f5700bd24777"},
                {"kind", "contact.open"},
                {"entity", "contact"},
                {"record_id", "01a1fd97-5f47-7778-850b-bf5095e75fbb"},
                {"at", "2026-11-21T10:14:20.250Z"}};
}

Error refusal(const Json& body) {
    auto r = decode_consultation_request(body);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

}  // namespace

TEST_CASE("the consultation examples of the protocol decode and round-trip") {
    const Json request = load_example("audit-events-request.json");
    auto decoded = decode_consultation_request(request);
    REQUIRE(decoded.ok());
    REQUIRE(decoded.value().events.size() == 2);
    const ConsultationEvent& first = decoded.value().events[0];
    CHECK(first.kind == ConsultationKind::contact_open);
    CHECK(first.record_id == "01a1fd97-5f47-7778-850b-bf5095e75fbb");
    CHECK(format_timestamp(first.at) == "2026-11-21T10:14:20.250Z");
    // Ids are UUIDv7 made when the page opened.
    for (const auto& e : decoded.value().events) {
        CHECK(uuid_v7_millis(e.id) == e.at.time_since_epoch().count());
    }
    CHECK(encode(decoded.value()) == request);

    const Json response = load_example("audit-events-response.json");
    auto answer = decode_consultation_response(response);
    REQUIRE(answer.ok());
    CHECK(answer.value().accepted.size() == 2);
    CHECK(answer.value().duplicates.empty());
    CHECK(encode(answer.value()) == response);
}

TEST_CASE("a consultation request is refused at the first bad field") {
    const auto body = [](Json event) {
        return Json{{"protocol", 1}, {"events", Json::array({good_event(), std::move(event)})}};
    };
    Json e = good_event();
    e["kind"] = "contact.print";
    CHECK(refusal(body(e)).code == "invalid_enum");
    CHECK(refusal(body(e)).field == "events[1].kind");
    e = good_event();
    e["entity"] = "visit";
    CHECK(refusal(body(e)).field == "events[1].entity");
    CHECK(refusal(body(e)).code == "invalid_value");
    e = good_event();
    e["id"] = "01A1FD99-895A-75DD-99F6-F5700BD24777";
    CHECK(refusal(body(e)).code == "invalid_uuid");
    CHECK(refusal(body(e)).field == "events[1].id");
    e = good_event();
    e["at"] = "2126-11-21T10:14:20.250Z";
    CHECK(refusal(body(e)).code == "out_of_range");
    e = good_event();
    e["at"] = 1795256060250;
    CHECK(refusal(body(e)).code == "invalid_type");
    CHECK(refusal(body(e)).field == "events[1].at");
    e = good_event();
    e["record_id"] = nullptr;
    CHECK(refusal(body(e)).code == "missing_field");
    CHECK(refusal(body(e)).field == "events[1].record_id");
    CHECK(refusal(body(Json::array())).field == "events[1]");

    CHECK(refusal(Json::array()).code == "invalid_type");
    CHECK(refusal(Json{{"events", Json::array()}}).field == "protocol");
    CHECK(refusal(Json{{"protocol", 2}, {"events", Json::array()}}).code == "unsupported_protocol");
    CHECK(refusal(Json{{"protocol", 1}, {"events", Json::object()}}).field == "events");
    Json many = Json{{"protocol", 1}, {"events", Json::array()}};
    for (int i = 0; i < 3; ++i) {
        many["events"].push_back(good_event());
    }
    auto too_many = decode_consultation_request(many, 2);
    REQUIRE_FALSE(too_many.ok());
    CHECK(too_many.error().code == "too_many");
    CHECK(decode_consultation_request(many, 3).ok());
}

TEST_CASE("a kind names its entity and reads back from its code") {
    for (auto kind : {ConsultationKind::contact_open, ConsultationKind::visit_open}) {
        CHECK(parse_consultation_kind(code(kind)) == kind);
    }
    CHECK(entity_of(ConsultationKind::contact_open) == Entity::contact);
    CHECK(entity_of(ConsultationKind::visit_open) == Entity::visit);
    CHECK_FALSE(parse_consultation_kind("Contact.Open"));
}
