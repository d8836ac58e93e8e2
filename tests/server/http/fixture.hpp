// Shared set-up of the HTTP tests: a temporary database with one unit (two
// patrol accounts, a supervisor) made through the CLI, the real ronde-server
// serving it on 127.0.0.1 with a free port, and builders of sync changes.
#pragma once

#include "ronde/hlc.hpp"
#include "ronde/time.hpp"
#include "ronde/uuid.hpp"
#include "ronde_server.hpp"

#include <nlohmann/json.hpp>

#include <atomic>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace ronde::test {

using nlohmann::json;

inline const Account kPatrol{"g.lebris", "Kig-ha-farz 2026!", "patrol"};
inline const Account kPatrol2{"m.legoff", "Far breton 35!", "patrol"};
inline const Account kSupervisor{"adj.morvan", "Chef de poste 35", "supervisor"};
inline const Account kOtherUnitPatrol{"j.kerbrat", "Autre brigade 29", "patrol"};

struct ServerFixture {
    TempDir dir;
    std::string db = dir.file("ronde.db");
    std::unique_ptr<ServerProcess> server;

    // Creates the unit and its accounts (and a second unit when asked).
    explicit ServerFixture(bool second_unit = false) {
        add_unit(db, "BTA-35-CESSON", "Brigade territoriale autonome de Cesson-Sévigné");
        add_user(db, "BTA-35-CESSON", kPatrol);
        add_user(db, "BTA-35-CESSON", kPatrol2);
        add_user(db, "BTA-35-CESSON", kSupervisor);
        if (second_unit) {
            add_unit(db, "BTA-29-QUIMPER", "Brigade territoriale autonome de Quimper");
            add_user(db, "BTA-29-QUIMPER", kOtherUnitPatrol);
        }
    }

    ServerProcess& start(std::vector<std::string> extra = {}) {
        server = std::make_unique<ServerProcess>(db, dir.file("server.log"), std::move(extra));
        return *server;
    }
    HttpClient client() const { return server->client(); }
    std::string log() const { return server ? server->log() : std::string(); }
};

inline std::string new_id() {
    static thread_local UuidV7Generator generator;
    return generator.next();
}

// An HLC stamp of now, unique per call in this process.
inline std::string new_hlc() {
    static std::atomic<std::uint32_t> counter{0};
    HlcStamp s;
    s.wall_ms = system_millis();
    s.counter = counter.fetch_add(1) & 0xffff;
    s.node = 0x5eed;
    return s.to_string();
}

inline json contact_change(const std::string& id, const std::string& organisation) {
    return {{"entity", "contact"},
            {"id", id},
            {"hlc", new_hlc()},
            {"deleted", false},
            {"data",
             {{"category", "shopkeeper"},
              {"organisation", organisation},
              {"commune", "Cesson-Sévigné"},
              {"position", {{"lat", 48.12483}, {"lon", -1.59076}}}}}};
}

inline json visit_change(const std::string& id, const std::string& note) {
    return {
        {"entity", "visit"},
        {"id", id},
        {"hlc", new_hlc()},
        {"deleted", false},
        {"data",
         {{"occurred_at", format_timestamp(std::chrono::time_point_cast<std::chrono::milliseconds>(
                              std::chrono::system_clock::now() - std::chrono::hours(1)))},
          {"topics", {"shoplifting"}},
          {"actions", {"prevention_advice"}},
          {"climate", "positive"},
          {"note", note}}}};
}

inline json push_body(const std::vector<json>& changes, std::string batch_id = {}) {
    return {{"protocol", 1},
            {"batch_id", batch_id.empty() ? random_uuid_v4() : batch_id},
            {"changes", changes}};
}

// Pulls everything visible to `token` from `since`, following has_more.
inline std::vector<json> pull_all(const HttpClient& client, const std::string& token,
                                  std::int64_t since = 0) {
    std::vector<json> out;
    for (int guard = 0; guard < 10000; ++guard) {
        const HttpReply r =
            client.get("/api/v1/sync/pull?since=" + std::to_string(since) + "&limit=1000", token);
        if (r.status != 200) {
            throw std::runtime_error("pull failed: " + std::to_string(r.status) + " " + r.body);
        }
        const json j = json::parse(r.body);
        for (const auto& c : j.at("changes")) {
            out.push_back(c);
        }
        since = j.at("next_since").get<std::int64_t>();
        if (!j.at("has_more").get<bool>()) {
            break;
        }
    }
    return out;
}

inline std::string error_code(const HttpReply& r) {
    try {
        return json::parse(r.body).at("error").at("code").get<std::string>();
    } catch (...) {
        return "(no error body: " + r.body.substr(0, 200) + ")";
    }
}

}  // namespace ronde::test
