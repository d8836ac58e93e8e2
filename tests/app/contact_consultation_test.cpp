// Opening a contact's page journals one consultation in the device store
// (sent to the server's audit journal by the next sync); reloading the page
// after a change, a contact that cannot be read and a locked store journal
// nothing.
#include "contact_edit_controller.hpp"
#include "demo_data.hpp"
#include "position_provider.hpp"
#include "store_session.hpp"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace ronde::app;

namespace {
struct Fixture {
    Fixture() : session(dir.filePath(QStringLiteral("ronde.db")), nullptr) {
        session.setKeyParams({1, 1024, 1});
        REQUIRE(session.unlockNow(QStringLiteral("123456")));
        REQUIRE_FALSE(demo::seed(*session.store(), demo::kOriginLat, demo::kOriginLon, false));
        page.setSession(&session);
    }
    QString contactNamed(const std::string& text) {
        auto found = session.store()->search_contacts(text);
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        return QString::fromStdString(found->front().id);
    }
    QTemporaryDir dir;
    StoreSession session;
    ContactEditController page;
};
}  // namespace

TEST_CASE("opening a contact page journals one consultation, reloading it none") {
    Fixture f;
    const QString id = f.contactNamed("fournil");
    REQUIRE(f.session.unsentConsultations() == 0);
    const int outbox = f.session.outboxSize();
    REQUIRE(f.page.open(id));
    CHECK(f.page.displayTitle() == QStringLiteral("Boulangerie Le Fournil"));
    CHECK(f.session.unsentConsultations() == 1);
    auto unsent = f.session.store()->unsent_consultations();
    REQUIRE(unsent);
    REQUIRE(unsent->size() == 1);
    CHECK(unsent->front().kind == ronde::ConsultationKind::contact_open);
    CHECK(unsent->front().record_id == id.toStdString());
    // The page reloads after an edit or a pull: not a new consultation.
    REQUIRE(f.page.load(id));
    CHECK(f.session.unsentConsultations() == 1);
    // Nothing to push either: a consultation is not a change.
    CHECK(f.session.outboxSize() == outbox);
    // Opened again later: a second consultation.
    REQUIRE(f.page.open(id));
    CHECK(f.session.unsentConsultations() == 2);
}

TEST_CASE("a contact page that cannot open journals nothing") {
    Fixture f;
    CHECK_FALSE(f.page.open(QStringLiteral("01a1fd97-5f47-7778-850b-bf5095e75fbb")));
    CHECK_FALSE(f.page.errorText().isEmpty());
    CHECK(f.session.unsentConsultations() == 0);
    const QString id = f.contactNamed("fournil");
    f.session.lock();
    CHECK_FALSE(f.page.open(id));
    REQUIRE(f.session.unlockNow(QStringLiteral("123456")));
    CHECK(f.session.unsentConsultations() == 0);
}
