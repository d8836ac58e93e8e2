// ISO-8601 UTC timestamps and calendar dates.
#include "ronde/time.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace ronde;
using namespace std::chrono;

namespace {

Timestamp at(year_month_day d, int h, int m, int s, int ms) {
    return Timestamp{sys_days{d}} + hours{h} + minutes{m} + seconds{s} + milliseconds{ms};
}

}  // namespace

TEST_CASE("a timestamp is written in UTC with milliseconds and a Z", "[time]") {
    CHECK(format_timestamp(at(2026y / November / 26, 10, 30, 15, 123)) ==
          "2026-11-26T10:30:15.123Z");
    CHECK(format_timestamp(Timestamp{}) == "1970-01-01T00:00:00.000Z");
    CHECK(format_timestamp(at(2024y / February / 29, 23, 59, 59, 7)) == "2024-02-29T23:59:59.007Z");
}

TEST_CASE("a timestamp before 1970 is written with the right day and time", "[time]") {
    CHECK(format_timestamp(Timestamp{milliseconds{-1}}) == "1969-12-31T23:59:59.999Z");
}

TEST_CASE("a written timestamp parses back to the same instant", "[time]") {
    for (const std::int64_t ms :
         {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{1'764'153'015'123},
          std::int64_t{951'782'400'000}, std::int64_t{4'102'444'799'999}}) {
        const Timestamp t{milliseconds{ms}};
        const auto parsed = parse_timestamp(format_timestamp(t));
        INFO(format_timestamp(t));
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == t);
    }
}

TEST_CASE("parsing accepts no fraction, short and long fractions and a +00:00 offset", "[time]") {
    const Timestamp base = at(2026y / November / 26, 10, 30, 15, 0);
    CHECK(parse_timestamp("2026-11-26T10:30:15Z").value() == base);
    CHECK(parse_timestamp("2026-11-26T10:30:15.5Z").value() == base + milliseconds{500});
    CHECK(parse_timestamp("2026-11-26T10:30:15.12Z").value() == base + milliseconds{120});
    CHECK(parse_timestamp("2026-11-26T10:30:15.123456789Z").value() == base + milliseconds{123});
    CHECK(parse_timestamp("2026-11-26T10:30:15.999999Z").value() == base + milliseconds{999});
    CHECK(parse_timestamp("2026-11-26T10:30:15.123+00:00").value() == base + milliseconds{123});
}

TEST_CASE("parsing refuses every other form with invalid_time", "[time]") {
    const char* bad[] = {
        "",
        "2026-11-26",
        "2026-11-26T10:30:15",              // no zone
        "2026-11-26 10:30:15Z",             // space instead of T
        "2026-11-26t10:30:15Z",             // lowercase t
        "2026-11-26T10:30:15z",             // lowercase z
        "2026-11-26T10:30:15+01:00",        // another offset
        "2026-11-26T10:30:15-00:00",        // unknown offset
        "2026-11-26T10:30:15.Z",            // empty fraction
        "2026-11-26T10:30:15.1234567890Z",  // ten digits
        "2026-11-26T24:00:00Z",
        "2026-11-26T10:60:00Z",
        "2026-11-26T10:30:60Z",
        "2026-02-30T10:30:15Z",
        "2026-13-01T10:30:15Z",
        "2026-1-26T10:30:15Z",
        "2026-11-26T1:30:15Z",
        " 2026-11-26T10:30:15Z",
        "2026-11-26T10:30:15Z ",
        "2026-11-26T10:30:15ZZ",
        "+2026-11-26T10:30:15Z",
        "2026-11-26T10:30:15.12a3Z",
    };
    for (const char* text : bad) {
        INFO("'" << text << "'");
        const auto r = parse_timestamp(text);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == "invalid_time");
        CHECK(r.error().field.empty());
        CHECK(!r.error().message.empty());
    }
}

TEST_CASE("a date is written and parsed as YYYY-MM-DD", "[time]") {
    const Date d = sys_days{2026y / November / 26};
    CHECK(format_date(d) == "2026-11-26");
    CHECK(parse_date("2026-11-26").value() == d);
    CHECK(format_date(sys_days{1999y / January / 5}) == "1999-01-05");
    CHECK(parse_date(format_date(sys_days{2000y / February / 29})).value() ==
          sys_days{2000y / February / 29});
}

TEST_CASE("parsing a date refuses impossible days and other forms with invalid_date", "[time]") {
    CHECK(parse_date("2024-02-29").ok());
    const char* bad[] = {
        "2023-02-29",           "2100-02-29", "2026-04-31", "2026-00-10",  "2026-11-00",
        "2026-11-26T00:00:00Z", "26-11-2026", "2026/11/26", "2026-11-26 ", ""};
    for (const char* text : bad) {
        INFO("'" << text << "'");
        const auto r = parse_date(text);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == "invalid_date");
    }
}

TEST_CASE("error messages about bad times stay valid ASCII whatever the input", "[time]") {
    const auto r = parse_timestamp("2026-11-26T10:30:15\xff\xfe");
    REQUIRE_FALSE(r.ok());
    for (const char c : r.error().message) {
        CHECK(static_cast<unsigned char>(c) < 0x80);
    }
}
