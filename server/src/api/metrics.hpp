// Request metrics of the HTTP API, rendered in the Prometheus text format:
// requests by route pattern and status, and a latency histogram by route.
// Thread-safe: record() is called from the listener's threads.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace ronde::server {

class Metrics {
public:
    // Upper bounds of the latency buckets, in seconds (+Inf is implied).
    static constexpr std::array<double, 11> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                        0.1,   0.25,   0.5,   1.0,  2.5};

    // `route` is a route pattern ("/api/v1/sync/push", "unmatched"), never a
    // raw path, so the number of series stays bounded.
    void record(std::string_view route, int status, std::chrono::nanoseconds duration);

    // The families above, in the Prometheus text exposition format 0.0.4.
    std::string render() const;

private:
    struct Histogram {
        std::array<std::uint64_t, kBuckets.size()> buckets{};  // non-cumulative
        std::uint64_t count = 0;
        double sum_seconds = 0;
    };
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, int>, std::uint64_t> requests_;
    std::map<std::string, Histogram> latency_;
};

}  // namespace ronde::server
