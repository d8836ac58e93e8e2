// Validation of domain records and of the building blocks they are made of.
// Each function returns the first problem found, or nothing when the value is
// valid. Field paths are relative to the record ("position.lat"); callers
// prefix them ("data.position.lat").
//
// Error codes (stable): missing_field, invalid_type, invalid_uuid,
// invalid_enum, out_of_range, too_long, too_many, invalid_utf8, invalid_time,
// invalid_date, invalid_phone, invalid_email, invalid_siret, duplicate_value,
// inconsistent_follow_up, invalid_value. The codec adds invalid_json,
// invalid_hlc and unsupported_protocol (codec.hpp).
//
// Rules, for every record:
// - every string is valid UTF-8 (invalid_utf8); lengths count code points:
//   names, labels, titles, communes, tags <= 200; address <= 400; notes,
//   visit note and follow-up summary <= 4,000 (too_long);
// - one-line strings (all but notes, note, summary, address) hold no control
//   character; multi-line ones allow only tab, LF and CR (invalid_value);
// - ids are canonical lowercase UUIDs (invalid_uuid); required ids that are
//   empty are missing_field; optional ids may be empty;
// - enum values are members of their table (invalid_enum);
// - times and dates lie in [2000-01-01, 2100-01-01) (out_of_range);
// - coordinates: lat in [-90, 90], lon in [-180, 180], finite; accuracy_m
//   finite and >= 0 (out_of_range).
// Contact: organisation or person_name not blank (missing_field,
//   "organisation"); phone French when given (invalid_phone); email
//   plausible, at most 254 bytes (invalid_email); SIRET valid when given
//   (invalid_siret); at most 20 tags (too_many), each non-blank
//   (invalid_value) and unique (duplicate_value, field "tags": duplicates
//   point at the list).
// Patrol: ended_at >= started_at (out_of_range, "ended_at"); at most 20
//   members (too_many), each a UUID, unique (duplicate_value); at most 10,000
//   track points (too_many), each with valid coordinates and time.
// Visit: topics and actions without duplicates (duplicate_value, "topics").
//   Follow-up (inconsistent_follow_up unless said otherwise, paths
//   "follow_up.<key>"):
//   - needed => summary not blank;
//   - not needed => summary empty, no due_date, no assignee_id, status open,
//     no closed_at, no closed_by (a follow-up that is not needed carries
//     nothing);
//   - status done => closed_at (not before occurred_at) and closed_by
//     present (closed_by a UUID);
//   - status open => no closed_at and no closed_by;
//   - assignee_id and closed_by are UUIDs when given (invalid_uuid).
// Unit: id UUID; code ^[A-Z0-9][A-Z0-9_-]*$ (invalid_value), at most 64
//   (too_long); name not blank. User: id and unit_id UUIDs; username
//   1-64 ASCII letters, digits, '.', '_', '-', '@'; display_name not blank.
// Device: id and user_id UUIDs; name <= 200; times in range.
#pragma once

#include "ronde/domain.hpp"
#include "ronde/error.hpp"

#include <optional>
#include <string_view>

namespace ronde {

bool is_valid_utf8(std::string_view text) noexcept;
// Number of code points; assumes valid UTF-8.
std::size_t utf8_length(std::string_view text) noexcept;
// `text` without the spaces (U+0020) around it, as SQL trim(): how the
// server groups and filters communes.
std::string_view trim_spaces(std::string_view text) noexcept;
// Canonical lowercase UUID text "xxxxxxxx-xxxx-Mxxx-Nxxx-xxxxxxxxxxxx", with
// version M in 1-8 and RFC 9562 variant N in 8, 9, a, b (the nil UUID is
// refused).
bool is_valid_uuid(std::string_view text) noexcept;
// French numbers: "0X XX XX XX XX" or "+33 X XX XX XX XX", X in 1-9, with at
// most one space, dot or dash between the groups shown; the protocol
// schema's ^(0[1-9]|\+33[ .-]?[1-9])([ .-]?[0-9]{2}){4}$.
bool is_valid_french_phone(std::string_view text) noexcept;
// 14 digits (spaces allowed) with a valid Luhn checksum; La Poste's SIRETs
// (SIREN 356000000) use the sum-of-digits rule instead.
bool is_valid_siret(std::string_view text) noexcept;
bool is_plausible_email(std::string_view text) noexcept;

std::optional<Error> validate(const Contact& c);
// Every rule of validate(Contact) but "organisation or person_name": for
// partial records (contact patches), whose other fields are not known here.
std::optional<Error> validate_contact_fields(const Contact& c);
std::optional<Error> validate(const Patrol& p);
std::optional<Error> validate(const Visit& v);
std::optional<Error> validate(const Unit& u);
std::optional<Error> validate(const User& u);
std::optional<Error> validate(const Device& d);

}  // namespace ronde
