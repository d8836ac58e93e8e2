// The supervisor's client and list models (SupervisorClient, the
// Supervisor*Model classes, SupervisorStats, SupervisorExport) against the
// real ronde-server on 127.0.0.1 with the demo unit (`ronde-server
// demo-seed`): paging by cursor, the filters, the statistics, the contacts
// to maintain, the follow-ups board, device revocation, an export streamed
// to a file, and the sentences of refusals.
#include "supervisor_client.hpp"
#include "app_test_support.hpp"
#include "ronde_server.hpp"
#include "supervisor_conflicts_model.hpp"
#include "supervisor_contacts_model.hpp"
#include "supervisor_devices_model.hpp"
#include "supervisor_export.hpp"
#include "supervisor_follow_ups_model.hpp"
#include "supervisor_stats.hpp"
#include "supervisor_visits_model.hpp"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

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

// A client signed in as the demo's supervisor, with its users and contacts read.
std::unique_ptr<SupervisorClient> supervisorClient() {
    auto client = std::make_unique<SupervisorClient>(nullptr, nullptr);
    client->setServer(server().url(), false);
    const auto session = server().login("maj.kerleau");
    client->setCredentials(QString::fromStdString(session.token), QStringLiteral("supervisor"));
    REQUIRE(wait_until([&] { return client->contactsLoaded() && !client->userOptions().isEmpty(); },
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
    devices.revoke(r);
    REQUIRE(wait_until([&] { return finished; }, kWaitMs));
    CHECK(devices.actionError().isEmpty());
    CHECK(row(devices, r).value(QStringLiteral("revoked")).toBool());
    CHECK(server().process->client().get("/api/v1/sync/pull?since=0", patrol.token).status == 401);
}

TEST_CASE("an export streams into the chosen file, and a refusal leaves no file") {
    auto client = supervisorClient();
    QTemporaryDir dir;
    SupervisorVisitFilter filter;
    filter.setLastDays(28);
    filter.setText(QStringLiteral("ignored by the export"));
    SupervisorExport exporter;
    exporter.setClient(client.get());
    exporter.setFilter(&filter);
    CHECK(exporter.suggestedName(SupervisorExport::VisitsCsv).endsWith(QLatin1String(".csv")));
    CHECK_FALSE(exporter.query(SupervisorExport::VisitsCsv).hasQueryItem(QStringLiteral("q")));

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
