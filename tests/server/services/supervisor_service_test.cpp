// The supervisor queries, statistics, follow-ups and conflict resolutions
// against known seeded records: every filter and count is exact.
#include "services/supervisor_service.hpp"
#include "service_fixture.hpp"
#include "services/admin_service.hpp"
#include "services/audit_service.hpp"

#include <sqlite3.h>

#include <map>
#include <set>

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

namespace {

// Two patrols (alice "A", bruno "B") and a supervisor of BTA-CESSON; a
// patrol of another unit. The clock is 2026-11-26T10:00:00Z.
//   C1 shopkeeper, Cesson-Sévigné, near the bakery, referent B; visits V1, V3
//   C2 elected_official, Thorigné-Fouillard, referent A; visits V2, V5
//   C3 municipal_police, Cesson-Sévigné, never visited
//   V1 A 2026-11-02T09:00Z C1 [incivility, shoplifting] [prevention_advice]
//   V2 A 2026-11-10T14:00Z C2 [road_safety] [otv, sms_alert], follow-up
//      open assigned to B, patrol P1
//   V3 B 2026-11-20T08:00Z C1 [incivility] [], follow-up done
//   V4 B 2026-10-15T12:00Z anonymous, Nantes [burglary] [stop_cambriolages]
//   V5 A 2026-11-25T23:30Z (Paris: 26 November) C2 [incivility] []
//   V6 B 2026-06-01T10:00Z anonymous [prevention] [] (out of a patrol's 90 days)
//   X1 the other unit's visit, 2026-11-10, [incivility]
//   P1 A bike 2026-11-10T13:00Z members A, B, "Marché du samedi"
//   P2 B foot 2026-11-20T07:00Z
struct Seeded : Fixture {
    AuditService audit{*store, clock.fn()};
    SupervisorService sup{*store, audit, SupervisorConfig{}, clock.fn()};
    std::string c1 = id(), c2 = id(), c3 = id();
    std::string v1 = id(), v2 = id(), v3 = id(), v4 = id(), v5 = id(), v6 = id(), x1 = id();
    std::string p1 = id(), p2 = id();

    static Json contact(const char* category, const char* organisation, const char* commune,
                        const std::string& referent, std::optional<std::pair<double, double>> at) {
        Json j{{"category", category},
               {"organisation", organisation},
               {"commune", commune},
               {"referent_id", referent}};
        if (at) {
            j["position"] = {{"lat", at->first}, {"lon", at->second}};
        }
        return j;
    }

    static Json visit(const char* at, const std::string& contact_id, Json topics, Json actions,
                      const char* note, std::optional<std::pair<double, double>> pos = {}) {
        Json j{{"occurred_at", at},
               {"contact_id", contact_id},
               {"topics", topics},
               {"actions", actions},
               {"note", note},
               {"climate", "neutral"},
               {"follow_up", {{"needed", false}}}};
        if (pos) {
            j["position"] = {{"lat", pos->first}, {"lon", pos->second}};
        }
        return j;
    }

    Seeded() {
        auto r =
            push(patrol_a, {change(Entity::contact, c1, hlc(patrol_a),
                                   contact("shopkeeper", "Boulangerie Au Fournil", "Cesson-Sévigné",
                                           patrol_b.user_id, std::make_pair(48.12483, -1.59076))),
                            change(Entity::contact, c2, hlc(patrol_a),
                                   contact("elected_official", "Mairie", "Thorigné-Fouillard",
                                           patrol_a.user_id, std::make_pair(48.16, -1.58))),
                            change(Entity::contact, c3, hlc(patrol_a),
                                   contact("municipal_police", "Police municipale",
                                           "Cesson-Sévigné", "", std::nullopt))});
        Json fu2 = open_follow_up(patrol_b.user_id);
        fu2["summary"] = "Radar pédagogique";
        Json d2 = visit("2026-11-10T14:00:00Z", c2, {"road_safety"}, {"otv", "sms_alert"},
                        "Réunion avec le maire", std::make_pair(48.16, -1.58));
        d2["follow_up"] = fu2;
        d2["patrol_id"] = p1;
        Json p1_data = patrol_data("2026-11-10T13:00:00Z");
        p1_data["mode"] = "bike";
        p1_data["members"] = {patrol_a.user_id, patrol_b.user_id};
        p1_data["event_label"] = "Marché du samedi";
        push(patrol_a, {change(Entity::visit, v1, hlc(patrol_a),
                               visit("2026-11-02T09:00:00Z", c1, {"incivility", "shoplifting"},
                                     {"prevention_advice"}, "Vol à l'étalage près de l'École",
                                     std::make_pair(48.1249, -1.5908))),
                        change(Entity::visit, v2, hlc(patrol_a), d2),
                        change(Entity::visit, v5, hlc(patrol_a),
                               visit("2026-11-25T23:30:00Z", c2, {"incivility"}, Json::array(),
                                     "Tags sur la mairie")),
                        change(Entity::patrol, p1, hlc(patrol_a), p1_data)});
        Json d3 = visit("2026-11-20T08:00:00Z", c1, {"incivility"}, Json::array(),
                        "Bruit nocturne derrière la boutique", std::make_pair(48.1260, -1.5900));
        d3["follow_up"] =
            closed_follow_up(patrol_b.user_id, patrol_b.user_id, "2026-11-21T08:00:00Z");
        push(patrol_b,
             {change(Entity::visit, v3, hlc(patrol_b), d3),
              change(Entity::visit, v4, hlc(patrol_b),
                     visit("2026-10-15T12:00:00Z", "", {"burglary"}, {"stop_cambriolages"},
                           "Cambriolage rue des Lilas", std::make_pair(47.2, -1.55))),
              change(Entity::visit, v6, hlc(patrol_b),
                     visit("2026-06-01T10:00:00Z", "", {"prevention"}, Json::array(),
                           "Réunion de prévention")),
              change(Entity::patrol, p2, hlc(patrol_b), patrol_data("2026-11-20T07:00:00Z"))});
        push(stranger, {change(Entity::visit, x1, hlc(stranger),
                               visit("2026-11-10T10:00:00Z", "", {"incivility"}, Json::array(),
                                     "Autre brigade"))});
        for (const auto& res : r.results) {
            REQUIRE(res.outcome == ChangeOutcome::applied);
        }
    }

    static std::vector<std::string> ids_of(const Json& page) {
        std::vector<std::string> out;
        for (const Json& item : page.at("items")) {
            out.push_back(item.at("id").get<std::string>());
        }
        return out;
    }

    std::vector<std::string> visits(const QueryParams& params, const Principal* who = nullptr) {
        auto r = sup.visits(who ? *who : supervisor, params);
        INFO((r ? "" : r.error().code + " " + r.error().message));
        REQUIRE(r.ok());
        CHECK(r->at("next_cursor").is_null());
        return ids_of(r.value());
    }

    AuditRecord last_audit() {
        auto all = audit.entries("", 0, 1000);
        REQUIRE(all.ok());
        REQUIRE_FALSE(all->empty());
        return all->back();
    }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("the visit list filters by every criterion with exact results") {
    Seeded f;
    CHECK(f.visits({}) == Ids{f.v5, f.v3, f.v2, f.v1, f.v4, f.v6});
    CHECK(f.visits({{"commune", "Cesson-Sévigné"}}) == Ids{f.v3, f.v1});
    CHECK(f.visits({{"commune", "CESSON-Sévigné"}}) == Ids{f.v3, f.v1});
    CHECK(f.visits({{"category", "elected_official"}}) == Ids{f.v5, f.v2});
    CHECK(f.visits({{"topic", "incivility"}}) == Ids{f.v5, f.v3, f.v1});
    CHECK(f.visits({{"action", "otv"}}) == Ids{f.v2});
    CHECK(f.visits({{"topic", "incivility"}, {"action", "prevention_advice"}}) == Ids{f.v1});
    CHECK(f.visits({{"author", f.patrol_b.user_id}}) == Ids{f.v3, f.v4, f.v6});
    CHECK(f.visits({{"patrol", f.p1}}) == Ids{f.v2});
    CHECK(f.visits({{"contact", f.c1}}) == Ids{f.v3, f.v1});
    CHECK(f.visits({{"follow_up", "open"}}) == Ids{f.v2});
    CHECK(f.visits({{"follow_up", "done"}}) == Ids{f.v3});
    CHECK(f.visits({{"follow_up", "none"}}) == Ids{f.v5, f.v1, f.v4, f.v6});
    CHECK(f.visits({{"assignee", f.patrol_b.user_id}}) == Ids{f.v3, f.v2});
    CHECK(f.visits({{"topic", "incivility"}, {"commune", "Cesson-Sévigné"}}) == Ids{f.v3, f.v1});
    CHECK(f.visits({{"topic", "burglary"}, {"commune", "Cesson-Sévigné"}}).empty());
    CHECK(f.visits({{"follow_up", "done"}, {"commune", "Cesson-Sévigné"}}) == Ids{f.v3});
    CHECK(f.visits({{"author", f.patrol_a.user_id},
                    {"topic", "incivility"},
                    {"commune", "Thorigné-Fouillard"}}) == Ids{f.v5});
    CHECK(f.visits({{"q", "mairie"}, {"topic", "incivility"}}) == Ids{f.v5});
    CHECK(f.visits({{"q", "maire"}, {"action", "otv"}, {"author", f.patrol_a.user_id}}) ==
          Ids{f.v2});
}

TEST_CASE("the visit list filters by period in Paris days or UTC times") {
    Seeded f;
    CHECK(f.visits({{"from", "2026-11-10"}, {"to", "2026-11-20"}}) == Ids{f.v3, f.v2});
    // 2026-11-25T23:30Z is 26 November in Paris.
    CHECK(f.visits({{"from", "2026-11-26"}}) == Ids{f.v5});
    CHECK(f.visits({{"to", "2026-11-25"}}) == Ids{f.v3, f.v2, f.v1, f.v4, f.v6});
    CHECK(f.visits({{"from", "2026-11-25T23:30:00Z"}}) == Ids{f.v5});
    CHECK(f.visits({{"to", "2026-11-25T23:30:00Z"}, {"from", "2026-11-20T08:00:00Z"}}) ==
          Ids{f.v3});
}

TEST_CASE("free text ignores case and French accents and matches word starts") {
    Seeded f;
    CHECK(f.visits({{"q", "ecole"}}) == Ids{f.v1});
    CHECK(f.visits({{"q", "ÉCOLE étalage"}}) == Ids{f.v1});
    CHECK(f.visits({{"q", "BRUIT nocturne"}}) == Ids{f.v3});
    CHECK(f.visits({{"q", "mair"}}) == Ids{f.v5, f.v2});
    CHECK(f.visits({{"q", "radar"}}) == Ids{f.v2});  // the follow-up summary
    // FTS5 syntax is taken as text, and punctuation alone filters nothing.
    CHECK(f.visits({{"q", "\"*) OR ("}}).empty());
    CHECK(f.visits({{"q", "\"*)( -"}}) == Ids{f.v5, f.v3, f.v2, f.v1, f.v4, f.v6});
    CHECK(f.visits({{"q", "introuvable"}}).empty());
}

TEST_CASE("the near filter keeps visits within the radius") {
    Seeded f;
    const QueryParams bakery{{"lat", "48.12483"}, {"lon", "-1.59076"}};
    auto with = [&](const char* radius) {
        QueryParams p = bakery;
        p["radius_m"] = radius;
        return f.visits(p);
    };
    CHECK(with("100") == Ids{f.v1});
    CHECK(with("500") == Ids{f.v3, f.v1});
    CHECK(with("5000") == Ids{f.v3, f.v2, f.v1});
    CHECK(with("200000") == Ids{f.v3, f.v2, f.v1, f.v4});
    // With a period or an equality filter beside it.
    QueryParams p = bakery;
    p["radius_m"] = "5000";
    p["from"] = "2026-11-10";
    CHECK(f.visits(p) == Ids{f.v3, f.v2});
    p.erase("from");
    p["author"] = f.patrol_a.user_id;
    CHECK(f.visits(p) == Ids{f.v2, f.v1});
    p["topic"] = "incivility";
    CHECK(f.visits(p) == Ids{f.v1});
}

TEST_CASE("bad filter values are refused with the parameter named") {
    Seeded f;
    const auto code_of = [&](const QueryParams& p) {
        auto r = f.sup.visits(f.supervisor, p);
        REQUIRE_FALSE(r.ok());
        return r.error().code + " " + r.error().field;
    };
    CHECK(code_of({{"topic", "bruit"}}) == "invalid_enum topic");
    CHECK(code_of({{"category", "Shopkeeper"}}) == "invalid_enum category");
    CHECK(code_of({{"author", "not-a-uuid"}}) == "invalid_uuid author");
    CHECK(code_of({{"from", "2026-13-01"}}) == "invalid_date from");
    CHECK(code_of({{"to", "yesterday"}}) == "invalid_time to");
    CHECK(code_of({{"from", "2026-11-20"}, {"to", "2026-11-10"}}) == "invalid_value from");
    CHECK(code_of({{"limit", "ten"}}) == "invalid_type limit");
    CHECK(code_of({{"limit", "0"}}) == "out_of_range limit");
    CHECK(code_of({{"lat", "48.1"}}) == "missing_field lon");
    CHECK(code_of({{"lat", "91"}, {"lon", "0"}, {"radius_m", "10"}}) == "out_of_range lat");
    CHECK(code_of({{"cursor", "garbage!"}}) == "invalid_value cursor");
    CHECK(code_of({{"follow_up", "closed"}}) == "invalid_enum follow_up");
    CHECK(code_of({{"comune", "Cesson"}}) == "invalid_value comune");
}

TEST_CASE("cursor pagination walks every visit exactly once") {
    Seeded f;
    for (const int limit : {1, 2, 4, 5}) {
        for (const QueryParams& filter :
             {QueryParams{}, QueryParams{{"topic", "incivility"}}, QueryParams{{"q", "mair"}}}) {
            std::vector<std::string> seen;
            QueryParams p = filter;
            p["limit"] = std::to_string(limit);
            for (int guard = 0; guard < 20; ++guard) {
                auto page = f.sup.visits(f.supervisor, p);
                REQUIRE(page.ok());
                CHECK(page->at("items").size() <= static_cast<std::size_t>(limit));
                for (const auto& id : Seeded::ids_of(page.value())) {
                    seen.push_back(id);
                }
                if (page->at("next_cursor").is_null()) {
                    break;
                }
                p["cursor"] = page->at("next_cursor").get<std::string>();
            }
            QueryParams all = filter;
            CHECK(seen == f.visits(all));
        }
    }
}

TEST_CASE("the limit is clamped") {
    Seeded f;
    auto r = f.sup.visits(f.supervisor, {{"limit", "100000"}});
    REQUIRE(r.ok());
    CHECK(r->at("items").size() == 6);
}

TEST_CASE("a patrol account lists its own scope and never another unit") {
    Seeded f;
    // The last 90 days, like its pulls: V6 (June) is out.
    CHECK(f.visits({}, &f.patrol_a) == Ids{f.v5, f.v3, f.v2, f.v1, f.v4});
    CHECK(f.visits({}, &f.stranger) == Ids{f.x1});
    auto patrols_of = [&](const Principal& who) {
        auto r = f.sup.patrols(who, {});
        REQUIRE(r.ok());
        return Seeded::ids_of(r.value());
    };
    CHECK(patrols_of(f.patrol_a) == Ids{f.p1});
    CHECK(patrols_of(f.patrol_b) == Ids{f.p2, f.p1});
    CHECK(patrols_of(f.supervisor) == Ids{f.p2, f.p1});
    CHECK(f.sup.patrols(f.patrol_a, {{"member", f.patrol_b.user_id}}).error().code == "forbidden");
}

TEST_CASE("the patrol list filters by period, author, member, mode and text") {
    Seeded f;
    auto patrols = [&](const QueryParams& p) {
        auto r = f.sup.patrols(f.supervisor, p);
        REQUIRE(r.ok());
        return Seeded::ids_of(r.value());
    };
    CHECK(patrols({{"author", f.patrol_a.user_id}}) == Ids{f.p1});
    CHECK(patrols({{"member", f.patrol_b.user_id}}) == Ids{f.p2, f.p1});
    CHECK(patrols({{"mode", "bike"}}) == Ids{f.p1});
    CHECK(patrols({{"q", "marche"}}) == Ids{f.p1});
    CHECK(patrols({{"from", "2026-11-15"}}) == Ids{f.p2});
    CHECK(patrols({{"to", "2026-11-15"}}) == Ids{f.p1});
}

TEST_CASE("the contact list filters and gives each contact's visits") {
    Seeded f;
    auto contacts = [&](const QueryParams& p) {
        auto r = f.sup.contacts(f.supervisor, p);
        REQUIRE(r.ok());
        return r.value();
    };
    const Json all = contacts({});
    CHECK(Seeded::ids_of(all) == Ids{f.c1, f.c2, f.c3});
    CHECK(all["items"][0]["visit_count"] == 2);
    CHECK(all["items"][0]["last_visit_at"] == "2026-11-20T08:00:00.000Z");
    CHECK(all["items"][1]["visit_count"] == 2);
    CHECK(all["items"][1]["last_visit_at"] == "2026-11-25T23:30:00.000Z");
    CHECK(all["items"][2]["visit_count"] == 0);
    CHECK(all["items"][2]["last_visit_at"].is_null());
    CHECK(Seeded::ids_of(contacts({{"commune", "Cesson-Sévigné"}})) == Ids{f.c1, f.c3});
    CHECK(Seeded::ids_of(contacts({{"category", "elected_official"}})) == Ids{f.c2});
    CHECK(Seeded::ids_of(contacts({{"referent", f.patrol_b.user_id}})) == Ids{f.c1});
    CHECK(Seeded::ids_of(contacts({{"q", "fournil"}})) == Ids{f.c1});
    CHECK(Seeded::ids_of(contacts({{"q", "thorigne"}})) == Ids{f.c2});
    CHECK(Seeded::ids_of(contacts(
              {{"lat", "48.12483"}, {"lon", "-1.59076"}, {"radius_m", "500"}})) == Ids{f.c1});
    // Pagination, one by one.
    std::vector<std::string> seen;
    QueryParams p{{"limit", "1"}};
    for (int i = 0; i < 5; ++i) {
        const Json page = contacts(p);
        for (const auto& id : Seeded::ids_of(page)) {
            seen.push_back(id);
        }
        if (page["next_cursor"].is_null()) {
            break;
        }
        p["cursor"] = page["next_cursor"];
    }
    CHECK(seen == Ids{f.c1, f.c2, f.c3});
}

TEST_CASE("contacts to maintain: last visit older than N days or never, with the referent") {
    Seeded f;
    auto stale = [&](const char* days) {
        auto r = f.sup.contacts_to_maintain(f.supervisor, {{"days", days}});
        REQUIRE(r.ok());
        return r.value();
    };
    CHECK(Seeded::ids_of(stale("10")) == Ids{f.c3});
    const Json five = stale("5");
    CHECK(Seeded::ids_of(five) == Ids{f.c3, f.c1});
    CHECK(five["items"][0]["referent"].is_null());
    CHECK(five["items"][1]["referent"]["id"] == f.patrol_b.user_id);
    CHECK(five["items"][1]["referent"]["display_name"] == "Gendarme bruno");
    CHECK(Seeded::ids_of(stale("0")) == Ids{f.c3, f.c1, f.c2});
    CHECK(f.sup.contacts_to_maintain(f.patrol_a, {}).error().code == "forbidden");
    CHECK(f.last_audit().entry.action == "contacts.to_maintain");
}

TEST_CASE("statistics count by ISO week, topic, action, category, commune and author") {
    Seeded f;
    auto r = f.sup.stats(f.supervisor, {{"from", "2026-11-01"}, {"to", "2026-11-30"}});
    REQUIRE(r.ok());
    const Json& s = r.value();
    CHECK(s["total"] == 4);
    CHECK(s["by_week"] == Json::parse(R"([{"count":0,"week":"2026-W44"},
        {"count":1,"week":"2026-W45"},{"count":1,"week":"2026-W46"},
        {"count":1,"week":"2026-W47"},{"count":1,"week":"2026-W48"},
        {"count":0,"week":"2026-W49"}])"));
    CHECK(s["by_topic"] == Json{{"incivility", 3}, {"road_safety", 1}, {"shoplifting", 1}});
    CHECK(s["by_action"] == Json{{"otv", 1}, {"prevention_advice", 1}, {"sms_alert", 1}});
    CHECK(s["by_category"] == Json{{"elected_official", 2}, {"shopkeeper", 2}});
    CHECK(s["by_commune"] == Json{{"Cesson-Sévigné", 2}, {"Thorigné-Fouillard", 2}});
    REQUIRE(s["by_author"].size() == 2);
    std::map<std::string, int> authors;
    for (const Json& a : s["by_author"]) {
        authors[a["user_id"]] = a["count"];
    }
    CHECK(authors[f.patrol_a.user_id] == 3);
    CHECK(authors[f.patrol_b.user_id] == 1);
    CHECK(f.last_audit().entry.action == "stats.read");
}

TEST_CASE("statistics with a filter count only the matching visits") {
    Seeded f;
    auto r =
        f.sup.stats(f.supervisor,
                    {{"from", "2026-10-01"}, {"to", "2026-11-30"}, {"commune", "Cesson-Sévigné"}});
    REQUIRE(r.ok());
    CHECK(r->at("total") == 2);
    CHECK(r->at("by_topic") == Json{{"incivility", 2}, {"shoplifting", 1}});
    CHECK(r->at("by_commune") == Json{{"Cesson-Sévigné", 2}});
    auto t = f.sup.stats(f.supervisor,
                         {{"from", "2026-10-01"}, {"to", "2026-11-30"}, {"topic", "incivility"}});
    REQUIRE(t.ok());
    CHECK(t->at("total") == 3);
    CHECK(t->at("by_topic") == Json{{"incivility", 3}, {"shoplifting", 1}});
    // Paris days: 25 November alone holds nothing, 26 November holds V5.
    auto day = f.sup.stats(f.supervisor, {{"from", "2026-11-26"}, {"to", "2026-11-26"}});
    REQUIRE(day.ok());
    CHECK(day->at("total") == 1);
    auto before = f.sup.stats(f.supervisor, {{"from", "2026-11-25"}, {"to", "2026-11-25"}});
    CHECK(before->at("total") == 0);
}

TEST_CASE("statistics follow deletes and contact changes") {
    Seeded f;
    f.push(f.patrol_a, {Fixture::change(Entity::visit, f.v1, f.hlc(f.patrol_a, 1000), {}, true)});
    Json moved{{"commune", "Rennes"}};
    f.push(f.patrol_a, {Fixture::change(Entity::contact, f.c2, f.hlc(f.patrol_a, 2000), moved)});
    auto r = f.sup.stats(f.supervisor, {{"from", "2026-11-01"}, {"to", "2026-11-30"}});
    REQUIRE(r.ok());
    CHECK(r->at("total") == 3);
    CHECK(r->at("by_commune") == Json{{"Cesson-Sévigné", 1}, {"Rennes", 2}});
    CHECK(r->at("by_topic") == Json{{"incivility", 2}, {"road_safety", 1}});
    CHECK(f.visits({{"commune", "Rennes"}}) == Ids{f.v5, f.v2});
}

TEST_CASE("every consultation is journaled with who, what and how many") {
    Seeded f;
    REQUIRE(f.sup.visits(f.supervisor, {{"topic", "incivility"}}).ok());
    AuditRecord e = f.last_audit();
    CHECK(e.entry.action == "visits.list");
    CHECK(e.entry.target == "/api/v1/visits");
    CHECK(e.entry.user_id == f.supervisor.user_id);
    CHECK(e.entry.device_id == f.supervisor.device_id);
    CHECK(e.entry.unit_id == f.supervisor.unit_id);
    CHECK(e.entry.details["filters"] == Json{{"topic", "incivility"}});
    CHECK(e.entry.details["count"] == 3);
    REQUIRE(f.sup.contacts(f.supervisor, {}).ok());
    CHECK(f.last_audit().entry.action == "contacts.list");
    REQUIRE(f.sup.patrols(f.patrol_a, {}).ok());
    CHECK(f.last_audit().entry.action == "patrols.list");
    CHECK(f.last_audit().entry.user_id == f.patrol_a.user_id);
    REQUIRE(f.sup.conflicts(f.supervisor, {}).ok());
    CHECK(f.last_audit().entry.action == "conflicts.list");
    CHECK(f.audit.verify().ok);
}

TEST_CASE("the communes of the unit's contacts, for the commune picker") {
    Seeded f;
    // Another spelling of a commune already known counts with it.
    const std::string c4 = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, c4, f.hlc(f.patrol_a),
                                        Seeded::contact("resident", "M. Riou", "CESSON-Sévigné", "",
                                                        std::nullopt))});
    auto r = f.sup.communes(f.supervisor, {});
    REQUIRE(r.ok());
    CHECK(r->at("items") == Json::parse(R"([{"name": "Cesson-Sévigné", "contacts": 3},
                                            {"name": "Thorigné-Fouillard", "contacts": 1}])"));
    CHECK(f.last_audit().entry.action == "communes.list");
    CHECK(f.last_audit().entry.details["count"] == 2);
    // A deleted contact no longer counts; another unit's never does.
    f.push(f.patrol_a, {Fixture::change(Entity::contact, f.c2, f.hlc(f.patrol_a, 1000), {}, true)});
    r = f.sup.communes(f.supervisor, {});
    REQUIRE(r.ok());
    REQUIRE(r->at("items").size() == 1);
    CHECK(r->at("items")[0]["contacts"] == 3);
    const Principal other = f.principal(f.add_user("BTA-LIFFRE", "cheffe", Role::supervisor));
    CHECK(f.sup.communes(other, {})->at("items").empty());
    CHECK(f.sup.communes(f.supervisor, {{"commune", "x"}}).error().code == "invalid_value");
}

TEST_CASE("a commune typed with spaces around it is the same commune everywhere") {
    Seeded f;
    const std::string c4 = f.id();
    const std::string v7 = f.id();
    f.push(f.patrol_a,
           {Fixture::change(Entity::contact, c4, f.hlc(f.patrol_a),
                            Seeded::contact("shopkeeper", "Tabac du Centre", " Cesson-Sévigné  ",
                                            "", std::nullopt)),
            Fixture::change(Entity::visit, v7, f.hlc(f.patrol_a),
                            Seeded::visit("2026-11-24T10:00:00Z", c4, {"incivility"}, Json::array(),
                                          "Attroupement devant le tabac"))});
    const Json cesson_first = Json::parse(R"([{"name": "Cesson-Sévigné", "contacts": 3},
                                              {"name": "Thorigné-Fouillard", "contacts": 1}])");
    CHECK(f.sup.communes(f.supervisor, {})->at("items") == cesson_first);
    CHECK(f.visits({{"commune", "Cesson-Sévigné"}}) == Ids{v7, f.v3, f.v1});
    CHECK(f.visits({{"commune", "  Cesson-Sévigné "}}) == Ids{v7, f.v3, f.v1});
    CHECK(Seeded::ids_of(f.sup.contacts(f.supervisor, {{"commune", "Cesson-Sévigné"}}).value()) ==
          Ids{f.c1, f.c3, c4});
    auto stats = f.sup.stats(f.supervisor, {{"from", "2026-11-01"}, {"to", "2026-11-30"}});
    REQUIRE(stats.ok());
    CHECK(stats->at("by_commune") == Json{{"Cesson-Sévigné", 3}, {"Thorigné-Fouillard", 2}});
    auto one =
        f.sup.stats(f.supervisor,
                    {{"from", "2026-11-01"}, {"to", "2026-11-30"}, {"commune", "Cesson-Sévigné "}});
    REQUIRE(one.ok());
    CHECK(one->at("total") == 3);

    // A database derived before migration 0009 kept the spaces: the
    // migration derives such contacts again.
    {
        auto tx = f.store->begin_write();
        sqlite3* db = tx->sqlite_connection();
        REQUIRE(
            sqlite3_exec(db,
                         ("UPDATE contact_facts SET commune = ' Cesson-Sévigné  ' WHERE id = '" +
                          c4 + "'; PRAGMA user_version = 8")
                             .c_str(),
                         nullptr, nullptr, nullptr) == SQLITE_OK);
        tx->commit();
    }
    CHECK(f.sup.communes(f.supervisor, {})->at("items").size() == 3);  // the old state
    auto reopened = open_sqlite_store(f.dir.file("server.db").string());
    CHECK(reopened->schema_version() >= 9);
    AuditService audit(*reopened, f.clock.fn());
    SupervisorService sup(*reopened, audit, SupervisorConfig{}, f.clock.fn());
    CHECK(sup.communes(f.supervisor, {})->at("items") == cesson_first);
}

TEST_CASE("supervisor-only calls refuse patrol and admin accounts") {
    Seeded f;
    const Principal admin = f.principal(f.add_user("BTA-CESSON", "root", Role::admin));
    for (const Principal* who : {static_cast<const Principal*>(&f.patrol_a), &admin}) {
        CHECK(f.sup.stats(*who, {}).error().code == "forbidden");
        CHECK(f.sup.contacts_to_maintain(*who, {}).error().code == "forbidden");
        CHECK(f.sup.conflicts(*who, {}).error().code == "forbidden");
        CHECK(f.sup.communes(*who, {}).error().code == "forbidden");
        CHECK(f.sup.update_follow_up(*who, f.v1, {{"status", "done"}}).error().code == "forbidden");
        CHECK(f.sup.resolve_conflict(*who, "1", {{"choose", "kept"}}).error().code == "forbidden");
    }
    CHECK(f.sup.visits(admin, {}).error().code == "forbidden");
}

TEST_CASE("a follow-up assigned then closed by the supervisor reaches the devices on pull") {
    Seeded f;
    f.clock.advance(60 * 1000);
    const std::string before_hlc = f.record(f.supervisor, Entity::visit, f.v1)->hlc;
    auto assigned = f.sup.update_follow_up(
        f.supervisor, f.v1, {{"summary", "Passage de nuit"}, {"assignee_id", f.patrol_b.user_id}});
    INFO((assigned ? "" : assigned.error().code + " " + assigned.error().field));
    REQUIRE(assigned.ok());
    CHECK(assigned->at("data")["follow_up"]["status"] == "open");
    CHECK(f.last_audit().entry.action == "follow_up.update");
    CHECK(f.last_audit().entry.target == f.v1);
    CHECK(f.visits({{"follow_up", "open"}}) == Ids{f.v2, f.v1});

    // Re-assign, then close.
    REQUIRE(f.sup.update_follow_up(f.supervisor, f.v1, {{"assignee_id", f.patrol_a.user_id}}).ok());
    f.clock.advance(60 * 1000);
    auto closed = f.sup.update_follow_up(f.supervisor, f.v1, {{"status", "done"}});
    REQUIRE(closed.ok());
    const Json fu = closed->at("data")["follow_up"];
    CHECK(fu["status"] == "done");
    CHECK(fu["closed_by"] == f.supervisor.user_id);
    CHECK(fu["assignee_id"] == f.patrol_a.user_id);
    CHECK(fu["closed_at"] == format_timestamp(Timestamp{std::chrono::milliseconds{f.clock.now()}}));
    const std::string new_hlc = closed->at("hlc");
    CHECK(new_hlc > before_hlc);
    CHECK(HlcStamp::parse(new_hlc)->node == node_from_uuid(f.supervisor.device_id));

    // The author's device pulls the closing; the body is untouched.
    bool found = false;
    for (const PulledChange& c : f.pull_all(f.patrol_a).changes) {
        if (c.change.id == f.v1) {
            found = true;
            CHECK(c.change.hlc == new_hlc);
            CHECK(c.change.data["follow_up"]["status"] == "done");
            CHECK(c.change.data["note"] == "Vol à l'étalage près de l'École");
            CHECK(c.change.data["author_id"] == f.patrol_a.user_id);
        }
    }
    CHECK(found);
    // A later edit of the note by the author, without follow_up, keeps it.
    Json body = Seeded::visit("2026-11-02T09:00:00Z", f.c1, {"incivility"}, {"prevention_advice"},
                              "Note corrigée");
    body.erase("follow_up");
    f.push(f.patrol_a, {Fixture::change(Entity::visit, f.v1, f.hlc(f.patrol_a, 1000), body)});
    auto row = f.record(f.supervisor, Entity::visit, f.v1);
    CHECK(Json::parse(row->data)["follow_up"]["status"] == "done");
    CHECK(f.visits({{"follow_up", "done"}}) == Ids{f.v3, f.v1});
    CHECK(f.audit.verify().ok);
}

TEST_CASE("follow-up changes are checked") {
    Seeded f;
    CHECK(f.sup.update_follow_up(f.supervisor, f.x1, {{"status", "done"}}).error().code ==
          "not_found");
    CHECK(f.sup.update_follow_up(f.supervisor, f.c1, {{"status", "done"}}).error().code ==
          "not_found");
    CHECK(f.sup.update_follow_up(f.supervisor, f.v1, {{"status", "done"}}).error().code ==
          "inconsistent_follow_up");  // no summary: there was no follow-up
    CHECK(f.sup.update_follow_up(f.supervisor, f.v2, {{"status", "closed"}}).error().code ==
          "invalid_enum");
    CHECK(f.sup.update_follow_up(f.supervisor, f.v2, {{"assignee_id", f.stranger.user_id}})
              .error()
              .field == "assignee_id");
    CHECK(f.sup.update_follow_up(f.supervisor, f.v2, {{"colour", "red"}}).error().code ==
          "invalid_value");
}

TEST_CASE("a resolved conflict is written as a change that devices pull") {
    Seeded f;
    // Two offline edits of the bakery's phone: B's, older, loses.
    f.push(f.patrol_a, {Fixture::change(Entity::contact, f.c1, f.hlc(f.patrol_a, 2000),
                                        {{"phone", "02 99 00 00 01"}})});
    f.push(f.patrol_b, {Fixture::change(Entity::contact, f.c1, f.hlc(f.patrol_b, 1000),
                                        {{"phone", "02 99 00 00 02"}})});
    auto list = f.sup.conflicts(f.supervisor, {});
    REQUIRE(list.ok());
    REQUIRE(list->at("items").size() == 1);
    const Json entry = list->at("items")[0];
    CHECK(entry["field"] == "phone");
    CHECK(entry["kept"]["value"] == "02 99 00 00 01");
    CHECK(entry["lost"]["value"] == "02 99 00 00 02");
    CHECK(entry["resolution"].is_null());
    // What the card shows, without a registry: the contact and the two
    // gendarmes, by name.
    CHECK(entry["record"] == Json{{"name", "Boulangerie Au Fournil"},
                                  {"deleted", false},
                                  {"commune", "Cesson-Sévigné"},
                                  {"category", "shopkeeper"}});
    CHECK(entry["kept"]["user"] ==
          Json{{"id", f.patrol_a.user_id}, {"display_name", "Gendarme alice"}});
    CHECK(entry["lost"]["user"] ==
          Json{{"id", f.patrol_b.user_id}, {"display_name", "Gendarme bruno"}});
    const std::string id = std::to_string(entry["id"].get<std::int64_t>());

    f.clock.advance(10000);
    auto resolved = f.sup.resolve_conflict(f.supervisor, id, {{"choose", "lost"}});
    INFO((resolved ? "" : resolved.error().code + " " + resolved.error().message));
    REQUIRE(resolved.ok());
    CHECK(resolved->at("resolution")["choice"] == "lost");
    CHECK(resolved->at("record")["name"] == "Boulangerie Au Fournil");
    CHECK(f.last_audit().entry.action == "conflict.resolve");
    bool found = false;
    for (const PulledChange& c : f.pull_all(f.patrol_a).changes) {
        if (c.change.id == f.c1) {
            found = true;
            CHECK(c.change.data["phone"] == "02 99 00 00 02");
            CHECK(c.change.data["organisation"] == "Boulangerie Au Fournil");
            CHECK(c.change.hlc == resolved->at("resolution")["hlc"]);
        }
    }
    CHECK(found);
    auto again = f.sup.conflicts(f.supervisor, {});
    CHECK(again->at("items")[0]["resolution"]["choice"] == "lost");
    CHECK(f.sup.resolve_conflict(f.supervisor, id, {{"choose", "kept"}}).error().code ==
          "already_resolved");
    // A later edit from A's device wins over the resolution as usual.
    f.clock.advance(10000);
    f.push(f.patrol_a, {Fixture::change(Entity::contact, f.c1, f.hlc(f.patrol_a),
                                        {{"phone", "02 99 00 00 03"}})});
    CHECK(Json::parse(f.record(f.supervisor, Entity::contact, f.c1)->data)["phone"] ==
          "02 99 00 00 03");
}

TEST_CASE("conflict items name visits, patrols and deleted records, and date each side") {
    Seeded f;
    // Alice's second tablet, offline, edits V2's note and P1 after her
    // first one did: its older edits lose and are logged.
    Principal tablet2 = f.patrol_a;
    tablet2.device_id = f.id();
    Json body = Json::parse(f.record(f.supervisor, Entity::visit, f.v2)->data);
    body.erase("follow_up");
    Json patrol = Json::parse(f.record(f.supervisor, Entity::patrol, f.p1)->data);
    body["note"] = "Réunion avec le maire, suite";
    patrol["notes"] = "Fin à 18 h";
    f.push(f.patrol_a, {Fixture::change(Entity::visit, f.v2, f.hlc(f.patrol_a, 3000), body),
                        Fixture::change(Entity::patrol, f.p1, f.hlc(f.patrol_a, 3000), patrol)});
    body["note"] = "Réunion avec le maire, autre suite";
    patrol["notes"] = "Fin à 19 h";
    f.push(tablet2, {Fixture::change(Entity::visit, f.v2, f.hlc(tablet2, 2000), body),
                     Fixture::change(Entity::patrol, f.p1, f.hlc(tablet2, 2000), patrol)});
    // Bruno edits the police station's phone offline; Alice deletes it.
    f.push(f.patrol_a, {Fixture::change(Entity::contact, f.c3, f.hlc(f.patrol_a, 5000), {}, true)});
    f.push(f.patrol_b, {Fixture::change(Entity::contact, f.c3, f.hlc(f.patrol_b, 4000),
                                        {{"phone", "02 99 00 00 09"}})});
    auto list = f.sup.conflicts(f.supervisor, {});
    REQUIRE(list.ok());
    std::map<std::string, Json> by_record;
    for (const Json& e : list->at("items")) {
        INFO(e.dump());
        for (const char* side : {"kept", "lost"}) {
            CHECK(e[side]["at"].get<std::string>().starts_with("2026-11-26T10:00:0"));
        }
        by_record[e["record_id"].get<std::string>()] = e;
    }
    REQUIRE(by_record.count(f.v2) == 1);
    CHECK(by_record[f.v2]["record"] == Json{{"name", "Mairie"},
                                            {"deleted", false},
                                            {"occurred_at", "2026-11-10T14:00:00.000Z"}});
    CHECK(by_record[f.v2]["lost"]["user"]["display_name"] == "Gendarme alice");
    REQUIRE(by_record.count(f.p1) == 1);
    CHECK(by_record[f.p1]["record"]["name"] == "Marché du samedi");
    CHECK(by_record[f.p1]["record"]["started_at"] == "2026-11-10T13:00:00.000Z");
    REQUIRE(by_record.count(f.c3) == 1);
    CHECK(by_record[f.c3]["reason"] == "edit_after_delete");
    CHECK(by_record[f.c3]["record"] == Json{{"name", ""}, {"deleted", true}});
    CHECK(by_record[f.c3]["lost"]["user"]["display_name"] == "Gendarme bruno");
}

TEST_CASE("a conflict names no user of another unit") {
    Seeded f;
    f.push(f.patrol_a, {Fixture::change(Entity::contact, f.c1, f.hlc(f.patrol_a, 2000),
                                        {{"phone", "02 99 00 00 01"}})});
    f.push(f.patrol_b, {Fixture::change(Entity::contact, f.c1, f.hlc(f.patrol_b, 1000),
                                        {{"phone", "02 99 00 00 02"}})});
    // The losing side's user moved to another unit since (rewritten in
    // the file): its name is no longer this unit's to show.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(f.dir.file("server.db").c_str(), &db) == SQLITE_OK);
    const std::string sql = "UPDATE users SET unit_id = '" + f.other_unit.id + "' WHERE id = '" +
                            f.patrol_b.user_id + "'";
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
    auto list = f.sup.conflicts(f.supervisor, {});
    REQUIRE(list.ok());
    REQUIRE(list->at("items").size() == 1);
    CHECK(list->at("items")[0]["lost"]["user"].is_null());
    CHECK(list->at("items")[0]["kept"]["user"]["display_name"] == "Gendarme alice");
}

TEST_CASE("a conflict resolved with a value of the supervisor's choice") {
    Seeded f;
    f.push(f.patrol_a, {Fixture::change(Entity::contact, f.c2, f.hlc(f.patrol_a, 2000),
                                        {{"person_name", "Mme Le Maire"}})});
    f.push(f.patrol_b, {Fixture::change(Entity::contact, f.c2, f.hlc(f.patrol_b, 1000),
                                        {{"person_name", "M. Le Maire"}})});
    auto list = f.sup.conflicts(f.supervisor, {});
    REQUIRE(list->at("items").size() == 1);
    const std::string id = std::to_string(list->at("items")[0]["id"].get<std::int64_t>());
    CHECK(f.sup.resolve_conflict(f.supervisor, id, {{"value", 42}}).error().code == "invalid_type");
    CHECK(f.sup.resolve_conflict(f.supervisor, id, Json::object()).error().code == "missing_field");
    REQUIRE(f.sup.resolve_conflict(f.supervisor, id, {{"value", "Mme Anne Le Maire"}}).ok());
    CHECK(Json::parse(f.record(f.supervisor, Entity::contact, f.c2)->data)["person_name"] ==
          "Mme Anne Le Maire");
    // Another unit's supervisor sees no such entry.
    const Principal other = f.principal(f.add_user("BTA-LIFFRE", "cheffe", Role::supervisor));
    CHECK(f.sup.resolve_conflict(other, id, {{"choose", "kept"}}).error().code == "not_found");
    CHECK(f.sup.conflicts(other, {})->at("items").empty());
}

TEST_CASE("an admin manages every unit and a supervisor only their own") {
    Seeded f;
    AdminService admin_service(*f.store, f.auth, f.audit);
    const Principal admin = f.principal(f.add_user("BTA-CESSON", "root", Role::admin));
    const Json liffre_user{{"username", "l.morin"},
                           {"display_name", "Gendarme Morin"},
                           {"role", "patrol"},
                           {"password", "Un mot de passe"},
                           {"unit", "BTA-LIFFRE"}};
    CHECK(admin_service.create_user(f.supervisor, liffre_user).error().code == "forbidden");
    auto created = admin_service.create_user(admin, liffre_user);
    REQUIRE(created.ok());
    CHECK(created->at("unit_id") == f.other_unit.id);
    CHECK(f.last_audit().entry.action == "user.create");
    CHECK(f.last_audit().entry.details.dump().find("Un mot de passe") == std::string::npos);
    const std::string id = created->at("id");
    CHECK(admin_service.reset_password(f.supervisor, id, {{"password", "Autre mot de passe"}})
              .error()
              .code == "not_found");
    REQUIRE(admin_service.reset_password(admin, id, {{"password", "Autre mot de passe"}}).ok());
    CHECK(admin_service.reset_password(admin, id, {{"password", "court"}}).error().code ==
          "invalid_value");
    CHECK(
        f.auth.login(LoginInput{"l.morin", "Autre mot de passe", f.id(), "Tablette", "::1"}).ok());
    CHECK(admin_service.devices(f.supervisor, {{"unit", "BTA-LIFFRE"}}).error().code ==
          "not_found");
    auto devices = admin_service.devices(admin, {{"unit", "BTA-LIFFRE"}});
    REQUIRE(devices.ok());
    REQUIRE(devices->at("items").size() == 1);
    const std::string device = devices->at("items")[0]["id"];
    CHECK(admin_service.revoke_device(f.supervisor, device).error().code == "not_found");
    REQUIRE(admin_service.revoke_device(admin, device).ok());
    CHECK(f.last_audit().entry.action == "device.revoke");
    CHECK(admin_service.devices(f.patrol_a, {}).error().code == "forbidden");
    CHECK(f.audit.verify().ok);
}

TEST_CASE("visit items carry the author, contact and assignee names of their own unit") {
    Seeded f;
    const auto item_of = [](const Json& page, const std::string& id) {
        for (const Json& item : page.at("items")) {
            if (item.at("id") == id) {
                return item;
            }
        }
        FAIL("no item " << id);
        return Json();
    };
    auto all = f.sup.visits(f.supervisor, {});
    REQUIRE(all.ok());
    const Json v2 = item_of(all.value(), f.v2);
    CHECK(v2["author"] == Json{{"id", f.patrol_a.user_id}, {"display_name", "Gendarme alice"}});
    CHECK(v2["contact"]["id"] == f.c2);
    CHECK(v2["contact"]["name"] == "Mairie");
    CHECK(v2["contact"]["commune"] == "Thorigné-Fouillard");
    CHECK(v2["assignee"] == Json{{"id", f.patrol_b.user_id}, {"display_name", "Gendarme bruno"}});
    const Json v4 = item_of(all.value(), f.v4);  // anonymous, no follow-up
    CHECK(v4["contact"].is_null());
    CHECK(v4["assignee"].is_null());
    CHECK(v4["author"]["display_name"] == "Gendarme bruno");
    // Every path of the list gives them: free text, a topic, a filter.
    for (const QueryParams& p : {QueryParams{{"q", "maire"}}, QueryParams{{"action", "otv"}},
                                 QueryParams{{"commune", "Thorigné-Fouillard"}}}) {
        auto r = f.sup.visits(f.supervisor, p);
        REQUIRE(r.ok());
        CHECK(item_of(r.value(), f.v2)["contact"]["name"] == "Mairie");
    }
    // A follow-up change answers the visit as listed, names included.
    auto changed =
        f.sup.update_follow_up(f.supervisor, f.v2, {{"assignee_id", f.patrol_a.user_id}});
    REQUIRE(changed.ok());
    CHECK(changed->at("assignee")["display_name"] == "Gendarme alice");
    CHECK(changed->at("contact")["name"] == "Mairie");
}

TEST_CASE("names of another unit never reach a list: a visit naming a foreign contact or user") {
    Seeded f;
    // The other unit's contact, and a visit of this unit naming it, its
    // author and its assignee by id.
    const std::string foreign_contact = f.id(), v = f.id();
    REQUIRE(f.push(f.stranger, {f.change(Entity::contact, foreign_contact, f.hlc(f.stranger),
                                         Seeded::contact("shopkeeper", "Secret de Liffré", "Liffré",
                                                         "", std::nullopt))})
                .results.at(0)
                .outcome == ChangeOutcome::applied);
    Json d = Seeded::visit("2026-11-24T10:00:00Z", foreign_contact, {"incivility"}, Json::array(),
                           "Nom venu d'ailleurs");
    auto pushed = f.push(f.patrol_a, {f.change(Entity::visit, v, f.hlc(f.patrol_a), d)});
    REQUIRE(pushed.results.size() == 1);
    if (pushed.results[0].outcome != ChangeOutcome::applied) {
        SUCCEED("the push refuses a contact of another unit");
        return;
    }
    auto r = f.sup.visits(f.supervisor, {{"contact", foreign_contact}});
    REQUIRE(r.ok());
    REQUIRE(r->at("items").size() == 1);
    CHECK(r->at("items")[0]["contact"].is_null());
    CHECK(r->dump().find("Secret") == std::string::npos);
}

TEST_CASE("contact items carry their referent, a user of the unit") {
    Seeded f;
    auto r = f.sup.contacts(f.supervisor, {});
    REQUIRE(r.ok());
    const Json& items = r->at("items");
    REQUIRE(items.size() == 3);
    CHECK(items[0]["referent"] == Json{{"id", f.patrol_b.user_id},
                                       {"username", "bruno"},
                                       {"display_name", "Gendarme bruno"}});
    CHECK(items[1]["referent"]["display_name"] == "Gendarme alice");
    CHECK(items[2]["referent"].is_null());
}

TEST_CASE("the team list: a supervisor lists their unit, an admin any unit, a patrol nothing") {
    Seeded f;
    AdminService admin_service(*f.store, f.auth, f.audit);
    const Principal admin = f.principal(f.add_user("BTA-LIFFRE", "root", Role::admin));
    // Alice signs in on a tablet (the fixture's principals enrolled none).
    REQUIRE(f.auth.login(LoginInput{"alice", "motdepasse-alice", f.id(), "Tablette", "::1"}).ok());
    auto team = admin_service.users(f.supervisor, {});
    REQUIRE(team.ok());
    CHECK(team->at("unit")["code"] == "BTA-CESSON");
    std::vector<std::string> names;
    for (const Json& u : team->at("items")) {
        names.push_back(u.at("display_name"));
        CHECK(u.at("unit_id") == f.supervisor.unit_id);
        CHECK(u.at("created_at").is_string());
    }
    CHECK(names == std::vector<std::string>{"Gendarme alice", "Gendarme bruno", "Gendarme chef"});
    const Json alice = team->at("items")[0];
    CHECK(alice["id"] == f.patrol_a.user_id);
    CHECK(alice["username"] == "alice");
    CHECK(alice["role"] == "patrol");
    CHECK(alice["devices"] == 1);
    CHECK(alice["signed_in_devices"] == 1);
    CHECK(alice["last_seen_at"].is_string());
    CHECK(team->at("items")[2]["role"] == "supervisor");
    CHECK(team->at("items")[2]["self"] == true);  // the supervisor's own account
    CHECK(team->at("items")[0]["self"] == false);
    CHECK(f.last_audit().entry.action == "users.list");
    CHECK(f.last_audit().entry.details["count"] == 3);

    // Past the idle timeout (14 days) the token no longer works: the tablet
    // is no longer counted as signed in, though it still holds a token.
    f.clock.advance(14 * kDay + 1000);
    auto later = admin_service.users(f.supervisor, {});
    REQUIRE(later.ok());
    CHECK(later->at("items")[0]["devices"] == 1);
    CHECK(later->at("items")[0]["signed_in_devices"] == 0);
    auto devices = admin_service.devices(f.supervisor, {});
    REQUIRE(devices.ok());
    REQUIRE(devices->at("items").size() == 1);
    CHECK(devices->at("items")[0]["signed_in"] == false);

    CHECK(admin_service.users(f.supervisor, {{"unit", "BTA-LIFFRE"}}).error().code == "not_found");
    CHECK(admin_service.users(f.supervisor, {{"unit", "BTA-CESSON"}}).ok());
    CHECK(admin_service.users(f.supervisor, {{"role", "patrol"}}).error().code == "invalid_value");
    CHECK(admin_service.users(f.patrol_a, {}).error().code == "forbidden");
    auto liffre = admin_service.users(admin, {});
    REQUIRE(liffre.ok());
    CHECK(liffre->at("items").size() == 2);  // xavier and root
    auto cesson = admin_service.users(admin, {{"unit", "BTA-CESSON"}});
    REQUIRE(cesson.ok());
    CHECK(cesson->at("items").size() == 3);
    CHECK(admin_service.users(admin, {{"unit", "BTA-NULLE-PART"}}).error().code == "not_found");
}

TEST_CASE("a disabled account: no sign-in, no token, no new follow-up, and back when enabled") {
    Seeded f;
    AdminService admin_service(*f.store, f.auth, f.audit);
    const Principal admin = f.principal(f.add_user("BTA-CESSON", "root", Role::admin));
    auto session = f.auth.login(LoginInput{"alice", "motdepasse-alice", f.id(), "Tablette", "::1"});
    REQUIRE(session.ok());

    auto disabled = admin_service.set_disabled(f.supervisor, f.patrol_a.user_id, true);
    REQUIRE(disabled.ok());
    CHECK(disabled->at("user")["disabled_at"].is_string());
    CHECK(f.last_audit().entry.action == "user.disable");
    CHECK(f.last_audit().entry.target == f.patrol_a.user_id);
    CHECK(f.auth.authenticate(session->token).error().code == "unauthenticated");
    CHECK(f.auth.login(LoginInput{"alice", "motdepasse-alice", f.id(), "Tablette", "::1"})
              .error()
              .code == "account_disabled");
    CHECK(f.auth.login(LoginInput{"alice", "pas-le-bon", f.id(), "Tablette", "::1"}).error().code ==
          "invalid_credentials");
    auto team = admin_service.users(f.supervisor, {});
    REQUIRE(team.ok());
    CHECK(team->at("items")[0]["disabled_at"].is_string());
    CHECK(team->at("items")[0]["signed_in_devices"] == 0);
    CHECK(team->at("items")[1]["disabled_at"].is_null());
    // Twice is harmless and keeps the first time.
    const Json first = disabled->at("user")["disabled_at"];
    f.clock.advance(60000);
    CHECK(admin_service.set_disabled(f.supervisor, f.patrol_a.user_id, true)
              ->at("user")["disabled_at"] == first);

    // No follow-up is handed to a disabled account; one it holds still closes.
    CHECK(f.sup.update_follow_up(f.supervisor, f.v2, {{"assignee_id", f.patrol_a.user_id}})
              .error()
              .field == "assignee_id");
    REQUIRE(admin_service.set_disabled(f.supervisor, f.patrol_b.user_id, true).ok());
    CHECK(f.sup.update_follow_up(f.supervisor, f.v2, {{"status", "done"}}).ok());

    // Who may: not oneself, not an admin's account for a supervisor, not
    // another unit's, not a patrol.
    CHECK(admin_service.set_disabled(f.supervisor, f.supervisor.user_id, true).error().code ==
          "forbidden");
    CHECK(admin_service.set_disabled(f.supervisor, admin.user_id, true).error().code ==
          "forbidden");
    CHECK(admin_service.set_disabled(f.supervisor, f.stranger.user_id, true).error().code ==
          "not_found");
    CHECK(admin_service.set_disabled(f.patrol_b, f.patrol_a.user_id, false).error().code ==
          "forbidden");
    CHECK(admin_service.set_disabled(admin, f.stranger.user_id, true).ok());

    REQUIRE(admin_service.set_disabled(f.supervisor, f.patrol_a.user_id, false).ok());
    CHECK(f.last_audit().entry.action == "user.enable");
    CHECK(f.auth.login(LoginInput{"alice", "motdepasse-alice", f.id(), "Tablette", "::1"}).ok());
    CHECK(f.audit.verify().ok);
}

TEST_CASE("the unit list is for admins") {
    Seeded f;
    AdminService admin_service(*f.store, f.auth, f.audit);
    const Principal admin = f.principal(f.add_user("BTA-LIFFRE", "root", Role::admin));
    auto units = admin_service.units(admin, {});
    REQUIRE(units.ok());
    REQUIRE(units->at("items").size() == 2);
    CHECK(units->at("items")[0]["code"] == "BTA-CESSON");
    CHECK(units->at("items")[0]["users"] == 3);
    CHECK(units->at("items")[1]["code"] == "BTA-LIFFRE");
    CHECK(units->at("items")[1]["name"] == "Brigade de Liffré");
    CHECK(units->at("items")[1]["users"] == 2);
    CHECK(units->at("items")[0]["signed_in_devices"] == 0);
    CHECK(f.last_audit().entry.action == "units.list");
    // A tablet signs in: counted until the idle timeout ends its session.
    REQUIRE(f.auth.login(LoginInput{"alice", "motdepasse-alice", f.id(), "Tablette", "::1"}).ok());
    CHECK(admin_service.units(admin, {})->at("items")[0]["signed_in_devices"] == 1);
    f.clock.advance(14 * kDay + 1000);
    CHECK(admin_service.units(admin, {})->at("items")[0]["signed_in_devices"] == 0);
    CHECK(admin_service.units(f.supervisor, {}).error().code == "forbidden");
    CHECK(admin_service.units(f.patrol_a, {}).error().code == "forbidden");
    CHECK(admin_service.units(admin, {{"unit", "BTA-CESSON"}}).error().code == "invalid_value");
}

TEST_CASE("an admin reads no records: every record route refuses it") {
    Seeded f;
    const Principal admin = f.principal(f.add_user("BTA-CESSON", "root", Role::admin));
    CHECK(f.sup.visits(admin, {}).error().code == "forbidden");
    CHECK(f.sup.contacts(admin, {}).error().code == "forbidden");
    CHECK(f.sup.patrols(admin, {}).error().code == "forbidden");
    CHECK(f.sup.contacts_to_maintain(admin, {}).error().code == "forbidden");
    CHECK(f.sup.stats(admin, {}).error().code == "forbidden");
    CHECK(f.sup.conflicts(admin, {}).error().code == "forbidden");
}
