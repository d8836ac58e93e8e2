// ronde-server audit verify: walks the hash chain of the audit journal
// (services/audit_service.hpp) and names the first bad entry.
#include "cli/admin_args.hpp"
#include "cli/commands.hpp"
#include "ronde/hlc.hpp"
#include "services/audit_service.hpp"
#include "store/store.hpp"

#include <filesystem>
#include <ostream>

namespace ronde::server {

namespace {

constexpr const char* kAuditVerifyUsage = R"(Usage: ronde-server audit verify --db FILE

Checks the audit journal: every entry's hash must follow from the previous
entry and its own content, entries are numbered without gaps, and the last
entry is the recorded head. The server may keep running.

Exit status 0 when the journal is intact (prints the number of entries and
the hash of the newest one: keep a copy of it elsewhere), 1 when an entry
was edited, removed, inserted or reordered (names the first bad entry), 2 on
a usage error.

  --db FILE      SQLite database (default: $RONDE_DB)
  --help         this text
)";

}  // namespace

int run_audit_verify(const Args& args, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code = cli::parse_flags("audit verify", kAuditVerifyUsage, args, {"--db"}, {"--db"},
                                     flags, out, err)) {
        return *code;
    }
    const std::string path = flags.get("--db");
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        err << "ronde-server audit verify: no database at " << path << "\n";
        return 1;
    }
    std::unique_ptr<Store> store;
    try {
        store = open_sqlite_store(path);
    } catch (const std::exception& e) {
        err << "ronde-server audit verify: " << e.what() << "\n";
        return 1;
    }
    AuditService audit(*store, &system_millis);
    const AuditVerification v = audit.verify();
    if (!v.ok) {
        err << "ronde-server audit verify: the journal is broken at entry " << v.bad_seq << ": "
            << v.problem << "\n";
        return 1;
    }
    out << "audit journal intact: " << v.entries << " entries";
    if (!v.head_hash.empty()) {
        out << ", head " << v.head_hash;
    }
    out << "\n";
    return 0;
}

}  // namespace ronde::server
