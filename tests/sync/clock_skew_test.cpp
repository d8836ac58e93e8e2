// Devices whose clocks are hours or days off, against the real server code
// (whose clock is right). The rules under test (sync-protocol/PROTOCOL.md):
// versions are ordered by HLC (§7); a device merges every pulled stamp into
// its clock, so a write made after seeing a version sorts after it (§2); a
// stamp more than 24 h ahead of the server's clock is rejected as
// clock_drift (§6.3).
#include "ronde/store/device_store.hpp"
#include "ronde/sync/sync_engine.hpp"
#include "ronde/time.hpp"
#include "ronde/uuid.hpp"
#include "sync_support.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace ronde;
using namespace ronde::sync;
using namespace ronde::sync::test;
using store::DeviceStore;

namespace {

constexpr std::int64_t kHour = 3600 * 1000;

Contact a_contact(const std::string& organisation) {
    Contact c;
    c.category = ContactCategory::shopkeeper;
    c.organisation = organisation;
    c.commune = "Rennes";
    return c;
}

// A device whose wall clock is `offset_ms` off the real one (the server's).
struct SkewedDevice {
    FakeClock clock;
    std::unique_ptr<DeviceStore> db;
    ApiTransport net;
    std::unique_ptr<SyncEngine> engine;

    SkewedDevice(InProcessServer& server, const std::string& path, std::int64_t offset_ms)
        : clock(system_millis() + offset_ms), net(server) {
        store::StoreOptions so;
        so.clock = clock.fn();
        auto opened = DeviceStore::open(path, {}, so);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        EngineOptions o;
        o.seed = 5;
        engine = std::make_unique<SyncEngine>(*db, net, clock, o);
        REQUIRE(
            engine->sign_in("alice", InProcessServer::kPassword, UuidV7Generator().next()).ok());
    }
    void sync() {
        const SyncResult r = engine->sync_once();
        INFO((r.error ? r.error->code + ": " + r.error->message : std::string()));
        REQUIRE(r.outcome == Outcome::ok);
    }
    // Edits one key of a contact, as the user would.
    void set_organisation(const std::string& id, const std::string& organisation) {
        Contact c = db->contact(id).value()->record;
        c.organisation = organisation;
        REQUIRE(db->save_contact(id, c, {"organisation"}).ok());
    }
    std::string organisation(const std::string& id) {
        auto c = db->contact(id).value();
        REQUIRE(c.has_value());
        return c->record.organisation;
    }
    std::string hlc(const std::string& id) { return db->contact(id).value()->hlc; }
};

// The server's version of a record, or nothing.
std::optional<Change> on_server(InProcessServer& server, const std::string& id) {
    std::optional<Change> found;
    for (const auto& pulled : server.pull_all().changes) {
        if (pulled.change.id == id) {
            found = pulled.change;
        }
    }
    return found;
}

struct World {
    TempDir dir;
    InProcessServer server{dir.file("server.db")};
    int devices = 0;
    std::unique_ptr<SkewedDevice> device(std::int64_t offset_ms) {
        return std::make_unique<SkewedDevice>(
            server, dir.file("d" + std::to_string(++devices) + ".db"), offset_ms);
    }
};

}  // namespace

TEST_CASE("a device two days ahead has its changes rejected as clock_drift, kept visible") {
    World w;
    auto right = w.device(0);
    auto ahead = w.device(48 * kHour);
    const auto shared = right->db->save_contact({}, a_contact("Mairie")).value();
    right->sync();

    const auto own = ahead->db->save_contact({}, a_contact("Garage du Stade")).value();
    const SyncResult r = ahead->engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.pushed == 0);
    CHECK(r.rejected == 1);
    CHECK(ahead->db->outbox_size().value() == 0);  // never retried forever

    const auto rejected = ahead->db->rejected_records().value();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].id == own);
    CHECK(rejected[0].error.code == "clock_drift");
    CHECK(ahead->db->sync_status(Entity::contact, own).value() == store::SyncStatus::rejected);
    CHECK_FALSE(on_server(w.server, own).has_value());

    // It still receives the others' changes (stamps behind its clock).
    CHECK(ahead->organisation(shared) == "Mairie");
    // Its edit of a shared record is refused too; the server's value stays.
    ahead->set_organisation(shared, "Mairie annexe");
    const SyncResult edit = ahead->engine->sync_once();
    REQUIRE(edit.outcome == Outcome::ok);
    CHECK(edit.rejected == 1);
    CHECK(ahead->db->rejected_records().value().size() == 2);
    right->sync();
    CHECK(right->organisation(shared) == "Mairie");
    CHECK(on_server(w.server, shared)->data.at("organisation") == "Mairie");
}

TEST_CASE("a device 23 hours ahead is within the guard and its changes are applied") {
    World w;
    auto ahead = w.device(23 * kHour);
    const auto id = ahead->db->save_contact({}, a_contact("Camping des Pins")).value();
    const SyncResult r = ahead->engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.pushed == 1);
    CHECK(r.rejected == 0);
    CHECK(on_server(w.server, id).has_value());
}

TEST_CASE("a device three hours behind converges, and catches up on the stamps it pulls") {
    World w;
    auto right = w.device(0);
    auto behind = w.device(-3 * kHour);
    const auto id = right->db->save_contact({}, a_contact("Bar des Sports")).value();
    right->sync();
    const auto own = behind->db->save_contact({}, a_contact("Pharmacie")).value();
    behind->sync();
    right->sync();

    // Nothing rejected, both devices and the server agree.
    CHECK(behind->db->rejected_records().value().empty());
    CHECK(behind->organisation(id) == "Bar des Sports");
    CHECK(right->organisation(own) == "Pharmacie");
    CHECK(behind->hlc(id) == right->hlc(id));

    // Having seen the version stamped 3 h "in its future", its clock merged
    // it: its next write sorts after it and wins, though its wall time is
    // earlier.
    CHECK(behind->db->last_hlc().to_string() > right->hlc(id));
    behind->set_organisation(id, "Bar des Sports (PMU)");
    CHECK(behind->hlc(id) > right->hlc(id));
    behind->sync();
    right->sync();
    CHECK(right->organisation(id) == "Bar des Sports (PMU)");
    CHECK(on_server(w.server, id)->data.at("organisation") == "Bar des Sports (PMU)");
    CHECK(behind->hlc(id) == right->hlc(id));
}

TEST_CASE("a device three hours ahead converges; other writes win when later in HLC order") {
    World w;
    auto right = w.device(0);
    auto ahead = w.device(3 * kHour);
    const auto id = right->db->save_contact({}, a_contact("Boulangerie")).value();
    right->sync();
    ahead->sync();

    ahead->set_organisation(id, "Boulangerie Martin");
    ahead->sync();

    SECTION("a concurrent write, later in wall time but earlier in HLC order, loses") {
        // `right` writes without having pulled: its stamp is ~3 h before the
        // other one, so the HLC order (not the wall clock) keeps "Martin".
        right->set_organisation(id, "Boulangerie Le Goff");
        right->sync();
        ahead->sync();
        CHECK(right->organisation(id) == "Boulangerie Martin");
        CHECK(ahead->organisation(id) == "Boulangerie Martin");
        CHECK(right->hlc(id) == ahead->hlc(id));
    }
    SECTION("a write made after pulling the version sorts after it and wins") {
        right->sync();
        CHECK(right->organisation(id) == "Boulangerie Martin");
        right->set_organisation(id, "Boulangerie Le Goff");
        CHECK(right->hlc(id) > ahead->hlc(id));
        right->sync();
        ahead->sync();
        CHECK(ahead->organisation(id) == "Boulangerie Le Goff");
        CHECK(on_server(w.server, id)->data.at("organisation") == "Boulangerie Le Goff");
        CHECK(right->hlc(id) == ahead->hlc(id));
    }
    CHECK(right->db->rejected_records().value().empty());
    CHECK(ahead->db->rejected_records().value().empty());
}
