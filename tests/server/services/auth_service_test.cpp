// AuthService: passwords, tokens, devices and login rate limits.
#include "service_fixture.hpp"

#include <chrono>
#include <ctime>

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

namespace {

LoginInput login_of(const std::string& user, const std::string& password, const std::string& device,
                    const std::string& address = "192.0.2.10") {
    return LoginInput{user, password, device, "Tablette " + user, address};
}

}  // namespace

TEST_CASE("a login with the right password returns a token that authenticates") {
    Fixture f;
    const std::string device = random_uuid_v4();
    auto out = f.auth.login(login_of("alice", "motdepasse-alice", device));
    REQUIRE(out.ok());
    CHECK(out->token.size() == 64);
    CHECK(out->user.username == "alice");
    CHECK(out->unit == f.unit);

    auto who = f.auth.authenticate(out->token);
    REQUIRE(who.ok());
    CHECK(who->user_id == out->user.id);
    CHECK(who->unit_id == f.unit.id);
    CHECK(who->device_id == device);
    CHECK(who->role == Role::patrol);
}

TEST_CASE("the token is stored only as its SHA-256") {
    Fixture f;
    const std::string device = random_uuid_v4();
    auto out = f.auth.login(login_of("alice", "motdepasse-alice", device));
    REQUIRE(out.ok());
    auto tx = f.store->begin_read();
    auto stored = tx->device_by_id(device);
    REQUIRE(stored.has_value());
    CHECK(stored->token_hash.size() == 64);
    CHECK(stored->token_hash != out->token);
}

TEST_CASE("a wrong password and an unknown user get the same error") {
    Fixture f;
    auto wrong = f.auth.login(login_of("alice", "not-her-password", random_uuid_v4()));
    auto unknown = f.auth.login(login_of("nobody", "whatever-password", random_uuid_v4()));
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error().code == "invalid_credentials");
    CHECK(wrong.error() == unknown.error());
}

TEST_CASE("a login costs less than 100 ms of processor time") {
    Fixture f;
    // Processor time, not wall time: other processes sharing the machine
    // do not count.
    const std::clock_t start = std::clock();
    auto out = f.auth.login(login_of("alice", "motdepasse-alice", random_uuid_v4()));
    const double ms = 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    REQUIRE(out.ok());
    INFO("login took " << ms << " ms of processor time");
    CHECK(ms < 100.0);
}

TEST_CASE("logins are rate limited per username") {
    Fixture f;  // 5 attempts per 15 minutes
    for (int i = 0; i < 5; ++i) {
        auto r = f.auth.login(
            login_of("alice", "wrong-password", random_uuid_v4(), "192.0.2." + std::to_string(i)));
        CHECK(r.error().code == "invalid_credentials");
    }
    // Even the right password is refused now, from any address.
    auto limited =
        f.auth.login(login_of("alice", "motdepasse-alice", random_uuid_v4(), "198.51.100.7"));
    REQUIRE_FALSE(limited.ok());
    CHECK(limited.error().code == "rate_limited");
    CHECK(f.auth.retry_after_seconds("alice", "198.51.100.7") > 0);
    CHECK(f.auth.retry_after_seconds("alice", "198.51.100.7") <= 15 * 60);
    // Another user is not affected.
    CHECK(
        f.auth.login(login_of("bruno", "motdepasse-bruno", random_uuid_v4(), "198.51.100.7")).ok());

    f.clock.advance(15 * 60 * 1000 + 1);
    CHECK(f.auth.retry_after_seconds("alice", "198.51.100.7") == 0);
    CHECK(f.auth.login(login_of("alice", "motdepasse-alice", random_uuid_v4())).ok());
}

TEST_CASE("logins are rate limited per client address") {
    Fixture f;
    for (int i = 0; i < 5; ++i) {
        auto r = f.auth.login(login_of("user" + std::to_string(i), "wrong-password",
                                       random_uuid_v4(), "203.0.113.9"));
        CHECK(r.error().code == "invalid_credentials");
    }
    auto limited =
        f.auth.login(login_of("bruno", "motdepasse-bruno", random_uuid_v4(), "203.0.113.9"));
    REQUIRE_FALSE(limited.ok());
    CHECK(limited.error().code == "rate_limited");
    CHECK(
        f.auth.login(login_of("bruno", "motdepasse-bruno", random_uuid_v4(), "203.0.113.10")).ok());
}

TEST_CASE("successful logins do not use up the rate limit") {
    Fixture f;
    for (int i = 0; i < 8; ++i) {
        CHECK(f.auth.login(login_of("alice", "motdepasse-alice", random_uuid_v4())).ok());
    }
}

TEST_CASE("a token expires after the idle timeout and stays alive while used") {
    Fixture f;  // 14 days idle
    auto out = f.auth.login(login_of("alice", "motdepasse-alice", random_uuid_v4()));
    REQUIRE(out.ok());
    f.clock.advance(10 * kDay);
    REQUIRE(f.auth.authenticate(out->token).ok());  // used: idle time starts again
    f.clock.advance(10 * kDay);
    REQUIRE(f.auth.authenticate(out->token).ok());
    f.clock.advance(14 * kDay + 1000);
    auto expired = f.auth.authenticate(out->token);
    REQUIRE_FALSE(expired.ok());
    CHECK(expired.error().code == "token_expired");
}

TEST_CASE("unknown and malformed tokens are unauthenticated") {
    Fixture f;
    CHECK(f.auth.authenticate("").error().code == "unauthenticated");
    CHECK(f.auth.authenticate("not-a-token").error().code == "unauthenticated");
    CHECK(f.auth.authenticate(std::string(64, 'a')).error().code == "unauthenticated");
}

TEST_CASE("a revoked device can neither use its token nor log in again") {
    Fixture f;
    const std::string device = random_uuid_v4();
    auto out = f.auth.login(login_of("alice", "motdepasse-alice", device));
    REQUIRE(out.ok());
    REQUIRE(f.auth.authenticate(out->token).ok());

    // A patrol cannot revoke; a supervisor of another unit does not see it.
    CHECK(f.auth.revoke_device(f.patrol_b, device)->code == "forbidden");
    Principal foreign = f.stranger;
    foreign.role = Role::supervisor;
    CHECK(f.auth.revoke_device(foreign, device)->code == "not_found");

    CHECK_FALSE(f.auth.revoke_device(f.supervisor, device).has_value());
    auto refused = f.auth.authenticate(out->token);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == "device_revoked");
    auto again = f.auth.login(login_of("alice", "motdepasse-alice", device));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == "device_revoked");
    // Another device of the same user still works.
    CHECK(f.auth.login(login_of("alice", "motdepasse-alice", random_uuid_v4())).ok());
}

TEST_CASE("a device has one token: a new login replaces the old one") {
    Fixture f;
    const std::string device = random_uuid_v4();
    auto first = f.auth.login(login_of("alice", "motdepasse-alice", device));
    auto second = f.auth.login(login_of("alice", "motdepasse-alice", device));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->token != second->token);
    CHECK(f.auth.authenticate(first->token).error().code == "unauthenticated");
    CHECK(f.auth.authenticate(second->token).ok());
}

TEST_CASE("logout ends the device's token") {
    Fixture f;
    auto out = f.auth.login(login_of("alice", "motdepasse-alice", random_uuid_v4()));
    REQUIRE(out.ok());
    auto who = f.auth.authenticate(out->token).value();
    CHECK_FALSE(f.auth.logout(who).has_value());
    CHECK(f.auth.authenticate(out->token).error().code == "unauthenticated");
}

TEST_CASE("usernames are matched without regard to case") {
    Fixture f;
    CHECK(f.auth.login(login_of("Alice", "motdepasse-alice", random_uuid_v4())).ok());
}

TEST_CASE("login input is checked before anything else") {
    Fixture f;
    CHECK(f.auth.login(login_of("alice", "motdepasse-alice", "not-a-uuid")).error().code ==
          "invalid_uuid");
    CHECK(f.auth.login(login_of("", "motdepasse-alice", random_uuid_v4())).error().field ==
          "username");
    CHECK(f.auth.login(login_of("alice", "", random_uuid_v4())).error().field == "password");
}

TEST_CASE("accounts need a unit, a fresh username and a password of 8 characters") {
    Fixture f;
    CHECK(f.auth.create_user("BTA-CESSON", "dora", "Dora", Role::patrol, "court").error().field ==
          "password");
    CHECK(f.auth.create_user("NOPE", "dora", "Dora", Role::patrol, "assez-long").error().code ==
          "not_found");
    CHECK(f.auth.create_user("BTA-CESSON", "alice", "Alice", Role::patrol, "assez-long")
              .error()
              .code == "already_exists");
    CHECK(f.auth.create_user("BTA-CESSON", "x y", "X", Role::patrol, "assez-long").error().field ==
          "username");
    CHECK(f.auth.create_unit("BTA-CESSON", "Doublon").error().code == "already_exists");
    CHECK(f.auth.create_unit("", "Sans code").error().field == "code");
    CHECK(f.auth.create_user("BTA-CESSON", "dora", "Dora", Role::patrol, "assez-long").ok());
}

TEST_CASE("a device is bound to its unit but another user of the unit may take it over") {
    Fixture f;
    const std::string device = random_uuid_v4();
    REQUIRE(f.auth.login(login_of("alice", "motdepasse-alice", device)).ok());
    auto other_unit = f.auth.login(login_of("xavier", "motdepasse-xavier", device));
    REQUIRE_FALSE(other_unit.ok());
    CHECK(other_unit.error().code == "forbidden");
    auto same_unit = f.auth.login(login_of("bruno", "motdepasse-bruno", device));
    REQUIRE(same_unit.ok());
    CHECK(f.auth.authenticate(same_unit->token)->username == "bruno");
}

TEST_CASE("a device needs a name") {
    Fixture f;
    auto r = f.auth.login(LoginInput{"alice", "motdepasse-alice", random_uuid_v4(), "", "::1"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "device.name");
}

TEST_CASE("an administrative change and its journal commit together or not at all") {
    Fixture f;
    const auto fail = [](WriteTx&, const auto&) { throw StoreError("the journal is full"); };
    auto user = f.auth.create_user("BTA-CESSON", "d.nouveau", "Gendarme Nouveau", Role::patrol,
                                   "motdepasse-nouveau", fail);
    REQUIRE_FALSE(user.ok());
    CHECK(user.error().code == "internal");
    CHECK_FALSE(f.store->begin_read()->user_by_username("d.nouveau").has_value());
    auto unit = f.auth.create_unit("BTA-NOUVELLE", "Brigade nouvelle", fail);
    REQUIRE_FALSE(unit.ok());
    CHECK_FALSE(f.store->begin_read()->unit_by_code("BTA-NOUVELLE").has_value());
    auto e = f.auth.set_password(f.patrol_a.user_id, "un-autre-mot-de-passe",
                                 [](WriteTx&) { throw StoreError("the journal is full"); });
    REQUIRE(e);
    CHECK(e->code == "internal");
    CHECK(f.auth.login(login_of("alice", "motdepasse-alice", random_uuid_v4())).ok());
    // With a journal that works, the change is made and the journal saw it
    // inside the same transaction.
    bool journaled = false;
    auto made = f.auth.create_user(
        "BTA-CESSON", "d.nouveau", "Gendarme Nouveau", Role::patrol, "motdepasse-nouveau",
        [&](WriteTx& tx, const User& u) { journaled = tx.user_by_id(u.id).has_value(); });
    REQUIRE(made.ok());
    CHECK(journaled);
}
