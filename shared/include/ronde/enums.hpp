// The enumerations of the domain. Each value has a stable ASCII code (used in
// data, on the wire and in the database: never change or reuse one) and a
// French and an English label (used by the app, the exports and the tests).
// The one table lives in enums.cpp; the order of each enum is the order of
// its table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace ronde {

enum class Lang : std::uint8_t { fr, en };

struct EnumEntry {
    std::string_view code;
    std::string_view fr;
    std::string_view en;
};

enum class ContactCategory : std::uint8_t {
    shopkeeper,
    elected_official,
    municipal_police,
    social_landlord,
    transport_company,
    private_security,
    education,
    farmer,
    business,
    association,
    health_professional,
    resident,
    other,
};

enum class Topic : std::uint8_t {
    neighbourhood_disturbance,
    property_damage_theft,
    burglary,
    shoplifting,
    incivility,
    drugs,
    road_safety,
    violence,
    scam_cyber,
    services_to_residents,
    video_protection,
    prevention,
    other,
};

enum class Action : std::uint8_t {
    otv,
    sms_alert,
    stop_cambriolages,
    citizen_participation,
    secope,
    prevention_advice,
    documentation,
    brigade_numerique,
    referral,
};

enum class PatrolMode : std::uint8_t { foot, bike, vehicle, mixed };
enum class Climate : std::uint8_t { positive, neutral, tense };
enum class FollowUpStatus : std::uint8_t { open, done };
enum class PositionSource : std::uint8_t { gps, manual, contact };
enum class Role : std::uint8_t { patrol, supervisor, admin };
enum class Entity : std::uint8_t { contact, patrol, visit };

// The table of one enumeration, in enum order. Specialised in enums.cpp for
// every enum above.
template <class E>
std::span<const EnumEntry> entries() noexcept;

template <>
std::span<const EnumEntry> entries<ContactCategory>() noexcept;
template <>
std::span<const EnumEntry> entries<Topic>() noexcept;
template <>
std::span<const EnumEntry> entries<Action>() noexcept;
template <>
std::span<const EnumEntry> entries<PatrolMode>() noexcept;
template <>
std::span<const EnumEntry> entries<Climate>() noexcept;
template <>
std::span<const EnumEntry> entries<FollowUpStatus>() noexcept;
template <>
std::span<const EnumEntry> entries<PositionSource>() noexcept;
template <>
std::span<const EnumEntry> entries<Role>() noexcept;
template <>
std::span<const EnumEntry> entries<Entity>() noexcept;

template <class E>
std::string_view code(E value) noexcept {
    return entries<E>()[static_cast<std::size_t>(value)].code;
}

template <class E>
std::string_view label(E value, Lang lang) noexcept {
    const EnumEntry& e = entries<E>()[static_cast<std::size_t>(value)];
    return lang == Lang::fr ? e.fr : e.en;
}

// The value whose code is `text`, or nothing. Exact, case-sensitive match.
template <class E>
std::optional<E> parse_enum(std::string_view text) noexcept {
    const auto table = entries<E>();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].code == text) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

}  // namespace ronde
