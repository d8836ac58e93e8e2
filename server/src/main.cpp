// ronde-server: the unit's sync server and its admin commands. A thin
// dispatcher over the subcommands of cli/commands.hpp.
#include "api/api.hpp"
#include "cli/commands.hpp"

#include <openssl/crypto.h>

#include <cstdlib>
#include <iostream>
#include <string>

namespace {

constexpr const char* kUsage = R"(Usage: ronde-server COMMAND [options]

Commands:
  serve --db FILE --listen HOST:PORT     serve the sync API (HTTP or HTTPS)
  unit add --db FILE --code CODE --name NAME
                                         create a unit
  user add --db FILE --unit CODE --username NAME --role patrol|supervisor|admin
           --display-name TEXT           create an account (password on stdin)
  user disable|enable --db FILE --username NAME
                                         disable an account, or enable it again
  user password --db FILE --username NAME
                                         set an account's password (on stdin)
  demo-seed --db FILE                    create a realistic demo unit
  backup --db FILE --to FILE             online backup of the database
  restore --from BACKUP --db FILE        restore a backup into a new database file
  device revoke --db FILE --device ID    revoke a device (its token stops at once)
  audit verify --db FILE                 check the audit journal's hash chain
  audit list --db FILE [--unit CODE] [--user NAME] [--after SEQ] [--limit N]
                                         read the audit journal

  --help       this text (each command also takes --help)
  --version    print the version
)";

}  // namespace

int main(int argc, char** argv) {
    // cpprestsdk + OpenSSL 3 can spin in OpenSSL's atexit handler: skip it.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
    using namespace ronde::server;

    const Args all(argv + 1, argv + argc);
    const auto rest = [&all](std::size_t skip) { return Args(all.begin() + skip, all.end()); };
    const std::string first = all.empty() ? "" : all[0];
    const std::string second = all.size() > 1 ? all[1] : "";

    if (first.empty() || first == "--help" || first == "-h" || first == "help") {
        std::cout << kUsage;
        return first.empty() ? 2 : 0;
    }
    if (first == "--version") {
        std::cout << "ronde-server " << kServerVersion << "\n";
        return 0;
    }
    if (first == "serve") {
        const int code = run_serve(rest(1), std::cout, std::cerr);
        // The store is closed by now. Skip static destructors: cpprestsdk's
        // thread pool (a static) still has threads running, and tearing it
        // down under them can crash at exit.
        std::cout.flush();
        std::cerr.flush();
        std::_Exit(code);
    }
    if (first == "unit" && second == "add") {
        return run_unit_add(rest(2), std::cout, std::cerr);
    }
    if (first == "user" && second == "add") {
        return run_user_add(rest(2), std::cin, std::cout, std::cerr);
    }
    if (first == "user" && (second == "disable" || second == "enable")) {
        return run_user_set_disabled(rest(2), second == "disable", std::cout, std::cerr);
    }
    if (first == "user" && second == "password") {
        return run_user_password(rest(2), std::cin, std::cout, std::cerr);
    }
    if (first == "demo-seed") {
        return run_demo_seed(rest(1), std::cout, std::cerr);
    }
    if (first == "device" && second == "revoke") {
        return run_device_revoke(rest(2), std::cout, std::cerr);
    }
    if (first == "audit" && second == "verify") {
        return run_audit_verify(rest(2), std::cout, std::cerr);
    }
    if (first == "audit" && second == "list") {
        return run_audit_list(rest(2), std::cout, std::cerr);
    }
    if (first == "restore") {
        return run_restore(rest(1), std::cout, std::cerr);
    }
    if (first == "backup") {
        return run_backup(rest(1), std::cout, std::cerr);
    }
    std::cerr << "ronde-server: unknown command '" << first
              << (first == "unit" || first == "user" || first == "device" || first == "audit"
                      ? " " + second
                      : std::string())
              << "'\n"
              << kUsage;
    return 2;
}
