// Helpers of the device store tests: temporary folders, a settable clock,
// stores opened the way the build under test opens them (with a key on
// SQLCipher), a raw second connection, and sample records.
#pragma once

#include "ronde/store/device_store.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

struct sqlite3;

namespace ronde::store::test {

inline const DeviceIdentity kMe{"01990955-28c0-79df-ade7-ce7934f5241a",
                                "0199044e-d7e0-76f8-abea-16b14bb7aa15",
                                "0199044a-1111-7222-8333-444455556666"};
inline const std::string kColleague = "0199044f-c240-7e18-8ce9-232a00d8688d";

// 2026-11-26T09:00:00.000Z
inline constexpr std::int64_t kStartMs = 1795683600000;

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

// A wall clock the test moves by hand.
struct FakeClock {
    std::shared_ptr<std::int64_t> ms = std::make_shared<std::int64_t>(kStartMs);
    void advance(std::int64_t delta) { *ms += delta; }
    StoreOptions options(std::uint64_t seed = 42) const;
};

// The key the tests use on SQLCipher; nothing on the plain build.
std::optional<StoreKey> test_key();
// Opens (and enrols as kMe) a store; fails the test on error.
std::unique_ptr<DeviceStore> open_store(const std::string& path, const FakeClock& clock,
                                        bool enrol = true);
// A second, raw connection to the same file (keyed on SQLCipher).
sqlite3* raw_open(const std::string& path);
void raw_exec(sqlite3* db, const std::string& sql);
std::int64_t raw_count(sqlite3* db, const std::string& sql);

Timestamp at(std::int64_t ms);
Contact sample_contact(std::string organisation = "Boulangerie du Centre",
                       std::string person = "Élodie Lefèvre");
Visit sample_visit(const std::string& contact_id = {}, const std::string& patrol_id = {});

}  // namespace ronde::store::test
