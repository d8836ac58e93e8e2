// Lowercase hexadecimal encoding of bytes, used for keys, tokens and digests.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ronde {

// Two lowercase hex digits per byte.
std::string to_hex(std::span<const std::uint8_t> bytes);

// The bytes of `text` (lowercase hex digits, even length); false, with `out`
// cleared, on any other input.
bool from_hex(std::string_view text, std::vector<std::uint8_t>& out);

}  // namespace ronde
