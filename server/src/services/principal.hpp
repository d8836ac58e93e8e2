// Who is calling: the authenticated device and its user, as resolved from a
// bearer token by AuthService. Every service call that touches data takes
// one; the unit id in it is the only unit the call may read or write.
#pragma once

#include "ronde/enums.hpp"

#include <string>

namespace ronde::server {

struct Principal {
    std::string user_id;
    std::string unit_id;
    std::string device_id;
    std::string username;
    Role role = Role::patrol;
};

}  // namespace ronde::server
