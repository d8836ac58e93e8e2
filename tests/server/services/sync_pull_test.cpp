// SyncService::pull: sequence, paging, limits and the scope of each role.
#include "service_fixture.hpp"

#include <set>

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

namespace {

std::set<std::string> ids_of(const PullResponse& r) {
    std::set<std::string> out;
    for (const auto& c : r.changes) {
        out.insert(c.change.id);
    }
    return out;
}

}  // namespace

TEST_CASE("a pull returns the changes after the cursor in sequence order") {
    Fixture f;
    std::vector<Json> changes;
    for (int i = 0; i < 5; ++i) {
        changes.push_back(Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a, i),
                                          Fixture::contact_data("Commerce " + std::to_string(i))));
    }
    f.push(f.patrol_a, changes);
    auto all = f.sync.pull(f.supervisor, 0, 100);
    REQUIRE(all.ok());
    REQUIRE(all->changes.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(all->changes[i].seq == static_cast<std::int64_t>(i + 1));
        CHECK(all->changes[i].change.id == changes[i]["id"]);
        CHECK(all->changes[i].change.data["organisation"] == "Commerce " + std::to_string(i));
    }
    CHECK(all->next_since == 5);
    CHECK_FALSE(all->has_more);

    auto rest = f.sync.pull(f.supervisor, 3, 100);
    REQUIRE(rest->changes.size() == 2);
    CHECK(rest->changes[0].seq == 4);

    auto nothing = f.sync.pull(f.supervisor, 5, 100);
    CHECK(nothing->changes.empty());
    CHECK(nothing->next_since == 5);
    CHECK_FALSE(nothing->has_more);
    CHECK(f.sync.counters().changes_pulled == 7);
}

TEST_CASE("a pull pages with next_since and has_more, and clamps the limit") {
    Fixture f;  // default limit 20, max 50
    std::vector<Json> changes;
    for (int i = 0; i < 120; ++i) {
        changes.push_back(Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a, i),
                                          Fixture::contact_data("Commerce " + std::to_string(i))));
    }
    f.push(f.patrol_a, changes);

    auto first = f.sync.pull(f.supervisor, 0, 10);
    REQUIRE(first->changes.size() == 10);
    CHECK(first->has_more);
    CHECK(first->next_since == 10);

    CHECK(f.sync.pull(f.supervisor, 0, 0).error().code == "out_of_range");

    auto clamped = f.sync.pull(f.supervisor, 0, 100000);
    CHECK(clamped->changes.size() == 50);
    CHECK(clamped->has_more);

    auto last = f.sync.pull(f.supervisor, 100, 20);
    CHECK(last->changes.size() == 20);
    CHECK_FALSE(last->has_more);
    CHECK(last->next_since == 120);

    CHECK(f.pull_all(f.supervisor).changes.size() == 120);
    CHECK(f.sync.pull(f.supervisor, -1, 10).error().code == "out_of_range");
}

TEST_CASE("a pull never shows another unit's records") {
    Fixture f;
    f.push(f.patrol_a, {Fixture::change(Entity::contact, f.id(), f.hlc(f.patrol_a),
                                        Fixture::contact_data("Cesson"))});
    CHECK(f.pull_all(f.stranger).changes.empty());
    Principal foreign_supervisor = f.stranger;
    foreign_supervisor.role = Role::supervisor;
    CHECK(f.pull_all(foreign_supervisor).changes.empty());
}

TEST_CASE("a patrol pulls contacts, recent visits, open follow-ups and its recent patrols") {
    Fixture f;  // now 2026-11-26, window 90 days
    const std::string contact = f.id();
    const std::string recent_visit = f.id();
    const std::string old_visit = f.id();
    const std::string old_open_visit = f.id();
    const std::string old_closed_visit = f.id();
    const std::string recent_patrol = f.id();
    const std::string old_patrol_of_b = f.id();
    const std::string old_patrol_of_a = f.id();
    const std::string deleted_old_visit = f.id();
    const std::string recent_patrol_without_a = f.id();

    Json with_member = Fixture::patrol_data("2026-11-20T08:00:00.000Z");
    with_member["members"] = Json::array({f.patrol_b.user_id, f.patrol_a.user_id});
    Json open = Fixture::visit_data("2026-06-01T09:00:00.000Z", "ouvert");
    open["follow_up"] = Fixture::open_follow_up(f.patrol_a.user_id);
    Json closed = Fixture::visit_data("2026-06-01T09:00:00.000Z", "clos");
    closed["follow_up"] = Fixture::closed_follow_up(f.patrol_a.user_id, f.supervisor.user_id,
                                                    "2026-06-02T09:00:00.000Z");
    f.push(f.patrol_b,
           {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_b),
                            Fixture::contact_data("Mairie")),
            Fixture::change(Entity::visit, recent_visit, f.hlc(f.patrol_b, 1),
                            Fixture::visit_data("2026-11-20T09:00:00.000Z", "récente")),
            Fixture::change(Entity::visit, old_visit, f.hlc(f.patrol_b, 2),
                            Fixture::visit_data("2026-06-01T09:00:00.000Z", "ancienne")),
            Fixture::change(Entity::visit, old_open_visit, f.hlc(f.patrol_b, 3), open),
            Fixture::change(Entity::visit, old_closed_visit, f.hlc(f.patrol_b, 4), closed),
            Fixture::change(Entity::patrol, recent_patrol, f.hlc(f.patrol_b, 5), with_member),
            Fixture::change(Entity::patrol, old_patrol_of_b, f.hlc(f.patrol_b, 6),
                            Fixture::patrol_data("2026-05-01T08:00:00.000Z")),
            Fixture::change(Entity::visit, deleted_old_visit, f.hlc(f.patrol_b, 7),
                            Fixture::visit_data("2026-06-01T09:00:00.000Z", "à supprimer"))});
    f.push(f.patrol_b,
           {Fixture::change(Entity::patrol, recent_patrol_without_a, f.hlc(f.patrol_b, 10),
                            Fixture::patrol_data("2026-11-21T08:00:00.000Z"))});
    f.push(f.patrol_a, {Fixture::change(Entity::patrol, old_patrol_of_a, f.hlc(f.patrol_a, 8),
                                        Fixture::patrol_data("2026-05-01T08:00:00.000Z"))});
    f.push(f.patrol_b, {Fixture::change(Entity::visit, deleted_old_visit, f.hlc(f.patrol_b, 9),
                                        Json::object(), true)});

    const auto patrol_view = ids_of(f.pull_all(f.patrol_a));
    // Not: the old visit, the old closed follow-up, old patrols (even its own).
    CHECK(patrol_view == std::set<std::string>{contact, recent_visit, old_open_visit, recent_patrol,
                                               deleted_old_visit});

    const auto supervisor_view = ids_of(f.pull_all(f.supervisor));
    CHECK(supervisor_view.size() == 10);
}

TEST_CASE("deleted records are pulled as tombstones without data") {
    Fixture f;
    const std::string contact = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                        Fixture::contact_data("Boucherie"))});
    f.push(f.patrol_a,
           {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a, 1), Json::object(), true)});
    auto r = f.pull_all(f.patrol_b);
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes[0].seq == 2);
    CHECK(r.changes[0].change.deleted);
    CHECK(r.changes[0].change.hlc == f.hlc(f.patrol_a, 1));
    CHECK(r.changes[0].change.data == Json::object());
}

TEST_CASE("a pulled contact is the whole merged record") {
    Fixture f;
    const std::string contact = f.id();
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                        Fixture::contact_data("Cordonnerie"))});
    f.push(f.patrol_b, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_b, 5),
                                        Json{{"notes", "Clé minute aussi."}})});
    auto r = f.pull_all(f.supervisor);
    REQUIRE(r.changes.size() == 1);
    const Json& data = r.changes[0].change.data;
    CHECK(data["organisation"] == "Cordonnerie");
    CHECK(data["position"]["lat"] == 48.12483);
    CHECK(data["notes"] == "Clé minute aussi.");
    CHECK(r.changes[0].change.hlc == f.hlc(f.patrol_b, 5));
    CHECK(decode_contact(data).ok());
}

TEST_CASE("pull_text is the encoded pull answer, byte for byte") {
    Fixture f;
    const std::string contact = f.id();
    Json visit = Fixture::visit_data("2026-11-26T09:15:00.000Z", "Note \"entre guillemets\" é");
    f.push(f.patrol_a, {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a),
                                        Fixture::contact_data("Boulangerie")),
                        Fixture::change(Entity::visit, f.id(), f.hlc(f.patrol_a, 1), visit),
                        Fixture::change(Entity::patrol, f.id(), f.hlc(f.patrol_a, 2),
                                        Fixture::patrol_data("2026-11-26T08:00:00.000Z"))});
    f.push(f.patrol_a,
           {Fixture::change(Entity::contact, contact, f.hlc(f.patrol_a, 3), Json::object(), true)});
    for (int limit : {1, 2, 10}) {
        auto text = f.sync.pull_text(f.supervisor, 0, limit);
        auto value = f.sync.pull(f.supervisor, 0, limit);
        REQUIRE(text.ok());
        REQUIRE(value.ok());
        CHECK(text.value() == encode(value.value()).dump());
    }
    CHECK(f.sync.pull_text(f.supervisor, 0, 0).error().code == "out_of_range");
}
