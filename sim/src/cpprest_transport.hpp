// The sync engine's Transport on cpprestsdk's http_client, for ronde-sim and
// the tests (the app brings a Qt Network one). The only file of sim/ that
// includes cpprestsdk: each include costs seconds of compile time.
// One client (one connection pool) per object; send() is blocking and may be
// called from one thread at a time.
#pragma once

#include "ronde/sync/transport.hpp"

#include <chrono>
#include <memory>
#include <string>

namespace ronde::sim {

class CpprestTransport final : public sync::Transport {
public:
    // `base_url`: "http://127.0.0.1:8080" (a path prefix is kept). A request
    // without a complete answer within `timeout` is the error "timeout".
    explicit CpprestTransport(const std::string& base_url,
                              std::chrono::milliseconds timeout = std::chrono::seconds(30));
    ~CpprestTransport() override;
    CpprestTransport(const CpprestTransport&) = delete;
    CpprestTransport& operator=(const CpprestTransport&) = delete;

    Result<sync::TransportResponse> send(const sync::TransportRequest& request) override;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ronde::sim
