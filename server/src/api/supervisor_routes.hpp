// The supervisor routes of the API (sync-protocol/SUPERVISOR-API.md): lists,
// statistics, follow-ups, conflicts, team and devices. Api::dispatch asks
// match() for paths it does not know, runs its usual checks (method,
// protocol header, body size, token), then hands the request to handle(),
// which only translates between HTTP values and SupervisorService /
// AdminService. Thread-safe; the services must outlive it.
#pragma once

#include "api/http_types.hpp"
#include "ronde/codec.hpp"
#include "ronde/error.hpp"
#include "services/principal.hpp"

#include <functional>
#include <optional>
#include <string_view>

namespace ronde::server {

class SupervisorService;
class AdminService;

class SupervisorRoutes {
public:
    struct Match {
        std::string_view pattern;  // for logs and metrics: "/api/v1/visits/{id}/follow-up"
        std::string_view method;   // the one method it answers
    };
    struct Answer {
        int status = 200;
        Json body;
    };
    using BodyReader = std::function<Result<Json>()>;

    SupervisorRoutes(SupervisorService& supervisor, AdminService& admin);

    // The route of `path` answering `method`; when the path is a route of
    // other methods only, its pattern with those methods ("GET, POST"), so
    // that the caller answers 405 with them in Allow.
    static std::optional<Match> match(std::string_view path, std::string_view method);

    // `request` was matched and authenticated as `who`; `body` parses its
    // JSON body (checking Content-Type) for POST routes.
    Result<Answer> handle(const HttpRequest& request, const Principal& who, const Match& route,
                          const BodyReader& body);

private:
    SupervisorService& supervisor_;
    AdminService& admin_;
};

}  // namespace ronde::server
