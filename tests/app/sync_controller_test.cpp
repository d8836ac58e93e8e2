// The app's sign-in, sync and sign-out (SyncController on its thread, the
// Qt Network transport, the encrypted device store) against the real
// ronde-server on 127.0.0.1: enrolment, a change captured offline reaching
// another device, French sentences for a wrong password, a revoked device
// wiped, a server down and back with nothing lost, a contact page opened
// offline journaled on the server, quitting mid-request.
#include "sync_controller.hpp"
#include "app_settings.hpp"
#include "app_test_support.hpp"
#include "contact_edit_controller.hpp"
#include "position_provider.hpp"
#include "ronde_server.hpp"
#include "store_session.hpp"
#include "sync_status.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>

using namespace ronde;
using namespace ronde::app;
using namespace std::chrono_literals;
using ronde::app::test::wait_until;

namespace {

constexpr int kWaitMs = 60000;  // bound of every wait; a passing test takes far less
const ronde::test::Account kTanguy{"gnd.tanguy", "mot-de-passe-tanguy", "patrol"};
const ronde::test::Account kBenali{"gnd.benali", "mot-de-passe-benali", "patrol"};

// A server with one unit and two patrol accounts.
struct Server {
    Server() {
        ronde::test::add_unit(db, "BTA-TEST", "Brigade de test");
        ronde::test::add_user(db, "BTA-TEST", kTanguy);
        ronde::test::add_user(db, "BTA-TEST", kBenali);
        start();
    }
    void start() {
        process = std::make_unique<ronde::test::ServerProcess>(db, dir.file("server.log"));
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(process->port()); }
    ronde::test::TempDir dir;
    std::string db = dir.file("server.db");
    std::unique_ptr<ronde::test::ServerProcess> process;
};

// One device: its settings, its encrypted store, the badge's status and the
// controller, as main() wires them.
struct Tablet {
    explicit Tablet(const QString& name)
        : settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat)),
          status(nullptr),
          session(dir.filePath(QStringLiteral("ronde.db")), nullptr),
          controller(&session, &status, &settings, nullptr) {
        session.setKeyParams({1, 1024, 1});
        sync::EngineOptions options;
        options.retry.max_attempts = 2;
        options.retry.initial = 10ms;
        options.retry.max = 50ms;
        options.device_name = name.toStdString();
        controller.setEngineOptions(options);
        controller.setRequestTimeout(10s);
        controller.setAutoSyncInterval(0ms);
        controller.setSaveDelay(1h);  // the tests sync by hand unless they say otherwise
        REQUIRE(session.unlockNow(QStringLiteral("482913")));
    }
    bool signIn(const QString& url, const ronde::test::Account& account) {
        REQUIRE(controller.signIn(url, QString::fromStdString(account.username),
                                  QString::fromStdString(account.password),
                                  QStringLiteral("Tablette de test")));
        REQUIRE(wait_until([&] { return !controller.busy(); }, kWaitMs));
        return controller.signedIn();
    }
    sync::Outcome syncNow() {
        controller.syncNow();
        REQUIRE(wait_until([&] { return !controller.busy(); }, kWaitMs));
        REQUIRE(controller.lastOutcome());
        return *controller.lastOutcome();
    }
    std::string saveContact(const std::string& organisation) {
        Contact c;
        c.category = ContactCategory::shopkeeper;
        c.organisation = organisation;
        c.commune = "Cesson-Sévigné";
        auto id = session.store()->save_contact(std::nullopt, c);
        REQUIRE(id);
        session.notifyChanged();
        return id.value();
    }
    std::optional<Contact> contact(const std::string& id) {
        auto found = session.store()->contact(id);
        REQUIRE(found);
        if (!found.value()) {
            return std::nullopt;
        }
        return found.value()->record;
    }

    QTemporaryDir dir;
    AppSettings settings;
    SyncStatus status;
    StoreSession session;
    SyncController controller;
};

}  // namespace

TEST_CASE("a device signs in, and a contact captured offline reaches another device") {
    Server server;
    Tablet tanguy(QStringLiteral("Tablette Tanguy"));
    CHECK_FALSE(tanguy.session.enrolled());
    REQUIRE(tanguy.signIn(server.url(), kTanguy));
    CHECK(tanguy.session.enrolled());
    CHECK(tanguy.controller.username() == QStringLiteral("gnd.tanguy"));
    CHECK(tanguy.settings.serverUrl() == server.url());
    CHECK(tanguy.controller.lastOutcome() == sync::Outcome::ok);  // the first sync follows

    const std::string id = tanguy.saveContact("Fournil du Centre");
    CHECK(tanguy.status.pendingCount() == 1);
    CHECK(tanguy.syncNow() == sync::Outcome::ok);
    CHECK(tanguy.status.pendingCount() == 0);
    CHECK(tanguy.status.everSynced());
    CHECK(tanguy.status.errorText().isEmpty());

    Tablet benali(QStringLiteral("Tablette Benali"));
    REQUIRE(benali.signIn(server.url(), kBenali));  // signing in pulls the unit's data
    auto received = benali.contact(id);
    REQUIRE(received);
    CHECK(received->organisation == "Fournil du Centre");

    SECTION("an edit made on the other device appears after the next sync") {
        Contact edited = *received;
        edited.phone = "06 12 34 56 78";
        REQUIRE(benali.session.store()->save_contact(id, edited));
        CHECK(benali.syncNow() == sync::Outcome::ok);
        const int revision = tanguy.session.revision();
        CHECK(tanguy.syncNow() == sync::Outcome::ok);
        CHECK(tanguy.session.revision() > revision);  // the lists reload
        auto seen = tanguy.contact(id);
        REQUIRE(seen);
        CHECK(seen->phone == edited.phone);
    }
}

TEST_CASE("the token is kept inside the encrypted store, and a new session reads it") {
    Server server;
    QString dirPath;
    {
        Tablet tanguy(QStringLiteral("Tablette Tanguy"));
        REQUIRE(tanguy.signIn(server.url(), kTanguy));
        auto token = tanguy.session.store()->credential(SyncWorker::kTokenCredential);
        REQUIRE(token);
        REQUIRE(token.value());
        CHECK(token.value()->size() >= 32);
        // Never in the clear settings.
        QSettings ini(tanguy.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        for (const QString& key : ini.allKeys()) {
            CHECK_FALSE(ini.value(key).toString().contains(QString::fromStdString(*token.value())));
        }
        tanguy.session.lock();
        CHECK_FALSE(tanguy.session.key());
        CHECK(tanguy.session.unlockNow(QStringLiteral("482913")));
        REQUIRE(wait_until([&] { return tanguy.controller.signedIn(); }, kWaitMs));
        REQUIRE(wait_until([&] { return !tanguy.controller.busy(); }, kWaitMs));
        CHECK(tanguy.controller.lastOutcome() == sync::Outcome::ok);
    }
}

TEST_CASE("an account of another unit cannot sign in on a device that holds a unit's records") {
    Server server;
    const ronde::test::Account other{"gnd.autre", "mot-de-passe-autre", "patrol"};
    ronde::test::add_unit(server.db, "BTA-AUTRE", "Autre brigade");
    ronde::test::add_user(server.db, "BTA-AUTRE", other);
    Tablet tablet(QStringLiteral("Tablette partagée"));
    REQUIRE(tablet.signIn(server.url(), kTanguy));
    const std::string id = tablet.saveContact("Boulangerie du Marché");
    REQUIRE(tablet.syncNow() == sync::Outcome::ok);
    const auto before = tablet.session.store()->identity();
    REQUIRE(before);

    (void)tablet.signIn(server.url(), other);  // the earlier account stays signed in
    CHECK(tablet.controller.signInError().contains(QStringLiteral("autre unité")));
    const auto after = tablet.session.store()->identity();
    REQUIRE(after);
    CHECK(after->unit_id == before->unit_id);
    CHECK(after->user_id == before->user_id);
    CHECK(tablet.syncNow() == sync::Outcome::ok);  // the unit's account still syncs
    CHECK(tablet.contact(id));
}

TEST_CASE("a wrong password is told in a French sentence and enrols nothing") {
    Server server;
    Tablet tanguy(QStringLiteral("Tablette Tanguy"));
    ronde::test::Account wrong = kTanguy;
    wrong.password = "pas-le-bon-mot-de-passe";
    CHECK_FALSE(tanguy.signIn(server.url(), wrong));
    CHECK(tanguy.controller.signInError() ==
          QStringLiteral("Identifiant ou mot de passe incorrect."));
    CHECK_FALSE(tanguy.session.enrolled());

    SECTION("an address that is not a server is refused before sending anything") {
        CHECK_FALSE(tanguy.controller.signIn(QStringLiteral("http://ronde.exemple.fr"),
                                             QStringLiteral("gnd.tanguy"), QStringLiteral("x"),
                                             {}));
        CHECK_FALSE(tanguy.controller.signInError().isEmpty());
        CHECK_FALSE(tanguy.controller.busy());
    }
    SECTION("a server that does not answer is told as such") {
        server.process->stop();
        CHECK_FALSE(tanguy.signIn(server.url(), kTanguy));
        CHECK(
            tanguy.controller.signInError().startsWith(QStringLiteral("Le serveur ne répond pas")));
    }
}

TEST_CASE("a disabled account's tablet keeps its unsent work and says why it cannot sign in") {
    Server server;
    const ronde::test::Account chief{"adj.chef", "mot-de-passe-chef", "supervisor"};
    ronde::test::add_user(server.db, "BTA-TEST", chief);
    Tablet tanguy(QStringLiteral("Tablette Tanguy"));
    REQUIRE(tanguy.signIn(server.url(), kTanguy));
    const std::string unsent = tanguy.saveContact("Tabac de la Gare");
    REQUIRE(tanguy.status.pendingCount() > 0);

    // The commander disables the account (the gendarme leaves the unit).
    const auto http = server.process->client();
    const auto session = ronde::test::login(http, chief.username, chief.password);
    const QJsonDocument users = QJsonDocument::fromJson(
        QByteArray::fromStdString(http.get("/api/v1/admin/users", session.token).body));
    std::string id;
    for (const auto& u : users.object().value(u"items").toArray()) {
        if (u.toObject().value(u"username").toString().toStdString() == kTanguy.username) {
            id = u.toObject().value(u"id").toString().toStdString();
        }
    }
    REQUIRE_FALSE(id.empty());
    REQUIRE(http.post_json("/api/v1/admin/users/" + id + "/disable", "{}", session.token).status ==
            200);

    // The next sync asks to sign in again; nothing is wiped or lost.
    tanguy.syncNow();
    CHECK_FALSE(tanguy.controller.signedIn());
    CHECK(tanguy.contact(unsent).has_value());
    CHECK(tanguy.status.pendingCount() > 0);
    CHECK(tanguy.session.enrolled());
    // Signing in again is refused with a sentence that says why.
    CHECK_FALSE(tanguy.signIn(server.url(), kTanguy));
    CHECK(tanguy.controller.signInError().contains(QString::fromUtf8("désactivé")));
    CHECK(tanguy.contact(unsent).has_value());
}

TEST_CASE("a revoked device wipes its store and goes back to enrolment") {
    Server server;
    Tablet tanguy(QStringLiteral("Tablette Tanguy"));
    REQUIRE(tanguy.signIn(server.url(), kTanguy));
    tanguy.saveContact("Tabac de la Gare");
    const std::string deviceId = tanguy.session.store()->identity()->device_id;
    const auto revoked = ronde::test::run_ronde_server(
        {"device", "revoke", "--db", server.db, "--device", deviceId});
    REQUIRE(revoked.exit_code == 0);

    CHECK(tanguy.syncNow() == sync::Outcome::revoked);
    CHECK(tanguy.session.locked());
    CHECK(tanguy.session.firstRun());  // the next PIN makes a new store
    CHECK_FALSE(tanguy.session.key());
    CHECK_FALSE(
        std::filesystem::exists(tanguy.dir.filePath(QStringLiteral("ronde.db")).toStdString()));
    CHECK_FALSE(tanguy.controller.signedIn());
    CHECK(tanguy.controller.noticeText().contains(QStringLiteral("révoqué")));
    CHECK(tanguy.status.pendingCount() == 0);

    // A new PIN, a new enrolment.
    REQUIRE(tanguy.session.unlockNow(QStringLiteral("705318")));
    CHECK_FALSE(tanguy.session.enrolled());
}

TEST_CASE("with the server down, a sync ends offline and loses nothing, and a later one sends it") {
    Server server;
    Tablet tanguy(QStringLiteral("Tablette Tanguy"));
    REQUIRE(tanguy.signIn(server.url(), kTanguy));
    server.process->stop();

    const std::string id = tanguy.saveContact("Pharmacie des Halles");
    CHECK(tanguy.syncNow() == sync::Outcome::offline);
    CHECK(tanguy.status.pendingCount() == 1);
    CHECK(tanguy.status.state() == SyncStatus::Offline);
    CHECK(tanguy.status.errorText().startsWith(QStringLiteral("Pas de réseau")));
    CHECK(tanguy.controller.signedIn());  // offline is not signed out

    server.start();  // same database, another port
    REQUIRE(tanguy.settings.setServerUrl(server.url()).isEmpty());
    CHECK(tanguy.syncNow() == sync::Outcome::ok);
    CHECK(tanguy.status.pendingCount() == 0);
    CHECK(tanguy.status.state() == SyncStatus::Idle);

    Tablet benali(QStringLiteral("Tablette Benali"));
    REQUIRE(benali.signIn(server.url(), kBenali));
    CHECK(benali.contact(id));
}

TEST_CASE("a contact page opened offline reaches the server's audit journal at the next sync") {
    Server server;
    Tablet tanguy(QStringLiteral("Tablette Tanguy"));
    REQUIRE(tanguy.signIn(server.url(), kTanguy));
    const std::string id = tanguy.saveContact("Tabac de la Poste");
    REQUIRE(tanguy.syncNow() == sync::Outcome::ok);
    server.process->stop();

    ContactEditController page;
    page.setSession(&tanguy.session);
    REQUIRE(page.open(QString::fromStdString(id)));
    CHECK(tanguy.session.unsentConsultations() == 1);
    CHECK(tanguy.syncNow() == sync::Outcome::offline);
    CHECK(tanguy.session.unsentConsultations() == 1);
    // Another account may not sign in over it: it is sent with Tanguy's token.
    tanguy.signIn(server.url(), kBenali);
    CHECK(tanguy.controller.signInError().contains(QStringLiteral("gnd.tanguy")));
    CHECK(tanguy.controller.username() == QStringLiteral("gnd.tanguy"));

    server.start();  // same database, another port
    REQUIRE(tanguy.settings.setServerUrl(server.url()).isEmpty());
    CHECK(tanguy.syncNow() == sync::Outcome::ok);
    CHECK(tanguy.session.unsentConsultations() == 0);
    CHECK(tanguy.syncNow() == sync::Outcome::ok);  // nothing sent twice
    // The journal holds that one consultation, under Tanguy's name.
    const auto listed =
        ronde::test::run_ronde_server({"audit", "list", "--db", server.db, "--action",
                                       "device.consultation", "--format", "json"});
    REQUIRE(listed.exit_code == 0);
    const std::string line = listed.output.substr(0, listed.output.find('\n'));
    CHECK(std::count(listed.output.begin(), listed.output.end(), '\n') == 1);
    const QJsonObject entry = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
    CHECK(entry.value(QStringLiteral("target")).toString().toStdString() == id);
    CHECK(entry.value(QStringLiteral("user")).toString() == QStringLiteral("gnd.tanguy"));
    CHECK(ronde::test::run_ronde_server({"audit", "verify", "--db", server.db}).exit_code == 0);
}

TEST_CASE("signing out asks first while changes wait, then revokes the token on the server") {
    Server server;
    Tablet tanguy(QStringLiteral("Tablette Tanguy"));
    REQUIRE(tanguy.signIn(server.url(), kTanguy));
    const std::string token =
        *tanguy.session.store()->credential(SyncWorker::kTokenCredential).value();
    tanguy.saveContact("Boulangerie Moreau");

    CHECK_FALSE(tanguy.controller.signOut(false));  // one change waits: the page asks
    CHECK(tanguy.controller.signedIn());
    REQUIRE(tanguy.controller.signOut(true));
    REQUIRE(wait_until([&] { return !tanguy.controller.busy(); }, kWaitMs));
    CHECK_FALSE(tanguy.controller.signedIn());
    CHECK(tanguy.session.outboxSize() == 1);  // kept for the next sign-in
    CHECK_FALSE(tanguy.session.store()->credential(SyncWorker::kTokenCredential).value());
    CHECK(tanguy.status.state() == SyncStatus::SignInNeeded);
    // The old token no longer opens anything.
    CHECK(server.process->client().get("/api/v1/sync/pull?since=0", token).status == 401);

    // Signing in again sends what waited.
    REQUIRE(tanguy.signIn(server.url(), kTanguy));
    CHECK(tanguy.controller.lastOutcome() == sync::Outcome::ok);
    CHECK(tanguy.session.outboxSize() == 0);

    SECTION("another account cannot sign in over changes still waiting") {
        tanguy.saveContact("Café du Marché");
        REQUIRE(tanguy.controller.signOut(true));
        REQUIRE(wait_until([&] { return !tanguy.controller.busy(); }, kWaitMs));
        CHECK_FALSE(tanguy.signIn(server.url(), kBenali));
        CHECK(tanguy.controller.signInError().contains(QStringLiteral("gnd.tanguy")));
    }
}

TEST_CASE("a save starts a sync by itself after the delay") {
    Server server;
    Tablet tanguy(QStringLiteral("Tablette Tanguy"));
    REQUIRE(tanguy.signIn(server.url(), kTanguy));
    tanguy.controller.setSaveDelay(50ms);
    tanguy.saveContact("Librairie Le Failler");
    REQUIRE(wait_until([&] { return tanguy.status.pendingCount() == 0; }, kWaitMs));
    CHECK(tanguy.controller.lastOutcome() == sync::Outcome::ok);
}

TEST_CASE("locking or quitting during a request that gets no answer does not wait for it") {
    Server server;
    // Accepts connections (the kernel does) and never answers.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    const QString silentUrl = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
    auto tanguy = std::make_unique<Tablet>(QStringLiteral("Tablette Tanguy"));
    REQUIRE(tanguy->signIn(server.url(), kTanguy));
    tanguy->controller.setRequestTimeout(std::chrono::hours(1));
    REQUIRE(tanguy->settings.setServerUrl(silentUrl).isEmpty());
    tanguy->saveContact("Cordonnerie");

    SECTION("lock") {
        tanguy->controller.syncNow();
        REQUIRE(wait_until([&] { return silent.hasPendingConnections(); }, kWaitMs));
        tanguy->session.lock();
        // The ctest timeout would catch a wait for the hour-long timeout.
        REQUIRE(wait_until([&] { return !tanguy->controller.busy(); }, kWaitMs));
        CHECK(tanguy->status.state() != SyncStatus::Syncing);
        REQUIRE(tanguy->session.unlockNow(QStringLiteral("482913")));
        CHECK(tanguy->session.outboxSize() == 1);
    }
    SECTION("quit") {
        tanguy->controller.syncNow();
        tanguy.reset();  // joins the sync thread
        SUCCEED();
    }
}
