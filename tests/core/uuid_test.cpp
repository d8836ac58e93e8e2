#include "ronde/uuid.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <random>
#include <regex>
#include <string>
#include <unordered_set>

using ronde::random_uuid_v4;
using ronde::uuid_v7_millis;
using ronde::UuidV7Generator;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kT = 1'717'171'717'171;  // 2024-05-31, an ordinary Unix ms

const std::regex kV7Pattern(
    "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
const std::regex kV4Pattern(
    "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

// The 12-bit rand_a field (the sub-millisecond sequence) of a UUIDv7.
std::uint32_t sequence_of(const std::string& uuid) {
    return static_cast<std::uint32_t>(std::stoul(uuid.substr(15, 3), nullptr, 16));
}

// The 122 bits of a UUID that are neither version nor variant, as a string of '0'/'1'.
std::string random_bits_of_v4(const std::string& uuid) {
    std::string hex;
    for (char c : uuid) {
        if (c != '-') {
            hex.push_back(c);
        }
    }
    std::string bits;
    for (std::size_t i = 0; i < hex.size(); ++i) {
        const auto v = std::stoi(std::string(1, hex[i]), nullptr, 16);
        for (int b = 3; b >= 0; --b) {
            const std::size_t bit = i * 4 + static_cast<std::size_t>(3 - b);
            if ((bit >= 48 && bit < 52) || bit == 64 || bit == 65) {
                continue;  // version nibble, variant bits
            }
            bits.push_back(((v >> b) & 1) != 0 ? '1' : '0');
        }
    }
    return bits;
}

}  // namespace

TEST_CASE("a UUIDv7 is lowercase canonical text with version 7 and variant 10") {
    std::int64_t now = kT;
    UuidV7Generator gen([&now] { return now; }, 42);
    for (int i = 0; i < 1000; ++i) {
        const std::string id = gen.next();
        INFO(id);
        REQUIRE(std::regex_match(id, kV7Pattern));
        now += i % 3;
    }
}

TEST_CASE("a UUIDv7 starts with the clock's Unix milliseconds in 48 bits") {
    std::int64_t now = 0x0190'1234'5678;
    UuidV7Generator gen([&now] { return now; }, 7);
    const std::string id = gen.next();
    CHECK(id.substr(0, 13) == "01901234-5678");
    CHECK(uuid_v7_millis(id).value_or(-1) == 0x0190'1234'5678);

    now = 0x0190'1234'5678 + 1'000;
    CHECK(uuid_v7_millis(gen.next()).value_or(-1) == 0x0190'1234'5678 + 1'000);
}

TEST_CASE("UUIDv7s stay strictly increasing while the clock stands still, jumps back and forward") {
    std::mt19937_64 script(2024);
    std::int64_t now = kT;
    UuidV7Generator gen([&now] { return now; }, 1);

    int still = 0;
    int back = 0;
    int forward = 0;
    std::size_t violations = 0;
    std::string first_violation;
    std::string prev = gen.next();
    for (int i = 0; i < 100'000; ++i) {
        const auto roll = script() % 1000;
        if (roll < 900) {
            ++still;  // same millisecond
        } else if (roll < 960) {
            now += 1 + static_cast<std::int64_t>(script() % 5);
            ++forward;
        } else if (roll < 970) {
            now += kHour * static_cast<std::int64_t>(1 + script() % 3);
            ++forward;
        } else {
            now -=
                kHour * static_cast<std::int64_t>(1 + script() % 6);  // NTP correction, DST bug...
            ++back;
        }
        std::string id = gen.next();
        if (!(prev < id)) {
            if (violations++ == 0) {
                first_violation = prev + " then " + id;
            }
        }
        prev = std::move(id);
    }
    INFO(first_violation);
    CHECK(violations == 0);
    // The script did exercise every case.
    CHECK(still > 0);
    CHECK(back > 0);
    CHECK(forward > 0);
}

TEST_CASE("a UUIDv7 generator counts within a millisecond and borrows the next one when full") {
    const std::int64_t now = kT;
    UuidV7Generator gen([&now] { return now; }, 99);

    std::string prev = gen.next();
    CHECK(uuid_v7_millis(prev).value_or(-1) == kT);
    CHECK(sequence_of(prev) <= 0x7ff);  // seeded with its top bit clear

    int borrowed = 0;
    for (int i = 1; i < 10'000; ++i) {
        const std::string id = gen.next();
        INFO(prev << " then " << id);
        const auto prev_ms = *uuid_v7_millis(prev);
        const auto ms = *uuid_v7_millis(id);
        if (ms == prev_ms) {
            REQUIRE(sequence_of(id) == sequence_of(prev) + 1);
        } else {
            REQUIRE(ms == prev_ms + 1);
            REQUIRE(sequence_of(prev) == 0xfff);  // only a full sequence moves on
            REQUIRE(sequence_of(id) <= 0x7ff);
            ++borrowed;
        }
        prev = id;
    }
    // 10,000 ids need at least 3 and at most 5 milliseconds of 2,049 to 4,096 ids.
    CHECK(borrowed >= 2);
    CHECK(borrowed <= 4);
}

TEST_CASE("a UUIDv7 generator keeps its last millisecond while the clock is behind it") {
    std::int64_t now = kT;
    UuidV7Generator gen([&now] { return now; }, 5);
    std::string prev = gen.next();

    now = kT - 3 * kHour;
    for (int i = 0; i < 10; ++i) {
        const std::string id = gen.next();
        CHECK(uuid_v7_millis(id).value_or(-1) == kT);
        CHECK(prev < id);
        prev = id;
    }

    now = kT + 1;  // the clock passes the last millisecond again: ids follow it
    const std::string caught_up = gen.next();
    CHECK(uuid_v7_millis(caught_up).value_or(-1) == kT + 1);
    CHECK(prev < caught_up);
}

TEST_CASE("UUIDv7s from generators with different seeds and the same clock are unique") {
    const std::int64_t now = kT;
    UuidV7Generator a([&now] { return now; }, 1);
    UuidV7Generator b([&now] { return now; }, 2);
    std::unordered_set<std::string> seen;
    for (int i = 0; i < 50'000; ++i) {
        seen.insert(a.next());
        seen.insert(b.next());
    }
    CHECK(seen.size() == 100'000);
}

TEST_CASE("the default UUIDv7 generator uses the system clock and is unique across instances") {
    using namespace std::chrono;
    const auto before = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    UuidV7Generator first;
    UuidV7Generator second;
    const std::string a = first.next();
    const std::string b = second.next();
    const auto after = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();

    CHECK(std::regex_match(a, kV7Pattern));
    const auto ms = uuid_v7_millis(a);
    REQUIRE(ms.has_value());
    CHECK(*ms >= before);
    CHECK(*ms <= after);
    CHECK(a != b);  // random seeds differ: 74 random bits would have to collide
}

TEST_CASE("uuid_v7_millis reads either case and rejects other versions and malformed text") {
    CHECK(uuid_v7_millis("01901234-5678-7abc-8def-0123456789ab").value_or(-1) == 0x0190'1234'5678);
    CHECK(uuid_v7_millis("01901234-5678-7ABC-BDEF-0123456789AB").value_or(-1) == 0x0190'1234'5678);
    CHECK(uuid_v7_millis("ffffffff-ffff-7fff-bfff-ffffffffffff").value_or(-1) ==
          (std::int64_t{1} << 48) - 1);

    CHECK_FALSE(uuid_v7_millis("01901234-5678-4abc-8def-0123456789ab"));   // version 4
    CHECK_FALSE(uuid_v7_millis("01901234-5678-7abc-cdef-0123456789ab"));   // variant 110
    CHECK_FALSE(uuid_v7_millis("01901234-5678-7abc-7def-0123456789ab"));   // variant 0
    CHECK_FALSE(uuid_v7_millis("01901234-5678-7abc-8def-0123456789a"));    // short
    CHECK_FALSE(uuid_v7_millis("01901234-5678-7abc-8def-0123456789abc"));  // long
    CHECK_FALSE(uuid_v7_millis("019012345678-7abc-8def-0123456789ab-"));   // hyphens moved
    CHECK_FALSE(uuid_v7_millis("0190123g-5678-7abc-8def-0123456789ab"));   // not hex
    CHECK_FALSE(uuid_v7_millis("{1901234-5678-7abc-8def-0123456789ab"));
    CHECK_FALSE(uuid_v7_millis(""));
}

TEST_CASE("a random UUIDv4 has version 4, variant 10 and random bits everywhere else") {
    std::string ever_set(122, '0');
    std::string ever_clear(122, '1');
    for (int i = 0; i < 1000; ++i) {
        const std::string id = random_uuid_v4();
        INFO(id);
        REQUIRE(std::regex_match(id, kV4Pattern));
        const std::string bits = random_bits_of_v4(id);
        REQUIRE(bits.size() == 122);
        for (std::size_t b = 0; b < bits.size(); ++b) {
            if (bits[b] == '1') {
                ever_set[b] = '1';
            } else {
                ever_clear[b] = '0';
            }
        }
    }
    // A stuck bit in 1,000 ids has probability 2^-999 if the source is random.
    CHECK(ever_set == std::string(122, '1'));
    CHECK(ever_clear == std::string(122, '0'));
}

TEST_CASE("random UUIDv4s are unique") {
    std::unordered_set<std::string> seen;
    for (int i = 0; i < 100'000; ++i) {
        seen.insert(random_uuid_v4());
    }
    CHECK(seen.size() == 100'000);
}
