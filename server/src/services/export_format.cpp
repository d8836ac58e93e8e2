#include "services/export_format.hpp"

#include <cmath>
#include <cstdio>

namespace ronde::server {

namespace {

// The last Sunday of `month` in `year`, at 01:00 UTC.
std::chrono::sys_seconds last_sunday_1am_utc(std::chrono::year year, std::chrono::month month) {
    using namespace std::chrono;
    const sys_days last_day{year / month / last};
    const weekday wd{last_day};
    const sys_days sunday = last_day - (wd - Sunday);
    return sys_seconds{sunday} + hours(1);
}

void append_two_digits(std::string& out, unsigned v) {
    out += static_cast<char>('0' + (v / 10) % 10);
    out += static_cast<char>('0' + v % 10);
}

void append_ymd(std::string& out, std::chrono::year_month_day ymd) {
    append_two_digits(out, static_cast<unsigned>(ymd.day()));
    out += '/';
    append_two_digits(out, static_cast<unsigned>(ymd.month()));
    out += '/';
    out += std::to_string(static_cast<int>(ymd.year()));
}

}  // namespace

bool looks_like_formula(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    switch (text.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return true;
        default:
            return false;
    }
}

void append_csv_text(std::string& out, std::string_view text) {
    out += '"';
    if (looks_like_formula(text)) {
        out += '\'';
    }
    for (const char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

void append_csv_plain(std::string& out, std::string_view value) {
    out += value;
}

std::chrono::minutes paris_offset(Timestamp t) {
    using namespace std::chrono;
    const year y = year_month_day{floor<days>(t)}.year();
    const auto start = last_sunday_1am_utc(y, March);
    const auto end = last_sunday_1am_utc(y, October);
    return (t >= start && t < end) ? minutes(120) : minutes(60);
}

std::string french_datetime(Timestamp t) {
    using namespace std::chrono;
    const auto local = floor<minutes>(t + paris_offset(t));
    const auto day = floor<days>(local);
    const hh_mm_ss<minutes> time{local - day};
    std::string out;
    out.reserve(16);
    append_ymd(out, year_month_day{day});
    out += ' ';
    append_two_digits(out, static_cast<unsigned>(time.hours().count()));
    out += ':';
    append_two_digits(out, static_cast<unsigned>(time.minutes().count()));
    return out;
}

std::string french_date(Date d) {
    std::string out;
    out.reserve(10);
    append_ymd(out, std::chrono::year_month_day{d});
    return out;
}

std::string french_decimal(double value, int decimals) {
    if (!std::isfinite(value)) {
        return {};
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string out(buffer);
    if (const auto dot = out.find('.'); dot != std::string::npos) {
        while (out.back() == '0') {
            out.pop_back();
        }
        if (out.back() == '.') {
            out.pop_back();
        } else {
            out[dot] = ',';
        }
    }
    if (out == "-0") {
        out = "0";
    }
    return out;
}

}  // namespace ronde::server
