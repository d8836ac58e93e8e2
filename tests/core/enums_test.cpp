// The enumeration tables: stable codes, labels in both languages, parsing.
#include "ronde/enums.hpp"
#include "ronde/validate.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

using namespace ronde;

namespace {

bool is_snake_case(std::string_view code) {
    if (code.empty() || code.front() == '_' || code.back() == '_') {
        return false;
    }
    for (const char c : code) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            return false;
        }
    }
    return true;
}

template <class E>
std::vector<std::string> codes_of() {
    std::vector<std::string> out;
    for (const auto& e : entries<E>()) {
        out.emplace_back(e.code);
    }
    return out;
}

}  // namespace

TEMPLATE_TEST_CASE("every enumeration has unique snake_case codes and labels in both languages",
                   "[enums]", ContactCategory, Topic, Action, PatrolMode, Climate, FollowUpStatus,
                   PositionSource, Role, Entity) {
    const auto table = entries<TestType>();
    REQUIRE(!table.empty());
    std::set<std::string_view> codes;
    std::set<std::string_view> fr;
    std::set<std::string_view> en;
    for (const auto& e : table) {
        INFO("code " << e.code);
        CHECK(is_snake_case(e.code));
        CHECK(!e.fr.empty());
        CHECK(!e.en.empty());
        CHECK(is_valid_utf8(e.fr));
        CHECK(is_valid_utf8(e.en));
        CHECK(codes.insert(e.code).second);
        CHECK(fr.insert(e.fr).second);
        CHECK(en.insert(e.en).second);
    }
}

TEMPLATE_TEST_CASE("every enumeration value parses back from its code", "[enums]", ContactCategory,
                   Topic, Action, PatrolMode, Climate, FollowUpStatus, PositionSource, Role,
                   Entity) {
    const auto table = entries<TestType>();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const auto value = static_cast<TestType>(i);
        INFO("code " << code(value));
        const auto parsed = parse_enum<TestType>(code(value));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == value);
        CHECK(label(value, Lang::fr) == table[i].fr);
        CHECK(label(value, Lang::en) == table[i].en);
    }
}

TEST_CASE("codes are exactly the names of the enum values, in enum order", "[enums]") {
    CHECK(codes_of<ContactCategory>() ==
          std::vector<std::string>{"shopkeeper", "elected_official", "municipal_police",
                                   "social_landlord", "transport_company", "private_security",
                                   "education", "farmer", "business", "association",
                                   "health_professional", "resident", "other"});
    CHECK(codes_of<Topic>() ==
          std::vector<std::string>{"neighbourhood_disturbance", "property_damage_theft", "burglary",
                                   "shoplifting", "incivility", "drugs", "road_safety", "violence",
                                   "scam_cyber", "services_to_residents", "video_protection",
                                   "prevention", "other"});
    CHECK(codes_of<Action>() == std::vector<std::string>{"otv", "sms_alert", "stop_cambriolages",
                                                         "citizen_participation", "secope",
                                                         "prevention_advice", "documentation",
                                                         "brigade_numerique", "referral"});
    CHECK(codes_of<PatrolMode>() == std::vector<std::string>{"foot", "bike", "vehicle", "mixed"});
    CHECK(codes_of<Climate>() == std::vector<std::string>{"positive", "neutral", "tense"});
    CHECK(codes_of<FollowUpStatus>() == std::vector<std::string>{"open", "done"});
    CHECK(codes_of<PositionSource>() == std::vector<std::string>{"gps", "manual", "contact"});
    CHECK(codes_of<Role>() == std::vector<std::string>{"patrol", "supervisor", "admin"});
    CHECK(codes_of<Entity>() == std::vector<std::string>{"contact", "patrol", "visit"});
}

TEST_CASE("French labels use the gendarmerie's words with their accents", "[enums]") {
    CHECK(label(ContactCategory::shopkeeper, Lang::fr) == "Commerçant");
    CHECK(label(ContactCategory::shopkeeper, Lang::en) == "Shopkeeper");
    CHECK(label(ContactCategory::elected_official, Lang::fr) == "Élu / maire");
    CHECK(label(Topic::neighbourhood_disturbance, Lang::fr) == "Troubles du voisinage");
    CHECK(label(Action::otv, Lang::fr) == "Opération Tranquillité Vacances (OTV)");
    CHECK(label(Action::secope, Lang::fr) == "Sensibilisation sûreté des commerces (SECOPE)");
    CHECK(label(Action::brigade_numerique, Lang::fr) == "Brigade numérique présentée");
    CHECK(label(PatrolMode::bike, Lang::fr) == "VTT");
    CHECK(label(Climate::tense, Lang::fr) == "Tendu");
}

TEST_CASE("parsing an unknown, differently cased or padded code gives nothing", "[enums]") {
    CHECK_FALSE(parse_enum<ContactCategory>("Shopkeeper").has_value());
    CHECK_FALSE(parse_enum<ContactCategory>("shopkeeper ").has_value());
    CHECK_FALSE(parse_enum<ContactCategory>("").has_value());
    CHECK_FALSE(parse_enum<Topic>("Troubles du voisinage").has_value());
    CHECK_FALSE(parse_enum<Action>("OTV").has_value());
    CHECK_FALSE(parse_enum<Role>("root").has_value());
    CHECK(parse_enum<Action>("otv") == Action::otv);
}
