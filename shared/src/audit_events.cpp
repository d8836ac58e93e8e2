// JSON codec of the consultation events (ronde/audit_events.hpp).
#include "ronde/audit_events.hpp"

#include "ronde/time.hpp"
#include "ronde/validate.hpp"

#include <array>
#include <chrono>
#include <exception>
#include <new>
#include <utility>

namespace ronde {
namespace {

struct Kind {
    ConsultationKind kind;
    std::string_view code;
    Entity entity;
};
constexpr std::array kKinds = {
    Kind{ConsultationKind::contact_open, "contact.open", Entity::contact},
    Kind{ConsultationKind::visit_open, "visit.open", Entity::visit},
};

// Times the protocol accepts (PROTOCOL.md §2).
constexpr Timestamp kEarliest{std::chrono::sys_days{std::chrono::year{2000} / 1 / 1}};
constexpr Timestamp kLatest{std::chrono::sys_days{std::chrono::year{2100} / 1 / 1}};

struct DecodeFailure {
    Error error;
};

[[noreturn]] void fail(std::string code, std::string message, std::string field) {
    throw DecodeFailure{make_error(std::move(code), std::move(message), std::move(field))};
}

std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

// The value of a required key (null counts as absent).
const Json& require(const Json& object, std::string_view key, const std::string& path) {
    const std::string field = join(path, key);
    const auto it = object.find(std::string(key));
    if (it == object.end() || it->is_null()) {
        fail("missing_field", "The field '" + field + "' is required.", field);
    }
    return *it;
}

std::string require_string(const Json& object, std::string_view key, const std::string& path) {
    const Json& value = require(object, key, path);
    if (!value.is_string()) {
        const std::string field = join(path, key);
        fail("invalid_type", "The field '" + field + "' must be a string.", field);
    }
    return value.get<std::string>();
}

void require_object(const Json& j, const std::string& path) {
    if (!j.is_object()) {
        fail("invalid_type",
             (path.empty() ? std::string("The body") : "'" + path + "'") + " must be an object.",
             path);
    }
}

std::string require_uuid(const Json& object, std::string_view key, const std::string& path) {
    std::string text = require_string(object, key, path);
    if (!is_valid_uuid(text)) {
        const std::string field = join(path, key);
        fail("invalid_uuid", "The field '" + field + "' is not a lowercase UUID.", field);
    }
    return text;
}

ConsultationEvent read_event(const Json& j, const std::string& path) {
    require_object(j, path);
    ConsultationEvent e;
    e.id = require_uuid(j, "id", path);
    const std::string kind_text = require_string(j, "kind", path);
    const auto kind = parse_consultation_kind(kind_text);
    if (!kind) {
        // The value is not echoed: cut, it could end inside a UTF-8
        // character and make the error answer itself invalid.
        fail("invalid_enum", "This kind is not a consultation kind (contact.open, visit.open).",
             join(path, "kind"));
    }
    e.kind = *kind;
    const std::string entity = require_string(j, "entity", path);
    if (entity != ronde::code(entity_of(e.kind))) {
        fail("invalid_value",
             "A '" + std::string(ronde::code(e.kind)) + "' event is about a " +
                 std::string(ronde::code(entity_of(e.kind))) + ".",
             join(path, "entity"));
    }
    e.record_id = require_uuid(j, "record_id", path);
    const std::string at = require_string(j, "at", path);
    auto parsed = parse_timestamp(at);
    if (!parsed) {
        fail("invalid_time", "The field '" + join(path, "at") + "' is not a UTC time.",
             join(path, "at"));
    }
    if (parsed.value() < kEarliest || parsed.value() >= kLatest) {
        fail("out_of_range",
             "The field '" + join(path, "at") + "' is not between the years 2000 and 2099.",
             join(path, "at"));
    }
    e.at = parsed.value();
    return e;
}

template <class F>
auto guarded(F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const DecodeFailure& failure) {
        return failure.error;
    } catch (const std::bad_alloc&) {
        return make_error("internal", "Out of memory while decoding.");
    } catch (const std::exception& e) {
        return make_error("invalid_type", std::string("Unexpected JSON: ") + e.what());
    }
}

}  // namespace

std::string_view code(ConsultationKind kind) noexcept {
    for (const Kind& k : kKinds) {
        if (k.kind == kind) {
            return k.code;
        }
    }
    return "contact.open";
}

std::optional<ConsultationKind> parse_consultation_kind(std::string_view text) noexcept {
    for (const Kind& k : kKinds) {
        if (k.code == text) {
            return k.kind;
        }
    }
    return std::nullopt;
}

Entity entity_of(ConsultationKind kind) noexcept {
    for (const Kind& k : kKinds) {
        if (k.kind == kind) {
            return k.entity;
        }
    }
    return Entity::contact;
}

Json encode(const ConsultationEvent& e) {
    return Json{{"id", e.id},
                {"kind", code(e.kind)},
                {"entity", code(entity_of(e.kind))},
                {"record_id", e.record_id},
                {"at", format_timestamp(e.at)}};
}

Result<ConsultationEvent> decode_consultation_event(const Json& j, const std::string& path) {
    return guarded([&]() -> Result<ConsultationEvent> { return read_event(j, path); });
}

Json encode(const ConsultationRequest& r) {
    Json events = Json::array();
    for (const ConsultationEvent& e : r.events) {
        events.push_back(encode(e));
    }
    return Json{{"protocol", r.protocol}, {"events", std::move(events)}};
}

Result<ConsultationRequest> decode_consultation_request(const Json& j, std::size_t max_events) {
    return guarded([&]() -> Result<ConsultationRequest> {
        require_object(j, "");
        const Json& protocol = require(j, "protocol", "");
        if (!protocol.is_number_integer()) {
            fail("invalid_type", "The field 'protocol' must be an integer.", "protocol");
        }
        const bool same = protocol.is_number_unsigned()
                              ? protocol.get<std::uint64_t>() == std::uint64_t{kProtocolVersion}
                              : protocol.get<std::int64_t>() == std::int64_t{kProtocolVersion};
        if (!same) {
            fail("unsupported_protocol",
                 "Protocol version " + protocol.dump() + " is not supported; this side speaks " +
                     std::to_string(kProtocolVersion) + ".",
                 "protocol");
        }
        const Json& events = require(j, "events", "");
        if (!events.is_array()) {
            fail("invalid_type", "The field 'events' must be an array.", "events");
        }
        if (events.size() > max_events) {
            fail("too_many",
                 "A request holds at most " + std::to_string(max_events) + " events, not " +
                     std::to_string(events.size()) + ".",
                 "events");
        }
        ConsultationRequest r;
        r.events.reserve(events.size());
        for (std::size_t i = 0; i < events.size(); ++i) {
            r.events.push_back(read_event(events[i], "events[" + std::to_string(i) + "]"));
        }
        return r;
    });
}

Json encode(const ConsultationResponse& r) {
    return Json{{"accepted", r.accepted}, {"duplicates", r.duplicates}};
}

Result<ConsultationResponse> decode_consultation_response(const Json& j) {
    return guarded([&]() -> Result<ConsultationResponse> {
        require_object(j, "");
        ConsultationResponse r;
        const auto read_ids = [&](std::string_view key, bool required) {
            std::vector<std::string> ids;
            const auto it = j.find(std::string(key));
            if (it == j.end() || it->is_null()) {
                if (required) {
                    require(j, key, "");
                }
                return ids;
            }
            if (!it->is_array()) {
                fail("invalid_type", "The field '" + std::string(key) + "' must be an array.",
                     std::string(key));
            }
            for (std::size_t i = 0; i < it->size(); ++i) {
                const Json& id = (*it)[i];
                if (!id.is_string()) {
                    const std::string field = std::string(key) + "[" + std::to_string(i) + "]";
                    fail("invalid_type", "The field '" + field + "' must be a string.", field);
                }
                ids.push_back(id.get<std::string>());
            }
            return ids;
        };
        r.accepted = read_ids("accepted", true);
        r.duplicates = read_ids("duplicates", false);
        return r;
    });
}

}  // namespace ronde
