// The formatting rules of the exports: CSV fields, formula injection,
// Europe/Paris local time, French decimals.
#include "services/export_format.hpp"

#include <catch2/catch.hpp>

using namespace ronde;
using namespace ronde::server;

namespace {

Timestamp at(const char* iso) {
    return parse_timestamp(iso).value();
}

std::string field(std::string_view text) {
    std::string out;
    append_csv_text(out, text);
    return out;
}

}  // namespace

TEST_CASE("a CSV text field is quoted with its quotes doubled") {
    CHECK(field("") == "\"\"");
    CHECK(field("Boulangerie") == "\"Boulangerie\"");
    CHECK(field("dit \"non\"; puis\r\nparti") == "\"dit \"\"non\"\"; puis\r\nparti\"");
}

TEST_CASE("a CSV text field that a spreadsheet would run as a formula gets an apostrophe") {
    CHECK(field("=1+1") == "\"'=1+1\"");
    CHECK(field("+33 6 12") == "\"'+33 6 12\"");
    CHECK(field("-2 vitrines") == "\"'-2 vitrines\"");
    CHECK(field("@SUM(A1)") == "\"'@SUM(A1)\"");
    CHECK(field("\tx") == "\"'\tx\"");
    CHECK(field("\rx") == "\"'\rx\"");
    CHECK(field("a=b") == "\"a=b\"");
    CHECK_FALSE(looks_like_formula("'=déjà"));
}

TEST_CASE("Europe/Paris is UTC+1 in winter and UTC+2 in summer, switching at 01:00 UTC") {
    CHECK(french_datetime(at("2026-11-26T13:05:59.999Z")) == "26/11/2026 14:05");
    CHECK(french_datetime(at("2026-07-14T12:05:00Z")) == "14/07/2026 14:05");
    CHECK(french_datetime(at("2026-12-31T23:30:00Z")) == "01/01/2027 00:30");
    // 2026: summer time from Sunday 29 March to Sunday 25 October.
    CHECK(french_datetime(at("2026-03-29T00:59:00Z")) == "29/03/2026 01:59");
    CHECK(french_datetime(at("2026-03-29T01:00:00Z")) == "29/03/2026 03:00");
    CHECK(french_datetime(at("2026-10-25T00:59:00Z")) == "25/10/2026 02:59");
    CHECK(french_datetime(at("2026-10-25T01:00:00Z")) == "25/10/2026 02:00");
    CHECK(paris_offset(at("2027-03-28T01:00:00Z")) == std::chrono::minutes(120));
    CHECK(paris_offset(at("2027-03-28T00:59:59Z")) == std::chrono::minutes(60));
}

TEST_CASE("French dates and decimals") {
    CHECK(french_date(parse_date("2026-02-03").value()) == "03/02/2026");
    CHECK(french_decimal(48.1248300, 6) == "48,12483");
    CHECK(french_decimal(-1.5, 6) == "-1,5");
    CHECK(french_decimal(12.0, 1) == "12");
    CHECK(french_decimal(-0.00000001, 6) == "0");
    CHECK(french_decimal(151.2093, 6) == "151,2093");
}
