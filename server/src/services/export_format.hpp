// The formatting rules of the exports, as small pure functions (tested
// without HTTP in tests/server/services/export_format_test.cpp).
//
// CSV for a French spreadsheet (LibreOffice Calc, Excel in French):
//   - UTF-8 with a byte-order mark, which Excel needs to read UTF-8;
//   - ';' between fields (',' is the French decimal separator), CRLF
//     between records (RFC 4180);
//   - every text field quoted, '"' doubled inside: quotes, semicolons and
//     line breaks of a note survive;
//   - times in Europe/Paris local time as "26/11/2026 14:05" and dates as
//     "26/11/2026", which both spreadsheets read as dates in a French
//     locale; decimals with a comma ("48,12483").
//   - formula injection (OWASP "CSV injection"): a text field whose first
//     character is '=', '+', '-', '@', a tab or a carriage return would be
//     run as a formula by a spreadsheet (e.g. "=HYPERLINK(...)" in a note
//     typed on a device). Such a field gets a leading apostrophe, which
//     makes the spreadsheet take the cell as text; the apostrophe stays
//     visible in the cell, which shows the reader the value was altered.
//     Numbers and dates the server writes itself are not text fields and
//     are written as they are (a negative longitude stays a number).
#pragma once

#include "ronde/time.hpp"

#include <string>
#include <string_view>

namespace ronde::server {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Appends a user text as one quoted CSV field, neutralised against formula
// injection (see above).
void append_csv_text(std::string& out, std::string_view text);
// Appends a value the server formatted (a number, a date) as one unquoted
// CSV field; `value` must hold no ';', '"' or line break.
void append_csv_plain(std::string& out, std::string_view value);

// Whether a spreadsheet would take `text` for a formula.
bool looks_like_formula(std::string_view text);

// The offset of Europe/Paris from UTC at `t`: +1 h, or +2 h in summer time
// (EU rule, in force since 1996: from the last Sunday of March 01:00 UTC to
// the last Sunday of October 01:00 UTC). Computed here rather than read from
// the system's time zone database, so that an export does not depend on the
// server's tzdata or TZ.
std::chrono::minutes paris_offset(Timestamp t);
// "26/11/2026 14:05" in Europe/Paris local time.
std::string french_datetime(Timestamp t);
// "26/11/2026".
std::string french_date(Date d);
// A decimal with a comma and at most `decimals` digits, trailing zeros
// removed: 48.1248300 -> "48,12483", -1.5 -> "-1,5", 12.0 -> "12".
std::string french_decimal(double value, int decimals);

}  // namespace ronde::server
