// The admin subcommands: unit add, user add, user disable|enable|password,
// backup, device revoke. demo-seed is in demo_seed.cpp. Each opens (creating
// and migrating) the database, calls the services, and reports in one line.
// The changes are journaled (services/audit_service.hpp) in the change's own
// transaction, with no user id and the name of the system account that ran
// the command as `operator`.
#include "cli/admin_args.hpp"
#include "cli/commands.hpp"
#include "ronde/hlc.hpp"
#include "services/audit_service.hpp"
#include "services/auth_service.hpp"
#include "store/store.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <istream>
#include <ostream>

namespace ronde::server {

namespace cli {

std::optional<int> parse_flags(std::string_view command, std::string_view usage, const Args& args,
                               std::initializer_list<std::string_view> allowed,
                               std::initializer_list<std::string_view> required, ParsedFlags& flags,
                               std::ostream& out, std::ostream& err) {
    const auto usage_error = [&](const std::string& message) {
        err << "ronde-server " << command << ": " << message << "\n(see ronde-server " << command
            << " --help)\n";
        return 2;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (flag == "--help" || flag == "-h") {
            out << usage;
            return 0;
        }
        if (std::find(allowed.begin(), allowed.end(), flag) == allowed.end()) {
            return usage_error(flag.starts_with("-") ? "unknown option '" + flag + "'"
                                                     : "unexpected argument '" + flag + "'");
        }
        if (i + 1 >= args.size()) {
            return usage_error(flag + " needs a value");
        }
        flags.values[flag] = args[++i];
    }
    if (flags.values.find("--db") == flags.values.end()) {
        if (const char* env = std::getenv("RONDE_DB"); env != nullptr && *env != '\0') {
            flags.values["--db"] = env;
        }
    }
    for (std::string_view r : required) {
        if (flags.get(r).empty()) {
            return usage_error("missing " + std::string(r));
        }
    }
    return std::nullopt;
}

}  // namespace cli

namespace {

constexpr const char* kUnitAddUsage =
    R"(Usage: ronde-server unit add --db FILE --code CODE --name NAME

Creates a unit (a brigade). The database is created and migrated when needed.

  --db FILE      SQLite database (default: $RONDE_DB)
  --code CODE    short code, 2-32 letters, digits, '-' or '_' (e.g. BTA-CESSON)
  --name NAME    full name (e.g. "Brigade territoriale autonome de Cesson-Sévigné")
  --help         this text
)";

constexpr const char* kUserAddUsage =
    R"(Usage: ronde-server user add --db FILE --unit CODE --username NAME
                           --role patrol|supervisor|admin --display-name TEXT

Creates an account in a unit. The password is the first line of standard
input (at least 8 characters); it is never taken from the command line:
  printf '%s\n' "$PASSWORD" | ronde-server user add ...

  --db FILE            SQLite database (default: $RONDE_DB)
  --unit CODE          code of the unit
  --username NAME      2-64 letters, digits, '.', '_' or '-' (stored in lower case)
  --role ROLE          patrol, supervisor or admin
  --display-name TEXT  name shown in the app (e.g. "Gendarme Léa Tanguy")
  --help               this text
)";

constexpr const char* kUserDisableUsage =
    R"(Usage: ronde-server user disable --db FILE --username NAME

Disables an account (a gendarme leaving the unit): its devices' sessions end
at once and its password is refused with "account disabled". The devices
stay enrolled and keep their data; `user enable` gives the account back.
The server may keep running.

  --db FILE            SQLite database (default: $RONDE_DB)
  --username NAME      the account
  --help               this text
)";

constexpr const char* kUserEnableUsage =
    R"(Usage: ronde-server user enable --db FILE --username NAME

Enables a disabled account again: its password is accepted at sign-in. The
server may keep running.

  --db FILE            SQLite database (default: $RONDE_DB)
  --username NAME      the account
  --help               this text
)";

constexpr const char* kUserPasswordUsage =
    R"(Usage: ronde-server user password --db FILE --username NAME

Sets a new password for an account (an admin who lost theirs). The password
is the first line of standard input (at least 8 characters); it is never
taken from the command line:
  printf '%s\n' "$PASSWORD" | ronde-server user password ...
Devices already signed in stay signed in. The server may keep running.

  --db FILE            SQLite database (default: $RONDE_DB)
  --username NAME      the account
  --help               this text
)";

constexpr const char* kBackupUsage = R"(Usage: ronde-server backup --db FILE --to FILE

Copies the database to a new file with SQLite's online backup: the server
may keep running; the copy is a consistent snapshot.

  --db FILE      SQLite database (default: $RONDE_DB)
  --to FILE      the copy; must not exist yet
  --help         this text
)";

constexpr const char* kRestoreUsage = R"(Usage: ronde-server restore --from BACKUP --db FILE

Restores a backup made by `ronde-server backup` into a new database file,
after checking that the backup is an intact ronde-server database whose
audit journal is unbroken. The backup itself is never changed. FILE must not
exist: stop the server and move the damaged database (and its -wal and -shm
files) aside first. The restore is written to the copy's audit journal.

What reached the server after the backup is not in it: see
docs/OPERATIONS.md, "Backups".

  --from BACKUP  the backup file
  --db FILE      the database to create (default: $RONDE_DB)
  --help         this text
)";

constexpr const char* kDeviceRevokeUsage =
    R"(Usage: ronde-server device revoke --db FILE --device ID

Revokes an enrolled device (a lost or stolen phone): its token is refused at
once with 401 device_revoked, and the device id can never log in again. The
server may keep running.

  --db FILE      SQLite database (default: $RONDE_DB)
  --device ID    the device id (a UUID, as shown in the request log)
  --help         this text
)";

std::unique_ptr<Store> open_store(const std::string& command, const std::string& path,
                                  std::ostream& err) {
    try {
        return open_sqlite_store(path);
    } catch (const std::exception& e) {
        err << "ronde-server " << command << ": " << e.what() << "\n";
        return nullptr;
    }
}

// The system account running the command, for the journal.
std::string operator_name() {
    const uid_t uid = geteuid();
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found != nullptr &&
        found->pw_name != nullptr) {
        return found->pw_name;
    }
    return "uid " + std::to_string(uid);
}

// A journal entry for a change made from the command line in `unit_id`.
AuditEntry command_line_entry(std::string unit_id, std::string action, std::string target,
                              Json details) {
    AuditEntry entry;
    entry.unit_id = std::move(unit_id);
    entry.action = std::move(action);
    entry.target = std::move(target);
    details["operator"] = operator_name();
    entry.details = std::move(details);
    return entry;
}

// The password on the first line of `in` (a trailing CR dropped), or none
// after telling why.
std::optional<std::string> read_password(const std::string& command, std::istream& in,
                                         std::ostream& err) {
    std::string password;
    if (!std::getline(in, password) && password.empty()) {
        err << "ronde-server " << command << ": no password on standard input\n";
        return std::nullopt;
    }
    if (!password.empty() && password.back() == '\r') {
        password.pop_back();
    }
    if (password.empty()) {
        err << "ronde-server " << command
            << ": the password (first line of standard input) is empty\n";
        return std::nullopt;
    }
    return password;
}

void print_error(const std::string& command, const Error& e, std::ostream& err) {
    err << "ronde-server " << command << ": " << e.message;
    if (!e.field.empty()) {
        err << " (" << e.field << ")";
    }
    err << " [" << e.code << "]\n";
}

}  // namespace

int run_unit_add(const Args& args, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code = cli::parse_flags("unit add", kUnitAddUsage, args, {"--db", "--code", "--name"},
                                     {"--db", "--code", "--name"}, flags, out, err)) {
        return *code;
    }
    auto store = open_store("unit add", flags.get("--db"), err);
    if (!store) {
        return 1;
    }
    AuthService auth(*store, AuthConfig{}, &system_millis);
    AuditService audit(*store, &system_millis);
    auto unit = auth.create_unit(
        flags.get("--code"), flags.get("--name"), [&](WriteTx& tx, const Unit& created) {
            audit.append(tx, command_line_entry(created.id, "unit.create", created.id,
                                                {{"code", created.code}, {"name", created.name}}));
        });
    if (!unit) {
        print_error("unit add", unit.error(), err);
        return 1;
    }
    out << "unit " << unit->code << " created (id " << unit->id << ")\n";
    return 0;
}

int run_user_add(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code = cli::parse_flags("user add", kUserAddUsage, args,
                                     {"--db", "--unit", "--username", "--role", "--display-name"},
                                     {"--db", "--unit", "--username", "--role", "--display-name"},
                                     flags, out, err)) {
        return *code;
    }
    const auto role = parse_enum<Role>(flags.get("--role"));
    if (!role) {
        err << "ronde-server user add: --role must be patrol, supervisor or admin\n"
               "(see ronde-server user add --help)\n";
        return 2;
    }
    std::optional<std::string> password = read_password("user add", in, err);
    if (!password) {
        return 1;
    }
    auto store = open_store("user add", flags.get("--db"), err);
    if (!store) {
        return 1;
    }
    AuthService auth(*store, AuthConfig{}, &system_millis);
    AuditService audit(*store, &system_millis);
    const std::string unit_code = flags.get("--unit");
    auto user = auth.create_user(
        unit_code, flags.get("--username"), flags.get("--display-name"), *role, *password,
        [&](WriteTx& tx, const User& created) {
            audit.append(tx, command_line_entry(created.unit_id, "user.create", created.id,
                                                {{"username", created.username},
                                                 {"role", code(created.role)},
                                                 {"unit", unit_code}}));
        });
    std::fill(password->begin(), password->end(), '\0');
    if (!user) {
        print_error("user add", user.error(), err);
        return 1;
    }
    out << "user " << user->username << " (" << code(user->role) << ") created in unit "
        << flags.get("--unit") << " (id " << user->id << ")\n";
    return 0;
}

int run_backup(const Args& args, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code = cli::parse_flags("backup", kBackupUsage, args, {"--db", "--to"},
                                     {"--db", "--to"}, flags, out, err)) {
        return *code;
    }
    const std::string to = flags.get("--to");
    std::error_code ec;
    if (std::filesystem::exists(to, ec)) {
        err << "ronde-server backup: " << to << " already exists; choose a new file\n";
        return 1;
    }
    auto store = open_store("backup", flags.get("--db"), err);
    if (!store) {
        return 1;
    }
    try {
        store->backup_to(to);
    } catch (const std::exception& e) {
        err << "ronde-server backup: " << e.what() << "\n";
        std::filesystem::remove(to, ec);
        return 1;
    }
    out << "backup written to " << to << "\n";
    return 0;
}

int run_restore(const Args& args, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code = cli::parse_flags("restore", kRestoreUsage, args, {"--from", "--db"},
                                     {"--from", "--db"}, flags, out, err)) {
        return *code;
    }
    const std::string from = flags.get("--from");
    const std::string to = flags.get("--db");
    std::error_code ec;
    for (const std::string& path : {to, to + "-wal", to + "-shm"}) {
        if (std::filesystem::exists(path, ec)) {
            err << "ronde-server restore: " << path
                << " already exists; stop the server and move it aside first\n";
            return 1;
        }
    }
    if (!std::filesystem::is_regular_file(from, ec)) {
        err << "ronde-server restore: no backup at " << from << "\n";
        return 1;
    }
    try {
        copy_backup(from, to);
        auto store = open_sqlite_store(to);
        AuditService audit(*store, &system_millis);
        const AuditVerification v = audit.verify();
        if (!v.ok) {
            store.reset();
            for (const std::string& path : {to, to + "-wal", to + "-shm"}) {
                std::filesystem::remove(path, ec);
            }
            err << "ronde-server restore: the backup's audit journal is broken at entry "
                << v.bad_seq << ": " << v.problem << "; nothing restored\n";
            return 1;
        }
        auto journaled = audit.append(command_line_entry(
            "", "store.restore", from,
            {{"entries", v.entries}, {"head", v.head_hash}, {"schema", store->schema_version()}}));
        if (!journaled) {
            throw StoreError(journaled.error().message);
        }
        out << "restored " << from << " into " << to << " (audit journal intact: " << v.entries
            << " entries)\n";
        return 0;
    } catch (const std::exception& e) {
        for (const std::string& path : {to, to + "-wal", to + "-shm"}) {
            std::filesystem::remove(path, ec);
        }
        err << "ronde-server restore: " << e.what() << "; nothing restored\n";
        return 1;
    }
}

int run_device_revoke(const Args& args, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code = cli::parse_flags("device revoke", kDeviceRevokeUsage, args,
                                     {"--db", "--device"}, {"--db", "--device"}, flags, out, err)) {
        return *code;
    }
    auto store = open_store("device revoke", flags.get("--db"), err);
    if (!store) {
        return 1;
    }
    const std::string device_id = flags.get("--device");
    // The command line acts as an admin of the device's own unit.
    Principal admin;
    admin.role = Role::admin;
    try {
        auto tx = store->begin_read();
        if (auto device = tx->device_by_id(device_id)) {
            if (auto owner = tx->user_by_id(device->device.user_id)) {
                admin.unit_id = owner->user.unit_id;
            }
        }
    } catch (const std::exception& e) {
        err << "ronde-server device revoke: " << e.what() << "\n";
        return 1;
    }
    if (admin.unit_id.empty()) {
        err << "ronde-server device revoke: no device has the id " << device_id << "\n";
        return 1;
    }
    AuthService auth(*store, AuthConfig{}, &system_millis);
    AuditService audit(*store, &system_millis);
    if (auto e = auth.revoke_device(admin, device_id, [&](WriteTx& tx) {
            audit.append(tx, command_line_entry(admin.unit_id, "device.revoke", device_id,
                                                {{"unit_id", admin.unit_id}}));
        })) {
        print_error("device revoke", *e, err);
        return 1;
    }
    out << "device " << device_id << " revoked\n";
    return 0;
}

namespace {

// The account named by --username, or none after telling why.
std::optional<User> find_account(const std::string& command, AuthService& auth,
                                 const std::string& username, std::ostream& err) {
    try {
        if (auto user = auth.find_user(username)) {
            return user;
        }
        err << "ronde-server " << command << ": no account has the username " << username << "\n";
    } catch (const std::exception& e) {
        err << "ronde-server " << command << ": " << e.what() << "\n";
    }
    return std::nullopt;
}

}  // namespace

int run_user_set_disabled(const Args& args, bool disabled, std::ostream& out, std::ostream& err) {
    const std::string command = disabled ? "user disable" : "user enable";
    cli::ParsedFlags flags;
    if (auto code =
            cli::parse_flags(command, disabled ? kUserDisableUsage : kUserEnableUsage, args,
                             {"--db", "--username"}, {"--db", "--username"}, flags, out, err)) {
        return *code;
    }
    auto store = open_store(command, flags.get("--db"), err);
    if (!store) {
        return 1;
    }
    AuthService auth(*store, AuthConfig{}, &system_millis);
    const auto target = find_account(command, auth, flags.get("--username"), err);
    if (!target) {
        return 1;
    }
    AuditService audit(*store, &system_millis);
    const User& user = *target;
    auto at = auth.set_disabled(user.id, disabled, [&](WriteTx& tx) {
        audit.append(
            tx, command_line_entry(user.unit_id, disabled ? "user.disable" : "user.enable", user.id,
                                   {{"username", user.username}, {"unit_id", user.unit_id}}));
    });
    if (!at) {
        print_error(command, at.error(), err);
        return 1;
    }
    out << "user " << user.username << (disabled ? " disabled" : " enabled") << "\n";
    return 0;
}

int run_user_password(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code =
            cli::parse_flags("user password", kUserPasswordUsage, args, {"--db", "--username"},
                             {"--db", "--username"}, flags, out, err)) {
        return *code;
    }
    std::optional<std::string> password = read_password("user password", in, err);
    if (!password) {
        return 1;
    }
    auto store = open_store("user password", flags.get("--db"), err);
    if (!store) {
        return 1;
    }
    AuthService auth(*store, AuthConfig{}, &system_millis);
    const auto target = find_account("user password", auth, flags.get("--username"), err);
    if (!target) {
        return 1;
    }
    AuditService audit(*store, &system_millis);
    const User& user = *target;
    auto e = auth.set_password(user.id, *password, [&](WriteTx& tx) {
        audit.append(tx,
                     command_line_entry(user.unit_id, "user.password_reset", user.id,
                                        {{"username", user.username}, {"unit_id", user.unit_id}}));
    });
    std::fill(password->begin(), password->end(), '\0');
    if (e) {
        print_error("user password", *e, err);
        return 1;
    }
    out << "password of " << user.username << " changed\n";
    return 0;
}

}  // namespace ronde::server
