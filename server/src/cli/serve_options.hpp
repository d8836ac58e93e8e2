// The options of `ronde-server serve`: flags, environment fallbacks and
// defaults, parsed without starting anything (run_serve, in
// http/serve.cpp, then runs the server with them).
#pragma once

#include "api/api.hpp"
#include "cli/commands.hpp"
#include "http/http_server.hpp"
#include "services/auth_service.hpp"
#include "services/sync_service.hpp"

#include <iosfwd>
#include <string>
#include <variant>

namespace ronde::server {

struct ServeOptions {
    std::string db;
    HttpServerConfig http;
    ApiConfig api;
    AuthConfig auth;
    SyncConfig sync;
};

// The options, or the exit code when there is nothing to serve: 0 after
// --help (printed to `out`), 2 after a usage error (printed to `err`).
// Reads RONDE_DB and RONDE_LISTEN from the environment.
std::variant<ServeOptions, int> parse_serve_options(const Args& args, std::ostream& out,
                                                    std::ostream& err);

}  // namespace ronde::server
