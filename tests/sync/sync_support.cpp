#include "sync_support.hpp"

#include "ronde/codec.hpp"
#include "ronde/hlc.hpp"
#include "ronde/uuid.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace ronde::sync::test {

TempDir::TempDir(const std::filesystem::path& base) {
    path_ = (base.empty() ? std::filesystem::temp_directory_path() : base) /
            ("ronde-sync-test-" + random_uuid_v4());
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

InProcessServer::InProcessServer(std::string db_path, server::ApiConfig api, bool create_accounts)
    : db_path_(std::move(db_path)), api_config_(api) {
    open();
    if (!create_accounts) {
        auto tx = store_->begin_read();
        auto alice = tx->user_by_username("alice");
        auto chef = tx->user_by_username("chef");
        if (!alice || !chef) {
            throw std::runtime_error("the copied database lacks its accounts");
        }
        alice_ = alice->user;
        chef_ = chef->user;
        return;
    }
    auto unit = auth_->create_unit("BTA-TEST", "Brigade de test");
    if (!unit) {
        throw std::runtime_error("create_unit: " + unit.error().message);
    }
    auto alice = auth_->create_user("BTA-TEST", "alice", "Gendarme Alice", Role::patrol, kPassword);
    auto chef =
        auth_->create_user("BTA-TEST", "chef", "Adjudant Chef", Role::supervisor, kPassword);
    if (!alice || !chef) {
        throw std::runtime_error("create_user failed");
    }
    alice_ = alice.value();
    chef_ = chef.value();
}

InProcessServer::~InProcessServer() = default;

void InProcessServer::open() {
    store_ = server::open_sqlite_store(db_path_);
    server::AuthConfig auth;
    auth.login_attempts_per_window = 1000;
    auth_ = std::make_unique<server::AuthService>(*store_, auth, &system_millis);
    sync_ = std::make_unique<server::SyncService>(*store_, server::SyncConfig{}, &system_millis);
    audit_ = std::make_unique<server::AuditService>(*store_, &system_millis);
    device_events_ = std::make_unique<server::DeviceEventService>(*store_, *audit_, &system_millis);
    api_ = std::make_unique<server::Api>(*auth_, *sync_, api_config_, nullptr);
    api_->set_device_events(device_events_.get());
}

void InProcessServer::serve_audit_events(bool on) {
    api_->set_device_events(on ? device_events_.get() : nullptr);
}

void InProcessServer::restart() {
    api_.reset();
    device_events_.reset();
    audit_.reset();
    sync_.reset();
    auth_.reset();
    store_.reset();
    open();
}

server::HttpResponse InProcessServer::handle(const server::HttpRequest& request) {
    return api_->handle(request);
}

void InProcessServer::revoke(const std::string& device_id) {
    const server::Principal who{chef_.id, chef_.unit_id, random_uuid_v4(), chef_.username,
                                Role::supervisor};
    if (auto e = auth_->revoke_device(who, device_id)) {
        throw std::runtime_error("revoke: " + e->message);
    }
}

PullResponse InProcessServer::pull_all() {
    const server::Principal who{chef_.id, chef_.unit_id, random_uuid_v4(), chef_.username,
                                Role::supervisor};
    PullResponse all;
    for (;;) {
        auto page = sync_->pull(who, all.next_since, 1000);
        if (!page) {
            throw std::runtime_error("pull: " + page.error().message);
        }
        all.changes.insert(all.changes.end(), page.value().changes.begin(),
                           page.value().changes.end());
        all.next_since = page.value().next_since;
        if (!page.value().has_more) {
            return all;
        }
    }
}

namespace {

std::string lowercase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string percent_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out.push_back(
                static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
            i += 2;
        } else {
            out.push_back(s[i] == '+' ? ' ' : s[i]);
        }
    }
    return out;
}

}  // namespace

Result<TransportResponse> ApiTransport::send(const TransportRequest& request) {
    ++sent;
    server::HttpRequest r;
    r.method = request.method;
    const auto q = request.target.find('?');
    r.path = percent_decode(request.target.substr(0, q));
    if (q != std::string::npos) {
        std::string_view query(request.target);
        query.remove_prefix(q + 1);
        while (!query.empty()) {
            const auto amp = query.find('&');
            const std::string_view pair = query.substr(0, amp);
            const auto eq = pair.find('=');
            r.query[percent_decode(pair.substr(0, eq))] =
                eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1));
            if (amp == std::string_view::npos) {
                break;
            }
            query.remove_prefix(amp + 1);
        }
    }
    for (const auto& [name, value] : request.headers) {
        r.headers[lowercase(name)] = value;
    }
    r.body = request.body;
    r.remote_address = "127.0.0.1";
    server::HttpResponse answer = server_.handle(r);
    TransportResponse out;
    out.status = answer.status;
    for (const auto& [name, value] : answer.headers) {
        out.headers[lowercase(name)] = value;
    }
    out.body = std::move(answer.body);
    return out;
}

TransportResponse json_response(int status, const std::string& body,
                                std::map<std::string, std::string> headers) {
    headers["content-type"] = "application/json; charset=utf-8";
    return TransportResponse{status, std::move(headers), body};
}

TransportResponse error_response(int status, const std::string& code,
                                 std::map<std::string, std::string> headers) {
    return json_response(status, encode_error(make_error(code, "Refused: " + code)).dump(),
                         std::move(headers));
}

Result<TransportResponse> FaultyTransport::send(const TransportRequest& request) {
    log.push_back(request);
    if (!canned.empty()) {
        TransportResponse r = std::move(canned.front());
        canned.pop_front();
        return r;
    }
    Fault fault = Fault::none;
    if (!script.empty()) {
        fault = script.front();
        script.pop_front();
    } else if (probability > 0 &&
               std::uniform_real_distribution<double>(0, 1)(rng_) < probability) {
        fault = random_kind != Fault::none ? random_kind : static_cast<Fault>(1 + rng_() % 7);
    }
    // Requests delayed earlier arrive now, after this one.
    auto deliver_delayed = [this] {
        auto delayed = std::move(delayed_);
        delayed_.clear();
        for (const auto& d : delayed) {
            (void)inner_.send(d);
        }
    };
    if (fault != Fault::none) {
        ++faults;
    }
    Result<TransportResponse> answer = make_error("network", "Connection reset (injected).");
    switch (fault) {
        case Fault::none:
            answer = inner_.send(request);
            break;
        case Fault::lose_request:
            break;
        case Fault::lose_response:
            (void)inner_.send(request);
            break;
        case Fault::duplicate:
            (void)inner_.send(request);
            answer = inner_.send(request);
            break;
        case Fault::delay:
            deliver_delayed();
            delayed_.push_back(request);
            return answer;
        case Fault::status_503:
            answer = error_response(503, "unavailable");
            break;
        case Fault::status_429:
            answer = error_response(429, "rate_limited", {{"retry-after", "7"}});
            break;
        case Fault::status_500:
            (void)inner_.send(request);
            answer = error_response(500, "internal");
            break;
    }
    deliver_delayed();
    return answer;
}

}  // namespace ronde::sync::test
