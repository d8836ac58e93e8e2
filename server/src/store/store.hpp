// Storage of the server behind an interface (SQLite today; another engine
// can be added later). Owned by the store/services work; see sqlite_store.cpp.
#pragma once

#include <memory>
#include <string>

namespace ronde::server {

class Store {
public:
    virtual ~Store() = default;
    // The full interface is defined by the ronde-server issue's store work.
};

// Opens (creating when needed) the SQLite database at `path` in WAL mode and
// applies every pending migration. Throws std::runtime_error on failure.
std::unique_ptr<Store> open_sqlite_store(const std::string& path);

}  // namespace ronde::server
