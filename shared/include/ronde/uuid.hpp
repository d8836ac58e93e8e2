// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version 7, 12 bits of
// sub-millisecond sequence, variant 10, 62 random bits. A generator is
// monotonic: every id it returns sorts after the previous one, also within one
// millisecond and when the wall clock goes back. Not thread-safe; one per
// thread or guard it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <string_view>

namespace ronde {

class UuidV7Generator {
public:
    using MillisClock = std::function<std::int64_t()>;  // Unix ms

    UuidV7Generator();  // system clock, random seed
    UuidV7Generator(MillisClock clock, std::uint64_t seed);

    std::string next();  // lowercase canonical text form

private:
    MillisClock clock_;
    std::mt19937_64 rng_;
    std::int64_t last_ms_ = -1;
    std::uint32_t seq_ = 0;
};

// The Unix milliseconds of a UUIDv7, or nothing for another version.
std::optional<std::int64_t> uuid_v7_millis(std::string_view uuid);

// A random (v4) UUID, for batch ids, change ids and tokens' public parts.
std::string random_uuid_v4();

}  // namespace ronde
