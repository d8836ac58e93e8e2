// The sync engine against the real server code in this process, through a
// transport that loses, duplicates and delays requests on purpose.
#include "ronde/store/device_store.hpp"
#include "ronde/sync/sync_engine.hpp"
#include "ronde/time.hpp"
#include "ronde/uuid.hpp"
#include "sync_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

using namespace ronde;
using namespace ronde::sync;
using namespace ronde::sync::test;
using store::DeviceStore;

namespace {

Contact a_contact(const std::string& organisation) {
    Contact c;
    c.category = ContactCategory::shopkeeper;
    c.organisation = organisation;
    c.commune = "Cesson-Sévigné";
    c.position = GeoPoint{48.12483, -1.59076};
    return c;
}

Visit a_visit(std::int64_t at_ms, const std::string& note = "Point de situation") {
    Visit v;
    v.occurred_at = Timestamp{std::chrono::milliseconds(at_ms)};
    v.topics = {Topic::incivility};
    v.actions = {Action::prevention_advice};
    v.note = note;
    return v;
}

std::string batch_id_of(const TransportRequest& r) {
    return parse_json(r.body).value().at("batch_id").get<std::string>();
}

std::vector<TransportRequest> pushes(const FaultyTransport& t) {
    std::vector<TransportRequest> out;
    for (const auto& r : t.log) {
        if (r.target == "/api/v1/sync/push") {
            out.push_back(r);
        }
    }
    return out;
}

// One device (its store, its engine) of a server in this process.
struct Device {
    std::string path;
    FakeClock& clock;
    std::string device_id = UuidV7Generator().next();
    std::unique_ptr<DeviceStore> db;
    ApiTransport api;
    FaultyTransport net;
    std::unique_ptr<SyncEngine> engine;
    EngineOptions options;

    Device(InProcessServer& server, std::string file, FakeClock& c, EngineOptions o = {})
        : path(std::move(file)), clock(c), api(server), net(api, 3), options(o) {
        options.seed = 11;
        open();
        auto signed_in = engine->sign_in("alice", InProcessServer::kPassword, device_id);
        REQUIRE(signed_in.ok());
    }

    void open(const std::string& token = {}) {
        store::StoreOptions so;
        so.clock = clock.fn();
        auto opened = DeviceStore::open(path, {}, so);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        engine = std::make_unique<SyncEngine>(*db, net, clock, options);
        engine->set_token(token);
    }

    // The app is killed: the store is closed and opened again from disk.
    void reopen() {
        const std::string token = engine->token();
        engine.reset();
        db.reset();
        open(token);
    }

    std::size_t outbox() { return db->outbox_size().value(); }
};

std::size_t count_id(const PullResponse& all, const std::string& id) {
    std::size_t n = 0;
    for (const auto& c : all.changes) {
        n += c.change.id == id ? 1 : 0;
    }
    return n;
}

struct World {
    TempDir dir;
    FakeClock clock{system_millis()};
    InProcessServer server;
    explicit World(server::ApiConfig api = {}) : server(dir.file("server.db"), api) {}
    std::unique_ptr<Device> device(const std::string& name, EngineOptions o = {}) {
        return std::make_unique<Device>(server, dir.file(name + ".db"), clock, o);
    }
};

}  // namespace

TEST_CASE("a contact saved offline reaches the server and leaves the outbox") {
    World w;
    auto d = w.device("a");
    const auto id = d->db->save_contact({}, a_contact("Boulangerie du Centre")).value();
    REQUIRE(d->outbox() == 1);

    const SyncResult r = d->engine->sync_once();
    CHECK(r.outcome == Outcome::ok);
    CHECK(r.pushed == 1);
    CHECK(r.rejected == 0);
    CHECK(d->outbox() == 0);
    CHECK(count_id(w.server.pull_all(), id) == 1);
    const auto state = d->db->sync_state().value();
    CHECK(state.last_success_at.has_value());
    CHECK_FALSE(state.last_error.has_value());
    CHECK_FALSE(state.pending_batch_id.has_value());
    CHECK(state.cursor == w.server.pull_all().next_since);
}

TEST_CASE("every request carries the protocol version, the token and a JSON content type") {
    World w;
    auto d = w.device("a");
    d->db->save_contact({}, a_contact("Mairie")).value();
    d->engine->sync_once();
    for (const auto& r : d->net.log) {
        CHECK(r.headers.at("X-Ronde-Protocol") == "1");
        if (r.target == "/api/v1/auth/login") {
            continue;
        }
        CHECK(r.headers.at("Authorization") == "Bearer " + d->engine->token());
        if (r.method == "POST") {
            CHECK(r.headers.at("Content-Type").starts_with("application/json"));
        }
    }
}

TEST_CASE("a lost request is sent again with the same batch id after a backoff") {
    World w;
    auto d = w.device("a");
    const auto id = d->db->save_contact({}, a_contact("Pharmacie")).value();
    d->net.script = {Fault::lose_request};

    const SyncResult r = d->engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.retries == 1);
    const auto sent = pushes(d->net);
    REQUIRE(sent.size() == 2);
    CHECK(sent[0].body == sent[1].body);
    REQUIRE(w.clock.sleeps.size() == 1);
    CHECK(w.clock.sleeps[0] >= std::chrono::milliseconds(1600));
    CHECK(w.clock.sleeps[0] <= std::chrono::milliseconds(2400));
    CHECK(count_id(w.server.pull_all(), id) == 1);
}

TEST_CASE("an answer lost after the server committed is not applied twice") {
    World w;
    auto d = w.device("a");
    const auto id = d->db->save_contact({}, a_contact("Tabac Presse")).value();
    d->net.script = {Fault::lose_response};

    const SyncResult r = d->engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.pushed == 1);
    const auto sent = pushes(d->net);
    REQUIRE(sent.size() == 2);
    CHECK(batch_id_of(sent[0]) == batch_id_of(sent[1]));
    CHECK(w.server.sync().counters().changes_pushed == 1);
    CHECK(count_id(w.server.pull_all(), id) == 1);
    CHECK(d->outbox() == 0);
}

TEST_CASE("the pending batch keeps its id when the app is killed and reopened") {
    World w;
    EngineOptions o;
    o.retry.max_attempts = 1;
    auto d = w.device("a", o);
    const auto id = d->db->save_contact({}, a_contact("Garage")).value();
    d->net.script = {Fault::lose_response};

    const SyncResult offline = d->engine->sync_once();
    CHECK(offline.outcome == Outcome::offline);
    CHECK(offline.error->code == "network");
    CHECK(offline.retry_after > std::chrono::milliseconds(0));
    CHECK(d->outbox() == 1);
    const auto pending = d->db->sync_state().value().pending_batch_id;
    REQUIRE(pending.has_value());
    CHECK(d->db->sync_state().value().last_error->code == "network");

    d->reopen();
    const SyncResult r = d->engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    const auto sent = pushes(d->net);
    REQUIRE(sent.size() == 2);
    CHECK(batch_id_of(sent[1]) == *pending);
    CHECK(d->outbox() == 0);
    CHECK(w.server.sync().counters().changes_pushed == 1);
    CHECK(count_id(w.server.pull_all(), id) == 1);
}

TEST_CASE("duplicated and late requests change nothing twice") {
    World w;
    auto d = w.device("a");
    std::set<std::string> ids;
    for (int i = 0; i < 3; ++i) {
        ids.insert(d->db->save_contact({}, a_contact("Commerce " + std::to_string(i))).value());
    }
    d->net.script = {Fault::duplicate, Fault::delay, Fault::duplicate};
    REQUIRE(d->engine->sync_once().outcome == Outcome::ok);
    ids.insert(d->db->save_contact({}, a_contact("Commerce tardif")).value());
    REQUIRE(d->engine->sync_once().outcome == Outcome::ok);

    const auto all = w.server.pull_all();
    CHECK(all.changes.size() == ids.size());
    for (const auto& id : ids) {
        CHECK(count_id(all, id) == 1);
    }
    CHECK(w.server.sync().counters().changes_pushed == ids.size());
}

TEST_CASE("429 waits at least Retry-After, 5xx back off exponentially") {
    World w;
    auto d = w.device("a");
    d->db->save_contact({}, a_contact("Boucherie")).value();
    d->net.canned = {error_response(429, "rate_limited", {{"retry-after", "30"}}),
                     error_response(503, "unavailable"), error_response(502, "bad_gateway"),
                     error_response(500, "internal")};
    const SyncResult r = d->engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    REQUIRE(w.clock.sleeps.size() == 4);
    CHECK(w.clock.sleeps[0] >= std::chrono::seconds(30));
    CHECK(w.clock.sleeps[1] >= std::chrono::milliseconds(3200));  // 4 s +- 20 %
    CHECK(w.clock.sleeps[1] <= std::chrono::milliseconds(4800));
    CHECK(w.clock.sleeps[2] >= std::chrono::milliseconds(6400));
    CHECK(w.clock.sleeps[3] >= std::chrono::milliseconds(12800));
    CHECK(d->outbox() == 0);
}

TEST_CASE("backoff doubles from 2 s up to 5 min, with at most 20 % jitter") {
    World w;
    auto d = w.device("a");
    for (int attempt = 1; attempt <= 12; ++attempt) {
        const double expected = std::min(2000.0 * (1 << (attempt - 1)), 300000.0);
        const auto delay = d->engine->backoff(attempt);
        CHECK(static_cast<double>(delay.count()) >= expected * 0.8 - 1);
        CHECK(static_cast<double>(delay.count()) <= expected * 1.2 + 1);
    }
    CHECK(d->engine->backoff(1, std::chrono::seconds(900)) == std::chrono::seconds(900));
}

TEST_CASE("transient errors that outlast the retries leave everything for the next sync") {
    World w;
    auto d = w.device("a");
    const auto id = d->db->save_contact({}, a_contact("Fleuriste")).value();
    d->net.script = std::deque<Fault>(6, Fault::lose_request);

    const SyncResult r = d->engine->sync_once();
    CHECK(r.outcome == Outcome::offline);
    CHECK(r.requests == 6);
    CHECK(w.clock.sleeps.size() == 5);
    CHECK(d->outbox() == 1);
    CHECK(d->db->sync_state().value().last_error->code == "network");

    REQUIRE(d->engine->sync_once().outcome == Outcome::ok);
    CHECK(count_id(w.server.pull_all(), id) == 1);
    CHECK_FALSE(d->db->sync_state().value().last_error.has_value());
}

TEST_CASE("a revoked device wipes its store") {
    World w;
    auto d = w.device("a");
    d->db->save_contact({}, a_contact("Bijouterie")).value();
    REQUIRE(d->engine->sync_once().outcome == Outcome::ok);
    d->db->save_contact({}, a_contact("Opticien")).value();
    w.server.revoke(d->device_id);

    const SyncResult r = d->engine->sync_once();
    CHECK(r.outcome == Outcome::revoked);
    CHECK(r.error->code == "device_revoked");
    CHECK_FALSE(d->db->is_open());
    CHECK_FALSE(std::filesystem::exists(d->path));
}

TEST_CASE("a revoked device that signs in again is wiped too") {
    World w;
    auto d = w.device("a");
    w.server.revoke(d->device_id);
    auto again = d->engine->sign_in("alice", InProcessServer::kPassword);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == "device_revoked");
    CHECK_FALSE(d->db->is_open());
}

TEST_CASE("an expired token asks for a sign-in and keeps the outbox") {
    World w;
    auto d = w.device("a");
    d->db->save_contact({}, a_contact("Librairie")).value();
    d->net.canned = {error_response(401, "token_expired")};

    const SyncResult r = d->engine->sync_once();
    CHECK(r.outcome == Outcome::needs_sign_in);
    CHECK(r.error->code == "token_expired");
    CHECK(d->outbox() == 1);
    REQUIRE(d->engine->sign_in("alice", InProcessServer::kPassword).ok());
    CHECK(d->engine->sync_once().outcome == Outcome::ok);
    CHECK(d->outbox() == 0);
}

TEST_CASE("a wrong password is answered at once, without retries, and keeps the old token") {
    World w;
    auto d = w.device("a");
    auto r = d->engine->sign_in("alice", "mauvais mot de passe");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == "invalid_credentials");
    CHECK(w.clock.sleeps.empty());
    // The token of the earlier sign-in still works.
    CHECK(d->engine->sync_once().outcome == Outcome::ok);
    // Without any token there is nothing to try.
    SyncEngine anonymous(*d->db, d->net, w.clock);
    CHECK(anonymous.sync_once().outcome == Outcome::needs_sign_in);
}

TEST_CASE("a change the server rejects stays visible with its error and blocks nothing") {
    World w;
    auto d = w.device("a");
    // Two days ahead of the server's clock: clock_drift.
    const auto future = w.clock.now_ms() + 2 * 24 * 3600 * 1000LL;
    const auto bad = d->db->save_visit({}, a_visit(future)).value();
    const auto good = d->db->save_contact({}, a_contact("Cordonnerie")).value();

    const SyncResult r = d->engine->sync_once();
    CHECK(r.outcome == Outcome::ok);
    CHECK(r.pushed == 1);
    CHECK(r.rejected == 1);
    CHECK(d->outbox() == 0);
    const auto rejected = d->db->rejected_records().value();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].id == bad);
    CHECK(rejected[0].error.code == "clock_drift");
    CHECK(d->db->sync_status(Entity::visit, bad).value() == store::SyncStatus::rejected);
    CHECK(count_id(w.server.pull_all(), good) == 1);
    // Not retried forever: the next sync sends nothing.
    const auto before = pushes(d->net).size();
    CHECK(d->engine->sync_once().outcome == Outcome::ok);
    CHECK(pushes(d->net).size() == before);
}

TEST_CASE("a batch over the body limit is split, and a change too large alone is rejected") {
    server::ApiConfig small;
    small.max_body_bytes = 6000;
    World w(small);
    auto d = w.device("a");
    std::vector<std::string> ids;
    for (int i = 0; i < 6; ++i) {
        ids.push_back(d->db->save_contact({}, a_contact("Magasin " + std::to_string(i))).value());
    }
    std::string long_note;
    for (int i = 0; i < 3900; ++i) {
        long_note += "é";
    }
    const auto huge = d->db->save_visit({}, a_visit(w.clock.now_ms(), long_note)).value();
    for (int i = 6; i < 12; ++i) {
        ids.push_back(d->db->save_contact({}, a_contact("Magasin " + std::to_string(i))).value());
    }

    const SyncResult r = d->engine->sync_once();
    CHECK(r.outcome == Outcome::ok);
    CHECK(r.pushed == ids.size());
    CHECK(r.rejected == 1);
    CHECK(d->outbox() == 0);
    const auto rejected = d->db->rejected_records().value();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].id == huge);
    CHECK(rejected[0].error.code == "payload_too_large");
    const auto all = w.server.pull_all();
    for (const auto& id : ids) {
        CHECK(count_id(all, id) == 1);
    }
    CHECK(count_id(all, huge) == 0);
}

TEST_CASE("415 stops the sync and keeps the batch for the next one") {
    World w;
    auto d = w.device("a");
    d->db->save_contact({}, a_contact("Quincaillerie")).value();
    d->net.canned = {error_response(415, "unsupported_media_type")};

    const SyncResult r = d->engine->sync_once();
    CHECK(r.outcome == Outcome::failed);
    CHECK(r.error->code == "unsupported_media_type");
    CHECK(r.requests == 1);
    CHECK(d->outbox() == 1);
    CHECK(d->db->sync_state().value().last_error->code == "unsupported_media_type");
    CHECK(d->engine->sync_once().outcome == Outcome::ok);
    const auto sent = pushes(d->net);
    REQUIRE(sent.size() == 2);
    CHECK(batch_id_of(sent[0]) == batch_id_of(sent[1]));
}

TEST_CASE("a batch conflict sends the same changes under a new batch id") {
    World w;
    auto d = w.device("a");
    const auto id = d->db->save_contact({}, a_contact("Caviste")).value();
    d->net.canned = {error_response(409, "batch_conflict")};

    REQUIRE(d->engine->sync_once().outcome == Outcome::ok);
    const auto sent = pushes(d->net);
    REQUIRE(sent.size() == 2);
    CHECK(batch_id_of(sent[0]) != batch_id_of(sent[1]));
    CHECK(parse_json(sent[0].body).value().at("changes") ==
          parse_json(sent[1].body).value().at("changes"));
    CHECK(d->outbox() == 0);
    CHECK(count_id(w.server.pull_all(), id) == 1);
}

TEST_CASE("an unknown protocol version asks for an update") {
    World w;
    auto d = w.device("a");
    d->net.canned = {error_response(400, "unsupported_protocol")};
    CHECK(d->engine->sync_once().outcome == Outcome::update_required);
}

TEST_CASE("a change made on another device is pulled, page by page, with its cursor") {
    World w;
    auto writer = w.device("writer");
    EngineOptions small_pages;
    small_pages.pull_limit = 10;
    auto reader = w.device("reader", small_pages);
    std::vector<std::string> ids;
    for (int i = 0; i < 25; ++i) {
        ids.push_back(
            writer->db->save_contact({}, a_contact("Boutique " + std::to_string(i))).value());
    }
    REQUIRE(writer->engine->sync_once().outcome == Outcome::ok);

    std::vector<Progress> progress;
    reader->engine->on_progress([&](const Progress& p) { progress.push_back(p); });
    const SyncResult r = reader->engine->sync_once();
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.pulled == 25);
    CHECK(r.requests == 3);
    for (const auto& id : ids) {
        auto c = reader->db->contact(id).value();
        REQUIRE(c.has_value());
        CHECK(c->sync == store::SyncStatus::synced);
    }
    CHECK(reader->db->sync_state().value().cursor == w.server.pull_all().next_since);
    REQUIRE_FALSE(progress.empty());
    CHECK(progress.back().phase == Phase::pull);
    CHECK(progress.back().done == 25);
    CHECK(progress.back().total == 25);
}

TEST_CASE("push progress counts the changes answered out of the outbox") {
    World w;
    EngineOptions o;
    o.batch_size = 2;
    auto d = w.device("a", o);
    for (int i = 0; i < 5; ++i) {
        d->db->save_contact({}, a_contact("Étal " + std::to_string(i))).value();
    }
    std::vector<std::pair<std::size_t, std::size_t>> seen;
    d->engine->on_progress([&](const Progress& p) {
        if (p.phase == Phase::push) {
            seen.emplace_back(p.done, p.total);
        }
    });
    REQUIRE(d->engine->sync_once().outcome == Outcome::ok);
    using P = std::pair<std::size_t, std::size_t>;
    CHECK(seen == std::vector<P>{{0, 5}, {2, 5}, {4, 5}, {5, 5}});
}

TEST_CASE("a pulled edit does not overwrite a pending local edit, and both converge") {
    World w;
    auto a = w.device("a");
    auto b = w.device("b");
    const auto id = a->db->save_contact({}, a_contact("Bar des Sports")).value();
    REQUIRE(a->engine->sync_once().outcome == Outcome::ok);
    REQUIRE(b->engine->sync_once().outcome == Outcome::ok);

    Contact on_a = a->db->contact(id).value()->record;
    on_a.phone = "02 99 00 11 22";
    a->db->save_contact(id, on_a, {"phone"}).value();
    w.clock.advance(1000);
    Contact on_b = b->db->contact(id).value()->record;
    on_b.notes = "Fermé le lundi";
    b->db->save_contact(id, on_b, {"notes"}).value();

    REQUIRE(a->engine->sync_once().outcome == Outcome::ok);
    REQUIRE(b->engine->sync_once().outcome == Outcome::ok);
    REQUIRE(a->engine->sync_once().outcome == Outcome::ok);
    const auto ca = a->db->contact(id).value();
    const auto cb = b->db->contact(id).value();
    REQUIRE(ca.has_value());
    REQUIRE(cb.has_value());
    CHECK(ca->record == cb->record);
    CHECK(ca->record.phone == "02 99 00 11 22");
    CHECK(ca->record.notes == "Fermé le lundi");
    CHECK(ca->hlc == cb->hlc);
}
