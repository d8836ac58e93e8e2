#include "http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <functional>

namespace ronde::test {

class Socket {
public:
    Socket(const std::string& host, std::uint16_t port, std::chrono::seconds timeout) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0) {
            error_ = "socket: " + std::string(std::strerror(errno));
            return;
        }
        timeval tv{};
        tv.tv_sec = static_cast<time_t>(timeout.count());
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        ::setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        const int one = 1;
        ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        ::inet_pton(AF_INET, host.c_str(), &addr.sin_addr);
        if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            error_ = "connect: " + std::string(std::strerror(errno));
            ::close(fd_);
            fd_ = -1;
        }
    }
    ~Socket() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;

    bool ok() const { return fd_ >= 0; }
    const std::string& error() const { return error_; }

    bool send_all(std::string_view data) {
        while (!data.empty()) {
            const ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                error_ = "send: " + std::string(n < 0 ? std::strerror(errno) : "closed");
                return false;
            }
            data.remove_prefix(static_cast<std::size_t>(n));
        }
        return true;
    }

    // Appends what arrives to `buffer`; false on EOF, error or timeout.
    bool receive(std::string& buffer) {
        char chunk[65536];
        for (;;) {
            const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                if (n < 0) {
                    error_ = "recv: " + std::string(std::strerror(errno));
                }
                return false;
            }
            buffer.append(chunk, static_cast<std::size_t>(n));
            return true;
        }
    }

private:
    int fd_ = -1;
    std::string error_;
};

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Reads one response from `socket`; `buffer` may already hold its start.
HttpReply read_reply(Socket& socket, std::string buffer, bool head_only = false) {
    HttpReply reply;
    std::size_t header_end = 0;
    while ((header_end = buffer.find("\r\n\r\n")) == std::string::npos) {
        if (!socket.receive(buffer)) {
            reply.error = "no complete header: " + socket.error();
            return reply;
        }
    }
    const std::string head = buffer.substr(0, header_end);
    std::string rest = buffer.substr(header_end + 4);
    std::size_t line_end = head.find("\r\n");
    const std::string status_line = head.substr(0, line_end);
    if (status_line.size() < 12 || !status_line.starts_with("HTTP/1.")) {
        reply.error = "bad status line: " + status_line;
        return reply;
    }
    const int status = std::stoi(status_line.substr(9, 3));
    while (line_end != std::string::npos) {
        const std::size_t start = line_end + 2;
        line_end = head.find("\r\n", start);
        const std::string line = head.substr(
            start, line_end == std::string::npos ? std::string::npos : line_end - start);
        const auto colon = line.find(':');
        if (colon == std::string::npos) {
            continue;
        }
        std::string value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') {
            value.erase(0, 1);
        }
        reply.headers[lower(line.substr(0, colon))] = value;
    }
    if (head_only || status == 204 || status == 304) {
        reply.status = status;
        return reply;
    }
    if (lower(reply.header("transfer-encoding")).find("chunked") != std::string::npos) {
        std::string body;
        std::size_t pos = 0;
        for (;;) {
            std::size_t eol;
            while ((eol = rest.find("\r\n", pos)) == std::string::npos) {
                if (!socket.receive(rest)) {
                    reply.error = "chunked body cut: " + socket.error();
                    return reply;
                }
            }
            const std::size_t size = std::stoul(rest.substr(pos, eol - pos), nullptr, 16);
            pos = eol + 2;
            while (rest.size() < pos + size + 2) {
                if (!socket.receive(rest)) {
                    reply.error = "chunked body cut: " + socket.error();
                    return reply;
                }
            }
            if (size == 0) {
                break;
            }
            body.append(rest, pos, size);
            pos += size + 2;
        }
        reply.body = std::move(body);
    } else if (const std::string length = reply.header("content-length"); !length.empty()) {
        const std::size_t size = std::stoul(length);
        while (rest.size() < size) {
            if (!socket.receive(rest)) {
                reply.error = "body cut: " + socket.error();
                return reply;
            }
        }
        reply.body = rest.substr(0, size);
    } else {
        while (socket.receive(rest)) {
        }
        reply.body = std::move(rest);
    }
    reply.status = status;
    return reply;
}

std::string head_of(std::string_view method, std::string_view target, const std::string& host,
                    std::uint16_t port, const std::map<std::string, std::string>& headers) {
    std::string out = std::string(method) + " " + std::string(target) +
                      " HTTP/1.1\r\nHost: " + host + ":" + std::to_string(port) +
                      "\r\nConnection: close\r\n";
    // X-Ronde-Protocol: 1 unless the caller gives it (an empty value: omitted).
    bool protocol_given = false;
    for (const auto& [name, value] : headers) {
        if (lower(name) == "x-ronde-protocol") {
            protocol_given = true;
        }
        if (!value.empty()) {
            out += name + ": " + value + "\r\n";
        }
    }
    if (!protocol_given) {
        out += "X-Ronde-Protocol: 1\r\n";
    }
    return out;
}

std::map<std::string, std::string> auth_headers(std::string_view token) {
    std::map<std::string, std::string> h;
    if (!token.empty()) {
        h["Authorization"] = "Bearer " + std::string(token);
    }
    return h;
}

}  // namespace

HttpClient::HttpClient(std::uint16_t port, std::string host)
    : host_(std::move(host)), port_(port) {}

HttpReply HttpClient::request(std::string_view method, std::string_view target,
                              std::string_view body,
                              const std::map<std::string, std::string>& headers) const {
    std::string text = head_of(method, target, host_, port_, headers);
    if (!body.empty() || method == "POST") {
        text += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    }
    text += "\r\n";
    text += body;
    return raw(text);
}

HttpReply HttpClient::get(std::string_view target, std::string_view token) const {
    return request("GET", target, {}, auth_headers(token));
}

HttpReply HttpClient::post_json(std::string_view target, std::string_view body,
                                std::string_view token) const {
    auto headers = auth_headers(token);
    headers["Content-Type"] = "application/json";
    return request("POST", target, body, headers);
}

bool HttpClient::can_connect() const {
    return Socket(host_, port_, timeout).ok();
}

HttpReply HttpClient::raw(std::string_view bytes) const {
    Socket socket(host_, port_, timeout);
    if (!socket.ok()) {
        return HttpReply{0, {}, {}, socket.error()};
    }
    if (!socket.send_all(bytes)) {
        // The server may have answered and closed early: read what it said.
        return read_reply(socket, {});
    }
    return read_reply(socket, {});
}

HttpReply HttpClient::upload(std::string_view target, std::uint64_t size, bool chunked,
                             std::string_view token) const {
    Socket socket(host_, port_, timeout);
    if (!socket.ok()) {
        return HttpReply{0, {}, {}, socket.error()};
    }
    auto headers = auth_headers(token);
    headers["Content-Type"] = "application/json";
    std::string head = head_of("POST", target, host_, port_, headers);
    head += chunked ? "Transfer-Encoding: chunked\r\n"
                    : "Content-Length: " + std::to_string(size) + "\r\n";
    head += "\r\n";
    if (!socket.send_all(head)) {
        return read_reply(socket, {});
    }
    // A JSON array of zeros: valid-looking data, never materialised whole.
    const std::string block(1 << 20, '0');
    std::uint64_t sent = 0;
    while (sent < size) {
        const std::size_t n =
            static_cast<std::size_t>(std::min<std::uint64_t>(block.size(), size - sent));
        bool ok;
        if (chunked) {
            char prefix[32];
            std::snprintf(prefix, sizeof prefix, "%zx\r\n", n);
            ok = socket.send_all(prefix) && socket.send_all(std::string_view(block).substr(0, n)) &&
                 socket.send_all("\r\n");
        } else {
            ok = socket.send_all(std::string_view(block).substr(0, n));
        }
        if (!ok) {
            return read_reply(socket, {});  // answered and closed early
        }
        sent += n;
    }
    if (chunked && !socket.send_all("0\r\n\r\n")) {
        return read_reply(socket, {});
    }
    return read_reply(socket, {});
}

HttpConnection::HttpConnection(std::uint16_t port, std::chrono::seconds timeout)
    : socket_(std::make_unique<Socket>("127.0.0.1", port, timeout)) {}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::send(std::string_view bytes) {
    return socket_->ok() && socket_->send_all(bytes);
}

HttpReply HttpConnection::read_reply() {
    if (!socket_->ok()) {
        return HttpReply{0, {}, {}, socket_->error()};
    }
    return ronde::test::read_reply(*socket_, {});
}

}  // namespace ronde::test
