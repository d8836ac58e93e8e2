#include "demo_data.hpp"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ronde::app::demo {

namespace {
constexpr double kMetresPerDegLat = 111'320.0;

struct DemoContact {
    ContactCategory category;
    const char* organisation;
    const char* person;
    const char* address;
    double north_m;
    double east_m;
};

Timestamp ago(std::chrono::minutes m) {
    return Timestamp(std::chrono::milliseconds(QDateTime::currentMSecsSinceEpoch())) - m;
}
}  // namespace

store::Status seed(store::DeviceStore& store, double lat, double lon, bool withPatrol) {
    if (auto some = store.search_contacts("", {1, 0}); some && !some->empty()) {
        return std::nullopt;
    }
    if (!store.identity()) {
        if (auto failed = store.set_identity({kDeviceId, kUserId, kUnitId})) {
            return failed;
        }
    }
    const DemoContact contacts[] = {
        {ContactCategory::shopkeeper, "Boulangerie Le Fournil", "Mme Lefèvre",
         "Galerie nord, cellule 12", 25, -10},
        {ContactCategory::shopkeeper, "Pharmacie du Centre", "M. Durand", "Galerie est", -60, 80},
        {ContactCategory::private_security, "Sécurité Grand Quartier", "M. Benali",
         "PC sécurité, niveau 0", 110, 40},
        {ContactCategory::shopkeeper, "Tabac-presse Le Quartier", "M. Nguyen", "Galerie ouest",
         -140, -120},
        {ContactCategory::business, "Hypermarché", "Mme Roussel (directrice)", "Entrée sud", -320,
         60},
        {ContactCategory::elected_official, "Mairie", "M. le Maire", "Place de la mairie", 1200,
         300},
    };
    const double eastScale = kMetresPerDegLat * std::cos(lat * std::numbers::pi / 180.0);
    std::vector<std::string> ids;
    std::string patrolId;
    for (const auto& d : contacts) {
        Contact c;
        c.category = d.category;
        c.organisation = d.organisation;
        c.person_name = d.person;
        c.address = d.address;
        c.commune = "Rennes";
        c.position = GeoPoint{lat + d.north_m / kMetresPerDegLat, lon + d.east_m / eastScale};
        auto id = store.save_contact(std::nullopt, c);
        if (!id) {
            return id.error();
        }
        ids.push_back(id.value());
    }
    const auto visit = [&](std::size_t contact, Timestamp when, std::vector<Topic> topics,
                           std::vector<Action> actions, Climate climate,
                           const char* followUp) -> store::Status {
        Visit v;
        v.contact_id = ids[contact];
        v.patrol_id = patrolId;
        v.occurred_at = when;
        v.position = VisitPosition{lat, lon, 6.0, PositionSource::gps};
        v.topics = std::move(topics);
        v.actions = std::move(actions);
        v.climate = climate;
        if (followUp != nullptr) {
            v.follow_up.needed = true;
            v.follow_up.summary = followUp;
            v.follow_up.assignee_id = kUserId;
            v.follow_up.due_date =
                std::chrono::floor<std::chrono::days>(ago(-std::chrono::days(3)));
        }
        auto saved = store.save_visit(std::nullopt, v);
        return saved ? std::nullopt : std::optional<Error>(saved.error());
    };
    using std::chrono::days;
    using std::chrono::minutes;
    const store::Status done[] = {
        visit(0, ago(days(6)), {Topic::shoplifting, Topic::incivility}, {Action::secope},
              Climate::positive, nullptr),
        visit(3, ago(days(2)), {Topic::neighbourhood_disturbance}, {}, Climate::tense,
              "Bruits nocturnes derrière la réserve : passer un soir"),
        visit(1, ago(days(9)), {Topic::burglary}, {Action::otv, Action::stop_cambriolages},
              Climate::positive, nullptr),
    };
    for (const auto& failed : done) {
        if (failed) {
            return failed;
        }
    }
    if (withPatrol) {
        Patrol p;
        p.mode = PatrolMode::foot;
        // Started 50 minutes ago, its visit 30 minutes ago; both today even
        // just after midnight (the home screen shows today's patrol).
        const Timestamp now = ago(minutes(0));
        const Timestamp midnight(std::chrono::milliseconds(
            QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch()));
        p.started_at = std::max(ago(minutes(50)), midnight);
        p.area_label = "Centre commercial Grand Quartier";
        p.event_label = "Marché du samedi";
        auto patrol = store.start_patrol(p);
        if (!patrol) {
            return patrol.error();
        }
        patrolId = patrol.value();
        if (auto failed =
                visit(2, p.started_at + (now - p.started_at) * 2 / 5, {Topic::shoplifting},
                      {Action::prevention_advice}, Climate::neutral, nullptr)) {
            return failed;
        }
    }
    return std::nullopt;
}

}  // namespace ronde::app::demo
