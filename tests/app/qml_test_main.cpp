// The Qt Quick Test runner of the app: the Ronde.Core and Ronde.Ui modules
// linked in, the services built once with throwaway settings and handed to
// every test file's engine, as main() does in the app. The device store is a
// real encrypted file in a temporary folder, unlocked with PIN 123456 and
// seeded with the demo shopping centre around the manual position (the
// demo track's start): the UI tests drive real pages, controllers and store.
#include "app_settings.hpp"
#include "demo_data.hpp"
#include "position_provider.hpp"
#include "store_session.hpp"
#include "supervisor_client.hpp"
#include "sync_controller.hpp"
#include "sync_status.hpp"

#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

Q_IMPORT_QML_PLUGIN(Ronde_CorePlugin)
Q_IMPORT_QML_PLUGIN(Ronde_UiPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // Qt Quick Test's environment hides the position plugins unless
        // they were looked up first (BUILD-NOTES).
        QGeoPositionInfoSource::availableSources();
        settings_ = std::make_unique<ronde::app::AppSettings>(std::make_unique<QSettings>(
            dir_.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        position_ = std::make_unique<ronde::app::PositionProvider>(nullptr);
        sync_ = std::make_unique<ronde::app::SyncStatus>(nullptr);
        ronde::app::AppSettings::provide(settings_.get());
        ronde::app::PositionProvider::provide(position_.get());
        ronde::app::SyncStatus::provide(sync_.get());

        position_->setManualPosition(ronde::app::demo::kOriginLat, ronde::app::demo::kOriginLon);
        session_ = std::make_unique<ronde::app::StoreSession>(
            dir_.filePath(QStringLiteral("ronde.db")), nullptr);
        session_->setKeyParams({1, 1024, 1});  // a cheap key: the tests are about the UI
        if (!session_->unlockNow(QStringLiteral("123456"))) {
            qFatal("test store: %s", qPrintable(session_->errorText()));
        }
        if (auto failed = ronde::app::demo::seed(*session_->store(), ronde::app::demo::kOriginLat,
                                                 ronde::app::demo::kOriginLon, false)) {
            qFatal("demo data: %s", failed->message.c_str());
        }
        ronde::app::StoreSession::provide(session_.get());
        // No server: the sign-in tests meet a refused connection, answered at
        // once (no waits between attempts).
        controller_ = std::make_unique<ronde::app::SyncController>(session_.get(), sync_.get(),
                                                                   settings_.get(), nullptr);
        ronde::sync::EngineOptions options;
        options.retry.max_attempts = 1;
        controller_->setEngineOptions(options);
        controller_->setAutoSyncInterval(std::chrono::milliseconds(0));
        ronde::app::SyncController::provide(controller_.get());
        supervisor_ = std::make_unique<ronde::app::SupervisorClient>(settings_.get(), nullptr);
        supervisor_->followSignIn(controller_.get(), session_.get());
        ronde::app::SupervisorClient::provide(supervisor_.get());
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<ronde::app::AppSettings> settings_;
    std::unique_ptr<ronde::app::PositionProvider> position_;
    std::unique_ptr<ronde::app::SyncStatus> sync_;
    std::unique_ptr<ronde::app::StoreSession> session_;
    std::unique_ptr<ronde::app::SyncController> controller_;
    std::unique_ptr<ronde::app::SupervisorClient> supervisor_;
};

QUICK_TEST_MAIN_WITH_SETUP(ronde_app_qml, Setup)

#include "qml_test_main.moc"
