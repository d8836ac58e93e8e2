// A minimal blocking HTTP/1.1 client on POSIX sockets, for tests against a
// real server on 127.0.0.1 (no TLS, no cpprestsdk: it would cost seconds of
// compile time per file). One connection per request. Every socket operation
// has a timeout, so a server that hangs fails the test instead of blocking.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace ronde::test {

struct HttpReply {
    int status = 0;  // 0: no answer (connection refused, closed or timed out)
    std::map<std::string, std::string> headers;  // names in lowercase
    std::string body;
    std::string error;  // what went wrong when status == 0

    std::string header(const std::string& lowercase_name) const {
        auto it = headers.find(lowercase_name);
        return it == headers.end() ? std::string() : it->second;
    }
};

class HttpClient {
public:
    explicit HttpClient(std::uint16_t port, std::string host = "127.0.0.1");

    // A request with a body sent with Content-Length (when not empty or when
    // the method is POST). `headers` are sent as given, after Host; a header
    // with an empty value is not sent. "X-Ronde-Protocol: 1" is added unless
    // `headers` name it.
    HttpReply request(std::string_view method, std::string_view target, std::string_view body = {},
                      const std::map<std::string, std::string>& headers = {}) const;

    HttpReply get(std::string_view target, std::string_view token = {}) const;
    // POST with Content-Type: application/json.
    HttpReply post_json(std::string_view target, std::string_view body,
                        std::string_view token = {}) const;

    // Sends `bytes` as they are (a whole request, possibly malformed) and
    // reads one answer.
    HttpReply raw(std::string_view bytes) const;

    // POSTs a generated body of `size` bytes without holding it in memory:
    // with Content-Length, or with chunked transfer encoding when `chunked`.
    HttpReply upload(std::string_view target, std::uint64_t size, bool chunked,
                     std::string_view token = {}) const;

    // True when a TCP connection can be opened (nothing is sent).
    bool can_connect() const;

    std::chrono::seconds timeout{60};

private:
    std::string host_;
    std::uint16_t port_;
};

class Socket;

// One connection to 127.0.0.1:port kept open, for a request sent in pieces
// (a body that arrives slowly): send bytes as they are, then read the
// answer.
class HttpConnection {
public:
    explicit HttpConnection(std::uint16_t port,
                            std::chrono::seconds timeout = std::chrono::seconds(30));
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    // False when not connected or when the server closed the connection.
    bool send(std::string_view bytes);
    // One answer (status 0 and `error` when none came).
    HttpReply read_reply();

private:
    std::unique_ptr<Socket> socket_;
};

}  // namespace ronde::test
