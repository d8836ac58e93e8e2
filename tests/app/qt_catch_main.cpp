// The main of the app's Catch2 tests: a QGuiApplication (offscreen unless the
// environment says otherwise), then Catch2. Qt types that need an event
// loop spin it themselves (see wait_until in app_test_support.hpp).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");  // also when ctest lists the tests
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Ronde"));
    QGuiApplication::setApplicationName(QStringLiteral("ronde-app-tests"));
    return Catch::Session().run(argc, argv);
}
