// DeviceStore: the queries of the app's screens.
#include "ronde/store/device_store.hpp"
#include "ronde/store/geo.hpp"
#include "ronde/store/text_fold.hpp"
#include "store_impl.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <utility>
#include <vector>

namespace ronde::store {

using detail::fail;
using detail::guarded;
using detail::Stmt;

namespace {

constexpr std::size_t kMaxSearchWords = 8;

DeviceStore::Impl& open_impl(const std::unique_ptr<DeviceStore::Impl>& impl) {
    if (!impl) {
        fail("store_closed", "The store is closed.");
    }
    return *impl;
}

SyncStatus status_column(const Stmt& st, int col) {
    if (auto s = st.opt_text(col)) {
        return detail::parse_status(*s).value_or(SyncStatus::synced);
    }
    return SyncStatus::synced;
}

// Rows of (id, hlc, data, status); rows that do not decode are skipped.
std::vector<StoredVisit> read_visits(Stmt& st) {
    std::vector<StoredVisit> out;
    while (st.step()) {
        auto v = decode_visit(detail::parse_stored_json(st.text(2)));
        if (v) {
            out.push_back({st.text(0), st.text(1), std::move(v).value(), status_column(st, 3)});
        }
    }
    return out;
}

std::int64_t limit_of(const Page& p) {
    return static_cast<std::int64_t>(p.limit);
}
std::int64_t offset_of(const Page& p) {
    return static_cast<std::int64_t>(p.offset);
}

// LIKE pattern matching `word` anywhere, with '\' as the escape character.
std::string like_pattern(std::string_view word) {
    std::string out = "%";
    for (const char c : word) {
        if (c == '%' || c == '_' || c == '\\') {
            out.push_back('\\');
        }
        out.push_back(c);
    }
    out.push_back('%');
    return out;
}

std::vector<std::string> words_of(const std::string& folded) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < folded.size() && words.size() < kMaxSearchWords) {
        while (i < folded.size() &&
               (folded[i] == ' ' || folded[i] == '\t' || folded[i] == '\n' || folded[i] == ',')) {
            ++i;
        }
        std::size_t j = i;
        while (j < folded.size() && folded[j] != ' ' && folded[j] != '\t' && folded[j] != '\n' &&
               folded[j] != ',') {
            ++j;
        }
        if (j > i) {
            words.push_back(folded.substr(i, j - i));
        }
        i = j;
    }
    return words;
}

constexpr const char* kVisitColumns =
    "SELECT v.id, v.hlc, v.data, s.status FROM visits v LEFT JOIN record_sync s "
    "ON s.entity = 'visit' AND s.record_id = v.id ";

}  // namespace

Result<std::vector<NearbyContact>> DeviceStore::nearby_contacts(double lat, double lon,
                                                                double radius_m,
                                                                std::size_t limit) {
    return guarded([&] {
        Impl& impl = open_impl(impl_);
        std::vector<NearbyContact> out;
        if (!(radius_m > 0) || limit == 0 || !std::isfinite(lat) || !std::isfinite(lon)) {
            return out;
        }
        // Bounding box in degrees, a little generous; the haversine decides.
        constexpr double kDeg = 180.0 / std::numbers::pi;
        const double dlat = radius_m / kEarthRadiusM * kDeg * 1.01;
        const double cos_lat = std::cos(lat / kDeg);
        const double lat_min = lat - dlat;
        const double lat_max = lat + dlat;
        double lon_min = -180;
        double lon_max = 180;
        double wrap_min = 1;  // a second range across the antimeridian, empty by default
        double wrap_max = 0;
        if (lat_min > -90 && lat_max < 90 && cos_lat > 1e-6) {
            const double dlon = std::min(180.0, dlat / cos_lat);
            lon_min = lon - dlon;
            lon_max = lon + dlon;
            if (lon_min < -180) {
                wrap_min = lon_min + 360;
                wrap_max = 180;
                lon_min = -180;
            }
            if (lon_max > 180) {
                wrap_min = -180;
                wrap_max = lon_max - 360;
                lon_max = 180;
            }
        }
        struct Candidate {
            std::string id;
            double distance;
        };
        std::vector<Candidate> candidates;
        {
            Stmt st = impl.sql(
                "SELECT id, lat, lon FROM contacts WHERE deleted = 0 AND lat IS NOT NULL AND "
                "lat BETWEEN ? AND ? AND (lon BETWEEN ? AND ? OR lon BETWEEN ? AND ?)");
            st.bind_all(lat_min, lat_max, lon_min, lon_max, wrap_min, wrap_max);
            while (st.step()) {
                const double d = haversine_m(lat, lon, st.real(1), st.real(2));
                if (d <= radius_m) {
                    candidates.push_back({st.text(0), d});
                }
            }
        }
        const std::size_t n = std::min(limit, candidates.size());
        std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(n),
                          candidates.end(), [](const Candidate& a, const Candidate& b) {
                              return a.distance != b.distance ? a.distance < b.distance
                                                              : a.id < b.id;
                          });
        // Only the nearest ones are decoded.
        for (std::size_t i = 0; i < n; ++i) {
            auto c = contact(candidates[i].id);
            if (!c) {
                throw detail::StoreFailure(c.error());
            }
            if (c.value()) {
                out.push_back({std::move(*c.value()), candidates[i].distance, std::nullopt});
            }
        }
        // Their last visits, in one query over the contact index.
        if (!out.empty()) {
            std::string sql =
                "SELECT contact_id, max(occurred_at) FROM visits WHERE deleted = 0 AND "
                "contact_id IN (?";
            for (std::size_t i = 1; i < out.size(); ++i) {
                sql += ", ?";
            }
            sql += ") GROUP BY contact_id";
            Stmt st = impl.sql(sql);
            for (std::size_t i = 0; i < out.size(); ++i) {
                st.bind(static_cast<int>(i) + 1, out[i].contact.id);
            }
            std::map<std::string, Timestamp> last;
            while (st.step()) {
                if (auto t = parse_timestamp(st.text(1))) {
                    last.emplace(st.text(0), t.value());
                }
            }
            for (NearbyContact& n_c : out) {
                if (auto it = last.find(n_c.contact.id); it != last.end()) {
                    n_c.last_visit_at = it->second;
                }
            }
        }
        return out;
    });
}

Result<std::vector<StoredContact>> DeviceStore::search_contacts(std::string_view text, Page page) {
    return guarded([&] {
        Impl& impl = open_impl(impl_);
        const std::vector<std::string> words = words_of(fold_for_search(text));
        // First the page of ids, from the covering index alone; then the records.
        std::string sql = "SELECT id FROM contacts INDEXED BY contacts_search WHERE deleted = 0";
        for (std::size_t i = 0; i < words.size(); ++i) {
            sql += " AND search_text LIKE ? ESCAPE '\\'";
        }
        sql += " ORDER BY sort_key, id LIMIT ? OFFSET ?";
        std::vector<std::string> ids;
        {
            Stmt st = impl.sql(sql);
            int index = 0;
            for (const std::string& word : words) {
                st.bind(++index, like_pattern(word));
            }
            st.bind(index + 1, limit_of(page));
            st.bind(index + 2, offset_of(page));
            while (st.step()) {
                ids.push_back(st.text(0));
            }
        }
        std::vector<StoredContact> out;
        out.reserve(ids.size());
        for (const std::string& id : ids) {
            auto c = contact(id);
            if (c && c.value()) {  // a record that does not decode stays out
                out.push_back(std::move(*c.value()));
            }
        }
        return out;
    });
}

Result<std::vector<StoredVisit>> DeviceStore::visits_of_day(Date day,
                                                            std::chrono::minutes utc_offset,
                                                            Page page) {
    return guarded([&] {
        Impl& impl = open_impl(impl_);
        const Timestamp start = Timestamp(day) - utc_offset;
        const Timestamp end = start + std::chrono::hours(24);
        Stmt st = impl.sql(std::string(kVisitColumns) +
                           "WHERE v.deleted = 0 AND v.occurred_at >= ? AND v.occurred_at < ? "
                           "ORDER BY v.occurred_at, v.id LIMIT ? OFFSET ?");
        st.bind_all(format_timestamp(start), format_timestamp(end), limit_of(page),
                    offset_of(page));
        return read_visits(st);
    });
}

Result<std::vector<StoredVisit>> DeviceStore::todays_visits(std::chrono::minutes utc_offset,
                                                            Page page) {
    if (!impl_) {
        return make_error("store_closed", "The store is closed.");
    }
    const Date today = std::chrono::floor<std::chrono::days>(impl_->now() + utc_offset);
    return visits_of_day(today, utc_offset, page);
}

Result<std::vector<StoredVisit>> DeviceStore::contact_history(const std::string& contact_id,
                                                              Page page) {
    return guarded([&] {
        Impl& impl = open_impl(impl_);
        Stmt st = impl.sql(std::string(kVisitColumns) +
                           "WHERE v.deleted = 0 AND v.contact_id = ? "
                           "ORDER BY v.occurred_at DESC, v.id DESC LIMIT ? OFFSET ?");
        st.bind_all(contact_id, limit_of(page), offset_of(page));
        return read_visits(st);
    });
}

Result<std::optional<StoredVisit>> DeviceStore::last_visit(const std::string& contact_id) {
    auto history = contact_history(contact_id, Page{1, 0});
    if (!history) {
        return history.error();
    }
    if (history.value().empty()) {
        return std::optional<StoredVisit>();
    }
    return std::optional<StoredVisit>(std::move(history.value().front()));
}

Result<std::vector<StoredVisit>> DeviceStore::open_follow_ups_assigned_to(
    const std::string& user_id, Page page) {
    return guarded([&] {
        Impl& impl = open_impl(impl_);
        Stmt st = impl.sql(std::string(kVisitColumns) +
                           "WHERE v.deleted = 0 AND v.follow_up_needed = 1 AND "
                           "v.follow_up_assignee = ? AND v.follow_up_status = 'open' "
                           "ORDER BY v.follow_up_due IS NULL, v.follow_up_due, v.occurred_at, v.id "
                           "LIMIT ? OFFSET ?");
        st.bind_all(user_id, limit_of(page), offset_of(page));
        return read_visits(st);
    });
}

Result<std::vector<NearbyFollowUp>> DeviceStore::open_follow_ups_near(double lat, double lon,
                                                                      Page page) {
    return guarded([&] {
        Impl& impl = open_impl(impl_);
        // The partial follow-up index holds the unit's follow-ups: a scan of
        // it, never of the visits (the planner would scan the table, as the
        // query does not constrain the index's first column: 690 ms over
        // 100,000 encrypted visits, under 5 ms through the index).
        Stmt st = impl.sql(
            "SELECT v.id, v.hlc, v.data, s.status, c.lat, c.lon, v.follow_up_due, v.occurred_at "
            "FROM visits v INDEXED BY visits_follow_up "
            "LEFT JOIN record_sync s ON s.entity = 'visit' AND s.record_id = v.id "
            "LEFT JOIN contacts c ON c.id = v.contact_id AND c.deleted = 0 "
            "WHERE v.deleted = 0 AND v.follow_up_needed = 1 AND v.follow_up_status = 'open'");
        struct Ranked {
            NearbyFollowUp item;
            std::string due;  // "" when none
            std::string occurred_at;
        };
        std::vector<Ranked> ranked;
        const bool has_origin = std::isfinite(lat) && std::isfinite(lon);
        while (st.step()) {
            auto v = decode_visit(detail::parse_stored_json(st.text(2)));
            if (!v) {
                continue;
            }
            Ranked r{{{st.text(0), st.text(1), std::move(v).value(), status_column(st, 3)},
                      std::nullopt},
                     st.opt_text(6).value_or(""),
                     st.opt_text(7).value_or("")};
            if (has_origin) {
                if (const auto& p = r.item.visit.record.position) {
                    r.item.distance_m = haversine_m(lat, lon, p->lat, p->lon);
                } else if (!st.is_null(4)) {
                    r.item.distance_m = haversine_m(lat, lon, st.real(4), st.real(5));
                }
            }
            ranked.push_back(std::move(r));
        }
        std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
            const auto& da = a.item.distance_m;
            const auto& db = b.item.distance_m;
            if (da.has_value() != db.has_value()) {
                return da.has_value();
            }
            if (da && *da != *db) {
                return *da < *db;
            }
            if (a.due.empty() != b.due.empty()) {
                return !a.due.empty();
            }
            if (a.due != b.due) {
                return a.due < b.due;
            }
            if (a.occurred_at != b.occurred_at) {
                return a.occurred_at < b.occurred_at;
            }
            return a.item.visit.id < b.item.visit.id;
        });
        std::vector<NearbyFollowUp> out;
        for (std::size_t i = page.offset; i < ranked.size() && out.size() < page.limit; ++i) {
            out.push_back(std::move(ranked[i].item));
        }
        return out;
    });
}

Result<std::optional<PatrolSummary>> DeviceStore::patrol_summary(const std::string& patrol_id) {
    return guarded([&]() -> std::optional<PatrolSummary> {
        Impl& impl = open_impl(impl_);
        auto stored = patrol(patrol_id);
        if (!stored) {
            throw detail::StoreFailure(stored.error());
        }
        if (!stored.value()) {
            return std::nullopt;
        }
        PatrolSummary s;
        s.patrol = std::move(*stored.value());
        const Patrol& p = s.patrol.record;
        s.duration = (p.ended_at ? *p.ended_at : impl.now()) - p.started_at;
        if (s.duration.count() < 0) {
            s.duration = std::chrono::milliseconds(0);
        }
        if (p.track.size() >= 2) {
            s.distance_m = track_length_m(p.track);
        }
        std::map<Topic, int> topics;
        std::map<Action, int> actions;
        Stmt st = impl.sql(std::string(kVisitColumns) +
                           "WHERE v.deleted = 0 AND v.patrol_id = ? ORDER BY v.occurred_at");
        st.bind_all(patrol_id);
        for (const StoredVisit& v : read_visits(st)) {
            ++s.visit_count;
            if (v.record.follow_up.needed) {
                ++s.follow_up_count;
            }
            for (const Topic t : v.record.topics) {
                ++topics[t];
            }
            for (const Action a : v.record.actions) {
                ++actions[a];
            }
        }
        for (const auto& [t, n] : topics) {
            s.topics.push_back({t, n});
        }
        for (const auto& [a, n] : actions) {
            s.actions.push_back({a, n});
        }
        // By count, descending; ties in enum order (stable sort of the maps' order).
        std::stable_sort(
            s.topics.begin(), s.topics.end(),
            [](const TopicCount& a, const TopicCount& b) { return a.count > b.count; });
        std::stable_sort(
            s.actions.begin(), s.actions.end(),
            [](const ActionCount& a, const ActionCount& b) { return a.count > b.count; });
        return s;
    });
}

Result<std::optional<StoredPatrol>> DeviceStore::current_patrol() {
    return guarded([&]() -> std::optional<StoredPatrol> {
        Impl& impl = open_impl(impl_);
        if (!identity_) {
            return std::nullopt;
        }
        std::string id;
        {
            Stmt st = impl.sql(
                "SELECT id FROM patrols WHERE deleted = 0 AND ended_at IS NULL AND author_id = ? "
                "ORDER BY started_at DESC, id DESC LIMIT 1");
            st.bind_all(identity_->user_id);
            if (!st.step()) {
                return std::nullopt;
            }
            id = st.text(0);
        }
        auto p = patrol(id);
        if (!p) {
            throw detail::StoreFailure(p.error());
        }
        return std::move(p).value();
    });
}

}  // namespace ronde::store
