#include "ronde/hlc.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

using ronde::HlcStamp;
using ronde::HybridLogicalClock;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kT = 1'717'171'717'171;  // 2024-05-31, an ordinary Unix ms
constexpr std::int64_t kMaxWall = (std::int64_t{1} << 48) - 1;
constexpr std::uint64_t kNode = 0x8def'0123'4567'89ab;

// A wall clock that a test sets by hand.
struct FakeClock {
    std::int64_t ms = kT;
    HybridLogicalClock::MillisClock fn() {
        return [this] { return ms; };
    }
};

}  // namespace

TEST_CASE("an HLC stamp's text is 34 lowercase characters in fixed-width hex fields") {
    const HlcStamp stamp{0x0190'abcd'ef12, 0x00ff, 0x0123'4567'89ab'cdef};
    CHECK(stamp.to_string() == "0190abcdef12-00ff-0123456789abcdef");
    CHECK(HlcStamp{}.to_string() == "000000000000-0000-0000000000000000");
    CHECK(HlcStamp{kMaxWall, 0xffff, ~std::uint64_t{0}}.to_string() ==
          "ffffffffffff-ffff-ffffffffffffffff");
}

TEST_CASE("an HLC stamp survives a round trip through its text") {
    std::mt19937_64 rng(11);
    std::vector<HlcStamp> stamps{HlcStamp{}, HlcStamp{kMaxWall, 0xffff, ~std::uint64_t{0}},
                                 HlcStamp{kT, 1, kNode}};
    for (int i = 0; i < 1000; ++i) {
        stamps.push_back(HlcStamp{static_cast<std::int64_t>(rng() >> 16),
                                  static_cast<std::uint32_t>(rng() & 0xffff), rng()});
    }
    for (const auto& stamp : stamps) {
        const std::string text = stamp.to_string();
        INFO(text);
        REQUIRE(text.size() == 34);
        const auto parsed = HlcStamp::parse(text);
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == stamp);
    }
}

TEST_CASE("HLC texts sort exactly like their stamps") {
    std::mt19937_64 rng(12);
    // Few distinct values per field, so that ties on the leading fields are common.
    const std::vector<std::int64_t> walls{0, 1, 15, 16, 255, 256, kT, kT + 1, kMaxWall};
    const std::vector<std::uint32_t> counters{0, 1, 9, 10, 15, 16, 0xfff, 0x1000, 0xffff};
    const std::vector<std::uint64_t> nodes{0, 1, 0xf, 0x10, kNode, ~std::uint64_t{0}};
    for (int sample = 0; sample < 20; ++sample) {
        std::vector<HlcStamp> stamps;
        for (int i = 0; i < 500; ++i) {
            stamps.push_back(HlcStamp{walls[rng() % walls.size()],
                                      counters[rng() % counters.size()],
                                      nodes[rng() % nodes.size()]});
        }
        std::vector<std::string> texts;
        for (const auto& s : stamps) {
            texts.push_back(s.to_string());
        }
        std::sort(stamps.begin(), stamps.end());
        std::sort(texts.begin(), texts.end());
        for (std::size_t i = 0; i < stamps.size(); ++i) {
            INFO("sample " << sample << ", position " << i);
            REQUIRE(texts[i] == stamps[i].to_string());
        }
    }
}

TEST_CASE(
    "an HLC stays strictly increasing while its wall clock stands still and jumps back hours") {
    std::mt19937_64 script(2024);
    FakeClock wall;
    HybridLogicalClock clock(kNode, wall.fn());

    int back = 0;
    int forward = 0;
    std::size_t violations = 0;
    std::string first_violation;
    HlcStamp prev = clock.now();
    for (int i = 0; i < 100'000; ++i) {
        const auto roll = script() % 1000;
        if (roll < 900) {
            // stands still
        } else if (roll < 990) {
            wall.ms += 1 + static_cast<std::int64_t>(script() % 5);
            ++forward;
        } else {
            wall.ms -= kHour * static_cast<std::int64_t>(1 + script() % 6);
            ++back;
        }
        const HlcStamp stamp = clock.now();
        if (!(prev < stamp) || !(prev.to_string() < stamp.to_string()) || stamp != clock.last()) {
            if (violations++ == 0) {
                first_violation = prev.to_string() + " then " + stamp.to_string();
            }
        }
        prev = stamp;
    }
    INFO(first_violation);
    CHECK(violations == 0);
    CHECK(back > 0);
    CHECK(forward > 0);
    CHECK(prev.node == kNode);
}

TEST_CASE("an HLC follows its wall clock forward and counts while it stands still") {
    FakeClock wall;
    HybridLogicalClock clock(kNode, wall.fn());
    CHECK(clock.now() == HlcStamp{kT, 0, kNode});
    CHECK(clock.now() == HlcStamp{kT, 1, kNode});
    wall.ms = kT + 10;
    CHECK(clock.now() == HlcStamp{kT + 10, 0, kNode});
    wall.ms = kT - kHour;
    CHECK(clock.now() == HlcStamp{kT + 10, 1, kNode});
}

TEST_CASE("an HLC counter past 0xffff advances the wall time by one millisecond") {
    FakeClock wall;
    HybridLogicalClock clock(kNode, wall.fn());
    for (int i = 0; i <= 0xffff; ++i) {
        clock.now();
    }
    REQUIRE(clock.last() == HlcStamp{kT, 0xffff, kNode});
    CHECK(clock.now() == HlcStamp{kT + 1, 0, kNode});
    CHECK(clock.now() == HlcStamp{kT + 1, 1, kNode});
    wall.ms = kT + 5;
    CHECK(clock.now() == HlcStamp{kT + 5, 0, kNode});
}

TEST_CASE("receive merges a remote stamp into one after both the last local stamp and the remote") {
    FakeClock wall;
    HybridLogicalClock clock(kNode, wall.fn());
    constexpr std::uint64_t kRemoteNode = 0x1111'2222'3333'4444;

    SECTION("a remote stamp ahead of the local clock (within the skew) moves it forward") {
        clock.now();
        const HlcStamp remote{kT + 5'000, 7, kRemoteNode};
        const auto merged = clock.receive(remote);
        REQUIRE(merged.ok());
        CHECK(merged.value() == HlcStamp{kT + 5'000, 8, kNode});
        CHECK(clock.last() == merged.value());
        CHECK(clock.now() == HlcStamp{kT + 5'000, 9, kNode});
    }
    SECTION("a remote stamp behind the local clock only counts") {
        wall.ms = kT + 100;
        const HlcStamp local = clock.now();
        const HlcStamp remote{kT, 40, kRemoteNode};
        const auto merged = clock.receive(remote);
        REQUIRE(merged.ok());
        CHECK(merged.value() == HlcStamp{kT + 100, 1, kNode});
        CHECK(local < merged.value());
        CHECK(remote < merged.value());
    }
    SECTION("a remote stamp on the same wall time takes the larger counter plus one") {
        clock.now();
        clock.now();  // {kT, 1}
        const auto merged = clock.receive(HlcStamp{kT, 30, kRemoteNode});
        REQUIRE(merged.ok());
        CHECK(merged.value() == HlcStamp{kT, 31, kNode});
        const auto again = clock.receive(HlcStamp{kT, 3, kRemoteNode});
        REQUIRE(again.ok());
        CHECK(again.value() == HlcStamp{kT, 32, kNode});
    }
    SECTION("a wall clock ahead of both resets the counter") {
        clock.now();
        wall.ms = kT + 50;
        const auto merged = clock.receive(HlcStamp{kT + 20, 9, kRemoteNode});
        REQUIRE(merged.ok());
        CHECK(merged.value() == HlcStamp{kT + 50, 0, kNode});
    }
    SECTION("a remote stamp with a full counter advances the wall time") {
        const auto merged = clock.receive(HlcStamp{kT + 1, 0xffff, kRemoteNode});
        REQUIRE(merged.ok());
        CHECK(merged.value() == HlcStamp{kT + 2, 0, kNode});
    }
    SECTION("random merges always land after both stamps, as stamps and as text") {
        std::mt19937_64 rng(13);
        for (int i = 0; i < 10'000; ++i) {
            wall.ms += static_cast<std::int64_t>(rng() % 3) - 1;
            const HlcStamp before = clock.last();
            const HlcStamp remote{wall.ms + static_cast<std::int64_t>(rng() % 2000) - 1000,
                                  static_cast<std::uint32_t>(rng() % 0x10000), rng()};
            const auto merged = clock.receive(remote);
            REQUIRE(merged.ok());
            INFO(before.to_string()
                 << " + " << remote.to_string() << " -> " << merged.value().to_string());
            REQUIRE(before < merged.value());
            REQUIRE(remote < merged.value());
            REQUIRE(remote.to_string() < merged.value().to_string());
        }
    }
}

TEST_CASE("receive refuses a stamp beyond the maximum skew and leaves the clock unchanged") {
    FakeClock wall;
    HybridLogicalClock clock(kNode, wall.fn(), std::chrono::minutes(5));
    const HlcStamp before = clock.now();
    constexpr std::int64_t kSkew = 5 * 60'000;

    const auto refused = clock.receive(HlcStamp{kT + kSkew + 1, 0, 1});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == "clock_drift");
    CHECK(refused.error().field.empty());
    CHECK_THAT(refused.error().message, Catch::Contains("300001 ms ahead"));
    CHECK(clock.last() == before);

    const auto far = clock.receive(HlcStamp{kMaxWall, 0, 1});
    REQUIRE_FALSE(far.ok());
    CHECK(far.error().code == "clock_drift");
    CHECK(clock.last() == before);

    const auto accepted = clock.receive(HlcStamp{kT + kSkew, 0, 1});
    REQUIRE(accepted.ok());
    CHECK(accepted.value() == HlcStamp{kT + kSkew, 1, kNode});
}

TEST_CASE("the drift guard measures against the wall clock, not against the last stamp") {
    FakeClock wall;
    HybridLogicalClock clock(kNode, wall.fn(), std::chrono::hours(1));
    REQUIRE(clock.receive(HlcStamp{kT + kHour, 0, 1}).ok());
    // The clock's last stamp is now an hour ahead, yet a stamp 1 ms past it is
    // refused: the guard compares with the wall clock.
    const auto refused = clock.receive(HlcStamp{kT + kHour + 1, 0, 1});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == "clock_drift");
}

TEST_CASE("restore moves a clock forward but never back, and keeps its own node") {
    FakeClock wall;
    HybridLogicalClock clock(kNode, wall.fn());
    clock.now();

    clock.restore(HlcStamp{kT + kHour, 12, 0x42});
    CHECK(clock.last() == HlcStamp{kT + kHour, 12, kNode});
    CHECK(clock.now() == HlcStamp{kT + kHour, 13, kNode});

    clock.restore(HlcStamp{kT, 500, kNode});
    CHECK(clock.last() == HlcStamp{kT + kHour, 13, kNode});
    clock.restore(HlcStamp{kT + kHour, 2, kNode});
    CHECK(clock.last() == HlcStamp{kT + kHour, 13, kNode});

    SECTION("a restarted device continues after its stored stamp") {
        HybridLogicalClock restarted(kNode, wall.fn());
        restarted.restore(clock.last());
        CHECK(clock.last() < restarted.now());
    }
}

TEST_CASE("parsing HLC text rejects wrong length, uppercase, bad separators and non-hex") {
    const char* bad = GENERATE("",                                     // empty
                               "0190abcdef12-00ff-0123456789abcde",    // 33
                               "0190abcdef12-00ff-0123456789abcdef0",  // 35
                               "0190ABCDEF12-00FF-0123456789ABCDEF",   // uppercase
                               "0190abcdef12-00ff-0123456789abcdeF",   // one uppercase digit
                               "0190abcdef12_00ff-0123456789abcdef",   // separator
                               "0190abcdef12-00ff:0123456789abcdef",   // separator
                               "0190abcdef1-200ff-0123456789abcdef",   // separator moved
                               "0190abcdef12-00ff-0123456789abcdeg",   // non-hex
                               "0190abcdef12--0ff-0123456789abcdef",   // sign in a field
                               "+190abcdef12-00ff-0123456789abcdef",   // sign in a field
                               "0190abcdef12-0x1f-0123456789abcdef",   // prefix
                               "0190abcdef12-00ff-0123456789 bcdef");  // space
    const auto parsed = HlcStamp::parse(bad);
    INFO('"' << bad << '"');
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == "invalid_hlc");
    CHECK(parsed.error().field.empty());
    CHECK_FALSE(parsed.error().message.empty());
}

TEST_CASE("node_from_uuid takes the last 64 bits of a UUID") {
    CHECK(ronde::node_from_uuid("01901234-5678-7abc-8def-0123456789ab") == 0x8def'0123'4567'89ab);
    CHECK(ronde::node_from_uuid("01901234-5678-7ABC-8DEF-0123456789AB") == 0x8def'0123'4567'89ab);
    CHECK(ronde::node_from_uuid("00000000-0000-7000-8000-000000000001") == 0x8000'0000'0000'0001);
}

TEST_CASE("system_millis is the Unix time in milliseconds") {
    using namespace std::chrono;
    const auto before = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    const auto ms = ronde::system_millis();
    const auto after = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    CHECK(ms >= before);
    CHECK(ms <= after);
    CHECK(ms > 1'704'067'200'000);  // after 2024-01-01
}
