// The committed demo track (scripts/make-nmea-track) is well formed.
#include "app_test_support.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTime>

using ronde::app::test::demo_track;

TEST_CASE("every sentence of the demo track has a valid checksum", "[nmea]") {
    QFile f(demo_track());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    int sentences = 0;
    int gga = 0;
    QTime first;
    QTime last;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        ++sentences;
        REQUIRE(line.startsWith('$'));
        const auto star = line.lastIndexOf('*');
        REQUIRE(star == line.size() - 3);
        char x = 0;
        for (const char c : line.mid(1, star - 1)) {
            x = static_cast<char>(x ^ c);
        }
        CHECK(line.mid(star + 1).toUInt(nullptr, 16) == static_cast<unsigned char>(x));
        if (line.startsWith("$GPGGA")) {
            ++gga;
            const QTime t = QTime::fromString(QString::fromLatin1(line.mid(7, 6)), "HHmmss");
            REQUIRE(t.isValid());
            if (last.isValid()) {
                CHECK(last.secsTo(t) == 1);  // 1 Hz
            } else {
                first = t;
            }
            last = t;
        }
    }
    CHECK(sentences == 2 * gga);  // one RMC per GGA
    // A walk of about a quarter of an hour.
    CHECK(first.secsTo(last) >= 13 * 60);
    CHECK(first.secsTo(last) <= 17 * 60);
}
