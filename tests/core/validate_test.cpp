// Validators of domain records and of their building blocks.
#include "ronde/validate.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

using namespace ronde;
using namespace std::chrono;

namespace {

const std::string kId1 = "0192f3a0-7b1c-7d2e-8f30-4a5b6c7d8e9f";
const std::string kId2 = "0192f3a0-7b1c-7d2e-9f30-4a5b6c7d8ea0";
const std::string kId3 = "6f1c2d3e-4a5b-4c6d-a7e8-f90a1b2c3d4e";  // v4

Timestamp ts(int y, unsigned mo, unsigned d, int h = 9, int mi = 0) {
    return Timestamp{sys_days{year{y} / month{mo} / day{d}}} + hours{h} + minutes{mi};
}

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += s;
    }
    return out;
}

void require_error(const std::optional<Error>& e, std::string_view code, std::string_view field) {
    REQUIRE(e.has_value());
    INFO("message: " << e->message);
    CHECK(e->code == code);
    CHECK(e->field == field);
    CHECK(!e->message.empty());
}

Contact full_contact() {
    Contact c;
    c.category = ContactCategory::shopkeeper;
    c.organisation = "Boulangerie Le Fournil";
    c.person_name = "Mme Le Goff";
    c.role_title = "Gérante";
    c.address = "12 rue de Rennes\nCentre commercial Grand Quartier";
    c.commune = "Saint-Grégoire";
    c.position = GeoPoint{48.1512, -1.6869};
    c.phone = "02 99 68 12 34";
    c.email = "contact@fournil-stgregoire.fr";
    c.siret = "732 829 320 00074";
    c.referent_id = kId1;
    c.sms_alert_opt_in = true;
    c.notes = "Signale des rôdeurs le soir.\nVoir l'OTV en juillet.";
    c.tags = {"marché", "centre commercial"};
    return c;
}

Patrol full_patrol() {
    Patrol p;
    p.mode = PatrolMode::bike;
    p.started_at = ts(2026, 11, 26, 9);
    p.ended_at = ts(2026, 11, 26, 12);
    p.members = {kId1, kId2};
    p.area_label = "Centre commercial Grand Quartier";
    p.event_label = "Marché du samedi";
    p.notes = "RAS";
    p.track = {TrackPoint{48.15, -1.68, ts(2026, 11, 26, 9, 5)},
               TrackPoint{48.16, -1.67, ts(2026, 11, 26, 9, 10)}};
    p.author_id = kId1;
    p.device_id = kId3;
    return p;
}

Visit full_visit() {
    Visit v;
    v.patrol_id = kId1;
    v.contact_id = kId2;
    v.occurred_at = ts(2026, 11, 26, 10, 30);
    v.position = VisitPosition{48.1512, -1.6869, 8.5, PositionSource::gps};
    v.place_label = "Galerie marchande";
    v.topics = {Topic::shoplifting, Topic::neighbourhood_disturbance};
    v.actions = {Action::secope, Action::otv};
    v.climate = Climate::positive;
    v.note = "Bruits nocturnes derrière le magasin.";
    v.follow_up.needed = true;
    v.follow_up.summary = "Passer de nuit derrière la boulangerie";
    v.follow_up.due_date = sys_days{2026y / December / 3};
    v.follow_up.assignee_id = kId2;
    v.author_id = kId1;
    v.device_id = kId3;
    return v;
}

}  // namespace

// --- building blocks ---------------------------------------------------------

TEST_CASE("UTF-8 validation accepts well-formed text and refuses malformed bytes", "[validate]") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("Commerçant"));
    CHECK(is_valid_utf8("€ 𝄞 Élu"));
    CHECK_FALSE(is_valid_utf8("\xc3"));              // truncated
    CHECK_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xe0\x80\xaf"));      // overlong, 3 bytes
    CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate
    CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xff"));
    CHECK_FALSE(is_valid_utf8("a\x80z"));  // lone continuation byte
    CHECK_FALSE(is_valid_utf8("\xe2\x82"));
}

TEST_CASE("lengths are counted in code points, not bytes", "[validate]") {
    CHECK(utf8_length("") == 0);
    CHECK(utf8_length("Commerçant") == 10);
    CHECK(utf8_length("𝄞") == 1);
    CHECK(utf8_length("Élu / maire") == 11);
}

TEST_CASE("a UUID must be canonical lowercase with a version and the RFC variant", "[validate]") {
    CHECK(is_valid_uuid(kId1));
    CHECK(is_valid_uuid(kId3));
    CHECK_FALSE(is_valid_uuid("0192F3A0-7B1C-7D2E-8F30-4A5B6C7D8E9F"));  // uppercase
    CHECK_FALSE(is_valid_uuid("0192f3a07b1c7d2e8f304a5b6c7d8e9f"));      // no hyphens
    CHECK_FALSE(is_valid_uuid("{0192f3a0-7b1c-7d2e-8f30-4a5b6c7d8e9f}"));
    CHECK_FALSE(is_valid_uuid("0192f3a0-7b1c-7d2e-8f30-4a5b6c7d8e9"));   // short
    CHECK_FALSE(is_valid_uuid("00000000-0000-0000-0000-000000000000"));  // nil
    CHECK_FALSE(is_valid_uuid("0192f3a0-7b1c-9d2e-8f30-4a5b6c7d8e9f"));  // version 9
    CHECK_FALSE(is_valid_uuid("0192f3a0-7b1c-7d2e-cf30-4a5b6c7d8e9f"));  // variant 110
    CHECK_FALSE(is_valid_uuid("0192f3a0-7b1c-7d2e-8f30-4a5b6c7d8e9g"));
    CHECK_FALSE(is_valid_uuid("0192f3a0_7b1c-7d2e-8f30-4a5b6c7d8e9f"));
    CHECK_FALSE(is_valid_uuid(""));
}

TEST_CASE("French phone numbers are accepted in their usual written forms", "[validate]") {
    for (const char* ok :
         {"06 12 34 56 78", "0612345678", "06.12.34.56.78", "06-12-34-56-78", "02 99 68 12 34",
          "+33 6 12 34 56 78", "+33612345678", "+33 2 99 68 12 34", "09 70 00 00 00",
          "06 12.34-56 78", "+33-6-12-34-56-78"}) {
        INFO(ok);
        CHECK(is_valid_french_phone(ok));
    }
}

TEST_CASE("other phone numbers and malformed ones are refused", "[validate]") {
    for (const char* bad : {"",
                            "00 12 34 56 78",
                            "6 12 34 56 78",
                            "06 12 34 56 7",
                            "06 12 34 56 789",
                            "+33 06 12 34 56 78",
                            "+33 0 6 12 34 56",
                            "+44 20 7946 0958",
                            "06  12 34 56 78",
                            "06 .12 34 56 78",
                            " 0612345678",
                            "0612345678 ",
                            "06/12/34/56/78",
                            "+33",
                            "+3361234567",
                            "17",
                            "06 12 34 56 7a",
                            "0033 6 12 34 56 78",
                            "061 234 5678",
                            "06 12 34 5 678",
                            "+33  6 12 34 56 78",
                            "0 6 12 34 56 78"}) {
        INFO("'" << bad << "'");
        CHECK_FALSE(is_valid_french_phone(bad));
    }
}

TEST_CASE("a SIRET needs 14 digits and a valid Luhn key", "[validate]") {
    CHECK(is_valid_siret("73282932000074"));
    CHECK(is_valid_siret("732 829 320 00074"));
    CHECK(is_valid_siret("44306184100047"));
    CHECK_FALSE(is_valid_siret("73282932000075"));  // wrong key
    CHECK_FALSE(is_valid_siret("7328293200007"));   // 13 digits
    CHECK_FALSE(is_valid_siret("732829320000741"));
    CHECK_FALSE(is_valid_siret("7328293200007A"));
    CHECK_FALSE(is_valid_siret("732-829-320-00074"));
    CHECK_FALSE(is_valid_siret(""));
}

TEST_CASE("La Poste's SIRETs use the sum of their digits instead of the Luhn key", "[validate]") {
    CHECK(is_valid_siret("35600000000048"));  // head office, valid by Luhn
    CHECK(is_valid_siret("35600000049837"));  // Luhn fails, digit sum 45
    CHECK_FALSE(is_valid_siret("35600000049838"));
    // The digit-sum rule belongs to La Poste alone.
    CHECK_FALSE(is_valid_siret("12345678901234"));
}

TEST_CASE("plausible e-mail addresses are accepted, obvious mistakes refused", "[validate]") {
    for (const char* ok :
         {"brigade.cesson@gendarmerie.interieur.gouv.fr", "mairie@cesson-sevigne.fr",
          "j.dupont+ronde@exemple.com", "élodie@mairie-rennes.fr"}) {
        INFO(ok);
        CHECK(is_plausible_email(ok));
    }
    const std::string too_long = repeat("a", 64) + "@" + repeat("b", 186) + ".fr";  // 255
    for (const std::string& bad : std::vector<std::string>{"",
                                                           "no-at-sign",
                                                           "a@b",
                                                           "a@@b.fr",
                                                           "a@b@c.fr",
                                                           "@mairie.fr",
                                                           "a@.fr",
                                                           "a@mairie..fr",
                                                           "a b@mairie.fr",
                                                           ".a@mairie.fr",
                                                           "a.@mairie.fr",
                                                           "a..b@mairie.fr",
                                                           "a@-mairie.fr",
                                                           "a@mairie-.fr",
                                                           "a@mairie.f",
                                                           "a@10.0.0.1",
                                                           "a@mairie.fr.",
                                                           "a,b@mairie.fr",
                                                           too_long,
                                                           repeat("a", 65) + "@mairie.fr"}) {
        INFO("'" << bad << "'");
        CHECK_FALSE(is_plausible_email(bad));
    }
}

// --- Contact -----------------------------------------------------------------

TEST_CASE("a complete contact and minimal contacts are valid", "[validate][contact]") {
    CHECK_FALSE(validate(full_contact()).has_value());
    Contact org_only;
    org_only.organisation = "Mairie de Cesson-Sévigné";
    CHECK_FALSE(validate(org_only).has_value());
    Contact person_only;
    person_only.person_name = "M. Hamon";
    CHECK_FALSE(validate(person_only).has_value());
}

TEST_CASE("a contact needs an organisation or a person name", "[validate][contact]") {
    Contact c = full_contact();
    c.organisation = "";
    c.person_name = "  ";
    require_error(validate(c), "missing_field", "organisation");
    CHECK_FALSE(validate_contact_fields(c).has_value());
}

TEST_CASE("a contact's position must be on the globe", "[validate][contact]") {
    Contact c = full_contact();
    c.position = GeoPoint{90.0001, 0};
    require_error(validate(c), "out_of_range", "position.lat");
    c.position = GeoPoint{-90, -181};
    require_error(validate(c), "out_of_range", "position.lon");
    c.position = GeoPoint{std::nan(""), 0};
    require_error(validate(c), "out_of_range", "position.lat");
    c.position = GeoPoint{-90, 180};
    CHECK_FALSE(validate(c).has_value());
}

TEST_CASE("a contact's phone, e-mail, SIRET and referent are checked when given",
          "[validate][contact]") {
    Contact c = full_contact();
    c.phone = "12345";
    require_error(validate(c), "invalid_phone", "phone");
    c = full_contact();
    c.email = "contact(at)fournil.fr";
    require_error(validate(c), "invalid_email", "email");
    c = full_contact();
    // 254 bytes is the most an address can have; length is part of plausibility.
    const std::string domain =
        std::string(63, 'b') + "." + std::string(63, 'c') + "." + std::string(58, 'd') + ".fr";
    c.email = std::string(64, 'a') + "@" + domain;
    REQUIRE(c.email.size() == 254);
    CHECK_FALSE(validate(c).has_value());
    c.email = std::string(64, 'a') + "@e" + domain;
    require_error(validate(c), "invalid_email", "email");
    c = full_contact();
    c.siret = "73282932000075";
    require_error(validate(c), "invalid_siret", "siret");
    c = full_contact();
    c.referent_id = "jdupont";
    require_error(validate(c), "invalid_uuid", "referent_id");
    c = full_contact();
    c.phone = c.email = c.siret = c.referent_id = "";
    CHECK_FALSE(validate(c).has_value());
}

TEST_CASE("contact texts have length limits in code points", "[validate][contact]") {
    Contact c = full_contact();
    c.organisation = repeat("é", 200);  // 400 bytes, 200 code points
    CHECK_FALSE(validate(c).has_value());
    c.organisation = repeat("é", 201);
    require_error(validate(c), "too_long", "organisation");
    c = full_contact();
    c.address = repeat("a", 400);
    CHECK_FALSE(validate(c).has_value());
    c.address = repeat("a", 401);
    require_error(validate(c), "too_long", "address");
    c = full_contact();
    c.notes = repeat("n", 4000);
    CHECK_FALSE(validate(c).has_value());
    c.notes = repeat("n", 4001);
    require_error(validate(c), "too_long", "notes");
    c = full_contact();
    c.commune = repeat("x", 201);
    require_error(validate(c), "too_long", "commune");
}

TEST_CASE("contact texts must be valid UTF-8 without control characters", "[validate][contact]") {
    Contact c = full_contact();
    c.commune = "Saint-Gr\xe9goire";  // Latin-1
    require_error(validate(c), "invalid_utf8", "commune");
    c = full_contact();
    c.tags[1] = "\xff";
    require_error(validate(c), "invalid_utf8", "tags[1]");
    c = full_contact();
    c.person_name = std::string("Mme\0Le Goff", 11);
    require_error(validate(c), "invalid_value", "person_name");
    c = full_contact();
    c.role_title = "Gérante\n";
    require_error(validate(c), "invalid_value", "role_title");
    c = full_contact();
    c.notes = "ligne 1\r\n\tligne 2";
    CHECK_FALSE(validate(c).has_value());
}

TEST_CASE("contact tags are limited in number, not blank and not repeated", "[validate][contact]") {
    Contact c = full_contact();
    c.tags.clear();
    for (int i = 0; i < 20; ++i) {
        c.tags.push_back("tag " + std::to_string(i));
    }
    CHECK_FALSE(validate(c).has_value());
    c.tags.push_back("tag 20");
    require_error(validate(c), "too_many", "tags");
    c = full_contact();
    c.tags = {"marché", "nuit", "marché"};
    require_error(validate(c), "duplicate_value", "tags");
    c.tags = {" "};
    require_error(validate(c), "invalid_value", "tags[0]");
}

TEST_CASE("a contact with a category outside the table is refused", "[validate][contact]") {
    Contact c = full_contact();
    c.category = static_cast<ContactCategory>(200);
    require_error(validate(c), "invalid_enum", "category");
}

// --- Patrol ------------------------------------------------------------------

TEST_CASE("a complete patrol and a minimal patrol are valid", "[validate][patrol]") {
    CHECK_FALSE(validate(full_patrol()).has_value());
    Patrol p;
    p.started_at = ts(2026, 11, 26);
    CHECK_FALSE(validate(p).has_value());
}

TEST_CASE("a patrol cannot end before it starts", "[validate][patrol]") {
    Patrol p = full_patrol();
    p.ended_at = p.started_at - milliseconds{1};
    require_error(validate(p), "out_of_range", "ended_at");
    p.ended_at = p.started_at;
    CHECK_FALSE(validate(p).has_value());
}

TEST_CASE("patrol times must lie between 2000 and 2099", "[validate][patrol]") {
    Patrol p = full_patrol();
    p.started_at = Timestamp{};
    require_error(validate(p), "out_of_range", "started_at");
    p = full_patrol();
    p.ended_at = ts(2100, 1, 1, 0);
    require_error(validate(p), "out_of_range", "ended_at");
}

TEST_CASE("patrol members are at most 20 distinct user ids", "[validate][patrol]") {
    Patrol p = full_patrol();
    p.members = {kId1, "not-a-uuid"};
    require_error(validate(p), "invalid_uuid", "members[1]");
    p.members = {kId1, kId2, kId1};
    require_error(validate(p), "duplicate_value", "members");
    p.members.assign(21, kId1);
    require_error(validate(p), "too_many", "members");
}

TEST_CASE("patrol track points need valid coordinates and times", "[validate][patrol]") {
    Patrol p = full_patrol();
    p.track[1].lat = 100;
    require_error(validate(p), "out_of_range", "track[1].lat");
    p = full_patrol();
    p.track[0].at = ts(1999, 12, 31);
    require_error(validate(p), "out_of_range", "track[0].at");
    p = full_patrol();
    p.track.assign(kMaxTrackPoints + 1, p.track[0]);
    require_error(validate(p), "too_many", "track");
}

TEST_CASE("patrol labels, notes, mode and server-set ids are checked", "[validate][patrol]") {
    Patrol p = full_patrol();
    p.event_label = repeat("x", 201);
    require_error(validate(p), "too_long", "event_label");
    p = full_patrol();
    p.notes = repeat("x", 4001);
    require_error(validate(p), "too_long", "notes");
    p = full_patrol();
    p.author_id = "jdupont";
    require_error(validate(p), "invalid_uuid", "author_id");
    p = full_patrol();
    p.mode = static_cast<PatrolMode>(9);
    require_error(validate(p), "invalid_enum", "mode");
}

// --- Visit -------------------------------------------------------------------

TEST_CASE("a complete visit and a minimal anonymous visit are valid", "[validate][visit]") {
    CHECK_FALSE(validate(full_visit()).has_value());
    Visit v;
    v.occurred_at = ts(2026, 11, 26);
    CHECK_FALSE(validate(v).has_value());
}

TEST_CASE("a visit's position needs valid coordinates and a finite accuracy >= 0",
          "[validate][visit]") {
    Visit v = full_visit();
    v.position->lon = 180.5;
    require_error(validate(v), "out_of_range", "position.lon");
    v = full_visit();
    v.position->accuracy_m = -1;
    require_error(validate(v), "out_of_range", "position.accuracy_m");
    v.position->accuracy_m = std::numeric_limits<double>::infinity();
    require_error(validate(v), "out_of_range", "position.accuracy_m");
    v.position->accuracy_m = 0;
    CHECK_FALSE(validate(v).has_value());
    v.position->accuracy_m.reset();
    CHECK_FALSE(validate(v).has_value());
    v.position->source = static_cast<PositionSource>(7);
    require_error(validate(v), "invalid_enum", "position.source");
}

TEST_CASE("a visit lists each topic and each action once", "[validate][visit]") {
    Visit v = full_visit();
    v.topics = {Topic::burglary, Topic::drugs, Topic::burglary};
    require_error(validate(v), "duplicate_value", "topics");
    v = full_visit();
    v.actions = {Action::otv, Action::otv};
    require_error(validate(v), "duplicate_value", "actions");
    v = full_visit();
    v.topics = {static_cast<Topic>(99)};
    require_error(validate(v), "invalid_enum", "topics[0]");
}

TEST_CASE("a visit's ids, note and place are checked", "[validate][visit]") {
    Visit v = full_visit();
    v.contact_id = "42";
    require_error(validate(v), "invalid_uuid", "contact_id");
    v = full_visit();
    v.patrol_id = "0192F3A0-7B1C-7D2E-8F30-4A5B6C7D8E9F";
    require_error(validate(v), "invalid_uuid", "patrol_id");
    v = full_visit();
    v.note = repeat("é", 4000);
    CHECK_FALSE(validate(v).has_value());
    v.note = repeat("é", 4001);
    require_error(validate(v), "too_long", "note");
    v = full_visit();
    v.place_label = "\xc3\x28";
    require_error(validate(v), "invalid_utf8", "place_label");
    v = full_visit();
    v.occurred_at = ts(2150, 1, 1);
    require_error(validate(v), "out_of_range", "occurred_at");
    v = full_visit();
    v.device_id = "device-1";
    require_error(validate(v), "invalid_uuid", "device_id");
}

TEST_CASE("a needed follow-up needs a summary", "[validate][visit][follow_up]") {
    Visit v = full_visit();
    v.follow_up.summary = "";
    require_error(validate(v), "inconsistent_follow_up", "follow_up.summary");
    v.follow_up.summary = " \n ";
    require_error(validate(v), "inconsistent_follow_up", "follow_up.summary");
}

TEST_CASE("a follow-up that is not needed carries nothing", "[validate][visit][follow_up]") {
    Visit v = full_visit();
    v.follow_up = FollowUp{};
    CHECK_FALSE(validate(v).has_value());
    v.follow_up.summary = "oubli";
    require_error(validate(v), "inconsistent_follow_up", "follow_up.summary");
    v.follow_up = FollowUp{};
    v.follow_up.due_date = sys_days{2026y / December / 1};
    require_error(validate(v), "inconsistent_follow_up", "follow_up.due_date");
    v.follow_up = FollowUp{};
    v.follow_up.assignee_id = kId2;
    require_error(validate(v), "inconsistent_follow_up", "follow_up.assignee_id");
    v.follow_up = FollowUp{};
    v.follow_up.status = FollowUpStatus::done;
    v.follow_up.closed_at = ts(2026, 11, 27);
    v.follow_up.closed_by = kId2;
    require_error(validate(v), "inconsistent_follow_up", "follow_up.status");
}

TEST_CASE("a done follow-up says when and by whom it was closed", "[validate][visit][follow_up]") {
    Visit v = full_visit();
    v.follow_up.status = FollowUpStatus::done;
    v.follow_up.closed_at = ts(2026, 11, 28, 18);
    v.follow_up.closed_by = kId1;
    CHECK_FALSE(validate(v).has_value());
    v.follow_up.closed_by = "";
    require_error(validate(v), "inconsistent_follow_up", "follow_up.closed_by");
    v.follow_up.closed_by = kId1;
    v.follow_up.closed_at.reset();
    require_error(validate(v), "inconsistent_follow_up", "follow_up.closed_at");
    v.follow_up.closed_at = ts(2026, 11, 28, 18);
    v.follow_up.closed_by = "chef";
    require_error(validate(v), "invalid_uuid", "follow_up.closed_by");
}

TEST_CASE("a follow-up cannot be closed before the visit", "[validate][visit][follow_up]") {
    Visit v = full_visit();
    v.follow_up.status = FollowUpStatus::done;
    v.follow_up.closed_by = kId1;
    v.follow_up.closed_at = v.occurred_at - milliseconds{1};
    require_error(validate(v), "inconsistent_follow_up", "follow_up.closed_at");
    v.follow_up.closed_at = v.occurred_at;
    CHECK_FALSE(validate(v).has_value());
}

TEST_CASE("an open follow-up has no closing time or closer", "[validate][visit][follow_up]") {
    Visit v = full_visit();
    v.follow_up.closed_at = ts(2026, 11, 28, 18);
    require_error(validate(v), "inconsistent_follow_up", "follow_up.closed_at");
    v.follow_up.closed_at.reset();
    v.follow_up.closed_by = kId1;
    require_error(validate(v), "inconsistent_follow_up", "follow_up.closed_by");
}

TEST_CASE("follow-up fields are checked on their own too", "[validate][visit][follow_up]") {
    Visit v = full_visit();
    v.follow_up.assignee_id = "adj. Martin";
    require_error(validate(v), "invalid_uuid", "follow_up.assignee_id");
    v = full_visit();
    v.follow_up.due_date = sys_days{2200y / January / 1};
    require_error(validate(v), "out_of_range", "follow_up.due_date");
    v = full_visit();
    v.follow_up.summary = repeat("s", 4001);
    require_error(validate(v), "too_long", "follow_up.summary");
}

// --- Unit, User, Device ------------------------------------------------------

TEST_CASE("a unit needs a UUID, a short ASCII code and a name", "[validate][unit]") {
    const Unit ok{kId1, "BTA-35-CESSON", "Brigade territoriale autonome de Cesson-Sévigné"};
    CHECK_FALSE(validate(ok).has_value());
    CHECK_FALSE(validate(Unit{kId1, "COB_PLELAN", "COB de Plélan-le-Grand"}).has_value());
    Unit u = ok;
    u.id = "";
    require_error(validate(u), "missing_field", "id");
    u = ok;
    u.id = "BTA";
    require_error(validate(u), "invalid_uuid", "id");
    u = ok;
    u.code = "";
    require_error(validate(u), "missing_field", "code");
    u.code = "BTA 35";
    require_error(validate(u), "invalid_value", "code");
    u.code = "BTA-CESSON-SÉVIGNÉ";
    require_error(validate(u), "invalid_value", "code");
    u.code = "bta-35";
    require_error(validate(u), "invalid_value", "code");
    u.code = "-BTA";
    require_error(validate(u), "invalid_value", "code");
    u.code = repeat("A", 64);
    CHECK_FALSE(validate(u).has_value());
    u.code = repeat("A", 65);
    require_error(validate(u), "too_long", "code");
    u = ok;
    u.name = " ";
    require_error(validate(u), "missing_field", "name");
}

TEST_CASE("a user needs ids, an ASCII username, a display name and a role", "[validate][user]") {
    const User ok{kId1, kId2, "adj.martin", "Adjudant Martin", Role::supervisor};
    CHECK_FALSE(validate(ok).has_value());
    User u = ok;
    u.unit_id = "unit";
    require_error(validate(u), "invalid_uuid", "unit_id");
    u = ok;
    u.username = "";
    require_error(validate(u), "missing_field", "username");
    u.username = "jean dupont";
    require_error(validate(u), "invalid_value", "username");
    u.username = repeat("a", 65);
    require_error(validate(u), "too_long", "username");
    u = ok;
    u.display_name = "";
    require_error(validate(u), "missing_field", "display_name");
    u = ok;
    u.role = static_cast<Role>(3);
    require_error(validate(u), "invalid_enum", "role");
}

TEST_CASE("a device needs ids and plausible times", "[validate][device]") {
    Device ok;
    ok.id = kId3;
    ok.user_id = kId1;
    ok.name = "Tablette BTA 1";
    ok.enrolled_at = ts(2026, 11, 1);
    ok.last_seen_at = ts(2026, 11, 26);
    CHECK_FALSE(validate(ok).has_value());
    Device d = ok;
    d.user_id = "";
    require_error(validate(d), "missing_field", "user_id");
    d = ok;
    d.enrolled_at = Timestamp{};
    require_error(validate(d), "out_of_range", "enrolled_at");
    d = ok;
    d.revoked_at = ts(2101, 1, 1);
    require_error(validate(d), "out_of_range", "revoked_at");
    d = ok;
    d.name = repeat("t", 201);
    require_error(validate(d), "too_long", "name");
}
