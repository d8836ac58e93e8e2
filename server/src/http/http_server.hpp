// The HTTP server of ronde-server: serves an Api over cpprestsdk's listener.
// This header does not include cpprestsdk; http_server.cpp is the only server
// file that does. Requests are handled on cpprestsdk's thread pool.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace ronde::server {

class Api;

struct HttpServerConfig {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;  // 0: a free port is chosen (see start())
    std::string tls_cert;    // PEM files; both set: HTTPS
    std::string tls_key;
    // Passed to cpprestsdk, which does not apply it to request reading: a
    // stalled client is never timed out (docs/PERFORMANCE.md).
    std::chrono::seconds io_timeout{30};
};

class HttpServer {
public:
    // `api` must outlive the server.
    HttpServer(Api& api, HttpServerConfig config);
    ~HttpServer();  // stops (see stop()) if still running
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Opens the listener; returns the port it listens on. cpprestsdk does not
    // report the port it bound, so for port 0 a free port is found first by
    // binding a socket to port 0 and closing it: another process could take
    // that port in between (then start() throws). Throws std::runtime_error.
    std::uint16_t start();

    // "http://127.0.0.1:PORT" or "https://..." once started.
    std::string url() const;

    // Graceful stop: new requests are answered 503; requests in flight
    // (those still uploading their body included) get up to `grace` to
    // finish and have their answer written. When stop()
    // returns, no request is inside the Api any more. The listening socket
    // is left open (still answering 503) until the process exits: call this
    // only on the way out (see the .cpp for why).
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(10));

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ronde::server
