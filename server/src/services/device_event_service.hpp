// Consultations made on devices (issue 6, PROTOCOL.md §14): a device sends
// the pages it opened, offline included, and each event becomes one entry of
// the audit journal (services/audit_service.hpp), exactly once.
//
// Entry: action "device.consultation", target the record id, details
// {"event_id", "kind", "entity", "opened_at_ms"} (the device's time of the
// opening); the entry's own time is the server's. Unit, user and device come
// from the token, never from the body.
//
// Idempotent by event id: an id already journaled (by any device, or twice
// in one request) is acknowledged again and not journaled. One request is
// one write transaction: its new entries and their ids commit together.
// Thread-safe (the store serialises writers).
#pragma once

#include "ronde/audit_events.hpp"
#include "ronde/error.hpp"
#include "services/principal.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace ronde::server {

class AuditService;
class Store;

struct DeviceEventConfig {
    std::size_t max_events = kMaxConsultationEvents;  // per request: 413 too_many beyond
    // An event dated further ahead of the server's clock is refused
    // (clock_drift), like a pushed change (PROTOCOL.md §6.3).
    std::chrono::milliseconds max_clock_skew = std::chrono::hours(24);
};

class DeviceEventService {
public:
    using MillisClock = std::function<std::int64_t()>;
    DeviceEventService(Store& store, AuditService& audit, MillisClock clock,
                       DeviceEventConfig config = {});

    // `body` is the parsed request body. Errors refuse the whole request,
    // nothing journaled: forbidden (admin accounts), the decoding errors of
    // decode_consultation_request (invalid_type, missing_field,
    // unsupported_protocol, too_many, invalid_uuid, invalid_enum,
    // invalid_value, invalid_time, out_of_range; field "events[i].key"),
    // clock_drift ("events[i].at"), internal.
    Result<ConsultationResponse> post(const Principal& who, const Json& body);

private:
    Store& store_;
    AuditService& audit_;
    MillisClock clock_;
    DeviceEventConfig config_;
};

}  // namespace ronde::server
