// The supervisor exports (DESIGN §5, issue 6): the unit's visits as CSV for
// a French spreadsheet and as GeoJSON, and its contacts as GeoJSON. Checks
// the role (supervisor only: a patrol or admin account gets "forbidden"; an
// admin does not read records, SUPERVISOR-API §1) and
// keeps to the caller's unit; parses the filters; writes one audit journal
// entry per export before its first byte is produced (an export whose entry
// cannot be written is refused); and hands back the body as a stream that
// the HTTP layer pulls piece by piece, so that the server's memory does not
// grow with the size of the export. Formats: services/export_format.hpp.
//
// Filters (query parameters; an unknown one is refused with 422
// invalid_value so that a typo never exports more than was asked for):
//   visits:   every filter of the visit list (sync-protocol/SUPERVISOR-API.md
//             §2.2: from, to, commune, category, topic, action, author,
//             patrol, contact, follow_up, assignee, q, lat/lon/radius_m),
//             parsed by the same code (services/query_params.hpp) and
//             checked by the same conditions on the derived tables: an
//             export holds exactly the visits the list gives with the same
//             filters (in another order). No limit or cursor.
//   contacts: category      a category code
//             commune       the commune, ASCII case ignored
//
// visits.csv (export_format.hpp for the encoding): Identifiant; Date et
//   heure (Paris); Auteur (display name); Contact ("Organisation — Person");
//   Catégorie du contact; Commune (of the contact); Lieu; Latitude;
//   Longitude; Précision (m); Source de la position; Thèmes; Actions
//   (French labels joined by " | ": some labels hold commas); Climat; Note;
//   Suite à donner (Oui/Non); Résumé de la suite; Échéance; Suite attribuée
//   à; Statut de la suite; Suite close le.
// visits.geojson, contacts.geojson: RFC 7946 FeatureCollections, one
//   Feature per record, "id" = record id, Point [lon, lat] or a null
//   geometry without a position; properties carry codes and their French
//   labels ("climate": "tense", "climate_label": "Tendu"; "topics" and
//   "topic_labels" as arrays), times in UTC ISO-8601 (plus
//   "occurred_at_paris"). Contacts leave out phone, e-mail and notes (data
//   minimisation: a map file travels).
//
// Rows come in the order the server first received the records (see
// store/export_source.hpp); a spreadsheet or QGIS sorts them.
// Thread-safe; the source and the journal must outlive the service and
// every stream it returned.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/error.hpp"
#include "services/principal.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ronde::server {

class AuditService;
class ExportSource;

enum class ExportKind : std::uint8_t { visits_csv, visits_geojson, contacts_geojson };

// One export as journaled: "export.visits_csv"..., the route, and details
// {"filters": {...}, "count": N, "format": "csv"|"geojson"} (N: the rows
// when the export began).
struct ExportAuditEntry {
    std::string action;
    std::string target;
    Json details;
};
// Writes an entry to the audit journal for `who` (user, unit, device; the
// journal stamps the time). An error refuses the export.
using ExportJournal =
    std::function<std::optional<Error>(const Principal& who, const ExportAuditEntry& entry)>;
// The journal of ronde-server: appends to `audit` (which must outlive it),
// each entry in its own write transaction.
ExportJournal audit_journal(AuditService& audit);

struct ExportConfig {
    int page_rows = 500;                  // rows per read transaction
    std::size_t chunk_bytes = 64 * 1024;  // size of the pieces handed to HTTP
    int max_concurrent = 4;               // more at once: "unavailable"
};

struct ExportStream {
    std::string content_type;
    std::string file_name;  // for Content-Disposition: "visites.csv"
    std::int64_t rows = 0;  // as counted when the export began
    // Appends the next piece of the body (about chunk_bytes) to `chunk` and
    // returns true while more follows; false after the last piece. Throws
    // on a read failure (the HTTP layer then cuts the response). Called by
    // one thread at a time.
    std::function<bool(std::string& chunk)> next;
};

class ExportService {
public:
    ExportService(ExportSource& source, ExportJournal journal, ExportConfig config = {});

    // Called before each export reads anything: brings the derived tables
    // that filters read up to date (SupervisorService::derive_pending_records).
    // Set before the first export; may throw (the export is then refused).
    void set_refresh(std::function<void()> refresh) { refresh_ = std::move(refresh); }

    // The route of an export: "/api/v1/export/visits.csv"...
    static std::string_view route(ExportKind kind) noexcept;

    // Errors: forbidden (patrol account), invalid_value / invalid_date /
    // invalid_time / invalid_enum (filters), unavailable (too many exports
    // at once), internal (journal or store failure).
    Result<ExportStream> open(const Principal& who, ExportKind kind,
                              const std::map<std::string, std::string>& query);

private:
    ExportSource& source_;
    ExportJournal journal_;
    ExportConfig config_;
    std::function<void()> refresh_;
    std::shared_ptr<std::atomic<int>> running_ = std::make_shared<std::atomic<int>>(0);
};

}  // namespace ronde::server
