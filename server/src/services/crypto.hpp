// Small wrappers over OpenSSL for the services: random bytes, device tokens
// and SHA-256. Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ronde::server {

// Cryptographically secure random bytes; false when the generator failed.
bool random_bytes(unsigned char* out, std::size_t n);
// 256 random bits as 64 lowercase hex chars; empty when the generator failed.
std::string random_token_hex();
// SHA-256 of `data` as 64 lowercase hex chars.
std::string sha256_hex(std::string_view data);

}  // namespace ronde::server
