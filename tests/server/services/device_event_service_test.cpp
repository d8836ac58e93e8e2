// Consultations sent by devices, without HTTP: one journal entry per new
// event with who from the principal, the device's time in the details and
// the server's as the entry's; replays and in-request repeats acknowledged
// without an entry; the 24 h bound on the device's time; admins refused.
#include "services/device_event_service.hpp"
#include "service_fixture.hpp"
#include "services/audit_service.hpp"

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

namespace {

struct EventsFixture : Fixture {
    AuditService audit{*store, clock.fn()};
    DeviceEventService events{*store, audit, clock.fn()};

    Json body(const std::vector<ConsultationEvent>& list) const {
        ConsultationRequest r;
        r.events = list;
        return encode(r);
    }
    ConsultationEvent opened(const std::string& record, std::int64_t ago_ms = 60000) {
        ConsultationEvent e;
        e.id = ids.next();
        e.record_id = record;
        e.at = Timestamp(std::chrono::milliseconds(clock.now() - ago_ms));
        return e;
    }
    std::vector<AuditRecord> journal() {
        auto entries = audit.entries("", 0, 1000);
        REQUIRE(entries.ok());
        return entries.value();
    }
};

}  // namespace

TEST_CASE("each new consultation is one journal entry of the caller, at the server's time") {
    EventsFixture f;
    const std::string contact = f.ids.next();
    const ConsultationEvent e = f.opened(contact, 3600 * 1000);
    auto answer = f.events.post(f.patrol_a, f.body({e}));
    REQUIRE(answer.ok());
    CHECK(answer.value().accepted == std::vector<std::string>{e.id});
    const auto journal = f.journal();
    REQUIRE(journal.size() == 1);
    CHECK(journal[0].at_ms == f.clock.now());
    CHECK(journal[0].entry.action == "device.consultation");
    CHECK(journal[0].entry.target == contact);
    CHECK(journal[0].entry.unit_id == f.patrol_a.unit_id);
    CHECK(journal[0].entry.user_id == f.patrol_a.user_id);
    CHECK(journal[0].entry.device_id == f.patrol_a.device_id);
    CHECK(journal[0].entry.details == Json{{"event_id", e.id},
                                           {"kind", "contact.open"},
                                           {"entity", "contact"},
                                           {"opened_at_ms", f.clock.now() - 3600 * 1000}});
    CHECK(f.audit.verify().ok);
}

TEST_CASE("replayed and repeated event ids are acknowledged without a second entry") {
    EventsFixture f;
    const std::string contact = f.ids.next();
    const ConsultationEvent a = f.opened(contact);
    const ConsultationEvent b = f.opened(contact);
    REQUIRE(f.events.post(f.patrol_a, f.body({a})).ok());
    auto again = f.events.post(f.patrol_b, f.body({a, b, b}));
    REQUIRE(again.ok());
    CHECK(again.value().accepted == std::vector<std::string>{a.id, b.id});
    CHECK(again.value().duplicates == std::vector<std::string>{a.id});
    const auto journal = f.journal();
    REQUIRE(journal.size() == 2);
    CHECK(journal[0].entry.user_id == f.patrol_a.user_id);  // the first sender's
    CHECK(journal[1].entry.details.at("event_id") == b.id);
}

TEST_CASE("an event dated more than 24 h ahead refuses the request, nothing journaled") {
    EventsFixture f;
    const std::string contact = f.ids.next();
    ConsultationEvent ahead = f.opened(contact);
    ahead.at = Timestamp(std::chrono::milliseconds(f.clock.now() + 24 * 3600 * 1000 + 1));
    auto refused = f.events.post(f.supervisor, f.body({f.opened(contact), ahead}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == "clock_drift");
    CHECK(refused.error().field == "events[1].at");
    CHECK(f.journal().empty());
    ahead.at = Timestamp(std::chrono::milliseconds(f.clock.now() + 24 * 3600 * 1000));
    CHECK(f.events.post(f.supervisor, f.body({ahead})).ok());
}

TEST_CASE("an admin account does not post consultations") {
    EventsFixture f;
    Principal admin = f.supervisor;
    admin.role = Role::admin;
    auto refused = f.events.post(admin, f.body({f.opened(f.ids.next())}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == "forbidden");
    CHECK(f.journal().empty());
}
