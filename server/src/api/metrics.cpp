#include "api/metrics.hpp"

#include <cstdio>

namespace ronde::server {

namespace {

std::string format_double(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

}  // namespace

void Metrics::record(std::string_view route, int status, std::chrono::nanoseconds duration) {
    const double seconds = std::chrono::duration<double>(duration).count();
    const std::lock_guard lock(mutex_);
    ++requests_[{std::string(route), status}];
    Histogram& h = latency_[std::string(route)];
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) {
            ++h.buckets[i];
            break;
        }
    }
    ++h.count;
    h.sum_seconds += seconds;
}

std::string Metrics::render() const {
    const std::lock_guard lock(mutex_);
    std::string out;
    out += "# HELP ronde_http_requests_total HTTP requests by route pattern and status.\n";
    out += "# TYPE ronde_http_requests_total counter\n";
    for (const auto& [key, n] : requests_) {
        out += "ronde_http_requests_total{route=\"" + key.first + "\",status=\"" +
               std::to_string(key.second) + "\"} " + std::to_string(n) + "\n";
    }
    out +=
        "# HELP ronde_http_request_duration_seconds Time from request to response, by route "
        "pattern.\n";
    out += "# TYPE ronde_http_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_) {
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            cumulative += h.buckets[i];
            out += "ronde_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"" +
                   format_double(kBuckets[i]) + "\"} " + std::to_string(cumulative) + "\n";
        }
        out += "ronde_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"+Inf\"} " +
               std::to_string(h.count) + "\n";
        out += "ronde_http_request_duration_seconds_sum{route=\"" + route + "\"} " +
               format_double(h.sum_seconds) + "\n";
        out += "ronde_http_request_duration_seconds_count{route=\"" + route + "\"} " +
               std::to_string(h.count) + "\n";
    }
    return out;
}

}  // namespace ronde::server
