// The Qt Quick Test runner of the supervisor's screens. Its own main(): the
// dashboard's charts (Qt Charts) need a QApplication, which the app's QML
// test runner does not create (BUILD-NOTES). The screens talk to the real
// ronde-server on 127.0.0.1 with the demo unit (`ronde-server demo-seed`),
// signed in as its supervisor; the other services are built as in the app,
// with throwaway settings and a locked (empty) device store.
#include "app_settings.hpp"
#include "position_provider.hpp"
#include "ronde_server.hpp"
#include "store_session.hpp"
#include "supervisor_client.hpp"
#include "sync_status.hpp"

#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <QApplication>
#include <QObject>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <fstream>
#include <memory>

Q_IMPORT_QML_PLUGIN(Ronde_CorePlugin)
Q_IMPORT_QML_PLUGIN(Ronde_UiPlugin)

namespace {
constexpr const char* kPassword = "demo-mot-de-passe";
}

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        settings_ = std::make_unique<ronde::app::AppSettings>(std::make_unique<QSettings>(
            dir_.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        position_ = std::make_unique<ronde::app::PositionProvider>(nullptr);
        sync_ = std::make_unique<ronde::app::SyncStatus>(nullptr);
        session_ = std::make_unique<ronde::app::StoreSession>(
            dir_.filePath(QStringLiteral("ronde.db")), nullptr);
        ronde::app::AppSettings::provide(settings_.get());
        ronde::app::PositionProvider::provide(position_.get());
        ronde::app::SyncStatus::provide(sync_.get());
        ronde::app::StoreSession::provide(session_.get());

        // The demo unit on a server of its own, and its supervisor signed in.
        std::ofstream(server_dir_.file("pw.txt")) << kPassword << "\n";
        const std::string db = server_dir_.file("demo.db");
        const auto seeded = ronde::test::run_ronde_server(
            {"demo-seed", "--db", db, "--password-file", server_dir_.file("pw.txt")});
        if (seeded.exit_code != 0) {
            qFatal("demo-seed: %s", seeded.output.c_str());
        }
        server_ = std::make_unique<ronde::test::ServerProcess>(db, server_dir_.file("server.log"));
        const auto signedIn = ronde::test::login(server_->client(), "maj.kerleau", kPassword);
        client_ = std::make_unique<ronde::app::SupervisorClient>(nullptr, nullptr);
        client_->setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server_->port())), false);
        client_->setCredentials(QString::fromStdString(signedIn.token),
                                QStringLiteral("supervisor"));
        ronde::app::SupervisorClient::provide(client_.get());
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    QTemporaryDir dir_;
    ronde::test::TempDir server_dir_;
    std::unique_ptr<ronde::test::ServerProcess> server_;
    std::unique_ptr<ronde::app::AppSettings> settings_;
    std::unique_ptr<ronde::app::PositionProvider> position_;
    std::unique_ptr<ronde::app::SyncStatus> sync_;
    std::unique_ptr<ronde::app::StoreSession> session_;
    std::unique_ptr<ronde::app::SupervisorClient> client_;
};

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);  // before Qt Quick Test makes a QGuiApplication
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "ronde_supervisor_qml", QUICK_TEST_SOURCE_DIR,
                                      &setup);
}

#include "supervisor_qml_test_main.moc"
