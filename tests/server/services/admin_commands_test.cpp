// The admin subcommands (unit add, user add|disable|enable|password, device
// revoke, backup, demo-seed, audit list), called as functions with their
// arguments and streams.
#include "cli/commands.hpp"
#include "service_fixture.hpp"
#include "services/audit_service.hpp"

#include <sqlite3.h>

#include <algorithm>
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

Run user_disable(const Args& args, bool disabled) {
    return run([&](std::ostream& o, std::ostream& e) {
        return run_user_set_disabled(args, disabled, o, e);
    });
}

Run user_password(const Args& args, const std::string& stdin_text) {
    std::istringstream in(stdin_text);
    return run([&](std::ostream& o, std::ostream& e) { return run_user_password(args, in, o, e); });
}

Run device_revoke(const Args& args) {
    return run([&](std::ostream& o, std::ostream& e) { return run_device_revoke(args, o, e); });
}

Run audit_list(const Args& args) {
    return run([&](std::ostream& o, std::ostream& e) { return run_audit_list(args, o, e); });
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

std::vector<Json> json_lines(const std::string& text) {
    std::vector<Json> out;
    for (const std::string& line : lines_of(text)) {
        out.push_back(Json::parse(line));
    }
    return out;
}

Result<LoginOutput> sign_in(const std::string& db, const std::string& username,
                            const std::string& password,
                            const std::string& device_id = random_uuid_v4()) {
    auto store = open_sqlite_store(db);
    AuthService auth(*store, AuthConfig{}, &system_millis);
    return auth.login(LoginInput{username, password, device_id, "Tablette", "::1"});
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

TEST_CASE("user disable, enable and password act on the account at once") {
    TempDir dir;
    const std::string db = dir.file("accounts.db").string();
    REQUIRE(unit_add({"--db", db, "--code", "BTA-A", "--name", "Brigade A"}).code == 0);
    REQUIRE(user_add({"--db", db, "--unit", "BTA-A", "--username", "lea", "--role", "patrol",
                      "--display-name", "Léa"},
                     "premier-mot\n")
                .code == 0);
    auto before = sign_in(db, "lea", "premier-mot");
    REQUIRE(before.ok());

    auto disabled = user_disable({"--db", db, "--username", "LEA"}, true);  // any case
    CHECK(disabled.code == 0);
    CHECK(disabled.out == "user lea disabled\n");
    CHECK(sign_in(db, "lea", "premier-mot").error().code == "account_disabled");
    {
        // The session already open ended with it.
        auto store = open_sqlite_store(db);
        AuthService auth(*store, AuthConfig{}, &system_millis);
        CHECK(auth.authenticate(before->token).error().code == "unauthenticated");
    }
    CHECK(user_disable({"--db", db, "--username", "lea"}, false).code == 0);
    CHECK(sign_in(db, "lea", "premier-mot").ok());

    auto changed = user_password({"--db", db, "--username", "lea"}, "second-mot-de-passe\n");
    CHECK(changed.code == 0);
    CHECK(changed.out.find("second-mot") == std::string::npos);
    CHECK(sign_in(db, "lea", "premier-mot").error().code == "invalid_credentials");
    CHECK(sign_in(db, "lea", "second-mot-de-passe").ok());

    // Refusals: unknown account, short or missing password, usage.
    auto unknown = user_disable({"--db", db, "--username", "personne"}, true);
    CHECK(unknown.code == 1);
    CHECK(unknown.err.find("no account has the username personne") != std::string::npos);
    auto short_pw = user_password({"--db", db, "--username", "lea"}, "court\n");
    CHECK(short_pw.code == 1);
    CHECK(short_pw.err.find("8 characters") != std::string::npos);
    CHECK(user_password({"--db", db, "--username", "lea"}, "").code == 1);
    CHECK(sign_in(db, "lea", "second-mot-de-passe").ok());
    CHECK(user_disable({"--db", db}, true).code == 2);
    CHECK(user_password({"--help"}, "").code == 0);
}

TEST_CASE("the command line's changes are journaled with the system account that made them") {
    TempDir dir;
    const std::string db = dir.file("journal.db").string();
    REQUIRE(unit_add({"--db", db, "--code", "BTA-J", "--name", "Brigade J"}).code == 0);
    REQUIRE(user_add({"--db", db, "--unit", "BTA-J", "--username", "chef", "--role", "supervisor",
                      "--display-name", "Chef"},
                     "mot-de-passe-1\n")
                .code == 0);
    const std::string device = random_uuid_v4();
    REQUIRE(sign_in(db, "chef", "mot-de-passe-1", device).ok());
    REQUIRE(user_disable({"--db", db, "--username", "chef"}, true).code == 0);
    REQUIRE(user_disable({"--db", db, "--username", "chef"}, false).code == 0);
    REQUIRE(user_password({"--db", db, "--username", "chef"}, "mot-de-passe-2\n").code == 0);
    REQUIRE(device_revoke({"--db", db, "--device", device}).code == 0);
    // A refused change writes nothing.
    REQUIRE(unit_add({"--db", db, "--code", "BTA-J", "--name", "Doublon"}).code == 1);

    auto listed = audit_list({"--db", db, "--format", "json"});
    INFO(listed.err);
    REQUIRE(listed.code == 0);
    const std::vector<Json> entries = json_lines(listed.out);
    std::vector<std::string> actions;
    for (const Json& e : entries) {
        actions.push_back(e["action"]);
        CHECK(e["user_id"] == "");
        CHECK(e["unit"] == "BTA-J");
        CHECK(!e["details"]["operator"].get<std::string>().empty());
    }
    CHECK(actions == std::vector<std::string>{"unit.create", "user.create", "user.disable",
                                              "user.enable", "user.password_reset",
                                              "device.revoke"});
    REQUIRE(entries.size() == 6);
    CHECK(entries[1]["details"]["username"] == "chef");
    CHECK(entries[1]["details"]["role"] == "supervisor");
    CHECK(entries[5]["target"] == device);
    CHECK(listed.out.find("mot-de-passe") == std::string::npos);

    auto store = open_sqlite_store(db);
    AuditService audit(*store, &system_millis);
    CHECK(audit.verify().ok);
}

TEST_CASE("audit list shows the journal with names, filtered and paged") {
    TempDir dir;
    const std::string db = dir.file("list.db").string();
    REQUIRE(unit_add({"--db", db, "--code", "BTA-1", "--name", "Brigade 1"}).code == 0);
    REQUIRE(unit_add({"--db", db, "--code", "BTA-2", "--name", "Brigade 2"}).code == 0);
    REQUIRE(user_add({"--db", db, "--unit", "BTA-1", "--username", "maj.un", "--role", "supervisor",
                      "--display-name", "Major Un"},
                     "mot-de-passe-1\n")
                .code == 0);
    REQUIRE(user_add({"--db", db, "--unit", "BTA-2", "--username", "maj.deux", "--role",
                      "supervisor", "--display-name", "Major Deux"},
                     "mot-de-passe-2\n")
                .code == 0);
    const std::string device_one = random_uuid_v4();
    auto one = sign_in(db, "maj.un", "mot-de-passe-1", device_one);
    auto two = sign_in(db, "maj.deux", "mot-de-passe-2");
    REQUIRE(one.ok());
    REQUIRE(two.ok());
    {
        auto store = open_sqlite_store(db);
        AuthService auth(*store, AuthConfig{}, &system_millis);
        AuditService audit(*store, &system_millis);
        const Principal p1 = auth.authenticate(one->token).value();
        const Principal p2 = auth.authenticate(two->token).value();
        REQUIRE(audit
                    .append(AuditEntry::by(p1, "contacts.list", "/api/v1/contacts",
                                           {{"count", 3}, {"note", "tab\there"}}))
                    .ok());
        REQUIRE(audit.append(AuditEntry::by(p2, "visits.list", "/api/v1/visits")).ok());
        REQUIRE(audit.append(AuditEntry::by(p1, "export.visits_csv", "/api/v1/export/visits.csv"))
                    .ok());
    }
    // 2 units, 2 users, then 3 consultations: 7 entries.
    auto all = audit_list({"--db", db});
    REQUIRE(all.code == 0);
    const auto lines = lines_of(all.out);
    REQUIRE(lines.size() == 8);
    CHECK(lines[0] == "seq\tat (UTC)\tunit\tuser\tdevice\taction\ttarget\tdetails");
    CHECK(lines[1].starts_with("1\t"));
    CHECK(lines[1].find("\tBTA-1\t(command line)\t-\tunit.create\t") != std::string::npos);
    CHECK(lines[5].find("\tBTA-1\tmaj.un\t" + device_one + "\tcontacts.list\t") !=
          std::string::npos);
    for (const auto& line : lines) {
        CHECK(std::count(line.begin(), line.end(), '\t') == 7);  // the tab in details is escaped
    }

    const auto count = [&](const Args& filters) {
        Args args{"--db", db, "--format", "json"};
        args.insert(args.end(), filters.begin(), filters.end());
        auto r = audit_list(args);
        INFO(r.err);
        REQUIRE(r.code == 0);
        return json_lines(r.out).size();
    };
    CHECK(count({"--unit", "BTA-2"}) == 3);  // unit, user, visits.list
    CHECK(count({"--user", "MAJ.UN"}) == 2);
    CHECK(count({"--action", "contacts.list"}) == 1);
    CHECK(count({"--action", "export."}) == 1);
    CHECK(count({"--action", "contacts"}) == 0);  // exact unless it ends with a dot
    CHECK(count({"--target", "/api/v1/visits"}) == 1);
    CHECK(count({"--after", "5"}) == 2);
    CHECK(count({"--after", "2", "--limit", "2"}) == 2);
    CHECK(count({"--unit", "BTA-1", "--user", "maj.un", "--action", "export."}) == 1);
    auto paged = json_lines(
        audit_list({"--db", db, "--format", "json", "--after", "2", "--limit", "2"}).out);
    REQUIRE(paged.size() == 2);
    CHECK(paged[0]["seq"] == 3);
    CHECK(paged[1]["seq"] == 4);
    CHECK(paged[1]["user"] == "");
    CHECK(paged[1]["unit"] == "BTA-2");
    CHECK(paged[1]["hash"].get<std::string>().size() == 64);

    // Refusals: usage errors exit 2, unknown names and a missing file 1.
    CHECK(audit_list({"--db", db, "--format", "xml"}).code == 2);
    CHECK(audit_list({"--db", db, "--limit", "0"}).code == 2);
    CHECK(audit_list({"--db", db, "--after", "-3"}).code == 2);
    CHECK(audit_list({"--db", db, "--unit", "NOPE"}).code == 1);
    CHECK(audit_list({"--db", db, "--user", "personne"}).code == 1);
    const std::string missing = dir.file("absent.db").string();
    auto none = audit_list({"--db", missing});
    CHECK(none.code == 1);
    CHECK(none.err.find("no database") != std::string::npos);
    CHECK(!std::filesystem::exists(missing));
    CHECK(audit_list({"--help"}).out.find("Usage: ronde-server audit list") != std::string::npos);
}

TEST_CASE("restore copies an intact backup into a new file and journals it; it refuses the rest") {
    TempDir dir;
    const std::string db = dir.file("live.db").string();
    const std::string backup = dir.file("backup.db").string();
    REQUIRE(unit_add({"--db", db, "--code", "BTA-R", "--name", "Brigade R"}).code == 0);
    REQUIRE(run([&](std::ostream& o, std::ostream& e) {
                return run_backup({"--db", db, "--to", backup}, o, e);
            }).code == 0);
    REQUIRE(unit_add({"--db", db, "--code", "BTA-APRES", "--name", "Après"}).code == 0);
    const auto restore = [](const Args& args) {
        return run([&](std::ostream& o, std::ostream& e) { return run_restore(args, o, e); });
    };

    const std::string restored = dir.file("restored.db").string();
    auto r = restore({"--from", backup, "--db", restored});
    INFO(r.err);
    REQUIRE(r.code == 0);
    {
        auto store = open_sqlite_store(restored);
        auto tx = store->begin_read();
        CHECK(tx->unit_by_code("BTA-R").has_value());
        CHECK(!tx->unit_by_code("BTA-APRES").has_value());  // after the backup
    }
    const auto journal = json_lines(audit_list({"--db", restored, "--format", "json"}).out);
    REQUIRE(journal.size() == 2);
    CHECK(journal[1]["action"] == "store.restore");
    CHECK(journal[1]["target"] == backup);
    CHECK(journal[1]["details"]["entries"] == 1);
    CHECK(!journal[1]["details"]["operator"].get<std::string>().empty());

    // Never over an existing database (a running server's, say).
    auto over = restore({"--from", backup, "--db", db});
    CHECK(over.code == 1);
    CHECK(over.err.find("already exists") != std::string::npos);
    // Not a database, a missing file: nothing is created.
    const std::string text = dir.file("notes.txt").string();
    std::ofstream(text) << "pas une base\n";
    const std::string target = dir.file("never.db").string();
    auto bad = restore({"--from", text, "--db", target});
    CHECK(bad.code == 1);
    CHECK(bad.err.find("nothing restored") != std::string::npos);
    CHECK(!std::filesystem::exists(target));
    CHECK(restore({"--from", dir.file("absent.db").string(), "--db", target}).code == 1);
    CHECK(!std::filesystem::exists(target));
    // A backup whose journal was edited is refused.
    {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open(backup.c_str(), &handle) == SQLITE_OK);
        REQUIRE(sqlite3_exec(handle,
                             "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET details = "
                             "replace(details, 'Brigade R', 'Brigade X') WHERE seq = 1",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(handle);
    }
    auto tampered = restore({"--from", backup, "--db", target});
    CHECK(tampered.code == 1);
    CHECK(tampered.err.find("broken at entry 1") != std::string::npos);
    CHECK(!std::filesystem::exists(target));
    CHECK(restore({"--help"}).out.find("Usage: ronde-server restore") != std::string::npos);
}
