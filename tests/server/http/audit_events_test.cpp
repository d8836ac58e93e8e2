// POST /api/v1/audit/events over real HTTP: consultations made on devices
// land in the audit journal once each, with the unit, user and device of
// the token (never of the body); replays are acknowledged, not journaled
// again; bad input is refused whole with the field path; the chain still
// verifies.
#include "fixture.hpp"

#include "ronde/audit_events.hpp"
#include "services/audit_service.hpp"
#include "store/store.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <sstream>

using namespace ronde::test;

namespace {

const Account kAdmin{"admin.35", "Administrateur 35!", "admin"};

struct Journaled : ServerFixture {
    DeviceSession patrol;
    DeviceSession chief;

    Journaled() {
        add_user(db, "BTA-35-CESSON", kAdmin);
        start({"--login-attempts", "1000"});
        patrol = login(client(), kPatrol.username, kPatrol.password);
        chief = login(client(), kSupervisor.username, kSupervisor.password);
    }

    HttpReply post(const json& body, const std::string& token) const {
        return client().post_json("/api/v1/audit/events", body.dump(), token);
    }

    // The consultations of the journal, oldest first, read from the file.
    std::vector<ronde::server::AuditRecord> consultations() const {
        const auto store = ronde::server::open_sqlite_store(db);
        ronde::server::AuditService audit(*store, [] { return std::int64_t{0}; });
        auto entries = audit.entries("", 0, 1000);
        REQUIRE(entries.ok());
        std::vector<ronde::server::AuditRecord> out;
        for (auto& e : entries.value()) {
            if (e.entry.action == "device.consultation") {
                out.push_back(std::move(e));
            }
        }
        return out;
    }
};

std::string now_text(std::chrono::milliseconds offset = {}) {
    return ronde::format_timestamp(std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now() + offset));
}

json event(const std::string& id, const std::string& record_id,
           const std::string& at = now_text(-std::chrono::hours(2))) {
    return {{"id", id},
            {"kind", "contact.open"},
            {"entity", "contact"},
            {"record_id", record_id},
            {"at", at}};
}

json body_of(const std::vector<json>& events) {
    return {{"protocol", 1}, {"events", events}};
}

}  // namespace

TEST_CASE("posted consultations are journaled with the token's unit, user and device") {
    Journaled f;
    const std::string e1 = new_id();
    const std::string e2 = new_id();
    const std::string contact = new_id();
    const std::string at = "2026-11-21T10:42:07.250Z";
    json first = event(e1, contact, at);
    // Keys a client must not set are ignored: who comes from the token.
    first["user_id"] = f.chief.user_id;
    first["device_id"] = f.chief.device_id;
    first["unit_id"] = "someone-else";
    const HttpReply r = f.post(body_of({first, event(e2, contact)}), f.patrol.token);
    INFO(r.body);
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type") == "application/json; charset=utf-8");
    const json answer = json::parse(r.body);
    CHECK(answer.at("accepted") == json::array({e1, e2}));
    CHECK(answer.at("duplicates") == json::array());

    const auto journal = f.consultations();
    REQUIRE(journal.size() == 2);
    const auto& entry = journal[0].entry;
    CHECK(entry.unit_id == f.patrol.unit_id);
    CHECK(entry.user_id == f.patrol.user_id);
    CHECK(entry.device_id == f.patrol.device_id);
    CHECK(entry.target == contact);
    CHECK(entry.details.at("event_id") == e1);
    CHECK(entry.details.at("kind") == "contact.open");
    CHECK(entry.details.at("entity") == "contact");
    CHECK(entry.details.at("opened_at_ms") ==
          ronde::parse_timestamp(at).value().time_since_epoch().count());
    // The entry's own time is the server's, not the device's.
    CHECK(journal[0].at_ms > entry.details.at("opened_at_ms").get<std::int64_t>());
    CHECK(journal[1].entry.details.at("event_id") == e2);

    CHECK(run_ronde_server({"audit", "verify", "--db", f.db}).exit_code == 0);
    // audit list shows them, with the account's name.
    const CommandResult listed = run_ronde_server(
        {"audit", "list", "--db", f.db, "--action", "device.consultation", "--format", "json"});
    REQUIRE(listed.exit_code == 0);
    std::istringstream lines(listed.output);
    std::vector<json> listed_entries;
    for (std::string line; std::getline(lines, line);) {
        listed_entries.push_back(json::parse(line));
    }
    REQUIRE(listed_entries.size() == 2);
    CHECK(listed_entries[0]["user"] == kPatrol.username);
    CHECK(listed_entries[0]["unit"] == "BTA-35-CESSON");
    CHECK(listed_entries[0]["target"] == contact);
    CHECK(listed_entries[1]["details"]["event_id"] == e2);
}

TEST_CASE("a replayed consultation is acknowledged and not journaled twice") {
    Journaled f;
    const std::string e1 = new_id();
    const std::string e2 = new_id();
    const std::string contact = new_id();
    REQUIRE(f.post(body_of({event(e1, contact)}), f.patrol.token).status == 200);
    // The answer was lost: the device sends it again, with a newer one, and
    // one event twice in the same request.
    const HttpReply again = f.post(
        body_of({event(e1, contact), event(e2, contact), event(e2, contact)}), f.patrol.token);
    REQUIRE(again.status == 200);
    const json answer = json::parse(again.body);
    CHECK(answer.at("accepted") == json::array({e1, e2}));
    CHECK(answer.at("duplicates") == json::array({e1}));
    // Even from another device of the unit, an id is journaled once.
    const HttpReply other = f.post(body_of({event(e2, contact)}), f.chief.token);
    REQUIRE(other.status == 200);
    CHECK(json::parse(other.body).at("duplicates") == json::array({e2}));

    const auto journal = f.consultations();
    REQUIRE(journal.size() == 2);
    CHECK(journal[0].entry.details.at("event_id") == e1);
    CHECK(journal[1].entry.details.at("event_id") == e2);
    CHECK(run_ronde_server({"audit", "verify", "--db", f.db}).exit_code == 0);
}

TEST_CASE("patrol and supervisor devices may post consultations, admins may not") {
    Journaled f;
    const std::string contact = new_id();
    CHECK(f.post(body_of({event(new_id(), contact)}), f.patrol.token).status == 200);
    CHECK(f.post(body_of({event(new_id(), contact)}), f.chief.token).status == 200);
    const DeviceSession admin = login(f.client(), kAdmin.username, kAdmin.password);
    const HttpReply refused = f.post(body_of({event(new_id(), contact)}), admin.token);
    CHECK(refused.status == 403);
    CHECK(error_code(refused) == "forbidden");
    const auto journal = f.consultations();
    REQUIRE(journal.size() == 2);
    CHECK(journal[0].entry.user_id == f.patrol.user_id);
    CHECK(journal[1].entry.user_id == f.chief.user_id);
}

TEST_CASE("posting consultations without a valid token is 401 and journals nothing") {
    Journaled f;
    const json body = body_of({event(new_id(), new_id())});
    const HttpReply none = f.post(body, "");
    CHECK(none.status == 401);
    CHECK(error_code(none) == "unauthenticated");
    CHECK(none.header("www-authenticate") == "Bearer realm=\"ronde\"");
    const HttpReply bad = f.post(body, std::string(64, 'a'));
    CHECK(bad.status == 401);
    CHECK(f.consultations().empty());
}

TEST_CASE("a bad consultation refuses the whole request with its field path") {
    Journaled f;
    const std::string good = new_id();
    const std::string contact = new_id();
    struct Case {
        json bad;
        int status;
        std::string code;
        std::string field;
    };
    json unknown_kind = event(new_id(), contact);
    unknown_kind["kind"] = "contact.print";
    // 41 bytes: a cut at 40 would split an 'é' (the answer must stay UTF-8).
    json long_kind = event(new_id(), contact);
    std::string accents = "a";
    for (int i = 0; i < 20; ++i) {
        accents += "\u00e9";
    }
    long_kind["kind"] = accents;
    json bad_uuid = event("0199-not-a-uuid", contact);
    json upper_uuid = event(new_id(), contact);
    upper_uuid["record_id"] = "01A1FD97-5F47-7778-850B-BF5095E75FBB";
    json future = event(new_id(), contact, now_text(std::chrono::hours(25)));
    json bad_time = event(new_id(), contact, "2026-11-21 10:42:07");
    json wrong_entity = event(new_id(), contact);
    wrong_entity["entity"] = "visit";
    json missing_at = event(new_id(), contact);
    missing_at.erase("at");
    const std::vector<Case> cases = {
        {unknown_kind, 422, "invalid_enum", "events[1].kind"},
        {long_kind, 422, "invalid_enum", "events[1].kind"},
        {bad_uuid, 422, "invalid_uuid", "events[1].id"},
        {upper_uuid, 422, "invalid_uuid", "events[1].record_id"},
        {future, 422, "clock_drift", "events[1].at"},
        {bad_time, 422, "invalid_time", "events[1].at"},
        {wrong_entity, 422, "invalid_value", "events[1].entity"},
        {missing_at, 400, "missing_field", "events[1].at"},
        {json("contact.open"), 400, "invalid_type", "events[1]"},
    };
    for (const Case& c : cases) {
        const HttpReply r = f.post(body_of({event(good, contact), c.bad}), f.patrol.token);
        INFO(c.bad.dump() << " -> " << r.status << " " << r.body);
        CHECK(r.status == c.status);
        CHECK(error_code(r) == c.code);
        CHECK(json::parse(r.body).at("error").at("details").at("field") == c.field);
    }
    // The envelope.
    const HttpReply no_events = f.post(json{{"protocol", 1}}, f.patrol.token);
    CHECK(no_events.status == 400);
    CHECK(error_code(no_events) == "missing_field");
    const HttpReply protocol2 =
        f.post(json{{"protocol", 2}, {"events", json::array()}}, f.patrol.token);
    CHECK(protocol2.status == 400);
    CHECK(error_code(protocol2) == "unsupported_protocol");
    const HttpReply not_json =
        f.client().post_json("/api/v1/audit/events", "{\"protocol\":1,", f.patrol.token);
    CHECK(not_json.status == 400);
    CHECK(error_code(not_json) == "invalid_json");
    // Nothing of a refused request was journaled, not even its good event.
    CHECK(f.consultations().empty());
    // The good event alone goes through.
    CHECK(f.post(body_of({event(good, contact)}), f.patrol.token).status == 200);
    CHECK(f.consultations().size() == 1);
}

TEST_CASE("at most 500 consultations per request") {
    Journaled f;
    const std::string contact = new_id();
    std::vector<json> events;
    for (int i = 0; i < 501; ++i) {
        events.push_back(event(new_id(), contact));
    }
    const HttpReply too_many = f.post(body_of(events), f.patrol.token);
    CHECK(too_many.status == 413);
    CHECK(error_code(too_many) == "too_many");
    const json details = json::parse(too_many.body).at("error").at("details");
    CHECK(details.at("field") == "events");
    CHECK(details.at("max_events") == 500);
    events.pop_back();
    const HttpReply ok = f.post(body_of(events), f.patrol.token);
    REQUIRE(ok.status == 200);
    CHECK(json::parse(ok.body).at("accepted").size() == 500);
    CHECK(f.consultations().size() == 500);
    CHECK(run_ronde_server({"audit", "verify", "--db", f.db}).exit_code == 0);
}

TEST_CASE("the consultation route answers POST only") {
    Journaled f;
    const HttpReply r = f.client().get("/api/v1/audit/events", f.patrol.token);
    CHECK(r.status == 405);
    CHECK(r.header("allow") == "POST");
}
