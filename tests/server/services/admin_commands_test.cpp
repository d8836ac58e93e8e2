// The admin subcommands (unit add, user add, backup, demo-seed), called as
// functions with their arguments and streams.
#include "cli/commands.hpp"
#include "service_fixture.hpp"

#include <fstream>
#include <set>
#include <sstream>

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

template <class F>
Run run(F f) {
    std::ostringstream out;
    std::ostringstream err;
    Run r;
    r.code = f(out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

Run unit_add(const Args& args) {
    return run([&](std::ostream& o, std::ostream& e) { return run_unit_add(args, o, e); });
}

Run user_add(const Args& args, const std::string& stdin_text) {
    std::istringstream in(stdin_text);
    return run([&](std::ostream& o, std::ostream& e) { return run_user_add(args, in, o, e); });
}

}  // namespace

TEST_CASE("unit add and user add create a unit and an account that can sign in") {
    TempDir dir;
    const std::string db = dir.file("admin.db").string();
    auto unit = unit_add({"--db", db, "--code", "BTA-CESSON", "--name", "Brigade de Cesson"});
    CHECK(unit.code == 0);
    CHECK(unit.out.find("BTA-CESSON") != std::string::npos);
    auto user = user_add({"--db", db, "--unit", "BTA-CESSON", "--username", "lea", "--role",
                          "patrol", "--display-name", "Gendarme Léa Tanguy"},
                         "un-mot-de-passe\nignored second line\n");
    CHECK(user.code == 0);
    CHECK(user.out.find("un-mot-de-passe") == std::string::npos);

    auto store = open_sqlite_store(db);
    AuthService auth(*store, AuthConfig{}, &system_millis);
    auto login =
        auth.login(LoginInput{"lea", "un-mot-de-passe", random_uuid_v4(), "Tablette", "::1"});
    REQUIRE(login.ok());
    CHECK(login->user.display_name == "Gendarme Léa Tanguy");
    CHECK(login->unit.code == "BTA-CESSON");
}

TEST_CASE("user add refuses an empty or short password from stdin") {
    TempDir dir;
    const std::string db = dir.file("pw.db").string();
    REQUIRE(unit_add({"--db", db, "--code", "U1", "--name", "Unité"}).code == 0);
    const Args args{"--db",   db,       "--unit",         "U1", "--username", "lea",
                    "--role", "patrol", "--display-name", "Léa"};
    CHECK(user_add(args, "").code == 1);
    CHECK(user_add(args, "\n").code == 1);
    auto short_pw = user_add(args, "court\n");
    CHECK(short_pw.code == 1);
    CHECK(short_pw.err.find("password") != std::string::npos);
    CHECK(user_add(args, "assez-long\r\n").code == 0);
    CHECK(user_add(args, "assez-long\n").code == 1);  // username taken
}

TEST_CASE("admin commands answer usage errors with exit code 2 and --help with 0") {
    TempDir dir;
    const std::string db = dir.file("usage.db").string();
    CHECK(unit_add({"--db", db, "--code", "X1"}).code == 2);  // missing --name
    CHECK(unit_add({"--db", db, "--code", "X1", "--name", "N", "--bogus", "1"}).code == 2);
    CHECK(unit_add({"--db", db, "--code"}).code == 2);  // no value
    CHECK(unit_add({"stray"}).code == 2);
    auto help = unit_add({"--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("Usage: ronde-server unit add") != std::string::npos);
    CHECK(user_add({"--db", db, "--unit", "X1", "--username", "a", "--role", "chief",
                    "--display-name", "A"},
                   "password1\n")
              .code == 2);
    CHECK(run([](std::ostream& o, std::ostream& e) { return run_backup({"--help"}, o, e); }).code ==
          0);
    CHECK(run([](std::ostream& o, std::ostream& e) {
              return run_demo_seed({"--nope"}, o, e);
          }).code == 2);
}

TEST_CASE("backup writes a readable copy and refuses to overwrite a file") {
    TempDir dir;
    const std::string db = dir.file("live.db").string();
    REQUIRE(unit_add({"--db", db, "--code", "BK", "--name", "Unité sauvegardée"}).code == 0);
    const std::string copy = dir.file("copy.db").string();
    auto r = run([&](std::ostream& o, std::ostream& e) {
        return run_backup({"--db", db, "--to", copy}, o, e);
    });
    CHECK(r.code == 0);
    auto restored = open_sqlite_store(copy);
    CHECK(restored->begin_read()->unit_by_code("BK").has_value());
    auto again = run([&](std::ostream& o, std::ostream& e) {
        return run_backup({"--db", db, "--to", copy}, o, e);
    });
    CHECK(again.code == 1);
}

TEST_CASE("demo-seed creates the demo unit through the push path") {
    TempDir dir;
    const std::string db = dir.file("demo.db").string();
    const std::string pw_file = dir.file("password.txt").string();
    std::ofstream(pw_file) << "demo-ronde-2026\n";
    auto r = run([&](std::ostream& o, std::ostream& e) {
        return run_demo_seed({"--db", db, "--password-file", pw_file}, o, e);
    });
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("demo-ronde-2026") == std::string::npos);

    auto store = open_sqlite_store(db);
    std::optional<Unit> unit;
    std::int64_t contacts = 0;
    std::int64_t visits = 0;
    std::int64_t patrols = 0;
    std::int64_t seq = 0;
    std::size_t users = 0;
    {
        auto tx = store->begin_read();
        unit = tx->unit_by_code("BTA-CESSON");
        REQUIRE(unit.has_value());
        contacts = tx->count_records(unit->id, Entity::contact, true);
        visits = tx->count_records(unit->id, Entity::visit, true);
        patrols = tx->count_records(unit->id, Entity::patrol, true);
        seq = tx->current_seq(unit->id);
        users = tx->users_of_unit(unit->id).size();
    }
    CHECK(contacts == 61);
    CHECK(users == 4);
    CHECK(patrols >= 12);
    CHECK(visits >= 50);
    CHECK(seq > contacts + visits + patrols - 1);  // closings of follow-ups are extra changes

    // Every category appears, and a few follow-ups are still open.
    TestClock clock(system_millis());
    SyncService sync(*store, SyncConfig{}, clock.fn());
    AuthService auth(*store, AuthConfig{}, clock.fn());
    auto login =
        auth.login(LoginInput{"maj.kerleau", "demo-ronde-2026", random_uuid_v4(), "PC", "::1"});
    REQUIRE(login.ok());
    CHECK(login->user.role == Role::supervisor);
    auto who = auth.authenticate(login->token).value();
    std::set<std::string> categories;
    int open = 0;
    int done = 0;
    std::int64_t since = 0;
    for (;;) {
        auto page = sync.pull(who, since, 1000);
        REQUIRE(page.ok());
        for (const auto& c : page->changes) {
            if (c.change.entity == Entity::contact) {
                categories.insert(c.change.data["category"].get<std::string>());
                CHECK(decode_contact(c.change.data).ok());
            } else if (c.change.entity == Entity::visit) {
                const Json& fu = c.change.data["follow_up"];
                if (fu["needed"].get<bool>()) {
                    (fu["status"] == "open" ? open : done) += 1;
                }
            }
        }
        since = page->next_since;
        if (!page->has_more) {
            break;
        }
    }
    CHECK(categories.size() == entries<ContactCategory>().size());
    CHECK(open >= 3);
    CHECK(done >= 1);

    auto twice = run([&](std::ostream& o, std::ostream& e) {
        return run_demo_seed({"--db", db, "--password-file", pw_file}, o, e);
    });
    CHECK(twice.code == 1);
}
