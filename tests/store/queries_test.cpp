#include "ronde/store/geo.hpp"
#include "store_support.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace ronde;
using namespace ronde::store;
using namespace ronde::store::test;

namespace {

constexpr double kLat = 48.1173;  // Rennes, place de la Mairie
constexpr double kLon = -1.6778;
constexpr double kMetresPerDegLat = 111'195.0;

Contact at_offset(const std::string& name, double north_m, double east_m) {
    Contact c = sample_contact(name, "");
    c.position = GeoPoint{kLat + north_m / kMetresPerDegLat,
                          kLon + east_m / (kMetresPerDegLat * std::cos(kLat * 3.14159265 / 180))};
    return c;
}

std::vector<std::string> organisations(const std::vector<StoredContact>& list) {
    std::vector<std::string> out;
    for (const auto& c : list) {
        out.push_back(c.record.organisation);
    }
    return out;
}

Timestamp iso(const char* text) {
    return parse_timestamp(text).value();
}

}  // namespace

TEST_CASE("nearby contacts are the live ones within the radius, nearest first") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    REQUIRE(store->save_contact(std::nullopt, at_offset("Deux kilomètres", 0, 2000)));
    REQUIRE(store->save_contact(std::nullopt, at_offset("Cinq cents mètres", -500, 0)));
    REQUIRE(store->save_contact(std::nullopt, at_offset("Cent mètres", 60, 80)));
    const std::string gone =
        store->save_contact(std::nullopt, at_offset("Supprimé", 10, 0)).value();
    REQUIRE_FALSE(store->delete_contact(gone));
    Contact nowhere = sample_contact("Sans position", "");
    nowhere.position.reset();
    REQUIRE(store->save_contact(std::nullopt, nowhere));

    auto near = store->nearby_contacts(kLat, kLon, 1000, 10).value();
    REQUIRE(near.size() == 2);
    CHECK(near[0].contact.record.organisation == "Cent mètres");
    CHECK(near[0].distance_m == Approx(100).margin(1));
    CHECK(near[1].contact.record.organisation == "Cinq cents mètres");
    CHECK(near[1].distance_m == Approx(500).margin(2));

    CHECK(store->nearby_contacts(kLat, kLon, 5000, 10).value().size() == 3);
    auto one = store->nearby_contacts(kLat, kLon, 5000, 1).value();
    REQUIRE(one.size() == 1);
    CHECK(one[0].contact.record.organisation == "Cent mètres");
    CHECK(store->nearby_contacts(kLat, kLon, 50, 10).value().empty());
}

TEST_CASE("nearby works across the antimeridian") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    Contact east = sample_contact("Fidji est", "");
    east.position = GeoPoint{-17.0, 179.999};
    Contact west = sample_contact("Fidji ouest", "");
    west.position = GeoPoint{-17.0, -179.999};
    REQUIRE(store->save_contact(std::nullopt, east));
    REQUIRE(store->save_contact(std::nullopt, west));
    CHECK(store->nearby_contacts(-17.0, 179.9995, 1000, 10).value().size() == 2);
    CHECK(store->nearby_contacts(-17.0, -179.9995, 1000, 10).value().size() == 2);
}

TEST_CASE("search ignores case and French accents, over names, address and commune") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    REQUIRE(store->save_contact(std::nullopt,
                                sample_contact("Boulangerie du Centre", "Élodie Lefèvre")));
    Contact school = sample_contact("École Jules Ferry", "Noël Œillet");
    school.category = ContactCategory::education;
    school.commune = "Saint-Grégoire";
    REQUIRE(store->save_contact(std::nullopt, school));
    Contact mayor = sample_contact("Mairie", "Françoise Garçon");
    mayor.address = "Place de l'Hôtel de Ville";
    mayor.commune = "Rennes";
    REQUIRE(store->save_contact(std::nullopt, mayor));

    CHECK(organisations(store->search_contacts("lefevre").value()) ==
          std::vector<std::string>{"Boulangerie du Centre"});
    CHECK(organisations(store->search_contacts("ECOLE").value()) ==
          std::vector<std::string>{"École Jules Ferry"});
    CHECK(organisations(store->search_contacts("oeillet").value()) ==
          std::vector<std::string>{"École Jules Ferry"});
    CHECK(organisations(store->search_contacts("grégoire").value()) ==
          std::vector<std::string>{"École Jules Ferry"});
    CHECK(organisations(store->search_contacts("hotel de ville").value()) ==
          std::vector<std::string>{"Mairie"});
    CHECK(organisations(store->search_contacts("ÉLODIE  boulangerie").value()) ==
          std::vector<std::string>{"Boulangerie du Centre"});
    CHECK(store->search_contacts("garcon").value().size() == 1);
    CHECK(store->search_contacts("%").value().empty());
    CHECK(store->search_contacts("_").value().empty());
    CHECK(store->search_contacts("lefevre pharmacie").value().empty());

    // Everything, by name, page by page.
    CHECK(organisations(store->search_contacts("").value()) ==
          std::vector<std::string>{"Boulangerie du Centre", "École Jules Ferry", "Mairie"});
    CHECK(organisations(store->search_contacts("", Page{2, 1}).value()) ==
          std::vector<std::string>{"École Jules Ferry", "Mairie"});
    CHECK(organisations(store->search_contacts("", Page{2, 2}).value()) ==
          std::vector<std::string>{"Mairie"});
}

TEST_CASE("the visits of a day follow the local calendar day") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    for (const char* when : {"2026-11-25T22:59:59.999Z", "2026-11-25T23:30:00.000Z",
                             "2026-11-26T10:00:00.000Z", "2026-11-26T23:00:00.000Z"}) {
        Visit v = sample_visit();
        v.occurred_at = iso(when);
        v.place_label = when;
        REQUIRE(store->save_visit(std::nullopt, v));
    }
    const auto paris = std::chrono::minutes(60);
    const Date day = parse_date("2026-11-26").value();
    auto visits = store->visits_of_day(day, paris).value();
    REQUIRE(visits.size() == 2);
    CHECK(visits[0].record.place_label == "2026-11-25T23:30:00.000Z");
    CHECK(visits[1].record.place_label == "2026-11-26T10:00:00.000Z");
    CHECK(store->visits_of_day(day, std::chrono::minutes(0)).value().size() == 2);  // 10:00, 23:00
    CHECK(store->visits_of_day(day, paris, Page{1, 1}).value().size() == 1);

    auto today = store->todays_visits(paris).value();  // the clock says 26 Nov, 10:00 in Paris
    CHECK(today.size() == 2);
    clock.advance(14 * 3600'000);  // 27 Nov, 00:00 in Paris
    today = store->todays_visits(paris).value();
    REQUIRE(today.size() == 1);
    CHECK(today[0].record.place_label == "2026-11-26T23:00:00.000Z");
}

TEST_CASE("a contact's history is newest first, and gives the last visit") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string id = store->save_contact(std::nullopt, sample_contact()).value();
    const std::string other = store->save_contact(std::nullopt, sample_contact("Autre")).value();
    CHECK_FALSE(store->last_visit(id).value());
    for (const char* when :
         {"2026-10-01T10:00:00.000Z", "2026-11-20T10:00:00.000Z", "2026-11-01T10:00:00.000Z"}) {
        Visit v = sample_visit(id);
        v.occurred_at = iso(when);
        REQUIRE(store->save_visit(std::nullopt, v));
    }
    REQUIRE(store->save_visit(std::nullopt, sample_visit(other)));
    const std::string removed = store->save_visit(std::nullopt, sample_visit(id)).value();
    REQUIRE_FALSE(store->delete_visit(removed));

    auto history = store->contact_history(id).value();
    REQUIRE(history.size() == 3);
    CHECK(history[0].record.occurred_at == iso("2026-11-20T10:00:00.000Z"));
    CHECK(history[1].record.occurred_at == iso("2026-11-01T10:00:00.000Z"));
    CHECK(history[2].record.occurred_at == iso("2026-10-01T10:00:00.000Z"));
    CHECK(store->contact_history(id, Page{1, 2}).value().size() == 1);
    auto last = store->last_visit(id).value();
    REQUIRE(last);
    CHECK(last->record.occurred_at == iso("2026-11-20T10:00:00.000Z"));
}

TEST_CASE("open follow-ups assigned to me, due first") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    auto follow_up = [&](const std::string& summary, const std::string& assignee,
                         std::optional<const char*> due) {
        Visit v = sample_visit();
        v.follow_up.needed = true;
        v.follow_up.summary = summary;
        v.follow_up.assignee_id = assignee;
        if (due) {
            v.follow_up.due_date = parse_date(*due).value();
        }
        return store->save_visit(std::nullopt, v).value();
    };
    follow_up("sans échéance", kMe.user_id, std::nullopt);
    follow_up("plus tard", kMe.user_id, "2026-12-20");
    follow_up("bientôt", kMe.user_id, "2026-12-01");
    follow_up("pour un collègue", kColleague, "2026-11-30");
    const std::string done = follow_up("réglé", kMe.user_id, "2026-11-28");
    REQUIRE(store->save_visit(std::nullopt, sample_visit()));
    REQUIRE_FALSE(store->close_follow_up(done));

    auto mine = store->open_follow_ups_assigned_to(kMe.user_id).value();
    std::vector<std::string> summaries;
    for (const auto& v : mine) {
        summaries.push_back(v.record.follow_up.summary);
    }
    CHECK(summaries == std::vector<std::string>{"bientôt", "plus tard", "sans échéance"});
    CHECK(store->open_follow_ups_assigned_to(kColleague).value().size() == 1);
    CHECK(store->open_follow_ups_assigned_to(kMe.user_id, Page{1, 0}).value().size() == 1);
}

TEST_CASE("open follow-ups near me: the unit's, any assignee, nearest first") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string far_shop =
        store->save_contact(std::nullopt, at_offset("Loin", 0, 3000)).value();
    const std::string near_shop =
        store->save_contact(std::nullopt, at_offset("Près", 0, 200)).value();
    auto follow_up = [&](const std::string& summary, const std::string& contact,
                         const std::string& assignee, std::optional<double> north_m,
                         std::optional<const char*> due = std::nullopt) {
        Visit v = sample_visit(contact);
        if (north_m) {
            v.position =
                VisitPosition{kLat + *north_m / kMetresPerDegLat, kLon, 5.0, PositionSource::gps};
        }
        v.follow_up.needed = true;
        v.follow_up.summary = summary;
        v.follow_up.assignee_id = assignee;
        if (due) {
            v.follow_up.due_date = parse_date(*due).value();
        }
        return store->save_visit(std::nullopt, v).value();
    };
    // The visit's own position first, else its contact's.
    follow_up("chez le voisin lointain", far_shop, kColleague, std::nullopt);
    follow_up("à cent mètres", far_shop, kMe.user_id, 100.0);
    follow_up("au commerce proche", near_shop, "", std::nullopt);
    follow_up("sans lieu, bientôt", "", kColleague, std::nullopt, "2026-12-01");
    follow_up("sans lieu, sans échéance", "", "", std::nullopt);
    const std::string done = follow_up("réglé", "", kMe.user_id, 10.0);
    REQUIRE_FALSE(store->close_follow_up(done));
    const std::string removed = follow_up("supprimé", "", kMe.user_id, 20.0);
    REQUIRE_FALSE(store->delete_visit(removed));
    REQUIRE(store->save_visit(std::nullopt, sample_visit(near_shop)));  // no follow-up

    auto near = store->open_follow_ups_near(kLat, kLon).value();
    std::vector<std::string> summaries;
    for (const auto& f : near) {
        summaries.push_back(f.visit.record.follow_up.summary);
    }
    CHECK(summaries == std::vector<std::string>{"à cent mètres", "au commerce proche",
                                                "chez le voisin lointain", "sans lieu, bientôt",
                                                "sans lieu, sans échéance"});
    REQUIRE(near.size() == 5);
    CHECK(near[0].distance_m.value() == Approx(100).margin(1));
    CHECK(near[1].distance_m.value() == Approx(200).margin(2));
    CHECK(near[2].distance_m.value() == Approx(3000).margin(20));
    CHECK_FALSE(near[3].distance_m);

    auto second_page = store->open_follow_ups_near(kLat, kLon, Page{2, 1}).value();
    REQUIRE(second_page.size() == 2);
    CHECK(second_page[0].visit.record.follow_up.summary == "au commerce proche");
    // Without a position: none has a distance, due date first.
    auto nowhere = store->open_follow_ups_near(std::nan(""), std::nan("")).value();
    REQUIRE(nowhere.size() == 5);
    CHECK_FALSE(nowhere[0].distance_m);
    CHECK(nowhere[0].visit.record.follow_up.summary == "sans lieu, bientôt");
}

TEST_CASE("nearby contacts come with their last visit") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string seen = store->save_contact(std::nullopt, at_offset("Vu", 0, 50)).value();
    REQUIRE(store->save_contact(std::nullopt, at_offset("Jamais vu", 0, 80)));
    for (const char* when : {"2026-10-01T10:00:00.000Z", "2026-11-20T10:00:00.000Z"}) {
        Visit v = sample_visit(seen);
        v.occurred_at = iso(when);
        REQUIRE(store->save_visit(std::nullopt, v));
    }
    Visit later = sample_visit(seen);
    later.occurred_at = iso("2026-11-25T10:00:00.000Z");
    REQUIRE_FALSE(store->delete_visit(store->save_visit(std::nullopt, later).value()));

    auto near = store->nearby_contacts(kLat, kLon, 1000, 10).value();
    REQUIRE(near.size() == 2);
    REQUIRE(near[0].last_visit_at);
    CHECK(*near[0].last_visit_at == iso("2026-11-20T10:00:00.000Z"));
    CHECK_FALSE(near[1].last_visit_at);
}

TEST_CASE("a patrol summary counts visits by topic and measures the track") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    Patrol p;
    p.mode = PatrolMode::foot;
    p.track = {TrackPoint{kLat, kLon, at(kStartMs)},
               TrackPoint{kLat + 300 / kMetresPerDegLat, kLon, at(kStartMs + 60'000)},
               TrackPoint{kLat + 700 / kMetresPerDegLat, kLon, at(kStartMs + 120'000)}};
    const std::string id = store->start_patrol(p).value();
    const std::string without_track = store->start_patrol(Patrol{}).value();

    Visit a = sample_visit({}, id);  // shoplifting, incivility
    Visit b = sample_visit({}, id);
    b.topics = {Topic::shoplifting};
    b.follow_up.needed = true;
    b.follow_up.summary = "Revoir le gérant";
    Visit c = sample_visit({}, id);
    c.topics = {Topic::drugs};
    REQUIRE(store->save_visit(std::nullopt, a));
    REQUIRE(store->save_visit(std::nullopt, b));
    const std::string removed = store->save_visit(std::nullopt, c).value();
    REQUIRE_FALSE(store->delete_visit(removed));
    REQUIRE(store->save_visit(std::nullopt, sample_visit()));  // no patrol

    clock.advance(45 * 60'000);
    auto running = store->patrol_summary(id).value();
    REQUIRE(running);
    CHECK(running->duration == std::chrono::minutes(45));
    REQUIRE_FALSE(store->end_patrol(id, at(kStartMs + 2 * 3600'000)));

    auto s = store->patrol_summary(id).value();
    REQUIRE(s);
    CHECK(s->visit_count == 2);
    CHECK(s->follow_up_count == 1);
    REQUIRE(s->topics.size() == 2);
    CHECK(s->topics[0].topic == Topic::shoplifting);
    CHECK(s->topics[0].count == 2);
    CHECK(s->topics[1].topic == Topic::incivility);
    CHECK(s->topics[1].count == 1);
    REQUIRE(s->actions.size() == 1);
    CHECK(s->actions[0].count == 2);
    CHECK(s->duration == std::chrono::hours(2));
    REQUIRE(s->distance_m);
    CHECK(*s->distance_m == Approx(700).margin(2));

    auto bare = store->patrol_summary(without_track).value();
    REQUIRE(bare);
    CHECK(bare->visit_count == 0);
    CHECK_FALSE(bare->distance_m);
    CHECK_FALSE(store->patrol_summary("01a1fd98-03c0-7cca-b5b4-e44e60a2c1ae").value());
}
