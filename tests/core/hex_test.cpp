#include "ronde/hex.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using ronde::from_hex;
using ronde::to_hex;

TEST_CASE("to_hex writes two lowercase digits per byte, high nibble first", "[hex]") {
    const std::vector<std::uint8_t> bytes{0x00, 0x0f, 0xa0, 0xff, 0x7e};
    CHECK(to_hex(bytes) == "000fa0ff7e");
    CHECK(to_hex({}).empty());
}

TEST_CASE("from_hex reads back every byte value", "[hex]") {
    std::vector<std::uint8_t> all(256);
    for (int i = 0; i < 256; ++i) {
        all[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(i);
    }
    std::vector<std::uint8_t> back;
    REQUIRE(from_hex(to_hex(all), back));
    CHECK(back == all);
}

TEST_CASE("from_hex refuses odd lengths, uppercase and other characters", "[hex]") {
    std::vector<std::uint8_t> out{1, 2, 3};
    CHECK_FALSE(from_hex("abc", out));
    CHECK(out.empty());
    out = {1};
    CHECK_FALSE(from_hex("AB", out));
    CHECK(out.empty());
    CHECK_FALSE(from_hex("0g", out));
    CHECK_FALSE(from_hex("0 ", out));
    CHECK(from_hex("", out));
    CHECK(out.empty());
}
