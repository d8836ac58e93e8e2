#include "services/query_params.hpp"

#include "ronde/time.hpp"
#include "ronde/validate.hpp"
#include "services/export_format.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>

namespace ronde::server {
namespace {

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string b64url(std::string_view in) {
    std::string out;
    std::uint32_t acc = 0;
    int bits = 0;
    for (unsigned char c : in) {
        acc = (acc << 8) | c;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += kB64[(acc >> bits) & 0x3f];
        }
    }
    if (bits > 0) {
        out += kB64[(acc << (6 - bits)) & 0x3f];
    }
    return out;
}

std::optional<std::string> unb64url(std::string_view in) {
    std::string out;
    std::uint32_t acc = 0;
    int bits = 0;
    for (char c : in) {
        const char* p = std::strchr(kB64, c);
        if (c == '\0' || p == nullptr) {
            return std::nullopt;
        }
        acc = (acc << 6) | static_cast<std::uint32_t>(p - kB64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xff);
        }
    }
    return out;
}

// The UTC instant (Unix ms) of 00:00 in Europe/Paris on `day`. No change of
// offset happens at midnight in Paris, so the offset an hour before is the
// right one.
std::int64_t paris_midnight_ms(Date day) {
    const Timestamp local_midnight{std::chrono::sys_days(day)};
    return (local_midnight - paris_offset(local_midnight - std::chrono::hours(1)))
        .time_since_epoch()
        .count();
}

}  // namespace

std::optional<std::int64_t> to_int(std::string_view s) {
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size() || s.empty()) {
        return std::nullopt;
    }
    return v;
}

std::string encode_cursor(std::string_view kind, const ListKey& k) {
    return b64url(std::string(kind) + ":" + std::to_string(k.sort) + ":" + std::to_string(k.rowid));
}

Params::Params(const QueryParams& p, std::initializer_list<std::string_view> allowed) : p_(p) {
    check(std::vector<std::string_view>(allowed.begin(), allowed.end()));
}

void Params::check(const std::vector<std::string_view>& allowed) {
    for (const auto& [key, value] : p_) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            unknown_ =
                make_error("invalid_value", "'" + key + "' is not a parameter of this route.", key);
            return;
        }
    }
}

std::optional<std::string> Params::raw(const std::string& key) const {
    const auto it = p_.find(key);
    if (it == p_.end()) {
        return std::nullopt;
    }
    return it->second;
}

Result<std::string> Params::text(const std::string& key, std::size_t max) const {
    const auto v = raw(key);
    if (!v) {
        return std::string();
    }
    if (!is_valid_utf8(*v) || utf8_length(*v) > max) {
        return make_error(
            "invalid_value",
            "'" + key + "' must be text of at most " + std::to_string(max) + " characters.", key);
    }
    return *v;
}

Result<std::string> Params::commune() const {
    std::string value;
    RONDE_TRY(value, text("commune"));
    return std::string(trim_spaces(value));
}

Result<std::string> Params::uuid(const std::string& key) const {
    const auto v = raw(key);
    if (!v) {
        return std::string();
    }
    if (!is_valid_uuid(*v)) {
        return make_error("invalid_uuid", "'" + key + "' must be a lowercase UUID.", key);
    }
    return *v;
}

Result<std::optional<std::int64_t>> Params::integer(const std::string& key, std::int64_t min,
                                                    std::int64_t max) const {
    const auto v = raw(key);
    if (!v) {
        return std::optional<std::int64_t>();
    }
    const auto n = to_int(*v);
    if (!n) {
        return make_error("invalid_type", "'" + key + "' must be an integer.", key);
    }
    if (*n < min || *n > max) {
        return make_error("out_of_range",
                          "'" + key + "' must be between " + std::to_string(min) + " and " +
                              std::to_string(max) + ".",
                          key);
    }
    return std::optional<std::int64_t>(*n);
}

Result<std::optional<double>> Params::number(const std::string& key, double min, double max) const {
    const auto v = raw(key);
    if (!v) {
        return std::optional<double>();
    }
    double d = 0;
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), d);
    if (ec != std::errc{} || end != v->data() + v->size() || v->empty() || !std::isfinite(d)) {
        return make_error("invalid_type", "'" + key + "' must be a number.", key);
    }
    if (d < min || d > max) {
        return make_error("out_of_range", "'" + key + "' is out of range.", key);
    }
    return std::optional<double>(d);
}

Result<std::optional<std::int64_t>> Params::bound(const std::string& key, bool upper) const {
    const auto v = raw(key);
    if (!v) {
        return std::optional<std::int64_t>();
    }
    if (v->size() == 10) {
        Result<Date> d = parse_date(*v);
        if (!d) {
            return make_error("invalid_date", "'" + key + "' must be a date YYYY-MM-DD.", key);
        }
        const Date day = upper ? d.value() + std::chrono::days(1) : d.value();
        return std::optional<std::int64_t>(paris_midnight_ms(day));
    }
    Result<Timestamp> t = parse_timestamp(*v);
    if (!t) {
        return make_error("invalid_time", "'" + key + "' must be a date YYYY-MM-DD or a UTC time.",
                          key);
    }
    return std::optional<std::int64_t>(t.value().time_since_epoch().count());
}

Result<std::optional<ListKey>> Params::cursor(std::string_view kind) const {
    const auto v = raw("cursor");
    if (!v || v->empty()) {
        return std::optional<ListKey>();
    }
    const Error bad =
        make_error("invalid_value", "'cursor' is not a cursor of this list.", "cursor");
    const auto text = unb64url(*v);
    if (!text || !text->starts_with(std::string(kind) + ":")) {
        return bad;
    }
    const std::string rest = text->substr(kind.size() + 1);
    const auto colon = rest.find(':');
    if (colon == std::string::npos) {
        return bad;
    }
    const auto sort = to_int(std::string_view(rest).substr(0, colon));
    const auto rowid = to_int(std::string_view(rest).substr(colon + 1));
    if (!sort || !rowid) {
        return bad;
    }
    return std::optional<ListKey>(ListKey{*sort, *rowid});
}

Result<std::optional<Circle>> near_of(const Params& p) {
    std::optional<double> lat;
    std::optional<double> lon;
    std::optional<double> radius;
    RONDE_TRY(lat, p.number("lat", -90, 90));
    RONDE_TRY(lon, p.number("lon", -180, 180));
    RONDE_TRY(radius, p.number("radius_m", 1, 200000));
    if (!lat && !lon && !radius) {
        return std::optional<Circle>();
    }
    if (!lat || !lon || !radius) {
        const char* missing = !lat ? "lat" : !lon ? "lon" : "radius_m";
        return make_error("missing_field", "lat, lon and radius_m go together.", missing);
    }
    return std::optional<Circle>(Circle{*lat, *lon, *radius});
}

Result<VisitQuery> visit_query_of(const Params& p, const std::string& unit_id, bool with_period) {
    VisitQuery q;
    q.unit_id = unit_id;
    if (with_period) {
        RONDE_TRY(q.from_ms, p.bound("from", false));
        RONDE_TRY(q.to_ms, p.bound("to", true));
        if (q.from_ms && q.to_ms && *q.from_ms >= *q.to_ms) {
            return make_error("invalid_value", "'from' must be before 'to'.", "from");
        }
    }
    RONDE_TRY(q.commune, p.commune());
    RONDE_TRY(q.category, p.code<ContactCategory>("category"));
    RONDE_TRY(q.topic, p.code<Topic>("topic"));
    RONDE_TRY(q.action, p.code<Action>("action"));
    RONDE_TRY(q.author_id, p.uuid("author"));
    RONDE_TRY(q.patrol_id, p.uuid("patrol"));
    RONDE_TRY(q.contact_id, p.uuid("contact"));
    RONDE_TRY(q.assignee_id, p.uuid("assignee"));
    if (auto fu = p.raw("follow_up")) {
        if (*fu != "none" && *fu != "open" && *fu != "done") {
            return make_error("invalid_enum", "'follow_up' is none, open or done.", "follow_up");
        }
        q.follow_up = *fu;
    }
    std::string text;
    RONDE_TRY(text, p.text("q"));
    q.text_match = fts_match(text);
    RONDE_TRY(q.near, near_of(p));
    return q;
}

}  // namespace ronde::server
