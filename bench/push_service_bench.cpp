// push-service-bench: the server's push cost without HTTP, for profiling
// (perf, valgrind --tool=callgrind) and for figures that other work on the
// machine skews little. Pushes the server-bench workload (default 50,000
// changes in batches of 500) into a SyncService over a SQLite file, on one
// thread, as the push route does: the body text goes to
// SyncService::push_text. Prints the wall time and the CPU time of the
// process per change, then the same for parse_json alone.
// Usage: push-service-bench [--changes N] [--batch B]
#include "ronde/codec.hpp"
#include "ronde/time.hpp"
#include "ronde/uuid.hpp"
#include "services/auth_service.hpp"
#include "services/sync_service.hpp"
#include "store/store.hpp"
#include "workload.hpp"

#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const auto s = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    };
    return s(u.ru_utime) + s(u.ru_stime);
}

struct Options {
    int changes = 50000;
    int batch = 500;
};

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> int {
            if (i + 1 >= argc) {
                throw std::invalid_argument(arg + " needs a value");
            }
            return std::stoi(argv[++i]);
        };
        if (arg == "--changes") {
            o.changes = next();
        } else if (arg == "--batch") {
            o.batch = next();
        } else if (arg == "--help") {
            std::cout << "usage: push-service-bench [--changes N] [--batch B]\n";
            std::exit(0);
        } else {
            throw std::invalid_argument("unknown option " + arg);
        }
    }
    return o;
}

int run(const Options& o) {
    namespace fs = std::filesystem;
    const fs::path dir =
        fs::temp_directory_path() / ("ronde-push-bench-" + ronde::random_uuid_v4());
    fs::create_directories(dir);
    struct Cleanup {
        fs::path dir;
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    } cleanup{dir};

    using namespace ronde::server;
    std::unique_ptr<Store> store = open_sqlite_store((dir / "bench.db").string());
    AuthService auth(*store, AuthConfig{}, [] { return ronde::system_millis(); });
    SyncService sync(*store, SyncConfig{}, [] { return ronde::system_millis(); });
    const ronde::Unit unit = auth.create_unit("BENCH", "Unité de mesure").value();
    const ronde::User user =
        auth.create_user("BENCH", "chef", "Chef", ronde::Role::supervisor, "mot-de-passe-bench")
            .value();
    const Principal who{user.id, unit.id, ronde::random_uuid_v4(), user.username, user.role};

    const std::vector<std::string> bodies = ronde::bench::push_bodies(o.changes, o.batch);
    std::size_t bytes = 0;
    for (const auto& b : bodies) {
        bytes += b.size();
    }

    double cpu = cpu_seconds();
    auto start = Clock::now();
    for (const auto& body : bodies) {
        ronde::Result<std::string> answer = sync.push_text(who, body);
        if (!answer) {
            std::cerr << "push failed: " << answer.error().code << " " << answer.error().message
                      << "\n";
            return 1;
        }
        if (answer->find(R"("outcome":"applied")") == std::string::npos ||
            answer->find(R"("outcome":"rejected")") != std::string::npos) {
            std::cerr << "push: a change was not applied: " << answer->substr(0, 400) << "\n";
            return 1;
        }
    }
    const double wall_s = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu_s = cpu_seconds() - cpu;
    std::cout << "push (service): " << o.changes << " changes, " << bytes / 1024
              << " KiB of bodies, in " << wall_s << " s wall = " << o.changes / wall_s
              << " changes/s; CPU " << cpu_s * 1e6 / o.changes << " us per change\n";

    cpu = cpu_seconds();
    for (const auto& body : bodies) {
        if (!ronde::parse_json(body)) {
            return 1;
        }
    }
    std::cout << "of which parse_json alone: " << (cpu_seconds() - cpu) * 1e6 / o.changes
              << " us per change\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_options(argc, argv));
    } catch (const std::exception& e) {
        std::cerr << "push-service-bench: " << e.what() << "\n";
        return 2;
    }
}
