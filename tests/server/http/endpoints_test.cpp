// Every endpoint of ronde-server over real HTTP: health, metrics, login,
// logout, push, pull, the request log, and the CLI around serve.
#include "fixture.hpp"

#include <catch2/catch.hpp>

using namespace ronde::test;

TEST_CASE("serve prints the listening line first and answers /healthz") {
    ServerFixture f;
    ServerProcess& server = f.start();
    CHECK(server.first_line() == "listening on http://127.0.0.1:" + std::to_string(server.port()));
    const HttpReply r = f.client().get("/healthz");
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type").starts_with("application/json"));
    const json j = json::parse(r.body);
    CHECK(j.at("status") == "ok");
    CHECK(j.at("protocol") == 1);
    CHECK(j.at("version").is_string());
}

TEST_CASE("login then push then pull then logout work end to end") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kPatrol.username, kPatrol.password);
    CHECK(device.token.size() == 64);

    const std::string contact_id = new_id();
    const std::string visit_id = new_id();
    const HttpReply pushed =
        client.post_json("/api/v1/sync/push",
                         push_body({contact_change(contact_id, "Boulangerie Au Fournil"),
                                    visit_change(visit_id, "Vols à l'étalage signalés.")})
                             .dump(),
                         device.token);
    REQUIRE(pushed.status == 200);
    const json answer = json::parse(pushed.body);
    REQUIRE(answer.at("results").size() == 2);
    for (const auto& result : answer.at("results")) {
        CHECK(result.at("outcome") == "applied");
    }
    CHECK(answer.at("server_seq").get<std::int64_t>() >= 2);

    const std::vector<json> pulled = pull_all(client, device.token);
    REQUIRE(pulled.size() == 2);
    std::set<std::string> ids;
    for (const auto& c : pulled) {
        ids.insert(c.at("id").get<std::string>());
    }
    CHECK(ids == std::set<std::string>{contact_id, visit_id});
    // The server, not the client, sets the author and the device.
    for (const auto& c : pulled) {
        if (c.at("entity") == "visit") {
            CHECK(c.at("data").at("author_id") == device.user_id);
            CHECK(c.at("data").at("device_id") == device.device_id);
        }
    }

    const HttpReply out = client.request("POST", "/api/v1/auth/logout", {},
                                         {{"Authorization", "Bearer " + device.token}});
    CHECK(out.status == 204);
    const HttpReply after = client.get("/api/v1/sync/pull?since=0", device.token);
    CHECK(after.status == 401);
    CHECK(error_code(after) == "unauthenticated");
}

TEST_CASE("pull pages with limit and next_since") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kPatrol.username, kPatrol.password);
    std::vector<json> changes;
    for (int i = 0; i < 5; ++i) {
        changes.push_back(contact_change(new_id(), "Commerce " + std::to_string(i)));
    }
    REQUIRE(client.post_json("/api/v1/sync/push", push_body(changes).dump(), device.token).status ==
            200);
    const HttpReply first = client.get("/api/v1/sync/pull?since=0&limit=2", device.token);
    REQUIRE(first.status == 200);
    const json j = json::parse(first.body);
    CHECK(j.at("changes").size() == 2);
    CHECK(j.at("has_more") == true);
    const std::int64_t next = j.at("next_since");
    const std::vector<json> rest = pull_all(client, device.token, next);
    CHECK(rest.size() == 3);
    // Sequence numbers strictly increase.
    std::int64_t last = next;
    for (const auto& c : rest) {
        CHECK(c.at("seq").get<std::int64_t>() > last);
        last = c.at("seq");
    }
    // A limit above the maximum is clamped, not refused.
    CHECK(client.get("/api/v1/sync/pull?since=0&limit=99999999999999999999", device.token).status ==
          200);
}

TEST_CASE("metrics count requests by route and status on loopback") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    client.get("/healthz");
    client.get("/no/such/route");
    const DeviceSession device = login(client, kPatrol.username, kPatrol.password);
    client.post_json("/api/v1/sync/push", push_body({contact_change(new_id(), "Pharmacie")}).dump(),
                     device.token);
    client.get("/api/v1/sync/pull?since=0", device.token);

    const HttpReply r = client.get("/metrics");
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type").starts_with("text/plain; version=0.0.4"));
    CHECK_THAT(r.body,
               Catch::Contains("ronde_http_requests_total{route=\"/healthz\",status=\"200\"} 1"));
    CHECK_THAT(r.body,
               Catch::Contains("ronde_http_requests_total{route=\"unmatched\",status=\"404\"} 1"));
    CHECK_THAT(
        r.body,
        Catch::Contains("ronde_http_requests_total{route=\"/api/v1/sync/push\",status=\"200\"} 1"));
    CHECK_THAT(r.body,
               Catch::Contains(
                   "ronde_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 1"));
    CHECK_THAT(r.body, Catch::Contains("ronde_sync_changes_pushed_total 1"));
    CHECK_THAT(r.body, Catch::Contains("ronde_sync_changes_pulled_total 1"));
    CHECK_THAT(r.body, Catch::Contains("ronde_sync_changes_rejected_total 0"));
    // The raw path of an unknown route never becomes a label.
    CHECK_THAT(r.body, !Catch::Contains("/no/such/route"));
}

TEST_CASE("the request log has one line per request and no secrets") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kPatrol.username, kPatrol.password);
    client.post_json("/api/v1/sync/push",
                     push_body({visit_change(new_id(), "Note confidentielle XYZZY")}).dump(),
                     device.token);
    client.get("/api/v1/sync/pull?since=0&limit=5", device.token);
    f.server->stop(SIGTERM);
    const std::string log = f.log();
    CHECK_THAT(log, Catch::Contains("POST /api/v1/auth/login 200"));
    CHECK_THAT(log, Catch::Contains("POST /api/v1/sync/push 200"));
    CHECK_THAT(log, Catch::Contains("GET /api/v1/sync/pull 200"));
    CHECK_THAT(log, Catch::Contains("user=" + device.user_id));
    CHECK_THAT(log, Catch::Contains("unit=" + device.unit_id));
    CHECK_THAT(log, !Catch::Contains(device.token));
    CHECK_THAT(log, !Catch::Contains(kPatrol.password));
    CHECK_THAT(log, !Catch::Contains("XYZZY"));
    CHECK_THAT(log, !Catch::Contains("limit=5"));
}

TEST_CASE("SIGTERM stops the server cleanly") {
    ServerFixture f;
    ServerProcess& server = f.start();
    REQUIRE(f.client().get("/healthz").status == 200);
    CHECK(server.stop(SIGTERM) == 0);
    CHECK_THAT(f.log(), Catch::Contains("stopped"));
}

TEST_CASE("the command line has help and a version and refuses bad usage") {
    CHECK(run_ronde_server({"--help"}).exit_code == 0);
    CHECK_THAT(run_ronde_server({"--help"}).output, Catch::Contains("serve"));
    const CommandResult version = run_ronde_server({"--version"});
    CHECK(version.exit_code == 0);
    CHECK_THAT(version.output, Catch::StartsWith("ronde-server "));
    const CommandResult serve_help = run_ronde_server({"serve", "--help"});
    CHECK(serve_help.exit_code == 0);
    CHECK_THAT(serve_help.output, Catch::Contains("--max-body"));
    CHECK(run_ronde_server({"serve", "--db"}).exit_code == 2);
    CHECK(run_ronde_server({"serve", "--db", "x.db", "--listen", "nope"}).exit_code == 2);
    CHECK(run_ronde_server({"serve", "--db", "x.db", "--max-body", "-1"}).exit_code == 2);
    CHECK(run_ronde_server({"frobnicate"}).exit_code == 2);
}
