// server-bench: the sync server's throughput and footprint, as issue 3 asks.
//   1. push N changes (default 50,000: 10 % contacts, 90 % visits) in
//      batches of 500 through real HTTP to a real ronde-server on 127.0.0.1;
//   2. pull them all from an empty cursor (pages of the server's maximum;
//      the client decodes the pages after the clock stops, timed apart);
//   3. the server's RSS with those records;
//   4. small pulls with nothing new, 16 connections, with wrk when installed.
// Prints one line per figure and a JSON summary. Never fails on speed.
// Usage: server-bench [--changes N] [--batch B] [--wrk-seconds S]
#include "ronde/codec.hpp"
#include "ronde/hlc.hpp"
#include "ronde/uuid.hpp"
#include "ronde_server.hpp"
#include "workload.hpp"

#include <unistd.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using ronde::Json;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Options {
    int changes = 50000;
    int batch = 500;
    int wrk_seconds = 10;
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
        } else if (arg == "--wrk-seconds") {
            o.wrk_seconds = next();
        } else if (arg == "--help") {
            std::cout << "usage: server-bench [--changes N] [--batch B] [--wrk-seconds S]\n";
            std::exit(0);
        } else {
            throw std::invalid_argument("unknown option " + arg);
        }
    }
    return o;
}

// The 1, 5 and 15 minute load averages (other builds on a shared machine
// skew every figure).
std::string load_average() {
    std::ifstream in("/proc/loadavg");
    std::string one;
    std::string five;
    std::string fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

// CPU time (user + system) the process used so far, from /proc/PID/stat:
// less skewed by other work on the machine than wall time.
double cpu_seconds(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {
        if (i == 14 || i == 15) {  // utime, stime
            ticks += std::stod(field);
        }
    }
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

struct WrkFigures {
    bool ran = false;
    double requests_per_s = 0;
    std::string p99;
};

WrkFigures run_wrk(std::uint16_t port, const std::string& token, std::int64_t since, int seconds) {
    WrkFigures f;
    if (ronde::test::run_program({"sh", "-c", "command -v wrk"}).exit_code != 0) {
        std::cout << "wrk: not installed, small-pull figures skipped\n";
        return f;
    }
    const std::string url = "http://127.0.0.1:" + std::to_string(port) +
                            "/api/v1/sync/pull?since=" + std::to_string(since);
    auto r = ronde::test::run_program({"wrk", "-t2", "-c16", "-d" + std::to_string(seconds) + "s",
                                       "--latency", "-H", "Authorization: Bearer " + token, "-H",
                                       "X-Ronde-Protocol: 1", url});
    std::smatch m;
    if (std::regex_search(r.output, m, std::regex(R"(Requests/sec:\s+([0-9.]+))"))) {
        f.requests_per_s = std::stod(m[1]);
        f.ran = true;
    }
    if (std::regex_search(r.output, m, std::regex(R"(99%\s+([0-9.]+[a-z]+))"))) {
        f.p99 = m[1];
    }
    if (!f.ran) {
        std::cout << "wrk output:\n" << r.output << "\n";
    }
    return f;
}

int run(const Options& o) {
    ronde::test::TempDir dir;
    const std::string db = dir.file("bench.db");
    ronde::test::add_unit(db, "BENCH", "Unité de mesure");
    const ronde::test::Account sup{"chef", "mot-de-passe-bench", "supervisor"};
    ronde::test::add_user(db, "BENCH", sup);
    ronde::test::ServerProcess server(db, dir.file("server.log"));
    const auto client = server.client();
    const auto session = ronde::test::login(client, sup.username, sup.password);
    std::cout << "machine: " << std::thread::hardware_concurrency() << " cores, load "
              << load_average() << "\n";
    std::cout << "server: " << server.first_line() << ", RSS " << server.rss_kb() / 1024
              << " MB at start\n";

    // Build every batch first, so that the timing is the server's work.
    const std::vector<std::string> bodies = ronde::bench::push_bodies(o.changes, o.batch);

    // Answers are checked after the clock stops: the client's JSON decoding
    // is not the server's work (it is timed apart for the pull).
    std::vector<std::string> answers;
    answers.reserve(bodies.size());
    double cpu_start = cpu_seconds(server.pid());
    auto start = Clock::now();
    for (const auto& body : bodies) {
        auto reply = client.post_json("/api/v1/sync/push", body, session.token);
        if (reply.status != 200) {
            std::cerr << "push failed: " << reply.status << " " << reply.body << "\n";
            return 1;
        }
        answers.push_back(std::move(reply.body));
    }
    const double push_s = seconds_since(start);
    const double push_cpu_us = (cpu_seconds(server.pid()) - cpu_start) * 1e6 / o.changes;
    const double push_rate = o.changes / push_s;
    std::cout << "push: " << o.changes << " changes in " << push_s << " s = " << push_rate
              << " changes/s; server CPU " << push_cpu_us << " us per change\n";
    int not_applied = 0;
    for (const auto& answer : answers) {
        const auto parsed = Json::parse(answer);
        for (const auto& r : parsed.at("results")) {
            not_applied += r.at("outcome") != "applied" ? 1 : 0;
        }
    }
    if (not_applied != 0) {
        std::cerr << "push: " << not_applied << " changes were not applied\n";
        return 1;
    }

    cpu_start = cpu_seconds(server.pid());
    start = Clock::now();
    std::int64_t since = 0;
    std::vector<std::string> pages;
    for (bool more = true; more;) {
        auto reply = client.get("/api/v1/sync/pull?since=" + std::to_string(since) + "&limit=1000",
                                session.token);
        if (reply.status != 200) {
            std::cerr << "pull failed: " << reply.status << " " << reply.body << "\n";
            return 1;
        }
        // The page ends with "has_more":B,"next_since":N} (keys in sorted
        // order, PROTOCOL.md): read the cursor without decoding the page.
        const std::string& b = reply.body;
        const auto more_at = b.rfind(R"("has_more":)");
        const auto next_at = b.rfind(R"("next_since":)");
        if (more_at == std::string::npos || next_at == std::string::npos) {
            std::cerr << "pull: unexpected page " << b.substr(0, 200) << "\n";
            return 1;
        }
        more = b.compare(more_at + 11, 4, "true") == 0;
        since = std::stoll(b.substr(next_at + 13));
        pages.push_back(std::move(reply.body));
    }
    const double pull_s = seconds_since(start);
    const double pull_cpu_s = cpu_seconds(server.pid()) - cpu_start;
    const auto decode_start = Clock::now();
    std::size_t pulled = 0;
    for (const auto& page : pages) {
        pulled += Json::parse(page).at("changes").size();
    }
    const double decode_s = seconds_since(decode_start);
    const double pull_rate = static_cast<double>(pulled) / pull_s;
    std::cout << "pull: " << pulled << " changes in " << pull_s << " s = " << pull_rate
              << " changes/s (" << pages.size()
              << " pages; decoding them in the client: " << decode_s << " s more, "
              << static_cast<double>(pulled) / (pull_s + decode_s)
              << " changes/s with it); server CPU "
              << pull_cpu_s * 1e6 / static_cast<double>(std::max<std::size_t>(pulled, 1))
              << " us per change\n";
    const long rss_mb = server.rss_kb() / 1024;
    std::cout << "server RSS with " << pulled << " records: " << rss_mb << " MB\n";

    const WrkFigures wrk = run_wrk(server.port(), session.token, since, o.wrk_seconds);
    if (wrk.ran) {
        std::cout << "small pulls (wrk, 16 connections): " << wrk.requests_per_s
                  << " requests/s, p99 " << wrk.p99 << "\n";
    }
    std::cout << "load at the end: " << load_average() << "\n";
    std::cout << Json{{"changes", o.changes},
                      {"push_changes_per_s", static_cast<long>(push_rate)},
                      {"push_server_cpu_us_per_change", static_cast<long>(push_cpu_us)},
                      {"pull_changes_per_s", static_cast<long>(pull_rate)},
                      {"pulled", pulled},
                      {"server_rss_mb", rss_mb},
                      {"small_pull_requests_per_s", static_cast<long>(wrk.requests_per_s)},
                      {"small_pull_p99", wrk.p99}}
                     .dump()
              << "\n";
    return pulled == static_cast<std::size_t>(o.changes) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_options(argc, argv));
    } catch (const std::exception& e) {
        std::cerr << "server-bench: " << e.what() << "\n";
        return 2;
    }
}
