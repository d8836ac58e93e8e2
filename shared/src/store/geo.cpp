#include "ronde/store/geo.hpp"

#include <cmath>
#include <numbers>

namespace ronde::store {

double haversine_m(double lat1, double lon1, double lat2, double lon2) noexcept {
    constexpr double kRad = std::numbers::pi / 180.0;
    const double dlat = (lat2 - lat1) * kRad;
    const double dlon = (lon2 - lon1) * kRad;
    const double s1 = std::sin(dlat / 2);
    const double s2 = std::sin(dlon / 2);
    const double a = s1 * s1 + std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * s2 * s2;
    return 2 * kEarthRadiusM * std::asin(std::sqrt(std::fmin(1.0, a)));
}

double track_length_m(std::span<const TrackPoint> track) noexcept {
    double total = 0;
    for (std::size_t i = 1; i < track.size(); ++i) {
        total += haversine_m(track[i - 1].lat, track[i - 1].lon, track[i].lat, track[i].lon);
    }
    return total;
}

}  // namespace ronde::store
