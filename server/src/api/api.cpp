#include "api/api.hpp"

#include "api/supervisor_routes.hpp"
#include "ronde/audit_events.hpp"
#include "ronde/codec.hpp"
#include "ronde/time.hpp"
#include "services/auth_service.hpp"
#include "services/device_event_service.hpp"
#include "services/export_service.hpp"
#include "services/sync_service.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <limits>
#include <optional>
#include <ostream>

namespace ronde::server {

namespace {

constexpr std::string_view kJson = "application/json";

// A route pattern and the methods it answers.
struct Route {
    std::string_view pattern;
    std::string_view method;
};

constexpr std::array kRoutes = {
    Route{"/healthz", "GET"},
    Route{"/metrics", "GET"},
    Route{"/api/v1/auth/login", "POST"},
    Route{"/api/v1/auth/logout", "POST"},
    Route{"/api/v1/sync/push", "POST"},
    Route{"/api/v1/sync/pull", "GET"},
    Route{"/api/v1/audit/events", "POST"},
    Route{"/api/v1/export/visits.csv", "GET"},
    Route{"/api/v1/export/visits.geojson", "GET"},
    Route{"/api/v1/export/contacts.geojson", "GET"},
};

HttpResponse json_response(int status, std::string body) {
    HttpResponse r;
    r.status = status;
    r.headers["Content-Type"] = "application/json; charset=utf-8";
    r.headers["Cache-Control"] = "no-store";
    r.body = std::move(body);
    return r;
}

// The error shape of PROTOCOL.md §9; `details` are merged into
// error.details (which already holds "field" when the error has one).
HttpResponse error_response(const Error& e, const Json& details = Json::object()) {
    Json body = encode_error(e);
    for (const auto& [key, value] : details.items()) {
        body["error"]["details"][key] = value;
    }
    return json_response(Api::status_for(e.code), body.dump());
}

constexpr std::string_view kProtocolHeader = "x-ronde-protocol";

std::string to_lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

// "application/json" with optional parameters ("; charset=utf-8").
bool is_json_content_type(std::string_view value) {
    const auto semicolon = value.find(';');
    const std::string media = to_lower(trim(value.substr(0, semicolon)));
    if (media != kJson) {
        return false;
    }
    if (semicolon == std::string_view::npos) {
        return true;
    }
    // Only UTF-8 is accepted as a charset (RFC 8259 §8.1).
    const std::string params = to_lower(value.substr(semicolon + 1));
    const auto charset = params.find("charset=");
    if (charset == std::string::npos) {
        return true;
    }
    std::string_view cs = trim(std::string_view(params).substr(charset + 8));
    cs = cs.substr(0, cs.find(';'));
    cs = trim(cs);
    if (cs.size() >= 2 && cs.front() == '"' && cs.back() == '"') {
        cs = cs.substr(1, cs.size() - 2);
    }
    return cs == "utf-8" || cs == "utf8";
}

bool is_loopback(std::string_view address) {
    return address.starts_with("127.") || address == "::1" || address.starts_with("::ffff:127.");
}

// The client's address: the peer's, or, when the peer is on loopback (the
// nginx of deploy/, which sets it from its own peer), the X-Real-IP header
// when it holds an IP address. Behind a reverse proxy every peer is
// 127.0.0.1: without this, the login limit per address would count the
// whole unit's typos together, and /metrics would be open to anyone.
std::string client_address(const HttpRequest& request) {
    if (!is_loopback(request.remote_address)) {
        return request.remote_address;
    }
    const std::string_view forwarded = trim(request.header("x-real-ip"));
    const bool address = !forwarded.empty() && forwarded.size() <= 45 &&
                         std::all_of(forwarded.begin(), forwarded.end(), [](char c) {
                             return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
                                    (c >= 'A' && c <= 'F') || c == ':' || c == '.';
                         });
    return address ? std::string(forwarded) : request.remote_address;
}

// The token of "Authorization: Bearer <token>", or nothing.
std::optional<std::string_view> bearer_token(const HttpRequest& request) {
    const std::string_view value = trim(request.header("authorization"));
    if (value.size() < 7 || to_lower(value.substr(0, 7)) != "bearer ") {
        return std::nullopt;
    }
    const std::string_view token = trim(value.substr(7));
    if (token.empty()) {
        return std::nullopt;
    }
    return token;
}

// A query parameter that must be a decimal integer: nothing when it is not
// one ("abc", "1.5", "", "0x10", "+1"); values beyond int64 saturate.
std::optional<std::int64_t> parse_integer(std::string_view text) {
    const bool negative = !text.empty() && text.front() == '-';
    const std::string_view digits = negative ? text.substr(1) : text;
    if (digits.empty() || digits.size() > 4096 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range) {
        return negative ? std::numeric_limits<std::int64_t>::min()
                        : std::numeric_limits<std::int64_t>::max();
    }
    return value;
}

// Field access on a parsed login body, with the core's error codes.
Result<std::string> string_field(const Json& object, const char* key, std::string path) {
    const auto it = object.find(key);
    if (it == object.end()) {
        return make_error("missing_field", "The field '" + path + "' is required.", path);
    }
    if (!it->is_string()) {
        return make_error("invalid_type", "The field '" + path + "' must be a string.", path);
    }
    return it->get<std::string>();
}

}  // namespace

// What the log line and the metrics say about one request.
struct Api::Outcome {
    std::string_view route = "unmatched";
    std::string unit_id;
    std::string user_id;
};

Api::Api(AuthService& auth, SyncService& sync, ApiConfig config, std::ostream* log)
    : auth_(auth), sync_(sync), config_(config), log_(log) {}

int Api::status_for(std::string_view code) noexcept {
    struct Entry {
        std::string_view code;
        int status;
    };
    // PROTOCOL.md §9.1: malformed requests 400, valid JSON with an invalid
    // value 422 (the codes of §9.2).
    static constexpr std::array kTable = {
        Entry{"invalid_json", 400},       Entry{"invalid_type", 400},
        Entry{"missing_field", 400},      Entry{"unsupported_protocol", 400},
        Entry{"invalid_value", 422},      Entry{"invalid_uuid", 422},
        Entry{"invalid_hlc", 422},        Entry{"invalid_enum", 422},
        Entry{"invalid_time", 422},       Entry{"invalid_date", 422},
        Entry{"out_of_range", 422},       Entry{"too_long", 422},
        Entry{"invalid_utf8", 422},       Entry{"invalid_phone", 422},
        Entry{"invalid_email", 422},      Entry{"invalid_siret", 422},
        Entry{"duplicate_value", 422},    Entry{"inconsistent_follow_up", 422},
        Entry{"clock_drift", 422},        Entry{"not_author", 403},
        Entry{"unauthenticated", 401},    Entry{"invalid_credentials", 401},
        Entry{"token_expired", 401},      Entry{"device_revoked", 401},
        Entry{"forbidden", 403},          Entry{"not_found", 404},
        Entry{"method_not_allowed", 405}, Entry{"batch_conflict", 409},
        Entry{"already_exists", 409},     Entry{"payload_too_large", 413},
        Entry{"too_many", 413},           Entry{"unsupported_media_type", 415},
        Entry{"rate_limited", 429},       Entry{"internal", 500},
        Entry{"unavailable", 503},        Entry{"deleted", 409},
        Entry{"already_resolved", 409},   Entry{"account_disabled", 403},
    };
    for (const Entry& e : kTable) {
        if (e.code == code) {
            return e.status;
        }
    }
    return 500;  // an unknown code is a bug of ours, not of the client
}

HttpResponse Api::handle(const HttpRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    if (request.path.starts_with("/api/v1/sync/")) {
        last_sync_request_.store(started.time_since_epoch().count(), std::memory_order_relaxed);
    }
    Outcome outcome;
    HttpResponse response;
    try {
        response = dispatch(request, outcome);
    } catch (...) {
        // Never leak the exception's text: it may hold SQL or record data.
        response = error_response(make_error("internal", "An internal error occurred."));
    }
    return finish(request, std::move(response), outcome, started);
}

std::chrono::steady_clock::duration Api::since_last_sync_request() const {
    const std::chrono::steady_clock::duration last(
        last_sync_request_.load(std::memory_order_relaxed));
    return std::chrono::steady_clock::now().time_since_epoch() - last;
}

HttpResponse Api::refuse_oversized(const HttpRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    Outcome outcome;
    for (const Route& r : kRoutes) {
        if (r.pattern == request.path) {
            outcome.route = r.pattern;
        }
    }
    if (const auto m = SupervisorRoutes::match(request.path, request.method);
        m && supervisor_ != nullptr) {
        outcome.route = m->pattern;
    }
    HttpResponse response = error_response(
        make_error("payload_too_large", "The request body is larger than " +
                                            std::to_string(config_.max_body_bytes) + " bytes."),
        {{"max_bytes", config_.max_body_bytes}});
    return finish(request, std::move(response), outcome, started);
}

HttpResponse Api::finish(const HttpRequest& request, HttpResponse response, const Outcome& outcome,
                         std::chrono::steady_clock::time_point started) {
    const auto elapsed = std::chrono::steady_clock::now() - started;
    response.headers["X-Ronde-Protocol"] = std::to_string(kProtocolVersion);
    if (response.status == 401) {
        response.headers["WWW-Authenticate"] = "Bearer realm=\"ronde\"";
    }
    try {
        metrics_.record(outcome.route, response.status, elapsed);
        if (log_ != nullptr) {
            const double ms = std::chrono::duration<double, std::milli>(elapsed).count();
            char duration[32];
            std::snprintf(duration, sizeof duration, "%.1fms", ms);
            const auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now());
            // Method and route pattern only: never the raw path, the query,
            // tokens, passwords or bodies.
            const bool plain_method = !request.method.empty() && request.method.size() <= 16 &&
                                      std::all_of(request.method.begin(), request.method.end(),
                                                  [](char c) { return c >= 'A' && c <= 'Z'; });
            const std::string method = plain_method ? request.method : "(other)";
            std::string line = format_timestamp(now) + " " + method + " " +
                               std::string(outcome.route) + " " + std::to_string(response.status) +
                               " " + duration +
                               " unit=" + (outcome.unit_id.empty() ? "-" : outcome.unit_id) +
                               " user=" + (outcome.user_id.empty() ? "-" : outcome.user_id) + "\n";
            const std::lock_guard lock(log_mutex_);
            *log_ << line << std::flush;
        }
    } catch (...) {
        // Logging must never turn an answer into a failure.
    }
    return response;
}

HttpResponse Api::dispatch(const HttpRequest& request, Outcome& outcome) {
    const Route* route = nullptr;
    for (const Route& r : kRoutes) {
        if (r.pattern == request.path) {
            route = &r;
        }
    }
    Route supervisor_route;
    if (route == nullptr && supervisor_ != nullptr) {
        if (const auto m = SupervisorRoutes::match(request.path, request.method)) {
            supervisor_route = Route{m->pattern, m->method};
            route = &supervisor_route;
        }
    }
    if (route == nullptr ||
        (route->pattern == "/api/v1/audit/events" && device_events_ == nullptr)) {
        return error_response(make_error("not_found", "No such route."));
    }
    outcome.route = route->pattern;
    if (request.method != route->method) {
        HttpResponse r = error_response(make_error(
            "method_not_allowed", "This route answers " + std::string(route->method) + " only."));
        r.headers["Allow"] = std::string(route->method);
        return r;
    }
    if (request.body.size() > config_.max_body_bytes) {
        return error_response(make_error("payload_too_large", "The request body is too large."),
                              {{"max_bytes", config_.max_body_bytes}});
    }

    // X-Ronde-Protocol (PROTOCOL.md §1, §8, §11): another major version is
    // refused on every /api/v1 route; pull has no body to carry the version,
    // so there the header is required.
    if (route->pattern.starts_with("/api/v1/")) {
        const auto it = request.headers.find(std::string(kProtocolHeader));
        const Json details = {{"header", "X-Ronde-Protocol"}, {"supported", {kProtocolVersion}}};
        if (it == request.headers.end()) {
            if (route->pattern == "/api/v1/sync/pull") {
                return error_response(
                    make_error("missing_field", "The header X-Ronde-Protocol is required."),
                    {{"header", "X-Ronde-Protocol"}});
            }
        } else if (trim(it->second) != std::to_string(kProtocolVersion)) {
            return error_response(
                make_error("unsupported_protocol", "This server speaks sync protocol " +
                                                       std::to_string(kProtocolVersion) +
                                                       "; the request uses another version."),
                details);
        }
    }

    // The caller, for the routes that need one.
    const auto authenticate = [&]() -> Result<Principal> {
        const auto token = bearer_token(request);
        if (!token) {
            return make_error("unauthenticated", "A bearer token is required.");
        }
        Result<Principal> who = auth_.authenticate(*token);
        if (who) {
            outcome.unit_id = who->unit_id;
            outcome.user_id = who->user_id;
        }
        return who;
    };
    // The parsed JSON body of a POST, or the error to answer.
    const auto json_body = [&]() -> Result<Json> {
        if (!is_json_content_type(request.header("content-type"))) {
            return make_error("unsupported_media_type",
                              "The request body must be application/json (UTF-8).");
        }
        return parse_json(request.body);
    };

    const std::string_view path = route->pattern;
    if (path == "/healthz") {
        Json j = {{"status", "ok"},
                  {"version", std::string(kServerVersion)},
                  {"protocol", kProtocolVersion}};
        return json_response(200, j.dump());
    }

    if (path == "/metrics") {
        if (!is_loopback(client_address(request))) {
            Result<Principal> who = authenticate();
            if (!who) {
                return error_response(who.error());
            }
            if (who->role != Role::admin) {
                return error_response(
                    make_error("forbidden", "Metrics are for loopback or an admin account."));
            }
        }
        const SyncCounters c = sync_.counters();
        std::string text = metrics_.render();
        text +=
            "# HELP ronde_sync_changes_pushed_total Changes applied by pushes.\n"
            "# TYPE ronde_sync_changes_pushed_total counter\n"
            "ronde_sync_changes_pushed_total " +
            std::to_string(c.changes_pushed) +
            "\n"
            "# HELP ronde_sync_changes_rejected_total Changes of pushes answered rejected.\n"
            "# TYPE ronde_sync_changes_rejected_total counter\n"
            "ronde_sync_changes_rejected_total " +
            std::to_string(c.changes_rejected) +
            "\n"
            "# HELP ronde_sync_changes_pulled_total Changes sent by pulls.\n"
            "# TYPE ronde_sync_changes_pulled_total counter\n"
            "ronde_sync_changes_pulled_total " +
            std::to_string(c.changes_pulled) + "\n";
        HttpResponse r;
        r.status = 200;
        r.headers["Content-Type"] = "text/plain; version=0.0.4; charset=utf-8";
        r.body = std::move(text);
        return r;
    }

    if (path == "/api/v1/auth/login") {
        Result<Json> body = json_body();
        if (!body) {
            return error_response(body.error());
        }
        const Json& j = body.value();
        if (!j.is_object()) {
            return error_response(make_error("invalid_type", "The body must be a JSON object."));
        }
        LoginInput in;
        in.client_address = client_address(request);
        auto username = string_field(j, "username", "username");
        if (!username) {
            return error_response(username.error());
        }
        in.username = std::move(username.value());
        auto password = string_field(j, "password", "password");
        if (!password) {
            return error_response(password.error());
        }
        in.password = std::move(password.value());
        const auto device = j.find("device");
        if (device == j.end()) {
            return error_response(
                make_error("missing_field", "The field 'device' is required.", "device"));
        }
        if (!device->is_object()) {
            return error_response(
                make_error("invalid_type", "The field 'device' must be an object.", "device"));
        }
        auto device_id = string_field(*device, "id", "device.id");
        if (!device_id) {
            return error_response(device_id.error());
        }
        in.device_id = std::move(device_id.value());
        if (device->contains("name")) {
            auto device_name = string_field(*device, "name", "device.name");
            if (!device_name) {
                return error_response(device_name.error());
            }
            in.device_name = std::move(device_name.value());
        }
        Result<LoginOutput> out = auth_.login(in);
        if (!out) {
            if (out.error().code == "rate_limited") {
                const std::int64_t wait = std::max<std::int64_t>(
                    1, auth_.retry_after_seconds(in.username, in.client_address));
                HttpResponse r = error_response(out.error(), {{"retry_after", wait}});
                r.headers["Retry-After"] = std::to_string(wait);
                return r;
            }
            return error_response(out.error());
        }
        outcome.unit_id = out->unit.id;
        outcome.user_id = out->user.id;
        Json answer = {
            {"token", out->token}, {"user", encode(out->user)}, {"unit", encode(out->unit)}};
        return json_response(200, answer.dump());
    }

    Result<Principal> who = authenticate();
    if (!who) {
        return error_response(who.error());
    }

    if (route == &supervisor_route) {
        Result<SupervisorRoutes::Answer> answer =
            supervisor_->handle(request, who.value(), {route->pattern, route->method}, json_body);
        if (!answer) {
            return error_response(answer.error());
        }
        return json_response(answer->status, answer->body.dump());
    }

    // Exports: a streamed body (export_service.hpp has the formats).
    if (path.starts_with("/api/v1/export/")) {
        if (exports_ == nullptr) {
            return error_response(make_error("not_found", "No such route."));
        }
        const ExportKind kind = path.ends_with("/visits.csv")       ? ExportKind::visits_csv
                                : path.ends_with("/visits.geojson") ? ExportKind::visits_geojson
                                                                    : ExportKind::contacts_geojson;
        Result<ExportStream> stream = exports_->open(who.value(), kind, request.query);
        if (!stream) {
            return error_response(stream.error());
        }
        HttpResponse r;
        r.headers["Content-Type"] = stream->content_type;
        r.headers["Content-Disposition"] = "attachment; filename=\"" + stream->file_name + "\"";
        r.headers["Cache-Control"] = "no-store";
        r.headers["X-Ronde-Export-Rows"] = std::to_string(stream->rows);
        r.stream = std::move(stream->next);
        return r;
    }

    if (path == "/api/v1/auth/logout") {
        if (!request.body.empty() && !is_json_content_type(request.header("content-type"))) {
            return error_response(make_error("unsupported_media_type",
                                             "The request body must be application/json (UTF-8)."));
        }
        if (auto e = auth_.logout(who.value())) {
            return error_response(*e);
        }
        HttpResponse r;
        r.status = 204;
        r.headers["Cache-Control"] = "no-store";
        return r;
    }

    // Consultations made on devices (PROTOCOL.md §14).
    if (path == "/api/v1/audit/events") {
        Result<Json> body = json_body();
        if (!body) {
            return error_response(body.error());
        }
        Result<ConsultationResponse> answer = device_events_->post(who.value(), body.value());
        if (!answer) {
            Json details = Json::object();
            if (answer.error().code == "too_many") {
                details["max_events"] = kMaxConsultationEvents;
            }
            return error_response(answer.error(), details);
        }
        return json_response(200, encode(answer.value()).dump());
    }

    if (path == "/api/v1/sync/push") {
        if (!is_json_content_type(request.header("content-type"))) {
            return error_response(make_error("unsupported_media_type",
                                             "The request body must be application/json (UTF-8)."));
        }
        // Parsed by the service, which hashes a canonical "changes" as received.
        Result<std::string> answer = sync_.push_text(who.value(), request.body);
        if (!answer) {
            return error_response(answer.error());
        }
        return json_response(200, std::move(answer.value()));
    }

    // GET /api/v1/sync/pull?since=N&limit=M (PROTOCOL.md §8)
    std::int64_t since = 0;
    if (const auto it = request.query.find("since"); it != request.query.end()) {
        const auto v = parse_integer(it->second);
        if (!v) {
            return error_response(
                make_error("invalid_type", "'since' must be an integer.", "since"));
        }
        if (*v < 0 || *v == std::numeric_limits<std::int64_t>::max()) {
            return error_response(make_error(
                "out_of_range", "'since' must be a sequence number, 0 or more.", "since"));
        }
        since = *v;
    }
    int limit = config_.pull_default_limit;
    if (const auto it = request.query.find("limit"); it != request.query.end()) {
        const auto v = parse_integer(it->second);
        if (!v) {
            return error_response(
                make_error("invalid_type", "'limit' must be an integer.", "limit"));
        }
        if (*v < 1) {
            return error_response(
                make_error("out_of_range", "'limit' must be 1 or more.", "limit"));
        }
        // Larger limits are clamped by the service.
        limit = static_cast<int>(std::min<std::int64_t>(*v, std::numeric_limits<int>::max()));
    }
    // pull_text gives the bytes of encode(pull(...)) without re-parsing the
    // stored records.
    Result<std::string> pulled = sync_.pull_text(who.value(), since, limit);
    if (!pulled) {
        return error_response(pulled.error());
    }
    return json_response(200, std::move(pulled.value()));
}

}  // namespace ronde::server
