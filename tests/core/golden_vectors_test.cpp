// Runs the protocol's golden vectors (sync-protocol/golden/, format in its
// README.md) through the core: parse_json, then decode_change and
// validate_change for changes, decode_push_request for push bodies. One
// section per vector, named after it, so that a failure names the vector.
#include "ronde/codec.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using ronde::Json;

std::string read_protocol_file(const std::string& relative) {
    const std::string path = std::string(RONDE_PROTOCOL_DIR) + "/" + relative;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        FAIL("cannot open " << path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The vector files themselves are trusted input: nlohmann parses them, so
// that a bug in parse_json cannot hide the vectors.
Json load_vectors(const std::string& relative) {
    return Json::parse(read_protocol_file(relative)).at("vectors");
}

// "{i}" -> index, "{i:N}" -> index padded with zeros to N digits.
std::string substitute(const std::string& text, std::size_t index) {
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t open = text.find("{i", pos);
        if (open == std::string::npos) {
            break;
        }
        const std::size_t close = text.find('}', open);
        if (close == std::string::npos) {
            break;
        }
        const std::string inside = text.substr(open + 2, close - open - 2);
        std::size_t width = 0;
        if (!inside.empty()) {
            if (inside[0] != ':') {
                out += text.substr(pos, close + 1 - pos);
                pos = close + 1;
                continue;
            }
            width = std::stoul(inside.substr(1));
        }
        std::string number = std::to_string(index);
        if (number.size() < width) {
            number.insert(0, width - number.size(), '0');
        }
        out += text.substr(pos, open - pos) + number;
        pos = close + 1;
    }
    return out + text.substr(pos);
}

Json substitute(const Json& value, std::size_t index) {
    if (value.is_string()) {
        return substitute(value.get<std::string>(), index);
    }
    if (value.is_structured()) {
        Json out = value;
        for (auto it = out.begin(); it != out.end(); ++it) {
            *it = substitute(*it, index);
        }
        return out;
    }
    return value;
}

std::string repeat(const std::string& unit, std::size_t count) {
    std::string out;
    out.reserve(unit.size() * count);
    for (std::size_t i = 0; i < count; ++i) {
        out += unit;
    }
    return out;
}

// Expands the generators {"$repeat", "count"} and {"$array_of", "count"}.
Json expand(const Json& value) {
    if (value.is_object()) {
        if (value.contains("$repeat")) {
            return repeat(value.at("$repeat").get<std::string>(),
                          value.at("count").get<std::size_t>());
        }
        if (value.contains("$array_of")) {
            Json out = Json::array();
            const std::size_t count = value.at("count").get<std::size_t>();
            for (std::size_t i = 0; i < count; ++i) {
                out.push_back(expand(substitute(value.at("$array_of"), i)));
            }
            return out;
        }
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

std::string from_hex(const std::string& hex) {
    std::string out;
    std::string digits;
    for (const char c : hex) {
        if (std::isxdigit(static_cast<unsigned char>(c))) {
            digits += c;
        }
    }
    for (std::size_t i = 0; i + 1 < digits.size(); i += 2) {
        out += static_cast<char>(std::stoi(digits.substr(i, 2), nullptr, 16));
    }
    return out;
}

// The exact bytes of a push vector's body.
std::string body_bytes(const Json& vector) {
    if (vector.contains("body")) {
        return expand(vector.at("body")).dump();
    }
    const Json& text = vector.at("body_text");
    if (text.is_string()) {
        return text.get<std::string>();
    }
    std::string out;
    for (const Json& part : text) {
        if (part.is_string()) {
            out += part.get<std::string>();
        } else if (part.contains("$repeat")) {
            out +=
                repeat(part.at("$repeat").get<std::string>(), part.at("count").get<std::size_t>());
        } else {
            out += from_hex(part.at("$hex").get<std::string>());
        }
    }
    return out;
}

struct Outcome {
    bool accepted = false;
    std::string code;
    std::string field;
    std::size_t changes = 0;  // push requests only
};

Outcome rejected(const ronde::Error& e) {
    return {false, e.code, e.field, 0};
}

Outcome run_change(const std::string& text) {
    const auto parsed = ronde::parse_json(text);
    if (!parsed) {
        return rejected(parsed.error());
    }
    const auto change = ronde::decode_change(parsed.value());
    if (!change) {
        return rejected(change.error());
    }
    if (const auto error = ronde::validate_change(change.value())) {
        return rejected(*error);
    }
    return {true, {}, {}, 0};
}

Outcome run_push(const std::string& text) {
    const auto parsed = ronde::parse_json(text);
    if (!parsed) {
        return rejected(parsed.error());
    }
    const auto request = ronde::decode_push_request(parsed.value());
    if (!request) {
        return rejected(request.error());
    }
    return {true, {}, {}, request->changes.size()};
}

void check_outcome(const Outcome& got, const Json& vector) {
    const Json& expect = vector.at("expect");
    INFO(
        "got: " << (got.accepted ? std::string("accepted") : got.code + " at '" + got.field + "'"));
    if (expect.is_string()) {
        REQUIRE(expect.get<std::string>() == "accepted");
        CHECK(got.accepted);
        if (got.accepted && vector.contains("changes_count")) {
            CHECK(got.changes == vector.at("changes_count").get<std::size_t>());
        }
        return;
    }
    INFO("expected: " << expect.dump());
    CHECK_FALSE(got.accepted);
    CHECK(got.code == expect.at("code").get<std::string>());
    if (expect.contains("field")) {
        CHECK(got.field == expect.at("field").get<std::string>());
    }
}

}  // namespace

TEST_CASE("golden generators expand as the vectors' README says", "[golden]") {
    CHECK(expand(Json::parse(R"({"$repeat": "é", "count": 3})")) == "ééé");
    CHECK(expand(Json::parse(R"({"$array_of": ["t{i}", "{i:3}"], "count": 2})")) ==
          Json::parse(R"([["t0", "000"], ["t1", "001"]])"));
    CHECK(
        expand(Json::parse(R"({"a": {"$array_of": {"$repeat": "x", "count": 2}, "count": 1}})")) ==
        Json::parse(R"({"a": ["xx"]})"));
    CHECK(body_bytes(Json::parse(
              R"({"body_text": ["[", {"$hex": "c3 28"}, {"$repeat": "]", "count": 2}]})")) ==
          "[\xc3\x28]]");
}

TEST_CASE("every golden change vector gives its expected outcome", "[golden]") {
    const Json vectors = load_vectors("golden/changes.json");
    REQUIRE(vectors.size() >= 40);
    for (const Json& vector : vectors) {
        DYNAMIC_SECTION(vector.at("name").get<std::string>()) {
            const std::string text = expand(vector.at("change")).dump();
            check_outcome(run_change(text), vector);
        }
    }
}

TEST_CASE("every golden push request gives its expected envelope outcome", "[golden]") {
    const Json vectors = load_vectors("golden/push-requests.json");
    REQUIRE(vectors.size() >= 15);
    for (const Json& vector : vectors) {
        if (vector.value("layer", std::string()) == "http") {
            continue;  // headers and body size belong to the server's tests
        }
        DYNAMIC_SECTION(vector.at("name").get<std::string>()) {
            check_outcome(run_push(body_bytes(vector)), vector);
        }
    }
}

// The server-side scenarios (golden/sync-scenarios.json) are run by the
// server's tests; here, each pushed change must be judged by the stateless
// rules as its expected outcome implies: accepted when the server applies it
// or refuses it for a server-side reason, refused with the expected error
// otherwise.
TEST_CASE("golden sync scenarios agree with the stateless rules", "[golden]") {
    const Json doc = Json::parse(read_protocol_file("golden/sync-scenarios.json"));
    const Json& scenarios = doc.at("scenarios");
    REQUIRE(scenarios.size() >= 10);
    const auto server_side = [](const std::string& code) {
        return code == "not_author" || code == "forbidden" || code == "deleted" ||
               code == "clock_drift" || code == "invalid_value" || code == "missing_field";
    };
    for (const Json& scenario : scenarios) {
        DYNAMIC_SECTION(scenario.at("name").get<std::string>()) {
            for (const Json& step : scenario.at("steps")) {
                if (!step.contains("push")) {
                    continue;
                }
                const Json& changes = step.at("push");
                const Json& expect = step.at("expect");
                REQUIRE(changes.size() == expect.size());
                for (std::size_t i = 0; i < changes.size(); ++i) {
                    const Outcome got = run_change(changes[i].dump());
                    INFO("change " << i << ": " << changes[i].dump());
                    INFO("got: " << (got.accepted ? std::string("accepted")
                                                  : got.code + " at '" + got.field + "'"));
                    if (expect[i].is_string()) {
                        CHECK(got.accepted);
                    } else if (got.accepted) {
                        CHECK(server_side(expect[i].at("rejected").get<std::string>()));
                    } else {
                        CHECK(got.code == expect[i].at("rejected").get<std::string>());
                        CHECK(got.field == expect[i].at("field").get<std::string>());
                    }
                }
            }
        }
    }
}
