// A bad network on loopback: the fault proxy between clients and the real
// ronde-server binary cuts requests and responses, truncates bodies and adds
// latency; once it heals, ronde-sim --verify converges with nothing lost and
// nothing applied twice.
#include "fault_proxy.hpp"
#include "http_client.hpp"
#include "ronde/codec.hpp"
#include "ronde_server.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <string>

using ronde::test::Account;
using ronde::test::FaultPolicy;
using ronde::test::FaultProxy;
using ronde::test::HttpClient;
using ronde::test::HttpReply;
using ronde::test::ServerProcess;
using ronde::test::TempDir;

namespace {

const Account kAlice{"alice", "Kig-ha-farz 2026!", "patrol"};

struct RealServer {
    TempDir dir;
    std::string db = dir.file("server.db");
    std::unique_ptr<ServerProcess> process;

    RealServer() {
        ronde::test::add_unit(db, "BTA-35-CESSON", "Brigade de Cesson-Sévigné");
        ronde::test::add_user(db, "BTA-35-CESSON", kAlice);
        process = std::make_unique<ServerProcess>(
            db, dir.file("server.log"), std::vector<std::string>{"--login-attempts", "1000"});
    }
    std::uint16_t port() const { return process->port(); }
};

// A request whose headers are long enough for a planned cut to fall inside.
HttpReply unauthenticated_pull(const HttpClient& client) {
    return client.request("GET", "/api/v1/sync/pull?since=0", {},
                          {{"X-Padding", std::string(500, 'x')}});
}

bool same(const HttpReply& a, const HttpReply& b) {
    return a.status == b.status && a.body == b.body;
}

}  // namespace

TEST_CASE(
    "the fault proxy breaks exchanges by its seeded policy and relays faithfully once healed") {
    RealServer server;
    const HttpClient direct(server.port());
    const HttpReply expected = unauthenticated_pull(direct);
    REQUIRE(expected.status == 401);
    REQUIRE(same(unauthenticated_pull(direct), expected));

    FaultPolicy policy;
    policy.seed = 99;
    policy.fault_probability = 1.0;  // every exchange is planned to break
    policy.latency_probability = 0.5;
    policy.max_latency = std::chrono::milliseconds(20);
    FaultProxy proxy(server.port(), policy);
    const HttpClient through(proxy.port());

    std::size_t broken = 0;
    for (int i = 0; i < 30; ++i) {
        const HttpReply r = unauthenticated_pull(through);
        broken += same(r, expected) ? 0 : 1;
    }
    // Every cut that happened is seen by the client, and no other reply
    // differs (the request's headers and the answer are longer than any cut
    // point but a few).
    CHECK(proxy.connections() == 30);
    CHECK(broken == proxy.faults());
    CHECK(broken >= 20);

    proxy.heal();
    for (int i = 0; i < 10; ++i) {
        CHECK(same(unauthenticated_pull(through), expected));
    }
    CHECK(proxy.faults() == broken);
}

TEST_CASE("ronde-sim --verify through the faulty proxy converges once it heals") {
    RealServer server;
    const std::string password_file = server.dir.file("password.txt");
    std::ofstream(password_file) << kAlice.password << "\n";
    const std::string sim = std::string(RONDE_BINARY_DIR) + "/bin/ronde-sim";

    FaultPolicy policy;
    policy.seed = 2026;
    policy.fault_probability = 0.5;
    policy.latency_probability = 0.3;
    policy.max_latency = std::chrono::milliseconds(30);
    // Enough faults to hit sign-ins, pushes and pulls of every device, then a
    // good network (counted in faults, not in time: no dependence on speed).
    policy.heal_after_faults = 20;
    FaultProxy proxy(server.port(), policy);
    const std::string url = "http://127.0.0.1:" + std::to_string(proxy.port());

    const auto r = ronde::test::run_program({sim, "--server", url, "--username", kAlice.username,
                                             "--password-file", password_file, "--devices", "4",
                                             "--ops", "40", "--seed", "11", "--sync-probability",
                                             "0.3", "--timeout", "60", "--verify", "--json"});
    INFO(r.output);
    CHECK(proxy.faults() >= 20);
    CHECK(proxy.healed());
    REQUIRE(r.exit_code == 0);
    const auto start = r.output.rfind("{\"devices\"");
    REQUIRE(start != std::string::npos);
    const auto line = r.output.substr(start, r.output.find('\n', start) - start);
    const auto j = ronde::parse_json(line).value();
    CHECK(j.at("lost") == 0);
    CHECK(j.at("duplicated") == 0);
    CHECK(j.at("converged") == true);
    CHECK(j.at("changes_pushed").get<int>() > 0);
}
