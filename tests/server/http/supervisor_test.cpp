// The supervisor routes over real HTTP: role rules (403 for a patrol token
// on every supervisor route, 404 for another unit's ids), follow-ups and
// conflict resolutions reaching devices on pull, team and devices, the
// audit journal of every call, and `audit verify` on the file edited
// behind the server's back.
#include "fixture.hpp"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <set>
#include <vector>

using namespace ronde::test;

namespace {

const Account kOtherSupervisor{"cdt.riou", "Commandant 29 Quimper", "supervisor"};

struct Supervised : ServerFixture {
    DeviceSession patrol;
    DeviceSession patrol2;
    DeviceSession chief;
    DeviceSession other_patrol;
    DeviceSession other_chief;

    Supervised() : ServerFixture(true) {
        add_user(db, "BTA-29-QUIMPER", kOtherSupervisor);
        start({"--login-attempts", "1000"});
        const HttpClient c = client();
        patrol = login(c, kPatrol.username, kPatrol.password);
        patrol2 = login(c, kPatrol2.username, kPatrol2.password);
        chief = login(c, kSupervisor.username, kSupervisor.password);
        other_patrol = login(c, kOtherUnitPatrol.username, kOtherUnitPatrol.password);
        other_chief = login(c, kOtherSupervisor.username, kOtherSupervisor.password);
        setup_entries = static_cast<std::int64_t>(all_audit_actions().size());
    }

    // Entries journaled by the set-up's command-line changes (units, users).
    std::int64_t setup_entries = 0;

    json push(const DeviceSession& who, const std::vector<json>& changes) const {
        const HttpReply r =
            client().post_json("/api/v1/sync/push", push_body(changes).dump(), who.token);
        REQUIRE(r.status == 200);
        const json j = json::parse(r.body);
        for (const auto& result : j.at("results")) {
            REQUIRE(result.at("outcome") == "applied");
        }
        return j;
    }

    json get_ok(const std::string& target, const DeviceSession& who) const {
        const HttpReply r = client().get(target, who.token);
        INFO(target << " -> " << r.status << " " << r.body);
        REQUIRE(r.status == 200);
        return json::parse(r.body);
    }

    // The actions journaled since the set-up, oldest first, read from the file.
    std::vector<std::string> audit_actions() const {
        auto all = all_audit_actions();
        all.erase(all.begin(), all.begin() + setup_entries);
        return all;
    }

    std::vector<std::string> all_audit_actions() const {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(handle, "SELECT action FROM audit_log ORDER BY seq", -1, &stmt,
                                   nullptr) == SQLITE_OK);
        std::vector<std::string> out;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
        sqlite3_close(handle);
        return out;
    }

    std::string last_action() const {
        const auto all = audit_actions();
        return all.empty() ? std::string() : all.back();
    }
};

json visit_with_follow_up(const std::string& id, const std::string& assignee) {
    json c = visit_change(id, "Bruit nocturne derrière la boutique");
    c["data"]["follow_up"] = {{"needed", true},
                              {"summary", "Passages de nuit"},
                              {"assignee_id", assignee},
                              {"status", "open"}};
    return c;
}

json find_change(const std::vector<json>& changes, const std::string& id) {
    for (const auto& c : changes) {
        if (c.at("id") == id) {
            return c;
        }
    }
    return nullptr;
}

std::string hlc_at(std::int64_t wall_ms, std::uint64_t node) {
    ronde::HlcStamp s;
    s.wall_ms = wall_ms;
    s.node = node;
    return s.to_string();
}

}  // namespace

TEST_CASE("a patrol token gets 403 on every supervisor route") {
    Supervised f;
    const HttpClient c = f.client();
    const std::string visit = new_id();
    f.push(f.patrol, {visit_change(visit, "Visite")});
    const std::vector<std::string> gets = {"/api/v1/stats",
                                           "/api/v1/contacts/to-maintain?days=30",
                                           "/api/v1/conflicts",
                                           "/api/v1/admin/devices",
                                           "/api/v1/admin/users",
                                           "/api/v1/admin/units",
                                           "/api/v1/communes",
                                           "/api/v1/export/visits.csv",
                                           "/api/v1/export/visits.geojson",
                                           "/api/v1/export/contacts.geojson"};
    for (const auto& target : gets) {
        const HttpReply r = c.get(target, f.patrol.token);
        INFO(target << " " << r.body);
        CHECK(r.status == 403);
        CHECK(error_code(r) == "forbidden");
    }
    const std::vector<std::pair<std::string, json>> posts = {
        {"/api/v1/visits/" + visit + "/follow-up", {{"status", "done"}}},
        {"/api/v1/conflicts/1/resolve", {{"choose", "kept"}}},
        {"/api/v1/admin/users",
         {{"username", "x"}, {"display_name", "X"}, {"role", "patrol"}, {"password", "12345678"}}},
        {"/api/v1/admin/users/" + f.patrol2.user_id + "/password", {{"password", "12345678"}}},
        {"/api/v1/admin/devices/" + f.patrol2.device_id + "/revoke", json::object()},
        {"/api/v1/admin/users/" + f.patrol2.user_id + "/disable", json::object()},
        {"/api/v1/admin/users/" + f.patrol2.user_id + "/enable", json::object()},
        {"/api/v1/admin/units", {{"code", "BTA-22"}, {"name", "Brigade"}}},
    };
    for (const auto& [target, body] : posts) {
        const HttpReply r = c.post_json(target, body.dump(), f.patrol.token);
        INFO(target << " " << r.body);
        CHECK(r.status == 403);
        CHECK(error_code(r) == "forbidden");
    }
    // Refused before the body is read: a body that would be refused (415)
    // still gets 403.
    const std::vector<std::string> raw_targets = {
        "/api/v1/admin/devices/" + f.patrol2.device_id + "/revoke", "/api/v1/admin/users"};
    for (const std::string& target : raw_targets) {
        const HttpReply r = c.request(
            "POST", target, "x",
            {{"Authorization", "Bearer " + f.patrol.token}, {"Content-Type", "text/plain"}});
        INFO(target << " " << r.body);
        CHECK(r.status == 403);
    }
    // Lists answer a patrol within its own scope (DESIGN §5).
    CHECK(f.get_ok("/api/v1/visits", f.patrol)["items"].size() == 1);
    CHECK(f.get_ok("/api/v1/patrols", f.patrol)["items"].empty());
    CHECK(f.get_ok("/api/v1/contacts", f.patrol)["items"].empty());
    // Without a token: 401, like every other route.
    CHECK(c.get("/api/v1/stats").status == 401);
    CHECK(c.get("/api/v1/visits").status == 401);
}

TEST_CASE("the supervisor routes answer within the unit and 404 for another unit's ids") {
    Supervised f;
    const HttpClient c = f.client();
    const std::string visit = new_id();
    f.push(f.patrol, {visit_with_follow_up(visit, f.patrol2.user_id)});
    const std::string other_visit = new_id();
    f.push(f.other_patrol, {visit_change(other_visit, "Autre brigade")});

    const json mine = f.get_ok("/api/v1/visits", f.chief);
    REQUIRE(mine["items"].size() == 1);
    CHECK(mine["items"][0]["id"] == visit);
    const json theirs = f.get_ok("/api/v1/visits", f.other_chief);
    REQUIRE(theirs["items"].size() == 1);
    CHECK(theirs["items"][0]["id"] == other_visit);

    const auto status_of = [&](const std::string& target, const json& body) {
        const HttpReply r = c.post_json(target, body.dump(), f.other_chief.token);
        INFO(target << " " << r.body);
        CHECK(error_code(r) == "not_found");
        return r.status;
    };
    CHECK(status_of("/api/v1/visits/" + visit + "/follow-up", {{"status", "done"}}) == 404);
    CHECK(status_of("/api/v1/admin/devices/" + f.patrol.device_id + "/revoke", json::object()) ==
          404);
    CHECK(status_of("/api/v1/admin/users/" + f.patrol.user_id + "/password",
                    {{"password", "Un autre mot de passe"}}) == 404);
    CHECK(status_of("/api/v1/conflicts/1/resolve", {{"choose", "kept"}}) == 404);
    CHECK(status_of("/api/v1/admin/users/" + f.patrol.user_id + "/disable", json::object()) == 404);
    // The patrol's device still works: nothing was revoked or disabled.
    CHECK(c.get("/api/v1/sync/pull?since=0", f.patrol.token).status == 200);
}

TEST_CASE("filters over HTTP: bad values are 400 or 422 with the parameter named") {
    Supervised f;
    const HttpClient c = f.client();
    const std::string contact = new_id();
    f.push(f.patrol, {contact_change(contact, "Boulangerie Au Fournil")});
    const std::string visit = new_id();
    json v = visit_change(visit, "Vol à l'étalage");
    v["data"]["contact_id"] = contact;
    f.push(f.patrol, {v});
    CHECK(f.get_ok("/api/v1/visits?commune=Cesson-S%C3%A9vign%C3%A9&topic=shoplifting",
                   f.chief)["items"]
              .size() == 1);
    CHECK(f.get_ok("/api/v1/visits?q=ETALAGE", f.chief)["items"].size() == 1);
    CHECK(f.get_ok("/api/v1/visits?topic=drugs", f.chief)["items"].empty());
    const json contacts = f.get_ok("/api/v1/contacts?category=shopkeeper", f.chief);
    REQUIRE(contacts["items"].size() == 1);
    CHECK(contacts["items"][0]["visit_count"] == 1);
    const json stats = f.get_ok("/api/v1/stats", f.chief);
    CHECK(stats["total"] == 1);
    CHECK(stats["by_topic"] == json{{"shoplifting", 1}});

    HttpReply r = c.get("/api/v1/visits?topic=bruit", f.chief.token);
    CHECK(r.status == 422);
    CHECK(json::parse(r.body)["error"]["details"]["field"] == "topic");
    r = c.get("/api/v1/visits?limit=abc", f.chief.token);
    CHECK(r.status == 400);
    CHECK(json::parse(r.body)["error"]["details"]["field"] == "limit");
    r = c.get("/api/v1/stats?from=2026-02-30", f.chief.token);
    CHECK(r.status == 422);
    CHECK(error_code(r) == "invalid_date");
    CHECK(c.request("POST", "/api/v1/visits", "{}", {{"Authorization", "Bearer " + f.chief.token}})
              .status == 405);
    CHECK(c.get("/api/v1/visits/" + visit, f.chief.token).status == 404);
}

TEST_CASE("a follow-up closed by the supervisor reaches the patrol's device on pull") {
    Supervised f;
    const HttpClient c = f.client();
    const std::string visit = new_id();
    f.push(f.patrol, {visit_with_follow_up(visit, f.patrol2.user_id)});
    const std::int64_t cursor = [&] {
        const HttpReply r = c.get("/api/v1/sync/pull?since=0", f.patrol.token);
        return json::parse(r.body).at("next_since").get<std::int64_t>();
    }();
    CHECK(f.get_ok("/api/v1/visits?follow_up=open", f.chief)["items"].size() == 1);

    HttpReply r = c.post_json("/api/v1/visits/" + visit + "/follow-up",
                              json{{"assignee_id", f.patrol.user_id}}.dump(), f.chief.token);
    INFO(r.body);
    REQUIRE(r.status == 200);
    r = c.post_json("/api/v1/visits/" + visit + "/follow-up", json{{"status", "done"}}.dump(),
                    f.chief.token);
    REQUIRE(r.status == 200);
    CHECK(f.last_action() == "follow_up.update");

    const std::vector<json> pulled = pull_all(c, f.patrol.token, cursor);
    const json change = find_change(pulled, visit);
    REQUIRE(change.is_object());
    CHECK(change["data"]["follow_up"]["status"] == "done");
    CHECK(change["data"]["follow_up"]["closed_by"] == f.chief.user_id);
    CHECK(change["data"]["follow_up"]["assignee_id"] == f.patrol.user_id);
    CHECK(change["data"]["author_id"] == f.patrol.user_id);
    CHECK(f.get_ok("/api/v1/visits?follow_up=done", f.chief)["items"].size() == 1);
}

TEST_CASE("a resolved conflict appears on pull") {
    Supervised f;
    const HttpClient c = f.client();
    const std::string contact = new_id();
    f.push(f.patrol, {contact_change(contact, "Tabac de la Gare")});
    const std::int64_t now = ronde::system_millis();
    // Two offline corrections of the phone: patrol2's, older, loses.
    json a = {{"entity", "contact"},
              {"id", contact},
              {"hlc", hlc_at(now + 2000, 0xa)},
              {"data", {{"phone", "02 99 00 00 01"}}}};
    json b = {{"entity", "contact"},
              {"id", contact},
              {"hlc", hlc_at(now + 1000, 0xb)},
              {"data", {{"phone", "02 99 00 00 02"}}}};
    f.push(f.patrol, {a});
    f.push(f.patrol2, {b});
    const json conflicts = f.get_ok("/api/v1/conflicts", f.chief);
    REQUIRE(conflicts["items"].size() == 1);
    CHECK(conflicts["items"][0]["lost"]["value"] == "02 99 00 00 02");
    CHECK(f.get_ok("/api/v1/conflicts", f.other_chief)["items"].empty());
    const std::string id = std::to_string(conflicts["items"][0]["id"].get<std::int64_t>());

    HttpReply r = c.post_json("/api/v1/conflicts/" + id + "/resolve",
                              json{{"choose", "lost"}}.dump(), f.chief.token);
    INFO(r.body);
    REQUIRE(r.status == 200);
    CHECK(f.last_action() == "conflict.resolve");
    const json change = find_change(pull_all(c, f.patrol.token), contact);
    REQUIRE(change.is_object());
    CHECK(change["data"]["phone"] == "02 99 00 00 02");
    r = c.post_json("/api/v1/conflicts/" + id + "/resolve", json{{"choose", "kept"}}.dump(),
                    f.chief.token);
    CHECK(r.status == 409);
    CHECK(error_code(r) == "already_resolved");
}

TEST_CASE("team and devices: create, reset a password, list devices and revoke one") {
    Supervised f;
    const HttpClient c = f.client();
    HttpReply r = c.post_json("/api/v1/admin/users",
                              json{{"username", "g.tanguy"},
                                   {"display_name", "Gendarme Léa Tanguy"},
                                   {"role", "patrol"},
                                   {"password", "Premier mot de passe"}}
                                  .dump(),
                              f.chief.token);
    INFO(r.body);
    REQUIRE(r.status == 201);
    const std::string user_id = json::parse(r.body)["id"];
    CHECK(f.last_action() == "user.create");
    CHECK(f.audit_actions().size() == 1);
    const DeviceSession lea = login(c, "g.tanguy", "Premier mot de passe");
    CHECK(lea.unit_id == f.chief.unit_id);
    // A supervisor creates no admin and nothing in another unit.
    r = c.post_json("/api/v1/admin/users",
                    json{{"username", "root2"},
                         {"display_name", "Root"},
                         {"role", "admin"},
                         {"password", "12345678910"}}
                        .dump(),
                    f.chief.token);
    CHECK(r.status == 403);
    r = c.post_json("/api/v1/admin/users",
                    json{{"username", "g.tanguy"},
                         {"display_name", "Doublon"},
                         {"role", "patrol"},
                         {"password", "12345678910"}}
                        .dump(),
                    f.chief.token);
    CHECK(r.status == 409);

    r = c.post_json("/api/v1/admin/users/" + user_id + "/password",
                    json{{"password", "Second mot de passe"}}.dump(), f.chief.token);
    REQUIRE(r.status == 200);
    CHECK(f.last_action() == "user.password_reset");
    CHECK(
        c.post_json("/api/v1/auth/login", json{{"username", "g.tanguy"},
                                               {"password", "Premier mot de passe"},
                                               {"device", {{"id", new_id()}, {"name", "Tablette"}}}}
                                              .dump())
            .status == 401);
    login(c, "g.tanguy", "Second mot de passe");

    f.push(f.patrol, {visit_change(new_id(), "Visite")});
    const json devices = f.get_ok("/api/v1/admin/devices", f.chief);
    CHECK(f.last_action() == "devices.list");
    bool seen = false;
    for (const auto& d : devices["items"]) {
        CHECK(d["user"]["username"] != kOtherUnitPatrol.username);
        if (d["id"] == f.patrol.device_id) {
            seen = true;
            CHECK(d["last_seen_at"].is_string());
            CHECK(d["last_push_at"].is_string());
            CHECK(d["revoked_at"].is_null());
            CHECK(d["user"]["username"] == kPatrol.username);
        }
    }
    CHECK(seen);

    r = c.post_json("/api/v1/admin/devices/" + f.patrol.device_id + "/revoke", "{}", f.chief.token);
    REQUIRE(r.status == 200);
    CHECK(f.last_action() == "device.revoke");
    r = c.get("/api/v1/sync/pull?since=0", f.patrol.token);
    CHECK(r.status == 401);
    CHECK(error_code(r) == "device_revoked");
    const json after = f.get_ok("/api/v1/admin/devices", f.chief);
    for (const auto& d : after["items"]) {
        if (d["id"] == f.patrol.device_id) {
            CHECK(d["revoked_at"].is_string());
        }
    }
}

TEST_CASE("a disabled account cannot sign in; its tablet asks to sign in again, unwiped") {
    Supervised f;
    const HttpClient c = f.client();
    HttpReply r =
        c.post_json("/api/v1/admin/users/" + f.patrol2.user_id + "/disable", "", f.chief.token);
    INFO(r.body);
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body)["user"]["disabled_at"].is_string());
    CHECK(f.last_action() == "user.disable");
    // Its token ends at once, as an unknown token: sign in again, keep data.
    r = c.get("/api/v1/sync/pull?since=0", f.patrol2.token);
    CHECK(r.status == 401);
    CHECK(error_code(r) == "unauthenticated");
    const auto login_status = [&](const std::string& password, const std::string& code) {
        const HttpReply l = c.post_json(
            "/api/v1/auth/login", json{{"username", kPatrol2.username},
                                       {"password", password},
                                       {"device", {{"id", f.patrol2.device_id}, {"name", "T"}}}}
                                      .dump());
        INFO(l.body);
        CHECK(error_code(l) == code);
        return l.status;
    };
    CHECK(login_status(kPatrol2.password, "account_disabled") == 403);
    CHECK(login_status("pas le bon mot de passe", "invalid_credentials") == 401);
    // Listed as disabled; the device is not revoked.
    for (const auto& u : f.get_ok("/api/v1/admin/users", f.chief)["items"]) {
        CHECK(u["disabled_at"].is_string() == (u["id"] == f.patrol2.user_id));
    }
    for (const auto& d : f.get_ok("/api/v1/admin/devices", f.chief)["items"]) {
        if (d["id"] == f.patrol2.device_id) {
            CHECK(d["revoked_at"].is_null());
            CHECK(d["signed_in"] == false);
        }
    }
    // A supervisor cannot disable themself; enabling gives the account back.
    r = c.post_json("/api/v1/admin/users/" + f.chief.user_id + "/disable", "{}", f.chief.token);
    CHECK(r.status == 403);
    r = c.post_json("/api/v1/admin/users/" + f.patrol2.user_id + "/enable", "{}", f.chief.token);
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body)["user"]["disabled_at"].is_null());
    CHECK(f.last_action() == "user.enable");
    login(c, kPatrol2.username, kPatrol2.password);
    CHECK(c.get("/api/v1/admin/users/" + f.patrol2.user_id + "/disable", f.chief.token).status ==
          405);
}

TEST_CASE("every supervisor consultation is journaled and audit verify names a tampered entry") {
    Supervised f;
    f.get_ok("/api/v1/visits?topic=drugs", f.chief);
    f.get_ok("/api/v1/contacts", f.chief);
    f.get_ok("/api/v1/contacts/to-maintain?days=30", f.chief);
    f.get_ok("/api/v1/patrols", f.chief);
    f.get_ok("/api/v1/stats?from=2026-01-01&to=2026-12-31", f.chief);
    f.get_ok("/api/v1/conflicts", f.chief);
    f.get_ok("/api/v1/visits", f.patrol);
    CHECK(f.audit_actions() ==
          std::vector<std::string>{"visits.list", "contacts.list", "contacts.to_maintain",
                                   "patrols.list", "stats.read", "conflicts.list", "visits.list"});
    // A refused call is not a consultation.
    CHECK(f.client().get("/api/v1/stats", f.patrol.token).status == 403);
    CHECK(f.audit_actions().size() == 7);

    CommandResult ok = run_ronde_server({"audit", "verify", "--db", f.db});
    CHECK(ok.exit_code == 0);
    CHECK(ok.output.find(std::to_string(f.setup_entries + 7) + " entries") != std::string::npos);

    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(f.db.c_str(), &handle) == SQLITE_OK);
    const std::string tamper =
        "DROP TRIGGER audit_log_no_update; "
        "UPDATE audit_log SET details = replace(details, 'drugs', 'burglary') "
        "WHERE details LIKE '%drugs%' AND seq = " +
        std::to_string(f.setup_entries + 1);
    REQUIRE(sqlite3_exec(handle, tamper.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_changes(handle) == 1);
    sqlite3_close(handle);
    CommandResult bad = run_ronde_server({"audit", "verify", "--db", f.db});
    CHECK(bad.exit_code == 1);
    CHECK(bad.output.find("entry " + std::to_string(f.setup_entries + 1)) != std::string::npos);
}

TEST_CASE("audit verify names a deleted entry") {
    Supervised f;
    for (int i = 0; i < 4; ++i) {
        f.get_ok("/api/v1/visits", f.chief);
    }
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(f.db.c_str(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle,
                         "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 3",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
    CommandResult bad = run_ronde_server({"audit", "verify", "--db", f.db});
    CHECK(bad.exit_code == 1);
    CHECK(bad.output.find("entry 3") != std::string::npos);
    CommandResult help = run_ronde_server({"audit", "verify", "--help"});
    CHECK(help.exit_code == 0);
}

TEST_CASE("an admin manages accounts and devices of every unit over HTTP, and reads no record") {
    Supervised f;
    const Account admin_account{"root.35", "Administrateur 35!", "admin"};
    add_user(f.db, "BTA-35-CESSON", admin_account);
    const HttpClient c = f.client();
    const DeviceSession admin = login(c, admin_account.username, admin_account.password);

    // Units: the admin's list; 403 for a supervisor and a patrol.
    const json units = f.get_ok("/api/v1/admin/units", admin);
    REQUIRE(units["items"].size() == 2);
    CHECK(units["items"][0]["code"] == "BTA-29-QUIMPER");
    CHECK(units["items"][1]["code"] == "BTA-35-CESSON");
    CHECK(units["items"][1]["users"] == 4);
    CHECK(f.last_action() == "units.list");
    CHECK(c.get("/api/v1/admin/units", f.chief.token).status == 403);
    CHECK(c.get("/api/v1/admin/units", f.patrol.token).status == 403);

    // A new unit, then its first commander; 403 for a supervisor, 409 for a
    // code taken, 422 for a bad code, 400 for a body that is not an object.
    const json brest = json{{"code", "BTA-29-BREST"}, {"name", "Brigade de Brest"}};
    HttpReply made = c.post_json("/api/v1/admin/units", brest.dump(), admin.token);
    INFO(made.body);
    REQUIRE(made.status == 201);
    CHECK(json::parse(made.body)["code"] == "BTA-29-BREST");
    CHECK(f.last_action() == "unit.create");
    CHECK(c.post_json("/api/v1/admin/units", brest.dump(), f.chief.token).status == 403);
    CHECK(c.post_json("/api/v1/admin/units", brest.dump(), admin.token).status == 409);
    HttpReply bad = c.post_json("/api/v1/admin/units",
                                json{{"code", "a b"}, {"name", "Brigade"}}.dump(), admin.token);
    CHECK(bad.status == 422);
    CHECK(json::parse(bad.body)["error"]["details"]["field"] == "code");
    CHECK(c.post_json("/api/v1/admin/units", "[]", admin.token).status == 400);
    CHECK(
        c.request("DELETE", "/api/v1/admin/units", {}, {{"Authorization", "Bearer " + admin.token}})
            .status == 405);
    made = c.post_json("/api/v1/admin/users",
                       json{{"username", "cdt.brest"},
                            {"display_name", "Adjudant-chef Le Gall"},
                            {"role", "supervisor"},
                            {"password", "Premier mot de passe"},
                            {"unit", "BTA-29-BREST"}}
                           .dump(),
                       admin.token);
    CHECK(made.status == 201);
    CHECK(f.get_ok("/api/v1/admin/units", admin)["items"].size() == 3);

    // Accounts of another unit: list, create, reset a password.
    const json quimper = f.get_ok("/api/v1/admin/users?unit=BTA-29-QUIMPER", admin);
    CHECK(quimper["unit"]["code"] == "BTA-29-QUIMPER");
    REQUIRE(quimper["items"].size() == 2);
    CHECK(quimper["items"][0]["username"] == kOtherSupervisor.username);
    CHECK(quimper["items"][0].contains("last_seen_at"));
    CHECK(f.last_action() == "users.list");
    HttpReply r = c.post_json("/api/v1/admin/users",
                              json{{"username", "q.nedelec"},
                                   {"display_name", "Gendarme Nédélec"},
                                   {"role", "supervisor"},
                                   {"password", "Premier mot de passe"},
                                   {"unit", "BTA-29-QUIMPER"}}
                                  .dump(),
                              admin.token);
    INFO(r.body);
    REQUIRE(r.status == 201);
    const std::string created = json::parse(r.body)["id"];
    r = c.post_json("/api/v1/admin/users/" + created + "/password",
                    json{{"password", "Second mot de passe"}}.dump(), admin.token);
    CHECK(r.status == 200);
    CHECK(f.get_ok("/api/v1/admin/users?unit=BTA-29-QUIMPER", admin)["items"].size() == 3);

    // Devices of another unit: list and revoke.
    const json devices = f.get_ok("/api/v1/admin/devices?unit=BTA-29-QUIMPER", admin);
    bool seen = false;
    for (const auto& d : devices["items"]) {
        seen = seen || d["id"] == f.other_patrol.device_id;
    }
    CHECK(seen);
    r = c.post_json("/api/v1/admin/devices/" + f.other_patrol.device_id + "/revoke", "{}",
                    admin.token);
    CHECK(r.status == 200);
    CHECK(c.get("/api/v1/sync/pull?since=0", f.other_patrol.token).status == 401);

    // No record route: 403 for every one.
    for (const std::string target :
         {"/api/v1/visits", "/api/v1/contacts", "/api/v1/patrols", "/api/v1/stats",
          "/api/v1/contacts/to-maintain", "/api/v1/conflicts", "/api/v1/export/visits.csv"}) {
        INFO(target);
        CHECK(c.get(target, admin.token).status == 403);
    }
}

TEST_CASE("the team list over HTTP: the supervisor's unit only, refused to a patrol") {
    Supervised f;
    const HttpClient c = f.client();
    const json team = f.get_ok("/api/v1/admin/users", f.chief);
    std::set<std::string> usernames;
    for (const auto& u : team["items"]) {
        usernames.insert(u["username"].get<std::string>());
        CHECK(u["created_at"].is_string());
        CHECK(u.contains("last_seen_at"));
    }
    CHECK(usernames ==
          std::set<std::string>{kPatrol.username, kPatrol2.username, kSupervisor.username});
    CHECK(f.last_action() == "users.list");
    HttpReply r = c.get("/api/v1/admin/users?unit=BTA-29-QUIMPER", f.chief.token);
    CHECK(r.status == 404);
    r = c.get("/api/v1/admin/users", f.patrol.token);
    CHECK(r.status == 403);
    CHECK(error_code(r) == "forbidden");
    r = c.request("DELETE", "/api/v1/admin/users", {},
                  {{"Authorization", "Bearer " + f.chief.token}});
    CHECK(r.status == 405);
    CHECK(r.header("allow") == "GET, POST");
}

TEST_CASE("visit and contact items carry names over HTTP") {
    Supervised f;
    const std::string contact = new_id(), visit = new_id();
    json v = visit_change(visit, "Passage");
    v["data"]["contact_id"] = contact;
    f.push(f.patrol, {contact_change(contact, "Tabac de la Gare"), v});
    const json visits = f.get_ok("/api/v1/visits", f.chief);
    REQUIRE(visits["items"].size() == 1);
    CHECK(visits["items"][0]["contact"]["name"] == "Tabac de la Gare");
    CHECK(visits["items"][0]["contact"]["commune"] == "Cesson-Sévigné");
    CHECK(visits["items"][0]["author"]["id"] == f.patrol.user_id);
    CHECK(visits["items"][0]["author"]["display_name"].is_string());
    CHECK(f.get_ok("/api/v1/visits", f.other_chief)["items"].empty());
    // The commune picker's route: this unit's communes only, journaled.
    CHECK(f.get_ok("/api/v1/communes", f.chief)["items"] ==
          json::parse(R"([{"name": "Cesson-Sévigné", "contacts": 1}])"));
    CHECK(f.last_action() == "communes.list");
    CHECK(f.get_ok("/api/v1/communes", f.other_chief)["items"].empty());
    const HttpReply r = f.client().get("/api/v1/communes?commune=x", f.chief.token);
    CHECK(r.status == 422);
    CHECK(error_code(r) == "invalid_value");
}
