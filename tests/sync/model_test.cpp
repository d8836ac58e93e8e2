// Model-based randomized test of the sync: 2 to 6 simulated devices
// (sim/src/simulator.hpp: random user actions, the expected state of every
// record, verify()) against the real server code, in this process:
// ronde-server-core's Store, AuthService, SyncService and Api behind a
// Transport, so that a thousand seeds run in minutes (the real binary over
// HTTP is covered by sync-http-tests and ronde-sim --verify).
//
// Faults, at random between any two steps: a request lost, an answer lost
// after the server committed, a request duplicated, a request delivered late
// (after the next one: reordered), 429 with Retry-After, 503, 500 after the
// server committed; a device's store closed and reopened from disk (the app
// killed); the server restarted on its database.
// Invariants: after every sync, no device's cursor runs ahead of its data
// (every record the server holds at a seq <= the cursor is on the device at
// that version or newer, unless a local edit of it is pending); at the end,
// once the network heals: nothing a device saved is lost, no change is
// applied twice, every device and the server converge (Simulator::verify).
//
// Seeds: RONDE_SYNC_SEEDS = "N" (seeds 1..N) or "A-B"; default 1000. They are
// spread over 4 test cases so that ctest -j runs them side by side (about 50 s
// on 2 cores). The long run, without ctest's 600 s timeout:
//   RONDE_SYNC_SEEDS=100000 build/tests/sync-tests "model*"
// A failing seed is reported; rerun it alone with RONDE_SYNC_SEEDS=S-S.
#include "ronde/store/device_store.hpp"
#include "ronde/uuid.hpp"
#include "simulator.hpp"
#include "sync_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <sstream>

using namespace ronde;
using namespace ronde::sync;
using namespace ronde::sync::test;

namespace {

constexpr int kShards = 4;
constexpr int kSessions = 7;  // 6 devices at most, and the fresh one of verify()

std::pair<std::uint64_t, std::uint64_t> seed_range() {
    const char* env = std::getenv("RONDE_SYNC_SEEDS");
    const std::string text = env != nullptr ? env : "1000";
    const auto dash = text.find('-');
    try {
        if (dash == std::string::npos) {
            return {1, std::stoull(text)};
        }
        return {std::stoull(text.substr(0, dash)), std::stoull(text.substr(dash + 1))};
    } catch (const std::exception&) {
        FAIL("RONDE_SYNC_SEEDS must be N or A-B, not " << text);
    }
    return {1, 0};
}

// Temporary files in memory when possible: the stores fsync every commit.
std::filesystem::path fast_temp() {
    std::error_code ec;
    return std::filesystem::is_directory("/dev/shm", ec) ? std::filesystem::path("/dev/shm")
                                                         : std::filesystem::path();
}

// A server database with its accounts and kSessions enrolled devices, made
// once: each seed starts from a copy (a sign-in costs an Argon2id hash).
struct Template {
    TempDir dir{fast_temp()};
    std::string db = dir.file("template.db");
    std::vector<sim::Session> sessions;

    Template() {
        InProcessServer server(db);
        ApiTransport api(server);
        for (int i = 0; i < kSessions; ++i) {
            const std::string device = UuidV7Generator().next();
            const Json body{{"username", "alice"},
                            {"password", InProcessServer::kPassword},
                            {"device", Json{{"id", device}, {"name", "Tablette modèle"}}}};
            TransportRequest r{"POST",
                               "/api/v1/auth/login",
                               {{"Content-Type", "application/json"}, {"X-Ronde-Protocol", "1"}},
                               body.dump()};
            auto answer = api.send(r);
            REQUIRE(answer.ok());
            REQUIRE(answer.value().status == 200);
            const Json j = parse_json(answer.value().body).value();
            sessions.push_back({device, j.at("token").get<std::string>(),
                                j.at("user").at("id").get<std::string>(),
                                j.at("unit").at("id").get<std::string>()});
        }
    }
};

const Template& the_template() {
    static const Template t;
    return t;
}

// ApiTransport behind a FaultyTransport, owned together.
struct FaultyApi final : Transport {
    ApiTransport api;
    FaultyTransport faulty;
    FaultyApi(InProcessServer& server, std::uint64_t seed) : api(server), faulty(api, seed) {}
    Result<TransportResponse> send(const TransportRequest& r) override { return faulty.send(r); }
};

std::optional<std::string> local_hlc(store::DeviceStore& db, Entity entity, const std::string& id) {
    switch (entity) {
        case Entity::contact:
            if (auto r = db.contact(id); r.ok() && r.value()) {
                return r.value()->hlc;
            }
            return std::nullopt;
        case Entity::visit:
            if (auto r = db.visit(id); r.ok() && r.value()) {
                return r.value()->hlc;
            }
            return std::nullopt;
        case Entity::patrol:
            if (auto r = db.patrol(id); r.ok() && r.value()) {
                return r.value()->hlc;
            }
            return std::nullopt;
    }
    return std::nullopt;
}

// No cursor ahead of the data. Empty when it holds, else what is wrong.
std::string check_cursor(store::DeviceStore& db, const PullResponse& server) {
    auto state = db.sync_state();
    if (!state) {
        return "sync_state: " + state.error().message;
    }
    const std::int64_t cursor = state.value().cursor;
    if (cursor > server.next_since) {
        return "cursor " + std::to_string(cursor) + " beyond the server's last seq " +
               std::to_string(server.next_since);
    }
    for (const PulledChange& p : server.changes) {
        if (p.seq > cursor) {
            continue;
        }
        const Change& c = p.change;
        const auto mine = local_hlc(db, c.entity, c.id);
        const auto status = db.sync_status(c.entity, c.id);
        const bool pending = status.ok() && status.value() == store::SyncStatus::pending;
        if (c.deleted && mine) {
            return std::string(code(c.entity)) + " " + c.id + " deleted at seq " +
                   std::to_string(p.seq) + " <= cursor " + std::to_string(cursor) +
                   " is still on the device";
        }
        if (!c.deleted && (!mine || *mine < c.hlc) && !pending) {
            return std::string(code(c.entity)) + " " + c.id + " version " + c.hlc + " at seq " +
                   std::to_string(p.seq) + " <= cursor " + std::to_string(cursor) +
                   " is not on the device (it has " + mine.value_or("nothing") + ")";
        }
    }
    return {};
}

// One seed: returns what went wrong, empty when everything held.
std::string run_seed(std::uint64_t seed, double fault_probability = 0.2,
                     Fault fault_kind = Fault::none, sim::SimReport* out_report = nullptr) {
    const Template& t = the_template();
    TempDir dir(fast_temp());
    const std::string db = dir.file("server.db");
    std::filesystem::copy_file(t.db, db);
    InProcessServer server(db, {}, false);
    FakeClock clock(system_millis());
    std::mt19937_64 rng(seed * 0x9e3779b97f4a7c15ULL);

    sim::SimOptions o;
    o.devices = 2 + static_cast<int>(seed % 5);
    o.ops = 4 + static_cast<int>((seed / 5) % 12);  // 4 to 15 actions per device
    o.seed = seed;
    o.work_dir = dir.path();
    o.sync_probability = 0.35;
    o.retry = RetryPolicy{3, std::chrono::milliseconds(1000), std::chrono::milliseconds(8000), 0.2};
    o.verify_timeout = std::chrono::hours(1);  // virtual time
    o.seeded_ids = true;
    for (int i = 0; i < o.devices; ++i) {
        o.sessions.push_back(t.sessions[static_cast<std::size_t>(i)]);
    }
    o.sessions.push_back(t.sessions.back());

    std::vector<FaultyTransport*> networks;
    sim::Simulator sim(
        o,
        [&](int index) {
            auto transport = std::make_unique<FaultyApi>(server, seed * 131 + 7 + index);
            transport->faulty.probability = index < 0 ? 0.0 : fault_probability;
            transport->faulty.random_kind = fault_kind;
            networks.push_back(&transport->faulty);
            return transport;
        },
        clock);
    if (auto e = sim.start()) {
        return "start: " + e->message;
    }
    const int steps = o.devices * o.ops;
    for (int step = 0; step < steps; ++step) {
        const auto fault = rng() % 100;
        if (fault < 4) {
            server.restart();
        } else if (fault < 12) {
            sim.reopen(static_cast<int>(rng() % static_cast<std::uint64_t>(o.devices)));
        }
        clock.advance(static_cast<std::int64_t>(rng() % 3000));
        const std::size_t syncs = sim.report().syncs;
        sim.step();
        if (sim.report().syncs != syncs || rng() % 8 == 0) {
            const PullResponse all = server.pull_all();
            for (int i = 0; i < o.devices; ++i) {
                if (auto wrong = check_cursor(sim.store(i), all); !wrong.empty()) {
                    return "step " + std::to_string(step) + ", device " + std::to_string(i + 1) +
                           ": " + wrong;
                }
            }
        }
    }
    for (FaultyTransport* n : networks) {
        n->probability = 0;  // the network heals
    }
    const sim::SimReport report = sim.verify();
    if (out_report != nullptr) {
        *out_report = report;
    }
    if (report.ok()) {
        return {};
    }
    std::ostringstream out;
    out << report.to_json().dump() << "\n";
    for (const auto& p : report.problems) {
        out << "  " << p << "\n";
    }
    return out.str();
}

void run_shard(int shard) {
    const auto [first, last] = seed_range();
    std::size_t ran = 0;
    for (std::uint64_t seed = first; seed <= last; ++seed) {
        if (static_cast<int>(seed % kShards) != shard) {
            continue;
        }
        const std::string wrong = run_seed(seed);
        INFO("seed " << seed << " (rerun with RONDE_SYNC_SEEDS=" << seed << "-" << seed << ")");
        CHECK(wrong.empty());
        if (!wrong.empty()) {
            FAIL(wrong);
        }
        ++ran;
    }
    SUCCEED("ran " << ran << " seeds");
}

}  // namespace

TEST_CASE("model: devices and the server converge under faults, seeds = 0 mod 4") {
    run_shard(0);
}
TEST_CASE("model: devices and the server converge under faults, seeds = 1 mod 4") {
    run_shard(1);
}
TEST_CASE("model: devices and the server converge under faults, seeds = 2 mod 4") {
    run_shard(2);
}
TEST_CASE("model: devices and the server converge under faults, seeds = 3 mod 4") {
    run_shard(3);
}

TEST_CASE("devices keep working while the server cannot be reached, and converge once it can") {
    sim::SimReport report;
    // Every request of the run is lost; the network heals before verify().
    const std::string wrong = run_seed(4242, 1.0, Fault::lose_request, &report);
    INFO(wrong);
    CHECK(wrong.empty());
    CHECK(report.syncs_failed > 0);
    CHECK(report.syncs_failed + 2 * static_cast<std::size_t>(report.devices) == report.syncs);
    CHECK(report.ok());
}
