// The Api driven without sockets: plain HttpRequest values in, HttpResponse
// values out, over the real services and a temporary SQLite store. Covers
// what a loopback socket cannot show (a remote client address).
#include "api/api.hpp"
#include "ronde/hlc.hpp"
#include "ronde/uuid.hpp"
#include "ronde_server.hpp"
#include "services/auth_service.hpp"
#include "services/sync_service.hpp"
#include "store/store.hpp"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <sstream>

using namespace ronde;
using namespace ronde::server;
using nlohmann::json;

namespace {

struct InProcess {
    test::TempDir dir;
    std::unique_ptr<Store> store = open_sqlite_store(dir.file("api.db"));
    AuthService auth{*store, AuthConfig{}, &system_millis};
    SyncService sync{*store, SyncConfig{}, &system_millis};
    std::ostringstream log;
    Api api{auth, sync, ApiConfig{}, &log};

    InProcess() {
        REQUIRE(auth.create_unit("BTA-35-CESSON", "Brigade de Cesson-Sévigné"));
        REQUIRE(auth.create_user("BTA-35-CESSON", "admin", "Administrateur", Role::admin,
                                 "Mot de passe admin 1"));
        REQUIRE(auth.create_user("BTA-35-CESSON", "g.lebris", "Gwenaël Le Bris", Role::patrol,
                                 "Mot de passe patrouille 1"));
    }

    HttpResponse call(std::string method, std::string path, std::string remote = "127.0.0.1",
                      std::string token = {}, std::string body = {},
                      const std::map<std::string, std::string>& headers = {}) {
        HttpRequest r;
        for (const auto& [name, value] : headers) {
            r.headers[name] = value;
        }
        r.method = std::move(method);
        r.path = std::move(path);
        r.remote_address = std::move(remote);
        r.body = std::move(body);
        if (!r.body.empty()) {
            r.headers["content-type"] = "application/json";
        }
        if (!token.empty()) {
            r.headers["authorization"] = "Bearer " + token;
        }
        return api.handle(r);
    }

    std::string token_of(const std::string& username, const std::string& password) {
        const json body = {{"username", username},
                           {"password", password},
                           {"device", {{"id", UuidV7Generator().next()}, {"name", "Poste"}}}};
        const HttpResponse r = call("POST", "/api/v1/auth/login", "192.0.2.10", {}, body.dump());
        REQUIRE(r.status == 200);
        return json::parse(r.body).at("token").get<std::string>();
    }
};

std::string code_of(const HttpResponse& r) {
    return json::parse(r.body).at("error").at("code").get<std::string>();
}

}  // namespace

TEST_CASE("metrics are open on loopback and for admins only elsewhere") {
    InProcess p;
    CHECK(p.call("GET", "/metrics", "127.0.0.1").status == 200);
    CHECK(p.call("GET", "/metrics", "::1").status == 200);
    const HttpResponse anonymous = p.call("GET", "/metrics", "198.51.100.7");
    CHECK(anonymous.status == 401);
    CHECK(code_of(anonymous) == "unauthenticated");
    const HttpResponse patrol = p.call("GET", "/metrics", "198.51.100.7",
                                       p.token_of("g.lebris", "Mot de passe patrouille 1"));
    CHECK(patrol.status == 403);
    CHECK(code_of(patrol) == "forbidden");
    const HttpResponse admin =
        p.call("GET", "/metrics", "198.51.100.7", p.token_of("admin", "Mot de passe admin 1"));
    CHECK(admin.status == 200);
    CHECK_THAT(admin.body, Catch::Contains("ronde_http_requests_total"));
}

TEST_CASE(
    "behind the proxy, the login limit and the metrics take the client's address from "
    "X-Real-IP, trusted from loopback only") {
    InProcess p;
    const auto login = [&p](const std::string& remote, const std::string& real_ip,
                            const std::string& username, const std::string& password) {
        const json body = {{"username", username},
                           {"password", password},
                           {"device", {{"id", UuidV7Generator().next()}, {"name", "Poste"}}}};
        std::map<std::string, std::string> headers;
        if (!real_ip.empty()) {
            headers["x-real-ip"] = real_ip;
        }
        return p.call("POST", "/api/v1/auth/login", remote, {}, body.dump(), headers).status;
    };
    // Ten typos from one client through the proxy: that client is limited...
    for (int i = 0; i < 10; ++i) {
        CHECK(login("127.0.0.1", "192.0.2.50", "inconnu" + std::to_string(i), "x") == 401);
    }
    CHECK(login("127.0.0.1", "192.0.2.50", "g.lebris", "Mot de passe patrouille 1") == 429);
    // ...not the others behind the same proxy.
    CHECK(login("127.0.0.1", "192.0.2.51", "g.lebris", "Mot de passe patrouille 1") == 200);
    CHECK(login("::1", " 2001:db8::7 ", "admin", "Mot de passe admin 1") == 200);

    // From elsewhere the header is the client's own word: ignored.
    for (int i = 0; i < 10; ++i) {
        CHECK(login("198.51.100.9", "192.0.2." + std::to_string(100 + i),
                    "autre" + std::to_string(i), "x") == 401);
    }
    CHECK(login("198.51.100.9", "192.0.2.200", "admin", "Mot de passe admin 1") == 429);

    // Metrics: open to loopback itself, not to a client behind the proxy.
    const auto metrics = [&p](const std::string& real_ip) {
        return p.call("GET", "/metrics", "127.0.0.1", {}, {}, {{"x-real-ip", real_ip}}).status;
    };
    CHECK(metrics("203.0.113.5") == 401);
    CHECK(metrics("127.0.0.1") == 200);
    CHECK(metrics("pas une adresse") == 200);  // not an address: the peer's counts
    CHECK(p.call("GET", "/metrics", "127.0.0.1").status == 200);
}

TEST_CASE("error codes map to their HTTP statuses") {
    CHECK(Api::status_for("invalid_json") == 400);
    CHECK(Api::status_for("missing_field") == 400);
    CHECK(Api::status_for("unsupported_protocol") == 400);
    CHECK(Api::status_for("invalid_credentials") == 401);
    CHECK(Api::status_for("token_expired") == 401);
    CHECK(Api::status_for("device_revoked") == 401);
    CHECK(Api::status_for("forbidden") == 403);
    CHECK(Api::status_for("not_found") == 404);
    CHECK(Api::status_for("method_not_allowed") == 405);
    CHECK(Api::status_for("batch_conflict") == 409);
    CHECK(Api::status_for("too_many") == 413);
    CHECK(Api::status_for("payload_too_large") == 413);
    CHECK(Api::status_for("unsupported_media_type") == 415);
    CHECK(Api::status_for("rate_limited") == 429);
    CHECK(Api::status_for("internal") == 500);
    CHECK(Api::status_for("some_code_nobody_mapped") == 500);
}

TEST_CASE("a body refused unread is answered 413 and logged") {
    InProcess p;
    HttpRequest r;
    r.method = "POST";
    r.path = "/api/v1/sync/push";
    r.remote_address = "127.0.0.1";
    const HttpResponse answer = p.api.refuse_oversized(r);
    CHECK(answer.status == 413);
    CHECK(code_of(answer) == "payload_too_large");
    CHECK_THAT(p.log.str(), Catch::Contains("POST /api/v1/sync/push 413"));
}

TEST_CASE("a body over the limit that reached the Api is refused too") {
    InProcess p;
    const HttpResponse r =
        p.call("POST", "/api/v1/auth/login", "127.0.0.1", {}, std::string(2 * 1024 * 1024, ' '));
    CHECK(r.status == 413);
}
