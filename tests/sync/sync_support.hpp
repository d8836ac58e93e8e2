// Helpers of the sync tests: the real server code in this process (store,
// services and Api on a temporary SQLite file) behind a sync::Transport, a
// transport that fails on purpose, and a clock that only counts its waits.
#pragma once

#include "api/api.hpp"
#include "ronde/sync/clock.hpp"
#include "ronde/sync/transport.hpp"
#include "services/audit_service.hpp"
#include "services/auth_service.hpp"
#include "services/device_event_service.hpp"
#include "services/sync_service.hpp"
#include "store/store.hpp"

#include <chrono>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace ronde::sync::test {

// A directory under the system temporary directory, removed at the end.
class TempDir {
public:
    // Under `base` when given (e.g. /dev/shm for speed), else the system's.
    explicit TempDir(const std::filesystem::path& base = {});
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string path() const { return path_.string(); }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

// A virtual wall clock: sleep() moves it and records the wait.
class FakeClock final : public Clock {
public:
    explicit FakeClock(std::int64_t start_ms) : now_(std::make_shared<std::int64_t>(start_ms)) {}
    std::int64_t now_ms() override { return *now_; }
    void sleep(std::chrono::milliseconds delay) override {
        sleeps.push_back(delay);
        *now_ += delay.count();
    }
    void advance(std::int64_t ms) { *now_ += ms; }
    // For StoreOptions::clock: follows this clock.
    std::function<std::int64_t()> fn() const {
        auto now = now_;
        return [now] { return *now; };
    }
    std::vector<std::chrono::milliseconds> sleeps;

private:
    std::shared_ptr<std::int64_t> now_;
};

// ronde-server's code (Store, AuthService, SyncService, Api) in this process,
// on a SQLite file that outlives restarts. Accounts: unit "BTA-TEST" with
// patrol "alice" and supervisor "chef" (password kPassword).
class InProcessServer {
public:
    static constexpr const char* kPassword = "motdepasse-de-test";

    // With `create_accounts` false, the file already holds them (a copy).
    explicit InProcessServer(std::string db_path, server::ApiConfig api = {},
                             bool create_accounts = true);
    ~InProcessServer();

    // Closes everything and opens the same file again (tokens survive).
    void restart();
    server::HttpResponse handle(const server::HttpRequest& request);
    server::Store& store() { return *store_; }
    server::AuthService& auth() { return *auth_; }
    server::SyncService& sync() { return *sync_; }
    server::AuditService& audit() { return *audit_; }
    // Whether POST /api/v1/audit/events is served (true); false plays a
    // server older than the route (404), until the next restart.
    void serve_audit_events(bool on);
    // Revokes a device as the unit's supervisor.
    void revoke(const std::string& device_id);
    // Every record of the unit (as a supervisor pulls them), with its seq.
    PullResponse pull_all();
    const User& patrol_user() const { return alice_; }
    const User& supervisor() const { return chef_; }

private:
    void open();
    std::string db_path_;
    server::ApiConfig api_config_;
    std::unique_ptr<server::Store> store_;
    std::unique_ptr<server::AuthService> auth_;
    std::unique_ptr<server::SyncService> sync_;
    std::unique_ptr<server::AuditService> audit_;
    std::unique_ptr<server::DeviceEventService> device_events_;
    std::unique_ptr<server::Api> api_;
    User alice_;
    User chef_;
};

// A Transport that calls InProcessServer::handle.
class ApiTransport final : public Transport {
public:
    explicit ApiTransport(InProcessServer& server) : server_(server) {}
    Result<TransportResponse> send(const TransportRequest& request) override;
    std::size_t sent = 0;

private:
    InProcessServer& server_;
};

enum class Fault : std::uint8_t {
    none,
    lose_request,   // never reaches the server: "network" error
    lose_response,  // the server handles it (and commits); the answer is lost
    duplicate,      // the server gets it twice; the client sees the second answer
    delay,          // "network" error now; the server gets it after the next request
    status_503,     // answered 503 without reaching the server
    status_429,     // answered 429 with Retry-After: 7, without reaching the server
    status_500,     // answered 500 after the server handled it
};

// Wraps a transport and fails requests on purpose: first the scripted
// faults, in order, then random ones with `probability` when set.
class FaultyTransport final : public Transport {
public:
    explicit FaultyTransport(Transport& inner, std::uint64_t seed = 1)
        : inner_(inner), rng_(seed) {}
    Result<TransportResponse> send(const TransportRequest& request) override;

    std::deque<Fault> script;
    double probability = 0;           // of a random fault per request
    Fault random_kind = Fault::none;  // the kind of the random faults; none: any
    // Answers to return instead of asking the server (scripted refusals).
    std::deque<TransportResponse> canned;
    std::vector<TransportRequest> log;  // every request the client sent
    std::size_t faults = 0;

private:
    Transport& inner_;
    std::mt19937_64 rng_;
    std::vector<TransportRequest> delayed_;
};

TransportResponse json_response(int status, const std::string& body,
                                std::map<std::string, std::string> headers = {});
TransportResponse error_response(int status, const std::string& code,
                                 std::map<std::string, std::string> headers = {});

}  // namespace ronde::sync::test
