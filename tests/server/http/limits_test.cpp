// The request body limit (--max-body, 1 MiB by default): 413 decided from
// Content-Length before reading the body, or while reading a chunked body,
// without holding an oversized body in memory.
#include "fixture.hpp"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace ronde::test;

namespace {

// Samples the server's VmRSS every 10 ms while `work` runs; returns the peak.
template <class F>
long peak_rss_kb_during(const ServerProcess& server, F&& work) {
    std::atomic<bool> done{false};
    std::atomic<long> peak{server.rss_kb()};
    std::thread sampler([&] {
        while (!done) {
            const long now = server.rss_kb();
            if (now > peak) {
                peak = now;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    work();
    done = true;
    sampler.join();
    return peak;
}

}  // namespace

TEST_CASE("a body over the limit gets 413 and one at the limit does not") {
    ServerFixture f;
    f.start({"--max-body", "1000"});
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kPatrol.username, kPatrol.password);
    // upload() sends '0' bytes: at the limit that is read, then refused as JSON.
    CHECK(client.upload("/api/v1/sync/push", 1000, false, device.token).status == 400);
    const HttpReply over = client.upload("/api/v1/sync/push", 1001, false, device.token);
    CHECK(over.status == 413);
    CHECK(error_code(over) == "payload_too_large");
    CHECK(client.upload("/api/v1/sync/push", 1001, true, device.token).status == 413);
    // Decided before authentication and before the route's own checks.
    CHECK(client.upload("/api/v1/auth/login", 5000, false).status == 413);
    CHECK(client.get("/healthz").status == 200);
}

TEST_CASE("the default limit is 1 MiB") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    CHECK(client.upload("/api/v1/sync/push", 1024 * 1024, false).status == 401);
    CHECK(client.upload("/api/v1/sync/push", 1024 * 1024 + 1, false).status == 413);
}

TEST_CASE("a 200 MB upload with Content-Length gets 413 without growing the server's memory") {
    ServerFixture f;
    ServerProcess& server = f.start();
    const HttpClient client = f.client();
    REQUIRE(client.get("/healthz").status == 200);  // threads and buffers warmed up
    const long before = server.rss_kb();
    HttpReply reply;
    const long peak = peak_rss_kb_during(
        server, [&] { reply = client.upload("/api/v1/sync/push", 200'000'000, false); });
    const long after = server.rss_kb();
    INFO("VmRSS before " << before << " kB, peak " << peak << " kB, after " << after << " kB");
    CHECK(reply.status == 413);
    CHECK(error_code(reply) == "payload_too_large");
    CHECK(peak - before < 16 * 1024);
    CHECK(after - before < 16 * 1024);
    CHECK(client.get("/healthz").status == 200);
}

TEST_CASE("a 200 MB chunked upload gets 413 without growing the server's memory") {
    ServerFixture f;
    ServerProcess& server = f.start();
    const HttpClient client = f.client();
    REQUIRE(client.get("/healthz").status == 200);
    const long before = server.rss_kb();
    HttpReply reply;
    const long peak = peak_rss_kb_during(
        server, [&] { reply = client.upload("/api/v1/sync/push", 200'000'000, true); });
    INFO("VmRSS before " << before << " kB, peak " << peak << " kB");
    CHECK(reply.status == 413);
    // Not "a few MB" as with Content-Length: what cpprestsdk buffers before
    // our reader sees the limit depends on how far the reader lags the
    // socket (measured +3 to +6 MB; docs/PERFORMANCE.md). The bound still
    // proves the 200 MB are not kept.
    CHECK(peak - before < 48 * 1024);
    CHECK(client.get("/healthz").status == 200);
}

TEST_CASE("clients that never finish their body do not stop the server from serving others") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    // More stalled uploads than cpprestsdk's thread pool has threads (40):
    // bodies are read asynchronously, so none of them holds a thread.
    std::vector<int> stalled;
    for (int i = 0; i < 64; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(f.server->port());
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        const std::string head =
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 1000\r\n\r\n{\"username\":";
        REQUIRE(::send(fd, head.data(), head.size(), MSG_NOSIGNAL) ==
                static_cast<ssize_t>(head.size()));
        stalled.push_back(fd);
    }
    HttpClient quick = client;
    quick.timeout = std::chrono::seconds(10);
    CHECK(quick.get("/healthz").status == 200);
    const DeviceSession device = login(quick, kPatrol.username, kPatrol.password);
    CHECK(quick.get("/api/v1/sync/pull?since=0", device.token).status == 200);
    for (const int fd : stalled) {
        ::close(fd);
    }
    // And the server still stops promptly with them gone.
    CHECK(f.server->stop(SIGTERM) == 0);
}
