// Shared set-up of the service tests: a temporary SQLite file, a settable
// clock, the services, one unit with two patrols and a supervisor, and a
// second unit; builders for protocol messages.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/hlc.hpp"
#include "ronde/time.hpp"
#include "ronde/uuid.hpp"
#include "services/auth_service.hpp"
#include "services/sync_service.hpp"
#include "store/store.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

namespace ronde::server::test {

// A directory under the system temporary directory, removed at the end.
class TempDir {
public:
    TempDir() {
        path_ = std::filesystem::temp_directory_path() / ("ronde-service-test-" + random_uuid_v4());
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::filesystem::path file(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

inline std::int64_t ms_at(const char* iso) {
    return parse_timestamp(iso).value().time_since_epoch().count();
}

// A clock the test moves by hand; shared by copies of its function.
class TestClock {
public:
    explicit TestClock(std::int64_t start)
        : now_(std::make_shared<std::atomic<std::int64_t>>(start)) {}
    std::function<std::int64_t()> fn() const {
        auto now = now_;
        return [now] { return now->load(); };
    }
    std::int64_t now() const { return now_->load(); }
    void set(std::int64_t ms) { now_->store(ms); }
    void advance(std::int64_t ms) { *now_ += ms; }

private:
    std::shared_ptr<std::atomic<std::int64_t>> now_;
};

inline constexpr std::int64_t kDay = 24LL * 3600 * 1000;

struct Fixture {
    TempDir dir;
    TestClock clock{ms_at("2026-11-26T10:00:00.000Z")};
    std::unique_ptr<Store> store = open_sqlite_store(dir.file("server.db").string());
    AuthService auth{*store, make_auth_config(), clock.fn()};
    SyncService sync{*store, make_sync_config(), clock.fn()};
    UuidV7Generator ids{[this] { return clock.now(); }, 42};

    Unit unit;
    Unit other_unit;
    Principal patrol_a;  // "alice"
    Principal patrol_b;  // "bruno"
    Principal supervisor;
    Principal stranger;  // patrol of the other unit

    static AuthConfig make_auth_config() {
        AuthConfig c;
        c.login_attempts_per_window = 5;
        return c;
    }
    static SyncConfig make_sync_config() {
        SyncConfig c;
        c.pull_max_limit = 50;
        return c;
    }

    Fixture() {
        unit = auth.create_unit("BTA-CESSON", "Brigade de Cesson-Sévigné").value();
        other_unit = auth.create_unit("BTA-LIFFRE", "Brigade de Liffré").value();
        patrol_a = principal(add_user("BTA-CESSON", "alice", Role::patrol));
        patrol_b = principal(add_user("BTA-CESSON", "bruno", Role::patrol));
        supervisor = principal(add_user("BTA-CESSON", "chef", Role::supervisor));
        stranger = principal(add_user("BTA-LIFFRE", "xavier", Role::patrol));
    }

    User add_user(const std::string& unit_code, const std::string& name, Role role) {
        auto u = auth.create_user(unit_code, name, "Gendarme " + name, role, "motdepasse-" + name);
        REQUIRE(u.ok());
        return u.value();
    }

    Principal principal(const User& u) {
        return Principal{u.id, u.unit_id, ids.next(), u.username, u.role};
    }

    std::string id() { return ids.next(); }

    // An HLC of `who`'s device at the clock's time plus `offset_ms`.
    static std::string hlc_of(const Principal& who, std::int64_t wall_ms,
                              std::uint32_t counter = 0) {
        return HlcStamp{wall_ms, counter, node_from_uuid(who.device_id)}.to_string();
    }
    std::string hlc(const Principal& who, std::int64_t offset_ms = 0, std::uint32_t counter = 0) {
        return hlc_of(who, clock.now() + offset_ms, counter);
    }

    static Json change(Entity entity, const std::string& id, const std::string& hlc, Json data,
                       bool deleted = false) {
        return Json{{"entity", std::string(code(entity))},
                    {"id", id},
                    {"hlc", hlc},
                    {"deleted", deleted},
                    {"data", std::move(data)}};
    }

    static Json visit_data(const std::string& occurred_at, const std::string& note) {
        return Json{{"occurred_at", occurred_at},
                    {"topics", Json::array({"incivility"})},
                    {"actions", Json::array({"prevention_advice"})},
                    {"climate", "neutral"},
                    {"note", note},
                    {"follow_up", Json{{"needed", false}}}};
    }

    static Json open_follow_up(const std::string& assignee) {
        return Json{{"needed", true},
                    {"summary", "Bruit nocturne derrière la boutique"},
                    {"assignee_id", assignee},
                    {"status", "open"}};
    }

    static Json closed_follow_up(const std::string& assignee, const std::string& by,
                                 const std::string& at) {
        return Json{{"needed", true},          {"summary", "Bruit nocturne derrière la boutique"},
                    {"assignee_id", assignee}, {"status", "done"},
                    {"closed_at", at},         {"closed_by", by}};
    }

    static Json contact_data(const std::string& organisation) {
        return Json{{"category", "shopkeeper"},
                    {"organisation", organisation},
                    {"commune", "Cesson-Sévigné"},
                    {"position", Json{{"lat", 48.12483}, {"lon", -1.59076}}},
                    {"phone", "02 61 91 35 10"}};
    }

    static Json patrol_data(const std::string& started_at) {
        return Json{{"mode", "foot"}, {"started_at", started_at}, {"area_label", "Centre-ville"}};
    }

    Json body(std::vector<Json> changes, std::string batch_id = {}) {
        return Json{{"protocol", kProtocolVersion},
                    {"batch_id", batch_id.empty() ? random_uuid_v4() : batch_id},
                    {"changes", std::move(changes)}};
    }

    // Pushes and decodes the answer; the push must be accepted as a whole.
    PushResponse push(const Principal& who, std::vector<Json> changes) {
        auto text = sync.push(who, body(std::move(changes)));
        INFO((text.ok() ? std::string() : text.error().code + ": " + text.error().message));
        REQUIRE(text.ok());
        auto json = parse_json(text.value());
        REQUIRE(json.ok());
        auto response = decode_push_response(json.value());
        REQUIRE(response.ok());
        return response.value();
    }

    PullResponse pull_all(const Principal& who) {
        PullResponse all;
        std::int64_t since = 0;
        for (;;) {
            auto page = sync.pull(who, since, 50);
            REQUIRE(page.ok());
            for (auto& c : page.value().changes) {
                all.changes.push_back(c);
            }
            since = page.value().next_since;
            if (!page.value().has_more) {
                break;
            }
        }
        all.next_since = since;
        return all;
    }

    std::optional<RecordRow> record(const Principal& who, Entity entity, const std::string& id) {
        auto tx = store->begin_read();
        return tx->record(who.unit_id, entity, id);
    }
};

}  // namespace ronde::server::test
