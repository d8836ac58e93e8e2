// The store-bound list models against a real temporary (encrypted) store:
// QAbstractItemModelTester on each, paging, formatting of their labels.
#include "app_test_support.hpp"
#include "contact_history_model.hpp"
#include "demo_data.hpp"
#include "follow_ups_model.hpp"
#include "formatting.hpp"
#include "nearby_contacts_model.hpp"
#include "pin_change_controller.hpp"
#include "registry_search_model.hpp"
#include "store_session.hpp"
#include "todays_visits_model.hpp"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ronde::app;

namespace {

constexpr double kLat = demo::kOriginLat;
constexpr double kLon = demo::kOriginLon;

struct Fixture {
    Fixture() : session(dir.filePath(QStringLiteral("ronde.db")), nullptr) {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        session.setKeyParams({1, 1024, 1});
        REQUIRE(session.unlockNow(QStringLiteral("123456")));
        REQUIRE_FALSE(demo::seed(*session.store(), kLat, kLon, true).has_value());
    }
    ronde::store::DeviceStore& store() { return *session.store(); }
    QTemporaryDir dir;
    StoreSession session;
};

template <class Model>
void attach(Model& model, StoreSession& session) {
    model.setSession(&session);
    model.reloadNow();
}

}  // namespace

TEST_CASE("distances and dates read the French way") {
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(format::distance(7.4) == QStringLiteral("7 m"));
    CHECK(format::distance(121) == QStringLiteral("120 m"));
    CHECK(format::distance(1234) == QStringLiteral("1,2 km"));
    CHECK(format::distance(12600) == QStringLiteral("13 km"));
    CHECK(format::duration(std::chrono::minutes(65)) == QStringLiteral("1 h 05"));
    const auto now = format::now();
    CHECK(format::dateTime(now, now).startsWith(QStringLiteral("aujourd'hui à ")));
    CHECK(format::dateTime(now - std::chrono::days(1), now).startsWith(QStringLiteral("hier à ")));
}

TEST_CASE("nearby contacts come nearest first with their distance") {
    Fixture f;
    NearbyContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    attach(model, f.session);
    CHECK(model.rowCount() == 0);  // no position yet
    model.setOrigin(kLat, kLon);
    model.reloadNow();
    REQUIRE(model.rowCount() == 6);
    const auto at = [&](int row, int role) { return model.data(model.index(row, 0), role); };
    CHECK(at(0, NearbyContactsModel::NameRole).toString() ==
          QStringLiteral("Boulangerie Le Fournil"));
    CHECK(at(0, NearbyContactsModel::DistanceTextRole).toString() == QStringLiteral("27 m"));
    CHECK(at(0, NearbyContactsModel::SubtitleRole).toString() ==
          QStringLiteral("Commerçant · Mme Lefèvre · Galerie nord, cellule 12"));
    CHECK(
        at(0, NearbyContactsModel::LastVisitTextRole).toString().startsWith(QStringLiteral("vu ")));
    CHECK(at(5, NearbyContactsModel::NameRole).toString() == QStringLiteral("Mairie"));
    CHECK(at(5, NearbyContactsModel::DistanceTextRole).toString() == QStringLiteral("1,2 km"));
    for (int i = 1; i < model.rowCount(); ++i) {
        CHECK(at(i - 1, NearbyContactsModel::DistanceMRole).toDouble() <=
              at(i, NearbyContactsModel::DistanceMRole).toDouble());
    }
    CHECK(model.roleNames().value(NearbyContactsModel::ContactIdRole) == "contactId");
}

TEST_CASE("the registry pages in and ignores accents and case") {
    Fixture f;
    for (int i = 0; i < 120; ++i) {
        ronde::Contact c;
        c.category = ronde::ContactCategory::resident;
        c.person_name = "Habitant n° " + std::to_string(1000 + i);
        REQUIRE(f.store().save_contact(std::nullopt, c));
    }
    {
        // The tester fetches more by itself: it checks every page on its own model.
        RegistrySearchModel checked;
        QAbstractItemModelTester tester(&checked,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        checked.setQuery(QStringLiteral("habitant"));
        attach(checked, f.session);
        while (checked.canFetchMore({})) {
            checked.fetchMore({});
        }
        CHECK(checked.rowCount() == 120);
    }
    RegistrySearchModel model;
    model.setPageSize(50);
    model.setQuery(QStringLiteral("habitant"));
    attach(model, f.session);
    CHECK(model.rowCount() == 50);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 100);
    model.fetchMore({});
    CHECK(model.rowCount() == 120);
    CHECK_FALSE(model.canFetchMore({}));

    model.setQuery(QStringLiteral("LEFEVRE"));
    model.reloadNow();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.get(0).toMap().value(QStringLiteral("name")) ==
          QStringLiteral("Boulangerie Le Fournil"));
}

TEST_CASE("today's visits, a contact's history and my follow-ups") {
    Fixture f;
    TodaysVisitsModel today;
    QAbstractItemModelTester t1(&today, QAbstractItemModelTester::FailureReportingMode::Fatal);
    attach(today, f.session);
    REQUIRE(today.rowCount() == 1);  // the demo patrol's visit, 30 minutes ago
    CHECK(today.get(0).toMap().value(QStringLiteral("title")) ==
          QStringLiteral("Sécurité Grand Quartier"));
    CHECK(today.get(0).toMap().value(QStringLiteral("syncText")) ==
          QStringLiteral("En attente d'envoi"));

    RegistrySearchModel search;
    search.setQuery(QStringLiteral("tabac"));
    attach(search, f.session);
    REQUIRE(search.rowCount() == 1);
    const QString tabac = search.get(0).toMap().value(QStringLiteral("contactId")).toString();

    ContactHistoryModel history;
    QAbstractItemModelTester t2(&history, QAbstractItemModelTester::FailureReportingMode::Fatal);
    attach(history, f.session);
    CHECK(history.rowCount() == 0);  // no contact yet
    history.setContactId(tabac);
    history.reloadNow();
    REQUIRE(history.rowCount() == 1);
    const QVariantMap last = history.get(0).toMap();
    CHECK(last.value(QStringLiteral("topicsText")) == QStringLiteral("Troubles du voisinage"));
    CHECK(last.value(QStringLiteral("climateText")) == QStringLiteral("Tendu"));
    CHECK(last.value(QStringLiteral("followUpText"))
              .toString()
              .startsWith(QStringLiteral("Suivi ouvert : ")));

    FollowUpsModel followUps;
    QAbstractItemModelTester t3(&followUps, QAbstractItemModelTester::FailureReportingMode::Fatal);
    attach(followUps, f.session);
    REQUIRE(followUps.rowCount() == 1);
    const QVariantMap open = followUps.get(0).toMap();
    CHECK(open.value(QStringLiteral("summary")) ==
          QStringLiteral("Bruits nocturnes derrière la réserve : passer un soir"));
    CHECK(open.value(QStringLiteral("overdue")) == false);

    // Closing it is one change in the outbox, and the lists follow.
    const auto before = f.session.outboxSize();
    REQUIRE_FALSE(
        f.store().close_follow_up(open.value(QStringLiteral("visitId")).toString().toStdString()));
    f.session.notifyChanged();
    CHECK(test::wait_until([&] { return followUps.rowCount() == 0; }, 2000));
    CHECK(f.session.outboxSize() == before + 1);
}

TEST_CASE("a locked session empties the lists and refuses a wrong PIN") {
    Fixture f;
    NearbyContactsModel model;
    attach(model, f.session);
    model.setOrigin(kLat, kLon);
    model.reloadNow();
    REQUIRE(model.rowCount() > 0);

    f.session.lock();
    CHECK(f.session.locked());
    CHECK(test::wait_until([&] { return model.rowCount() == 0; }, 2000));
    CHECK_FALSE(f.session.unlockNow(QStringLiteral("000000")));
    CHECK(f.session.errorText() == QStringLiteral("Code PIN incorrect."));
    REQUIRE(f.session.unlockNow(QStringLiteral("123456")));
    CHECK(test::wait_until([&] { return model.rowCount() > 0; }, 2000));
}

TEST_CASE("the session locks itself after the inactivity delay") {
    Fixture f;
    f.session.setLockDelay(std::chrono::milliseconds(50));
    CHECK(test::wait_until([&] { return f.session.locked(); }, 2000));
    CHECK(f.session.store() == nullptr);
}

TEST_CASE("home's follow-ups near me: the unit's, nearest first, with their distance") {
    Fixture f;
    // A colleague's follow-up at the Mairie (1.2 km), one with no assignee
    // 100 m away, and the demo's own (mine, at the origin).
    auto followUp = [&](const char* summary, const std::string& assignee, double north_m) {
        ronde::Visit v;
        v.occurred_at = format::now();
        v.position =
            ronde::VisitPosition{kLat + north_m / 111'320.0, kLon, 5.0, ronde::PositionSource::gps};
        v.follow_up.needed = true;
        v.follow_up.summary = summary;
        v.follow_up.assignee_id = assignee;
        REQUIRE(f.store().save_visit(std::nullopt, v));
    };
    followUp("Vérifier l'éclairage du parking", "0192f000-0000-7000-8000-00000000a0ff", 1200);
    followUp("Revoir le gardien", "", 100);
    f.session.notifyChanged();

    FollowUpsModel near;
    QAbstractItemModelTester tester(&near, QAbstractItemModelTester::FailureReportingMode::Fatal);
    near.setScope(FollowUpsModel::Near);
    near.setOrigin(kLat, kLon);
    attach(near, f.session);
    REQUIRE(near.rowCount() == 3);
    const QVariantMap first = near.get(0).toMap();
    CHECK(first.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("Bruits")));
    CHECK(first.value(QStringLiteral("distanceText")) == QStringLiteral("0 m"));
    CHECK(near.get(1).toMap().value(QStringLiteral("distanceText")) == QStringLiteral("100 m"));
    CHECK(near.get(2).toMap().value(QStringLiteral("summary")) ==
          QStringLiteral("Vérifier l'éclairage du parking"));
    CHECK(near.get(2).toMap().value(QStringLiteral("distanceText")) == QStringLiteral("1,2 km"));
    CHECK(near.get(1).toMap().value(QStringLiteral("subtitle")) ==
          QStringLiteral("Habitant anonyme · sans échéance"));

    // "Mine" still lists only mine.
    FollowUpsModel mine;
    attach(mine, f.session);
    CHECK(mine.rowCount() == 1);
}

TEST_CASE("the PIN changes from the settings: the old one is refused, the new one opens") {
    Fixture f;
    const auto before = f.session.outboxSize();
    PinChangeController form;
    form.setSession(&f.session);
    QSignalSpy done(&form, &PinChangeController::done);
    QSignalSpy keyChanged(&f.session, &StoreSession::keyChanged);

    // The form's own checks, each under its field.
    CHECK_FALSE(form.change(QStringLiteral(""), QStringLiteral("12"), QStringLiteral("12")));
    QVariantMap errors = form.fieldErrors().toMap();
    CHECK(errors.value(QStringLiteral("currentPin")) ==
          QStringLiteral("Saisissez votre code PIN actuel."));
    CHECK(errors.value(QStringLiteral("newPin")) ==
          QStringLiteral("Le code PIN doit compter au moins 6 chiffres."));
    CHECK_FALSE(
        form.change(QStringLiteral("123456"), QStringLiteral("654321"), QStringLiteral("654322")));
    CHECK(form.fieldErrors().toMap().value(QStringLiteral("confirmation")) ==
          QStringLiteral("Les deux codes PIN ne sont pas identiques."));

    // A wrong current PIN: refused by the store, under its field.
    REQUIRE(
        form.change(QStringLiteral("999999"), QStringLiteral("654321"), QStringLiteral("654321")));
    CHECK(form.busy());
    REQUIRE(test::wait_until([&] { return !form.busy(); }, 10000));
    CHECK(done.count() == 0);
    CHECK(form.fieldErrors().toMap().value(QStringLiteral("currentPin")) ==
          QStringLiteral("Code PIN incorrect."));
    REQUIRE(f.session.store() != nullptr);  // back from the worker

    REQUIRE(
        form.change(QStringLiteral("123456"), QStringLiteral("654321"), QStringLiteral("654321")));
    REQUIRE(test::wait_until([&] { return done.count() == 1; }, 10000));
    CHECK(keyChanged.count() == 1);
    REQUIRE(f.session.store() != nullptr);
    CHECK(f.session.outboxSize() == before);  // the data are all there

    f.session.lock();
    CHECK_FALSE(f.session.unlockNow(QStringLiteral("123456")));
    CHECK(f.session.errorText() == QStringLiteral("Code PIN incorrect."));
    REQUIRE(f.session.unlockNow(QStringLiteral("654321")));
    CHECK(f.session.outboxSize() == before);
}
