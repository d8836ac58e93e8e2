// Push and pull over real HTTP under the conditions of the field: replayed
// batches, several units, concurrent devices, restarts and a killed server.
#include "fixture.hpp"

#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace ronde::test;

namespace {

const std::vector<std::string> kManyLogins{"--login-attempts", "1000"};

std::set<std::string> ids_of(const std::vector<json>& changes) {
    std::set<std::string> ids;
    for (const auto& c : changes) {
        ids.insert(c.at("id").get<std::string>());
    }
    return ids;
}

// Pushes batches of `batch_size` contacts from one device until `stop`;
// records the change ids of every batch sent and which batches were
// acknowledged (200 with every change applied).
struct PushStream {
    struct Batch {
        std::vector<std::string> ids;
        bool acknowledged = false;
    };
    std::vector<Batch> batches;
    std::string unexpected;  // an answer with rejected changes

    void run(const HttpClient& client, const std::string& token, std::size_t batch_size,
             const std::atomic<bool>& stop, std::atomic<int>& acked) {
        while (!stop) {
            Batch batch;
            std::vector<json> changes;
            for (std::size_t i = 0; i < batch_size; ++i) {
                batch.ids.push_back(new_id());
                changes.push_back(contact_change(batch.ids.back(), "Commerce " + batch.ids.back()));
            }
            batches.push_back(batch);
            const HttpReply r =
                client.post_json("/api/v1/sync/push", push_body(changes).dump(), token);
            if (r.status != 200) {
                break;  // the server is gone
            }
            const json j = json::parse(r.body);
            bool all_applied = j.at("results").size() == batch_size;
            for (const auto& result : j.at("results")) {
                all_applied = all_applied && result.at("outcome") == "applied";
            }
            if (!all_applied) {
                unexpected = r.body;  // checked by the test thread (Catch2 is not thread-safe)
                break;
            }
            batches.back().acknowledged = true;
            ++acked;
        }
    }

    // Every acknowledged batch is there, and no batch is there in part.
    // After a graceful stop, a batch that is there was also acknowledged:
    // the push in flight had its answer written before the server exited.
    enum class Stop { killed, graceful };
    void check_against(const std::set<std::string>& present, Stop how) const {
        CHECK(unexpected.empty());
        int acknowledged = 0;
        for (std::size_t b = 0; b < batches.size(); ++b) {
            std::size_t found = 0;
            for (const auto& id : batches[b].ids) {
                found += present.count(id);
            }
            INFO("batch " << b << " of " << batches.size() << ": " << found << " of "
                          << batches[b].ids.size() << " changes present");
            if (batches[b].acknowledged) {
                ++acknowledged;
                CHECK(found == batches[b].ids.size());
            } else if (how == Stop::graceful) {
                CHECK(found == 0);
            } else {
                CHECK((found == 0 || found == batches[b].ids.size()));
            }
        }
        CHECK(acknowledged > 0);
    }
};

}  // namespace

TEST_CASE("a replayed batch gets the first answer byte for byte and applies nothing twice") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kPatrol.username, kPatrol.password);
    const std::string body =
        push_body({contact_change(new_id(), "Mairie de Cesson-Sévigné"),
                   visit_change(new_id(), "Point sécurité avant le marché de Noël.")})
            .dump();
    const HttpReply first = client.post_json("/api/v1/sync/push", body, device.token);
    REQUIRE(first.status == 200);
    const HttpReply again = client.post_json("/api/v1/sync/push", body, device.token);
    REQUIRE(again.status == 200);
    CHECK(again.body == first.body);
    CHECK(pull_all(client, device.token).size() == 2);

    // The same batch id with other changes is a conflict, not a replay.
    json other = json::parse(body);
    other["changes"] = json::array({contact_change(new_id(), "Autre")});
    const HttpReply conflict = client.post_json("/api/v1/sync/push", other.dump(), device.token);
    CHECK(conflict.status == 409);
    CHECK(error_code(conflict) == "batch_conflict");
    CHECK(pull_all(client, device.token).size() == 2);
}

namespace {

// Runs `sql` on the database file (the server may be running: WAL) and
// returns the first column of the first row as an integer (0 without one).
std::int64_t sql_integer(const std::string& db_path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    const int rc = sqlite3_step(stmt);
    const std::int64_t out = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    REQUIRE((rc == SQLITE_ROW || rc == SQLITE_DONE));
    return out;
}

}  // namespace

TEST_CASE("serve deletes push answers past their retention and a late replay applies nothing") {
    ServerFixture f;
    f.start({"--batch-retention-days", "30"});
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kPatrol.username, kPatrol.password);
    const std::string old_body =
        push_body({contact_change(new_id(), "Mairie de Cesson-Sévigné"),
                   visit_change(new_id(), "Point sécurité avant le marché de Noël.")})
            .dump();
    const HttpReply first = client.post_json("/api/v1/sync/push", old_body, device.token);
    REQUIRE(first.status == 200);
    const std::string recent_body = push_body({contact_change(new_id(), "Tabac")}).dump();
    const HttpReply recent = client.post_json("/api/v1/sync/push", recent_body, device.token);
    REQUIRE(recent.status == 200);
    REQUIRE(f.server->stop(SIGTERM) == 0);

    // The first answer is made 31 days old; serve prunes at start.
    const std::string batch_id = json::parse(old_body).at("batch_id").get<std::string>();
    const std::int64_t old_ms = ronde::system_millis() - 31LL * 24 * 3600 * 1000;
    sql_integer(f.db, "UPDATE push_batches SET created_at_ms = " + std::to_string(old_ms) +
                          " WHERE batch_id = '" + batch_id + "'");
    f.start({"--batch-retention-days", "30"});
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (sql_integer(f.db, "SELECT count(*) FROM push_batches") != 1 &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    REQUIRE(sql_integer(f.db, "SELECT count(*) FROM push_batches") == 1);

    const HttpReply again = f.client().post_json("/api/v1/sync/push", old_body, device.token);
    REQUIRE(again.status == 200);
    CHECK(again.body != first.body);
    const json answer = json::parse(again.body);
    REQUIRE(answer.at("results").size() == 2);
    for (const json& r : answer.at("results")) {
        CHECK(r.at("outcome") == "duplicate");
    }
    CHECK(answer.at("server_seq") == json::parse(recent.body).at("server_seq"));
    CHECK(f.client().post_json("/api/v1/sync/push", recent_body, device.token).body == recent.body);
    CHECK(pull_all(f.client(), device.token).size() == 3);
}

TEST_CASE("serve refuses a batch retention that is not a number of days") {
    ServerFixture f;
    for (const char* days : {"0", "-3", "abc", "36501"}) {
        const CommandResult r = run_ronde_server(
            {"serve", "--db", f.db, "--listen", "127.0.0.1:0", "--batch-retention-days", days});
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.output, Catch::Contains(
                                 "--batch-retention-days needs a number of days from 1 to 36500"));
    }
}

TEST_CASE("no unit sees or changes another unit's records") {
    ServerFixture f(true);
    f.start(kManyLogins);
    const HttpClient client = f.client();
    const DeviceSession cesson = login(client, kPatrol.username, kPatrol.password);
    const DeviceSession quimper =
        login(client, kOtherUnitPatrol.username, kOtherUnitPatrol.password);
    CHECK(cesson.unit_id != quimper.unit_id);

    const std::string contact_id = new_id();
    const std::string visit_id = new_id();
    REQUIRE(client
                .post_json("/api/v1/sync/push",
                           push_body({contact_change(contact_id, "Boulangerie de Cesson"),
                                      visit_change(visit_id, "Visite à Cesson")})
                               .dump(),
                           cesson.token)
                .status == 200);
    CHECK(pull_all(client, quimper.token).empty());

    // Quimper writes to the same ids: they behave as absent there, and
    // Cesson's records do not change.
    json contact = contact_change(contact_id, "Écrasé par Quimper");
    json visit = visit_change(visit_id, "Écrasé par Quimper");
    const HttpReply r =
        client.post_json("/api/v1/sync/push", push_body({contact, visit}).dump(), quimper.token);
    CHECK(r.status == 200);
    for (const auto& c : pull_all(client, cesson.token)) {
        CHECK(c.dump().find("Quimper") == std::string::npos);
    }
    for (const auto& c : pull_all(client, quimper.token)) {
        CHECK(c.dump().find("Boulangerie de Cesson") == std::string::npos);
        CHECK(c.dump().find("Visite à Cesson") == std::string::npos);
    }
    const auto cesson_view = pull_all(client, cesson.token);
    CHECK(cesson_view.size() == 2);
}

TEST_CASE("8 devices push at once and then all pull the same changes") {
    ServerFixture f;
    f.start(kManyLogins);
    const HttpClient client = f.client();
    constexpr int kDevices = 8;
    constexpr int kBatches = 10;
    constexpr int kPerBatch = 25;
    std::vector<DeviceSession> devices;
    for (int d = 0; d < kDevices; ++d) {
        const Account& a = d % 2 == 0 ? kPatrol : kPatrol2;
        devices.push_back(login(client, a.username, a.password));
    }
    std::vector<std::set<std::string>> pushed(kDevices);
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int d = 0; d < kDevices; ++d) {
        threads.emplace_back([&, d] {
            for (int b = 0; b < kBatches; ++b) {
                std::vector<json> changes;
                for (int i = 0; i < kPerBatch; ++i) {
                    const std::string id = new_id();
                    pushed[d].insert(id);
                    changes.push_back(i % 2 == 0 ? contact_change(id, "Commerce " + id)
                                                 : visit_change(id, "Visite " + id));
                }
                const HttpReply r = client.post_json("/api/v1/sync/push", push_body(changes).dump(),
                                                     devices[d].token);
                if (r.status != 200 || r.body.find("rejected") != std::string::npos) {
                    ++failures;
                }
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    REQUIRE(failures == 0);
    std::set<std::string> all;
    for (const auto& s : pushed) {
        all.insert(s.begin(), s.end());
    }
    REQUIRE(all.size() == kDevices * kBatches * kPerBatch);
    for (const auto& device : devices) {
        const std::vector<json> pulled = pull_all(client, device.token);
        CHECK(pulled.size() == all.size());
        CHECK(ids_of(pulled) == all);
        std::int64_t last = 0;
        for (const auto& c : pulled) {
            CHECK(c.at("seq").get<std::int64_t>() > last);
            last = c.at("seq");
        }
    }
}

TEST_CASE("a server restart between push and pull loses nothing") {
    ServerFixture f;
    f.start(kManyLogins);
    DeviceSession device = login(f.client(), kPatrol.username, kPatrol.password);
    std::set<std::string> pushed;
    for (int b = 0; b < 5; ++b) {
        std::vector<json> changes;
        for (int i = 0; i < 20; ++i) {
            pushed.insert(new_id());
            changes.push_back(contact_change(*pushed.rbegin(), "Commerce"));
        }
        REQUIRE(f.client()
                    .post_json("/api/v1/sync/push", push_body(changes).dump(), device.token)
                    .status == 200);
    }
    REQUIRE(f.server->stop(SIGTERM) == 0);
    f.start(kManyLogins);
    // The token survives the restart too.
    const std::vector<json> pulled = pull_all(f.client(), device.token);
    CHECK(ids_of(pulled) == pushed);
}

TEST_CASE("kill -9 during a stream of pushes keeps every acknowledged batch and no partial one") {
    ServerFixture f;
    f.start(kManyLogins);
    const DeviceSession device = login(f.client(), kPatrol.username, kPatrol.password);
    PushStream stream;
    std::atomic<bool> stop{false};
    std::atomic<int> acked{0};
    std::thread pusher([&] { stream.run(f.client(), device.token, 50, stop, acked); });
    // Kill once some batches are acknowledged, while the next is in flight.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (acked < 10 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    f.server->stop(SIGKILL);
    stop = true;
    pusher.join();

    f.start(kManyLogins);
    stream.check_against(ids_of(pull_all(f.client(), device.token)), PushStream::Stop::killed);
}

TEST_CASE(
    "SIGTERM during a stream of pushes lets the push in flight finish and leaves no partial "
    "batch") {
    ServerFixture f;
    f.start(kManyLogins);
    const DeviceSession device = login(f.client(), kPatrol.username, kPatrol.password);
    PushStream stream;
    std::atomic<bool> stop{false};
    std::atomic<int> acked{0};
    std::thread pusher([&] { stream.run(f.client(), device.token, 50, stop, acked); });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (acked < 10 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    const int exit_code = f.server->stop(SIGTERM);
    INFO("server log (tail): " << f.log().substr(f.log().size() > 600 ? f.log().size() - 600 : 0));
    CHECK(exit_code == 0);
    stop = true;
    pusher.join();

    f.start(kManyLogins);
    stream.check_against(ids_of(pull_all(f.client(), device.token)), PushStream::Stop::graceful);
}

TEST_CASE(
    "SIGTERM while a push is still uploading: the push is applied and answered, new "
    "requests get 503") {
    ServerFixture f;
    f.start(kManyLogins);
    const DeviceSession device = login(f.client(), kPatrol.username, kPatrol.password);
    std::vector<json> changes;
    std::set<std::string> ids;
    for (int i = 0; i < 20; ++i) {
        changes.push_back(contact_change(new_id(), "Commerce en cours d'envoi"));
        ids.insert(changes.back().at("id").get<std::string>());
    }
    const std::string body = push_body(changes).dump();
    const std::string head =
        "POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/json\r\nX-Ronde-Protocol: 1\r\n"
        "Authorization: Bearer " +
        device.token + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    HttpConnection upload(f.server->port());
    const std::size_t half = body.size() / 2;
    REQUIRE(upload.send(head + body.substr(0, half)));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the headers are read

    REQUIRE(::kill(f.server->pid(), SIGTERM) == 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (f.log().find("SIGTERM, stopping") == std::string::npos &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    // A new request is refused while the push in flight may finish.
    const HttpReply refused = f.client().get("/healthz");
    CHECK(refused.status == 503);
    CHECK(error_code(refused) == "unavailable");
    CHECK(refused.header("retry-after") == "1");

    REQUIRE(upload.send(body.substr(half)));
    const HttpReply answer = upload.read_reply();
    INFO(answer.error << answer.body);
    REQUIRE(answer.status == 200);
    const json results = json::parse(answer.body).at("results");
    CHECK(results.size() == 20);
    for (const auto& r : results) {
        CHECK(r.at("outcome") == "applied");
    }
    CHECK(f.server->stop(0) == 0);  // signal 0: only waits for the exit

    f.start(kManyLogins);
    CHECK(ids_of(pull_all(f.client(), device.token)) == ids);
}
