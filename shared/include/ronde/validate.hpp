// Validation of domain records and of the building blocks they are made of.
// Each function returns the first problem found, or nothing when the value is
// valid. Field paths are relative to the record ("position.lat"); callers
// prefix them ("data.position.lat").
//
// Error codes (stable): missing_field, invalid_type, invalid_uuid,
// invalid_enum, out_of_range, too_long, too_many, invalid_utf8, invalid_time,
// invalid_date, invalid_phone, invalid_email, invalid_siret, duplicate_value,
// inconsistent_follow_up, invalid_value.
#pragma once

#include "ronde/domain.hpp"
#include "ronde/error.hpp"

#include <optional>
#include <string_view>

namespace ronde {

bool is_valid_utf8(std::string_view text) noexcept;
// Number of code points; assumes valid UTF-8.
std::size_t utf8_length(std::string_view text) noexcept;
// Canonical lowercase UUID text "xxxxxxxx-xxxx-Mxxx-Nxxx-xxxxxxxxxxxx".
bool is_valid_uuid(std::string_view text) noexcept;
// French numbers: "0X XX XX XX XX" with optional spaces, dots or dashes, or
// "+33 X XX XX XX XX"; X after the 0 in 1-9.
bool is_valid_french_phone(std::string_view text) noexcept;
// 14 digits (spaces allowed) with a valid Luhn checksum; La Poste's SIRETs
// (SIREN 356000000) use the sum-of-digits rule instead.
bool is_valid_siret(std::string_view text) noexcept;
bool is_plausible_email(std::string_view text) noexcept;

std::optional<Error> validate(const Contact& c);
std::optional<Error> validate(const Patrol& p);
std::optional<Error> validate(const Visit& v);
std::optional<Error> validate(const Unit& u);
std::optional<Error> validate(const User& u);
std::optional<Error> validate(const Device& d);

}  // namespace ronde
