// The end of a device token over HTTP: idle expiry (token_expired) and
// revocation from the command line (device_revoked), both answered 401 with
// the error shape, while the server keeps serving other devices.
#include "fixture.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace ronde::test;

namespace {

HttpReply login_reply(const HttpClient& client, const Account& account,
                      const std::string& device_id) {
    const json body = {{"username", account.username},
                       {"password", account.password},
                       {"device", {{"id", device_id}, {"name", "Terminal de test"}}}};
    return client.post_json("/api/v1/auth/login", body.dump(), {});
}

}  // namespace

TEST_CASE("a token idle longer than the configured time gets 401 token_expired") {
    ServerFixture f;
    f.start({"--token-idle-seconds", "1"});
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kPatrol.username, kPatrol.password);
    REQUIRE(client.get("/api/v1/sync/pull?since=0", device.token).status == 200);

    std::this_thread::sleep_for(std::chrono::milliseconds(2200));
    const HttpReply expired = client.get("/api/v1/sync/pull?since=0", device.token);
    CHECK(expired.status == 401);
    CHECK(error_code(expired) == "token_expired");
    const HttpReply push = client.post_json(
        "/api/v1/sync/push", push_body({contact_change(new_id(), "Tabac Le Cesson")}).dump(),
        device.token);
    CHECK(push.status == 401);
    CHECK(error_code(push) == "token_expired");

    // Signing in again with the same device gives a working token.
    const DeviceSession again = login(client, kPatrol.username, kPatrol.password, device.device_id);
    CHECK(again.token != device.token);
    CHECK(client.get("/api/v1/sync/pull?since=0", again.token).status == 200);
}

TEST_CASE("a token used within the idle time keeps working") {
    ServerFixture f;
    f.start({"--token-idle-seconds", "30"});
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kPatrol.username, kPatrol.password);
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    CHECK(client.get("/api/v1/sync/pull?since=0", device.token).status == 200);
}

TEST_CASE("serve refuses a token idle time that is not a positive number") {
    ServerFixture f;
    const CommandResult r = run_ronde_server(
        {"serve", "--db", f.db, "--listen", "127.0.0.1:0", "--token-idle-seconds", "0"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("--token-idle-seconds needs a positive integer"));
}

TEST_CASE("device revoke on the command line stops the device's token at once") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    const DeviceSession lost = login(client, kPatrol.username, kPatrol.password);
    const DeviceSession other = login(client, kPatrol2.username, kPatrol2.password);
    REQUIRE(client.get("/api/v1/sync/pull?since=0", lost.token).status == 200);

    const CommandResult revoked =
        run_ronde_server({"device", "revoke", "--db", f.db, "--device", lost.device_id});
    REQUIRE(revoked.exit_code == 0);
    CHECK_THAT(revoked.output, Catch::Contains("device " + lost.device_id + " revoked"));

    const HttpReply pull = client.get("/api/v1/sync/pull?since=0", lost.token);
    CHECK(pull.status == 401);
    CHECK(error_code(pull) == "device_revoked");
    const HttpReply push = client.post_json(
        "/api/v1/sync/push", push_body({contact_change(new_id(), "Pharmacie du Bourg")}).dump(),
        lost.token);
    CHECK(push.status == 401);
    CHECK(error_code(push) == "device_revoked");

    // The revoked device id cannot enrol again, even with a good password.
    const HttpReply relogin = login_reply(client, kPatrol, lost.device_id);
    CHECK(relogin.status == 401);
    CHECK(error_code(relogin) == "device_revoked");

    // Other devices and the same user on a new device are unaffected.
    CHECK(client.get("/api/v1/sync/pull?since=0", other.token).status == 200);
    const DeviceSession replacement = login(client, kPatrol.username, kPatrol.password);
    CHECK(client.get("/api/v1/sync/pull?since=0", replacement.token).status == 200);
    CHECK_THAT(f.log(), !Catch::Contains(lost.token));
}

TEST_CASE("device revoke explains its usage and refuses an unknown device") {
    ServerFixture f;
    const CommandResult help = run_ronde_server({"device", "revoke", "--help"});
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.output, Catch::Contains("--device ID"));
    CHECK_THAT(run_ronde_server({"--help"}).output, Catch::Contains("device revoke"));

    const CommandResult missing = run_ronde_server({"device", "revoke", "--db", f.db});
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.output, Catch::Contains("missing --device"));

    const CommandResult unknown = run_ronde_server(
        {"device", "revoke", "--db", f.db, "--device", "01890a5d-ac96-774b-bcce-b302099a8057"});
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.output, Catch::Contains("no device has the id"));
}

TEST_CASE(
    "user disable and user password on the command line act on a running server and are "
    "listed in the journal") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    const DeviceSession tablet = login(client, kPatrol.username, kPatrol.password);
    REQUIRE(client.get("/api/v1/sync/pull?since=0", tablet.token).status == 200);
    const auto login_body = [](const std::string& username, const std::string& password,
                               const std::string& device_id) {
        return json{{"username", username},
                    {"password", password},
                    {"device", {{"id", device_id}, {"name", "Tablette"}}}}
            .dump();
    };

    const CommandResult disabled =
        run_ronde_server({"user", "disable", "--db", f.db, "--username", kPatrol.username});
    REQUIRE(disabled.exit_code == 0);
    CHECK(client.get("/api/v1/sync/pull?since=0", tablet.token).status == 401);
    const HttpReply refused = client.post_json(
        "/api/v1/auth/login", login_body(kPatrol.username, kPatrol.password, tablet.device_id));
    CHECK(refused.status == 403);
    CHECK(error_code(refused) == "account_disabled");

    REQUIRE(run_ronde_server({"user", "enable", "--db", f.db, "--username", kPatrol.username})
                .exit_code == 0);
    const CommandResult changed = run_ronde_server(
        {"user", "password", "--db", f.db, "--username", kPatrol.username}, "nouveau-mot-2026\n");
    REQUIRE(changed.exit_code == 0);
    CHECK(client
              .post_json("/api/v1/auth/login",
                         login_body(kPatrol.username, kPatrol.password, tablet.device_id))
              .status == 401);
    CHECK(login(client, kPatrol.username, "nouveau-mot-2026").token.size() == 64);

    const CommandResult journal =
        run_ronde_server({"audit", "list", "--db", f.db, "--action", "user.", "--format", "json"});
    REQUIRE(journal.exit_code == 0);
    CHECK_THAT(journal.output, Catch::Contains("\"action\":\"user.disable\""));
    CHECK_THAT(journal.output, Catch::Contains("\"action\":\"user.enable\""));
    CHECK_THAT(journal.output, Catch::Contains("\"action\":\"user.password_reset\""));
    CHECK_THAT(journal.output, !Catch::Contains("nouveau-mot-2026"));
    CHECK(run_ronde_server({"audit", "verify", "--db", f.db}).exit_code == 0);
    CHECK_THAT(run_ronde_server({"--help"}).output, Catch::Contains("audit list"));
}
