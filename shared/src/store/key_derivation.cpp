#include "ronde/store/key_derivation.hpp"

#include "ronde/hex.hpp"

#include <argon2.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace ronde::store {
namespace {

constexpr std::string_view kMagic = "ronde-salt-v1";

}  // namespace

std::string StoreKey::hex() const {
    return to_hex(bytes);
}

Result<StoreKey> derive_key(std::string_view pin, std::span<const std::uint8_t> salt,
                            const KeyParams& params) {
    if (pin.empty()) {
        return make_error("invalid_value", "The PIN is empty.", "pin");
    }
    if (salt.size() < 8) {
        return make_error("invalid_value", "The salt is too short.", "salt");
    }
    StoreKey key;
    const int rc =
        argon2id_hash_raw(params.t_cost, params.m_cost_kib, params.parallelism, pin.data(),
                          pin.size(), salt.data(), salt.size(), key.bytes.data(), key.bytes.size());
    if (rc != ARGON2_OK) {
        return make_error("key_derivation_failed",
                          std::string("Argon2id failed: ") + argon2_error_message(rc));
    }
    return key;
}

std::string salt_path(const std::string& db_path) {
    return db_path + ".salt";
}

// File format, one line: "ronde-salt-v1 <t> <m KiB> <p> <salt hex>".
Result<SaltFile> read_salt_file(const std::string& db_path) {
    std::ifstream in(salt_path(db_path));
    if (!in) {
        return make_error("missing_salt", "The key salt of the database is missing.");
    }
    std::string magic;
    std::string hex;
    SaltFile file;
    in >> magic >> file.params.t_cost >> file.params.m_cost_kib >> file.params.parallelism >> hex;
    if (!in || magic != kMagic || !from_hex(hex, file.salt) || file.salt.size() < 8) {
        return make_error("corrupt_salt", "The key salt of the database is unreadable.");
    }
    return file;
}

Result<SaltFile> create_salt_file(const std::string& db_path, const KeyParams& params) {
    SaltFile file;
    file.params = params;
    file.salt.resize(kSaltSize);
    std::random_device rd;  // the OS's entropy source (getrandom) on Linux and Android
    for (auto& b : file.salt) {
        b = static_cast<std::uint8_t>(rd());
    }
    const std::string path = salt_path(db_path);
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << kMagic << ' ' << params.t_cost << ' ' << params.m_cost_kib << ' '
            << params.parallelism << ' ' << to_hex(file.salt) << '\n';
        out.flush();
        if (!out) {
            return make_error("io_error", "Cannot write the key salt of the database.");
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return make_error("io_error", "Cannot write the key salt of the database.");
    }
    return file;
}

}  // namespace ronde::store
