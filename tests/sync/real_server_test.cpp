// The sync engine over cpprestsdk against the real ronde-server binary on
// 127.0.0.1, and ronde-sim --verify against it.
#include "cpprest_transport.hpp"
#include "ronde/store/device_store.hpp"
#include "ronde/sync/sync_engine.hpp"
#include "ronde/uuid.hpp"
#include "ronde_server.hpp"

#include <openssl/crypto.h>
#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <set>

using namespace ronde;
using namespace ronde::sync;
using ronde::test::Account;
using ronde::test::ServerProcess;
using ronde::test::TempDir;

namespace {

// cpprestsdk + OpenSSL 3 can spin at exit without this (BUILD-NOTES): first,
// before main.
const bool kOpenSslInit = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

const Account kAlice{"alice", "Kig-ha-farz 2026!", "patrol"};

struct RealServer {
    TempDir dir;
    std::string db = dir.file("server.db");
    std::unique_ptr<ServerProcess> process;

    RealServer() {
        REQUIRE(kOpenSslInit);
        ronde::test::add_unit(db, "BTA-35-CESSON", "Brigade de Cesson-Sévigné");
        ronde::test::add_user(db, "BTA-35-CESSON", kAlice);
        start();
    }
    void start() {
        process = std::make_unique<ServerProcess>(
            db, dir.file("server.log"), std::vector<std::string>{"--login-attempts", "1000"});
    }
    void stop() { process->stop(); }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(process->port()); }
};

// A device: its store and an engine over cpprestsdk.
struct HttpDevice {
    std::string path;
    SystemClock clock;
    std::unique_ptr<store::DeviceStore> db;
    std::unique_ptr<sim::CpprestTransport> transport;
    std::unique_ptr<SyncEngine> engine;

    HttpDevice(const std::string& file, const std::string& url) : path(file) {
        auto opened = store::DeviceStore::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        connect(url);
        auto signed_in =
            engine->sign_in(kAlice.username, kAlice.password, UuidV7Generator().next());
        INFO((signed_in.ok() ? std::string() : signed_in.error().message));
        REQUIRE(signed_in.ok());
    }
    // Another server address (a restarted server gets a new port).
    void connect(const std::string& url) {
        const std::string token = engine ? engine->token() : std::string();
        transport = std::make_unique<sim::CpprestTransport>(url, std::chrono::seconds(10));
        EngineOptions o;
        o.retry.max_attempts = 2;
        o.retry.initial = std::chrono::milliseconds(50);
        engine = std::make_unique<SyncEngine>(*db, *transport, clock, o);
        engine->set_token(token);
    }
};

Contact a_contact(const std::string& organisation) {
    Contact c;
    c.category = ContactCategory::elected_official;
    c.organisation = organisation;
    c.person_name = "Jean Le Gall";
    c.commune = "Cesson-Sévigné";
    return c;
}

}  // namespace

TEST_CASE("a contact captured offline reaches the real server once it is back") {
    RealServer server;
    HttpDevice device(server.dir.file("tablet.db"), server.url());
    server.stop();

    const auto id = device.db->save_contact({}, a_contact("Mairie de Cesson-Sévigné")).value();
    const SyncResult offline = device.engine->sync_once();
    CHECK(offline.outcome == Outcome::offline);
    CHECK(offline.error->code == "network");
    CHECK(device.db->outbox_size().value() == 1);

    server.start();
    device.connect(server.url());
    const SyncResult r = device.engine->sync_once();
    INFO((r.error ? r.error->message : std::string()));
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.pushed == 1);
    CHECK(device.db->outbox_size().value() == 0);

    // The server has it: a fresh device pulls it.
    HttpDevice other(server.dir.file("other.db"), server.url());
    REQUIRE(other.engine->sync_once().outcome == Outcome::ok);
    const auto pulled = other.db->contact(id).value();
    REQUIRE(pulled.has_value());
    CHECK(pulled->record.organisation == "Mairie de Cesson-Sévigné");
}

TEST_CASE("contact pages opened offline reach the real server's audit journal exactly once") {
    RealServer server;
    HttpDevice device(server.dir.file("tablet.db"), server.url());
    server.stop();

    const auto id = device.db->save_contact({}, a_contact("Tabac de la Rigourdière")).value();
    std::set<std::string> events;
    for (int i = 0; i < 3; ++i) {
        auto opened = device.db->record_consultation(ConsultationKind::contact_open, id);
        REQUIRE(opened.ok());
        events.insert(opened->event.id);
    }
    CHECK(device.engine->sync_once().outcome == Outcome::offline);
    CHECK(device.db->unsent_consultation_count().value() == 3);

    server.start();
    device.connect(server.url());
    const SyncResult r = device.engine->sync_once();
    INFO((r.error ? r.error->message : std::string()));
    REQUIRE(r.outcome == Outcome::ok);
    CHECK(r.consultations_sent == 3);
    CHECK(device.db->unsent_consultation_count().value() == 0);
    REQUIRE(device.engine->sync_once().outcome == Outcome::ok);  // sends nothing again

    // The journal, read from the server's file: one entry per opening, by
    // this device and its user, about the contact.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(server.db.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT target, device_id, user_id, details FROM audit_log "
                               "WHERE action = 'device.consultation' ORDER BY seq",
                               -1, &st, nullptr) == SQLITE_OK);
    std::set<std::string> journaled;
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++rows;
        const auto text = [st](int col) {
            return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, col)));
        };
        CHECK(text(0) == id);
        CHECK(text(1) == device.db->identity()->device_id);
        CHECK(text(2) == device.db->identity()->user_id);
        journaled.insert(parse_json(text(3)).value().at("event_id").get<std::string>());
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    CHECK(rows == 3);
    CHECK(journaled == events);
    const auto verify = ronde::test::run_ronde_server({"audit", "verify", "--db", server.db});
    CHECK(verify.exit_code == 0);
}

TEST_CASE("an edit made on another device appears on this one") {
    RealServer server;
    HttpDevice a(server.dir.file("a.db"), server.url());
    HttpDevice b(server.dir.file("b.db"), server.url());
    const auto id = a.db->save_contact({}, a_contact("Police municipale")).value();
    REQUIRE(a.engine->sync_once().outcome == Outcome::ok);
    REQUIRE(b.engine->sync_once().outcome == Outcome::ok);

    Contact edited = b.db->contact(id).value()->record;
    edited.phone = "02 99 83 52 00";
    b.db->save_contact(id, edited, {"phone"}).value();
    REQUIRE(b.engine->sync_once().outcome == Outcome::ok);
    REQUIRE(a.engine->sync_once().outcome == Outcome::ok);

    const auto on_a = a.db->contact(id).value();
    REQUIRE(on_a.has_value());
    CHECK(on_a->record.phone == "02 99 83 52 00");
    CHECK(on_a->record == b.db->contact(id).value()->record);
}

TEST_CASE("ronde-sim --verify converges against the real server") {
    RealServer server;
    const std::string password_file = server.dir.file("password.txt");
    std::ofstream(password_file) << kAlice.password << "\n";
    const std::string sim = std::string(RONDE_BINARY_DIR) + "/bin/ronde-sim";

    const auto r = ronde::test::run_program(
        {sim, "--server", server.url(), "--username", kAlice.username, "--password-file",
         password_file, "--devices", "4", "--ops", "40", "--seed", "7", "--verify", "--json"});
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const auto line = r.output.substr(r.output.rfind("{\"devices\""));
    const auto j = parse_json(line.substr(0, line.find('\n'))).value();
    CHECK(j.at("devices") == 4);
    CHECK(j.at("converged") == true);
    CHECK(j.at("lost") == 0);
    CHECK(j.at("duplicated") == 0);
    CHECK(j.at("changes_pushed").get<int>() > 0);
}

TEST_CASE("ronde-sim explains itself and refuses bad usage") {
    const std::string sim = std::string(RONDE_BINARY_DIR) + "/bin/ronde-sim";
    const auto help = ronde::test::run_program({sim, "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.output.find("--verify") != std::string::npos);
    const auto bad = ronde::test::run_program({sim, "--devices", "many"});
    CHECK(bad.exit_code == 2);
}
