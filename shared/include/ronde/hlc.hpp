// Hybrid logical clock (Kulkarni et al.). A stamp is (wall ms, counter, node).
// Its text form "<12 hex wall ms>-<4 hex counter>-<16 hex node>" (34 chars,
// lowercase) sorts exactly like the stamps, so servers and devices compare
// versions as strings. A clock is monotonic when the wall clock goes back;
// receive() merges a remote stamp and refuses (code "clock_drift") one more
// than max_skew ahead of the local wall clock. Not thread-safe.
#pragma once

#include "ronde/error.hpp"

#include <chrono>
#include <compare>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ronde {

struct HlcStamp {
    std::int64_t wall_ms = 0;   // Unix ms, [0, 2^48)
    std::uint32_t counter = 0;  // [0, 0xffff]
    std::uint64_t node = 0;

    auto operator<=>(const HlcStamp&) const = default;
    std::string to_string() const;
    static Result<HlcStamp> parse(std::string_view text);
};

class HybridLogicalClock {
public:
    using MillisClock = std::function<std::int64_t()>;  // Unix ms

    HybridLogicalClock(std::uint64_t node, MillisClock clock,
                       std::chrono::milliseconds max_skew = std::chrono::hours(1));

    // A stamp for a local event, after every stamp seen so far.
    HlcStamp now();
    // Merges a remote stamp: later stamps sort after it. Refuses a stamp more
    // than max_skew ahead of the local wall clock (the clock is unchanged).
    Result<HlcStamp> receive(const HlcStamp& remote);
    HlcStamp last() const noexcept { return last_; }
    // Restores a clock from storage, so that a restarted device never goes
    // back.
    void restore(const HlcStamp& last) noexcept;

private:
    std::uint64_t node_;
    MillisClock clock_;
    std::chrono::milliseconds max_skew_;
    HlcStamp last_{};
};

// The system wall clock in Unix ms.
std::int64_t system_millis();
// A node id derived from a UUID text (its last 64 bits).
std::uint64_t node_from_uuid(std::string_view uuid);

}  // namespace ronde
