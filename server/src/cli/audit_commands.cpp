// ronde-server audit verify: walks the hash chain of the audit journal
// (services/audit_service.hpp) and names the first bad entry. audit list:
// prints the journal, with unit codes and usernames, filtered.
#include "cli/admin_args.hpp"
#include "cli/commands.hpp"
#include "ronde/hlc.hpp"
#include "ronde/time.hpp"
#include "services/audit_service.hpp"
#include "services/auth_service.hpp"
#include "store/store.hpp"

#include <charconv>
#include <filesystem>
#include <map>
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

constexpr const char* kAuditListUsage =
    R"(Usage: ronde-server audit list --db FILE [--unit CODE] [--user NAME]
                         [--action ACTION] [--target ID] [--after SEQ]
                         [--limit N] [--format text|json]

Prints the audit journal, oldest first: who read or changed what, when, from
which device. Every consultation through the supervisor routes, every export,
every admin action (from the app or the command line) and the consultations
made offline on the devices are there. The server may keep running; reading
the journal is not itself journaled (whoever can run this can read the file).

  --db FILE        SQLite database (default: $RONDE_DB)
  --unit CODE      entries of this unit only
  --user NAME      entries made by this account only
  --action ACTION  entries of this action ("contacts.list"), or of an area
                   when it ends with a dot ("user.", "export.")
  --target ID      entries about this record, user, device or route
  --after SEQ      entries after this number only (to page, or to follow)
  --limit N        at most N entries
  --format F       text (default): a header, then one tab-separated line per
                   entry (seq, time UTC, unit, user, device, action, target,
                   details); json: one JSON object per line
  --help           this text
)";

// Opens an existing database (never creates one), or none after telling why.
std::unique_ptr<Store> open_existing(const std::string& command, const std::string& path,
                                     std::ostream& err) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        err << "ronde-server " << command << ": no database at " << path << "\n";
        return nullptr;
    }
    try {
        return open_sqlite_store(path);
    } catch (const std::exception& e) {
        err << "ronde-server " << command << ": " << e.what() << "\n";
        return nullptr;
    }
}

std::optional<std::int64_t> parse_count(const std::string& text) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) {
        return std::nullopt;
    }
    return value;
}

// Unit codes and usernames by id, read once each.
class Names {
public:
    explicit Names(Store& store) : store_(store) {}
    std::string unit(const std::string& id) {
        return lookup(units_, id, [this](const std::string& key) {
            auto unit = store_.begin_read()->unit_by_id(key);
            return unit ? unit->code : key;
        });
    }
    std::string user(const std::string& id) {
        return lookup(users_, id, [this](const std::string& key) {
            auto user = store_.begin_read()->user_by_id(key);
            return user ? user->user.username : key;
        });
    }

private:
    template <class F>
    static std::string lookup(std::map<std::string, std::string>& cache, const std::string& id,
                              F read) {
        if (id.empty()) {
            return "";
        }
        auto it = cache.find(id);
        if (it == cache.end()) {
            it = cache.emplace(id, read(id)).first;
        }
        return it->second;
    }
    Store& store_;
    std::map<std::string, std::string> units_;
    std::map<std::string, std::string> users_;
};

// Tabs and line breaks would break the line format: shown as spaces.
std::string one_field(std::string text) {
    for (char& c : text) {
        if (c == '\t' || c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return text;
}

}  // namespace

int run_audit_verify(const Args& args, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code = cli::parse_flags("audit verify", kAuditVerifyUsage, args, {"--db"}, {"--db"},
                                     flags, out, err)) {
        return *code;
    }
    auto store = open_existing("audit verify", flags.get("--db"), err);
    if (!store) {
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

int run_audit_list(const Args& args, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code = cli::parse_flags(
            "audit list", kAuditListUsage, args,
            {"--db", "--unit", "--user", "--action", "--target", "--after", "--limit", "--format"},
            {"--db"}, flags, out, err)) {
        return *code;
    }
    const auto usage_error = [&err](const std::string& message) {
        err << "ronde-server audit list: " << message << "\n(see ronde-server audit list --help)\n";
        return 2;
    };
    const std::string format = flags.get("--format").empty() ? "text" : flags.get("--format");
    if (format != "text" && format != "json") {
        return usage_error("--format must be text or json");
    }
    const auto after = parse_count(flags.get("--after").empty() ? "0" : flags.get("--after"));
    if (!after) {
        return usage_error("--after must be an entry number (0 or more)");
    }
    const auto limit = parse_count(flags.get("--limit").empty() ? "0" : flags.get("--limit"));
    if (!limit || (!flags.get("--limit").empty() && *limit == 0)) {
        return usage_error("--limit must be a number of entries (1 or more)");
    }
    const std::string action = flags.get("--action");
    const std::string target = flags.get("--target");

    auto store = open_existing("audit list", flags.get("--db"), err);
    if (!store) {
        return 1;
    }
    std::string unit_id;
    std::string user_id;
    try {
        auto tx = store->begin_read();
        if (const std::string code = flags.get("--unit"); !code.empty()) {
            auto unit = tx->unit_by_code(code);
            if (!unit) {
                err << "ronde-server audit list: no unit has the code " << code << "\n";
                return 1;
            }
            unit_id = unit->id;
        }
        if (const std::string name = flags.get("--user"); !name.empty()) {
            auto user = AuthService(*store, AuthConfig{}, &system_millis).find_user(name);
            if (!user) {
                err << "ronde-server audit list: no account has the username " << name << "\n";
                return 1;
            }
            user_id = user->id;
        }
    } catch (const std::exception& e) {
        err << "ronde-server audit list: " << e.what() << "\n";
        return 1;
    }
    const auto wanted = [&](const AuditEntry& e) {
        if (!user_id.empty() && e.user_id != user_id) {
            return false;
        }
        if (!target.empty() && e.target != target) {
            return false;
        }
        if (!action.empty()) {
            return action.back() == '.' ? e.action.starts_with(action) : e.action == action;
        }
        return true;
    };

    AuditService audit(*store, &system_millis);
    Names names(*store);
    if (format == "text") {
        out << "seq\tat (UTC)\tunit\tuser\tdevice\taction\ttarget\tdetails\n";
    }
    std::int64_t cursor = *after;
    std::int64_t printed = 0;
    while (*limit == 0 || printed < *limit) {
        auto page = audit.entries(unit_id, cursor, 1000);
        if (!page) {
            err << "ronde-server audit list: " << page.error().message << "\n";
            return 1;
        }
        if (page.value().empty()) {
            break;
        }
        for (const AuditRecord& r : page.value()) {
            cursor = r.seq;
            if (!wanted(r.entry) || (*limit != 0 && printed >= *limit)) {
                continue;
            }
            ++printed;
            const AuditEntry& e = r.entry;
            const std::string at = format_timestamp(Timestamp(std::chrono::milliseconds(r.at_ms)));
            if (format == "json") {
                Json line{{"seq", r.seq},
                          {"at", at},
                          {"unit_id", e.unit_id},
                          {"unit", names.unit(e.unit_id)},
                          {"user_id", e.user_id},
                          {"user", names.user(e.user_id)},
                          {"device_id", e.device_id},
                          {"action", e.action},
                          {"target", e.target},
                          {"details", e.details},
                          {"hash", r.hash}};
                out << line.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
                continue;
            }
            const std::string unit = names.unit(e.unit_id);
            const std::string user = e.user_id.empty() ? "(command line)" : names.user(e.user_id);
            out << r.seq << '\t' << at << '\t' << one_field(unit.empty() ? "-" : unit) << '\t'
                << one_field(user) << '\t' << (e.device_id.empty() ? "-" : e.device_id) << '\t'
                << one_field(e.action) << '\t' << one_field(e.target) << '\t'
                << e.details.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
        }
    }
    return 0;
}

}  // namespace ronde::server
