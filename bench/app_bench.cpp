// app-bench: the patrol app on a full device, as issue 5 asks. Seeds an
// encrypted store with 100,000 local visits (5,000 of them today, 500 with an
// open follow-up) and 3,000 contacts around the demo origin, then starts the
// real QML UI on it in a fresh process and measures:
//   1. the start: store unlock, QML load, first frame of home (as main()
//      builds the services: keep the two in step);
//   2. today's visits: opening the page, then paging to the end of N pages
//      (time from the scroll to the next page's rows, and to the next frame);
//   3. the registry: the same;
//   4. the process RSS (now and peak).
// Prints figures and a JSON summary. Never fails on speed.
// The UI runs on the platform of QT_QPA_PLATFORM (offscreen when unset:
// software rendering; run it under xvfb-run for OpenGL).
// Usage: app-bench [--visits N] [--contacts N] [--today N] [--pages N] [--store DB]
//   --store DB: seed DB when it does not exist yet, and keep it (PIN 000000);
//   --measure DB: only the UI half, on a seeded store (profilers).
#include "app_settings.hpp"
#include "demo_data.hpp"
#include "localizer.hpp"
#include "position_provider.hpp"
#include "store_session.hpp"
#include "supervisor_client.hpp"
#include "sync_controller.hpp"
#include "sync_status.hpp"

#include "ronde/store/device_store.hpp"

#include <QtQml/qqmlextensionplugin.h>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <numbers>
#include <random>
#include <string>
#include <vector>

Q_IMPORT_QML_PLUGIN(Ronde_CorePlugin)
Q_IMPORT_QML_PLUGIN(Ronde_UiPlugin)

namespace {

using namespace ronde;
using Steady = std::chrono::steady_clock;

constexpr const char* kPin = "000000";

struct Options {
    int visits = 100'000;
    int contacts = 3'000;
    int today = 5'000;
    int followUps = 500;
    int pages = 20;
    std::string measure;  // the UI half, on this store
    std::string store;    // seed here (when absent) and keep it
};

double msSince(Steady::time_point start) {
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

// VmRSS and VmHWM of this process, in MB.
std::pair<double, double> rssMb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    double rss = 0;
    double hwm = 0;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            rss = std::atof(line.c_str() + 6) / 1024.0;
        } else if (line.rfind("VmHWM:", 0) == 0) {
            hwm = std::atof(line.c_str() + 6) / 1024.0;
        }
    }
    return {rss, hwm};
}

// --- seeding ------------------------------------------------------------------------

void seed(const std::string& path, const Options& o) {
    const auto start = Steady::now();
    auto opened = store::DeviceStore::open_with_pin(path, kPin, {}, {1, 1024, 1});
    if (!opened) {
        throw std::runtime_error("open: " + opened.error().message);
    }
    auto& st = *opened.value();
    if (auto failed =
            st.set_identity({app::demo::kDeviceId, app::demo::kUserId, app::demo::kUnitId})) {
        throw std::runtime_error("identity: " + failed->message);
    }
    std::mt19937_64 rng(7);
    const double lat0 = app::demo::kOriginLat;
    const double lon0 = app::demo::kOriginLon;
    const double eastScale = 111'320.0 * std::cos(lat0 * std::numbers::pi / 180.0);
    std::uniform_real_distribution<double> offset(-3000, 3000);
    const char* kinds[] = {"Boulangerie", "Pharmacie", "Tabac-presse", "Boucherie", "Fleuriste",
                           "Opticien",    "Coiffeur",  "Librairie",    "Mairie",    "Agence"};
    const char* names[] = {"Lefèvre", "Durand",  "Nguyen", "Benali", "Roussel",
                           "Martin",  "Le Gall", "Tanguy", "Moreau", "Girard"};
    std::vector<std::string> ids;
    auto tx = st.begin();
    for (int i = 0; i < o.contacts; ++i) {
        Contact c;
        c.category = i % 7 == 0 ? ContactCategory::business : ContactCategory::shopkeeper;
        c.organisation = std::string(kinds[i % 10]) + " " + std::to_string(i);
        c.person_name = std::string("M. ") + names[(i / 10) % 10];
        c.address = std::to_string(1 + i % 90) + " rue du Marché";
        c.commune = "Rennes";
        c.position = GeoPoint{lat0 + offset(rng) / 111'320.0, lon0 + offset(rng) / eastScale};
        auto id = st.save_contact(std::nullopt, c);
        if (!id) {
            throw std::runtime_error("contact: " + id.error().message);
        }
        ids.push_back(id.value());
    }
    if (auto failed = tx.value().commit()) {
        throw std::runtime_error("commit: " + failed->message);
    }
    // Today's visits between local midnight and now; the others over 90 days.
    const QDateTime now = QDateTime::currentDateTime();
    const std::int64_t nowMs = now.toMSecsSinceEpoch();
    const std::int64_t midnightMs = QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch();
    const std::int64_t dayMs = 24LL * 3600 * 1000;
    std::uniform_int_distribution<std::size_t> anyContact(0, ids.size() - 1);
    for (int i = 0; i < o.visits; i += 1000) {
        auto batch = st.begin();
        for (int j = i; j < std::min(o.visits, i + 1000); ++j) {
            Visit v;
            v.contact_id = ids[anyContact(rng)];
            const std::int64_t at =
                j < o.today ? midnightMs + (nowMs - midnightMs) * j / std::max(1, o.today)
                            : midnightMs - 1 - (90 * dayMs) * (j - o.today) / o.visits;
            v.occurred_at = Timestamp(std::chrono::milliseconds(at));
            v.position = VisitPosition{lat0 + offset(rng) / 111'320.0,
                                       lon0 + offset(rng) / eastScale, 8.0, PositionSource::gps};
            v.topics = {j % 3 == 0 ? Topic::shoplifting : Topic::incivility};
            v.actions = {Action::prevention_advice};
            v.climate = Climate::positive;
            v.note = "Échange de routine, rien à signaler de particulier.";
            if (j % std::max(1, o.visits / std::max(1, o.followUps)) == 0) {
                v.follow_up.needed = true;
                v.follow_up.summary = "Repasser voir le gérant";
            }
            if (auto id = st.save_visit(std::nullopt, v); !id) {
                throw std::runtime_error("visit: " + id.error().message);
            }
        }
        if (auto failed = batch.value().commit()) {
            throw std::runtime_error("commit: " + failed->message);
        }
    }
    std::printf("seeded %d contacts and %d visits (%d today, %d follow-ups) in %.1f s\n",
                o.contacts, o.visits, o.today, o.followUps, msSince(start) / 1000);
}

// --- the UI half ----------------------------------------------------------------------

QQuickItem* findItem(QQuickItem* item, const char* name) {
    if (item == nullptr) {
        return nullptr;
    }
    if (item->objectName() == QLatin1String(name) && item->isVisible()) {
        return item;
    }
    for (QQuickItem* child : item->childItems()) {
        if (QQuickItem* found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
template <class F>
bool waitFor(F done, int timeoutMs = 10000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Frames {
    int swapped = 0;
};

// Waits for the next frame of `window`.
void nextFrame(QQuickWindow* window, const Frames& frames) {
    const int before = frames.swapped;
    window->update();
    waitFor([&] { return frames.swapped > before; }, 5000);
}

struct ListFigures {
    double open_ms = 0;
    std::vector<double> page_ms;   // scroll to the next page's rows
    std::vector<double> frame_ms;  // scroll to the frame that shows them
    int rows = 0;
};

double median(std::vector<double> v) {
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
double maxOf(const std::vector<double>& v) {
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

ListFigures measureList(QQuickWindow* window, const Frames& frames, const char* page,
                        const char* listName, int pages) {
    ListFigures f;
    auto start = Steady::now();
    QMetaObject::invokeMethod(window, "open", Q_ARG(QString, QString::fromLatin1(page)));
    QQuickItem* list = nullptr;
    waitFor([&] {
        list = findItem(window->contentItem(), listName);
        return list != nullptr && list->property("count").toInt() > 0;
    });
    if (list == nullptr) {
        std::fprintf(stderr, "app-bench: no %s\n", listName);
        return f;
    }
    nextFrame(window, frames);
    f.open_ms = msSince(start);
    for (int i = 0; i < pages; ++i) {
        const int before = list->property("count").toInt();
        start = Steady::now();
        const double end =
            list->property("contentHeight").toDouble() - list->property("height").toDouble();
        list->setProperty("contentY", std::max(0.0, end));
        const bool more = waitFor([&] { return list->property("count").toInt() > before; }, 5000);
        if (!more) {
            break;  // the end of the list
        }
        f.page_ms.push_back(msSince(start));
        nextFrame(window, frames);
        f.frame_ms.push_back(msSince(start));
    }
    f.rows = list->property("count").toInt();
    QMetaObject::invokeMethod(window, "back");
    waitFor([] { return false; }, 400);  // the pop transition
    return f;
}

int measure(int argc, char** argv, const Options& o) {
    const auto start = Steady::now();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // A QApplication, as main() makes one (Qt Charts needs Qt Widgets).
    QApplication app(argc, argv);
    const double appMs = msSince(start);
    QTemporaryDir scratch;
    app::AppSettings settings(std::make_unique<QSettings>(
        scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    app::PositionProvider position(nullptr);
    position.setManualPosition(app::demo::kOriginLat, app::demo::kOriginLon);
    app::SyncStatus sync(nullptr);
    app::StoreSession session(QString::fromStdString(o.measure), nullptr);
    // No sync thread: the figures are the UI's.
    app::SyncController syncController(nullptr, &sync, &settings, nullptr);
    app::SupervisorClient supervisor(&settings, nullptr);
    if (!session.unlockNow(QString::fromLatin1(kPin))) {
        std::fprintf(stderr, "app-bench: unlock: %s\n", qPrintable(session.errorText()));
        return 1;
    }
    QObject::connect(&session, &app::StoreSession::dataChanged, &sync,
                     [&] { sync.setPendingCount(session.outboxSize()); });
    sync.setPendingCount(session.outboxSize());
    const double unlockMs = msSince(start);
    // The store queries behind home, alone (the first frame waits for them).
    struct Query {
        const char* name;
        double ms;
    };
    std::vector<Query> queries;
    {
        auto& st = *session.store();
        const double lat = app::demo::kOriginLat;
        const double lon = app::demo::kOriginLon;
        const auto timed = [&](const char* name, auto&& call) {
            const auto t = Steady::now();
            (void)call();
            queries.push_back({name, msSince(t)});
        };
        timed("outbox size", [&] { return st.outbox_size(); });
        timed("8 nearby contacts (2 km)", [&] { return st.nearby_contacts(lat, lon, 2000, 8); });
        timed("5 open follow-ups near me", [&] {
            return st.open_follow_ups_near(lat, lon, {5, 0});
        });
        timed("current patrol", [&] { return st.current_patrol(); });
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    app::Localizer localizer(&engine);
    localizer.apply(settings.language());
    app::AppSettings::provide(&settings);
    app::PositionProvider::provide(&position);
    app::SyncStatus::provide(&sync);
    app::StoreSession::provide(&session);
    app::SyncController::provide(&syncController);
    app::SupervisorClient::provide(&supervisor);
    engine.setInitialProperties({{QStringLiteral("width"), 412}, {QStringLiteral("height"), 915}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Ronde/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (window == nullptr) {
        return 1;
    }
    const double loadedMs = msSince(start);
    Frames frames;
    double firstFrameMs = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
        if (frames.swapped++ == 0) {
            firstFrameMs = msSince(start);
        }
    });
    if (!waitFor([&] { return frames.swapped > 0; }, 20000)) {
        std::fprintf(stderr, "app-bench: no frame in 20 s\n");
        return 1;
    }
    const auto [startRss, startHwm] = rssMb();
    // Home's lists are filled in the same pass; a second frame shows them.
    nextFrame(window, frames);
    QQuickItem* home = findItem(window->contentItem(), "newContactButton");

    const ListFigures visits = measureList(window, frames, "visits", "visitsList", o.pages);
    const ListFigures registry = measureList(window, frames, "registry", "registryList", o.pages);
    const auto [rss, hwm] = rssMb();

    std::printf("start (fresh process, %s):\n", qPrintable(QGuiApplication::platformName()));
    std::printf("  QApplication           %7.1f ms\n", appMs);
    std::printf("  store unlocked         %7.1f ms  (cheap test key: Argon2id not counted)\n",
                unlockMs);
    std::printf("  Main.qml loaded        %7.1f ms\n", loadedMs);
    std::printf("  first frame of home    %7.1f ms  (home %s)\n", firstFrameMs,
                home != nullptr ? "shown" : "NOT shown");
    std::printf("  RSS at first frame     %7.1f MB\n", startRss);
    std::printf("home's store queries, alone:\n");
    for (const Query& q : queries) {
        std::printf("  %-28s %6.1f ms\n", q.name, q.ms);
    }
    const auto printList = [](const char* name, const ListFigures& f) {
        std::printf(
            "%s: page open %.1f ms; %zu more pages, %d rows: next page median %.1f ms, "
            "max %.1f ms; with its frame median %.1f ms, max %.1f ms\n",
            name, f.open_ms, f.page_ms.size(), f.rows, median(f.page_ms), maxOf(f.page_ms),
            median(f.frame_ms), maxOf(f.frame_ms));
    };
    printList("today's visits", visits);
    printList("registry", registry);
    std::printf("RSS at the end %.1f MB, peak %.1f MB\n", rss, hwm);
    std::printf(
        "{\"first_frame_ms\": %.1f, \"unlock_ms\": %.1f, \"rss_first_frame_mb\": %.1f, "
        "\"visits_open_ms\": %.1f, \"visits_page_median_ms\": %.1f, \"visits_page_max_ms\": "
        "%.1f, \"registry_open_ms\": %.1f, \"registry_page_median_ms\": %.1f, "
        "\"registry_page_max_ms\": %.1f, \"rss_end_mb\": %.1f, \"rss_peak_mb\": %.1f}\n",
        firstFrameMs, unlockMs, startRss, visits.open_ms, median(visits.page_ms),
        maxOf(visits.page_ms), registry.open_ms, median(registry.page_ms), maxOf(registry.page_ms),
        rss, hwm);
    std::fflush(stdout);
    return 0;
}

int intArg(const char* text) {
    return std::max(0, std::atoi(text));
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--visits" && hasValue) {
            o.visits = intArg(argv[++i]);
        } else if (arg == "--contacts" && hasValue) {
            o.contacts = std::max(1, intArg(argv[++i]));
        } else if (arg == "--today" && hasValue) {
            o.today = intArg(argv[++i]);
        } else if (arg == "--pages" && hasValue) {
            o.pages = intArg(argv[++i]);
        } else if (arg == "--measure" && hasValue) {
            o.measure = argv[++i];
        } else if (arg == "--store" && hasValue) {
            o.store = argv[++i];
        } else {
            std::fprintf(stderr,
                         "usage: app-bench [--visits N] [--contacts N] [--today N] [--pages N] "
                         "[--store DB]\n");
            return 2;
        }
    }
    if (!o.measure.empty()) {
        return measure(argc, argv, o);
    }
    o.today = std::min(o.today, o.visits);
    QTemporaryDir dir;
    const std::string path =
        o.store.empty() ? dir.filePath(QStringLiteral("ronde.db")).toStdString() : o.store;
    try {
        if (o.store.empty() || !QFile::exists(QString::fromStdString(o.store))) {
            seed(path, o);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "app-bench: %s\n", e.what());
        return 1;
    }
    std::fflush(stdout);
    // The UI in a fresh process: its RSS is the app's, not the seeding's.
    const std::string pages = std::to_string(o.pages);
    const pid_t child = fork();
    if (child == 0) {
        execl("/proc/self/exe", argv[0], "--measure", path.c_str(), "--pages", pages.c_str(),
              static_cast<char*>(nullptr));
        std::perror("app-bench: exec");
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
