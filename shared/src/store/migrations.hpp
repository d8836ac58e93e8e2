// Private to the store: the schema migrations.
#pragma once

struct sqlite3;

namespace ronde::store::detail {

// Number of the last migration of this build.
int latest_schema_version() noexcept;
// Applies every migration newer than the database's PRAGMA user_version, each
// in its own transaction. Throws StoreFailure ("store_too_new" when the
// database comes from a newer build).
void migrate(sqlite3* db);

}  // namespace ronde::store::detail
