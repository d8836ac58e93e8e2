// Time in the domain: UTC instants with millisecond precision, written as
// ISO-8601 "2026-11-26T10:30:15.123Z", and calendar dates "2026-11-26".
#pragma once

#include "ronde/error.hpp"

#include <chrono>
#include <string>
#include <string_view>

namespace ronde {

using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;
using Date = std::chrono::sys_days;

// "YYYY-MM-DDTHH:MM:SS.mmmZ", always with milliseconds and 'Z'.
std::string format_timestamp(Timestamp t);
// Accepts exactly the form above, and also no fraction or 1-9 fraction
// digits (truncated to ms) and a "+00:00" offset. Anything else is an
// `invalid_time` error.
Result<Timestamp> parse_timestamp(std::string_view text);

std::string format_date(Date d);
Result<Date> parse_date(std::string_view text);  // "YYYY-MM-DD", a real date

}  // namespace ronde
