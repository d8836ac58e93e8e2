// Query parameters of the supervisor lists and of the exports
// (sync-protocol/SUPERVISOR-API.md §2.1, §2.2): one parser, so that a filter
// means the same on `/api/v1/visits` and on `/api/v1/export/visits.csv`.
// Errors name the parameter in `field`: invalid_type (400: not a number),
// invalid_value, invalid_enum, invalid_uuid, invalid_date, invalid_time,
// out_of_range, missing_field (422). Plain functions, no state.
#pragma once

#include "ronde/enums.hpp"
#include "ronde/error.hpp"
#include "store/queries.hpp"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ronde::server {

using QueryParams = std::map<std::string, std::string>;

// Assigns `target` from a Result, or returns its error from the function.
#define RONDE_TRY(target, expr)               \
    do {                                      \
        auto ronde_r_ = (expr);               \
        if (!ronde_r_) {                      \
            return ronde_r_.error();          \
        }                                     \
        target = std::move(ronde_r_).value(); \
    } while (false)

// A whole decimal number, nothing around it.
std::optional<std::int64_t> to_int(std::string_view s);

// The parameters of one request, checked against the names its route takes.
class Params {
public:
    // Notes the first parameter not in `allowed` nor `more` (see unknown()).
    Params(const QueryParams& p, std::initializer_list<std::string_view> allowed);
    template <std::size_t N>
    Params(const QueryParams& p, const std::array<std::string_view, N>& allowed,
           std::initializer_list<std::string_view> more)
        : p_(p) {
        std::vector<std::string_view> all(allowed.begin(), allowed.end());
        all.insert(all.end(), more.begin(), more.end());
        check(all);
    }

    // "'x' is not a parameter of this route." for the first unknown one.
    const std::optional<Error>& unknown() const { return unknown_; }

    std::optional<std::string> raw(const std::string& key) const;
    // Empty when absent; valid UTF-8 of at most `max` characters.
    Result<std::string> text(const std::string& key, std::size_t max = 200) const;
    // The "commune" parameter as text(), without the spaces around it (as
    // the supervisor tables hold communes).
    Result<std::string> commune() const;
    // Empty when absent; a lowercase UUID.
    Result<std::string> uuid(const std::string& key) const;
    // Empty when absent; a code of enum E (ronde/enums.hpp).
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
                                                std::int64_t max) const;
    Result<std::optional<double>> number(const std::string& key, double min, double max) const;
    // A period bound in Unix ms: a date (a day of Europe/Paris; for an
    // upper bound the whole day is included) or a UTC time (exclusive as
    // an upper bound).
    Result<std::optional<std::int64_t>> bound(const std::string& key, bool upper) const;
    // `cursor` of a list of `kind` (encode_cursor), absent or empty: none.
    Result<std::optional<ListKey>> cursor(std::string_view kind) const;

private:
    void check(const std::vector<std::string_view>& allowed);

    const QueryParams& p_;
    std::optional<Error> unknown_;
};

// Opaque to clients: "<kind>:<sort>:<rowid>" in base64url.
std::string encode_cursor(std::string_view kind, const ListKey& k);

// lat, lon and radius_m, which go together; none: no circle.
Result<std::optional<Circle>> near_of(const Params& p);

// The filters of the visit list, in the order of SUPERVISOR-API §2.2
// (without `limit` and `cursor`). The exports of visits take the same.
inline constexpr std::array<std::string_view, 15> kVisitFilters = {
    "from",    "to",        "commune",  "category", "topic", "action", "author",  "patrol",
    "contact", "follow_up", "assignee", "q",        "lat",   "lon",    "radius_m"};

// The VisitQuery of `p` for `unit_id`: every filter of kVisitFilters, the
// period (from, to) only when `with_period` (statistics read it as days).
Result<VisitQuery> visit_query_of(const Params& p, const std::string& unit_id, bool with_period);

}  // namespace ronde::server
