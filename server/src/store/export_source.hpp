// Read access for the exports (repository layer): the unit's visits or
// contacts that match a filter, page by page, in a database connection of
// their own. Every page is read in its own short read transaction, so an
// export that takes minutes (a slow download) never holds a snapshot open:
// pushes go on, and the SQLite WAL can be checkpointed meanwhile.
//
// The rows of one export are those that existed when it was opened (rowid
// at most `last_rowid` of the ExportPlan): a record pushed during the
// download is not in it, a record edited during the download is in it once,
// in the version its page read, and a record deleted during the download is
// left out. Rows come in rowid order, i.e. the order in which the server
// first received them. Filters of visits read the supervisor tables
// (migration 0003): derive them before opening an export.
#pragma once

#include "ronde/enums.hpp"
#include "store/queries.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ronde::server {

// Which records of a unit an export takes. Empty optionals do not filter.
struct ExportFilter {
    std::string unit_id;
    Entity entity = Entity::visit;  // visit or contact
    // Visits: the filters of the visit list (queries.hpp), checked on the
    // derived tables exactly as the list checks them (visits.unit_id is
    // unit_id). Unfiltered, every live visit of the unit.
    VisitQuery visits;
    std::optional<std::string> category;  // contacts: category code
    std::optional<std::string> commune;   // contacts: exact commune
};

// What an export will read: how many rows and up to which rowid.
struct ExportPlan {
    std::int64_t rows = 0;
    std::int64_t last_rowid = 0;
};

struct ExportRow {
    std::int64_t rowid = 0;
    std::string id;
    std::string author_id;
    std::string data;  // the record's JSON text
};

// One export's reads. Used by one thread at a time; owns its connection.
class ExportReader {
public:
    virtual ~ExportReader() = default;

    // Counts the matching rows and notes the last rowid: the rows that
    // next_page will return. One read transaction.
    virtual ExportPlan plan(const ExportFilter& filter) = 0;
    // Up to `limit` matching rows with after_rowid < rowid <= plan.last_rowid,
    // in rowid order, into `out` (cleared first). One read transaction.
    virtual void next_page(const ExportFilter& filter, const ExportPlan& plan,
                           std::int64_t after_rowid, int limit, std::vector<ExportRow>& out) = 0;
    // The current data (JSON text) of the unit's live contact `id`, if any.
    virtual std::optional<std::string> contact_data(const std::string& unit_id,
                                                    const std::string& id) = 0;
    // Display names of the unit's users, by user id.
    virtual std::unordered_map<std::string, std::string> user_names(const std::string& unit_id) = 0;
};

// Opens ExportReaders. Thread-safe.
class ExportSource {
public:
    virtual ~ExportSource() = default;
    // A reader on a connection of its own. Throws StoreError.
    virtual std::unique_ptr<ExportReader> open() = 0;
};

// Exports from the SQLite database file at `path` (the server's database,
// opened by the Store; each reader opens it again, read-only).
std::unique_ptr<ExportSource> open_sqlite_export_source(const std::string& path);

}  // namespace ronde::server
