// SyncService::push_text reads visits without a JSON tree when it can
// (push_body_reader.hpp). Two servers get the same bodies, one through
// push_text, the other through push(Json) (the tree path): every answer,
// every stored record and every conflict logged must be the same, and a
// batch replayed through the other path must get its first answer back
// (the same digest).
#include "service_fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace ronde::server::test {
namespace {

using Who = Principal Fixture::*;

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
        s.replace(p, from.size(), to);
    }
    return s;
}

std::string outcome(const Result<std::string>& r) {
    return r ? r.value()
             : "error " + r.error().code + " " + r.error().field + ": " + r.error().message;
}

struct Twin {
    Fixture text_side;                                     // push_text: visits read without a tree
    Fixture tree_side;                                     // push(Json): the tree path
    std::vector<std::pair<std::string, std::string>> ids;  // text_side's id -> tree_side's

    Twin() {
        for (const Who who :
             {&Fixture::patrol_a, &Fixture::patrol_b, &Fixture::supervisor, &Fixture::stranger}) {
            ids.emplace_back((text_side.*who).user_id, (tree_side.*who).user_id);
            ids.emplace_back((text_side.*who).device_id, (tree_side.*who).device_id);
        }
        ids.emplace_back(text_side.unit.id, tree_side.unit.id);
    }

    std::string same_ids(std::string s) const {
        for (const auto& [from, to] : ids) {
            s = replace_all(std::move(s), from, to);
        }
        return s;
    }

    void advance(std::int64_t ms) {
        text_side.clock.advance(ms);
        tree_side.clock.advance(ms);
    }

    Result<std::string> by_tree(Fixture& f, Who who, const std::string& body) {
        Result<Json> parsed = parse_json(body);
        if (!parsed) {
            return parsed.error();
        }
        return f.sync.push(f.*who, std::move(parsed).value());
    }

    // Pushes `body` on both sides; returns the answer.
    std::string push_text(Who who, const std::string& body) {
        INFO("body: " << body);
        const std::string by_text = outcome(text_side.sync.push_text(text_side.*who, body));
        const std::string tree = outcome(by_tree(tree_side, who, body));
        REQUIRE(by_text == tree);
        // Replayed through the other path: the first answer, byte for byte.
        CHECK(outcome(by_tree(text_side, who, body)) == by_text);
        CHECK(outcome(tree_side.sync.push_text(tree_side.*who, body)) == tree);
        return by_text;
    }

    std::string push(Who who, std::vector<Json> changes) {
        return push_text(who, tree_side.body(std::move(changes)).dump());
    }

    std::string pulled(Fixture& f) {
        std::string all;
        std::int64_t since = 0;
        for (;;) {
            auto page = f.sync.pull_text(f.supervisor, since, 50);
            REQUIRE(page.ok());
            all += page.value() + "\n";
            const Json j = Json::parse(page.value());
            since = j.at("next_since").get<std::int64_t>();
            if (!j.at("has_more").get<bool>()) {
                return all;
            }
        }
    }

    std::string conflicts(Fixture& f) {
        auto log = f.sync.conflicts(f.supervisor, 0, 1000);
        REQUIRE(log.ok());
        std::string out;
        for (const ConflictRecord& c : log.value()) {
            out += std::string(code(c.entity)) + "|" + c.record_id + "|" + c.field + "|" +
                   c.reason + "|" + c.kept_value + "|" + c.kept_hlc + "|" + c.kept_user_id + "|" +
                   c.kept_device_id + "|" + c.lost_value + "|" + c.lost_hlc + "|" + c.lost_user_id +
                   "|" + c.lost_device_id + "|" + std::to_string(c.at_ms) + "\n";
        }
        return out;
    }

    void require_same_state() {
        CHECK(same_ids(pulled(text_side)) == pulled(tree_side));
        CHECK(same_ids(conflicts(text_side)) == conflicts(tree_side));
    }
};

Json load_vectors(const std::string& relative) {
    const std::string path = std::string(RONDE_PROTOCOL_DIR) + "/" + relative;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return Json::parse(text.str()).at("vectors");
}

constexpr const char* kSomeone = "0199044f-c240-7e18-8ce9-232a00d8688d";

}  // namespace

TEST_CASE("a push read without a tree answers, stores and logs what the tree path does") {
    Twin t;
    Fixture& f = t.tree_side;  // ids and HLCs for both sides
    const Who alice = &Fixture::patrol_a;
    const Who bruno = &Fixture::patrol_b;
    const Who chef = &Fixture::supervisor;
    const std::string v1 = f.id();
    const std::string v2 = f.id();
    const std::string v3 = f.id();
    const std::string c1 = f.id();
    const std::string p1 = f.id();
    const auto visit = [&](const std::string& note, Json follow_up) {
        Json d = Fixture::visit_data("2026-11-26T09:30:00.000Z", note);
        d["follow_up"] = std::move(follow_up);
        d["position"] = Json{{"lat", 48.1153}, {"lon", -1.5964}, {"accuracy_m", 8}};
        d["place_label"] = "Place de l'Église — côté mairie";
        return d;
    };

    t.push(alice,
           {Fixture::change(Entity::visit, v1, f.hlc(f.patrol_a),
                            visit("Première visite 🙂", Fixture::open_follow_up(kSomeone))),
            Fixture::change(Entity::visit, v2, f.hlc(f.patrol_a),
                            Json{{"occurred_at", "2026-11-26T09:00:00Z"}}),
            Fixture::change(Entity::visit, v3, f.hlc(f.patrol_a), visit("À supprimer", nullptr)),
            Fixture::change(Entity::contact, c1, f.hlc(f.patrol_a),
                            Fixture::contact_data("Boulangerie du Centre")),
            Fixture::change(Entity::patrol, p1, f.hlc(f.patrol_a),
                            Fixture::patrol_data("2026-11-26T08:00:00.000Z"))});
    t.advance(1000);

    // The author edits; a supervisor closes the follow-up; another patrol
    // may not edit; an older follow-up from the author loses and is logged.
    const std::string older = f.hlc(f.patrol_a, -500);
    t.push(alice,
           {Fixture::change(Entity::visit, v1, f.hlc(f.patrol_a),
                            visit("Deuxième version", Fixture::open_follow_up(kSomeone))),
            Fixture::change(Entity::visit, v2, f.hlc(f.patrol_a), visit("Complétée", nullptr))});
    t.advance(1000);
    t.push(chef, {Fixture::change(
                     Entity::visit, v1, f.hlc(f.supervisor),
                     visit("ignored body", Fixture::closed_follow_up(kSomeone, kSomeone,
                                                                     "2026-11-26T09:55:00Z")))});
    t.push(bruno,
           {Fixture::change(Entity::visit, v2, f.hlc(f.patrol_b), visit("Pas à moi", nullptr))});
    t.push(alice,
           {Fixture::change(Entity::visit, v1, older,
                            visit("Trop tard", Fixture::open_follow_up(f.patrol_a.user_id)))});
    t.advance(1000);

    // A tombstone, then an edit after it (rejected, logged with its data).
    t.push(alice, {Fixture::change(Entity::visit, v3, f.hlc(f.patrol_a), Json::object(), true)});
    t.advance(1000);
    t.push(alice,
           {Fixture::change(Entity::visit, v3, f.hlc(f.patrol_a), visit("Revenue", nullptr))});

    // Rejections: a rule of validate(), clock drift in the data and in the
    // HLC, a code the decoder refuses, an id of another entity; a duplicate.
    Json bad_lat = visit("Latitude", nullptr);
    bad_lat["position"]["lat"] = 91;
    Json future = visit("Futur", nullptr);
    future["occurred_at"] = "2026-12-30T10:00:00.000Z";
    Json bad_topic = visit("Sujet", nullptr);
    bad_topic["topics"] = Json::array({"incivility", "weather"});
    const std::string v1_hlc = f.hlc(f.patrol_a);
    const std::string answer = t.push(
        alice,
        {Fixture::change(Entity::visit, f.id(), f.hlc(f.patrol_a), bad_lat),
         Fixture::change(Entity::visit, f.id(), f.hlc(f.patrol_a), future),
         Fixture::change(Entity::visit, f.id(), f.hlc(f.patrol_a, 3 * kDay), visit("HLC", nullptr)),
         Fixture::change(Entity::visit, f.id(), f.hlc(f.patrol_a), bad_topic),
         Fixture::change(Entity::visit, c1, f.hlc(f.patrol_a), visit("Id", nullptr)),
         Fixture::change(Entity::visit, v1, v1_hlc, visit("Encore", nullptr)),
         Fixture::change(Entity::visit, v1, v1_hlc, visit("Encore", nullptr))});
    CHECK(answer.find(R"("code":"out_of_range")") != std::string::npos);
    CHECK(answer.find(R"("code":"clock_drift")") != std::string::npos);
    CHECK(answer.find(R"("code":"invalid_enum")") != std::string::npos);
    CHECK(answer.find(R"("outcome":"duplicate")") != std::string::npos);

    // Every golden change vector, alone in a batch, by the same patrol.
    for (const Json& v : load_vectors("golden/changes.json")) {
        t.push_text(
            alice,
            Json{{"protocol", 1}, {"batch_id", f.id()}, {"changes", Json::array({v.at("change")})}}
                .dump());
    }
    // Bodies the reader leaves to the tree: spaces, an unknown envelope key,
    // not JSON, a refused envelope.
    t.push_text(alice, R"({"batch_id":")" + f.id() + R"(","changes":[],"protocol":1} )");
    t.push_text(alice,
                R"({"batch_id":")" + f.id() + R"(","changes":[],"client":"x","protocol":1})");
    t.push_text(alice, R"({"batch_id":")" + f.id() + R"(","changes":[,"protocol":1})");
    t.push_text(alice, R"({"batch_id":"not-a-uuid","changes":[],"protocol":1})");
    t.push_text(alice, R"({"batch_id":")" + f.id() + R"(","changes":[],"protocol":2})");
    t.push(&Fixture::stranger,
           {Fixture::change(Entity::visit, v1, f.hlc(f.stranger), visit("Autre unité", nullptr))});

    t.require_same_state();
    CHECK(t.conflicts(f).find("edit_after_delete") != std::string::npos);
    CHECK(t.conflicts(f).find("concurrent_edit") != std::string::npos);
}

TEST_CASE("an admin pushing a body the reader takes is refused as before") {
    Fixture f;
    Principal who = f.supervisor;
    who.role = Role::admin;
    const std::string body =
        f.body({Fixture::change(Entity::visit, f.id(), f.hlc(f.patrol_a),
                                Fixture::visit_data("2026-11-26T09:30:00.000Z", "x"))})
            .dump();
    const auto answer = f.sync.push_text(who, body);
    REQUIRE_FALSE(answer.ok());
    CHECK(answer.error().code == "forbidden");
}

}  // namespace ronde::server::test
