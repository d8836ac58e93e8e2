// Hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks",
// 2014). l is the largest wall time seen, c counts events that share it.
//
// Counter overflow: the counter has 16 bits. When a rule would set it past
// 0xffff, the clock advances l by one millisecond and resets c to 0, which
// keeps every stamp after the previous one. l then runs ahead of the wall
// clock by at most one millisecond per 65,536 events inside one millisecond;
// the next tick of the wall clock past l brings it back.
#include "ronde/hlc.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace ronde {
namespace {

constexpr std::int64_t kMaxWall = (std::int64_t{1} << 48) - 1;
constexpr std::uint32_t kMaxCounter = 0xffff;
constexpr std::size_t kTextSize = 34;  // 12 + 1 + 4 + 1 + 16
constexpr char kHex[] = "0123456789abcdef";

void put_hex(std::string& out, std::uint64_t value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
        out.push_back(kHex[(value >> shift) & 0xf]);
    }
}

// Lowercase hex only: the text form must have exactly one spelling per stamp.
bool parse_hex(std::string_view text, std::uint64_t& value) noexcept {
    value = 0;
    for (const char c : text) {
        int v = 0;
        if (c >= '0' && c <= '9') {
            v = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            v = c - 'a' + 10;
        } else {
            return false;
        }
        value = (value << 4) | static_cast<std::uint64_t>(v);
    }
    return true;
}

std::int64_t clamp_wall(std::int64_t ms) noexcept {
    return std::clamp<std::int64_t>(ms, 0, kMaxWall);
}

// The stamp (l, c) after overflow handling; c may come in as 0x10000.
HlcStamp make_stamp(std::int64_t l, std::uint64_t c, std::uint64_t node) noexcept {
    if (c > kMaxCounter) {
        ++l;
        c = 0;
    }
    return HlcStamp{l, static_cast<std::uint32_t>(c), node};
}

}  // namespace

std::string HlcStamp::to_string() const {
    // Stamps made by a clock or by parse() are always in range; others are
    // clamped so the text stays 34 characters long and parseable.
    std::string out;
    out.reserve(kTextSize);
    put_hex(out, static_cast<std::uint64_t>(clamp_wall(wall_ms)), 12);
    out.push_back('-');
    put_hex(out, std::min(counter, kMaxCounter), 4);
    out.push_back('-');
    put_hex(out, node, 16);
    return out;
}

Result<HlcStamp> HlcStamp::parse(std::string_view text) {
    auto invalid = [&](const std::string& why) {
        return make_error("invalid_hlc",
                          "Invalid HLC \"" + std::string(text.substr(0, 64)) + "\": " + why + ".");
    };
    if (text.size() != kTextSize) {
        return invalid("expected 34 characters, got " + std::to_string(text.size()));
    }
    if (text[12] != '-' || text[17] != '-') {
        return invalid("expected '-' at positions 12 and 17");
    }
    std::uint64_t wall = 0;
    std::uint64_t counter = 0;
    std::uint64_t node = 0;
    if (!parse_hex(text.substr(0, 12), wall) || !parse_hex(text.substr(13, 4), counter) ||
        !parse_hex(text.substr(18, 16), node)) {
        return invalid("expected lowercase hex digits 0-9a-f");
    }
    return HlcStamp{static_cast<std::int64_t>(wall), static_cast<std::uint32_t>(counter), node};
}

HybridLogicalClock::HybridLogicalClock(std::uint64_t node, MillisClock clock,
                                       std::chrono::milliseconds max_skew)
    : node_(node), clock_(std::move(clock)), max_skew_(max_skew), last_{0, 0, node} {}

HlcStamp HybridLogicalClock::now() {
    const std::int64_t pt = clamp_wall(clock_());
    const std::int64_t l = std::max(last_.wall_ms, pt);
    const std::uint64_t c = l == last_.wall_ms ? std::uint64_t{last_.counter} + 1 : 0;
    last_ = make_stamp(l, c, node_);
    return last_;
}

Result<HlcStamp> HybridLogicalClock::receive(const HlcStamp& remote) {
    const std::int64_t pt = clamp_wall(clock_());
    const std::int64_t ahead = remote.wall_ms > pt ? remote.wall_ms - pt : 0;
    if (ahead > max_skew_.count()) {
        return make_error("clock_drift", "Remote stamp " + remote.to_string() + " is " +
                                             std::to_string(ahead) +
                                             " ms ahead of the local clock, more than the " +
                                             std::to_string(max_skew_.count()) + " ms allowed.");
    }
    const std::int64_t l = std::max({last_.wall_ms, remote.wall_ms, pt});
    std::uint64_t c = 0;
    if (l == last_.wall_ms && l == remote.wall_ms) {
        c = std::uint64_t{std::max(last_.counter, remote.counter)} + 1;
    } else if (l == last_.wall_ms) {
        c = std::uint64_t{last_.counter} + 1;
    } else if (l == remote.wall_ms) {
        c = std::uint64_t{remote.counter} + 1;
    }
    last_ = make_stamp(l, c, node_);
    return last_;
}

void HybridLogicalClock::restore(const HlcStamp& last) noexcept {
    // The clock keeps its own node: a restored stamp may come from elsewhere.
    const HlcStamp restored{clamp_wall(last.wall_ms), std::min(last.counter, kMaxCounter), node_};
    if (restored > last_) {
        last_ = restored;
    }
}

std::int64_t system_millis() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::uint64_t node_from_uuid(std::string_view uuid) {
    // The last 16 hex digits, hyphens skipped, either case. Other characters
    // are skipped too; a text with fewer digits gives the value of those it has.
    std::uint64_t node = 0;
    int digits = 0;
    for (auto it = uuid.rbegin(); it != uuid.rend() && digits < 16; ++it) {
        const char ch = *it;
        int v = -1;
        if (ch >= '0' && ch <= '9') {
            v = ch - '0';
        } else if (ch >= 'a' && ch <= 'f') {
            v = ch - 'a' + 10;
        } else if (ch >= 'A' && ch <= 'F') {
            v = ch - 'A' + 10;
        }
        if (v < 0) {
            continue;
        }
        node |= static_cast<std::uint64_t>(v) << (4 * digits);
        ++digits;
    }
    return node;
}

}  // namespace ronde
