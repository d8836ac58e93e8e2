// ronde-sim: N simulated devices against a real ronde-server (see
// simulator.hpp for what --verify proves).
#include "cpprest_transport.hpp"
#include "simulator.hpp"

#include "ronde/uuid.hpp"

#include <openssl/crypto.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr const char* kUsage = R"(usage: ronde-sim --server URL --username U --password-file F
                 [--devices N] [--ops M] [--seed S] [--verify] [--json]
                 [--sync-probability P] [--timeout SECONDS] [--work-dir DIR] [--keep]

Simulates N devices (default 4) of one account against a ronde-server. Each
device has its own store (in a temporary folder) and its own device id, signs
in, and does M random actions (default 50): create, edit and delete contacts
shared by every device, log and edit visits, start and end patrols, syncing
now and then (probability P after each action, default 0.2). A device whose
sync fails (server unreachable) keeps working and syncs later.

  --server URL          e.g. http://127.0.0.1:8080
  --username U          the account every device signs in with
  --password-file F     a file whose first line is the password
  --seed S              the random actions (default 1)
  --verify              ends with full syncs of every device (retrying for at
                        most --timeout seconds, default 60), compares every
                        device's content with what a fresh device pulls from
                        the server, and checks that no saved change was lost
                        or applied twice
  --json                prints the summary as one JSON object on stdout
  --work-dir DIR        keep the stores under DIR (default: a temporary folder,
                        removed at the end unless --keep)

Verification compares with what a fresh device of the same account pulls (a
supervisor account is not needed: every record of the run is in a patrol's
scope); each device and the fresh one sign in once.

Exit status: 0 success (verified when --verify), 1 a difference, a lost or a
duplicated change, 2 bad usage or no sign-in.
)";

template <class T>
bool parse_number(std::string_view text, T& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

int usage_error(const std::string& message) {
    std::cerr << "ronde-sim: " << message << "\n(see ronde-sim --help)\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    // cpprestsdk + OpenSSL 3 can spin at exit without this (BUILD-NOTES).
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);

    ronde::sim::SimOptions options;
    std::string server;
    std::string password_file;
    std::string work_dir;
    bool verify = false;
    bool json = false;
    bool keep = false;
    const std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (flag == "--help" || flag == "-h") {
            std::cout << kUsage;
            return 0;
        }
        if (flag == "--verify") {
            verify = true;
            continue;
        }
        if (flag == "--json") {
            json = true;
            continue;
        }
        if (flag == "--keep") {
            keep = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            return usage_error(flag.starts_with("--") ? flag + " needs a value"
                                                      : "unexpected argument " + flag);
        }
        const std::string& value = args[++i];
        bool ok = true;
        if (flag == "--server") {
            server = value;
        } else if (flag == "--username") {
            options.username = value;
        } else if (flag == "--password-file") {
            password_file = value;
        } else if (flag == "--devices") {
            ok = parse_number(value, options.devices) && options.devices >= 1 &&
                 options.devices <= 100;
        } else if (flag == "--ops") {
            ok = parse_number(value, options.ops) && options.ops >= 0;
        } else if (flag == "--seed") {
            ok = parse_number(value, options.seed);
        } else if (flag == "--sync-probability") {
            try {
                options.sync_probability = std::stod(value);
            } catch (const std::exception&) {
                ok = false;
            }
            ok = ok && options.sync_probability >= 0 && options.sync_probability <= 1;
        } else if (flag == "--timeout") {
            int seconds = 0;
            ok = parse_number(value, seconds) && seconds > 0;
            options.verify_timeout = std::chrono::seconds(seconds);
        } else if (flag == "--work-dir") {
            work_dir = value;
        } else {
            return usage_error("unknown option " + flag);
        }
        if (!ok) {
            return usage_error("bad value for " + flag + ": " + value);
        }
    }
    if (server.empty() || options.username.empty() || password_file.empty()) {
        return usage_error("--server, --username and --password-file are required");
    }
    std::ifstream in(password_file);
    if (!in || !std::getline(in, options.password) || options.password.empty()) {
        return usage_error("cannot read a password from " + password_file);
    }
    if (!options.password.empty() && options.password.back() == '\r') {
        options.password.pop_back();
    }

    namespace fs = std::filesystem;
    const bool temporary = work_dir.empty();
    if (temporary) {
        work_dir = (fs::temp_directory_path() / ("ronde-sim-" + ronde::random_uuid_v4())).string();
    }
    std::error_code ec;
    fs::create_directories(work_dir, ec);
    if (ec) {
        return usage_error("cannot create " + work_dir + ": " + ec.message());
    }
    options.work_dir = work_dir;
    options.log = &std::cerr;

    int status = 0;
    {
        ronde::sync::SystemClock clock;
        ronde::sim::Simulator sim(
            options,
            [&server](int) { return std::make_unique<ronde::sim::CpprestTransport>(server); },
            clock);
        if (auto e = sim.start()) {
            std::cerr << "ronde-sim: " << e->message << "\n";
            status = 2;
        } else {
            sim.run();
            const ronde::sim::SimReport report = verify ? sim.verify() : sim.report();
            if (json) {
                std::cout << report.to_json().dump() << std::endl;
            } else {
                std::cout << "devices " << report.devices << ", operations " << report.operations
                          << ", changes saved " << report.changes_saved << ", pushed "
                          << report.changes_pushed << ", rejected " << report.changes_rejected
                          << ", pulled " << report.changes_pulled << ", syncs " << report.syncs
                          << " (" << report.syncs_failed << " failed)\n";
                if (verify) {
                    std::cout << "lost " << report.lost << ", duplicated " << report.duplicated
                              << ", mismatched " << report.mismatched << ", converged "
                              << (report.converged ? "yes" : "no") << ", digest " << report.digest
                              << "\n";
                }
            }
            if (verify && !report.ok()) {
                status = 1;
            }
        }
    }
    if (temporary && !keep) {
        fs::remove_all(work_dir, ec);
    } else if (temporary) {
        std::cerr << "ronde-sim: stores kept in " << work_dir << "\n";
    }
    return status;
}
