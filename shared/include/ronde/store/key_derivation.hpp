// The key of the encrypted device store: the user's PIN through Argon2id with
// a per-device random salt. The salt (and the Argon2 parameters it was made
// with) live in a small file beside the database, "<db>.salt", because they
// must be readable before the key is known. Losing the salt file makes the
// database unreadable, like forgetting the PIN.
#pragma once

#include "ronde/error.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ronde::store {

struct KeyParams {
    std::uint32_t t_cost = 3;              // iterations
    std::uint32_t m_cost_kib = 64 * 1024;  // memory, KiB
    std::uint32_t parallelism = 1;
    bool operator==(const KeyParams&) const = default;
};

inline constexpr std::size_t kSaltSize = 16;

// A raw 256-bit SQLCipher key.
struct StoreKey {
    std::array<std::uint8_t, 32> bytes{};
    std::string hex() const;  // 64 lowercase hex digits
    bool operator==(const StoreKey&) const = default;
};

struct SaltFile {
    KeyParams params;
    std::vector<std::uint8_t> salt;
};

// Argon2id(pin, salt) -> 32 bytes. Errors: "invalid_value" for an empty PIN
// or a short salt, "key_derivation_failed" when libargon2 refuses.
Result<StoreKey> derive_key(std::string_view pin, std::span<const std::uint8_t> salt,
                            const KeyParams& params);

std::string salt_path(const std::string& db_path);
// Reads "<db>.salt". Error "missing_salt" when absent, "corrupt_salt" when
// unreadable.
Result<SaltFile> read_salt_file(const std::string& db_path);
// Writes a new random salt with `params` (write to a temporary file, then
// rename). Error "io_error".
Result<SaltFile> create_salt_file(const std::string& db_path, const KeyParams& params);

}  // namespace ronde::store
