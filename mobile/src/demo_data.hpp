// Demo data for the demo mode, the screenshots and the UI tests: an enrolled
// identity, shops of a shopping centre around a point, earlier visits (one
// with an open follow-up) and a patrol in progress. Idempotent: a store that
// already has contacts is left alone.
#pragma once

#include "ronde/store/device_store.hpp"

namespace ronde::app::demo {

// The user and device of the demo identity.
inline constexpr const char* kUserId = "0192f000-0000-7000-8000-00000000a001";
inline constexpr const char* kUnitId = "0192f000-0000-7000-8000-00000000b001";
inline constexpr const char* kDeviceId = "0192f000-0000-7000-8000-00000000c001";

// Where the demo NMEA track starts (the demo shopping centre).
inline constexpr double kOriginLat = 48.119310;
inline constexpr double kOriginLon = -1.602895;

// `withPatrol`: also start a foot patrol with two visits this morning.
store::Status seed(store::DeviceStore& store, double lat, double lon, bool withPatrol);

}  // namespace ronde::app::demo
