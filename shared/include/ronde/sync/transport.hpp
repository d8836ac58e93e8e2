// What the sync engine needs from an HTTP library: send one request, get one
// answer or a transport error. The app brings a Qt Network implementation,
// ronde-sim and the tests one on cpprestsdk (sim/) and in-memory fakes. No
// HTTP library here.
#pragma once

#include "ronde/error.hpp"

#include <map>
#include <string>

namespace ronde::sync {

struct TransportRequest {
    std::string method;  // "GET", "POST"
    std::string target;  // path and query, already encoded: "/api/v1/sync/pull?since=0&limit=500"
    std::map<std::string, std::string> headers;  // as sent: "Content-Type", "Authorization"...
    std::string body;                            // empty for GET
};

struct TransportResponse {
    int status = 0;
    std::map<std::string, std::string> headers;  // names in lowercase
    std::string body;

    // The header's value, or empty when absent. `lowercase_name` in lowercase.
    std::string header(const std::string& lowercase_name) const {
        auto it = headers.find(lowercase_name);
        return it == headers.end() ? std::string() : it->second;
    }
};

// One request, one answer. Any HTTP status is an answer; an Error means no
// answer arrived (codes "network" for a refused, cut or reset connection,
// "timeout" when no complete answer came in time). Implementations time out
// (30 s is the protocol's advice) and never throw. Called from the engine's
// thread only.
class Transport {
public:
    virtual ~Transport() = default;
    virtual Result<TransportResponse> send(const TransportRequest& request) = 0;
};

}  // namespace ronde::sync
