#include "services/supervisor_service.hpp"

#include "ronde/hlc.hpp"
#include "ronde/time.hpp"
#include "ronde/validate.hpp"
#include "services/audit_service.hpp"
#include "services/query_params.hpp"
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
#include <unordered_map>

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

Json item_json(const ListedRecord& r) {
    Json data = Json::parse(r.data);
    return Json{{"id", r.id}, {"hlc", r.hlc}, {"seq", r.seq}, {"data", std::move(data)}};
}

// "Organisation — Person", either alone, or "" (as the exports name a contact).
std::string contact_display(const std::string& organisation, const std::string& person) {
    if (!organisation.empty() && !person.empty()) {
        return organisation + " — " + person;
    }
    return organisation.empty() ? person : organisation;
}

// A visit as listed: the record, plus the names the lists show (joined in
// the unit): author, contact and follow-up assignee, each null when absent.
Json visit_item(const ListedRecord& r) {
    Json j = item_json(r);
    const Json& data = j["data"];
    j["author"] =
        r.author_name ? Json{{"id", r.author_id}, {"display_name", *r.author_name}} : Json(nullptr);
    j["contact"] = r.contact_found
                       ? Json{{"id", data.value("contact_id", "")},
                              {"name", contact_display(r.contact_organisation, r.contact_person)},
                              {"organisation", r.contact_organisation},
                              {"person_name", r.contact_person},
                              {"commune", r.contact_commune},
                              {"category", r.contact_category}}
                       : Json(nullptr);
    Json assignee = nullptr;
    if (r.assignee_name && data.contains("follow_up")) {
        assignee = {{"id", data["follow_up"].value("assignee_id", "")},
                    {"display_name", *r.assignee_name}};
    }
    j["assignee"] = std::move(assignee);
    return j;
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

    // The filters of the visit list (query_params.hpp), in the caller's
    // unit and, for a patrol account, its scope.
    Result<VisitQuery> visit_query(const Principal& who, const Params& p, bool with_period) {
        VisitQuery q;
        RONDE_TRY(q, visit_query_of(p, who.unit_id, with_period));
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
        const Params p(params, kVisitFilters, {"limit", "cursor"});
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
        Json out = impl_->page(rows, limit, "v", visit_item);
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

// A contact as listed: the record, its visits and its referent (a user of
// the unit, or null).
Json contact_item(const ListedRecord& r) {
    Json j = item_json(r);
    j["visit_count"] = r.visit_count;
    j["last_visit_at"] = r.last_visit_ms ? Json(ms_text(*r.last_visit_ms)) : Json(nullptr);
    j["referent"] = r.referent_found ? Json{{"id", j["data"].value("referent_id", "")},
                                            {"username", r.referent_username},
                                            {"display_name", r.referent_name}}
                                     : Json(nullptr);
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
        RONDE_TRY(q.commune, p.commune());
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
        RONDE_TRY(q.commune, p.commune());
        RONDE_TRY(q.category, p.code<ContactCategory>("category"));
        RONDE_TRY(q.referent_id, p.uuid("referent"));
        int limit = 0;
        RONDE_TRY(limit, impl_->limit_of(p));
        std::optional<ListKey> after;
        RONDE_TRY(after, p.cursor("m"));
        std::vector<ListedRecord> rows;
        {
            auto tx = impl_->fresh_read();
            rows = find_contacts(*tx, q, after, limit + 1);
        }
        Json out = impl_->page(rows, limit, "m", contact_item);
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
            // A follow-up already held by an account disabled since may
            // still be closed; it is not handed to one.
            if (assignee->disabled_at_ms && merged->follow_up.assignee_id != before.assignee_id) {
                return make_error("invalid_value", "The assignee's account is disabled.",
                                  "assignee_id");
            }
        }
        // The names the list shows, read in the unit before the commit.
        ListedRecord listed;
        const auto name_of = [&](const std::string& user_id) -> std::optional<std::string> {
            auto u = user_id.empty() ? std::nullopt : tx->user_by_id(user_id);
            if (!u || u->user.unit_id != who.unit_id) {
                return std::nullopt;
            }
            return u->user.display_name;
        };
        listed.author_id = row->author_id;
        listed.author_name = name_of(row->author_id);
        listed.assignee_name = name_of(merged->follow_up.assignee_id);
        if (auto c = merged->contact_id.empty()
                         ? std::nullopt
                         : tx->record(who.unit_id, Entity::contact, merged->contact_id);
            c && !c->deleted) {
            const Json cj = Json::parse(c->data);
            listed.contact_found = true;
            listed.contact_organisation = cj.value("organisation", "");
            listed.contact_person = cj.value("person_name", "");
            listed.contact_commune = cj.value("commune", "");
            listed.contact_category = cj.value("category", "");
        }
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
        listed.id = row->id;
        listed.hlc = row->hlc;
        listed.seq = row->seq;
        listed.data = row->data;
        return visit_item(listed);
    } catch (const std::exception&) {
        return internal_error();
    }
}

namespace {

// The unit's accounts by id: the names conflict items show, read once per
// answer (names are joined within the unit: another unit's never show).
std::unordered_map<std::string, std::string> unit_user_names(ReadTx& tx,
                                                             const std::string& unit_id) {
    std::unordered_map<std::string, std::string> names;
    for (User& u : tx.users_of_unit(unit_id)) {
        names.emplace(std::move(u.id), std::move(u.display_name));
    }
    return names;
}

// A contact record's name, "Organisation — Person" or either alone.
std::string contact_name(const std::string& data) {
    const Json c = Json::parse(data, nullptr, false);
    return c.is_object() ? contact_display(c.value("organisation", ""), c.value("person_name", ""))
                         : std::string();
}

// A conflict as listed: the log entry, plus what a screen shows of it
// without a registry: `record` (the record's name, and for a contact its
// commune and category; `deleted` once tombstoned) and on each side `at`
// (its HLC's time) and `user` ({id, display_name}, or null outside the
// unit; `names` is unit_user_names()).
Json conflict_item(ReadTx& tx, const ConflictRecord& c, const std::optional<ConflictResolution>& r,
                   const std::unordered_map<std::string, std::string>& names) {
    const auto side = [&](const std::string& value, const std::string& hlc,
                          const std::string& user_id, const std::string& device_id) {
        Json v = Json::parse(value, nullptr, false);
        const auto stamp = HlcStamp::parse(hlc);
        const auto name = names.find(user_id);
        return Json{
            {"value", v.is_discarded() ? Json(nullptr) : std::move(v)},
            {"hlc", hlc},
            {"user_id", user_id},
            {"device_id", device_id},
            {"at", stamp ? Json(ms_text(stamp->wall_ms)) : Json(nullptr)},
            {"user", name == names.end() ? Json(nullptr)
                                         : Json{{"id", user_id}, {"display_name", name->second}}}};
    };
    Json out{{"id", c.id},
             {"at", ms_text(c.at_ms)},
             {"entity", std::string(code(c.entity))},
             {"record_id", c.record_id},
             {"field", c.field},
             {"reason", c.reason},
             {"kept", side(c.kept_value, c.kept_hlc, c.kept_user_id, c.kept_device_id)},
             {"lost", side(c.lost_value, c.lost_hlc, c.lost_user_id, c.lost_device_id)},
             {"resolution", nullptr}};
    if (r) {
        out["resolution"] = {{"at", ms_text(r->resolved_at_ms)},
                             {"user_id", r->user_id},
                             {"device_id", r->device_id},
                             {"choice", r->choice},
                             {"hlc", r->hlc}};
    }
    Json record{{"name", ""}, {"deleted", false}};
    auto row = tx.record(c.unit_id, c.entity, c.record_id);
    const Json data = row && !row->deleted ? Json::parse(row->data, nullptr, false) : Json();
    if (!row || row->deleted) {
        record["deleted"] = true;
    } else if (!data.is_object()) {
        // Nothing more to name.
    } else if (c.entity == Entity::contact) {
        record["name"] = contact_name(row->data);
        record["commune"] = data.value("commune", "");
        record["category"] = data.value("category", "");
    } else if (c.entity == Entity::visit) {
        record["occurred_at"] = data.value("occurred_at", "");
        const std::string contact_id = data.value("contact_id", "");
        auto contact =
            contact_id.empty() ? std::nullopt : tx.record(c.unit_id, Entity::contact, contact_id);
        std::string name = contact && !contact->deleted ? contact_name(contact->data) : "";
        record["name"] = name.empty() ? data.value("place_label", "") : name;
    } else {
        record["started_at"] = data.value("started_at", "");
        const std::string event = data.value("event_label", "");
        record["name"] = event.empty() ? data.value("area_label", "") : event;
    }
    out["record"] = std::move(record);
    return out;
}

}  // namespace

Result<Json> SupervisorService::communes(const Principal& who, const QueryParams& params) {
    try {
        if (who.role != Role::supervisor) {
            return forbidden("Only a supervisor reads the unit's communes.");
        }
        const Params p(params, {});
        if (p.unknown()) {
            return *p.unknown();
        }
        Json items = Json::array();
        {
            auto tx = impl_->fresh_read();
            for (const auto& [name, contacts] : contact_communes(*tx, who.unit_id)) {
                items.push_back({{"name", name}, {"contacts", contacts}});
            }
        }
        Json out{{"items", std::move(items)}};
        if (auto e = impl_->journal(who, "communes.list", "/api/v1/communes", params,
                                    out["items"].size())) {
            return *e;
        }
        return out;
    } catch (const std::exception&) {
        return internal_error();
    }
}

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
            const auto names = unit_user_names(*tx, who.unit_id);
            for (const ConflictRecord& c : rows) {
                items.push_back(conflict_item(*tx, c, conflict_resolution(*tx, c.id), names));
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
        Json answer = conflict_item(*tx, *c, r, unit_user_names(*tx, who.unit_id));
        tx->commit();
        return answer;
    } catch (const std::exception&) {
        return internal_error();
    }
}

}  // namespace ronde::server
