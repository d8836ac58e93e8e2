#include "services/device_event_service.hpp"

#include "services/audit_service.hpp"
#include "store/device_events.hpp"
#include "store/store.hpp"

#include <exception>
#include <string>
#include <unordered_set>

namespace ronde::server {

DeviceEventService::DeviceEventService(Store& store, AuditService& audit, MillisClock clock,
                                       DeviceEventConfig config)
    : store_(store), audit_(audit), clock_(std::move(clock)), config_(config) {}

Result<ConsultationResponse> DeviceEventService::post(const Principal& who, const Json& body) {
    if (who.role == Role::admin) {
        return make_error("forbidden", "Admin accounts do not consult records.");
    }
    auto request = decode_consultation_request(body, config_.max_events);
    if (!request) {
        return request.error();
    }
    const std::int64_t latest = clock_() + config_.max_clock_skew.count();
    const auto& events = request.value().events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].at.time_since_epoch().count() > latest) {
            const std::string field = "events[" + std::to_string(i) + "].at";
            return make_error("clock_drift",
                              "The event is dated more than 24 h after the server's time.", field);
        }
    }
    ConsultationResponse answer;
    try {
        auto tx = store_.begin_write();
        std::unordered_set<std::string> seen;
        for (const ConsultationEvent& e : events) {
            if (!seen.insert(e.id).second) {
                continue;  // twice in the request: listed once
            }
            answer.accepted.push_back(e.id);
            if (device_event_entry(*tx, e.id)) {
                answer.duplicates.push_back(e.id);
                continue;
            }
            const Json details = {{"event_id", e.id},
                                  {"kind", code(e.kind)},
                                  {"entity", code(entity_of(e.kind))},
                                  {"opened_at_ms", e.at.time_since_epoch().count()}};
            const AuditRecord entry = audit_.append(
                *tx, AuditEntry::by(who, "device.consultation", e.record_id, details));
            device_event_insert(*tx, e.id, who.device_id, entry.seq, entry.at_ms);
        }
        tx->commit();
    } catch (const std::exception&) {
        return make_error("internal", "The consultations could not be journaled.");
    }
    return answer;
}

}  // namespace ronde::server
