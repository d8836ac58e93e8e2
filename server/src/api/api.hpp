// The HTTP API v1 (DESIGN §5) as a function of plain values: routes a
// HttpRequest, translates it into calls of the services, and their results
// (or errors) into a HttpResponse. Holds no rules of its own beyond HTTP:
// methods, content types, body limits, bearer tokens, query parameters and
// the mapping of error codes to statuses. Writes one log line per request
// and keeps the request metrics. Thread-safe; the services it is given must
// outlive it.
#pragma once

#include "api/http_types.hpp"
#include "api/metrics.hpp"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>
#include <string_view>

namespace ronde::server {

class AuthService;
class DeviceEventService;
class ExportService;
class SupervisorRoutes;
class SyncService;

// The version reported by /healthz and --version.
inline constexpr std::string_view kServerVersion = "0.1.0";

struct ApiConfig {
    std::size_t max_body_bytes = 1024 * 1024;  // larger bodies: 413
    int pull_default_limit = 500;              // when ?limit= is absent
};

class Api {
public:
    // `log` receives one line per request; nullptr for none.
    Api(AuthService& auth, SyncService& sync, ApiConfig config, std::ostream* log);

    // Never throws: an unexpected exception becomes a 500 "internal" error
    // whose message does not repeat the exception's text.
    HttpResponse handle(const HttpRequest& request);

    // The same, for a request whose body was refused unread because it was
    // larger than max_body_bytes (`request.body` is empty): answers 413 with
    // the usual log line and metrics.
    HttpResponse refuse_oversized(const HttpRequest& request);

    const ApiConfig& config() const noexcept { return config_; }

    // How long since a device last sent a sync request (push or pull): the
    // background work of `serve` waits for the devices to be served first.
    std::chrono::steady_clock::duration since_last_sync_request() const;

    // Serves the /api/v1/export/ routes with `exports` (which must outlive
    // the Api and the streams it returned); without it they answer 404.
    void set_exports(ExportService* exports) noexcept { exports_ = exports; }
    // Serves the supervisor routes (lists, statistics, follow-ups,
    // conflicts, team and devices: api/supervisor_routes.hpp) with `routes`
    // (which must outlive the Api); without it they answer 404.
    void set_supervisor(SupervisorRoutes* routes) noexcept { supervisor_ = routes; }
    // Serves POST /api/v1/audit/events (consultations made on devices) with
    // `events` (which must outlive the Api); without it the route answers 404.
    void set_device_events(DeviceEventService* events) noexcept { device_events_ = events; }

    // The HTTP status of an error code of the core or the services.
    static int status_for(std::string_view error_code) noexcept;

private:
    struct Outcome;
    HttpResponse dispatch(const HttpRequest& request, Outcome& outcome);
    HttpResponse finish(const HttpRequest& request, HttpResponse response, const Outcome& outcome,
                        std::chrono::steady_clock::time_point started);

    AuthService& auth_;
    SyncService& sync_;
    ApiConfig config_;
    ExportService* exports_ = nullptr;
    SupervisorRoutes* supervisor_ = nullptr;
    DeviceEventService* device_events_ = nullptr;
    std::ostream* log_;
    std::mutex log_mutex_;
    Metrics metrics_;
    std::atomic<std::chrono::steady_clock::rep> last_sync_request_{0};
};

}  // namespace ronde::server
