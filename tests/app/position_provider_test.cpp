// PositionProvider driven by real NMEA logs through QNmeaPositionInfoSource.
#include "position_provider.hpp"
#include "app_test_support.hpp"
#include "localizer.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using ronde::app::PositionProvider;
using ronde::app::test::demo_track;
using ronde::app::test::wait_until;

namespace {

QString nmeaChecksum(const QByteArray& body) {
    char x = 0;
    for (const char c : body) {
        x = static_cast<char>(x ^ c);
    }
    return QStringLiteral("%1")
        .arg(static_cast<unsigned char>(x), 2, 16, QLatin1Char('0'))
        .toUpper();
}

// A one-line log written to a temporary file: a GGA+RMC fix with `hdop`.
QString writeFix(const QTemporaryDir& dir, const QString& name, const QByteArray& hdop) {
    const QByteArray gga =
        "GPGGA,101500.00,4807.1580,N,00136.1740,W,1,08," + hdop + ",38.0,M,48.5,M,,";
    const QByteArray rmc = "GPRMC,101500.00,A,4807.1580,N,00136.1740,W,0.00,0.0,211126,,,A";
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    for (const auto& body : {gga, rmc}) {
        f.write("$" + body + "*" + nmeaChecksum(body).toLatin1() + "\r\n");
    }
    return path;
}

}  // namespace

TEST_CASE("the demo track gives a GPS fix in Cesson-Sévigné with its accuracy", "[position]") {
    PositionProvider p(nullptr);
    REQUIRE(p.useNmeaFile(demo_track()));
    p.start();
    REQUIRE(wait_until([&] { return p.hasPosition(); }, 5000));
    CHECK(p.origin() == PositionProvider::Gps);
    CHECK(p.originCode() == QStringLiteral("gps"));
    CHECK(p.latitude() == Approx(48.1193).margin(0.0005));
    CHECK(p.longitude() == Approx(-1.6029).margin(0.0005));
    // Outdoors at the start: HDOP about 1, times the receiver's 5 m UERE.
    CHECK(p.horizontalAccuracy() > 2.0);
    CHECK(p.horizontalAccuracy() < 8.0);
    CHECK(p.quality() == PositionProvider::Good);
    CHECK(p.statusText().startsWith(QStringLiteral("Position GPS à ± ")));
    CHECK(p.detailText() == QStringLiteral("Trace NMEA enregistrée"));
    CHECK(p.ageSeconds() >= 0);
    CHECK(p.ageSeconds() <= 1);
}

TEST_CASE("the demo track is replayed at one fix per second", "[position]") {
    PositionProvider p(nullptr);
    REQUIRE(p.useNmeaFile(demo_track()));
    QSignalSpy updates(&p, &PositionProvider::positionChanged);
    p.start();
    REQUIRE(wait_until([&] { return updates.count() >= 3; }, 6000));
    const QDateTime third = p.fixTime();
    CHECK(third.isValid());
    CHECK(third.date() == QDate(2026, 11, 21));
    CHECK(third.time() >= QTime(9, 30, 1));
    CHECK(third.time() <= QTime(9, 30, 3));
}

TEST_CASE("an accuracy from a poor HDOP is reported as poor", "[position]") {
    QTemporaryDir dir;
    PositionProvider p(nullptr);
    REQUIRE(p.useNmeaFile(writeFix(dir, "poor.nmea", "12.0")));
    p.start();
    REQUIRE(wait_until([&] { return p.hasPosition(); }, 5000));
    CHECK(p.horizontalAccuracy() == Approx(60.0));
    CHECK(p.quality() == PositionProvider::Poor);
    CHECK(p.accuracyText() == QStringLiteral("± 60 m"));
}

TEST_CASE("a fix with no update for longer than the limit becomes stale", "[position]") {
    QTemporaryDir dir;
    PositionProvider p(nullptr);
    p.setStaleAfterSeconds(1);
    REQUIRE(p.useNmeaFile(writeFix(dir, "one.nmea", "1.0")));
    p.start();
    REQUIRE(wait_until([&] { return p.hasPosition(); }, 5000));
    CHECK(p.quality() == PositionProvider::Good);
    REQUIRE(wait_until([&] { return p.quality() == PositionProvider::Stale; }, 4000));
    CHECK(p.ageSeconds() >= 2);
    CHECK(p.statusText().startsWith(QStringLiteral("Dernière position GPS il y a ")));
    CHECK(p.detailText() == p.statusText());
}

TEST_CASE("a manual position pins the position until the user goes back to GPS", "[position]") {
    PositionProvider p(nullptr);
    REQUIRE(p.useNmeaFile(demo_track()));
    p.start();
    REQUIRE(wait_until([&] { return p.hasPosition(); }, 5000));

    REQUIRE(p.setManualPositionText(QStringLiteral("48,1300 ; -1,6100")).isEmpty());
    CHECK(p.origin() == PositionProvider::Manual);
    CHECK(p.originCode() == QStringLiteral("manual"));
    CHECK(p.latitude() == Approx(48.13));
    CHECK(p.longitude() == Approx(-1.61));
    CHECK(p.horizontalAccuracy() < 0);
    CHECK(p.statusText() == QStringLiteral("Position saisie à la main"));

    // GPS updates keep arriving and do not move it.
    QSignalSpy ticks(&p, &PositionProvider::ageChanged);
    wait_until([&] { return ticks.count() >= 2; }, 3000);
    CHECK(p.origin() == PositionProvider::Manual);
    CHECK(p.latitude() == Approx(48.13));

    p.clearManualPosition();
    CHECK(p.origin() == PositionProvider::Gps);
    CHECK(p.latitude() == Approx(48.1193).margin(0.0015));
}

TEST_CASE("manual positions are read in the usual notations and checked", "[position]") {
    PositionProvider p(nullptr);
    CHECK(p.setManualPositionText(QStringLiteral("48.1193, -1.6029")).isEmpty());
    CHECK(p.latitude() == Approx(48.1193));
    CHECK(p.setManualPositionText(QStringLiteral("48,1193, -1,6029")).isEmpty());
    CHECK(p.longitude() == Approx(-1.6029));
    CHECK(p.setManualPositionText(QStringLiteral("  48.1193   -1.6029 ")).isEmpty());
    CHECK(p.setManualPositionText(QStringLiteral("48.1193,-1.6029")).isEmpty());

    CHECK(p.setManualPositionText(QStringLiteral("rue de Rennes"))
              .startsWith(QStringLiteral("Écrivez la latitude puis la longitude")));
    CHECK(p.setManualPositionText(QStringLiteral("48.1"))
              .startsWith(QStringLiteral("Écrivez la latitude puis la longitude")));
    CHECK(p.setManualPositionText(QStringLiteral("95, 10"))
              .startsWith(QStringLiteral("La latitude doit être comprise")));
    CHECK_FALSE(p.setManualPosition(48.0, 181.0));
    CHECK(p.latitude() == Approx(48.1193));  // the last good one stays
}

TEST_CASE("an unreadable NMEA file is refused with a sentence", "[position]") {
    PositionProvider p(nullptr);
    CHECK_FALSE(p.useNmeaFile(QStringLiteral("/nonexistent/track.nmea")));
    CHECK(p.statusText().contains(QStringLiteral("illisible")));
    CHECK_FALSE(p.hasPosition());
}

TEST_CASE("without a source the provider asks for a manual position", "[position]") {
    PositionProvider p(nullptr);
    p.start();
    CHECK_FALSE(p.active());
    CHECK(p.statusText().contains(QStringLiteral("saisissez la position à la main")));
    CHECK(p.quality() == PositionProvider::NoFix);
}

TEST_CASE("the provider's texts follow a language switch", "[position][i18n]") {
    ronde::app::Localizer localizer;
    PositionProvider p(nullptr);
    REQUIRE(p.useNmeaFile(demo_track()));
    CHECK(p.sourceName() == QStringLiteral("Trace NMEA enregistrée"));
    REQUIRE(localizer.apply(QStringLiteral("en")));
    p.retranslate();
    CHECK(p.sourceName() == QStringLiteral("Recorded NMEA track"));
    CHECK(p.statusText() == QStringLiteral("GPS stopped"));
    REQUIRE(localizer.apply(QStringLiteral("fr")));
    p.retranslate();
    CHECK(p.statusText() == QStringLiteral("GPS arrêté"));
}
