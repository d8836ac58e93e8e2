// The golden vectors of sync-protocol/golden/ pushed over real HTTP:
// push-requests.json (status, code and field of whole requests) and
// changes.json (the per-change outcome inside a 200 answer).
#include "fixture.hpp"
#include "ronde/validate.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

using namespace ronde::test;

namespace {

json load(const std::string& name) {
    std::ifstream in(std::string(RONDE_PROTOCOL_DIR) + "/golden/" + name);
    REQUIRE(in.good());
    return json::parse(in);
}

// Expands the generators of golden/README.md: $repeat and $array_of (with
// {i} and {i:N} in the strings of the template).
json expand(const json& j, long index = -1) {
    if (j.is_string() && index >= 0) {
        std::string s = j.get<std::string>();
        static const std::regex placeholder(R"(\{i(?::(\d+))?\})");
        std::string out;
        auto begin = std::sregex_iterator(s.begin(), s.end(), placeholder);
        std::size_t last = 0;
        for (auto it = begin; it != std::sregex_iterator(); ++it) {
            out += s.substr(last, static_cast<std::size_t>(it->position()) - last);
            std::string number = std::to_string(index);
            if ((*it)[1].matched) {
                const std::size_t width = std::stoul((*it)[1].str());
                if (number.size() < width) {
                    number = std::string(width - number.size(), '0') + number;
                }
            }
            out += number;
            last = static_cast<std::size_t>(it->position() + it->length());
        }
        return out + s.substr(last);
    }
    if (j.is_object()) {
        if (j.contains("$repeat")) {
            std::string out;
            const std::string unit = j["$repeat"].get<std::string>();
            for (long n = 0; n < j["count"].get<long>(); ++n) {
                out += unit;
            }
            return out;
        }
        if (j.contains("$array_of")) {
            json out = json::array();
            for (long n = 0; n < j["count"].get<long>(); ++n) {
                out.push_back(expand(j["$array_of"], n));
            }
            return out;
        }
        json out = json::object();
        for (const auto& [k, v] : j.items()) {
            out[k] = expand(v, index);
        }
        return out;
    }
    if (j.is_array()) {
        json out = json::array();
        for (const auto& v : j) {
            out.push_back(expand(v, index));
        }
        return out;
    }
    return j;
}

// body_text: a string, or parts (strings, $repeat, $hex) concatenated.
std::string body_bytes(const json& text) {
    if (text.is_string()) {
        return text.get<std::string>();
    }
    std::string out;
    for (const auto& part : text) {
        if (part.is_string()) {
            out += part.get<std::string>();
        } else if (part.contains("$hex")) {
            std::string hex = part["$hex"].get<std::string>();
            hex.erase(std::remove(hex.begin(), hex.end(), ' '), hex.end());
            for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
                out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
            }
        } else {
            out += expand(part).get<std::string>();
        }
    }
    return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos;
         at = s.find(from, at + to.size())) {
        s.replace(at, from.size(), to);
    }
    return s;
}

}  // namespace

TEST_CASE("every push request vector gets its status and code over HTTP") {
    ServerFixture f;
    f.start();
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kSupervisor.username, kSupervisor.password);
    const json vectors = load("push-requests.json");
    REQUIRE(vectors["vectors"].size() > 10);
    for (const auto& v : vectors["vectors"]) {
        const std::string name = v["name"];
        // A fresh batch id per vector: the vectors share one, and a batch id
        // replayed with other changes is a batch_conflict (not the vector's
        // subject).
        const std::string fresh_batch = ronde::random_uuid_v4();
        std::string body;
        if (v.contains("body")) {
            json b = expand(v["body"]);
            if (b.is_object() && b.contains("batch_id") && b["batch_id"].is_string() &&
                ronde::is_valid_uuid(b["batch_id"].get<std::string>())) {
                b["batch_id"] = fresh_batch;
            }
            body = b.dump();
        } else {
            body = replace_all(body_bytes(v["body_text"]), "3f9d2c1e-8b7a-4e6f-9a41-2c7d5e8b1f03",
                               fresh_batch);
        }
        std::map<std::string, std::string> headers{{"Content-Type", "application/json"},
                                                   {"X-Ronde-Protocol", "1"},
                                                   {"Authorization", "Bearer " + device.token}};
        if (v.contains("headers")) {
            for (const auto& [key, value] : v["headers"].items()) {
                headers[key] = value.is_null() ? std::string() : value.get<std::string>();
            }
        }
        const HttpReply r = client.request("POST", "/api/v1/sync/push", body, headers);
        INFO("vector: " << name << "\nanswer: " << r.status << " " << r.body.substr(0, 400));
        if (v["expect"] == "accepted") {
            CHECK(r.status == 200);
            if (r.status == 200 && v.contains("changes_count")) {
                CHECK(json::parse(r.body)["results"].size() ==
                      v["changes_count"].get<std::size_t>());
            }
        } else {
            CHECK(r.status == v["expect"]["status"].get<int>());
            json answer = json::parse(r.body, nullptr, false);
            REQUIRE(answer.is_object());
            CHECK(answer["error"]["code"] == v["expect"]["code"]);
            if (v["expect"].contains("field")) {
                CHECK(answer["error"]["details"].value("field", std::string()) ==
                      v["expect"]["field"]);
            }
        }
    }
    CHECK(client.get("/healthz").status == 200);
}

TEST_CASE("every change vector gets its outcome inside a push over HTTP") {
    ServerFixture f;
    // A full 20,000-point track is larger than the default 1 MiB body limit
    // (PROTOCOL.md §10): a server that accepts such tracks raises it.
    f.start({"--max-body", "4194304"});
    const HttpClient client = f.client();
    const DeviceSession device = login(client, kSupervisor.username, kSupervisor.password);
    const json vectors = load("changes.json");
    REQUIRE(vectors["vectors"].size() > 10);
    for (const auto& v : vectors["vectors"]) {
        const std::string name = v["name"];
        json change = expand(v["change"]);
        const bool accepted = v["expect"] == "accepted";
        // Accepted vectors share ids: give each its own record, so that
        // each is judged alone (the stateless rules of the vector) and not
        // as an update of an earlier vector's record.
        if (accepted && change.is_object()) {
            change["id"] = new_id();
            // A contact change may be a patch (PROTOCOL.md §5.1): it needs a
            // stored contact to apply to. Store one first, with an older HLC.
            if (change.value("entity", "") == "contact" && !change.value("deleted", false)) {
                auto stamp = ronde::HlcStamp::parse(change.value("hlc", ""));
                REQUIRE(stamp.ok());
                stamp->wall_ms -= 1000;
                const json base = {{"entity", "contact"},
                                   {"id", change["id"]},
                                   {"hlc", stamp->to_string()},
                                   {"deleted", false},
                                   {"data",
                                    {{"category", "shopkeeper"},
                                     {"organisation", "Base"},
                                     {"person_name", "Base"}}}};
                const HttpReply created =
                    client.post_json("/api/v1/sync/push", push_body({base}).dump(), device.token);
                REQUIRE(created.status == 200);
                REQUIRE(created.body.find("\"applied\"") != std::string::npos);
            }
        }
        const HttpReply r =
            client.post_json("/api/v1/sync/push", push_body({change}).dump(), device.token);
        INFO("vector: " << name << "\nanswer: " << r.status << " " << r.body.substr(0, 400));
        REQUIRE(r.status == 200);
        const json answer = json::parse(r.body);
        REQUIRE(answer["results"].size() == 1);
        json result = answer["results"][0];
        if (accepted) {
            CHECK(result["outcome"] == "applied");
        } else {
            CHECK(result["outcome"] == "rejected");
            CHECK(result["error"]["code"] == v["expect"]["code"]);
            CHECK(result["error"]["details"].value("field", std::string()) == v["expect"]["field"]);
        }
    }
}
