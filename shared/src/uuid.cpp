// UUIDv7 and v4 generation (RFC 9562).
//
// Sequence (RFC 9562 §6.2, method 1, "fixed-length dedicated counter"): the
// 12-bit rand_a field is a counter. On every new millisecond it is seeded with
// 11 random bits and its top bit clear, so at least 2,048 ids fit in one
// millisecond; within the same millisecond it is incremented. When it would
// pass 0xfff, or when the wall clock is behind the last millisecond used, the
// generator keeps (or advances by one) its own logical millisecond instead of
// the wall clock's: ids stay strictly increasing, and the logical time catches
// up with the wall clock as soon as the wall clock passes it again.
#include "ronde/uuid.hpp"

#include "ronde/hlc.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <utility>

#if defined(__linux__) && !defined(__ANDROID__)
#include <sys/random.h>
#endif

namespace ronde {
namespace {

constexpr std::int64_t kMaxMillis = (std::int64_t{1} << 48) - 1;
constexpr std::uint32_t kMaxSeq = 0xfff;
constexpr std::uint32_t kSeedMask = 0x7ff;  // top bit clear: room for 2,048 increments

constexpr char kHex[] = "0123456789abcdef";

bool is_hyphen_position(std::size_t i) noexcept {
    return i == 8 || i == 13 || i == 18 || i == 23;
}

// Canonical "8-4-4-4-12" lowercase text of the 128-bit value hi:lo.
std::string format_uuid(std::uint64_t hi, std::uint64_t lo) {
    std::string out(36, '-');
    std::size_t pos = 0;
    auto put = [&](std::uint64_t word) {
        for (int shift = 60; shift >= 0; shift -= 4) {
            if (is_hyphen_position(pos)) {
                ++pos;  // keep the hyphen
            }
            out[pos++] = kHex[(word >> shift) & 0xf];
        }
    };
    put(hi);
    put(lo);
    return out;
}

int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Fills `out` from the operating system's generator: getrandom() on Linux
// (the /dev/urandom pool, waiting only until it is first seeded),
// arc4random_buf() on Android and Apple, std::random_device elsewhere or when
// getrandom() is missing.
void os_random(void* out, std::size_t size) {
    auto* bytes = static_cast<unsigned char*>(out);
#if defined(__ANDROID__) || defined(__APPLE__)
    arc4random_buf(bytes, size);
    return;
#else
#if defined(__linux__)
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = getrandom(bytes + done, size - done, 0);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
        } else if (n < 0 && errno != EINTR) {
            break;  // ENOSYS on a very old kernel: fall back below
        }
    }
    if (done == size) {
        return;
    }
#endif
    thread_local std::random_device device;
    for (std::size_t i = 0; i < size; i += sizeof(std::uint32_t)) {
        const std::uint32_t word = device();
        std::memcpy(bytes + i, &word, std::min(sizeof word, size - i));
    }
#endif
}

std::uint64_t random_seed() {
    std::uint64_t seed = 0;
    os_random(&seed, sizeof seed);
    return seed;
}

}  // namespace

UuidV7Generator::UuidV7Generator() : UuidV7Generator(&system_millis, random_seed()) {}

UuidV7Generator::UuidV7Generator(MillisClock clock, std::uint64_t seed)
    : clock_(std::move(clock)), rng_(seed) {}

std::string UuidV7Generator::next() {
    std::int64_t now = clock_();
    if (now < 0) {
        now = 0;
    } else if (now > kMaxMillis) {
        now = kMaxMillis;
    }

    if (now > last_ms_) {
        last_ms_ = now;
        seq_ = static_cast<std::uint32_t>(rng_()) & kSeedMask;
    } else if (seq_ < kMaxSeq) {
        ++seq_;  // same millisecond, or the wall clock went back: keep last_ms_
    } else {
        ++last_ms_;  // counter exhausted: borrow the next millisecond
        seq_ = static_cast<std::uint32_t>(rng_()) & kSeedMask;
    }

    // last_ms_ only passes 2^48 - 1 in the year 10889; the field keeps 48 bits.
    const auto ms = static_cast<std::uint64_t>(last_ms_) & static_cast<std::uint64_t>(kMaxMillis);
    const std::uint64_t hi = (ms << 16) | (std::uint64_t{0x7} << 12) | seq_;
    const std::uint64_t lo = (std::uint64_t{0b10} << 62) | (rng_() >> 2);
    return format_uuid(hi, lo);
}

std::optional<std::int64_t> uuid_v7_millis(std::string_view uuid) {
    if (uuid.size() != 36) {
        return std::nullopt;
    }
    // Hex digits are case-insensitive on input (RFC 9562 §4).
    std::int64_t millis = 0;
    for (std::size_t i = 0; i < uuid.size(); ++i) {
        if (is_hyphen_position(i)) {
            if (uuid[i] != '-') {
                return std::nullopt;
            }
            continue;
        }
        const int v = hex_value(uuid[i]);
        if (v < 0) {
            return std::nullopt;
        }
        if (i < 13) {
            millis = (millis << 4) | v;
        }
    }
    const int variant = hex_value(uuid[19]);
    if (uuid[14] != '7' || (variant & 0xc) != 0x8) {
        return std::nullopt;
    }
    return millis;
}

std::string random_uuid_v4() {
    // Every random bit comes from the operating system, not from a seeded engine.
    std::array<std::uint64_t, 2> words{};
    os_random(words.data(), sizeof words);
    const std::uint64_t hi = (words[0] & ~std::uint64_t{0xf000}) | std::uint64_t{0x4000};
    const std::uint64_t lo = (words[1] >> 2) | (std::uint64_t{0b10} << 62);
    return format_uuid(hi, lo);
}

}  // namespace ronde
