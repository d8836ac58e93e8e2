// The numbered SQL migrations of the server's database, embedded at build
// time from src/store/migrations/NNNN_name.sql (see server/CMakeLists.txt).
#pragma once

#include <string_view>
#include <vector>

namespace ronde::server {

struct MigrationSource {
    std::string_view file_name;  // "0001_init.sql": the number is its version
    std::string_view sql;
};

// In file-name order.
const std::vector<MigrationSource>& migration_sources();

}  // namespace ronde::server
