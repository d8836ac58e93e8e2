// read_push_body (push bodies read without a JSON tree) against the tree path:
// whenever the reader answers, parse_json + decode_push_request +
// decode_change + decode_visit must give the same batch, the same changes and
// the same canonical text; and a push read without a tree must answer and
// store exactly what the tree path does. Inputs: the golden vectors of
// sync-protocol/golden/ and many mutations of canonical bodies.
#include "services/push_body_reader.hpp"
#include "service_fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace ronde::server::test {
namespace {

Json load_vectors(const std::string& relative) {
    const std::string path = std::string(RONDE_PROTOCOL_DIR) + "/" + relative;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return Json::parse(text.str()).at("vectors");
}

// The vector files' generators, enough for the push bodies: {"$repeat",
// "count"} and {"$array_of", "count"} (without index substitution).
Json expand(const Json& value) {
    if (value.is_object() && value.contains("$repeat")) {
        std::string out;
        for (std::size_t i = 0; i < value.at("count").get<std::size_t>(); ++i) {
            out += value.at("$repeat").get<std::string>();
        }
        return out;
    }
    if (value.is_object() && value.contains("$array_of")) {
        Json out = Json::array();
        for (std::size_t i = 0; i < value.at("count").get<std::size_t>(); ++i) {
            out.push_back(expand(value.at("$array_of")));
        }
        return out;
    }
    if (value.is_structured()) {
        Json out = value;
        for (auto it = out.begin(); it != out.end(); ++it) {
            *it = expand(*it);
        }
        return out;
    }
    return value;
}

std::string body_of(std::vector<Json> changes) {
    return Json{{"protocol", 1},
                {"batch_id", "3f9d2c1e-8b7a-4e6f-9a41-2c7d5e8b1f03"},
                {"changes", std::move(changes)}}
        .dump();
}

struct Tally {
    int bodies_read = 0;
    int direct_visits = 0;
    int tree_changes = 0;
};

// When the reader answers, the tree path accepts the body and agrees.
void check_agrees(const std::string& text, Tally& tally, std::size_t max_changes = 500) {
    INFO("body: " << text);
    const std::optional<PushBody> read = read_push_body(text, max_changes);
    if (!read) {
        return;
    }
    ++tally.bodies_read;
    const Result<Json> tree = parse_json(text);
    REQUIRE(tree.ok());
    const Result<PushRequest> request = decode_push_request(tree.value(), max_changes);
    REQUIRE(request.ok());
    CHECK(read->batch_id == request->batch_id);
    const std::string dumped = tree->at("changes").dump();
    CHECK(canonical_changes(*read) == dumped);
    if (read->changes_canonical) {
        CHECK(read->changes_text == dumped);
    }
    REQUIRE(read->changes.size() == request->changes.size());
    for (std::size_t i = 0; i < read->changes.size(); ++i) {
        const BodyChange& got = read->changes[i];
        const Json& raw = request->changes[i];
        CHECK(got.text.size() <= text.size());
        if (!got.direct) {
            ++tally.tree_changes;
            CHECK(got.tree == raw);
            continue;
        }
        ++tally.direct_visits;
        CHECK(got.text == raw.dump());  // a direct visit is canonical text
        const Result<Change> change = decode_change(raw);
        REQUIRE(change.ok());
        CHECK(change->entity == Entity::visit);
        CHECK(got.direct->change.entity == Entity::visit);
        CHECK(got.direct->change.id == change->id);
        CHECK(got.direct->change.hlc == change->hlc);
        CHECK(got.direct->change.deleted == change->deleted);
        CHECK(got.direct->change.data.is_null());
        const Result<Visit> visit = decode_visit(change->data);
        REQUIRE(visit.ok());
        CHECK(got.direct->visit == visit.value());
        CHECK(got.direct->data_text == change->data.dump());
        const auto fu = change->data.find("follow_up");
        CHECK(got.direct->has_follow_up == (fu != change->data.end() && !fu->is_null()));
    }
}

Json full_visit(int i) {
    return Json{
        {"patrol_id", "01a1fd97-0000-7000-8000-00000000000" + std::to_string(i % 10)},
        {"contact_id", i % 2 == 0 ? Json("01a1fd97-5f47-7778-850b-bf5095e75fbb") : Json(nullptr)},
        {"occurred_at", "2026-11-21T10:12:40.512Z"},
        {"position", Json{{"lat", i % 2 == 0 ? 48.1 : 48.12483},
                          {"lon", i % 2 == 0 ? -1.6 : -1.59076},
                          {"accuracy_m", i % 3 == 0 ? Json(12) : Json(12.5)},
                          {"source", i % 3 == 0 ? "manual" : "gps"}}},
        {"place_label", "Galerie marchande — entrée nord"},
        {"topics", Json::array({"incivility", "road_safety"})},
        {"actions", Json::array({"prevention_advice"})},
        {"climate", i % 2 == 0 ? "tense" : "neutral"},
        {"note", "Échange avec la gérante 🙂, calme, revenir jeudi"},
        {"follow_up", Json{{"needed", true},
                           {"summary", "Rappeler le commerçant"},
                           {"due_date", "2026-11-28"},
                           {"assignee_id", "0199044f-c240-7e18-8ce9-232a00d8688d"},
                           {"status", i % 2 == 0 ? "open" : "done"},
                           {"closed_at", "2026-11-22T08:00:00.000Z"},
                           {"closed_by", "0199044f-c240-7e18-8ce9-232a00d8688d"}}},
        {"author_id", "0199044f-c240-7e18-8ce9-232a00d86800"},
        {"device_id", "0199044f-c240-7e18-8ce9-232a00d86801"}};
}

Json change_of(const std::string& entity, int i, Json data, bool deleted = false) {
    char id[40];
    std::snprintf(id, sizeof id, "01a1fd98-03c0-7cca-b5b4-%012d", i);
    return Json{{"entity", entity},
                {"id", id},
                {"hlc", "01a1fd986445-0000-ade7ce7934f5241a"},
                {"deleted", deleted},
                {"data", std::move(data)}};
}

// Canonical bodies with every kind of change the push sees.
std::vector<std::string> seed_bodies() {
    std::vector<std::string> out;
    out.push_back(
        body_of({change_of("visit", 1, full_visit(1)), change_of("visit", 2, full_visit(2)),
                 change_of("visit", 3, Json{{"occurred_at", "2026-11-21T10:12:40Z"}})}));
    out.push_back(body_of(
        {change_of("visit", 4, full_visit(4)),
         change_of("contact", 5,
                   Json{{"category", "shopkeeper"},
                        {"organisation", "Boulangerie"},
                        {"position", Json{{"lat", 48.1}, {"lon", -1.6}}}}),
         change_of("patrol", 6, Json{{"mode", "foot"}, {"started_at", "2026-11-21T09:00:00Z"}}),
         change_of("visit", 7, Json::object(), true), change_of("visit", 8, full_visit(8))}));
    Json sparse = full_visit(9);
    sparse["position"] = nullptr;
    sparse["follow_up"] = nullptr;
    sparse["topics"] = Json::array();
    sparse["climate"] = nullptr;
    out.push_back(body_of({change_of("visit", 9, sparse)}));
    out.push_back(body_of({}));
    return out;
}

// One random edit: a byte replaced, removed or inserted, or a token swapped.
std::string mutate(std::string text, std::mt19937& rng) {
    static const std::vector<std::string> bytes = {
        "{", "}",    "[",    "]",    ":",    ",",    "\"", "\\", " ", "\n",          "0",
        "1", "9",    ".",    "-",    "+",    "e",    "E",  "t",  "n", "u",           "l",
        "a", "\x01", "\x7f", "\xC3", "\xA9", "\xFF", "é",  "x",  "/", "\xEF\xBB\xBF"};
    static const std::vector<std::pair<std::string, std::string>> tokens = {
        {"\"gps\"", "\"satellite\""},
        {"\"gps\"", "null"},
        {"true", "false"},
        {"true", "1"},
        {"false", "true"},
        {"\"neutral\"", "\"tense\""},
        {"\"incivility\"", "null"},
        {"\"incivility\"", "\"road_safety\""},
        {"48.1", "48.10"},
        {"48.1", "4.81e1"},
        {"48.1", "-0"},
        {"12.5", "12"},
        {"12.5", "-0"},
        {"12", "-12"},
        {"12", "12.0"},
        {"12.5", "1e400"},
        {"-1.6", "-0.0"},
        {"-1.6", "-16"},
        {"\"lat\"", "\"lat \""},
        {"\"note\"", "\"notes\""},
        {"\"occurred_at\"", "\"occurred_on\""},
        {"2026-11-21T10:12:40.512Z", "2026-11-21T10:12:40.512"},
        {"2026-11-28", "2026-02-30"},
        {"\"open\"", "\"closed\""},
        {"\"visit\"", "\"contact\""},
        {"\"visit\"", "\"patrol\""},
        {"\"deleted\":false", "\"deleted\":true"},
        {"\"deleted\":false,", ""},
        {"\"protocol\":1", "\"protocol\":2"},
        {"\"protocol\":1", "\"protocol\":1.0"},
        {"ade7ce7934f5241a", "ADE7CE7934F5241A"},
        {"03c0-7cca", "03c0-7CCA"},
        {",\"author_id\"", ",\"author_id\":1,\"author_id\""},
        {"{\"data\":", "{\"client\":1,\"data\":"},
        {"\"follow_up\":{", "\"follow_up\":{\"extra\":1,"},
        {"Rappeler", "Rap\\u0070eler"},
        {"Rappeler", "Rap\\npeler"},
        {"calme", "ca\\\"lme"},
        {"]", "],[]"},
        {"},{", "} ,{"},
        {"[{", "[ {"},
    };
    std::uniform_int_distribution<int> op(0, 4);
    const int kind = op(rng);
    if (kind == 4) {
        const auto& [from, to] =
            tokens[std::uniform_int_distribution<std::size_t>(0, tokens.size() - 1)(rng)];
        std::vector<std::size_t> at;
        for (std::size_t p = text.find(from); p != std::string::npos; p = text.find(from, p + 1)) {
            at.push_back(p);
        }
        if (!at.empty()) {
            const std::size_t p =
                at[std::uniform_int_distribution<std::size_t>(0, at.size() - 1)(rng)];
            text.replace(p, from.size(), to);
        }
        return text;
    }
    if (text.empty()) {
        return text;
    }
    const std::size_t pos = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng);
    const std::string& b =
        bytes[std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(rng)];
    if (kind == 0) {
        text.replace(pos, 1, b);
    } else if (kind == 1) {
        text.erase(pos, 1);
    } else {
        text.insert(pos, b);
    }
    return text;
}

}  // namespace

TEST_CASE("the push body reader agrees with the tree path on every golden vector") {
    Tally tally;
    for (const Json& v : load_vectors("golden/changes.json")) {
        SECTION(v.at("name").get<std::string>()) {
            check_agrees(body_of({expand(v.at("change"))}), tally);
        }
    }
    for (const Json& v : load_vectors("golden/push-requests.json")) {
        if (v.contains("body")) {
            SECTION(v.at("name").get<std::string>()) {
                check_agrees(expand(v.at("body")).dump(), tally);
                check_agrees(expand(v.at("body")).dump(), tally, 1);
            }
        }
    }
}

TEST_CASE("the golden visits that are valid are read without a tree, but for three") {
    // Left to the tree by design: an unknown key, a missing "deleted", and
    // escapes in a string (not canonical text).
    const std::set<std::string> by_tree = {"unknown keys in the change and in data are ignored",
                                           "deleted may be omitted (false)",
                                           "note with line breaks and a tab is accepted"};
    int visits = 0;
    for (const Json& v : load_vectors("golden/changes.json")) {
        const Json change = expand(v.at("change"));
        if (v.at("expect") != "accepted" || !change.is_object() ||
            change.value("entity", "") != "visit" || change.value("deleted", false)) {
            continue;
        }
        const std::string name = v.at("name").get<std::string>();
        INFO(name);
        ++visits;
        Tally tally;
        check_agrees(body_of({change}), tally);
        CHECK(tally.bodies_read == 1);
        CHECK(tally.direct_visits == (by_tree.contains(name) ? 0 : 1));
    }
    CHECK(visits == 20);
}

TEST_CASE("the push body reader agrees with the tree path on 20,000 mutated bodies") {
    std::mt19937 rng(20261126);
    Tally tally;
    int mutated_read = 0;
    const std::vector<std::string> seeds = seed_bodies();
    for (const std::string& seed : seeds) {
        check_agrees(seed, tally);
    }
    REQUIRE(tally.bodies_read == static_cast<int>(seeds.size()));
    REQUIRE(tally.direct_visits == 6);
    for (int i = 0; i < 20000; ++i) {
        std::string text = seeds[static_cast<std::size_t>(i) % seeds.size()];
        const int edits = 1 + i % 3;
        for (int e = 0; e < edits; ++e) {
            text = mutate(std::move(text), rng);
        }
        const int before = tally.bodies_read;
        check_agrees(text, tally);
        mutated_read += tally.bodies_read - before;
    }
    // Both outcomes were exercised: bodies read (with visits taken directly
    // and changes left to their tree) and bodies left to the tree path.
    CHECK(mutated_read > 2000);
    CHECK(mutated_read < 19000);
    CHECK(tally.direct_visits > 2000);
    CHECK(tally.tree_changes > 2000);
}

TEST_CASE("the push body reader leaves too many changes to the tree path") {
    const std::string text = seed_bodies()[0];  // three changes
    CHECK_FALSE(read_push_body(text, 2));
    CHECK(read_push_body(text, 3));
    CHECK_FALSE(read_push_body(body_of({change_of("visit", 1, full_visit(1))}), 0));
}

}  // namespace ronde::server::test
