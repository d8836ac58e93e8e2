// The Qt Quick Test runner of the app: the Ronde.Core and Ronde.Ui modules
// linked in, the services built once with throwaway settings and handed to
// every test file's engine, as main() does in the app.
#include "app_settings.hpp"
#include "position_provider.hpp"
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
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<ronde::app::AppSettings> settings_;
    std::unique_ptr<ronde::app::PositionProvider> position_;
    std::unique_ptr<ronde::app::SyncStatus> sync_;
};

QUICK_TEST_MAIN_WITH_SETUP(ronde_app_qml, Setup)

#include "qml_test_main.moc"
