// A TCP proxy on 127.0.0.1 that puts a bad network between a client and a
// server (tests only). Each exchange (a connection, and again each request
// that follows a response on a kept-alive connection) gets a fate drawn
// from a seeded generator: pass, or cut in the middle of the request, cut in the
// middle of the response, truncate the response body (headers intact), plus
// latency on each forwarded chunk. heal() (or the policy's heal_after_faults)
// turns every connection, open or new, into a plain relay.
//
// Threads: one accepting thread and one thread per connection, all joined by
// the destructor. The public functions are thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace ronde::test {

struct FaultPolicy {
    std::uint64_t seed = 1;
    double fault_probability = 0.3;              // of a cut or truncation per exchange
    double latency_probability = 0.3;            // of a slow exchange
    std::chrono::milliseconds max_latency{100};  // per chunk, drawn in [0, max]
    // Heals by itself once this many exchanges were faulted (0: never).
    std::size_t heal_after_faults = 0;
};

enum class Fate : std::uint8_t { pass, cut_request, cut_response, truncate_body };

class FaultProxy {
public:
    // Listens on 127.0.0.1 (a free port) and relays to 127.0.0.1:upstream_port.
    FaultProxy(std::uint16_t upstream_port, FaultPolicy policy);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    std::uint16_t port() const noexcept { return port_; }
    void heal() noexcept { healed_ = true; }
    bool healed() const noexcept { return healed_; }
    std::size_t connections() const noexcept { return connections_; }
    // Exchanges actually cut or truncated (a cut planned past the end of a
    // short request or response does not happen and does not count).
    std::size_t faults() const noexcept { return faults_; }

private:
    struct Plan {
        Fate fate = Fate::pass;
        std::size_t at = 0;  // bytes of the request / response / body before the cut
        std::chrono::milliseconds latency{0};
    };
    Plan next_plan();
    void accept_loop();
    void relay(int client, Plan plan);
    void count_fault();

    FaultPolicy policy_;
    int listen_fd_ = -1;
    std::uint16_t upstream_port_ = 0;
    std::uint16_t port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<bool> healed_{false};
    std::atomic<std::size_t> connections_{0};
    std::atomic<std::size_t> faults_{0};
    std::mutex mutex_;  // rng_ and workers_
    std::mt19937_64 rng_;
    std::vector<std::thread> workers_;
    std::thread acceptor_;
};

}  // namespace ronde::test
