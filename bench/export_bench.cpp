// export-bench: the supervisor side of issue 6 with 1,000,000 visits.
//   1. fills a server database: a unit with six patrol accounts and a
//      supervisor (through the CLI), then M contacts and N visits written
//      straight through the store layer (WriteTx::put_record, 100,000 rows
//      per transaction), not over HTTP;
//   2. starts the real ronde-server on it and measures over HTTP on
//      127.0.0.1:
//      - the CSV export of every visit, streamed (the client counts the
//        bytes and drops them), with the server's RSS sampled every 10 ms
//        (target: < 100 MB);
//      - the GeoJSON export of every visit, the same way;
//      - filtered GET /api/v1/visits queries, p50 and p95 (target < 50 ms),
//        and GET /api/v1/stats (target < 200 ms), when the server has
//        those routes.
// Prints one line per figure. Never fails on speed.
// Usage: export-bench [--visits N] [--contacts M] [--queries Q] [--db FILE]
//                     [--no-exports]
//   --db FILE: use FILE, filled first when it does not exist, and keep it:
//   a second run skips the fill.
#include "ronde/codec.hpp"
#include "ronde/hlc.hpp"
#include "ronde/uuid.hpp"
#include "ronde_server.hpp"
#include "store/store.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using ronde::Json;
namespace srv = ronde::server;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Options {
    int visits = 1'000'000;
    int contacts = 5'000;
    int queries = 200;
    bool exports = true;
    std::string db;
};

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                throw std::invalid_argument(arg + " needs a value");
            }
            return argv[++i];
        };
        if (arg == "--visits") {
            o.visits = std::stoi(next());
        } else if (arg == "--contacts") {
            o.contacts = std::stoi(next());
        } else if (arg == "--queries") {
            o.queries = std::stoi(next());
        } else if (arg == "--no-exports") {
            o.exports = false;
        } else if (arg == "--db") {
            o.db = next();
        } else if (arg == "--help") {
            std::cout << "usage: export-bench [--visits N] [--contacts M] [--queries Q] "
                         "[--db FILE] [--no-exports]\n";
            std::exit(0);
        } else {
            throw std::invalid_argument("unknown option " + arg);
        }
    }
    return o;
}

std::string load_average() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

const ronde::test::Account kSupervisor{"chef", "mot-de-passe-bench", "supervisor"};
constexpr int kPatrols = 6;
const char* const kCommunes[] = {"Rennes",          "Cesson-Sévigné",    "Thorigné-Fouillard",
                                 "Acigné",          "Noyal-sur-Vilaine", "Chantepie",
                                 "Vern-sur-Seiche", "Saint-Grégoire"};

// Fills `db` (a fresh file): accounts through the CLI, records through the
// store layer, with a varied workload so that the filters select something
// (two years of visits, eight communes, every topic, 10 % follow-ups).
void fill(const std::string& db, const Options& o) {
    ronde::test::add_unit(db, "BENCH", "Unité de mesure");
    ronde::test::add_user(db, "BENCH", kSupervisor);
    for (int p = 0; p < kPatrols; ++p) {
        ronde::test::add_user(db, "BENCH",
                              {"gendarme" + std::to_string(p), "mot-de-passe-bench", "patrol"});
    }
    const auto store = srv::open_sqlite_store(db);
    std::string unit_id;
    std::vector<std::string> authors;
    {
        auto tx = store->begin_read();
        unit_id = tx->unit_by_code("BENCH")->id;
        for (int p = 0; p < kPatrols; ++p) {
            authors.push_back(tx->user_by_username("gendarme" + std::to_string(p))->user.id);
        }
    }
    const std::int64_t now_ms = ronde::system_millis();
    const std::int64_t two_years_ms = 2LL * 365 * 86'400'000;
    std::int64_t clock_ms = now_ms - two_years_ms;
    ronde::UuidV7Generator uuids([&] { return clock_ms; }, 7);
    ronde::HybridLogicalClock hlc(7, [&] { return clock_ms; });
    std::mt19937_64 rng(42);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const std::string device_id = uuids.next();

    std::vector<std::string> contact_ids;
    const auto start = Clock::now();
    const int total = o.contacts + o.visits;
    std::unique_ptr<srv::WriteTx> tx;
    for (int i = 0; i < total; ++i) {
        if (!tx) {
            tx = store->begin_write();
        }
        srv::RecordRow row;
        row.unit_id = unit_id;
        row.id = uuids.next();
        row.author_id = authors[static_cast<std::size_t>(pick(kPatrols))];
        row.device_id = device_id;
        row.hlc = hlc.now().to_string();
        row.seq = tx->next_seq(unit_id);
        if (i < o.contacts) {
            ronde::Contact c;
            c.category = static_cast<ronde::ContactCategory>(pick(13));
            c.organisation = "Commerce n° " + std::to_string(i) + " du centre commercial";
            c.person_name = "Mme Lefèvre " + std::to_string(i);
            c.address = std::to_string(1 + i % 90) + " rue de Rennes";
            c.commune = kCommunes[pick(8)];
            c.position = ronde::GeoPoint{48.05 + pick(1000) * 0.0001, -1.75 + pick(2000) * 0.0001};
            c.tags = {"marché"};
            row.entity = ronde::Entity::contact;
            row.data = ronde::encode(c).dump();
            contact_ids.push_back(row.id);
        } else {
            clock_ms = now_ms - two_years_ms + (two_years_ms / o.visits) * (i - o.contacts);
            ronde::Visit v;
            v.contact_id = contact_ids.empty() ? std::string()
                                               : contact_ids[static_cast<std::size_t>(
                                                     pick(static_cast<int>(contact_ids.size())))];
            v.occurred_at = ronde::Timestamp(std::chrono::milliseconds(clock_ms));
            v.position =
                ronde::VisitPosition{48.05 + pick(1000) * 0.0001, -1.75 + pick(2000) * 0.0001, 8.0,
                                     ronde::PositionSource::gps};
            v.place_label = "Centre commercial";
            v.topics = {static_cast<ronde::Topic>(pick(13))};
            if (pick(2) == 0) {
                const auto second = static_cast<ronde::Topic>(pick(13));
                if (second != v.topics[0]) {
                    v.topics.push_back(second);
                }
            }
            v.actions = {static_cast<ronde::Action>(pick(9))};
            v.climate = static_cast<ronde::Climate>(pick(3));
            v.note =
                "Échange avec le gérant sur les vols à l'étalage du samedi ; conseils donnés "
                "sur la vidéoprotection et l'alerte SMS. Visite n° " +
                std::to_string(i) + ".";
            if (pick(10) == 0) {
                v.follow_up.needed = true;
                v.follow_up.summary = "Rappeler le gérant";
                v.follow_up.assignee_id = row.author_id;
            }
            v.author_id = row.author_id;
            v.device_id = device_id;
            row.entity = ronde::Entity::visit;
            row.data = ronde::encode(v).dump();
            row.occurred_at_ms = clock_ms;
            row.open_follow_up = v.follow_up.needed;
        }
        row.versions = R"({"k":{"body":0},"v":[[")" + row.hlc + R"(",")" + row.author_id +
                       R"(",")" + device_id + R"(",)" + std::to_string(row.seq) + "]]}";
        tx->put_record(row);
        if ((i + 1) % 100'000 == 0 || i + 1 == total) {
            tx->commit();
            tx.reset();
            std::cout << "\rfill: " << i + 1 << " / " << total << " records" << std::flush;
        }
    }
    std::cout << "\nfill: " << total << " records in " << seconds_since(start) << " s\n";
}

// Downloads `target` and drops the body: status, bytes, seconds.
struct Download {
    int status = 0;
    std::uint64_t bytes = 0;
    double seconds = 0;
    std::string head;  // status line and headers
};

Download download(std::uint16_t port, const std::string& target, const std::string& token) {
    Download d;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        throw std::runtime_error("cannot connect");
    }
    const std::string request = "GET " + target +
                                " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                                "\r\nX-Ronde-Protocol: 1\r\nConnection: close\r\n\r\n";
    const auto start = Clock::now();
    ::send(fd, request.data(), request.size(), 0);
    std::vector<char> buffer(256 * 1024);
    std::string tail;
    bool in_body = false;
    for (;;) {
        const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (n <= 0) {
            break;
        }
        std::string_view got(buffer.data(), static_cast<std::size_t>(n));
        if (!in_body) {
            d.head.append(got);
            const auto end = d.head.find("\r\n\r\n");
            if (end == std::string::npos) {
                continue;
            }
            got = std::string_view(d.head).substr(end + 4);
            d.bytes += got.size();
            tail = std::string(got.substr(got.size() > 7 ? got.size() - 7 : 0));
            d.head.resize(end);
            in_body = true;
            d.status = std::stoi(d.head.substr(9, 3));
        } else {
            d.bytes += got.size();
            tail = (tail + std::string(got.substr(got.size() > 7 ? got.size() - 7 : 0)));
            tail = tail.substr(tail.size() > 7 ? tail.size() - 7 : 0);
        }
        if (tail.ends_with("\r\n0\r\n\r\n") || (d.status != 200 && in_body)) {
            break;
        }
    }
    d.seconds = seconds_since(start);
    ::close(fd);
    return d;
}

std::string header_of(const std::string& head, const std::string& name) {
    std::string lower = head;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto at = lower.find("\r\n" + name + ":");
    if (at == std::string::npos) {
        return {};
    }
    const auto begin = at + 3 + name.size();
    return head.substr(begin, head.find("\r\n", begin) - begin);
}

void export_figure(const ronde::test::ServerProcess& server, const std::string& token,
                   const std::string& target) {
    const long before_kb = server.rss_kb();
    std::atomic<bool> done{false};
    long peak_kb = before_kb;
    std::thread sampler([&] {
        while (!done) {
            peak_kb = std::max(peak_kb, server.rss_kb());
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    const Download d = download(server.port(), target, token);
    done = true;
    sampler.join();
    const double mb = static_cast<double>(d.bytes) / 1e6;
    std::printf(
        "%s: status %d, %s rows, %.1f MB in %.1f s (%.1f MB/s); server RSS %.1f MB "
        "before, peak %.1f MB (target < 100 MB)\n",
        target.c_str(), d.status, header_of(d.head, "x-ronde-export-rows").c_str(), mb, d.seconds,
        mb / d.seconds, before_kb / 1024.0, peak_kb / 1024.0);
}

void timing_figure(const ronde::test::HttpClient& client, const std::string& token,
                   const std::vector<std::string>& targets, int runs, const char* target_ms) {
    std::vector<double> ms;
    std::vector<std::vector<double>> by_kind(targets.size());
    for (int i = 0; i < runs; ++i) {
        const std::size_t kind = static_cast<std::size_t>(i) % targets.size();
        const auto start = Clock::now();
        const auto r = client.get(targets[kind], token);
        ms.push_back(seconds_since(start) * 1000);
        by_kind[kind].push_back(ms.back());
        if (r.status != 200) {
            std::cout << targets[kind] << ": " << r.status << " " << r.body.substr(0, 300) << "\n";
            return;
        }
    }
    const auto at = [](std::vector<double> v, double q) {
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<std::size_t>(q * v.size()))];
    };
    std::printf("%s (%zu kinds): %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms (target %s)\n",
                targets.front().substr(0, targets.front().find('?')).c_str(), targets.size(), runs,
                at(ms, 0.5), at(ms, 0.95), at(ms, 1.0), target_ms);
    for (std::size_t k = 0; k < targets.size(); ++k) {
        std::printf("  %-72s p50 %8.1f ms, max %8.1f ms\n", targets[k].c_str(), at(by_kind[k], 0.5),
                    at(by_kind[k], 1.0));
    }
}

int run(const Options& o) {
    ronde::test::TempDir dir;
    const std::string db = o.db.empty() ? dir.file("bench.db") : o.db;
    std::cout << "machine: " << std::thread::hardware_concurrency() << " cores, load "
              << load_average() << "\n";
    if (!std::filesystem::exists(db)) {
        fill(db, o);
    } else {
        std::cout << "fill: using " << db << " as it is\n";
    }
    std::cout << "database: " << std::filesystem::file_size(db) / 1'000'000 << " MB\n";

    std::vector<std::string> authors;
    {
        const auto store = srv::open_sqlite_store(db);
        auto tx = store->begin_read();
        authors.push_back(tx->user_by_username("gendarme0")->user.id);
    }
    ronde::test::ServerProcess server(db, dir.file("server.log"));
    const auto client = server.client();
    const auto session = ronde::test::login(client, kSupervisor.username, kSupervisor.password);
    std::cout << "server: " << server.first_line() << ", RSS " << server.rss_kb() / 1024
              << " MB at start, load " << load_average() << "\n";

    if (o.exports) {
        export_figure(server, session.token, "/api/v1/export/visits.csv");
        export_figure(server, session.token, "/api/v1/export/visits.geojson");
    }

    if (client.get("/api/v1/visits?limit=1", session.token).status == 404) {
        std::cout << "GET /api/v1/visits: not served by this build, query figures skipped\n";
    } else {
        const std::vector<std::string> queries = {
            "/api/v1/visits?from=2026-01-01&to=2026-01-31&limit=50",
            "/api/v1/visits?commune=Rennes&limit=50",
            "/api/v1/visits?commune=Acign%C3%A9&topic=drugs&from=2026-01-01&limit=50",
            "/api/v1/visits?topic=burglary&limit=50",
            "/api/v1/visits?follow_up=open&limit=50",
            "/api/v1/visits?category=shopkeeper&from=2026-06-01&limit=50",
            "/api/v1/visits?q=etalage&limit=50",
            "/api/v1/visits?lat=48.1&lon=-1.65&radius_m=2000&limit=50",
            "/api/v1/visits?author=" + authors.front() + "&from=2025-06-01&limit=50",
            "/api/v1/visits?limit=50",
        };
        timing_figure(client, session.token, queries, o.queries, "< 50 ms");
    }
    if (client.get("/api/v1/stats", session.token).status == 404) {
        std::cout << "GET /api/v1/stats: not served by this build, figures skipped\n";
    } else {
        timing_figure(
            client, session.token,
            {"/api/v1/stats", "/api/v1/stats?from=2026-01-01&to=2026-06-30",
             "/api/v1/stats?from=2025-06-01&to=2026-05-31&commune=Rennes",
             // Two filters: counted from the visits, not the counters.
             "/api/v1/stats?topic=burglary&action=otv", "/api/v1/stats?commune=Rennes&topic=drugs"},
            std::max(10, o.queries / 10), "< 200 ms");
    }
    std::cout << "server RSS at the end: " << server.rss_kb() / 1024 << " MB, load "
              << load_average() << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_options(argc, argv));
    } catch (const std::exception& e) {
        std::cerr << "export-bench: " << e.what() << "\n";
        return 1;
    }
}
