#include "fault_proxy.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ronde::test {

namespace {

sockaddr_in loopback(std::uint16_t port) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

bool send_all(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0) {
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

FaultProxy::FaultProxy(std::uint16_t upstream_port, FaultPolicy policy)
    : policy_(policy), upstream_port_(upstream_port), rng_(policy.seed) {
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listen_fd_ < 0) {
        throw std::runtime_error("fault proxy: socket");
    }
    const int one = 1;
    ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr = loopback(0);
    socklen_t len = sizeof addr;
    if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(listen_fd_, 64) != 0 ||
        ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        ::close(listen_fd_);
        throw std::runtime_error("fault proxy: bind/listen");
    }
    port_ = ntohs(addr.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
}

FaultProxy::~FaultProxy() {
    stopping_ = true;
    acceptor_.join();
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(mutex_);
        workers.swap(workers_);
    }
    for (auto& w : workers) {
        w.join();
    }
    ::close(listen_fd_);
}

FaultProxy::Plan FaultProxy::next_plan() {
    std::lock_guard lock(mutex_);
    std::uniform_real_distribution<double> u(0, 1);
    Plan plan;
    const double fault = u(rng_);
    const double slow = u(rng_);
    const auto kind = std::uniform_int_distribution<int>(0, 2)(rng_);
    if (fault < policy_.fault_probability) {
        switch (kind) {
            case 0:  // somewhere in the request line, the headers or the body
                plan.fate = Fate::cut_request;
                plan.at = std::uniform_int_distribution<std::size_t>(0, 400)(rng_);
                break;
            case 1:  // mostly in the status line and headers
                plan.fate = Fate::cut_response;
                plan.at = std::uniform_int_distribution<std::size_t>(0, 300)(rng_);
                break;
            default:  // headers intact, body short of its Content-Length
                plan.fate = Fate::truncate_body;
                plan.at = std::uniform_int_distribution<std::size_t>(0, 24)(rng_);
                break;
        }
    }
    if (slow < policy_.latency_probability) {
        plan.latency = std::chrono::milliseconds(
            std::uniform_int_distribution<std::int64_t>(0, policy_.max_latency.count())(rng_));
    }
    return plan;
}

void FaultProxy::count_fault() {
    const std::size_t n = ++faults_;
    if (policy_.heal_after_faults > 0 && n >= policy_.heal_after_faults) {
        healed_ = true;
    }
}

void FaultProxy::accept_loop() {
    while (!stopping_) {
        pollfd p{listen_fd_, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) {
            continue;
        }
        const int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            continue;
        }
        ++connections_;
        const Plan plan = next_plan();
        std::lock_guard lock(mutex_);
        workers_.emplace_back([this, client, plan] { relay(client, plan); });
    }
}

void FaultProxy::relay(int client, Plan plan) {
    const int upstream = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in addr = loopback(upstream_port_);
    if (upstream < 0 ||
        ::connect(upstream, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        if (upstream >= 0) {
            ::close(upstream);
        }
        ::close(client);
        return;
    }
    std::size_t up_bytes = 0;    // client -> server, on this connection
    std::size_t down_bytes = 0;  // server -> client
    std::string head;            // the first response's bytes until its headers end
    std::size_t body_start = std::string::npos;
    std::array<char, 16384> buf{};
    bool open = true;
    while (open && !stopping_) {
        std::array<pollfd, 2> fds{pollfd{client, POLLIN, 0}, pollfd{upstream, POLLIN, 0}};
        if (::poll(fds.data(), fds.size(), 50) <= 0) {
            continue;
        }
        for (std::size_t i = 0; i < fds.size() && open; ++i) {
            if (fds[i].revents == 0) {
                continue;
            }
            const bool up = i == 0;
            const int from = up ? client : upstream;
            const int to = up ? upstream : client;
            const ssize_t got = ::recv(from, buf.data(), buf.size(), 0);
            if (got <= 0) {
                open = false;
                break;
            }
            auto n = static_cast<std::size_t>(got);
            if (up && down_bytes > 0) {
                // A new request on a kept-alive connection: a new fate.
                plan = next_plan();
                up_bytes = 0;
                down_bytes = 0;
                head.clear();
                body_start = std::string::npos;
            }
            const bool faulty = !healed_;
            if (faulty && plan.latency.count() > 0) {
                std::this_thread::sleep_for(plan.latency);
            }
            bool cut = false;
            if (faulty && up && plan.fate == Fate::cut_request && up_bytes + n > plan.at) {
                n = plan.at - up_bytes;
                cut = true;
            }
            if (faulty && !up && plan.fate == Fate::cut_response && down_bytes + n > plan.at) {
                n = plan.at - down_bytes;
                cut = true;
            }
            if (faulty && !up && plan.fate == Fate::truncate_body) {
                if (body_start == std::string::npos) {
                    head.append(buf.data(), n);
                    const auto end = head.find("\r\n\r\n");
                    if (end != std::string::npos) {
                        body_start = end + 4;
                    }
                }
                if (body_start != std::string::npos && down_bytes + n > body_start + plan.at) {
                    n = body_start + plan.at - down_bytes;
                    cut = true;
                }
            }
            if (!send_all(to, buf.data(), n)) {
                open = false;
                break;
            }
            (up ? up_bytes : down_bytes) += n;
            if (cut) {
                count_fault();
                open = false;
            }
        }
    }
    ::shutdown(client, SHUT_RDWR);
    ::shutdown(upstream, SHUT_RDWR);
    ::close(client);
    ::close(upstream);
}

}  // namespace ronde::test
