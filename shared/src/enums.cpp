// The one table of every enumeration: stable ASCII code, French label (the
// source language of the UI), English label. Rows are in enum order; the
// static_asserts below catch a value added to an enum without its row.
#include "ronde/enums.hpp"

#include <array>

namespace ronde {
namespace {

constexpr std::array kContactCategories{
    EnumEntry{"shopkeeper", "Commerçant", "Shopkeeper"},
    EnumEntry{"elected_official", "Élu / maire", "Elected official / mayor"},
    EnumEntry{"municipal_police", "Police municipale", "Municipal police"},
    EnumEntry{"social_landlord", "Bailleur social", "Social landlord"},
    EnumEntry{"transport_company", "Entreprise de transport", "Transport company"},
    EnumEntry{"private_security", "Sécurité privée", "Private security"},
    EnumEntry{"education", "Établissement scolaire / éducation", "School / education"},
    EnumEntry{"farmer", "Agriculteur", "Farmer"},
    EnumEntry{"business", "Entreprise", "Business"},
    EnumEntry{"association", "Association", "Association"},
    EnumEntry{"health_professional", "Professionnel de santé", "Health professional"},
    EnumEntry{"resident", "Habitant", "Resident"},
    EnumEntry{"other", "Autre", "Other"},
};

constexpr std::array kTopics{
    EnumEntry{"neighbourhood_disturbance", "Troubles du voisinage", "Neighbourhood disturbances"},
    EnumEntry{"property_damage_theft", "Atteintes aux biens (dégradations, vols)",
              "Property damage and theft"},
    EnumEntry{"burglary", "Cambriolages", "Burglary"},
    EnumEntry{"shoplifting", "Vols à l’étalage", "Shoplifting"},
    EnumEntry{"incivility", "Incivilités", "Incivilities"},
    EnumEntry{"drugs", "Stupéfiants", "Drugs"},
    EnumEntry{"road_safety", "Sécurité routière", "Road safety"},
    EnumEntry{"violence", "Violences", "Violence"},
    EnumEntry{"scam_cyber", "Escroqueries / cybercriminalité", "Scams / cybercrime"},
    EnumEntry{"services_to_residents", "Services à la population", "Services to residents"},
    EnumEntry{"video_protection", "Vidéoprotection", "Video protection"},
    EnumEntry{"prevention", "Prévention", "Prevention"},
    EnumEntry{"other", "Autre", "Other"},
};

constexpr std::array kActions{
    EnumEntry{"otv", "Opération Tranquillité Vacances (OTV)", "Holiday home watch scheme (OTV)"},
    EnumEntry{"sms_alert", "Inscription à l’alerte SMS", "SMS alert sign-up"},
    EnumEntry{"stop_cambriolages", "Application Stop Cambriolages présentée",
              "Stop Cambriolages app shown"},
    EnumEntry{"citizen_participation", "Participation citoyenne", "Citizen participation"},
    EnumEntry{"secope", "Sensibilisation sûreté des commerces (SECOPE)",
              "Business security awareness (SECOPE)"},
    EnumEntry{"prevention_advice", "Conseils de prévention", "Prevention advice"},
    EnumEntry{"documentation", "Documentation remise", "Documentation handed out"},
    EnumEntry{"brigade_numerique", "Brigade numérique présentée", "Digital brigade shown"},
    EnumEntry{"referral", "Orientation vers un service", "Referred to a service"},
};

constexpr std::array kPatrolModes{
    EnumEntry{"foot", "Pédestre", "On foot"},
    EnumEntry{"bike", "VTT", "Mountain bike"},
    EnumEntry{"vehicle", "Véhicule", "Vehicle"},
    EnumEntry{"mixed", "Mixte", "Mixed"},
};

constexpr std::array kClimates{
    EnumEntry{"positive", "Positif", "Positive"},
    EnumEntry{"neutral", "Neutre", "Neutral"},
    EnumEntry{"tense", "Tendu", "Tense"},
};

constexpr std::array kFollowUpStatuses{
    EnumEntry{"open", "En cours", "Open"},
    EnumEntry{"done", "Traité", "Done"},
};

constexpr std::array kPositionSources{
    EnumEntry{"gps", "GPS", "GPS"},
    EnumEntry{"manual", "Saisie manuelle", "Entered by hand"},
    EnumEntry{"contact", "Position du contact", "Contact’s position"},
};

constexpr std::array kRoles{
    EnumEntry{"patrol", "Patrouille", "Patrol"},
    EnumEntry{"supervisor", "Encadrement", "Supervisor"},
    EnumEntry{"admin", "Administrateur", "Administrator"},
};

constexpr std::array kEntities{
    EnumEntry{"contact", "Contact", "Contact"},
    EnumEntry{"patrol", "Patrouille", "Patrol"},
    EnumEntry{"visit", "Visite", "Visit"},
};

static_assert(kContactCategories.size() == static_cast<std::size_t>(ContactCategory::other) + 1);
static_assert(kTopics.size() == static_cast<std::size_t>(Topic::other) + 1);
static_assert(kActions.size() == static_cast<std::size_t>(Action::referral) + 1);
static_assert(kPatrolModes.size() == static_cast<std::size_t>(PatrolMode::mixed) + 1);
static_assert(kClimates.size() == static_cast<std::size_t>(Climate::tense) + 1);
static_assert(kFollowUpStatuses.size() == static_cast<std::size_t>(FollowUpStatus::done) + 1);
static_assert(kPositionSources.size() == static_cast<std::size_t>(PositionSource::contact) + 1);
static_assert(kRoles.size() == static_cast<std::size_t>(Role::admin) + 1);
static_assert(kEntities.size() == static_cast<std::size_t>(Entity::visit) + 1);

}  // namespace

template <>
std::span<const EnumEntry> entries<ContactCategory>() noexcept {
    return kContactCategories;
}
template <>
std::span<const EnumEntry> entries<Topic>() noexcept {
    return kTopics;
}
template <>
std::span<const EnumEntry> entries<Action>() noexcept {
    return kActions;
}
template <>
std::span<const EnumEntry> entries<PatrolMode>() noexcept {
    return kPatrolModes;
}
template <>
std::span<const EnumEntry> entries<Climate>() noexcept {
    return kClimates;
}
template <>
std::span<const EnumEntry> entries<FollowUpStatus>() noexcept {
    return kFollowUpStatuses;
}
template <>
std::span<const EnumEntry> entries<PositionSource>() noexcept {
    return kPositionSources;
}
template <>
std::span<const EnumEntry> entries<Role>() noexcept {
    return kRoles;
}
template <>
std::span<const EnumEntry> entries<Entity>() noexcept {
    return kEntities;
}

}  // namespace ronde
