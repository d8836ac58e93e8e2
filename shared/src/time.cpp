// ISO-8601 UTC timestamps and calendar dates, with a small strict parser (no
// locale, no time zone database, no std::chrono::parse).
#include "ronde/time.hpp"

#include <cstdint>
#include <cstdio>
#include <optional>

namespace ronde {
namespace {

using namespace std::chrono;

// Reads exactly `n` ASCII digits at `pos`; advances `pos`.
std::optional<int> read_digits(std::string_view s, std::size_t& pos, std::size_t n) {
    if (pos + n > s.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    pos += n;
    return value;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

// "YYYY-MM-DD" at `pos`, a real calendar date.
std::optional<year_month_day> read_date(std::string_view s, std::size_t& pos) {
    const auto y = read_digits(s, pos, 4);
    if (!y || !expect(s, pos, '-')) {
        return std::nullopt;
    }
    const auto m = read_digits(s, pos, 2);
    if (!m || !expect(s, pos, '-')) {
        return std::nullopt;
    }
    const auto d = read_digits(s, pos, 2);
    if (!d) {
        return std::nullopt;
    }
    const year_month_day ymd{year{*y}, month{static_cast<unsigned>(*m)},
                             day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return ymd;
}

std::string quoted(std::string_view text) {
    constexpr std::size_t kShown = 40;
    std::string out = "'";
    // ASCII only, so that the message is valid UTF-8 whatever the input.
    for (const char c : text.substr(0, kShown)) {
        out += (c >= 0x20 && c < 0x7f) ? c : '?';
    }
    if (text.size() > kShown) {
        out += "...";
    }
    out += "'";
    return out;
}

}  // namespace

std::string format_timestamp(Timestamp t) {
    const auto day_point = floor<days>(t);
    const year_month_day ymd{day_point};
    const hh_mm_ss<milliseconds> hms{t - day_point};
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                  static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()),
                  static_cast<int>(hms.subseconds().count()));
    return buf;
}

Result<Timestamp> parse_timestamp(std::string_view text) {
    const auto fail = [&] {
        return make_error("invalid_time",
                          "Expected a UTC time like 2026-11-26T10:30:15.123Z, got " + quoted(text));
    };
    std::size_t pos = 0;
    const auto ymd = read_date(text, pos);
    if (!ymd || !expect(text, pos, 'T')) {
        return fail();
    }
    const auto hh = read_digits(text, pos, 2);
    if (!hh || !expect(text, pos, ':')) {
        return fail();
    }
    const auto mm = read_digits(text, pos, 2);
    if (!mm || !expect(text, pos, ':')) {
        return fail();
    }
    const auto ss = read_digits(text, pos, 2);
    if (!ss || *hh > 23 || *mm > 59 || *ss > 59) {
        return fail();
    }
    int millis = 0;
    if (expect(text, pos, '.')) {
        std::size_t digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3) {
                millis = millis * 10 + (text[pos] - '0');
            }
            ++digits;
            ++pos;
        }
        if (digits == 0 || digits > 9) {
            return fail();
        }
        for (std::size_t i = digits; i < 3; ++i) {
            millis *= 10;
        }
    }
    const std::string_view rest = text.substr(pos);
    if (rest != "Z" && rest != "+00:00") {
        return fail();
    }
    return Timestamp{sys_days{*ymd} + hours{*hh} + minutes{*mm} + seconds{*ss} +
                     milliseconds{millis}};
}

std::string format_date(Date d) {
    const year_month_day ymd{d};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

Result<Date> parse_date(std::string_view text) {
    std::size_t pos = 0;
    const auto ymd = read_date(text, pos);
    if (!ymd || pos != text.size()) {
        return make_error("invalid_date", "Expected a date like 2026-11-26, got " + quoted(text));
    }
    return Date{*ymd};
}

}  // namespace ronde
