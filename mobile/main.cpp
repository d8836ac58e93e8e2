// ronde: the patrol app. Builds the services, hands them to QML as
// singletons, loads the Ronde.Ui window. Everything else lives in the
// Ronde.Core library (mobile/src) and the Ronde.Ui module (qml/).
#include "app_options.hpp"
#include "app_settings.hpp"
#include "demo_data.hpp"
#include "localizer.hpp"
#include "position_provider.hpp"
#include "screenshot.hpp"
#include "store_session.hpp"
#include "supervisor_client.hpp"
#include "sync_controller.hpp"
#include "sync_status.hpp"

#include <QtQml/qqmlextensionplugin.h>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(Ronde_CorePlugin)
Q_IMPORT_QML_PLUGIN(Ronde_UiPlugin)

using namespace ronde::app;

namespace {

// The user's settings; a separate store for the demo; a throwaway one for
// screenshots so that they never depend on this machine.
std::unique_ptr<QSettings> openSettings(const AppOptions& o, const QTemporaryDir& scratch) {
    if (!o.settingsFile.isEmpty()) {
        return std::make_unique<QSettings>(o.settingsFile, QSettings::IniFormat);
    }
    if (!o.screenshot.isEmpty()) {
        return std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    }
    if (o.demo) {
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                           QStringLiteral("Ronde"), QStringLiteral("ronde-demo"));
    }
    return std::make_unique<QSettings>();
}

// The device store: the user's, a separate one for the demo, a throwaway one
// for screenshots.
QString storePath(const AppOptions& o, const QTemporaryDir& scratch) {
    if (!o.screenshot.isEmpty()) {
        return scratch.filePath(QStringLiteral("ronde.db"));
    }
    if (!o.storeFile.isEmpty()) {
        QDir().mkpath(QFileInfo(o.storeFile).absolutePath());
        return o.storeFile;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(o.demo ? QStringLiteral("ronde-demo.db")
                                     : QStringLiteral("ronde.db"));
}

// Demo and screenshots open their store with a known PIN and fill it with
// the demo shopping centre (the screenshots' PIN page shows a locked one). A
// demo signed in to a server gets its data from there instead.
constexpr const char* kDemoPin = "000000";
bool openDemoStore(StoreSession& session, const AppOptions& o) {
    if (o.page == QLatin1String("pin")) {
        return true;
    }
    if (!session.unlockNow(QString::fromLatin1(kDemoPin))) {
        std::fprintf(stderr, "ronde: demo store: %s\n", qPrintable(session.errorText()));
        return false;
    }
    if (!o.demoAccount.isEmpty()) {
        return true;
    }
    if (auto failed = demo::seed(*session.store(), demo::kOriginLat, demo::kOriginLon, true)) {
        std::fprintf(stderr, "ronde: demo data: %s\n", failed->message.c_str());
        return false;
    }
    session.notifyChanged();
    return true;
}

// The first line of `path`, or nothing.
std::optional<QString> readPasswordFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return std::nullopt;
    }
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r'))) {
        line.chop(1);
    }
    return line;
}

AppSettings::ThemeChoice themeFromName(const QString& name) {
    if (name == QLatin1String("dark")) {
        return AppSettings::DarkTheme;
    }
    return name == QLatin1String("system") ? AppSettings::SystemTheme : AppSettings::LightTheme;
}

}  // namespace

int main(int argc, char* argv[]) {
    // A QApplication (Qt Widgets) rather than a QGuiApplication: the
    // supervisor's charts (Qt Charts) need one.
    QApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Ronde"));
    QGuiApplication::setApplicationName(QStringLiteral("ronde"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ronde"));
    QGuiApplication::setApplicationVersion(QStringLiteral(RONDE_VERSION));

    const ParsedOptions parsed = parseAppOptions(QGuiApplication::arguments());
    if (!parsed.options) {
        std::fprintf(parsed.exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(parsed.message));
        return parsed.exitCode;
    }
    const AppOptions& options = *parsed.options;

    QTemporaryDir scratch;
    AppSettings settings(openSettings(options, scratch));
    if (!options.language.isEmpty()) {
        settings.setLanguage(options.language);
    }
    if (!options.theme.isEmpty()) {
        settings.setTheme(themeFromName(options.theme));
    }
    if (!options.serverUrl.isEmpty()) {
        if (const QString problem = settings.setServerUrl(options.serverUrl); !problem.isEmpty()) {
            std::fprintf(stderr, "ronde: --server %s: %s\n", qPrintable(options.serverUrl),
                         qPrintable(problem));
            return 2;
        }
    }

    PositionProvider position(nullptr);
    if (!options.nmeaFile.isEmpty()) {
        if (!position.useNmeaFile(options.nmeaFile, options.demo)) {
            std::fprintf(stderr, "ronde: %s\n", qPrintable(position.statusText()));
            return 2;
        }
    } else {
        position.useSystemSource();  // without GPS: the manual fallback, with a status text
    }
    position.start();

    SyncStatus sync(nullptr);
    sync.watchNetwork();

    StoreSession session(storePath(options, scratch), nullptr);
    // Screenshots show the local demo store alone: no sync thread work.
    SyncController syncController(options.screenshot.isEmpty() ? &session : nullptr, &sync,
                                  &settings, nullptr);
    if (!options.demoAccount.isEmpty()) {
        const auto password = readPasswordFile(options.passwordFile);
        if (!password || password->isEmpty()) {
            std::fprintf(stderr, "ronde: --password-file %s: cannot read a password\n",
                         qPrintable(options.passwordFile));
            return 2;
        }
        if (settings.deviceName().isEmpty()) {
            settings.setDeviceName(QStringLiteral("Tablette de démonstration"));
        }
        syncController.setAutoSignIn(options.demoAccount, *password);
    }
    // The supervisor's screens query the server live with the sign-in's token.
    SupervisorClient supervisor(&settings, nullptr);
    if (options.supervisorTokenFile.isEmpty()) {
        supervisor.followSignIn(&syncController, &session);
    } else {
        // Screenshots and demos of the supervisor's screens, against a demo server.
        const auto token = readPasswordFile(options.supervisorTokenFile);
        if (!token || token->isEmpty()) {
            std::fprintf(stderr, "ronde: --supervisor-token-file %s: cannot read a token\n",
                         qPrintable(options.supervisorTokenFile));
            return 2;
        }
        supervisor.setCredentials(*token, QStringLiteral("supervisor"));
    }
    const auto applyLockDelay = [&] {
        session.setLockDelay(std::chrono::minutes(settings.lockDelayMinutes()));
    };
    applyLockDelay();
    QObject::connect(&settings, &AppSettings::lockDelayMinutesChanged, &session, applyLockDelay);
    QObject::connect(&session, &StoreSession::dataChanged, &sync,
                     [&] { sync.setPendingCount(session.outboxSize()); });
    session.watchUserActivity();
    if (options.demo || !options.screenshot.isEmpty()) {
        if (!options.screenshot.isEmpty()) {
            session.setKeyParams({1, 1024, 1});  // a throwaway store: no need for a slow key
        }
        if (!openDemoStore(session, options)) {
            return 1;
        }
        if (options.demo) {
            std::printf("ronde: demo store, PIN %s\n", kDemoPin);
            if (!options.demoAccount.isEmpty()) {
                std::printf("ronde: signing in to %s as %s\n", qPrintable(settings.serverUrl()),
                            qPrintable(options.demoAccount));
            }
        }
    }

    // The engine after the services: it must go first when main() returns.
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    Localizer localizer(&engine);
    const auto applyLanguage = [&] {
        localizer.apply(settings.language());
        position.retranslate();
        sync.retranslate();
        session.notifyChanged();  // the lists format their labels again
    };
    applyLanguage();
    QObject::connect(&settings, &AppSettings::languageChanged, &localizer, applyLanguage);

    AppSettings::provide(&settings);
    PositionProvider::provide(&position);
    SyncStatus::provide(&sync);
    StoreSession::provide(&session);
    SyncController::provide(&syncController);
    SupervisorClient::provide(&supervisor);

    QVariantMap initial{{QStringLiteral("startPage"), options.page}};
    if (options.size.isValid()) {
        initial.insert(QStringLiteral("width"), options.size.width());
        initial.insert(QStringLiteral("height"), options.size.height());
    }
    engine.setInitialProperties(initial);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Ronde/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }

    std::unique_ptr<ScreenshotTaker> screenshot;
    if (!options.screenshot.isEmpty()) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        if (window == nullptr) {
            return 1;
        }
        screenshot = std::make_unique<ScreenshotTaker>(window, options.screenshot);
    }
    return QGuiApplication::exec();
}
