// AppSettings: the server address rules, ranges, persistence and the
// language of its sentences.
#include "app_settings.hpp"
#include "formatting.hpp"
#include "localizer.hpp"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using ronde::app::AppSettings;
using ronde::app::Localizer;
using Check = AppSettings::UrlCheck;

namespace {

std::unique_ptr<QSettings> iniIn(const QTemporaryDir& dir) {
    return std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                       QSettings::IniFormat);
}

}  // namespace

TEST_CASE("https server addresses are accepted anywhere", "[settings]") {
    CHECK(AppSettings::checkServerUrl("https://ronde.gendarmerie.fr", false) == Check::Ok);
    CHECK(AppSettings::checkServerUrl("https://ronde.example.fr:8443/unite", false) == Check::Ok);
    CHECK(AppSettings::checkServerUrl("  ronde.example.fr  ", false) == Check::Ok);
}

TEST_CASE("plain http is accepted only to loopback unless allowed", "[settings]") {
    CHECK(AppSettings::checkServerUrl("http://127.0.0.1:8080", false) == Check::Ok);
    CHECK(AppSettings::checkServerUrl("http://127.8.0.1", false) == Check::Ok);
    CHECK(AppSettings::checkServerUrl("http://localhost:8080", false) == Check::Ok);
    CHECK(AppSettings::checkServerUrl("http://[::1]:8080", false) == Check::Ok);
    CHECK(AppSettings::checkServerUrl("http://192.168.1.20:8080", false) ==
          Check::PlainHttpRefused);
    CHECK(AppSettings::checkServerUrl("http://localhost.evil.example", false) ==
          Check::PlainHttpRefused);
    CHECK(AppSettings::checkServerUrl("http://ronde.example.fr", false) == Check::PlainHttpRefused);
    CHECK(AppSettings::checkServerUrl("http://ronde.example.fr", true) == Check::Ok);
}

TEST_CASE("malformed server addresses are refused with the reason", "[settings]") {
    CHECK(AppSettings::checkServerUrl("", false) == Check::Empty);
    CHECK(AppSettings::checkServerUrl("   ", false) == Check::Empty);
    CHECK(AppSettings::checkServerUrl("https://", false) == Check::Malformed);
    CHECK(AppSettings::checkServerUrl("https://ronde example.fr", false) == Check::Malformed);
    CHECK(AppSettings::checkServerUrl("https://ronde.example.fr/?token=x", false) ==
          Check::Malformed);
    CHECK(AppSettings::checkServerUrl("ftp://ronde.example.fr", false) == Check::UnsupportedScheme);
    CHECK(AppSettings::checkServerUrl("https://durand:secret@ronde.example.fr", false) ==
          Check::CredentialsInUrl);
}

TEST_CASE("server addresses are stored normalized", "[settings]") {
    CHECK(AppSettings::normalizedServerUrl(" HTTPS://Ronde.Example.FR/ ") ==
          "https://ronde.example.fr");
    CHECK(AppSettings::normalizedServerUrl("ronde.example.fr/unite/") ==
          "https://ronde.example.fr/unite");
}

TEST_CASE("a refused address keeps the old one and says why in French", "[settings]") {
    QTemporaryDir dir;
    AppSettings s(iniIn(dir));
    REQUIRE(s.setServerUrl("https://ronde.example.fr").isEmpty());
    QSignalSpy changed(&s, &AppSettings::serverUrlChanged);
    const QString problem = s.setServerUrl("http://10.0.0.5:8080");
    CHECK(
        problem.startsWith("Une connexion non chiffrée (http://) n'est permise que vers cet "
                           "appareil."));
    CHECK(s.serverUrl() == "https://ronde.example.fr");
    CHECK(changed.count() == 0);
    CHECK(s.serverUrlProblem("http://10.0.0.5:8080", s.allowPlainHttp()) == problem);

    s.setAllowPlainHttp(true);
    CHECK(s.serverUrlProblem("http://10.0.0.5:8080", s.allowPlainHttp()).isEmpty());
    CHECK(s.setServerUrl("http://10.0.0.5:8080").isEmpty());
    CHECK(changed.count() == 1);
}

TEST_CASE("settings have safe defaults and survive a restart", "[settings]") {
    QTemporaryDir dir;
    {
        AppSettings s(iniIn(dir));
        CHECK(s.language() == "fr");
        CHECK(s.theme() == AppSettings::LightTheme);
        CHECK_FALSE(s.darkTheme());
        CHECK(s.serverUrl().isEmpty());
        CHECK_FALSE(s.allowPlainHttp());
        CHECK(s.lockDelayMinutes() == AppSettings::kDefaultLockDelay);

        CHECK(s.setLanguage("en"));
        s.setTheme(AppSettings::DarkTheme);
        s.setLockDelayMinutes(10);
        s.setDeviceName("  Tablette   2 BTA Cesson ");
        REQUIRE(s.setServerUrl("https://ronde.example.fr").isEmpty());
    }
    AppSettings again(iniIn(dir));
    CHECK(again.language() == "en");
    CHECK(again.theme() == AppSettings::DarkTheme);
    CHECK(again.darkTheme());
    CHECK(again.lockDelayMinutes() == 10);
    CHECK(again.deviceName() == "Tablette 2 BTA Cesson");
    CHECK(again.serverUrl() == "https://ronde.example.fr");
}

TEST_CASE("out-of-range values are clamped or refused", "[settings]") {
    QTemporaryDir dir;
    AppSettings s(iniIn(dir));
    s.setLockDelayMinutes(0);
    CHECK(s.lockDelayMinutes() == AppSettings::kMinLockDelay);
    s.setLockDelayMinutes(24 * 60);
    CHECK(s.lockDelayMinutes() == AppSettings::kMaxLockDelay);
    CHECK_FALSE(s.setLanguage("de"));
    CHECK(s.language() == "fr");
    s.setDeviceName(QString(200, QLatin1Char('x')));
    CHECK(s.deviceName().size() == AppSettings::kMaxDeviceNameLength);
}

TEST_CASE("the theme signals only when the palette in use changes", "[settings]") {
    QTemporaryDir dir;
    AppSettings s(iniIn(dir));
    QSignalSpy dark(&s, &AppSettings::darkThemeChanged);
    s.setTheme(AppSettings::DarkTheme);
    CHECK(dark.count() == 1);
    s.setTheme(AppSettings::DarkTheme);
    CHECK(dark.count() == 1);
    s.setTheme(AppSettings::LightTheme);
    CHECK(dark.count() == 2);
}

TEST_CASE("the sentences switch to English with the language", "[settings][i18n]") {
    Localizer localizer;
    REQUIRE(localizer.apply("en"));
    const QString english = AppSettings::describe(Check::PlainHttpRefused);
    REQUIRE(localizer.apply("fr"));
    const QString french = AppSettings::describe(Check::PlainHttpRefused);
    CHECK(english.startsWith("An unencrypted connection (http://)"));
    CHECK(french.startsWith("Une connexion non chiffrée"));
    CHECK_FALSE(localizer.apply("de"));
}

TEST_CASE("dates and distances switch to English with the language", "[settings][i18n]") {
    namespace format = ronde::app::format;
    Localizer localizer;
    const auto now = format::now();
    REQUIRE(localizer.apply("en"));
    const QString today = format::dateTime(now, now);
    const QString yesterday = format::date(format::today() - std::chrono::days(1), format::today());
    REQUIRE(localizer.apply("fr"));
    CHECK(today.startsWith("today at "));
    CHECK(yesterday == "yesterday");
    CHECK(format::dateTime(now, now).startsWith(QString::fromUtf8("aujourd'hui à ")));
}
