// The supervisor's client and list models (SupervisorClient, the
// Supervisor*Model classes, SupervisorStats, SupervisorExport) against the
// real ronde-server on 127.0.0.1 with the demo unit (`ronde-server
// demo-seed`): paging by cursor, the filters, the statistics, the contacts
// to maintain, the follow-ups board, the unit's accounts (created, password
// reset), device revocation, an export streamed
// to a file, and the sentences of refusals.
#include "supervisor_client.hpp"
#include "app_test_support.hpp"
#include "ronde/hlc.hpp"
#include "ronde_server.hpp"
#include "supervisor_conflicts_model.hpp"
#include "supervisor_contacts_model.hpp"
#include "supervisor_devices_model.hpp"
#include "supervisor_export.hpp"
#include "supervisor_follow_ups_model.hpp"
#include "supervisor_stats.hpp"
#include "supervisor_users_model.hpp"
#include "supervisor_visits_model.hpp"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <fstream>
#include <memory>

using namespace ronde::app;
using ronde::app::test::wait_until;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
}  // namespace Catch

namespace {

constexpr int kWaitMs = 60000;  // bound of every wait; a passing test takes far less
constexpr const char* kPassword = "demo-mot-de-passe";

// The demo unit on a server of its own, and sessions of its accounts.
struct DemoServer {
    DemoServer() {
        { std::ofstream(dir.file("pw.txt")) << kPassword << "\n"; }
        const auto seeded = ronde::test::run_ronde_server(
            {"demo-seed", "--db", db, "--password-file", dir.file("pw.txt")});
        REQUIRE(seeded.exit_code == 0);
        process = std::make_unique<ronde::test::ServerProcess>(db, dir.file("server.log"));
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(process->port())); }
    ronde::test::DeviceSession login(const std::string& username) const {
        return ronde::test::login(process->client(), username, kPassword);
    }
    ronde::test::TempDir dir;
    std::string db = dir.file("demo.db");
    std::unique_ptr<ronde::test::ServerProcess> process;
};

// One server for the whole file: seeding takes a few seconds.
DemoServer& server() {
    static DemoServer s;
    return s;
}

// A client signed in as the demo's supervisor, with its users and communes read.
std::unique_ptr<SupervisorClient> supervisorClient() {
    auto client = std::make_unique<SupervisorClient>(nullptr, nullptr);
    client->setServer(server().url(), false);
    const auto session = server().login("maj.kerleau");
    client->setCredentials(QString::fromStdString(session.token), QStringLiteral("supervisor"));
    REQUIRE(wait_until([&] { return client->communesLoaded() && !client->userOptions().isEmpty(); },
                       kWaitMs));
    return client;
}

// Loads every page of `model` (fetchMore while the server has more).
void loadAll(SupervisorListModel& model) {
    REQUIRE(wait_until([&] { return model.loaded() && !model.loading(); }, kWaitMs));
    while (model.canFetchMore({})) {
        model.fetchMore({});
        REQUIRE(wait_until([&] { return !model.loading(); }, kWaitMs));
    }
    CHECK(model.errorText() == QString());
}

QVariantMap row(const SupervisorListModel& model, int r) {
    return model.get(r).toMap();
}

QString day(int daysAgo) {
    return QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate);
}

}  // namespace

TEST_CASE("the visit list pages by cursor through exactly the visits the statistics count") {
    auto client = supervisorClient();
    SupervisorVisitFilter filter;
    filter.setFromDate(day(41));
    filter.setToDate(day(0));
    SupervisorVisitsModel visits;
    QAbstractItemModelTester tester(&visits,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    visits.setClient(client.get());
    visits.setPageSize(7);  // several pages
    visits.setFilter(&filter);
    SupervisorStats stats;
    stats.setClient(client.get());
    stats.setFilter(&filter);
    loadAll(visits);
    REQUIRE(wait_until([&] { return stats.loaded() && !stats.loading(); }, kWaitMs));
    REQUIRE(stats.errorText().isEmpty());

    CHECK(visits.count() > 7);
    CHECK(visits.count() == stats.total());
    QSet<QString> ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < visits.count(); ++r) {
        const QVariantMap v = row(visits, r);
        ids.insert(v.value(QStringLiteral("visitId")).toString());
        const qint64 at = v.value(QStringLiteral("occurredAt")).toLongLong();
        CHECK(at <= previous);  // newest first
        previous = at;
        CHECK_FALSE(v.value(QStringLiteral("title")).toString().isEmpty());
        CHECK_FALSE(v.value(QStringLiteral("author")).toString().isEmpty());
    }
    CHECK(ids.size() == visits.count());  // no row twice across pages

    // Weeks of the period, their counts adding up to the total.
    int sum = 0;
    for (const QVariant& n : stats.weekCounts()) {
        sum += n.toInt();
    }
    CHECK(sum == stats.total());
    CHECK(stats.weekLabels().size() >= 6);
    CHECK(stats.weekLabels().constFirst().startsWith(QLatin1Char('S')));
    CHECK_FALSE(stats.topicLabels().isEmpty());
    CHECK_FALSE(stats.categoryLabels().isEmpty());
}

TEST_CASE("a topic filter lists the visits of that topic, as many as the statistics say") {
    auto client = supervisorClient();
    SupervisorVisitFilter all;
    all.setFromDate(day(41));
    all.setToDate(day(0));
    SupervisorStats stats;
    stats.setClient(client.get());
    stats.setFilter(&all);
    REQUIRE(wait_until([&] { return stats.loaded() && !stats.loading(); }, kWaitMs));
    REQUIRE_FALSE(stats.topicLabels().isEmpty());
    // The largest topic, in French as the chart labels it.
    const QString label = stats.topicLabels().constFirst();
    const int expected = stats.topicCounts().constFirst().toInt();
    QString code;
    for (const QVariant& o : all.topicOptions()) {
        if (o.toMap().value(QStringLiteral("label")).toString() == label) {
            code = o.toMap().value(QStringLiteral("value")).toString();
        }
    }
    REQUIRE_FALSE(code.isEmpty());

    SupervisorVisitFilter filter;
    filter.setFromDate(all.fromDate());
    filter.setToDate(all.toDate());
    filter.setTopic(code);
    SupervisorVisitsModel visits;
    visits.setClient(client.get());
    visits.setPageSize(200);
    visits.setFilter(&filter);
    loadAll(visits);
    CHECK(visits.count() == expected);
    for (int r = 0; r < visits.count(); ++r) {
        CHECK(row(visits, r).value(QStringLiteral("topicsText")).toString().contains(label));
    }
    CHECK(filter.activeCount() == 1);

    // A commune: every row is in it.
    const QString commune = QStringLiteral("Chantepie");
    filter.setTopic({});
    filter.setCommune(commune);
    REQUIRE(wait_until([&] { return visits.loaded() && !visits.loading(); }, kWaitMs));
    loadAll(visits);
    CHECK(visits.count() > 0);
    for (int r = 0; r < visits.count(); ++r) {
        CHECK(row(visits, r).value(QStringLiteral("commune")).toString() == commune);
    }
}

TEST_CASE("contacts to maintain are those not visited for the chosen days, oldest first") {
    auto client = supervisorClient();
    SupervisorContactsModel contacts;
    QAbstractItemModelTester tester(&contacts,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    contacts.setClient(client.get());
    contacts.setStaleDays(14);
    loadAll(contacts);
    REQUIRE(contacts.count() > 0);
    const qint64 bound = QDateTime::currentMSecsSinceEpoch() - 14LL * 24 * 3600 * 1000;
    bool seenVisited = false;
    for (int r = 0; r < contacts.count(); ++r) {
        const QVariantMap c = row(contacts, r);
        const qint64 last = c.value(QStringLiteral("lastVisitAt")).toLongLong();
        CHECK(last < bound);
        const auto freshness = static_cast<SupervisorContactsModel::Freshness>(
            c.value(QStringLiteral("freshness")).toInt());
        if (last == 0) {
            CHECK(freshness == SupervisorContactsModel::Never);
            CHECK_FALSE(seenVisited);  // never-visited first
        } else {
            seenVisited = true;
        }
    }

    // Every contact: more of them.
    const int stale = contacts.count();
    contacts.setStaleDays(0);
    REQUIRE(wait_until([&] { return contacts.loaded() && !contacts.loading(); }, kWaitMs));
    loadAll(contacts);
    CHECK(contacts.count() > stale);
}

TEST_CASE("freshness follows the age of the last visit") {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    using M = SupervisorContactsModel;
    CHECK(M::freshness(0, now) == M::Never);
    CHECK(M::freshness(now - 2 * day, now) == M::Recent);
    CHECK(M::freshness(now - 30 * day, now) == M::Recent);
    CHECK(M::freshness(now - 31 * day, now) == M::Month);
    CHECK(M::freshness(now - 90 * day, now) == M::Month);
    CHECK(M::freshness(now - 91 * day, now) == M::Old);
}

TEST_CASE("a follow-up is assigned, then closed, and leaves the open board") {
    auto client = supervisorClient();
    SupervisorFollowUpsModel open;
    open.setClient(client.get());
    loadAll(open);
    REQUIRE(open.count() > 0);
    const QString visitId = row(open, 0).value(QStringLiteral("visitId")).toString();

    // Assign to a patrol gendarme of the unit.
    QString tanguy;
    for (const QVariant& u : client->userOptions()) {
        if (u.toMap().value(QStringLiteral("label")).toString().contains(QLatin1String("Tanguy"))) {
            tanguy = u.toMap().value(QStringLiteral("value")).toString();
        }
    }
    REQUIRE_FALSE(tanguy.isEmpty());
    bool finished = false;
    bool ok = false;
    QObject::connect(&open, &SupervisorFollowUpsModel::actionFinished, [&](bool success) {
        finished = true;
        ok = success;
    });
    open.assign(0, tanguy);
    REQUIRE(wait_until([&] { return finished; }, kWaitMs));
    REQUIRE(ok);
    CHECK(row(open, 0).value(QStringLiteral("assigneeId")).toString() == tanguy);
    CHECK(row(open, 0).value(QStringLiteral("assignee")).toString() ==
          QStringLiteral("Gendarme Léa Tanguy"));

    // Their own board.
    SupervisorFollowUpsModel hers;
    hers.setClient(client.get());
    hers.setAssignee(tanguy);
    loadAll(hers);
    CHECK(hers.rowOf(visitId) >= 0);

    // Close: gone from the open board, on the closed one.
    const int before = open.count();
    finished = false;
    open.close(open.rowOf(visitId));
    REQUIRE(wait_until([&] { return finished; }, kWaitMs));
    REQUIRE(ok);
    CHECK(open.count() == before - 1);
    CHECK(open.rowOf(visitId) < 0);
    SupervisorFollowUpsModel done;
    done.setClient(client.get());
    done.setStatus(QStringLiteral("done"));
    loadAll(done);
    const int r = done.rowOf(visitId);
    REQUIRE(r >= 0);
    CHECK(row(done, r)
              .value(QStringLiteral("closedText"))
              .toString()
              .contains(QLatin1String("Kerleau")));
}

TEST_CASE("a revoked device loses its token at once") {
    auto client = supervisorClient();
    const auto patrol = server().login("gnd.benali");
    SupervisorDevicesModel devices;
    QAbstractItemModelTester tester(&devices,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    devices.setClient(client.get());
    loadAll(devices);
    const int r = devices.rowOf(QString::fromStdString(patrol.device_id));
    REQUIRE(r >= 0);
    CHECK(row(devices, r).value(QStringLiteral("user")).toString() ==
          QStringLiteral("Gendarme Karim Benali"));
    CHECK_FALSE(row(devices, r).value(QStringLiteral("revoked")).toBool());

    bool finished = false;
    QObject::connect(&devices, &SupervisorDevicesModel::actionFinished,
                     [&](bool) { finished = true; });
    devices.revoke(QString::fromStdString(patrol.device_id));
    REQUIRE(wait_until([&] { return finished; }, kWaitMs));
    CHECK(devices.actionError().isEmpty());
    CHECK(row(devices, r).value(QStringLiteral("revoked")).toBool());
    CHECK(server().process->client().get("/api/v1/sync/pull?since=0", patrol.token).status == 401);
}

namespace {
// Waits for the users model's next action to answer; returns its outcome.
bool waitAction(SupervisorUsersModel& users) {
    bool finished = false;
    bool ok = false;
    auto c = QObject::connect(&users, &SupervisorUsersModel::actionFinished, [&](bool success) {
        finished = true;
        ok = success;
    });
    REQUIRE(wait_until([&] { return finished; }, kWaitMs));
    QObject::disconnect(c);
    return ok;
}
}  // namespace

TEST_CASE("the commander lists the unit's accounts, creates one and resets a password") {
    auto client = supervisorClient();
    SupervisorUsersModel users;
    QAbstractItemModelTester tester(&users,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    users.setClient(client.get());
    loadAll(users);
    CHECK_FALSE(users.unitName().isEmpty());
    const int before = users.count();
    REQUIRE(before >= 4);  // three patrol accounts and the commander
    int kerleau = -1;
    for (int r = 0; r < users.count(); ++r) {
        if (row(users, r).value(QStringLiteral("username")) == QStringLiteral("maj.kerleau")) {
            kerleau = r;
        }
    }
    REQUIRE(kerleau >= 0);
    CHECK(row(users, kerleau).value(QStringLiteral("identityText")).toString() ==
          QString::fromUtf8("maj.kerleau · Commandement"));
    // The commander's own row: no "Désactiver" on it.
    CHECK(row(users, kerleau).value(QStringLiteral("ownAccount")).toBool());
    CHECK_FALSE(row(users, kerleau == 0 ? 1 : 0).value(QStringLiteral("ownAccount")).toBool());
    CHECK(row(users, kerleau)
              .value(QStringLiteral("statusText"))
              .toString()
              .startsWith(QStringLiteral("Dernier contact : ")));

    SECTION("what was typed is checked field by field before anything is sent") {
        CHECK_FALSE(users.createAccount(QStringLiteral("  "), QString::fromUtf8("léa tanguy"),
                                        QStringLiteral("patrol"), QStringLiteral("court"),
                                        QStringLiteral("court")));
        const QVariantMap errors = users.fieldErrors();
        CHECK(errors.contains(QStringLiteral("displayName")));
        CHECK(errors.contains(QStringLiteral("username")));
        CHECK(errors.value(QStringLiteral("password")).toString().contains(QStringLiteral("8")));
        CHECK_FALSE(users.acting());
        CHECK_FALSE(users.createAccount(QStringLiteral("Gendarme Test"), QStringLiteral("g.test"),
                                        QStringLiteral("patrol"), QStringLiteral("assez-long-1"),
                                        QStringLiteral("assez-long-2")));
        CHECK(users.fieldErrors().keys() == QStringList{QStringLiteral("confirmation")});
        CHECK_FALSE(users.createAccount(QStringLiteral("Gendarme Test"), QStringLiteral("g.test"),
                                        QStringLiteral("admin"), QStringLiteral("assez-long-1"),
                                        QStringLiteral("assez-long-1")));
        CHECK(users.fieldErrors().contains(QStringLiteral("role")));
        users.clearErrors();
        CHECK(users.fieldErrors().isEmpty());
    }

    SECTION("a new account appears in the list and can sign in; its username is taken then") {
        const QString name =
            QStringLiteral("g.nouveau.") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        REQUIRE(users.createAccount(QString::fromUtf8("Gendarme Élise Nouveau"), name.toUpper(),
                                    QStringLiteral("patrol"), QStringLiteral("provisoire-2026"),
                                    QStringLiteral("provisoire-2026")));
        CHECK(users.acting());
        REQUIRE(waitAction(users));
        loadAll(users);
        CHECK(users.count() == before + 1);
        bool listed = false;
        for (int r = 0; r < users.count(); ++r) {
            const QVariantMap values = row(users, r);
            if (values.value(QStringLiteral("username")) == name) {
                listed = true;
                CHECK(values.value(QStringLiteral("displayName")) ==
                      QString::fromUtf8("Gendarme Élise Nouveau"));
                CHECK(values.value(QStringLiteral("statusText")).toString() ==
                      QString::fromUtf8("Jamais connecté · Aucun appareil"));
            }
        }
        CHECK(listed);
        const auto session =
            ronde::test::login(server().process->client(), name.toStdString(), "provisoire-2026");
        CHECK_FALSE(session.token.empty());

        REQUIRE(users.createAccount(QStringLiteral("Autre"), name, QStringLiteral("patrol"),
                                    QStringLiteral("provisoire-2026"),
                                    QStringLiteral("provisoire-2026")));
        CHECK_FALSE(waitAction(users));
        INFO(users.actionError().toStdString());
        CHECK(users.fieldErrors()
                  .value(QStringLiteral("username"))
                  .toString()
                  .contains(QString::fromUtf8("déjà pris")));
        CHECK(users.actionError().isEmpty());
    }

    SECTION("a reset password replaces the old one at once") {
        const QString name =
            QStringLiteral("g.oubli.") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        REQUIRE(users.createAccount(QStringLiteral("Gendarme Oubli"), name,
                                    QStringLiteral("supervisor"), QStringLiteral("ancien-secret"),
                                    QStringLiteral("ancien-secret")));
        REQUIRE(waitAction(users));
        loadAll(users);
        int r = -1;
        for (int i = 0; i < users.count(); ++i) {
            if (row(users, i).value(QStringLiteral("username")) == name) {
                r = i;
            }
        }
        REQUIRE(r >= 0);
        CHECK(row(users, r).value(QStringLiteral("roleText")) == QStringLiteral("Commandement"));
        const QString id = row(users, r).value(QStringLiteral("userId")).toString();
        CHECK_FALSE(users.resetPassword(id, QStringLiteral("nouveau-secret"),
                                        QStringLiteral("nouveau-secre")));
        REQUIRE(users.resetPassword(id, QStringLiteral("nouveau-secret"),
                                    QStringLiteral("nouveau-secret")));
        REQUIRE(waitAction(users));
        const auto http = server().process->client();
        const std::string device = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        const auto attempt = [&](const char* password) {
            return http
                .post_json("/api/v1/auth/login", R"({"username":")" + name.toStdString() +
                                                     R"(","password":")" + password +
                                                     R"(","device":{"id":")" + device +
                                                     R"(","name":"Tablette"}})")
                .status;
        };
        CHECK(attempt("ancien-secret") == 401);
        CHECK(attempt("nouveau-secret") == 200);
    }

    SECTION("a disabled account cannot sign in nor be assigned, until it is enabled again") {
        const QString name =
            QStringLiteral("g.depart.") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        REQUIRE(users.createAccount(QStringLiteral("Gendarme Départ"), name,
                                    QStringLiteral("patrol"), QStringLiteral("secret-depart"),
                                    QStringLiteral("secret-depart")));
        REQUIRE(waitAction(users));
        const auto session =
            ronde::test::login(server().process->client(), name.toStdString(), "secret-depart");
        const auto rowOf = [&] {
            loadAll(users);
            for (int i = 0; i < users.count(); ++i) {
                if (row(users, i).value(QStringLiteral("username")) == name) {
                    return i;
                }
            }
            return -1;
        };
        int r = rowOf();
        REQUIRE(r >= 0);
        const QString id = row(users, r).value(QStringLiteral("userId")).toString();
        CHECK_FALSE(row(users, r).value(QStringLiteral("disabled")).toBool());
        const auto assignable = [&] {
            for (const QVariant& o : client->assigneeOptions()) {
                if (o.toMap().value(QStringLiteral("value")).toString() == id) {
                    return true;
                }
            }
            return false;
        };
        client->refreshUsers();
        REQUIRE(wait_until(assignable, kWaitMs));

        REQUIRE(users.setDisabled(id, true));
        REQUIRE(waitAction(users));
        r = rowOf();
        REQUIRE(r >= 0);
        CHECK(row(users, r).value(QStringLiteral("disabled")).toBool());
        CHECK(row(users, r)
                  .value(QStringLiteral("statusText"))
                  .toString()
                  .startsWith(QString::fromUtf8("Compte désactivé ")));
        const auto http = server().process->client();
        CHECK(http.get("/api/v1/sync/pull?since=0", session.token).status == 401);
        client->refreshUsers();
        CHECK(wait_until([&] { return !assignable(); }, kWaitMs));
        // The author filter still names it: its visits stay its own.
        bool author = false;
        for (const QVariant& o : client->authorOptions()) {
            author = author || o.toMap().value(QStringLiteral("value")).toString() == id;
        }
        CHECK(author);

        REQUIRE(users.setDisabled(id, false));
        REQUIRE(waitAction(users));
        r = rowOf();
        REQUIRE(r >= 0);
        CHECK_FALSE(row(users, r).value(QStringLiteral("disabled")).toBool());
        CHECK_FALSE(ronde::test::login(http, name.toStdString(), "secret-depart").token.empty());
    }
}

TEST_CASE("an export streams into the chosen file, and a refusal leaves no file") {
    auto client = supervisorClient();
    QTemporaryDir dir;
    SupervisorVisitFilter filter;
    filter.setLastDays(28);
    SupervisorExport exporter;
    exporter.setClient(client.get());
    exporter.setFilter(&filter);
    CHECK(exporter.suggestedName(SupervisorExport::VisitsCsv).endsWith(QLatin1String(".csv")));
    // The visits' exports take every filter of the visit screen.
    filter.setText(QStringLiteral("boulangerie"));
    filter.setFollowUp(QStringLiteral("none"));
    CHECK(exporter.query(SupervisorExport::VisitsCsv) == filter.query());
    CHECK(exporter.query(SupervisorExport::VisitsGeoJson) == filter.query());
    CHECK_FALSE(
        exporter.query(SupervisorExport::ContactsGeoJson).hasQueryItem(QStringLiteral("q")));
    filter.setText({});
    filter.setFollowUp({});

    const QString path = dir.filePath(QStringLiteral("visites.csv"));
    bool finished = false;
    bool ok = false;
    QObject::connect(&exporter, &SupervisorExport::finished, [&](bool success) {
        finished = true;
        ok = success;
    });
    exporter.start(SupervisorExport::VisitsCsv, QUrl::fromLocalFile(path));
    REQUIRE(wait_until([&] { return finished; }, kWaitMs));
    INFO(exporter.resultText().toStdString());
    REQUIRE(ok);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));  // UTF-8 with BOM
    CHECK(csv.count('\n') > 2);
    CHECK(exporter.bytes() == csv.size());
    CHECK(exporter.resultText().contains(QLatin1String("visites.csv")));

    // A patrol token: refused, in French, and nothing written.
    SupervisorClient patrolClient(nullptr, nullptr);
    patrolClient.setServer(server().url(), false);
    patrolClient.setCredentials(QString::fromStdString(server().login("gnd.tanguy").token),
                                QStringLiteral("supervisor"));  // claims too much
    SupervisorExport refused;
    refused.setClient(&patrolClient);
    finished = false;
    QObject::connect(&refused, &SupervisorExport::finished, [&](bool success) {
        finished = true;
        ok = success;
    });
    const QString other = dir.filePath(QStringLiteral("refus.geojson"));
    refused.start(SupervisorExport::ContactsGeoJson, QUrl::fromLocalFile(other));
    REQUIRE(wait_until([&] { return finished; }, kWaitMs));
    CHECK_FALSE(ok);
    CHECK(refused.resultText().contains(QLatin1String("commandement")));
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("the conflict log loads for a supervisor and is refused to a patrol account") {
    auto client = supervisorClient();
    SupervisorConflictsModel conflicts;
    conflicts.setClient(client.get());
    loadAll(conflicts);
    CHECK(conflicts.errorText().isEmpty());

    SupervisorClient patrolClient(nullptr, nullptr);
    patrolClient.setServer(server().url(), false);
    patrolClient.setCredentials(QString::fromStdString(server().login("mdl.rivoal").token),
                                QStringLiteral("supervisor"));
    SupervisorConflictsModel refused;
    refused.setClient(&patrolClient);
    REQUIRE(wait_until([&] { return refused.loaded() && !refused.loading(); }, kWaitMs));
    CHECK(refused.count() == 0);
    CHECK(refused.errorText() == SupervisorClient::sentence(ronde::make_error("forbidden", "")));
}

TEST_CASE("the supervisor screens need a supervisor role and a usable address") {
    SupervisorClient client(nullptr, nullptr);
    CHECK_FALSE(client.available());
    client.setCredentials(QStringLiteral("t0k3n"), QStringLiteral("patrol"));
    CHECK_FALSE(client.available());
    client.setCredentials(QStringLiteral("t0k3n"), QStringLiteral("supervisor"));
    CHECK(client.available());

    // Plain HTTP to another machine: refused before anything is sent.
    client.setServer(QUrl(QStringLiteral("http://192.0.2.7:8080")), false);
    SupervisorReply answer;
    bool called = false;
    const auto reply =
        client.get(QStringLiteral("/api/v1/visits"), {}, nullptr, [&](const SupervisorReply& r) {
            answer = r;
            called = true;
        });
    CHECK(reply == nullptr);
    REQUIRE(called);
    REQUIRE(answer.error);
    CHECK(answer.error->code == "insecure_transport");
    CHECK(answer.errorText.startsWith(QStringLiteral("Connexion non chiffrée refusée")));

    // An expired token: the screens hide until the app signs in again.
    client.setServer(server().url(), false);
    bool signInNeeded = false;
    QObject::connect(&client, &SupervisorClient::signInNeeded, [&] { signInNeeded = true; });
    called = false;
    client.get(QStringLiteral("/api/v1/visits"), {}, nullptr, [&](const SupervisorReply& r) {
        answer = r;
        called = true;
    });
    REQUIRE(wait_until([&] { return called; }, kWaitMs));
    CHECK(answer.status == 401);
    CHECK(signInNeeded);
    CHECK_FALSE(client.available());
}

namespace {

// The rows of `model` whose role `role` holds `value`.
QList<int> rowsWith(const SupervisorListModel& model, const QString& role, const QString& value) {
    QList<int> out;
    for (int r = 0; r < model.count(); ++r) {
        if (row(model, r).value(role).toString() == value) {
            out.append(r);
        }
    }
    return out;
}

// Every change a device pulls, by id (the last version of each).
QHash<QString, QJsonObject> pullAll(const std::string& token) {
    QHash<QString, QJsonObject> out;
    for (qint64 since = 0;;) {
        const auto r = server().process->client().get(
            "/api/v1/sync/pull?limit=1000&since=" + std::to_string(since), token);
        REQUIRE(r.status == 200);
        const QJsonObject page =
            QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
        for (const auto& c : page.value(u"changes").toArray()) {
            out.insert(c.toObject().value(u"id").toString(), c.toObject());
        }
        since = page.value(u"next_since").toInteger();
        if (!page.value(u"has_more").toBool()) {
            return out;
        }
    }
}

std::string stampAt(std::int64_t wallMs, std::uint64_t node) {
    ronde::HlcStamp s;
    s.wall_ms = wallMs;
    s.node = node;
    return s.to_string();
}

}  // namespace

TEST_CASE("the pickers list the unit's accounts by display name") {
    auto client = supervisorClient();
    QStringList labels;
    for (const QVariant& o : client->authorOptions()) {
        labels.append(o.toMap().value(QStringLiteral("label")).toString());
    }
    CHECK(labels ==
          QStringList{QStringLiteral("Tous les gendarmes"), QStringLiteral("Gendarme Karim Benali"),
                      QStringLiteral("Gendarme Léa Tanguy"), QStringLiteral("Major Yann Kerleau"),
                      QStringLiteral("Maréchal des logis-chef Thomas Rivoal")});
    CHECK(client->assigneeOptions().size() == 5);
    CHECK(client->userName(QString::fromStdString(server().login("gnd.tanguy").user_id)) ==
          QStringLiteral("Gendarme Léa Tanguy"));
}

TEST_CASE("visit rows name their author and contact from the items, at once") {
    // Rows built as soon as the first page arrives, before the client has
    // read the unit's accounts or contacts: the names come with the visits.
    SupervisorClient bare(nullptr, nullptr);
    bare.setServer(server().url(), false);
    SupervisorVisitFilter filter;
    filter.setLastDays(42);
    SupervisorVisitsModel visits;
    visits.setClient(&bare);
    visits.setFilter(&filter);
    bare.setCredentials(QString::fromStdString(server().login("maj.kerleau").token),
                        QStringLiteral("supervisor"));
    loadAll(visits);
    REQUIRE(visits.count() > 0);
    int named = 0;
    for (int r = 0; r < visits.count(); ++r) {
        const QVariantMap v = row(visits, r);
        CHECK_FALSE(v.value(QStringLiteral("author")).toString().isEmpty());
        CHECK_FALSE(v.value(QStringLiteral("title")).toString().isEmpty());
        CHECK(v.value(QStringLiteral("title")).toString() != QStringLiteral("Contact"));
        if (!v.value(QStringLiteral("contactId")).toString().isEmpty()) {
            CHECK_FALSE(v.value(QStringLiteral("commune")).toString().isEmpty());
            ++named;
        }
    }
    CHECK(named > 0);
}

TEST_CASE("the commune picker offers the communes of the demo's contacts") {
    auto client = supervisorClient();
    const QStringList communes = client->communes();
    CHECK(communes.contains(QStringLiteral("Chantepie")));
    CHECK(communes.contains(QStringLiteral("Cesson-Sévigné")));
    CHECK(communes.size() == QSet<QString>(communes.cbegin(), communes.cend()).size());
    const QVariantList options = client->communeOptions();
    REQUIRE(options.size() == communes.size() + 1);
    CHECK(options.first().toMap().value(QStringLiteral("value")).toString().isEmpty());
    CHECK(options.at(1).toMap().value(QStringLiteral("label")).toString() == communes.first());
}

TEST_CASE("the demo unit has a conflict to review") {
    auto client = supervisorClient();
    SupervisorConflictsModel conflicts;
    conflicts.setClient(client.get());
    loadAll(conflicts);
    const QList<int> rows =
        rowsWith(conflicts, QStringLiteral("lostValue"), QStringLiteral("02 61 91 00 01"));
    REQUIRE(rows.size() == 1);
    const QVariantMap c = row(conflicts, rows.first());
    CHECK(c.value(QStringLiteral("keptValue")).toString() == QStringLiteral("02 61 91 00 10"));
    // The server names the contact; the app no longer reads the registry.
    CHECK(
        c.value(QStringLiteral("recordText")).toString().startsWith(QStringLiteral("Contact · ")));
    CHECK(c.value(QStringLiteral("recordText")).toString().size() > 10);
    CHECK(c.value(QStringLiteral("keptBy")).toString().contains(QStringLiteral("Rivoal")));
    CHECK(c.value(QStringLiteral("lostBy")).toString().contains(QStringLiteral("Tanguy")));
}

TEST_CASE(
    "two devices edit one phone: the supervisor keeps the overwritten value, devices pull it") {
    auto client = supervisorClient();
    const auto first = server().login("mdl.rivoal");
    const auto second = server().login("gnd.benali");
    auto http = server().process->client();
    const QString contact = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const std::string id = contact.toStdString();
    const auto push = [&](const ronde::test::DeviceSession& who, const std::string& change) {
        const std::string body = R"({"protocol":1,"batch_id":")" +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString() +
                                 R"(","changes":[)" + change + "]}";
        const auto r = http.post_json("/api/v1/sync/push", body, who.token);
        INFO(r.body);
        REQUIRE(r.status == 200);
        CHECK(r.body.find("\"applied\"") != std::string::npos);
    };
    const std::int64_t now = ronde::system_millis();
    push(first, R"({"entity":"contact","id":")" + id + R"(","hlc":")" + stampAt(now, 0xa1) +
                    R"(","deleted":false,"data":{"category":"shopkeeper","organisation":)"
                    R"("Tabac de la Gare","commune":"Cesson-Sévigné"}})");
    // Both offline, both correct the phone; the later stamp wins.
    push(first, R"({"entity":"contact","id":")" + id + R"(","hlc":")" + stampAt(now + 2000, 0xa1) +
                    R"(","data":{"phone":"02 61 91 00 22"}})");
    push(second, R"({"entity":"contact","id":")" + id + R"(","hlc":")" + stampAt(now + 1000, 0xb2) +
                     R"(","data":{"phone":"02 61 91 00 33"}})");

    SupervisorConflictsModel conflicts;
    conflicts.setClient(client.get());
    loadAll(conflicts);
    const QList<int> rows =
        rowsWith(conflicts, QStringLiteral("lostValue"), QStringLiteral("02 61 91 00 33"));
    REQUIRE(rows.size() == 1);
    const int r = rows.first();
    CHECK(row(conflicts, r).value(QStringLiteral("keptValue")).toString() ==
          QStringLiteral("02 61 91 00 22"));
    CHECK(row(conflicts, r).value(QStringLiteral("fieldText")).toString() ==
          QStringLiteral("Téléphone"));
    CHECK(row(conflicts, r).value(QStringLiteral("recordText")).toString() ==
          QStringLiteral("Contact · Tabac de la Gare"));
    CHECK_FALSE(row(conflicts, r).value(QStringLiteral("resolved")).toBool());

    bool finished = false;
    bool ok = false;
    QObject::connect(&conflicts, &SupervisorConflictsModel::actionFinished, [&](bool success) {
        finished = true;
        ok = success;
    });
    // Each side says who wrote it and when.
    CHECK(row(conflicts, r)
              .value(QStringLiteral("keptBy"))
              .toString()
              .contains(QStringLiteral(", ")));
    conflicts.resolve(row(conflicts, r).value(QStringLiteral("conflictId")).toString(),
                      QStringLiteral("lost"));
    REQUIRE(wait_until([&] { return finished; }, kWaitMs));
    CHECK(ok);
    CHECK(conflicts.actionError().isEmpty());
    CHECK(row(conflicts, r).value(QStringLiteral("resolved")).toBool());

    // The next pull of either device gets the value chosen.
    for (const auto& device : {first, second}) {
        const QJsonObject pulled = pullAll(device.token).value(contact);
        CHECK(pulled.value(u"data").toObject().value(u"phone").toString() ==
              QStringLiteral("02 61 91 00 33"));
    }
    // Resolving twice: refused, in French.
    finished = false;
    conflicts.reload();
    loadAll(conflicts);
    const QList<int> again =
        rowsWith(conflicts, QStringLiteral("lostValue"), QStringLiteral("02 61 91 00 33"));
    REQUIRE(again.size() == 1);
    CHECK(row(conflicts, again.first()).value(QStringLiteral("resolved")).toBool());
    conflicts.resolve(row(conflicts, again.first()).value(QStringLiteral("conflictId")).toString(),
                      QStringLiteral("kept"));
    REQUIRE(wait_until([&] { return finished; }, kWaitMs));
    CHECK_FALSE(ok);
    CHECK_FALSE(conflicts.actionError().isEmpty());
}
