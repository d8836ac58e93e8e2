// Great-circle distances on a spherical Earth (mean radius 6,371,008.8 m).
// Good to about 0.5 % — plenty for "contacts near me" and patrol tracks.
#pragma once

#include "ronde/domain.hpp"

#include <span>

namespace ronde::store {

inline constexpr double kEarthRadiusM = 6371008.8;

double haversine_m(double lat1, double lon1, double lat2, double lon2) noexcept;
// Length of a track along its points in order; 0 for fewer than two points.
double track_length_m(std::span<const TrackPoint> track) noexcept;

}  // namespace ronde::store
