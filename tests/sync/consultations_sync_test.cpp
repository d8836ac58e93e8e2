// Consultations journaled on a device reach the server's audit journal
// through the sync engine: after push and pull, in batches, exactly once
// whatever the network loses, left for later by a server that does not
// know the route, and set aside one by one when the server refuses them.
#include "ronde/store/device_store.hpp"
#include "ronde/sync/sync_engine.hpp"
#include "ronde/time.hpp"
#include "ronde/uuid.hpp"
#include "sync_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>

using namespace ronde;
using namespace ronde::sync;
using namespace ronde::sync::test;
using store::DeviceStore;

namespace {

const std::string kContact = "01a1fd97-5f47-7778-850b-bf5095e75fbb";

struct Tablet {
    FakeClock clock{system_millis()};
    std::unique_ptr<DeviceStore> db;
    ApiTransport api;
    FaultyTransport net;
    std::unique_ptr<SyncEngine> engine;

    Tablet(InProcessServer& server, const std::string& path) : api(server), net(api, 5) {
        store::StoreOptions so;
        so.clock = clock.fn();
        auto opened = DeviceStore::open(path, {}, so);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        EngineOptions o;
        o.seed = 3;
        engine = std::make_unique<SyncEngine>(*db, net, clock, o);
        REQUIRE(engine->sign_in("alice", InProcessServer::kPassword, UuidV7Generator().next()));
    }

    std::vector<std::string> open_contact_pages(int n) {
        std::vector<std::string> ids;
        for (int i = 0; i < n; ++i) {
            auto r = db->record_consultation(ConsultationKind::contact_open, kContact);
            REQUIRE(r);
            ids.push_back(r->event.id);
            clock.advance(1000);
        }
        return ids;
    }

    std::size_t audit_requests() const {
        std::size_t n = 0;
        for (const auto& r : net.log) {
            n += r.target == "/api/v1/audit/events" ? 1 : 0;
        }
        return n;
    }
};

// The event ids of the server's device consultations, oldest first.
std::vector<std::string> journaled(InProcessServer& server) {
    auto entries = server.audit().entries("", 0, 1000);
    REQUIRE(entries);
    std::vector<std::string> ids;
    for (const auto& e : entries.value()) {
        if (e.entry.action == "device.consultation") {
            ids.push_back(e.entry.details.at("event_id").get<std::string>());
        }
    }
    return ids;
}

}  // namespace

TEST_CASE("consultations made offline reach the journal after push and pull, once") {
    TempDir dir;
    InProcessServer server(dir.file("server.db"));
    Tablet d(server, dir.file("device.db"));
    const auto ids = d.open_contact_pages(3);

    // No network: the sync stops before the consultations; they wait.
    d.net.script = std::deque<Fault>(6, Fault::lose_request);
    const SyncResult offline = d.engine->sync_once();
    CHECK(offline.outcome == Outcome::offline);
    CHECK(d.audit_requests() == 0);
    CHECK(d.db->unsent_consultation_count().value() == 3);
    CHECK(journaled(server).empty());

    const SyncResult r = d.engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.consultations_sent == 3);
    CHECK_FALSE(r.consultation_error);
    CHECK(d.db->unsent_consultation_count().value() == 0);
    CHECK(journaled(server) == ids);
    // The audit request comes after the pull.
    REQUIRE(d.net.log.size() >= 2);
    CHECK(d.net.log.back().target == "/api/v1/audit/events");
    CHECK(d.net.log[d.net.log.size() - 2].target.starts_with("/api/v1/sync/pull"));

    // Nothing left: the next sync sends no audit request.
    const std::size_t before = d.audit_requests();
    REQUIRE(d.engine->sync_once().outcome == Outcome::ok);
    CHECK(d.audit_requests() == before);
    CHECK(server.audit().verify().ok);
}

TEST_CASE("a lost answer to the consultations is replayed without a second entry") {
    TempDir dir;
    InProcessServer server(dir.file("server.db"));
    Tablet d(server, dir.file("device.db"));
    const auto ids = d.open_contact_pages(2);
    // The pull goes through; the server journals the consultations but the
    // answer is lost, then the server's answer is received twice.
    d.net.script = {Fault::none, Fault::lose_response, Fault::duplicate};
    const SyncResult r = d.engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.consultations_sent == 2);
    CHECK(d.audit_requests() == 2);
    CHECK(journaled(server) == ids);
    CHECK(server.audit().verify().ok);
}

TEST_CASE("a server without the route keeps the sync ok and the consultations for later") {
    TempDir dir;
    InProcessServer server(dir.file("server.db"));
    Tablet d(server, dir.file("device.db"));
    server.serve_audit_events(false);
    const auto ids = d.open_contact_pages(2);
    const SyncResult old = d.engine->sync_once();
    CHECK(old.outcome == Outcome::ok);
    CHECK_FALSE(old.error);
    REQUIRE(old.consultation_error);
    CHECK(old.consultation_error->code == "not_found");
    CHECK(old.consultations_sent == 0);
    CHECK(d.db->unsent_consultation_count().value() == 2);
    CHECK(d.db->sync_state().value().last_success_at);

    server.serve_audit_events(true);  // the server was upgraded
    const SyncResult r = d.engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.consultations_sent == 2);
    CHECK(journaled(server) == ids);
}

TEST_CASE("a server error leaves the consultations for the next sync") {
    TempDir dir;
    InProcessServer server(dir.file("server.db"));
    Tablet d(server, dir.file("device.db"));
    d.open_contact_pages(1);
    // Pull fine, then the audit request fails every attempt.
    d.net.script = {Fault::none};
    for (int i = 0; i < 6; ++i) {
        d.net.script.push_back(Fault::status_503);
    }
    const SyncResult r = d.engine->sync_once();
    CHECK(r.outcome == Outcome::ok);
    REQUIRE(r.consultation_error);
    CHECK(d.db->unsent_consultation_count().value() == 1);
    CHECK(journaled(server).empty());
    REQUIRE(d.engine->sync_once().consultations_sent == 1);
    CHECK(journaled(server).size() == 1);
}

TEST_CASE("a consultation the server refuses is set aside and the others are sent") {
    TempDir dir;
    InProcessServer server(dir.file("server.db"));
    Tablet d(server, dir.file("device.db"));
    const auto before = d.open_contact_pages(1);
    d.clock.advance(std::int64_t{3} * 24 * 3600 * 1000);  // the tablet's clock jumps ahead
    const auto ahead = d.open_contact_pages(1);
    d.clock.advance(-std::int64_t{3} * 24 * 3600 * 1000);
    const auto after = d.open_contact_pages(1);

    const SyncResult r = d.engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.consultations_refused == 1);
    CHECK(r.consultations_sent == 2);
    CHECK_FALSE(r.consultation_error);
    CHECK(journaled(server) == std::vector<std::string>{before[0], after[0]});
    auto kept = d.db->consultations().value();
    REQUIRE(kept.size() == 3);
    CHECK(kept[1].event.id == ahead[0]);
    CHECK(kept[1].refused_code == std::optional<std::string>("clock_drift"));
    CHECK(d.db->unsent_consultation_count().value() == 0);
}

TEST_CASE("more consultations than a request holds go in several requests, oldest first") {
    TempDir dir;
    InProcessServer server(dir.file("server.db"));
    Tablet d(server, dir.file("device.db"));
    const auto ids = d.open_contact_pages(1203);
    const SyncResult r = d.engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.consultations_sent == 1203);
    CHECK(d.audit_requests() == 3);
    const auto first = journaled(server);
    REQUIRE(first.size() == 1000);  // entries() reads 1000 at a time
    CHECK(std::equal(first.begin(), first.end(), ids.begin()));
    CHECK(server.audit().verify().entries == 1203);
}
