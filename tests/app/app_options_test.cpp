// The command line of `ronde`.
#include "app_options.hpp"

#include <catch2/catch.hpp>

using ronde::app::parseAppOptions;

TEST_CASE("the demo command line is understood", "[options]") {
    const auto parsed = parseAppOptions({"ronde", "--demo", "--server", "http://127.0.0.1:8080",
                                         "--nmea", "mobile/demo/shopping-centre.nmea"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->demo);
    CHECK(parsed.options->serverUrl == "http://127.0.0.1:8080");
    CHECK(parsed.options->nmeaFile == "mobile/demo/shopping-centre.nmea");
    CHECK(parsed.options->page == "home");
}

TEST_CASE("the screenshot command line is understood", "[options]") {
    const auto parsed = parseAppOptions({"ronde", "--screenshot", "out.png", "--page", "settings",
                                         "--size", "1280x800", "--lang", "en", "--theme", "dark"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->screenshot == "out.png");
    CHECK(parsed.options->page == "settings");
    CHECK(parsed.options->size == QSize(1280, 800));
    CHECK(parsed.options->language == "en");
    CHECK(parsed.options->theme == "dark");
}

TEST_CASE("bad command lines are refused with a message", "[options]") {
    for (const QStringList& args :
         {QStringList{"ronde", "--size", "big"}, QStringList{"ronde", "--lang", "de"},
          QStringList{"ronde", "--theme", "pink"}, QStringList{"ronde", "--page", "nowhere"},
          QStringList{"ronde", "--frobnicate"}, QStringList{"ronde", "extra"}}) {
        const auto parsed = parseAppOptions(args);
        CHECK_FALSE(parsed.options);
        CHECK(parsed.exitCode == 2);
        CHECK_FALSE(parsed.message.isEmpty());
    }
}
