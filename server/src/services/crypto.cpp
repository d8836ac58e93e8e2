#include "services/crypto.hpp"

#include "ronde/hex.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <stdexcept>

namespace ronde::server {

bool random_bytes(unsigned char* out, std::size_t n) {
    return n <= static_cast<std::size_t>(INT_MAX) && RAND_bytes(out, static_cast<int>(n)) == 1;
}

std::string random_token_hex() {
    std::uint8_t bytes[32];
    if (!random_bytes(bytes, sizeof bytes)) {
        return {};
    }
    return ronde::to_hex(bytes);
}

std::string sha256_hex(std::string_view data) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 failed");
    }
    return ronde::to_hex(std::span<const std::uint8_t>(md, len));
}

}  // namespace ronde::server
