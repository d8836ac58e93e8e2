// Plain HTTP request and response values: what the Api routes, and what the
// cpprestsdk adapter (server/src/http/) converts to and from. No HTTP library
// here, so the Api can be driven by tests without sockets.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace ronde::server {

struct HttpRequest {
    std::string method;                          // "GET", "POST"...
    std::string path;                            // decoded path, no query: "/api/v1/sync/pull"
    std::map<std::string, std::string> query;    // decoded query parameters (last one wins)
    std::map<std::string, std::string> headers;  // names in lowercase
    std::string body;
    std::string remote_address;  // client IP address, "127.0.0.1"

    // The header's value, or empty when absent. `name` in lowercase.
    std::string_view header(std::string_view name) const {
        auto it = headers.find(std::string(name));
        return it == headers.end() ? std::string_view{} : std::string_view(it->second);
    }
};

// A body produced piece by piece: each call appends the next piece to
// `chunk` (given empty) and returns true while more follows, false after the
// last piece. The HTTP layer calls it from one thread at a time, only as
// fast as the client reads (chunked transfer encoding), and destroys it when
// the response ends or the client goes away. An exception cuts the
// response: the status line has long been sent.
using BodyStream = std::function<bool(std::string& chunk)>;

struct HttpResponse {
    int status = 200;
    std::map<std::string, std::string> headers;  // "Content-Type" etc., as written
    std::string body;
    BodyStream stream;  // when set, the body (`body` is then empty)
};

}  // namespace ronde::server
