#include "services/supervisor_service.hpp"

#include "ronde/hlc.hpp"
#include "ronde/time.hpp"
#include "ronde/validate.hpp"
#include "services/audit_service.hpp"
#include "store/queries.hpp"
#include "store/store.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <set>

namespace ronde::server {
namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
constexpr std::int64_t kHourMs = 3600LL * 1000;

Error internal_error() {
    return make_error("internal", "The server could not complete the request.");
}
Error forbidden(const char* why) {
    return make_error("forbidden", why);
}
Error not_found(const char* what) {
    return make_error("not_found", std::string(what) + " does not exist.");
}

// --- Europe/Paris days (as the exports count them) -------------------------

std::chrono::sys_days last_sunday(int year, unsigned month) {
    using namespace std::chrono;
    return sys_days{std::chrono::year{year} / month / Sunday[last]};
}

// Offset of Europe/Paris at a UTC instant: +2 h from the last Sunday of
// March 01:00 UTC to the last Sunday of October 01:00 UTC, else +1 h.
std::int64_t paris_offset_ms(std::int64_t utc_ms) {
    using namespace std::chrono;
    const sys_days day{floor<days>(milliseconds{utc_ms})};
    const int y = static_cast<int>(year_month_day{day}.year());
    const std::int64_t start = last_sunday(y, 3).time_since_epoch().count() * kDayMs + kHourMs;
    const std::int64_t end = last_sunday(y, 10).time_since_epoch().count() * kDayMs + kHourMs;
    return utc_ms >= start && utc_ms < end ? 2 * kHourMs : kHourMs;
}

// The UTC instant of 00:00 in Paris on day `d` (days since 1970-01-01).
std::int64_t paris_midnight_ms(std::int64_t d) {
    const std::int64_t utc_midnight = d * kDayMs;
    // Midnight in Paris is 22:00 or 23:00 UTC the day before: never near a
    // switch of offset (01:00 UTC).
    return utc_midnight - paris_offset_ms(utc_midnight - 2 * kHourMs);
}

std::int64_t paris_day_of(std::int64_t utc_ms) {
    const std::int64_t local = utc_ms + paris_offset_ms(utc_ms);
    return local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs);
}

// "2026-W48": the ISO 8601 week of a day.
std::string iso_week(std::int64_t day) {
    using namespace std::chrono;
    const sys_days d{days{day}};
    const unsigned wd = weekday{d}.iso_encoding();  // Monday 1 .. Sunday 7
    const sys_days thursday = d + days{4 - static_cast<int>(wd)};
    const year y = year_month_day{thursday}.year();
    const sys_days jan1{y / January / 1};
    const int week = static_cast<int>((thursday - jan1).count() / 7 + 1);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(y), week);
    return buf;
}

std::string date_of_day(std::int64_t day) {
    return format_date(std::chrono::sys_days{std::chrono::days{day}});
}

// --- cursors ------------------------------------------------------------

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

// Opaque to clients: "<kind>:<sort>:<rowid>" in base64url.
std::string encode_cursor(std::string_view kind, const ListKey& k) {
    return b64url(std::string(kind) + ":" + std::to_string(k.sort) + ":" + std::to_string(k.rowid));
}

std::optional<std::int64_t> to_int(std::string_view s) {
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size() || s.empty()) {
        return std::nullopt;
    }
    return v;
}

// --- query parameters ---------------------------------------------------

class Params {
public:
    Params(const QueryParams& p, std::initializer_list<std::string_view> allowed) : p_(p) {
        for (const auto& [key, value] : p) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end() && !unknown_) {
                unknown_ = make_error("invalid_value",
                                      "'" + key + "' is not a parameter of this route.", key);
            }
        }
    }
    const std::optional<Error>& unknown() const { return unknown_; }

    std::optional<std::string> raw(const std::string& key) const {
        const auto it = p_.find(key);
        if (it == p_.end()) {
            return std::nullopt;
        }
        return it->second;
    }

    Result<std::string> text(const std::string& key, std::size_t max = 200) const {
        const auto v = raw(key);
        if (!v) {
            return std::string();
        }
        if (!is_valid_utf8(*v) || utf8_length(*v) > max) {
            return make_error(
                "invalid_value",
                "'" + key + "' must be text of at most " + std::to_string(max) + " characters.",
                key);
        }
        return *v;
    }

    Result<std::string> uuid(const std::string& key) const {
        const auto v = raw(key);
        if (!v) {
            return std::string();
        }
        if (!is_valid_uuid(*v)) {
            return make_error("invalid_uuid", "'" + key + "' must be a lowercase UUID.", key);
        }
        return *v;
    }

    template <class E>
    Result<std::string> code(const std::string& key) const {
        const auto v = raw(key);
        if (!v) {
            return std::string();
        }
        if (!parse_enum<E>(*v)) {
            return make_error("invalid_enum", "'" + key + "' is not a known code.", key);
        }
        return *v;
    }

    Result<std::optional<std::int64_t>> integer(const std::string& key, std::int64_t min,
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

    Result<std::optional<double>> number(const std::string& key, double min, double max) const {
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

    // A period bound: a date (a day of Europe/Paris; for `to`, the whole
    // day is included) or a UTC time (for `to`, exclusive).
    Result<std::optional<std::int64_t>> bound(const std::string& key, bool upper) const {
        const auto v = raw(key);
        if (!v) {
            return std::optional<std::int64_t>();
        }
        if (v->size() == 10) {
            Result<Date> d = parse_date(*v);
            if (!d) {
                return make_error("invalid_date", "'" + key + "' must be a date YYYY-MM-DD.", key);
            }
            const std::int64_t day = d.value().time_since_epoch().count();
            return std::optional<std::int64_t>(paris_midnight_ms(upper ? day + 1 : day));
        }
        Result<Timestamp> t = parse_timestamp(*v);
        if (!t) {
            return make_error("invalid_time",
                              "'" + key + "' must be a date YYYY-MM-DD or a UTC time.", key);
        }
        return std::optional<std::int64_t>(t.value().time_since_epoch().count());
    }

    Result<std::optional<ListKey>> cursor(std::string_view kind) const {
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

private:
    const QueryParams& p_;
    std::optional<Error> unknown_;
};

// Assigns `target` from a Result, or returns its error from the function.
#define RONDE_TRY(target, expr)               \
    do {                                      \
        auto ronde_r_ = (expr);               \
        if (!ronde_r_) {                      \
            return ronde_r_.error();          \
        }                                     \
        target = std::move(ronde_r_).value(); \
    } while (false)

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

Json item_json(const ListedRecord& r) {
    Json data = Json::parse(r.data);
    return Json{{"id", r.id}, {"hlc", r.hlc}, {"seq", r.seq}, {"data", std::move(data)}};
}

std::string ms_text(std::int64_t ms) {
    return format_timestamp(Timestamp{std::chrono::milliseconds{ms}});
}

// --- writing a change -----------------------------------------------------

// A stamp after `previous` (the record's version) from the caller's device.
std::string next_hlc(const std::string& previous, const Principal& who, std::int64_t now) {
    HlcStamp s{now, 0, node_from_uuid(who.device_id)};
    if (auto prev = HlcStamp::parse(previous)) {
        if (prev->wall_ms >= now) {
            s.wall_ms = prev->wall_ms;
            s.counter = prev->counter + 1;
            if (s.counter > 0xffff) {
                s.wall_ms += 1;
                s.counter = 0;
            }
        }
    }
    return s.to_string();
}

// Sets the version of units of merge `keys` in a versions text (format of
// store.hpp: {"v": [[hlc, user, device, seq]...], "k": {unit: index}}),
// dropping versions no unit uses any more.
std::string set_versions(const std::string& text, const std::vector<std::string>& keys,
                         const std::string& hlc, const Principal& who, std::int64_t seq) {
    Json j = Json::parse(text.empty() ? "{}" : text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        j = Json::object();
    }
    Json list = j.contains("v") && j["v"].is_array() ? j["v"] : Json::array();
    Json k = j.contains("k") && j["k"].is_object() ? j["k"] : Json::object();
    list.push_back(Json::array({hlc, who.user_id, who.device_id, seq}));
    for (const auto& key : keys) {
        k[key] = list.size() - 1;
    }
    std::vector<std::int64_t> renumber(list.size(), -1);
    for (auto it = k.begin(); it != k.end(); ++it) {
        renumber[it->get<std::size_t>()] = 0;
    }
    Json kept = Json::array();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (renumber[i] == 0) {
            renumber[i] = static_cast<std::int64_t>(kept.size());
            kept.push_back(list[i]);
        }
    }
    for (auto it = k.begin(); it != k.end(); ++it) {
        *it = renumber[it->get<std::size_t>()];
    }
    return Json{{"k", k}, {"v", kept}}.dump();
}

void fill_visit_row(RecordRow& row, const Visit& v) {
    row.data = encode(v).dump();
    row.occurred_at_ms = v.occurred_at.time_since_epoch().count();
    row.open_follow_up = v.follow_up.needed && v.follow_up.status == FollowUpStatus::open;
    row.closed_at_ms.reset();
    if (v.follow_up.status == FollowUpStatus::done && v.follow_up.closed_at) {
        row.closed_at_ms = v.follow_up.closed_at->time_since_epoch().count();
    }
    row.members.clear();
}

void fill_patrol_row(RecordRow& row, const Patrol& p) {
    row.data = encode(p).dump();
    row.occurred_at_ms = p.started_at.time_since_epoch().count();
    row.open_follow_up = false;
    row.closed_at_ms.reset();
    row.members = p.members;
}

Error prefixed(const Error& e, std::string_view prefix) {
    Error out = e;
    out.field = e.field.empty() ? std::string(prefix) : std::string(prefix) + "." + e.field;
    return out;
}

}  // namespace

struct SupervisorService::Impl {
    Store& store;
    AuditService& audit;
    SupervisorConfig config;
    MillisClock clock;

    // A read transaction on derived tables brought up to date first.
    std::unique_ptr<ReadTx> fresh_read() {
        derive();
        return store.begin_read();
    }

    // Brings the derived tables up to date before a query reads them, a
    // chunk per write transaction so that a push waits one chunk at most.
    std::int64_t derive(const std::function<bool()>& keep_going = {}) {
        {
            auto tx = store.begin_read();
            if (!derive_queue_pending(*tx)) {
                return 0;
            }
        }
        std::int64_t total = 0;
        for (;;) {
            if (keep_going && !keep_going()) {
                return total;
            }
            auto tx = store.begin_write();
            const std::int64_t n = derive_pending(*tx, config.derive_chunk);
            if (n == 0) {
                return total;
            }
            tx->commit();
            total += n;
        }
    }

    Result<int> limit_of(const Params& p) const {
        std::optional<std::int64_t> n;
        RONDE_TRY(n, p.integer("limit", 1, std::numeric_limits<std::int64_t>::max()));
        if (!n) {
            return config.default_limit;
        }
        return static_cast<int>(std::min<std::int64_t>(*n, config.max_limit));
    }

    // Writes the consultation to the journal; an error refuses the answer.
    std::optional<Error> journal(const Principal& who, const char* action, const char* route,
                                 const QueryParams& params, std::size_t count) {
        Json filters = Json::object();
        for (const auto& [k, v] : params) {
            filters[k] = v;
        }
        auto r = audit.append(
            AuditEntry::by(who, action, route, {{"filters", filters}, {"count", count}}));
        if (!r) {
            return r.error();
        }
        return std::nullopt;
    }

    Json page(std::vector<ListedRecord>& rows, int limit, std::string_view kind,
              const std::function<Json(const ListedRecord&)>& item) {
        const bool more = rows.size() > static_cast<std::size_t>(limit);
        if (more) {
            rows.resize(static_cast<std::size_t>(limit));
        }
        Json items = Json::array();
        for (const ListedRecord& r : rows) {
            items.push_back(item(r));
        }
        Json next = more ? Json(encode_cursor(kind, rows.back().key)) : Json(nullptr);
        return Json{{"items", std::move(items)}, {"next_cursor", std::move(next)}};
    }

    Result<VisitQuery> visit_query(const Principal& who, const Params& p, bool with_period) {
        VisitQuery q;
        q.unit_id = who.unit_id;
        if (with_period) {
            RONDE_TRY(q.from_ms, p.bound("from", false));
            RONDE_TRY(q.to_ms, p.bound("to", true));
            if (q.from_ms && q.to_ms && *q.from_ms >= *q.to_ms) {
                return make_error("invalid_value", "'from' must be before 'to'.", "from");
            }
        }
        RONDE_TRY(q.commune, p.text("commune"));
        RONDE_TRY(q.category, p.code<ContactCategory>("category"));
        RONDE_TRY(q.topic, p.code<Topic>("topic"));
        RONDE_TRY(q.action, p.code<Action>("action"));
        RONDE_TRY(q.author_id, p.uuid("author"));
        RONDE_TRY(q.patrol_id, p.uuid("patrol"));
        RONDE_TRY(q.contact_id, p.uuid("contact"));
        RONDE_TRY(q.assignee_id, p.uuid("assignee"));
        if (auto fu = p.raw("follow_up")) {
            if (*fu != "none" && *fu != "open" && *fu != "done") {
                return make_error("invalid_enum", "'follow_up' is none, open or done.",
                                  "follow_up");
            }
            q.follow_up = *fu;
        }
        std::string text;
        RONDE_TRY(text, p.text("q"));
        q.text_match = fts_match(text);
        RONDE_TRY(q.near, near_of(p));
        if (who.role == Role::patrol) {
            q.patrol_window_ms = clock() - config.patrol_visit_days * kDayMs;
        }
        return q;
    }

    // One write transaction: the change and its journal entry.
    void write_row(WriteTx& tx, RecordRow& row, const std::vector<std::string>& keys,
                   const Principal& who, const std::string& hlc) {
        row.seq = tx.next_seq(who.unit_id);
        row.versions = set_versions(row.versions, keys, hlc, who, row.seq);
        row.hlc = std::max(row.hlc, hlc);
        row.device_id = who.device_id;
        tx.put_record(row);
        tx.mark_change_accepted(row.id, hlc);
    }
};

SupervisorService::SupervisorService(Store& store, AuditService& audit, SupervisorConfig config,
                                     MillisClock clock)
    : impl_(std::make_unique<Impl>(Impl{store, audit, config, std::move(clock)})) {}

SupervisorService::~SupervisorService() = default;

Result<Json> SupervisorService::visits(const Principal& who, const QueryParams& params) {
    try {
        if (who.role == Role::admin) {
            return forbidden("Admin accounts do not read records.");
        }
        const Params p(params, {"from", "to", "commune", "category", "topic", "action", "author",
                                "patrol", "contact", "follow_up", "assignee", "q", "lat", "lon",
                                "radius_m", "limit", "cursor"});
        if (p.unknown()) {
            return *p.unknown();
        }
        VisitQuery q;
        RONDE_TRY(q, impl_->visit_query(who, p, true));
        int limit = 0;
        RONDE_TRY(limit, impl_->limit_of(p));
        std::optional<ListKey> after;
        RONDE_TRY(after, p.cursor("v"));
        std::vector<ListedRecord> rows;
        {
            auto tx = impl_->fresh_read();
            rows = find_visits(*tx, q, after, limit + 1);
        }
        Json out = impl_->page(rows, limit, "v", item_json);
        if (auto e =
                impl_->journal(who, "visits.list", "/api/v1/visits", params, out["items"].size())) {
            return *e;
        }
        return out;
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> SupervisorService::patrols(const Principal& who, const QueryParams& params) {
    try {
        if (who.role == Role::admin) {
            return forbidden("Admin accounts do not read records.");
        }
        const Params p(params, {"from", "to", "author", "member", "mode", "q", "limit", "cursor"});
        if (p.unknown()) {
            return *p.unknown();
        }
        PatrolQuery q;
        q.unit_id = who.unit_id;
        RONDE_TRY(q.from_ms, p.bound("from", false));
        RONDE_TRY(q.to_ms, p.bound("to", true));
        RONDE_TRY(q.author_id, p.uuid("author"));
        RONDE_TRY(q.member_id, p.uuid("member"));
        RONDE_TRY(q.mode, p.code<PatrolMode>("mode"));
        std::string text;
        RONDE_TRY(text, p.text("q"));
        q.text_match = fts_match(text);
        if (who.role == Role::patrol) {
            if (!q.member_id.empty() && q.member_id != who.user_id) {
                return forbidden("A patrol account sees its own patrols only.");
            }
            q.member_id = who.user_id;
            q.patrol_window_ms = impl_->clock() - impl_->config.patrol_visit_days * kDayMs;
        }
        int limit = 0;
        RONDE_TRY(limit, impl_->limit_of(p));
        std::optional<ListKey> after;
        RONDE_TRY(after, p.cursor("p"));
        std::vector<ListedRecord> rows;
        {
            auto tx = impl_->fresh_read();
            rows = find_patrols(*tx, q, after, limit + 1);
        }
        Json out = impl_->page(rows, limit, "p", item_json);
        if (auto e = impl_->journal(who, "patrols.list", "/api/v1/patrols", params,
                                    out["items"].size())) {
            return *e;
        }
        return out;
    } catch (const std::exception&) {
        return internal_error();
    }
}

namespace {

Json contact_item(const ListedRecord& r) {
    Json j = item_json(r);
    j["visit_count"] = r.visit_count;
    j["last_visit_at"] = r.last_visit_ms ? Json(ms_text(*r.last_visit_ms)) : Json(nullptr);
    return j;
}

}  // namespace

Result<Json> SupervisorService::contacts(const Principal& who, const QueryParams& params) {
    try {
        if (who.role == Role::admin) {
            return forbidden("Admin accounts do not read records.");
        }
        const Params p(params, {"commune", "category", "referent", "q", "lat", "lon", "radius_m",
                                "limit", "cursor"});
        if (p.unknown()) {
            return *p.unknown();
        }
        ContactQuery q;
        q.unit_id = who.unit_id;
        RONDE_TRY(q.commune, p.text("commune"));
        RONDE_TRY(q.category, p.code<ContactCategory>("category"));
        RONDE_TRY(q.referent_id, p.uuid("referent"));
        std::string text;
        RONDE_TRY(text, p.text("q"));
        q.text_match = fts_match(text);
        RONDE_TRY(q.near, near_of(p));
        int limit = 0;
        RONDE_TRY(limit, impl_->limit_of(p));
        std::optional<ListKey> after;
        RONDE_TRY(after, p.cursor("c"));
        std::vector<ListedRecord> rows;
        {
            auto tx = impl_->fresh_read();
            rows = find_contacts(*tx, q, after, limit + 1);
        }
        Json out = impl_->page(rows, limit, "c", contact_item);
        if (auto e = impl_->journal(who, "contacts.list", "/api/v1/contacts", params,
                                    out["items"].size())) {
            return *e;
        }
        return out;
    } catch (const std::exception&) {
        return internal_error();
    }
}

std::int64_t SupervisorService::derive_pending_records(const std::function<bool()>& keep_going) {
    return impl_->derive(keep_going);
}

Result<Json> SupervisorService::contacts_to_maintain(const Principal& who,
                                                     const QueryParams& params) {
    try {
        if (who.role != Role::supervisor) {
            return forbidden("Only a supervisor reads the contacts to maintain.");
        }
        const Params p(params, {"days", "commune", "category", "referent", "limit", "cursor"});
        if (p.unknown()) {
            return *p.unknown();
        }
        std::optional<std::int64_t> days;
        RONDE_TRY(days, p.integer("days", 0, 36500));
        ContactQuery q;
        q.unit_id = who.unit_id;
        q.stale_before_ms = impl_->clock() - days.value_or(90) * kDayMs;
        RONDE_TRY(q.commune, p.text("commune"));
        RONDE_TRY(q.category, p.code<ContactCategory>("category"));
        RONDE_TRY(q.referent_id, p.uuid("referent"));
        int limit = 0;
        RONDE_TRY(limit, impl_->limit_of(p));
        std::optional<ListKey> after;
        RONDE_TRY(after, p.cursor("m"));
        std::vector<ListedRecord> rows;
        std::map<std::string, User> users;
        {
            auto tx = impl_->fresh_read();
            rows = find_contacts(*tx, q, after, limit + 1);
            for (User& u : tx->users_of_unit(who.unit_id)) {
                users.emplace(u.id, std::move(u));
            }
        }
        Json out = impl_->page(rows, limit, "m", [&users](const ListedRecord& r) {
            Json j = contact_item(r);
            const std::string referent = j["data"].value("referent_id", "");
            const auto it = users.find(referent);
            j["referent"] = it == users.end() ? Json(nullptr)
                                              : Json{{"id", it->second.id},
                                                     {"username", it->second.username},
                                                     {"display_name", it->second.display_name}};
            return j;
        });
        out["days"] = days.value_or(90);
        if (auto e = impl_->journal(who, "contacts.to_maintain", "/api/v1/contacts/to-maintain",
                                    params, out["items"].size())) {
            return *e;
        }
        return out;
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> SupervisorService::stats(const Principal& who, const QueryParams& params) {
    try {
        if (who.role != Role::supervisor) {
            return forbidden("Only a supervisor reads the statistics.");
        }
        const Params p(params, {"from", "to", "commune", "category", "topic", "action", "author",
                                "patrol", "follow_up"});
        if (p.unknown()) {
            return *p.unknown();
        }
        VisitQuery q;
        RONDE_TRY(q, impl_->visit_query(who, p, false));
        // Days of Europe/Paris, both included; default: the last 365 days.
        const std::int64_t today = paris_day_of(impl_->clock());
        std::int64_t from_day = today - 364;
        std::int64_t to_day = today;
        for (const char* key : {"from", "to"}) {
            if (auto v = p.raw(key)) {
                Result<Date> d = parse_date(*v);
                if (!d) {
                    return make_error("invalid_date",
                                      std::string("'") + key + "' must be a date YYYY-MM-DD.", key);
                }
                (std::string_view(key) == "from" ? from_day : to_day) =
                    d.value().time_since_epoch().count();
            }
        }
        if (from_day > to_day) {
            return make_error("invalid_value", "'from' must not be after 'to'.", "from");
        }
        if (to_day - from_day > 3660) {
            return make_error("out_of_range", "A period is at most ten years.", "from");
        }
        q.from_ms = paris_midnight_ms(from_day);
        q.to_ms = paris_midnight_ms(to_day + 1);
        std::vector<DailyCount> counts;
        std::vector<User> users;
        {
            auto tx = impl_->fresh_read();
            counts = visit_counts(*tx, q, from_day, to_day);
            users = tx->users_of_unit(who.unit_id);
        }
        std::int64_t total = 0;
        std::map<std::string, std::int64_t> weeks;
        for (std::int64_t d = from_day; d <= to_day; ++d) {
            weeks.emplace(iso_week(d), 0);
        }
        std::map<std::string, std::map<std::string, std::int64_t>> by;
        for (const DailyCount& c : counts) {
            if (c.dim == "total") {
                total += c.n;
                weeks[iso_week(c.day)] += c.n;
            } else {
                by[c.dim][c.key] += c.n;
            }
        }
        Json by_week = Json::array();
        for (const auto& [week, n] : weeks) {
            by_week.push_back({{"week", week}, {"count", n}});
        }
        const auto counts_of = [&by](const std::string& dim) {
            Json j = Json::object();
            for (const auto& [key, n] : by[dim]) {
                if (n > 0) {
                    j[key] = n;
                }
            }
            return j;
        };
        Json by_author = Json::array();
        for (const auto& [id, n] : by["author"]) {
            if (n <= 0) {
                continue;
            }
            Json a{{"user_id", id}, {"count", n}, {"display_name", nullptr}};
            for (const User& u : users) {
                if (u.id == id) {
                    a["display_name"] = u.display_name;
                }
            }
            by_author.push_back(std::move(a));
        }
        Json out{{"from", date_of_day(from_day)},
                 {"to", date_of_day(to_day)},
                 {"total", total},
                 {"by_week", std::move(by_week)},
                 {"by_topic", counts_of("topic")},
                 {"by_action", counts_of("action")},
                 {"by_category", counts_of("category")},
                 {"by_commune", counts_of("commune")},
                 {"by_author", std::move(by_author)}};
        if (auto e = impl_->journal(who, "stats.read", "/api/v1/stats", params,
                                    static_cast<std::size_t>(total))) {
            return *e;
        }
        return out;
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> SupervisorService::update_follow_up(const Principal& who, const std::string& visit_id,
                                                 const Json& body) {
    try {
        if (who.role != Role::supervisor) {
            return forbidden("Only a supervisor assigns and closes follow-ups.");
        }
        if (!body.is_object()) {
            return make_error("invalid_type", "The body must be a JSON object.");
        }
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != "assignee_id" && it.key() != "status" && it.key() != "summary" &&
                it.key() != "due_date") {
                return make_error("invalid_value", "'" + it.key() + "' is not a follow-up key.",
                                  it.key());
            }
        }
        const std::int64_t now = impl_->clock();
        auto tx = impl_->store.begin_write();
        std::optional<RecordRow> row = tx->record(who.unit_id, Entity::visit, visit_id);
        if (!row) {
            return not_found("This visit");
        }
        if (row->deleted) {
            return make_error("deleted", "This visit was deleted.", "id");
        }
        Result<Visit> decoded = decode_visit(Json::parse(row->data));
        if (!decoded) {
            return internal_error();
        }
        Visit visit = std::move(decoded).value();
        const FollowUp before = visit.follow_up;
        FollowUp& fu = visit.follow_up;
        Json patch = Json::object();
        for (auto it = body.begin(); it != body.end(); ++it) {
            patch[it.key()] = it.value();
        }
        Json current = encode(visit)["follow_up"];
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            current[it.key()] = it.value();
        }
        current["needed"] = true;
        if (patch.contains("status")) {
            const Json& s = patch["status"];
            if (!s.is_string() || (s != "open" && s != "done")) {
                return make_error("invalid_enum", "status is open or done.", "status");
            }
            if (s == "done" && fu.status != FollowUpStatus::done) {
                current["closed_at"] = ms_text(
                    std::max<std::int64_t>(now, visit.occurred_at.time_since_epoch().count()));
                current["closed_by"] = who.user_id;
            } else if (s == "open") {
                current.erase("closed_at");
                current["closed_by"] = "";
            }
        }
        Json whole = encode(visit);
        whole["follow_up"] = current;
        Result<Visit> merged = decode_visit(whole);
        if (!merged) {
            return prefixed(merged.error(), "");
        }
        if (auto err = validate(merged.value())) {
            Error e = *err;
            if (e.field.starts_with("follow_up.")) {
                e.field = e.field.substr(10);
            }
            return e;
        }
        if (!merged->follow_up.assignee_id.empty()) {
            auto assignee = tx->user_by_id(merged->follow_up.assignee_id);
            if (!assignee || assignee->user.unit_id != who.unit_id) {
                return make_error("invalid_value", "The assignee is not a user of this unit.",
                                  "assignee_id");
            }
        }
        Json out;
        if (!(merged->follow_up == before)) {
            const std::string hlc = next_hlc(row->hlc, who, now);
            fill_visit_row(*row, merged.value());
            impl_->write_row(*tx, *row, {"follow_up"}, who, hlc);
            impl_->audit.append(*tx, AuditEntry::by(who, "follow_up.update", visit_id,
                                                    {{"before", encode(visit)["follow_up"]},
                                                     {"after", current},
                                                     {"hlc", hlc}}));
            tx->commit();
        }
        ListedRecord listed;
        listed.id = row->id;
        listed.hlc = row->hlc;
        listed.seq = row->seq;
        listed.data = row->data;
        return item_json(listed);
    } catch (const std::exception&) {
        return internal_error();
    }
}

namespace {

Json conflict_json(const ConflictRecord& c, const std::optional<ConflictResolution>& r) {
    const auto value = [](const std::string& text) {
        Json j = Json::parse(text, nullptr, false);
        return j.is_discarded() ? Json(nullptr) : j;
    };
    Json out{{"id", c.id},
             {"at", ms_text(c.at_ms)},
             {"entity", std::string(code(c.entity))},
             {"record_id", c.record_id},
             {"field", c.field},
             {"reason", c.reason},
             {"kept",
              {{"value", value(c.kept_value)},
               {"hlc", c.kept_hlc},
               {"user_id", c.kept_user_id},
               {"device_id", c.kept_device_id}}},
             {"lost",
              {{"value", value(c.lost_value)},
               {"hlc", c.lost_hlc},
               {"user_id", c.lost_user_id},
               {"device_id", c.lost_device_id}}},
             {"resolution", nullptr}};
    if (r) {
        out["resolution"] = {{"at", ms_text(r->resolved_at_ms)},
                             {"user_id", r->user_id},
                             {"device_id", r->device_id},
                             {"choice", r->choice},
                             {"hlc", r->hlc}};
    }
    return out;
}

}  // namespace

Result<Json> SupervisorService::conflicts(const Principal& who, const QueryParams& params) {
    try {
        if (who.role != Role::supervisor) {
            return forbidden("Only a supervisor reads the conflict log.");
        }
        const Params p(params, {"limit", "cursor"});
        if (p.unknown()) {
            return *p.unknown();
        }
        int limit = 0;
        RONDE_TRY(limit, impl_->limit_of(p));
        std::optional<ListKey> after;
        RONDE_TRY(after, p.cursor("k"));
        Json items = Json::array();
        bool more = false;
        std::int64_t last = 0;
        {
            auto tx = impl_->store.begin_read();
            auto rows = tx->conflicts(who.unit_id, after ? after->rowid : 0, limit + 1);
            more = rows.size() > static_cast<std::size_t>(limit);
            if (more) {
                rows.resize(static_cast<std::size_t>(limit));
            }
            for (const ConflictRecord& c : rows) {
                items.push_back(conflict_json(c, conflict_resolution(*tx, c.id)));
                last = c.id;
            }
        }
        Json out{{"items", std::move(items)},
                 {"next_cursor", more ? Json(encode_cursor("k", ListKey{0, last})) : Json()}};
        if (auto e = impl_->journal(who, "conflicts.list", "/api/v1/conflicts", params,
                                    out["items"].size())) {
            return *e;
        }
        return out;
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<Json> SupervisorService::resolve_conflict(const Principal& who,
                                                 const std::string& conflict_id, const Json& body) {
    try {
        if (who.role != Role::supervisor) {
            return forbidden("Only a supervisor resolves conflicts.");
        }
        const auto id = to_int(conflict_id);
        if (!body.is_object()) {
            return make_error("invalid_type", "The body must be a JSON object.");
        }
        const bool has_choose = body.contains("choose");
        const bool has_value = body.contains("value");
        if (has_choose == has_value) {
            return make_error("missing_field", "Give either 'choose' or 'value'.", "choose");
        }
        std::string choice = "value";
        if (has_choose) {
            const Json& c = body["choose"];
            if (!c.is_string() || (c != "kept" && c != "lost")) {
                return make_error("invalid_enum", "'choose' is kept or lost.", "choose");
            }
            choice = c.get<std::string>();
        }
        const std::int64_t now = impl_->clock();
        auto tx = impl_->store.begin_write();
        std::optional<ConflictRecord> c = id ? conflict_by_id(*tx, who.unit_id, *id) : std::nullopt;
        if (!c) {
            return not_found("This conflict log entry");
        }
        if (conflict_resolution(*tx, c->id)) {
            return make_error("already_resolved", "This conflict was already resolved.");
        }
        Json value;
        if (choice == "value") {
            value = body["value"];
        } else {
            value = Json::parse(choice == "kept" ? c->kept_value : c->lost_value, nullptr, false);
            if (value.is_discarded()) {
                return internal_error();
            }
        }
        std::optional<RecordRow> row = tx->record(who.unit_id, c->entity, c->record_id);
        if (!row || row->deleted) {
            return make_error("deleted", "The record was deleted: nothing can be written.",
                              "record_id");
        }
        const Json stored = Json::parse(row->data);
        Json next = stored;
        std::string unit_key;
        if (c->entity == Entity::contact) {
            unit_key = c->field;
            if (value.is_null()) {
                next.erase(unit_key);
            } else {
                next[unit_key] = value;
            }
            Result<Contact> contact = decode_contact(next);
            if (!contact) {
                return prefixed(contact.error(), "value");
            }
            if (auto err = validate(contact.value())) {
                return prefixed(*err, "value");
            }
            next = encode(contact.value());
            row->data = next.dump();
        } else if (c->entity == Entity::visit) {
            if (c->field == "follow_up") {
                unit_key = "follow_up";
                next["follow_up"] = value;
            } else {
                unit_key = "body";
                if (!value.is_object()) {
                    return make_error("invalid_type", "The value of a visit is an object.",
                                      "value");
                }
                next = value;
                next["follow_up"] = stored.value("follow_up", Json::object());
            }
            next["author_id"] = stored.value("author_id", "");
            next["device_id"] = stored.value("device_id", "");
            Result<Visit> visit = decode_visit(next);
            if (!visit) {
                return prefixed(visit.error(), "value");
            }
            if (auto err = validate(visit.value())) {
                return prefixed(*err, "value");
            }
            fill_visit_row(*row, visit.value());
            next = encode(visit.value());
        } else {
            unit_key = "body";
            if (!value.is_object()) {
                return make_error("invalid_type", "The value of a patrol is an object.", "value");
            }
            next = value;
            next["author_id"] = stored.value("author_id", "");
            next["device_id"] = stored.value("device_id", "");
            Result<Patrol> patrol = decode_patrol(next);
            if (!patrol) {
                return prefixed(patrol.error(), "value");
            }
            if (auto err = validate(patrol.value())) {
                return prefixed(*err, "value");
            }
            fill_patrol_row(*row, patrol.value());
            next = encode(patrol.value());
        }
        std::string hlc;
        if (next != stored) {
            hlc = next_hlc(row->hlc, who, now);
            impl_->write_row(*tx, *row, {unit_key}, who, hlc);
        }
        ConflictResolution r{c->id, who.unit_id, now, who.user_id, who.device_id, choice, hlc};
        insert_conflict_resolution(*tx, r);
        impl_->audit.append(*tx, AuditEntry::by(who, "conflict.resolve", std::to_string(c->id),
                                                {{"record_id", c->record_id},
                                                 {"entity", std::string(code(c->entity))},
                                                 {"field", c->field},
                                                 {"choice", choice},
                                                 {"value", value},
                                                 {"hlc", hlc}}));
        tx->commit();
        return conflict_json(*c, r);
    } catch (const std::exception&) {
        return internal_error();
    }
}

}  // namespace ronde::server
