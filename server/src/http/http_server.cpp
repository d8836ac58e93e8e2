// The cpprestsdk adapter: converts web::http::http_request to HttpRequest,
// calls the Api, converts the HttpResponse back. The only server file that
// includes cpprestsdk (each such file costs 5-10 s of compile time).
//
// Request bodies: cpprestsdk's asio listener dispatches a request to us as
// soon as its headers are parsed and keeps reading the body in the
// background into an unbounded in-memory buffer; it sends our answer only
// once the whole body has been received, and offers no way to close the
// connection early. So the body limit is enforced here: from Content-Length
// before reading a byte, and while reading for chunked bodies; the rest of a
// refused body is then discarded (not buffered) by closing the request's
// body stream. The client still uploads it all before it sees the 413.
// Measured figures: docs/PERFORMANCE.md, "cpprestsdk listener limits".
//
// Streamed response bodies (HttpResponse::stream, the exports): sent with
// chunked transfer encoding from a producer_consumer_buffer that a thread of
// ours fills by pulling the stream, with back-pressure: it stops pulling
// while more than kStreamQueueBytes wait for the socket, so the memory of
// an export does not grow with its size or with a slow client (see
// send_stream).
#include "http/http_server.hpp"

#include "api/api.hpp"
#include "api/http_types.hpp"

#include <cpprest/http_listener.h>
#include <cpprest/producerconsumerstream.h>
#include <cpprest/uri.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace ronde::server {

namespace http = web::http;
using web::http::experimental::listener::http_listener;
using web::http::experimental::listener::http_listener_config;

namespace {

std::string to_lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Binds a TCP socket to host:0 and returns the port the kernel chose. The
// socket is closed again: the port is free until someone else takes it.
std::uint16_t find_free_port(const std::string& host) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        throw std::runtime_error("cannot create a socket");
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1) {
        ::close(fd);
        throw std::runtime_error("port 0 needs an IPv4 address to listen on, not '" + host + "'");
    }
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        ::close(fd);
        throw std::runtime_error("cannot bind " + host + ":0");
    }
    ::close(fd);
    return ntohs(addr.sin_port);
}

// Reads a request body without blocking a thread: each chunk is read in a
// continuation on cpprestsdk's thread pool, so a client that sends its body
// slowly (or never finishes it) holds a connection but no thread. Completes
// with false as soon as the body holds more than `limit` bytes (the caller
// answers 413 and discards the rest, see discard_body).
struct BodyReader {
    static constexpr std::size_t kChunk = 64 * 1024;
    concurrency::streams::streambuf<std::uint8_t> buf;
    std::size_t limit;
    std::string body;
    std::vector<std::uint8_t> chunk = std::vector<std::uint8_t>(kChunk);

    static pplx::task<bool> read(std::shared_ptr<BodyReader> r) {
        auto next = r->buf.getn(r->chunk.data(), kChunk);
        return next.then([r](std::size_t n) -> pplx::task<bool> {
            // Then take whatever else has already arrived without another
            // hop through the thread pool (these getn calls complete at
            // once): cpprestsdk keeps filling its unbounded buffer while we
            // are scheduled, so a consumer that lags lets it grow.
            while (n > 0) {
                if (r->body.size() + n > r->limit) {
                    r->body.clear();
                    r->body.shrink_to_fit();
                    return pplx::task_from_result(false);
                }
                r->body.append(reinterpret_cast<const char*>(r->chunk.data()), n);
                const std::size_t available = r->buf.in_avail();
                if (available == 0) {
                    return read(r);
                }
                n = r->buf.getn(r->chunk.data(), std::min(available, kChunk)).get();
            }
            return pplx::task_from_result(true);
        });
    }
};

// Tells cpprestsdk to throw away the rest of a body we refused. The listener
// reads every body to its end before it sends the answer, and cannot close
// the connection early; without this it would buffer the whole body in
// memory. Call after reply(), so that the write errors this causes inside
// cpprestsdk cannot replace our answer with a 500 of its own.
void discard_body(const http::http_request& request) {
    try {
        request.body().streambuf().close(std::ios_base::in).wait();
    } catch (...) {
        // Already closed or failed: nothing is buffered any more either way.
    }
}

// TLS 1.2 and later, with the PEM certificate chain and private key.
void configure_tls(boost::asio::ssl::context& ctx, const std::string& cert,
                   const std::string& key) {
    ctx.set_options(boost::asio::ssl::context::default_workarounds |
                    boost::asio::ssl::context::no_sslv2 | boost::asio::ssl::context::no_sslv3 |
                    boost::asio::ssl::context::no_tlsv1 | boost::asio::ssl::context::no_tlsv1_1 |
                    boost::asio::ssl::context::single_dh_use);
    ctx.use_certificate_chain_file(cert);
    ctx.use_private_key_file(key, boost::asio::ssl::context::pem);
}

// What the handlers share with stop(). Held by shared_ptr so that a
// continuation still pending when the server is destroyed (a body that never
// arrived) finds it alive; the Api is touched only through enter_api(),
// which refuses once stop() has begun.
struct Shared {
    Api& api;
    std::size_t max_body;
    std::mutex mutex;
    std::condition_variable idle;
    bool stopping = false;  // no new request is admitted; guarded by mutex
    bool closed = false;    // no request enters the Api any more; guarded by mutex
    int in_flight = 0;      // requests received and not yet answered; guarded by mutex
    int in_api = 0;         // requests inside the Api; guarded by mutex

    Shared(Api& a) : api(a), max_body(a.config().max_body_bytes) {}
};

// Counts one request in flight for its whole life, across continuations,
// until its response has been written to the socket.
struct InFlight {
    std::shared_ptr<Shared> shared;

    // Admits a request, or returns null once stop() has begun: checked and
    // counted under one lock, so stop() never misses a request it admitted.
    static std::shared_ptr<InFlight> admit(const std::shared_ptr<Shared>& s) {
        const std::lock_guard lock(s->mutex);
        if (s->stopping) {
            return nullptr;
        }
        ++s->in_flight;
        return std::make_shared<InFlight>(s);
    }
    explicit InFlight(std::shared_ptr<Shared> s) : shared(std::move(s)) {}
    ~InFlight() {
        const std::lock_guard lock(shared->mutex);
        --shared->in_flight;
        shared->idle.notify_all();
    }
    InFlight(const InFlight&) = delete;
    InFlight& operator=(const InFlight&) = delete;
};

HttpResponse unavailable() {
    HttpResponse r;
    r.status = 503;
    r.headers["Content-Type"] = "application/json; charset=utf-8";
    r.headers["Cache-Control"] = "no-store";
    r.headers["Retry-After"] = "1";
    r.headers["X-Ronde-Protocol"] = "1";
    r.body = R"({"error":{"code":"unavailable","message":"The server is stopping.","details":{}}})";
    return r;
}

HttpResponse internal_error() {
    HttpResponse r;
    r.status = 500;
    r.headers["Content-Type"] = "application/json; charset=utf-8";
    r.headers["Cache-Control"] = "no-store";
    r.headers["X-Ronde-Protocol"] = "1";
    r.body =
        R"({"error":{"code":"internal","message":"An internal error occurred.","details":{}}})";
    return r;
}

// Holds one count of Shared::in_api while a streamed body exists: the
// stream may hold state of the services, so stop() waits for it as for a
// call inside the Api. Declared before the stream it guards, so that it is
// destroyed after it.
struct GuardedStream {
    struct Ticket {
        std::shared_ptr<Shared> shared;
        explicit Ticket(std::shared_ptr<Shared> s) : shared(std::move(s)) {
            const std::lock_guard lock(shared->mutex);
            ++shared->in_api;
        }
        ~Ticket() {
            const std::lock_guard lock(shared->mutex);
            --shared->in_api;
            shared->idle.notify_all();
        }
        Ticket(const Ticket&) = delete;
        Ticket& operator=(const Ticket&) = delete;
    } ticket;
    BodyStream stream;

    GuardedStream(std::shared_ptr<Shared> shared, BodyStream s)
        : ticket(std::move(shared)), stream(std::move(s)) {}
};

// Runs `call` inside the Api unless stop() has ended its grace period (a
// request admitted before the stop whose body arrives within it is still
// served): stop() waits for every such call to return, and for every
// streamed body it returned to be destroyed, before the Api can be
// destroyed.
template <class F>
HttpResponse in_api_call(const std::shared_ptr<Shared>& owner, F&& call) {
    Shared& shared = *owner;
    {
        const std::lock_guard lock(shared.mutex);
        if (shared.closed) {
            return unavailable();
        }
        ++shared.in_api;
    }
    struct Leave {
        Shared& s;
        ~Leave() {
            const std::lock_guard lock(s.mutex);
            --s.in_api;
            s.idle.notify_all();
        }
    } leave{shared};
    try {
        HttpResponse response = call();
        if (response.stream) {
            auto guarded = std::make_shared<GuardedStream>(owner, std::move(response.stream));
            response.stream = [guarded](std::string& chunk) { return guarded->stream(chunk); };
        }
        return response;
    } catch (...) {
        return internal_error();
    }
}

// Back-pressure of streamed bodies: the producer pulls the next piece only
// while less than this waits in the buffer for the socket; a client that
// reads nothing for kStreamStallTimeout has its response cut.
constexpr std::size_t kStreamQueueBytes = 512 * 1024;
constexpr std::chrono::milliseconds kStreamPollInterval{2};
constexpr std::chrono::seconds kStreamStallTimeout{120};

// Sends `out` with a body pulled from `stream` on a thread of its own (the
// stream came from in_api_call, so stop() waits for it to be destroyed).
// The stream is cut when the client goes away, stops reading for
// kStreamStallTimeout, or the server stops (a download is not worth
// delaying a restart), and when it throws: the client then sees a chunked
// body without its last chunk.
void send_stream(const std::shared_ptr<Shared>& shared, const http::http_request& request,
                 http::http_response out, const std::string& content_type, BodyStream stream) {
    concurrency::streams::producer_consumer_buffer<std::uint8_t> buffer;
    out.set_body(concurrency::streams::istream(buffer), content_type);
    auto sending = std::make_shared<std::atomic<bool>>(true);
    try {
        request.reply(out).then([sending](const pplx::task<void>& sent) {
            sending->store(false);
            try {
                sent.get();
            } catch (...) {
                // The client went away or the body was cut.
            }
        });
    } catch (...) {
        sending->store(false);
    }
    auto pump = [shared, buffer, sending, stream = std::move(stream)]() mutable {
        const auto aborted = [&] {
            const std::lock_guard lock(shared->mutex);
            return shared->stopping || !sending->load();
        };
        std::string chunk;
        bool more = true;
        try {
            auto last_progress = std::chrono::steady_clock::now();
            std::size_t last_queued = 0;
            while (more) {
                if (aborted()) {
                    throw std::runtime_error("response abandoned");
                }
                // Read without the buffer's lock: only compared, and a stale
                // value costs one poll interval.
                const std::size_t queued = buffer.in_avail();
                const auto now = std::chrono::steady_clock::now();
                if (queued != last_queued) {
                    last_progress = now;
                    last_queued = queued;
                }
                if (queued >= kStreamQueueBytes) {
                    if (now - last_progress > kStreamStallTimeout) {
                        throw std::runtime_error("client stopped reading");
                    }
                    std::this_thread::sleep_for(kStreamPollInterval);
                    continue;
                }
                chunk.clear();
                more = stream(chunk);
                if (!chunk.empty()) {
                    buffer
                        .putn_nocopy(reinterpret_cast<const std::uint8_t*>(chunk.data()),
                                     chunk.size())
                        .wait();
                }
            }
            buffer.close(std::ios_base::out).wait();
        } catch (...) {
            try {
                buffer.close(std::ios_base::out, std::current_exception()).wait();
            } catch (...) {
            }
        }
        // Lets stop() go on (see GuardedStream).
        stream = nullptr;
    };
    try {
        std::thread(std::move(pump)).detach();
    } catch (...) {
        // No thread: end the response rather than leave the client waiting.
        buffer.close(std::ios_base::out, std::current_exception()).wait();
    }
}

// Sends `response`; `shared` is needed for a streamed body. `in_flight`,
// when given, is released once a response with a body in memory is written
// (or has failed), and at once for a streamed one.
void reply(const http::http_request& request, HttpResponse response,
           std::shared_ptr<InFlight> in_flight = nullptr,
           const std::shared_ptr<Shared>& shared = nullptr) {
    try {
        http::http_response out(static_cast<http::status_code>(response.status));
        std::string content_type;
        for (auto& [name, value] : response.headers) {
            if (to_lower(name) == "content-type") {
                content_type = value;
            } else {
                out.headers().add(name, value);
            }
        }
        if (response.stream) {
            if (!shared) {
                throw std::logic_error("a streamed body needs the server state");
            }
            // A download is not waited for (see send_stream): the count
            // in flight ends here, the stream's own count (in_api) when the
            // stream ends.
            send_stream(shared, request, std::move(out), content_type, std::move(response.stream));
            return;
        }
        if (!response.body.empty() || !content_type.empty()) {
            out.set_body(std::move(response.body), content_type);
        }
        request.reply(out).then([in_flight = std::move(in_flight)](const pplx::task<void>& sent) {
            try {
                sent.get();
            } catch (...) {
                // The client went away: nothing to answer to.
            }
        });
    } catch (...) {
        // Already answered or connection gone.
    }
}

// The request line and headers as a HttpRequest (body not read yet).
HttpRequest convert_head(const http::http_request& request) {
    HttpRequest in;
    in.method = request.method();
    in.remote_address = request.remote_address();
    for (const auto& [name, value] : request.headers()) {
        in.headers[to_lower(name)] = value;
    }
    try {
        const web::uri uri = request.relative_uri();
        in.path = web::uri::decode(uri.path());
        for (const auto& [key, value] : web::uri::split_query(uri.query())) {
            in.query[web::uri::decode(key)] = web::uri::decode(value);
        }
    } catch (const std::exception&) {
        in.path = "/(malformed)";  // answered 404 by the Api
        in.query.clear();
    }
    return in;
}

// Handles one request: called by the listener once the headers are parsed.
void handle(const std::shared_ptr<Shared>& shared, const http::http_request& request) {
    auto guard = InFlight::admit(shared);
    if (!guard) {
        reply(request, unavailable());
        return;
    }
    auto in = std::make_shared<HttpRequest>(convert_head(request));

    // Decided from Content-Length before reading a byte of the body.
    std::string declared;
    if (request.headers().match(http::header_names::content_length, declared)) {
        const bool digits = !declared.empty() && declared.size() <= 19 &&
                            std::all_of(declared.begin(), declared.end(),
                                        [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || std::stoull(declared) > shared->max_body) {
            reply(request, in_api_call(shared, [&] { return shared->api.refuse_oversized(*in); }),
                  guard);
            discard_body(request);
            return;
        }
    }

    auto reader = std::make_shared<BodyReader>();
    reader->buf = request.body().streambuf();
    reader->limit = shared->max_body;
    BodyReader::read(reader).then([shared, guard, in, reader, request](pplx::task<bool> done) {
        bool fits = false;
        try {
            fits = done.get();
        } catch (...) {
            // The connection failed while the body was arriving.
            reply(request, internal_error(), guard);
            return;
        }
        if (!fits) {
            reply(request, in_api_call(shared, [&] { return shared->api.refuse_oversized(*in); }),
                  guard);
            discard_body(request);
            return;
        }
        in->body = std::move(reader->body);
        reply(request, in_api_call(shared, [&] { return shared->api.handle(*in); }), guard, shared);
    });
}

}  // namespace

struct HttpServer::Impl {
    HttpServerConfig config;
    std::shared_ptr<Shared> shared;
    std::uint16_t port = 0;
    std::unique_ptr<http_listener> listener;
    bool running = false;

    Impl(Api& a, HttpServerConfig c) : config(std::move(c)), shared(std::make_shared<Shared>(a)) {}

    bool tls() const { return !config.tls_cert.empty() && !config.tls_key.empty(); }
};

HttpServer::HttpServer(Api& api, HttpServerConfig config)
    : impl_(std::make_unique<Impl>(api, std::move(config))) {}

HttpServer::~HttpServer() {
    try {
        stop(std::chrono::seconds(1));
    } catch (...) {
    }
}

std::uint16_t HttpServer::start() {
    Impl& d = *impl_;
    d.port = d.config.port != 0 ? d.config.port : find_free_port(d.config.host);
    http_listener_config cfg;
    cfg.set_timeout(utility::seconds(d.config.io_timeout.count()));
    if (d.tls()) {
        // A bad certificate or key fails here, at start, rather than on
        // every connection later.
        try {
            boost::asio::ssl::context probe(boost::asio::ssl::context::tls_server);
            configure_tls(probe, d.config.tls_cert, d.config.tls_key);
        } catch (const std::exception& e) {
            throw std::runtime_error("cannot use the TLS certificate or key: " +
                                     std::string(e.what()));
        }
        cfg.set_ssl_context_callback(
            [cert = d.config.tls_cert, key = d.config.tls_key](boost::asio::ssl::context& ctx) {
                configure_tls(ctx, cert, key);
            });
    }
    d.listener = std::make_unique<http_listener>(web::uri(url()), cfg);
    d.listener->support(
        [shared = d.shared](const http::http_request& request) { handle(shared, request); });
    try {
        d.listener->open().wait();
    } catch (const std::exception& e) {
        d.listener.reset();
        throw std::runtime_error("cannot listen on " + url() + ": " + e.what());
    }
    d.running = true;
    return d.port;
}

std::string HttpServer::url() const {
    const Impl& d = *impl_;
    return std::string(d.tls() ? "https://" : "http://") + d.config.host + ":" +
           std::to_string(d.port);
}

void HttpServer::stop(std::chrono::milliseconds grace) {
    Impl& d = *impl_;
    if (!d.running) {
        return;
    }
    Shared& s = *d.shared;
    std::unique_lock lock(s.mutex);
    // New requests get 503; requests already admitted get `grace` to finish
    // (those still uploading their body included) and have their answer
    // written: a push completes or rolls back in its own transaction, and
    // its client reads the result.
    s.stopping = true;
    s.idle.wait_for(lock, grace, [&s] { return s.in_flight == 0; });
    // Then nothing enters the Api any more (a body still arriving gets
    // 503), and no request may still be inside it when the caller destroys
    // it; streams saw `stopping` and end.
    s.closed = true;
    s.idle.wait(lock, [&s] { return s.in_api == 0; });
    lock.unlock();

    // The listener is deliberately neither closed nor destroyed. In
    // cpprestsdk 2.10, close() shuts every open socket from this thread
    // while the io threads may be running a handler on the same connection
    // (a keep-alive client sending its next request); under SIGTERM during a
    // stream of pushes that crashed the server in libcpprest about one stop
    // in thirty. The acceptor stays open only until the process exits,
    // which follows at once (run_serve); meanwhile any request is answered
    // 503 without reaching the Api, which may be destroyed.
    static_cast<void>(d.listener.release());
    d.running = false;
}

}  // namespace ronde::server
