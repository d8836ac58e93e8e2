// Consultation events: a device's record of a page it opened (a contact's
// page...), journaled on the device while offline and sent to the server's
// audit journal (PROTOCOL.md §14, SUPERVISOR-API.md §7). The JSON codec of
// POST /api/v1/audit/events lives here, apart from codec.cpp.
//
// Shapes:
//   event    {"id","kind","entity","record_id","at"}
//   request  {"protocol":1,"events":[<event>...]}
//   response {"accepted":[<id>...],"duplicates":[<id>...]}
// Errors (field paths from the top of the request: "events[3].kind"):
// invalid_type / missing_field for the shapes, unsupported_protocol,
// too_many (more than max_events; details say max_events), invalid_uuid
// (id: a canonical UUID; record_id: idem), invalid_enum (kind), invalid_value
// (an entity that is not the kind's), invalid_time / out_of_range (at).
// No exception leaves these functions.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/domain.hpp"
#include "ronde/error.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ronde {

// What was consulted. Each kind concerns one entity.
enum class ConsultationKind : std::uint8_t {
    contact_open,  // "contact.open": a contact's page was shown
    visit_open,    // "visit.open": a visit's detail was shown
};
std::string_view code(ConsultationKind kind) noexcept;
std::optional<ConsultationKind> parse_consultation_kind(std::string_view text) noexcept;
// The entity a kind is about.
Entity entity_of(ConsultationKind kind) noexcept;

// The most events per request (the server's limit).
inline constexpr std::size_t kMaxConsultationEvents = 500;

struct ConsultationEvent {
    std::string id;  // UUIDv7, made on the device when the page opened
    ConsultationKind kind = ConsultationKind::contact_open;
    std::string record_id;  // the record consulted
    Timestamp at{};         // device time of the opening
    bool operator==(const ConsultationEvent&) const = default;
};
// {"id","kind","entity","record_id","at"}
Json encode(const ConsultationEvent& e);
// `path` prefixes the field paths ("events[2]").
Result<ConsultationEvent> decode_consultation_event(const Json& j, const std::string& path = {});

struct ConsultationRequest {
    int protocol = kProtocolVersion;
    std::vector<ConsultationEvent> events;
};
Json encode(const ConsultationRequest& r);
// Decodes and checks every event: the first bad one refuses the request.
Result<ConsultationRequest> decode_consultation_request(
    const Json& j, std::size_t max_events = kMaxConsultationEvents);

struct ConsultationResponse {
    std::vector<std::string> accepted;    // every id of the request, in order, once
    std::vector<std::string> duplicates;  // those the server had already journaled
};
Json encode(const ConsultationResponse& r);
Result<ConsultationResponse> decode_consultation_response(const Json& j);

}  // namespace ronde
