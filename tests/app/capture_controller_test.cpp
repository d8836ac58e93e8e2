// Visit capture and patrols against a real temporary store: "same as last
// time", validation as French sentences, one transaction for a new contact
// and its visit, the patrol summary.
#include "demo_data.hpp"
#include "error_text.hpp"
#include "patrol_controller.hpp"
#include "position_provider.hpp"
#include "store_session.hpp"
#include "visit_capture_controller.hpp"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QTemporaryDir>

using namespace ronde::app;

namespace {
struct Fixture {
    Fixture() : session(dir.filePath(QStringLiteral("ronde.db")), nullptr), position(nullptr) {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        session.setKeyParams({1, 1024, 1});
        REQUIRE(session.unlockNow(QStringLiteral("123456")));
        REQUIRE_FALSE(demo::seed(*session.store(), demo::kOriginLat, demo::kOriginLon, false));
        position.setManualPosition(demo::kOriginLat, demo::kOriginLon);
        capture.setSession(&session);
        capture.setPosition(&position);
    }
    QString contactNamed(const std::string& text) {
        auto found = session.store()->search_contacts(text);
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        return QString::fromStdString(found->front().id);
    }
    QTemporaryDir dir;
    StoreSession session;
    PositionProvider position;
    VisitCaptureController capture;
};
}  // namespace

TEST_CASE("a repeat contact is prefilled as last time and saved with the manual position") {
    Fixture f;
    REQUIRE(f.capture.chooseContact(f.contactNamed("fournil")));
    CHECK(f.capture.prefilledFromLast());
    CHECK(f.capture.topics() ==
          QStringList{QStringLiteral("shoplifting"), QStringLiteral("incivility")});
    CHECK(f.capture.actions() == QStringList{QStringLiteral("secope")});
    CHECK(f.capture.positionSource() == QStringLiteral("manual"));
    const auto outbox = f.session.outboxSize();
    REQUIRE(f.capture.save());
    CHECK(f.session.outboxSize() == outbox + 1);
    auto saved = f.session.store()->visit(f.capture.savedVisitId().toStdString());
    REQUIRE(saved);
    REQUIRE(saved.value());
    const ronde::Visit& v = saved.value()->record;
    CHECK(v.contact_id == f.contactNamed("fournil").toStdString());
    REQUIRE(v.position);
    CHECK(v.position->source == ronde::PositionSource::manual);
    CHECK(v.topics.size() == 2);
}

TEST_CASE("a follow-up without a summary is refused with a French sentence") {
    Fixture f;
    f.capture.chooseAnonymous();
    f.capture.setFollowUpNeeded(true);
    CHECK_FALSE(f.capture.save());
    CHECK(f.capture.fieldErrors().value(QStringLiteral("followUp")) ==
          QStringLiteral("Décrivez en une phrase le suivi à faire."));
    f.capture.setFollowUpSummary(QStringLiteral("Repasser samedi"));
    f.capture.setFollowUpDueDays(7);
    REQUIRE(f.capture.save());
    auto saved = f.session.store()->visit(f.capture.savedVisitId().toStdString());
    REQUIRE(saved.value());
    CHECK(saved.value()->record.contact_id.empty());
    CHECK(saved.value()->record.follow_up.assignee_id == demo::kUserId);
    CHECK(saved.value()->record.follow_up.due_date.has_value());
}

TEST_CASE("a new contact with a wrong phone saves nothing; fixed, both records go in") {
    Fixture f;
    f.capture.createContact();
    ContactEditController* form = f.capture.newContact();
    form->setProperty("organisation", QStringLiteral("Fleuriste Les Iris"));
    form->setProperty("phone", QStringLiteral("12"));
    const auto outbox = f.session.outboxSize();
    CHECK_FALSE(f.capture.save());
    CHECK(form->fieldErrors()
              .value(QStringLiteral("phone"))
              .toString()
              .startsWith(QStringLiteral("Le numéro de téléphone")));
    CHECK(f.session.outboxSize() == outbox);
    form->setProperty("phone", QStringLiteral("02 99 12 34 56"));
    REQUIRE(f.capture.save());
    CHECK(f.session.outboxSize() == outbox + 2);
    CHECK_FALSE(f.contactNamed("iris").isEmpty());
}

TEST_CASE("a patrol starts, counts its visits and ends with a summary") {
    Fixture f;
    PatrolController patrol;
    patrol.setSession(&f.session);
    CHECK_FALSE(patrol.active());
    patrol.setProperty("mode", QStringLiteral("bike"));
    patrol.setProperty("areaLabel", QStringLiteral("Marché central"));
    REQUIRE(patrol.start());
    CHECK(patrol.title() == QStringLiteral("VTT · Marché central"));
    CHECK_FALSE(patrol.start());  // one at a time
    REQUIRE(f.capture.chooseContact(f.contactNamed("pharmacie")));
    REQUIRE(f.capture.save());
    REQUIRE(patrol.end());
    CHECK_FALSE(patrol.active());
    CHECK(patrol.summaryVisits() == 1);
    CHECK(patrol.summaryTopics() == QStringLiteral("Cambriolages (1)"));
}

TEST_CASE("store and validation codes become French sentences") {
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(ErrorText::sentence(ronde::make_error("wrong_pin", "x")) ==
          QStringLiteral("Code PIN incorrect."));
    CHECK(ErrorText::sentence(ronde::make_error("too_long", "x", "note")) ==
          QStringLiteral("Le texte est trop long : 4 000 caractères au plus."));
    CHECK(ErrorText::sentence(ronde::make_error("something_new", "x"))
              .startsWith(QStringLiteral("Une erreur inattendue")));
    CHECK_FALSE(ErrorText::sentence(ronde::make_error("not_enrolled", "x")).contains('_'));
}
