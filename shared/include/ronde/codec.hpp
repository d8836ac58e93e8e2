// JSON codec of the domain records and of the sync protocol's messages, on
// nlohmann/json. The contract, for every type T:
//   decode<T>(encode(x)) == x;
//   unknown keys are ignored, missing optional keys take their defaults;
//   a wrong type or a missing required key is an Error whose field is the
//   path of the key; no exception ever leaves these functions.
//
// Shapes: keys are the C++ field names; enums are their codes; Timestamp is
// "2026-11-26T10:30:15.123Z", Date "2026-11-26"; strings and arrays are always
// written (possibly "" or []); std::optional values are omitted when absent.
// On decode a missing key and null are the same: the default, or missing_field
// for a required key. Required keys: Contact category; Patrol mode,
// started_at; Visit occurred_at; position and track points lat, lon (track
// points also at); Unit id, code, name; User id, unit_id, username, role;
// Device id, user_id, enrolled_at. Other errors: invalid_type (field of the
// key, "tags[1]", "" for a non-object record), invalid_enum, invalid_time,
// invalid_date, invalid_uuid / invalid_hlc (change id / hlc),
// out_of_range (an integer above INT64_MAX; a negative seq, next_since or
// server_seq). A rejected push result needs its error (missing_field).
// Messages:
//   change         {"entity","id","hlc","deleted","data"}; data optional only
//                   for a tombstone (then {})
//   push request   {"protocol":1,"batch_id","changes":[...]}
//   push response  {"batch_id","results":[{"id","outcome":"applied"|
//                   "duplicate"|"rejected","error"?:<error body>}],"server_seq"}
//   pull response  {"changes":[{"seq", <change keys>}],"next_since","has_more"}
//   error          {"error": <error body>}, body = {"code","message",
//                   "details":{"field"?}} (details is {} without a field)
#pragma once

#include "ronde/domain.hpp"
#include "ronde/error.hpp"

// The full header: Change and PushRequest hold Json values.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ronde {

using Json = nlohmann::json;

// The protocol major version this build speaks.
inline constexpr int kProtocolVersion = 1;
inline constexpr std::size_t kMaxJsonDepth = 32;

// Parses JSON text. Rejects (code "invalid_json") malformed text, invalid
// UTF-8, nesting deeper than max_depth, numbers that do not fit a double or a
// 64-bit integer, and trailing garbage. Never throws.
Result<Json> parse_json(std::string_view text, std::size_t max_depth = kMaxJsonDepth);
// The same, and when the text is an object with a member `key` whose value
// is written exactly as dump() writes it (sorted keys, no spaces, the same
// escapes and number forms), sets `canonical_member` to that value's text;
// otherwise (or when unsure) leaves it empty. The push digest hashes the
// canonical form of "changes" (PROTOCOL.md §6.2): a client that sends it
// canonical spares the server a dump.
Result<Json> parse_json(std::string_view text, std::string_view key,
                        std::optional<std::string_view>& canonical_member,
                        std::size_t max_depth = kMaxJsonDepth);

Json encode(const Contact& c);
Json encode(const Patrol& p);
Json encode(const Visit& v);
// encode(x).dump(), byte for byte, written without building a tree (the
// server's storage form of a record).
std::string encode_text(const Contact& c);
std::string encode_text(const Patrol& p);
std::string encode_text(const Visit& v);

// Appends j.dump() to `out`, byte for byte (sorted keys, no spaces, the same
// escapes and number forms), without the serializer's per-string copies.
// Throws nlohmann's type_error on invalid UTF-8 in a string, as dump() does.
void dump_to(const Json& j, std::string& out);
Json encode(const Unit& u);
Json encode(const User& u);
Json encode(const Device& d);

Result<Contact> decode_contact(const Json& j);
Result<Patrol> decode_patrol(const Json& j);
Result<Visit> decode_visit(const Json& j);
Result<Unit> decode_unit(const Json& j);
Result<User> decode_user(const Json& j);
Result<Device> decode_device(const Json& j);

// One change on the wire: {"entity", "id", "hlc", "deleted", "data"}.
// `data` stays JSON here: contacts may carry only the keys they set (see
// PROTOCOL.md), and the receiver decides how to merge before decoding.
struct Change {
    Entity entity = Entity::contact;
    std::string id;   // UUID
    std::string hlc;  // HLC text form
    bool deleted = false;
    Json data;  // an object (may be empty for a tombstone)
};
Json encode(const Change& c);
// Checks the envelope only: entity code, UUID id, HLC syntax (invalid_hlc),
// boolean deleted, object data; data is required (missing_field "data")
// unless deleted, and is {} for a tombstone without it. Field paths are
// "entity", "id", "hlc", "data"...
Result<Change> decode_change(const Json& j);
// The same, moving `data` out of j instead of copying it.
Result<Change> decode_change(Json&& j);
// Envelope and record: decodes `data` as the entity's record and validates it
// (paths prefixed with "data."). Tombstones need no data (any data is
// ignored). Contact data is always checked as a patch (validate_contact_patch),
// since a full record is also a patch that sets every key; the server checks
// the merged record with validate(Contact) afterwards. Patrol and visit data
// are full records: decode_patrol/decode_visit, then validate(), except for
// the server-set author_id and device_id, whose values are not judged here.
std::optional<Error> validate_change(const Change& c);

// Checks contact data that may carry only the keys a change sets: it must be
// an object (else invalid_type, field ""; {} is a valid empty patch); every
// key present has its type and passes its rule of validate(Contact); a null
// value resets the key to its default. No key is required, and "organisation
// or person_name" is checked only when the patch sets both of them. Paths are
// relative to the record ("phone", "position.lat").
std::optional<Error> validate_contact_patch(const Json& data);

// POST /api/v1/sync/push body. Changes stay raw so that each one can be
// decoded, validated and answered alone.
struct PushRequest {
    int protocol = kProtocolVersion;
    std::string batch_id;  // UUID
    std::vector<Json> changes;
};
Json encode(const PushRequest& r);
// Errors: invalid_type/missing_field for the envelope, unsupported_protocol
// for another major version, too_many when changes exceed max_changes.
Result<PushRequest> decode_push_request(const Json& j, std::size_t max_changes = 500);
// The same, moving the changes out of j instead of copying them (j keeps its
// envelope; its changes are left null).
Result<PushRequest> decode_push_request(Json&& j, std::size_t max_changes = 500);

enum class ChangeOutcome : std::uint8_t { applied, duplicate, rejected };
struct ChangeResult {
    std::string id;
    ChangeOutcome outcome = ChangeOutcome::applied;
    std::optional<Error> error;  // when rejected
    bool operator==(const ChangeResult&) const = default;
};
struct PushResponse {
    std::string batch_id;
    std::vector<ChangeResult> results;  // in request order
    std::int64_t server_seq = 0;
};
Json encode(const PushResponse& r);
// encode(r).dump(), byte for byte, without a tree.
std::string encode_text(const PushResponse& r);
Result<PushResponse> decode_push_response(const Json& j);

// A pulled change: the change plus its server sequence number.
struct PulledChange {
    std::int64_t seq = 0;
    Change change;
};
struct PullResponse {
    std::vector<PulledChange> changes;
    std::int64_t next_since = 0;
    bool has_more = false;
};
Json encode(const PullResponse& r);
Result<PullResponse> decode_pull_response(const Json& j);

// {"error": {"code", "message", "details": {"field": ...}}}
Json encode_error(const Error& e);
Result<Error> decode_error(const Json& j);

}  // namespace ronde
