// The stateful golden scenarios of sync-protocol/golden/sync-scenarios.json,
// run against SyncService: per-change outcomes, pulled ids, final records
// and the conflict log.
#include "service_fixture.hpp"

#include <fstream>
#include <map>
#include <sstream>

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

namespace {

Json load_scenarios() {
    std::ifstream in(std::string(RONDE_PROTOCOL_DIR) + "/golden/sync-scenarios.json");
    REQUIRE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    return Json::parse(text.str());
}

std::string outcome_text(const ChangeResult& r) {
    switch (r.outcome) {
        case ChangeOutcome::applied:
            return "applied";
        case ChangeOutcome::duplicate:
            return "duplicate";
        case ChangeOutcome::rejected:
            return "rejected " + r.error->code + " @" + r.error->field;
    }
    return "?";
}

std::string expected_text(const Json& e) {
    if (e.is_string()) {
        return e.get<std::string>();
    }
    return "rejected " + e.at("rejected").get<std::string>() + " @" +
           e.value("field", std::string());
}

// Every key of `expected` is in `actual` with the same value; a null
// expected value means absent or null.
bool subset(const Json& expected, const Json& actual, std::string& where) {
    if (expected.is_object()) {
        if (!actual.is_object()) {
            return false;
        }
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const auto found = actual.find(it.key());
            if (it->is_null()) {
                if (found != actual.end() && !found->is_null()) {
                    where = it.key();
                    return false;
                }
                continue;
            }
            if (found == actual.end() || !subset(*it, *found, where)) {
                where = it.key() + (where.empty() ? "" : "." + where);
                return false;
            }
        }
        return true;
    }
    return expected == actual;
}

}  // namespace

TEST_CASE("the golden sync scenarios of the protocol hold") {
    const Json file = load_scenarios();
    const std::int64_t server_time = ms_at(file.at("server_time").get<std::string>().c_str());
    REQUIRE(file.at("scenarios").size() > 0);
    for (const Json& scenario : file.at("scenarios")) {
        const std::string name = scenario.at("name").get<std::string>();
        INFO("scenario: " << name);
        TempDir dir;
        TestClock clock(server_time);
        auto store = open_sqlite_store(dir.file("golden.db").string());
        AuthService auth(*store, AuthConfig{}, clock.fn());
        SyncConfig config;
        config.patrol_visit_days = file.at("patrol_visit_days").get<int>();
        SyncService sync(*store, config, clock.fn());
        const Unit unit = auth.create_unit("BTA-35-CESSON", "Brigade de Cesson-Sévigné").value();

        std::map<std::string, Principal> actors;
        std::map<std::string, std::int64_t> cursors;
        for (auto it = file.at("actors").begin(); it != file.at("actors").end(); ++it) {
            actors[it.key()] =
                Principal{it->at("user_id"), unit.id, it->at("device_id"), it.key(),
                          parse_enum<Role>(it->at("role").get<std::string>()).value()};
        }
        int step_no = 0;
        for (const Json& step : scenario.at("steps")) {
            ++step_no;
            INFO("step " << step_no);
            const Principal& who = actors.at(step.at("as").get<std::string>());
            if (step.contains("push")) {
                Json body{
                    {"protocol", 1}, {"batch_id", random_uuid_v4()}, {"changes", step.at("push")}};
                auto text = sync.push(who, body);
                REQUIRE(text.ok());
                auto response = decode_push_response(Json::parse(text.value())).value();
                const Json& expect = step.at("expect");
                REQUIRE(response.results.size() == expect.size());
                for (std::size_t i = 0; i < expect.size(); ++i) {
                    INFO("change " << i);
                    CHECK(outcome_text(response.results[i]) == expected_text(expect[i]));
                }
            } else {
                const Json& since_json = step.at("pull").at("since");
                const std::int64_t since =
                    since_json.is_null() ? cursors[who.device_id] : since_json.get<std::int64_t>();
                auto page = sync.pull(who, since, 1000);
                REQUIRE(page.ok());
                cursors[who.device_id] = page->next_since;
                if (step.contains("expect_ids")) {
                    std::vector<std::string> ids;
                    for (const auto& c : page->changes) {
                        ids.push_back(c.change.id);
                    }
                    CHECK(ids == step.at("expect_ids").get<std::vector<std::string>>());
                }
            }
        }

        auto tx = store->begin_read();
        for (auto it = scenario.at("final").begin(); it != scenario.at("final").end(); ++it) {
            const std::string key = it.key();
            INFO("final " << key);
            const auto slash = key.find('/');
            const Entity entity = parse_enum<Entity>(key.substr(0, slash)).value();
            auto row = tx->record(unit.id, entity, key.substr(slash + 1));
            REQUIRE(row.has_value());
            CHECK(row->deleted == it->at("deleted").get<bool>());
            CHECK(row->hlc == it->at("hlc").get<std::string>());
            if (it->contains("data")) {
                std::string where;
                const Json stored = Json::parse(row->data);
                INFO("stored " << stored.dump());
                CHECK(subset(it->at("data"), stored, where));
                INFO("mismatch at " << where);
            }
        }
        std::vector<std::string> expected_log;
        for (const Json& c : scenario.at("conflicts")) {
            expected_log.push_back(
                c.at("entity").get<std::string>() + "/" + c.at("id").get<std::string>() + " [" +
                c.at("key").get<std::string>() + "] " + c.at("reason").get<std::string>() +
                " kept " + c.at("kept_hlc").get<std::string>() + " lost " +
                c.at("lost_hlc").get<std::string>());
        }
        std::vector<std::string> actual_log;
        for (const ConflictRecord& c : tx->conflicts(unit.id, 0, 1000)) {
            actual_log.push_back(std::string(code(c.entity)) + "/" + c.record_id + " [" + c.field +
                                 "] " + c.reason + " kept " + c.kept_hlc + " lost " + c.lost_hlc);
        }
        CHECK(actual_log == expected_log);
    }
}
