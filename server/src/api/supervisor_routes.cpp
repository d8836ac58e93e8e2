#include "api/supervisor_routes.hpp"

#include "services/admin_service.hpp"
#include "services/supervisor_service.hpp"

#include <array>
#include <string>

namespace ronde::server {
namespace {

struct RouteDef {
    std::string_view pattern;
    std::string_view method;
    std::string_view allow = {};  // every method of the pattern, for a 405's Allow
};

constexpr std::array kRoutes = {
    RouteDef{"/api/v1/visits", "GET"},
    RouteDef{"/api/v1/contacts", "GET"},
    RouteDef{"/api/v1/contacts/to-maintain", "GET"},
    RouteDef{"/api/v1/communes", "GET"},
    RouteDef{"/api/v1/patrols", "GET"},
    RouteDef{"/api/v1/stats", "GET"},
    RouteDef{"/api/v1/visits/{id}/follow-up", "POST"},
    RouteDef{"/api/v1/conflicts", "GET"},
    RouteDef{"/api/v1/conflicts/{id}/resolve", "POST"},
    RouteDef{"/api/v1/admin/users", "GET", "GET, POST"},
    RouteDef{"/api/v1/admin/users", "POST", "GET, POST"},
    RouteDef{"/api/v1/admin/units", "GET", "GET, POST"},
    RouteDef{"/api/v1/admin/units", "POST", "GET, POST"},
    RouteDef{"/api/v1/admin/users/{id}/password", "POST"},
    RouteDef{"/api/v1/admin/users/{id}/disable", "POST"},
    RouteDef{"/api/v1/admin/users/{id}/enable", "POST"},
    RouteDef{"/api/v1/admin/devices", "GET"},
    RouteDef{"/api/v1/admin/devices/{id}/revoke", "POST"},
};

// Whether `path` fits `pattern`, where "{id}" stands for one non-empty
// segment; the segment is stored in `id`.
bool fits(std::string_view pattern, std::string_view path, std::string_view* id) {
    const auto brace = pattern.find("{id}");
    if (brace == std::string_view::npos) {
        return pattern == path;
    }
    const std::string_view head = pattern.substr(0, brace);
    const std::string_view tail = pattern.substr(brace + 4);
    if (path.size() <= head.size() + tail.size() || !path.starts_with(head) ||
        !path.ends_with(tail)) {
        return false;
    }
    const std::string_view segment =
        path.substr(head.size(), path.size() - head.size() - tail.size());
    if (segment.empty() || segment.find('/') != std::string_view::npos) {
        return false;
    }
    if (id != nullptr) {
        *id = segment;
    }
    return true;
}

}  // namespace

SupervisorRoutes::SupervisorRoutes(SupervisorService& supervisor, AdminService& admin)
    : supervisor_(supervisor), admin_(admin) {}

std::optional<SupervisorRoutes::Match> SupervisorRoutes::match(std::string_view path,
                                                               std::string_view method) {
    std::optional<Match> other_method;
    for (const RouteDef& r : kRoutes) {
        if (fits(r.pattern, path, nullptr)) {
            if (r.method == method) {
                return Match{r.pattern, r.method};
            }
            if (!other_method) {
                other_method = Match{r.pattern, r.allow.empty() ? r.method : r.allow};
            }
        }
    }
    return other_method;
}

Result<SupervisorRoutes::Answer> SupervisorRoutes::handle(const HttpRequest& request,
                                                          const Principal& who, const Match& route,
                                                          const BodyReader& body) {
    std::string_view id_view;
    fits(route.pattern, request.path, &id_view);
    const std::string id(id_view);
    const auto& q = request.query;
    const auto ok = [](Result<Json> r, int status = 200) -> Result<Answer> {
        if (!r) {
            return r.error();
        }
        return Answer{status, std::move(r).value()};
    };
    const auto with_body = [&](const std::function<Result<Json>(const Json&)>& f,
                               int status = 200) -> Result<Answer> {
        // Roles first: a patrol token is refused before its body is read.
        Result<Json> parsed = body();
        if (!parsed) {
            return parsed.error();
        }
        return ok(f(parsed.value()), status);
    };
    const std::string_view p = route.pattern;
    if (p == "/api/v1/visits") {
        return ok(supervisor_.visits(who, q));
    }
    if (p == "/api/v1/contacts") {
        return ok(supervisor_.contacts(who, q));
    }
    if (p == "/api/v1/contacts/to-maintain") {
        return ok(supervisor_.contacts_to_maintain(who, q));
    }
    if (p == "/api/v1/communes") {
        return ok(supervisor_.communes(who, q));
    }
    if (p == "/api/v1/patrols") {
        return ok(supervisor_.patrols(who, q));
    }
    if (p == "/api/v1/stats") {
        return ok(supervisor_.stats(who, q));
    }
    if (p == "/api/v1/conflicts") {
        return ok(supervisor_.conflicts(who, q));
    }
    if (p == "/api/v1/admin/devices") {
        return ok(admin_.devices(who, q));
    }
    if (p == "/api/v1/admin/users" && route.method == "GET") {
        return ok(admin_.users(who, q));
    }
    if (p == "/api/v1/admin/units" && route.method == "GET") {
        return ok(admin_.units(who, q));
    }
    if (p == "/api/v1/admin/devices/{id}/revoke" || p == "/api/v1/admin/users/{id}/disable" ||
        p == "/api/v1/admin/users/{id}/enable") {
        // The role before the (optional, ignored) body, as on every POST.
        if (who.role != Role::supervisor && who.role != Role::admin) {
            return make_error("forbidden", "This route is for supervisors.");
        }
        if (!request.body.empty()) {
            Result<Json> parsed = body();
            if (!parsed) {
                return parsed.error();
            }
        }
        if (p == "/api/v1/admin/devices/{id}/revoke") {
            return ok(admin_.revoke_device(who, id));
        }
        return ok(admin_.set_disabled(who, id, p.ends_with("/disable")));
    }
    // The POST routes with a body: the role is checked before the body.
    const bool supervisor_only =
        p.starts_with("/api/v1/visits/") || p.starts_with("/api/v1/conflicts/");
    const bool admin_only = p == "/api/v1/admin/units";
    if (admin_only        ? who.role != Role::admin
        : supervisor_only ? who.role != Role::supervisor
                          : who.role != Role::supervisor && who.role != Role::admin) {
        return make_error("forbidden", admin_only ? "This route is for admins."
                                                  : "This route is for supervisors.");
    }
    if (p == "/api/v1/visits/{id}/follow-up") {
        return with_body([&](const Json& j) { return supervisor_.update_follow_up(who, id, j); });
    }
    if (p == "/api/v1/conflicts/{id}/resolve") {
        return with_body([&](const Json& j) { return supervisor_.resolve_conflict(who, id, j); });
    }
    if (p == "/api/v1/admin/users") {
        return with_body([&](const Json& j) { return admin_.create_user(who, j); }, 201);
    }
    if (p == "/api/v1/admin/units") {
        return with_body([&](const Json& j) { return admin_.create_unit(who, j); }, 201);
    }
    return with_body([&](const Json& j) { return admin_.reset_password(who, id, j); });
}

}  // namespace ronde::server
