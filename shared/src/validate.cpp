// Validators of validate.hpp. The rules are listed in the header; this file
// keeps to them.
#include "ronde/validate.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace ronde {
namespace {

using namespace std::chrono;

constexpr std::size_t kMaxEmailLength = 254;  // RFC 5321
constexpr std::size_t kMaxUnitCodeLength = 64;
constexpr std::size_t kMaxUsernameLength = 64;
constexpr Timestamp kEarliest{sys_days{year{2000} / January / 1}};
constexpr Timestamp kLatest{sys_days{year{2100} / January / 1}};  // excluded

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_alnum(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string indexed(std::string_view field, std::size_t i) {
    return std::string(field) + "[" + std::to_string(i) + "]";
}

enum class Lines : std::uint8_t { one, many };

// Collects the first problem; every check after it is a no-op.
class Checker {
public:
    std::optional<Error> result() && { return std::move(error_); }
    bool failed() const { return error_.has_value(); }

    Checker& fail(std::string code, std::string message, std::string field) {
        if (!error_) {
            error_ = make_error(std::move(code), std::move(message), std::move(field));
        }
        return *this;
    }

    // UTF-8, control characters, length. Empty is fine.
    Checker& text(const std::string& field, std::string_view value, std::size_t max,
                  Lines lines = Lines::one) {
        if (failed()) {
            return *this;
        }
        if (!is_valid_utf8(value)) {
            return fail("invalid_utf8", field + " is not valid UTF-8", field);
        }
        for (const char ch : value) {
            const auto c = static_cast<unsigned char>(ch);
            const bool control = c < 0x20 || c == 0x7f;
            const bool allowed = lines == Lines::many && (c == '\t' || c == '\n' || c == '\r');
            if (control && !allowed) {
                return fail("invalid_value", field + " contains a control character", field);
            }
        }
        if (utf8_length(value) > max) {
            return fail("too_long",
                        field + " is longer than " + std::to_string(max) + " characters", field);
        }
        return *this;
    }

    Checker& required_text(const std::string& field, std::string_view value, std::size_t max) {
        text(field, value, max);
        if (!failed() && is_blank(value)) {
            fail("missing_field", field + " is required", field);
        }
        return *this;
    }

    Checker& uuid(const std::string& field, std::string_view value, bool required) {
        if (failed()) {
            return *this;
        }
        if (value.empty()) {
            return required ? fail("missing_field", field + " is required", field) : *this;
        }
        if (!is_valid_uuid(value)) {
            return fail("invalid_uuid", field + " is not a lowercase UUID", field);
        }
        return *this;
    }

    Checker& time(const std::string& field, Timestamp t) {
        if (!failed() && (t < kEarliest || t >= kLatest)) {
            fail("out_of_range", field + " is not between the years 2000 and 2099", field);
        }
        return *this;
    }

    Checker& date(const std::string& field, Date d) { return time(field, Timestamp{d}); }

    Checker& coordinate(const std::string& field, double value, double limit) {
        if (!failed() && !(std::isfinite(value) && value >= -limit && value <= limit)) {
            fail("out_of_range",
                 field + " must be between -" + std::to_string(static_cast<int>(limit)) + " and " +
                     std::to_string(static_cast<int>(limit)),
                 field);
        }
        return *this;
    }

    Checker& lat_lon(const std::string& prefix, double lat, double lon) {
        coordinate(prefix + "lat", lat, 90);
        return coordinate(prefix + "lon", lon, 180);
    }

    template <class E>
    Checker& member(const std::string& field, E value) {
        if (!failed() && static_cast<std::size_t>(value) >= entries<E>().size()) {
            fail("invalid_enum", field + " is not a known value", field);
        }
        return *this;
    }

    // No value twice; the path is the list's, the message names the index of
    // the second occurrence.
    template <class T>
    Checker& unique(const std::string& field, const std::vector<T>& values) {
        if (failed()) {
            return *this;
        }
        for (std::size_t i = 1; i < values.size(); ++i) {
            if (std::find(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(i),
                          values[i]) != values.begin() + static_cast<std::ptrdiff_t>(i)) {
                return fail("duplicate_value", indexed(field, i) + " repeats an earlier value",
                            field);
            }
        }
        return *this;
    }

    Checker& at_most(const std::string& field, std::size_t count, std::size_t max) {
        if (!failed() && count > max) {
            fail("too_many", field + " has more than " + std::to_string(max) + " entries", field);
        }
        return *this;
    }

private:
    std::optional<Error> error_;
};

bool luhn_ok(const std::string& digits) {
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (twice) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// ^[A-Z0-9][A-Z0-9_-]*$
bool is_unit_code(std::string_view code) {
    const auto upper_or_digit = [](char c) { return is_digit(c) || (c >= 'A' && c <= 'Z'); };
    return !code.empty() && upper_or_digit(code.front()) &&
           std::all_of(code.begin(), code.end(),
                       [&](char c) { return upper_or_digit(c) || c == '-' || c == '_'; });
}

bool is_domain_label_char(unsigned char c) {
    return is_ascii_alnum(static_cast<char>(c)) || c == '-' || c >= 0x80;
}

void check_contact_fields(Checker& v, const Contact& c) {
    v.member("category", c.category)
        .text("organisation", c.organisation, kMaxNameLength)
        .text("person_name", c.person_name, kMaxNameLength)
        .text("role_title", c.role_title, kMaxNameLength)
        .text("address", c.address, kMaxAddressLength, Lines::many)
        .text("commune", c.commune, kMaxNameLength);
    if (c.position) {
        v.lat_lon("position.", c.position->lat, c.position->lon);
    }
    v.text("phone", c.phone, kMaxNameLength);
    if (!v.failed() && !c.phone.empty() && !is_valid_french_phone(c.phone)) {
        v.fail("invalid_phone", "phone is not a French phone number", "phone");
    }
    // Length is part of plausibility (254 bytes): too long is invalid_email.
    v.text("email", c.email, std::numeric_limits<std::size_t>::max());
    if (!v.failed() && !c.email.empty() && !is_plausible_email(c.email)) {
        v.fail("invalid_email", "email is not a plausible e-mail address", "email");
    }
    v.text("siret", c.siret, kMaxNameLength);
    if (!v.failed() && !c.siret.empty() && !is_valid_siret(c.siret)) {
        v.fail("invalid_siret", "siret is not a valid SIRET number", "siret");
    }
    v.uuid("referent_id", c.referent_id, false)
        .text("notes", c.notes, kMaxNoteLength, Lines::many)
        .at_most("tags", c.tags.size(), kMaxTags);
    for (std::size_t i = 0; i < c.tags.size() && !v.failed(); ++i) {
        const std::string field = indexed("tags", i);
        v.text(field, c.tags[i], kMaxNameLength);
        if (!v.failed() && is_blank(c.tags[i])) {
            v.fail("invalid_value", field + " is blank", field);
        }
    }
    v.unique("tags", c.tags);
}

void check_follow_up(Checker& v, const FollowUp& f, Timestamp occurred_at) {
    const auto inconsistent = [&](const char* key, const std::string& why) {
        const std::string field = std::string("follow_up.") + key;
        v.fail("inconsistent_follow_up", field + " " + why, field);
    };
    v.text("follow_up.summary", f.summary, kMaxNoteLength, Lines::many)
        .uuid("follow_up.assignee_id", f.assignee_id, false)
        .member("follow_up.status", f.status)
        .uuid("follow_up.closed_by", f.closed_by, false);
    if (f.due_date) {
        v.date("follow_up.due_date", *f.due_date);
    }
    if (f.closed_at) {
        v.time("follow_up.closed_at", *f.closed_at);
    }
    if (v.failed()) {
        return;
    }
    if (f.needed) {
        if (is_blank(f.summary)) {
            inconsistent("summary", "is required when a follow-up is needed");
        }
    } else {
        const char* why = "must be empty when no follow-up is needed";
        if (!f.summary.empty()) {
            inconsistent("summary", why);
        } else if (f.due_date) {
            inconsistent("due_date", why);
        } else if (!f.assignee_id.empty()) {
            inconsistent("assignee_id", why);
        } else if (f.status != FollowUpStatus::open) {
            inconsistent("status", "must be open when no follow-up is needed");
        }
    }
    if (f.status == FollowUpStatus::done) {
        if (!f.closed_at) {
            inconsistent("closed_at", "is required when the follow-up is done");
        } else if (*f.closed_at < occurred_at) {
            inconsistent("closed_at", "is before the visit");
        } else if (f.closed_by.empty()) {
            inconsistent("closed_by", "is required when the follow-up is done");
        }
    } else if (f.closed_at) {
        inconsistent("closed_at", "must be empty while the follow-up is open");
    } else if (!f.closed_by.empty()) {
        inconsistent("closed_by", "must be empty while the follow-up is open");
    }
}

}  // namespace

bool is_valid_utf8(std::string_view text) noexcept {
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        std::uint32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + len > n) {
            return false;
        }
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;  // overlong, out of Unicode, or a surrogate
        }
        i += len;
    }
    return true;
}

std::string_view trim_spaces(std::string_view text) noexcept {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::size_t utf8_length(std::string_view text) noexcept {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

bool is_valid_uuid(std::string_view text) noexcept {
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') {
                return false;
            }
        } else if (!is_digit(c) && !(c >= 'a' && c <= 'f')) {
            return false;
        }
    }
    const char version = text[14];
    const char variant = text[19];
    return version >= '1' && version <= '8' &&
           (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
}

bool is_valid_french_phone(std::string_view text) noexcept {
    // ^(0[1-9]|\+33[ .-]?[1-9])([ .-]?[0-9]{2}){4}$, as in the protocol schema.
    const auto at = [&](std::size_t k) { return k < text.size() ? text[k] : '\0'; };
    const auto is_separator = [](char c) { return c == ' ' || c == '.' || c == '-'; };
    std::size_t i = 0;
    if (text.starts_with("+33")) {
        i = is_separator(at(3)) ? 4 : 3;
    } else if (at(0) == '0') {
        i = 1;
    } else {
        return false;
    }
    if (at(i) < '1' || at(i) > '9') {
        return false;
    }
    ++i;
    for (int group = 0; group < 4; ++group) {
        if (is_separator(at(i))) {
            ++i;
        }
        if (!is_digit(at(i)) || !is_digit(at(i + 1))) {
            return false;
        }
        i += 2;
    }
    return i == text.size();
}

bool is_valid_siret(std::string_view text) noexcept {
    std::string digits;
    for (const char c : text) {
        if (is_digit(c)) {
            digits += c;
        } else if (c != ' ') {
            return false;
        }
    }
    if (digits.size() != 14) {
        return false;
    }
    if (luhn_ok(digits)) {
        return true;
    }
    // La Poste's establishments share one SIREN and use the sum of the
    // digits, a multiple of 5, instead of the Luhn key.
    if (digits.starts_with("356000000")) {
        int sum = 0;
        for (const char c : digits) {
            sum += c - '0';
        }
        return sum % 5 == 0;
    }
    return false;
}

bool is_plausible_email(std::string_view text) noexcept {
    if (text.size() > kMaxEmailLength) {
        return false;
    }
    const auto at = text.find('@');
    if (at == std::string_view::npos || text.rfind('@') != at) {
        return false;
    }
    const std::string_view local = text.substr(0, at);
    const std::string_view domain = text.substr(at + 1);
    if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.' ||
        local.find("..") != std::string_view::npos) {
        return false;
    }
    constexpr std::string_view kForbidden = "()<>[]\\,;:\"";
    for (const char ch : local) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == 0x7f || kForbidden.find(ch) != std::string_view::npos) {
            return false;
        }
    }
    std::size_t labels = 0;
    std::string_view rest = domain;
    std::string_view last;
    while (true) {
        const auto dot = rest.find('.');
        const std::string_view label = rest.substr(0, dot);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
            return false;
        }
        for (const char c : label) {
            if (!is_domain_label_char(static_cast<unsigned char>(c))) {
                return false;
            }
        }
        ++labels;
        last = label;
        if (dot == std::string_view::npos) {
            break;
        }
        rest = rest.substr(dot + 1);
    }
    const bool numeric_tld = std::all_of(last.begin(), last.end(), is_digit);
    return labels >= 2 && last.size() >= 2 && !numeric_tld;
}

std::optional<Error> validate_contact_fields(const Contact& c) {
    Checker v;
    check_contact_fields(v, c);
    return std::move(v).result();
}

std::optional<Error> validate(const Contact& c) {
    Checker v;
    check_contact_fields(v, c);
    if (!v.failed() && is_blank(c.organisation) && is_blank(c.person_name)) {
        v.fail("missing_field", "A contact needs an organisation or a person name", "organisation");
    }
    return std::move(v).result();
}

std::optional<Error> validate(const Patrol& p) {
    Checker v;
    v.member("mode", p.mode).time("started_at", p.started_at);
    if (p.ended_at) {
        v.time("ended_at", *p.ended_at);
        if (!v.failed() && *p.ended_at < p.started_at) {
            v.fail("out_of_range", "ended_at is before started_at", "ended_at");
        }
    }
    v.at_most("members", p.members.size(), kMaxPatrolMembers);
    for (std::size_t i = 0; i < p.members.size(); ++i) {
        v.uuid(indexed("members", i), p.members[i], true);
    }
    v.unique("members", p.members)
        .text("area_label", p.area_label, kMaxNameLength)
        .text("event_label", p.event_label, kMaxNameLength)
        .text("notes", p.notes, kMaxNoteLength, Lines::many)
        .at_most("track", p.track.size(), kMaxTrackPoints);
    for (std::size_t i = 0; i < p.track.size() && !v.failed(); ++i) {
        const std::string prefix = indexed("track", i) + ".";
        v.lat_lon(prefix, p.track[i].lat, p.track[i].lon).time(prefix + "at", p.track[i].at);
    }
    v.uuid("author_id", p.author_id, false).uuid("device_id", p.device_id, false);
    return std::move(v).result();
}

std::optional<Error> validate(const Visit& visit) {
    Checker v;
    v.uuid("patrol_id", visit.patrol_id, false)
        .uuid("contact_id", visit.contact_id, false)
        .time("occurred_at", visit.occurred_at);
    if (visit.position) {
        const VisitPosition& pos = *visit.position;
        v.lat_lon("position.", pos.lat, pos.lon);
        if (!v.failed() && pos.accuracy_m &&
            !(std::isfinite(*pos.accuracy_m) && *pos.accuracy_m >= 0)) {
            v.fail("out_of_range", "position.accuracy_m must be a finite number >= 0",
                   "position.accuracy_m");
        }
        v.member("position.source", pos.source);
    }
    v.text("place_label", visit.place_label, kMaxNameLength);
    for (std::size_t i = 0; i < visit.topics.size(); ++i) {
        v.member(indexed("topics", i), visit.topics[i]);
    }
    v.unique("topics", visit.topics);
    for (std::size_t i = 0; i < visit.actions.size(); ++i) {
        v.member(indexed("actions", i), visit.actions[i]);
    }
    v.unique("actions", visit.actions)
        .member("climate", visit.climate)
        .text("note", visit.note, kMaxNoteLength, Lines::many);
    check_follow_up(v, visit.follow_up, visit.occurred_at);
    v.uuid("author_id", visit.author_id, false).uuid("device_id", visit.device_id, false);
    return std::move(v).result();
}

std::optional<Error> validate(const Unit& u) {
    Checker v;
    v.uuid("id", u.id, true);
    if (!v.failed()) {
        if (u.code.empty()) {
            v.fail("missing_field", "code is required", "code");
        } else if (u.code.size() > kMaxUnitCodeLength) {
            v.fail("too_long", "code is longer than 64 characters", "code");
        } else if (!is_unit_code(u.code)) {
            v.fail("invalid_value",
                   "code may hold only capital letters, digits, '-' and '_', and starts with a "
                   "letter or a digit",
                   "code");
        }
    }
    v.required_text("name", u.name, kMaxNameLength);
    return std::move(v).result();
}

std::optional<Error> validate(const User& u) {
    Checker v;
    v.uuid("id", u.id, true).uuid("unit_id", u.unit_id, true);
    if (!v.failed()) {
        if (u.username.empty()) {
            v.fail("missing_field", "username is required", "username");
        } else if (u.username.size() > kMaxUsernameLength) {
            v.fail("too_long", "username is longer than 64 characters", "username");
        } else if (!std::all_of(u.username.begin(), u.username.end(), [](char c) {
                       return is_ascii_alnum(c) || c == '.' || c == '_' || c == '-' || c == '@';
                   })) {
            v.fail("invalid_value",
                   "username may hold only ASCII letters, digits, '.', '_', '-' and '@'",
                   "username");
        }
    }
    v.required_text("display_name", u.display_name, kMaxNameLength).member("role", u.role);
    return std::move(v).result();
}

std::optional<Error> validate(const Device& d) {
    Checker v;
    v.uuid("id", d.id, true)
        .uuid("user_id", d.user_id, true)
        .text("name", d.name, kMaxNameLength)
        .time("enrolled_at", d.enrolled_at);
    if (d.last_seen_at) {
        v.time("last_seen_at", *d.last_seen_at);
    }
    if (d.revoked_at) {
        v.time("revoked_at", *d.revoked_at);
    }
    return std::move(v).result();
}

}  // namespace ronde
