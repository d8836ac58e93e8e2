// read_push_body: see push_body_reader.hpp. Every "return false" or
// "return std::nullopt" here means "not sure": the tree path decides.
#include "services/push_body_reader.hpp"

#include "ronde/enums.hpp"
#include "ronde/time.hpp"
#include "ronde/validate.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <exception>
#include <utility>

namespace ronde::server {
namespace {

// The depth of a change in the body ({ → changes [ → change): a change's
// own parse gets what is left of parse_json's limit.
constexpr std::size_t kChangeDepth = 2;

bool is_lower_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// decode_change's HLC syntax: "<12 hex>-<4 hex>-<16 hex>", lowercase.
bool is_hlc_text(std::string_view s) {
    if (s.size() != 34 || s[12] != '-' || s[17] != '-') {
        return false;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i != 12 && i != 17 && !is_lower_hex(s[i])) {
            return false;
        }
    }
    return true;
}

// The length of the well-formed UTF-8 sequence starting at p (Unicode table
// 3-7), or 0.
std::size_t utf8_length(const char* p, const char* end) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(p[k]); };
    const auto cont = [&](std::size_t k) { return (at(k) & 0xC0U) == 0x80U; };
    const unsigned char c = at(0);
    const auto left = static_cast<std::size_t>(end - p);
    if (c >= 0xC2U && c <= 0xDFU) {
        return left >= 2 && cont(1) ? 2 : 0;
    }
    if (c >= 0xE0U && c <= 0xEFU) {
        const unsigned char lo = c == 0xE0U ? 0xA0U : 0x80U;
        const unsigned char hi = c == 0xEDU ? 0x9FU : 0xBFU;
        return left >= 3 && at(1) >= lo && at(1) <= hi && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0U && c <= 0xF4U) {
        const unsigned char lo = c == 0xF0U ? 0x90U : 0x80U;
        const unsigned char hi = c == 0xF4U ? 0x8FU : 0xBFU;
        return left >= 4 && at(1) >= lo && at(1) <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

// A cursor over canonical JSON text.
class Cursor {
public:
    explicit Cursor(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

    const char* pos() const { return p_; }
    void seek(const char* p) { p_ = p; }
    bool done() const { return p_ == end_; }
    bool next_is(char c) const { return p_ != end_ && *p_ == c; }

    // Consumes `word` when the text continues with it.
    bool eat(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() ||
            std::string_view(p_, word.size()) != word) {
            return false;
        }
        p_ += word.size();
        return true;
    }

    // A string with no escape and no control character, valid UTF-8: it is
    // its own value and dump() writes it as it is.
    bool plain_string(std::string_view& out) {
        if (!eat("\"")) {
            return false;
        }
        const char* start = p_;
        while (p_ != end_) {
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                out = std::string_view(start, static_cast<std::size_t>(p_ - start));
                ++p_;
                return true;
            }
            if (c < 0x20U || c == '\\') {
                return false;
            }
            if (c < 0x80U) {
                ++p_;
                continue;
            }
            const std::size_t n = utf8_length(p_, end_);
            if (n == 0) {
                return false;
            }
            p_ += n;
        }
        return false;
    }

    // A number as dump() writes it; its value as Json::get<double>() gives.
    bool number(double& out) {
        const char* start = p_;
        const bool negative = eat("-");
        if (p_ == end_ || !digit(*p_)) {
            return false;
        }
        if (*p_ == '0') {
            ++p_;
        } else {
            digits();
        }
        bool integer = true;
        if (eat(".")) {
            integer = false;
            if (p_ == end_ || !digit(*p_)) {
                return false;
            }
            digits();
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            integer = false;
            ++p_;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-')) {
                ++p_;
            }
            if (p_ == end_ || !digit(*p_)) {
                return false;
            }
            digits();
        }
        if (integer) {
            if (negative) {
                std::int64_t v = 0;
                const auto r = std::from_chars(start, p_, v);
                if (r.ec != std::errc() || r.ptr != p_ || v == 0) {
                    return false;  // out of range, or "-0" (dump() writes 0)
                }
                out = static_cast<double>(v);
            } else {
                std::uint64_t v = 0;
                const auto r = std::from_chars(start, p_, v);
                if (r.ec != std::errc() || r.ptr != p_) {
                    return false;
                }
                out = static_cast<double>(v);
            }
            return true;
        }
        const auto r = std::from_chars(start, p_, out);
        if (r.ec != std::errc() || r.ptr != p_ || !std::isfinite(out)) {
            return false;
        }
        std::array<char, 64> buf{};
        const char* written = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), out);
        return std::string_view(buf.data(), static_cast<std::size_t>(written - buf.data())) ==
               std::string_view(start, static_cast<std::size_t>(p_ - start));
    }

    // An object whose keys are plain strings in strictly increasing order
    // (the map's order: canonical, and no duplicate); `member(key)` reads
    // each value and returns false for a key it does not know.
    template <class Member>
    bool object(Member&& member) {
        if (!eat("{")) {
            return false;
        }
        if (eat("}")) {
            return true;
        }
        std::string_view previous;
        bool first = true;
        while (true) {
            std::string_view key;
            if (!plain_string(key) || (!first && !(previous < key)) || !eat(":") || !member(key)) {
                return false;
            }
            previous = key;
            first = false;
            if (eat("}")) {
                return true;
            }
            if (!eat(",")) {
                return false;
            }
        }
    }

    // Moves past one JSON value without judging it (parse_json does that):
    // strings with their escapes, nested brackets. False at the end of the
    // text or on a stray closing bracket.
    bool skip_value() {
        std::size_t depth = 0;
        do {
            if (p_ == end_) {
                return false;
            }
            const char c = *p_;
            if (c == '"') {
                ++p_;
                while (p_ != end_ && *p_ != '"') {
                    p_ += (*p_ == '\\' && end_ - p_ > 1) ? 2 : 1;
                }
                if (p_ == end_) {
                    return false;
                }
                ++p_;
            } else if (c == '{' || c == '[') {
                ++depth;
                ++p_;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return false;
                }
                --depth;
                ++p_;
            } else if (depth == 0) {
                // a scalar at the top: up to the next separator
                while (p_ != end_ && *p_ != ',' && *p_ != ']' && *p_ != '}') {
                    ++p_;
                }
                return true;
            } else {
                ++p_;
            }
        } while (depth > 0);
        return true;
    }

private:
    static bool digit(char c) { return c >= '0' && c <= '9'; }
    void digits() {
        while (p_ != end_ && digit(*p_)) {
            ++p_;
        }
    }

    const char* p_;
    const char* end_;
};

// --- the fields of a visit, as read_visit() reads them from a tree -------
// A null value is the key's default, as a missing key.

bool text_field(Cursor& c, std::string& out) {
    if (c.eat("null")) {
        return true;
    }
    std::string_view s;
    if (!c.plain_string(s)) {
        return false;
    }
    out.assign(s);
    return true;
}

bool number_field(Cursor& c, double& out) {
    return c.number(out);  // lat and lon are required: null is an error
}

bool optional_number_field(Cursor& c, std::optional<double>& out) {
    if (c.eat("null")) {
        return true;
    }
    double v = 0;
    if (!c.number(v)) {
        return false;
    }
    out = v;
    return true;
}

bool bool_field(Cursor& c, bool& out) {
    if (c.eat("null")) {
        return true;
    }
    if (c.eat("true")) {
        out = true;
        return true;
    }
    if (c.eat("false")) {
        out = false;
        return true;
    }
    return false;
}

template <class E>
bool enum_value(Cursor& c, E& out) {
    std::string_view s;
    if (!c.plain_string(s)) {
        return false;
    }
    const std::optional<E> e = parse_enum<E>(s);
    if (!e) {
        return false;
    }
    out = *e;
    return true;
}

template <class E>
bool enum_field(Cursor& c, E& out) {
    return c.eat("null") || enum_value(c, out);
}

template <class E>
bool enum_list(Cursor& c, std::vector<E>& out) {
    if (c.eat("null")) {
        return true;
    }
    if (!c.eat("[")) {
        return false;
    }
    if (c.eat("]")) {
        return true;
    }
    while (true) {
        E e{};
        if (!enum_value(c, e)) {
            return false;
        }
        out.push_back(e);
        if (c.eat("]")) {
            return true;
        }
        if (!c.eat(",")) {
            return false;
        }
    }
}

bool time_field(Cursor& c, std::optional<Timestamp>& out) {
    if (c.eat("null")) {
        return true;
    }
    std::string_view s;
    if (!c.plain_string(s)) {
        return false;
    }
    Result<Timestamp> t = parse_timestamp(s);
    if (!t) {
        return false;
    }
    out = t.value();
    return true;
}

bool date_field(Cursor& c, std::optional<Date>& out) {
    if (c.eat("null")) {
        return true;
    }
    std::string_view s;
    if (!c.plain_string(s)) {
        return false;
    }
    Result<Date> d = parse_date(s);
    if (!d) {
        return false;
    }
    out = d.value();
    return true;
}

bool position_field(Cursor& c, std::optional<VisitPosition>& out) {
    if (c.eat("null")) {
        return true;
    }
    VisitPosition pos;
    bool lat = false;
    bool lon = false;
    const bool ok = c.object([&](std::string_view key) {
        if (key == "accuracy_m") {
            return optional_number_field(c, pos.accuracy_m);
        }
        if (key == "lat") {
            lat = !c.next_is('n');
            return lat && number_field(c, pos.lat);
        }
        if (key == "lon") {
            lon = !c.next_is('n');
            return lon && number_field(c, pos.lon);
        }
        if (key == "source") {
            return enum_field(c, pos.source);
        }
        return false;
    });
    if (!ok || !lat || !lon) {
        return false;
    }
    out = pos;
    return true;
}

bool follow_up_field(Cursor& c, FollowUp& fu, bool& present) {
    if (c.eat("null")) {
        return true;
    }
    present = true;
    fu = FollowUp{};
    return c.object([&](std::string_view key) {
        if (key == "assignee_id") {
            return text_field(c, fu.assignee_id);
        }
        if (key == "closed_at") {
            return time_field(c, fu.closed_at);
        }
        if (key == "closed_by") {
            return text_field(c, fu.closed_by);
        }
        if (key == "due_date") {
            return date_field(c, fu.due_date);
        }
        if (key == "needed") {
            return bool_field(c, fu.needed);
        }
        if (key == "status") {
            return enum_field(c, fu.status);
        }
        if (key == "summary") {
            return text_field(c, fu.summary);
        }
        return false;
    });
}

// The data object of a visit change, as decode_visit() decodes its tree.
bool visit_data(Cursor& c, Visit& v, bool& has_follow_up) {
    std::optional<Timestamp> occurred_at;
    const bool ok = c.object([&](std::string_view key) {
        if (key == "actions") {
            return enum_list(c, v.actions);
        }
        if (key == "author_id") {
            return text_field(c, v.author_id);
        }
        if (key == "climate") {
            return enum_field(c, v.climate);
        }
        if (key == "contact_id") {
            return text_field(c, v.contact_id);
        }
        if (key == "device_id") {
            return text_field(c, v.device_id);
        }
        if (key == "follow_up") {
            return follow_up_field(c, v.follow_up, has_follow_up);
        }
        if (key == "note") {
            return text_field(c, v.note);
        }
        if (key == "occurred_at") {
            return time_field(c, occurred_at);
        }
        if (key == "patrol_id") {
            return text_field(c, v.patrol_id);
        }
        if (key == "place_label") {
            return text_field(c, v.place_label);
        }
        if (key == "position") {
            return position_field(c, v.position);
        }
        if (key == "topics") {
            return enum_list(c, v.topics);
        }
        return false;
    });
    if (!ok || !occurred_at) {
        return false;  // occurred_at is required
    }
    v.occurred_at = *occurred_at;
    return true;
}

// A whole change at the cursor as a canonical visit:
// {"data":{…},"deleted":false,"entity":"visit","hlc":"…","id":"…"}.
std::optional<DirectVisit> direct_visit(Cursor& c) {
    DirectVisit d;
    if (!c.eat(R"({"data":)")) {
        return std::nullopt;
    }
    const char* data_start = c.pos();
    if (!visit_data(c, d.visit, d.has_follow_up)) {
        return std::nullopt;
    }
    d.data_text = std::string_view(data_start, static_cast<std::size_t>(c.pos() - data_start));
    std::string_view hlc;
    std::string_view id;
    if (!c.eat(R"(,"deleted":false,"entity":"visit","hlc":)") || !c.plain_string(hlc) ||
        !c.eat(R"(,"id":)") || !c.plain_string(id) || !c.eat("}") || !is_hlc_text(hlc) ||
        !is_valid_uuid(id)) {
        return std::nullopt;
    }
    d.change.entity = Entity::visit;
    d.change.id.assign(id);
    d.change.hlc.assign(hlc);
    d.change.deleted = false;
    d.change.data = Json();  // null: the visit is decoded
    return d;
}

// The change at the cursor, directly or as its tree; false when in doubt.
bool read_change(Cursor& c, BodyChange& out, bool& canonical) {
    const char* start = c.pos();
    // A value starts here, not a space or a byte order mark (parse_json
    // would skip a mark at the start of the change's own text).
    if (c.done() ||
        std::string_view(R"({["-0123456789tfn)").find(*start) == std::string_view::npos) {
        return false;
    }
    if (std::optional<DirectVisit> d = direct_visit(c)) {
        out.direct = std::move(d);
        out.text = std::string_view(start, static_cast<std::size_t>(c.pos() - start));
        return true;
    }
    c.seek(start);
    if (!c.skip_value()) {
        return false;
    }
    out.text = std::string_view(start, static_cast<std::size_t>(c.pos() - start));
    Result<Json> tree = parse_json(out.text, kMaxJsonDepth - kChangeDepth);
    if (!tree) {
        return false;
    }
    out.tree = std::move(tree).value();
    if (canonical) {
        std::string dumped;
        dump_to(out.tree, dumped);
        canonical = dumped == out.text;
    }
    return true;
}

std::optional<PushBody> read(std::string_view text, std::size_t max_changes) {
    Cursor c(text);
    PushBody body;
    std::string_view batch_id;
    if (!c.eat(R"({"batch_id":)") || !c.plain_string(batch_id) || !is_valid_uuid(batch_id) ||
        !c.eat(R"(,"changes":[)")) {
        return std::nullopt;
    }
    body.batch_id.assign(batch_id);
    const char* changes_start = c.pos() - 1;
    bool canonical = true;
    if (!c.eat("]")) {
        while (true) {
            if (body.changes.size() == max_changes) {
                return std::nullopt;  // too_many: the tree path's error
            }
            if (body.changes.empty()) {
                body.changes.reserve(max_changes < 512 ? max_changes : 512);
            }
            BodyChange& change = body.changes.emplace_back();
            if (!read_change(c, change, canonical)) {
                return std::nullopt;
            }
            if (c.eat("]")) {
                break;
            }
            if (!c.eat(",")) {
                return std::nullopt;
            }
        }
    }
    body.changes_text =
        std::string_view(changes_start, static_cast<std::size_t>(c.pos() - changes_start));
    body.changes_canonical = canonical;
    if (!c.eat(R"(,"protocol":1})") || !c.done()) {
        return std::nullopt;
    }
    return body;
}

}  // namespace

std::optional<PushBody> read_push_body(std::string_view text, std::size_t max_changes) {
    try {
        return read(text, max_changes);
    } catch (const std::exception&) {
        return std::nullopt;  // e.g. out of memory: the tree path's turn
    }
}

std::string canonical_changes(const PushBody& body) {
    if (body.changes_canonical) {
        return std::string(body.changes_text);
    }
    std::string out = "[";
    for (const BodyChange& change : body.changes) {
        if (out.size() > 1) {
            out += ',';
        }
        if (change.direct) {
            out += change.text;  // read as canonical text
        } else {
            dump_to(change.tree, out);
        }
    }
    out += ']';
    return out;
}

}  // namespace ronde::server
