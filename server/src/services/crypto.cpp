#include "services/crypto.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <stdexcept>

namespace ronde::server {
namespace {

std::string to_hex(const unsigned char* p, std::size_t n) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(n * 2, '\0');
    for (std::size_t i = 0; i < n; ++i) {
        out[2 * i] = kDigits[p[i] >> 4];
        out[2 * i + 1] = kDigits[p[i] & 0xf];
    }
    return out;
}

}  // namespace

bool random_bytes(unsigned char* out, std::size_t n) {
    return n <= static_cast<std::size_t>(INT_MAX) && RAND_bytes(out, static_cast<int>(n)) == 1;
}

std::string random_token_hex() {
    unsigned char bytes[32];
    if (!random_bytes(bytes, sizeof bytes)) {
        return {};
    }
    return to_hex(bytes, sizeof bytes);
}

std::string sha256_hex(std::string_view data) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 failed");
    }
    return to_hex(md, len);
}

}  // namespace ronde::server
