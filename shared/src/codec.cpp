// JSON codec of codec.hpp. Decoders throw a private Failure internally and
// turn it, and every nlohmann or standard exception, into an Error at the
// public boundary: nothing escapes.
#include "ronde/codec.hpp"

#include "ronde/validate.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <exception>
#include <functional>
#include <iterator>
#include <limits>
#include <optional>
#include <utility>

namespace ronde {
namespace {

struct Failure {
    Error error;
};

[[noreturn]] void fail(std::string code, std::string message, std::string field) {
    throw Failure{make_error(std::move(code), std::move(message), std::move(field))};
}

// Shows untrusted text in a message: ASCII only, so the message stays valid
// UTF-8, and short.
std::string shown(std::string_view text) {
    constexpr std::size_t kShown = 60;
    std::string out;
    for (const char c : text.substr(0, kShown)) {
        out += (c >= 0x20 && c < 0x7f) ? c : '?';
    }
    if (text.size() > kShown) {
        out += "...";
    }
    return out;
}

std::string join(const std::string& prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
}

std::string indexed(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

std::string prefixed(std::string_view prefix, const std::string& field) {
    return field.empty() ? std::string(prefix) : std::string(prefix) + "." + field;
}

Error with_prefix(Error e, std::string_view prefix) {
    e.field = prefixed(prefix, e.field);
    return e;
}

const char* type_name(const Json& j) {
    return j.type_name();
}

void expect_object(const Json& j, const std::string& path) {
    if (!j.is_object()) {
        fail("invalid_type",
             (path.empty() ? std::string("The value") : path) + " must be an object, not " +
                 type_name(j),
             path);
    }
}

// Decoding helpers over one object. A missing key and a null value are the
// same: the default, or missing_field when the key is required.
class Reader {
public:
    Reader(const Json& obj, std::string prefix) : obj_(obj), prefix_(std::move(prefix)) {
        expect_object(obj_, prefix_);
    }

    const std::string& prefix() const { return prefix_; }
    std::string path(std::string_view key) const { return join(prefix_, key); }

    const Json* find(const char* key) const {
        const auto it = obj_.find(key);
        return (it == obj_.end() || it->is_null()) ? nullptr : &*it;
    }
    bool has(const char* key) const { return obj_.contains(key); }

    const Json& require(const char* key) const {
        const Json* v = find(key);
        if (v == nullptr) {
            fail("missing_field", path(key) + " is required", path(key));
        }
        return *v;
    }

    [[noreturn]] void wrong_type(const char* key, const Json& v, const char* expected) const {
        fail("invalid_type", path(key) + " must be " + expected + ", not " + type_name(v),
             path(key));
    }

    std::string string(const char* key, bool required = false) const {
        const Json* v = required ? &require(key) : find(key);
        if (v == nullptr) {
            return {};
        }
        if (!v->is_string()) {
            wrong_type(key, *v, "a string");
        }
        return v->get<std::string>();
    }

    bool boolean(const char* key, bool fallback = false) const {
        const Json* v = find(key);
        if (v == nullptr) {
            return fallback;
        }
        if (!v->is_boolean()) {
            wrong_type(key, *v, "true or false");
        }
        return v->get<bool>();
    }

    std::optional<double> optional_number(const char* key) const {
        const Json* v = find(key);
        if (v == nullptr) {
            return std::nullopt;
        }
        if (!v->is_number()) {
            wrong_type(key, *v, "a number");
        }
        return v->get<double>();
    }

    double number(const char* key) const {
        require(key);
        return *optional_number(key);
    }

    std::int64_t integer(const char* key, bool required = false) const {
        const Json* v = required ? &require(key) : find(key);
        if (v == nullptr) {
            return 0;
        }
        if (!v->is_number_integer()) {
            wrong_type(key, *v, "an integer");
        }
        if (v->is_number_unsigned() &&
            v->get<std::uint64_t>() >
                static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            fail("out_of_range", path(key) + " is too large", path(key));
        }
        return v->get<std::int64_t>();
    }

    // A sequence number or cursor: a required integer >= 0.
    std::int64_t count(const char* key) const {
        const std::int64_t n = integer(key, true);
        if (n < 0) {
            fail("out_of_range", path(key) + " must not be negative", path(key));
        }
        return n;
    }

    std::optional<Timestamp> optional_time(const char* key) const {
        const Json* v = find(key);
        if (v == nullptr) {
            return std::nullopt;
        }
        if (!v->is_string()) {
            wrong_type(key, *v, "a time string");
        }
        auto t = parse_timestamp(v->get_ref<const std::string&>());
        if (!t) {
            fail("invalid_time", path(key) + ": " + t.error().message, path(key));
        }
        return t.value();
    }

    Timestamp time(const char* key) const {
        require(key);
        return *optional_time(key);
    }

    std::optional<Date> optional_date(const char* key) const {
        const Json* v = find(key);
        if (v == nullptr) {
            return std::nullopt;
        }
        if (!v->is_string()) {
            wrong_type(key, *v, "a date string");
        }
        auto d = parse_date(v->get_ref<const std::string&>());
        if (!d) {
            fail("invalid_date", path(key) + ": " + d.error().message, path(key));
        }
        return d.value();
    }

    // `fallback` empty: the key is required.
    template <class E>
    E enumeration(const char* key, std::optional<E> fallback) const {
        const Json* v = fallback ? find(key) : &require(key);
        if (v == nullptr) {
            return *fallback;
        }
        return enum_value<E>(*v, path(key));
    }

    template <class E>
    static E enum_value(const Json& v, const std::string& at) {
        if (!v.is_string()) {
            fail("invalid_type", at + " must be a code string, not " + type_name(v), at);
        }
        const auto& text = v.get_ref<const std::string&>();
        const auto e = parse_enum<E>(text);
        if (!e) {
            fail("invalid_enum", at + ": '" + shown(text) + "' is not a known code", at);
        }
        return *e;
    }

    const Json* array(const char* key) const {
        const Json* v = find(key);
        if (v != nullptr && !v->is_array()) {
            wrong_type(key, *v, "an array");
        }
        return v;
    }

    std::vector<std::string> strings(const char* key) const {
        std::vector<std::string> out;
        if (const Json* a = array(key)) {
            for (std::size_t i = 0; i < a->size(); ++i) {
                const Json& item = (*a)[i];
                if (!item.is_string()) {
                    const std::string at = indexed(path(key), i);
                    fail("invalid_type", at + " must be a string, not " + type_name(item), at);
                }
                out.push_back(item.get<std::string>());
            }
        }
        return out;
    }

    template <class E>
    std::vector<E> enums(const char* key) const {
        std::vector<E> out;
        if (const Json* a = array(key)) {
            for (std::size_t i = 0; i < a->size(); ++i) {
                out.push_back(enum_value<E>((*a)[i], indexed(path(key), i)));
            }
        }
        return out;
    }

    const Json* object(const char* key) const {
        const Json* v = find(key);
        if (v != nullptr && !v->is_object()) {
            wrong_type(key, *v, "an object");
        }
        return v;
    }

private:
    const Json& obj_;
    std::string prefix_;
};

template <class F>
auto guarded(F&& f) -> decltype(f()) {
    using R = decltype(f());
    try {
        return f();
    } catch (const Failure& e) {
        return R::failure(e.error);
    } catch (const std::exception& e) {
        return R::failure(make_error(
            "invalid_value", std::string("Could not decode the value: ") + shown(e.what())));
    } catch (...) {
        return R::failure(make_error("invalid_value", "Could not decode the value"));
    }
}

std::optional<Error> guarded_check(const std::function<std::optional<Error>()>& f) {
    try {
        return f();
    } catch (const Failure& e) {
        return e.error;
    } catch (const std::exception& e) {
        return make_error("invalid_value",
                          std::string("Could not check the value: ") + shown(e.what()));
    } catch (...) {
        return make_error("invalid_value", "Could not check the value");
    }
}

std::string text_of(std::string_view code) {
    return std::string(code);
}

Json encode_time(Timestamp t) {
    return format_timestamp(t);
}

Json strings_json(const std::vector<std::string>& values) {
    Json a = Json::array();
    for (const auto& v : values) {
        a.push_back(v);
    }
    return a;
}

template <class E>
Json enums_json(const std::vector<E>& values) {
    Json a = Json::array();
    for (const E v : values) {
        a.push_back(text_of(code(v)));
    }
    return a;
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// "<12 hex>-<4 hex>-<16 hex>", lowercase: the text form of HlcStamp.
bool is_hlc_text(std::string_view s) {
    if (s.size() != 34 || s[12] != '-' || s[17] != '-') {
        return false;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i != 12 && i != 17 && !is_hex(s[i])) {
            return false;
        }
    }
    return true;
}

// --- records ---------------------------------------------------------------

Contact read_contact(const Reader& r, bool patch) {
    Contact c;
    c.category = r.enumeration<ContactCategory>(
        "category", patch ? std::optional{ContactCategory::other} : std::nullopt);
    c.organisation = r.string("organisation");
    c.person_name = r.string("person_name");
    c.role_title = r.string("role_title");
    c.address = r.string("address");
    c.commune = r.string("commune");
    if (const Json* p = r.object("position")) {
        const Reader pr(*p, r.path("position"));
        c.position = GeoPoint{pr.number("lat"), pr.number("lon")};
    }
    c.phone = r.string("phone");
    c.email = r.string("email");
    c.siret = r.string("siret");
    c.referent_id = r.string("referent_id");
    c.sms_alert_opt_in = r.boolean("sms_alert_opt_in");
    c.notes = r.string("notes");
    c.tags = r.strings("tags");
    return c;
}

Patrol read_patrol(const Reader& r) {
    Patrol p;
    p.mode = r.enumeration<PatrolMode>("mode", std::nullopt);
    p.started_at = r.time("started_at");
    p.ended_at = r.optional_time("ended_at");
    p.members = r.strings("members");
    p.area_label = r.string("area_label");
    p.event_label = r.string("event_label");
    p.notes = r.string("notes");
    if (const Json* track = r.array("track")) {
        for (std::size_t i = 0; i < track->size(); ++i) {
            const Reader tr((*track)[i], indexed(r.path("track"), i));
            p.track.push_back(TrackPoint{tr.number("lat"), tr.number("lon"), tr.time("at")});
        }
    }
    p.author_id = r.string("author_id");
    p.device_id = r.string("device_id");
    return p;
}

Visit read_visit(const Reader& r) {
    Visit v;
    v.patrol_id = r.string("patrol_id");
    v.contact_id = r.string("contact_id");
    v.occurred_at = r.time("occurred_at");
    if (const Json* p = r.object("position")) {
        const Reader pr(*p, r.path("position"));
        VisitPosition pos;
        pos.lat = pr.number("lat");
        pos.lon = pr.number("lon");
        pos.accuracy_m = pr.optional_number("accuracy_m");
        pos.source = pr.enumeration<PositionSource>("source", PositionSource::gps);
        v.position = pos;
    }
    v.place_label = r.string("place_label");
    v.topics = r.enums<Topic>("topics");
    v.actions = r.enums<Action>("actions");
    v.climate = r.enumeration<Climate>("climate", Climate::neutral);
    v.note = r.string("note");
    if (const Json* f = r.object("follow_up")) {
        const Reader fr(*f, r.path("follow_up"));
        FollowUp& fu = v.follow_up;
        fu.needed = fr.boolean("needed");
        fu.summary = fr.string("summary");
        fu.due_date = fr.optional_date("due_date");
        fu.assignee_id = fr.string("assignee_id");
        fu.status = fr.enumeration<FollowUpStatus>("status", FollowUpStatus::open);
        fu.closed_at = fr.optional_time("closed_at");
        fu.closed_by = fr.string("closed_by");
    }
    v.author_id = r.string("author_id");
    v.device_id = r.string("device_id");
    return v;
}

// `steal`: move `data` out of the object read (the caller owns it).
Change read_change(const Reader& r, bool steal = false) {
    Change c;
    c.entity = r.enumeration<Entity>("entity", std::nullopt);
    c.id = r.string("id", true);
    if (!is_valid_uuid(c.id)) {
        fail("invalid_uuid", r.path("id") + ": '" + shown(c.id) + "' is not a lowercase UUID",
             r.path("id"));
    }
    c.hlc = r.string("hlc", true);
    if (!is_hlc_text(c.hlc)) {
        fail("invalid_hlc", r.path("hlc") + ": '" + shown(c.hlc) + "' is not an HLC stamp",
             r.path("hlc"));
    }
    c.deleted = r.boolean("deleted");
    const Json* data = r.object("data");
    if (data == nullptr && !c.deleted) {
        fail("missing_field", r.path("data") + " is required unless the change is a deletion",
             r.path("data"));
    }
    if (data == nullptr) {
        c.data = Json::object();
    } else if (steal) {
        c.data = std::move(const_cast<Json&>(*data));  // NOLINT: the caller owns it
    } else {
        c.data = *data;
    }
    return c;
}

Json error_body(const Error& e) {
    Json details = Json::object();
    if (!e.field.empty()) {
        details["field"] = e.field;
    }
    return Json{{"code", e.code}, {"message", e.message}, {"details", details}};
}

Error read_error_body(const Reader& r) {
    Error e;
    e.code = r.string("code", true);
    e.message = r.string("message");
    if (const Json* d = r.object("details")) {
        e.field = Reader(*d, r.path("details")).string("field");
    }
    return e;
}

// author_id and device_id come from the device's token on the server: a
// device's values are decoded (their type is checked) but not judged.
template <class R>
void clear_server_fields(R& record) {
    record.author_id.clear();
    record.device_id.clear();
}

constexpr std::string_view kOutcomes[] = {"applied", "duplicate", "rejected"};

// --- parse_json --------------------------------------------------------------

// Builds the document without recursion, refusing too deep nesting, numbers
// that fit neither a double nor a 64-bit integer, and duplicate keys.
class Builder final : public nlohmann::json_sax<Json> {
public:
    explicit Builder(std::size_t max_depth) : max_depth_(max_depth) {}

    Json root;
    std::string problem;

    bool null() override { return place(Json(nullptr)); }
    bool boolean(bool v) override { return place(Json(v)); }
    bool number_integer(number_integer_t v) override { return place(Json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return place(Json(v)); }
    bool number_float(number_float_t v, const string_t& raw) override {
        if (!std::isfinite(v)) {
            return refuse("the number " + shown(raw) + " does not fit a double");
        }
        if (raw.find_first_of(".eE") == string_t::npos) {
            return refuse("the integer " + shown(raw) + " does not fit 64 bits");
        }
        return place(Json(v));
    }
    bool string(string_t& v) override { return place(Json(std::move(v))); }
    bool binary(binary_t& /*unused*/) override { return refuse("binary values are not JSON"); }
    bool start_object(std::size_t /*unused*/) override { return open(Json::object()); }
    bool key(string_t& k) override {
        auto& object = stack_.back()->get_ref<Json::object_t&>();
        const auto [it, inserted] = object.try_emplace(std::move(k));
        if (!inserted) {
            return refuse("the key '" + shown(k) + "' appears twice in one object");
        }
        slot_ = &it->second;
        return true;
    }
    bool end_object() override {
        stack_.pop_back();
        return true;
    }
    bool start_array(std::size_t /*unused*/) override { return open(Json::array()); }
    bool end_array() override {
        stack_.pop_back();
        return true;
    }
    bool parse_error(std::size_t /*unused*/, const std::string& /*unused*/,
                     const Json::exception& ex) override {
        std::string what = ex.what();
        if (const auto bracket = what.find("] ");
            what.starts_with("[") && bracket != std::string::npos) {
            what = what.substr(bracket + 2);
        }
        return refuse(shown_long(what));
    }

private:
    static std::string shown_long(std::string_view text) {
        std::string out;
        for (const char c : text.substr(0, 300)) {
            out += (c >= 0x20 && c < 0x7f) ? c : '?';
        }
        return out;
    }

    bool refuse(std::string why) {
        if (problem.empty()) {
            problem = std::move(why);
        }
        return false;
    }

    Json* put(Json&& v) {
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        Json& top = *stack_.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        *slot_ = std::move(v);  // the slot key() made for this value
        return slot_;
    }

    bool place(Json&& v) {
        put(std::move(v));
        return true;
    }

    bool open(Json&& container) {
        if (stack_.size() >= max_depth_) {
            return refuse("nesting is deeper than " + std::to_string(max_depth_) + " levels");
        }
        stack_.push_back(put(std::move(container)));
        return true;
    }

    std::size_t max_depth_;
    std::vector<Json*> stack_;
    Json* slot_ = nullptr;
};

// --- text writers: what dump() writes, without a tree ------------------------

// The length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7,
// what nlohmann's serializer accepts), or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const auto cont = [&](std::size_t k) { return (at(k) & 0xC0U) == 0x80U; };
    const unsigned char c = at(i);
    const std::size_t left = s.size() - i;
    if (c < 0x80U) {
        return 1;
    }
    if (c >= 0xC2U && c <= 0xDFU) {
        return left >= 2 && cont(i + 1) ? 2 : 0;
    }
    if (c >= 0xE0U && c <= 0xEFU) {
        if (left < 3) {
            return 0;
        }
        const unsigned char lo = c == 0xE0U ? 0xA0U : 0x80U;
        const unsigned char hi = c == 0xEDU ? 0x9FU : 0xBFU;
        return at(i + 1) >= lo && at(i + 1) <= hi && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0U && c <= 0xF4U) {
        if (left < 4) {
            return 0;
        }
        const unsigned char lo = c == 0xF0U ? 0x90U : 0x80U;
        const unsigned char hi = c == 0xF4U ? 0x8FU : 0xBFU;
        return at(i + 1) >= lo && at(i + 1) <= hi && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

// A JSON string as the serializer writes it (ensure_ascii off): '"' and
// '\\' escaped, control characters as \b \t \n \f \r or \u00xx, other
// bytes as they are.
void append_string(std::string& out, std::string_view s) {
    const std::size_t start = out.size();
    out += '"';
    std::size_t copied = 0;  // s[copied, i) is plain text not yet appended
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20U && c < 0x80U && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80U) {
            const std::size_t n = utf8_length(s, i);
            if (n == 0) {
                // Invalid UTF-8: whatever dump() does (it throws type_error).
                const std::string text = Json(std::string(s)).dump();
                out.resize(start);
                out += text;
                return;
            }
            i += n;
            continue;
        }
        out.append(s.data() + copied, i - copied);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\r':
                out += "\\r";
                break;
            default: {
                std::array<char, 8> buf{};
                std::snprintf(buf.data(), buf.size(), "\\u%04x", static_cast<unsigned>(c));
                out += buf.data();
            }
        }
        ++i;
        copied = i;
    }
    out.append(s.data() + copied, s.size() - copied);
    out += '"';
}

template <class I>
void append_integer(std::string& out, I value) {
    std::array<char, 24> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    out.append(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
}

// The serializer's form of a double: shortest round trip (Grisu2), "null"
// when not finite.
void append_double(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    std::array<char, 64> buf{};
    const char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), value);
    out.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
}

void append_bool(std::string& out, bool value) {
    out += value ? "true" : "false";
}

void append_time(std::string& out, Timestamp t) {
    append_string(out, format_timestamp(t));
}

void append_strings(std::string& out, const std::vector<std::string>& values) {
    out += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i != 0) {
            out += ',';
        }
        append_string(out, values[i]);
    }
    out += ']';
}

template <class E>
void append_codes(std::string& out, const std::vector<E>& values) {
    out += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i != 0) {
            out += ',';
        }
        append_string(out, code(values[i]));
    }
    out += ']';
}

void append_error_body(std::string& out, const Error& e) {
    out += R"({"code":)";
    append_string(out, e.code);
    out += R"(,"details":{)";
    if (!e.field.empty()) {
        out += R"("field":)";
        append_string(out, e.field);
    }
    out += R"(},"message":)";
    append_string(out, e.message);
    out += '}';
}

}  // namespace

void dump_to(const Json& j, std::string& out) {
    switch (j.type()) {
        case Json::value_t::object: {
            out += '{';
            bool first = true;
            for (const auto& [key, value] : j.get_ref<const Json::object_t&>()) {
                if (!first) {
                    out += ',';
                }
                first = false;
                append_string(out, key);
                out += ':';
                dump_to(value, out);
            }
            out += '}';
            return;
        }
        case Json::value_t::array: {
            out += '[';
            bool first = true;
            for (const Json& value : j.get_ref<const Json::array_t&>()) {
                if (!first) {
                    out += ',';
                }
                first = false;
                dump_to(value, out);
            }
            out += ']';
            return;
        }
        case Json::value_t::string:
            append_string(out, j.get_ref<const std::string&>());
            return;
        case Json::value_t::boolean:
            append_bool(out, j.get<bool>());
            return;
        case Json::value_t::number_integer:
            append_integer(out, j.get<std::int64_t>());
            return;
        case Json::value_t::number_unsigned:
            append_integer(out, j.get<std::uint64_t>());
            return;
        case Json::value_t::number_float:
            append_double(out, j.get<double>());
            return;
        case Json::value_t::null:
            out += "null";
            return;
        case Json::value_t::binary:
        case Json::value_t::discarded:
            break;
    }
    out += j.dump();
}

std::string encode_text(const Contact& c) {
    std::string o;
    o.reserve(320 + c.organisation.size() + c.person_name.size() + c.address.size() +
              c.notes.size());
    o += R"({"address":)";
    append_string(o, c.address);
    o += R"(,"category":)";
    append_string(o, code(c.category));
    o += R"(,"commune":)";
    append_string(o, c.commune);
    o += R"(,"email":)";
    append_string(o, c.email);
    o += R"(,"notes":)";
    append_string(o, c.notes);
    o += R"(,"organisation":)";
    append_string(o, c.organisation);
    o += R"(,"person_name":)";
    append_string(o, c.person_name);
    o += R"(,"phone":)";
    append_string(o, c.phone);
    if (c.position) {
        o += R"(,"position":{"lat":)";
        append_double(o, c.position->lat);
        o += R"(,"lon":)";
        append_double(o, c.position->lon);
        o += '}';
    }
    o += R"(,"referent_id":)";
    append_string(o, c.referent_id);
    o += R"(,"role_title":)";
    append_string(o, c.role_title);
    o += R"(,"siret":)";
    append_string(o, c.siret);
    o += R"(,"sms_alert_opt_in":)";
    append_bool(o, c.sms_alert_opt_in);
    o += R"(,"tags":)";
    append_strings(o, c.tags);
    o += '}';
    return o;
}

std::string encode_text(const Patrol& p) {
    std::string o;
    o.reserve(256 + p.notes.size() + p.track.size() * 64);
    o += R"({"area_label":)";
    append_string(o, p.area_label);
    o += R"(,"author_id":)";
    append_string(o, p.author_id);
    o += R"(,"device_id":)";
    append_string(o, p.device_id);
    if (p.ended_at) {
        o += R"(,"ended_at":)";
        append_time(o, *p.ended_at);
    }
    o += R"(,"event_label":)";
    append_string(o, p.event_label);
    o += R"(,"members":)";
    append_strings(o, p.members);
    o += R"(,"mode":)";
    append_string(o, code(p.mode));
    o += R"(,"notes":)";
    append_string(o, p.notes);
    o += R"(,"started_at":)";
    append_time(o, p.started_at);
    o += R"(,"track":[)";
    for (std::size_t i = 0; i < p.track.size(); ++i) {
        const TrackPoint& t = p.track[i];
        o += i == 0 ? R"({"at":)" : R"(,{"at":)";
        append_time(o, t.at);
        o += R"(,"lat":)";
        append_double(o, t.lat);
        o += R"(,"lon":)";
        append_double(o, t.lon);
        o += '}';
    }
    o += "]}";
    return o;
}

std::string encode_text(const Visit& v) {
    const FollowUp& f = v.follow_up;
    std::string o;
    o.reserve(384 + v.note.size() + v.place_label.size() + f.summary.size());
    o += R"({"actions":)";
    append_codes(o, v.actions);
    o += R"(,"author_id":)";
    append_string(o, v.author_id);
    o += R"(,"climate":)";
    append_string(o, code(v.climate));
    o += R"(,"contact_id":)";
    append_string(o, v.contact_id);
    o += R"(,"device_id":)";
    append_string(o, v.device_id);
    o += R"(,"follow_up":{"assignee_id":)";
    append_string(o, f.assignee_id);
    if (f.closed_at) {
        o += R"(,"closed_at":)";
        append_time(o, *f.closed_at);
    }
    o += R"(,"closed_by":)";
    append_string(o, f.closed_by);
    if (f.due_date) {
        o += R"(,"due_date":)";
        append_string(o, format_date(*f.due_date));
    }
    o += R"(,"needed":)";
    append_bool(o, f.needed);
    o += R"(,"status":)";
    append_string(o, code(f.status));
    o += R"(,"summary":)";
    append_string(o, f.summary);
    o += R"(},"note":)";
    append_string(o, v.note);
    o += R"(,"occurred_at":)";
    append_time(o, v.occurred_at);
    o += R"(,"patrol_id":)";
    append_string(o, v.patrol_id);
    o += R"(,"place_label":)";
    append_string(o, v.place_label);
    if (v.position) {
        o += R"(,"position":{)";
        if (v.position->accuracy_m) {
            o += R"("accuracy_m":)";
            append_double(o, *v.position->accuracy_m);
            o += ',';
        }
        o += R"("lat":)";
        append_double(o, v.position->lat);
        o += R"(,"lon":)";
        append_double(o, v.position->lon);
        o += R"(,"source":)";
        append_string(o, code(v.position->source));
        o += '}';
    }
    o += R"(,"topics":)";
    append_codes(o, v.topics);
    o += '}';
    return o;
}

std::string encode_text(const PushResponse& r) {
    std::string o;
    o.reserve(64 + r.results.size() * 72);
    o += R"({"batch_id":)";
    append_string(o, r.batch_id);
    o += R"(,"results":[)";
    for (std::size_t i = 0; i < r.results.size(); ++i) {
        const ChangeResult& cr = r.results[i];
        o += i == 0 ? "{" : ",{";
        if (cr.error) {
            o += R"("error":)";
            append_error_body(o, *cr.error);
            o += ',';
        }
        o += R"("id":)";
        append_string(o, cr.id);
        o += R"(,"outcome":)";
        append_string(o, kOutcomes[static_cast<std::size_t>(cr.outcome)]);
        o += '}';
    }
    o += R"(],"server_seq":)";
    append_integer(o, r.server_seq);
    o += '}';
    return o;
}

namespace {

// Builder's parse: the reference, and the one that words every error.
Result<Json> parse_json_reference(std::string_view text, std::size_t max_depth);

// The common case of parse_json, several times faster than nlohmann's lexer:
// a strict RFC 8259 reader that builds the same document as Builder, or
// gives up (returns false) on anything it is not sure of, and on every
// error: parse_json then runs Builder, whose answer (and error message) is
// the reference. It never accepts what Builder refuses.
//
// Given a key, it also finds the text of that top-level member's value and
// tells whether it is canonical: exactly what dump() writes for the value
// read (keys in the map's order, no spaces, no escape but those dump()
// writes, numbers in dump()'s form). It errs on the side of "not canonical"
// (any escape, any space), never the other way.
class FastReader {
public:
    FastReader(std::string_view text, std::size_t max_depth, std::string_view member_key = {})
        : p_(text.data()),
          end_(text.data() + text.size()),
          max_depth_(max_depth),
          member_key_(member_key) {}

    // After a successful read with a member key: the member's value text
    // when it was found and is canonical, else empty.
    std::optional<std::string_view> canonical_member() const { return member_; }

    bool read(Json& out) {
        if (p_ != end_ && static_cast<unsigned char>(*p_) == 0xEFU) {
            return false;  // a byte order mark: Builder's lexer knows what to do
        }
        skip_space();
        if (!value(out, 0)) {
            return false;
        }
        skip_space();
        return p_ == end_;
    }

private:
    void skip_space() {
        const char* start = p_;
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) {
            ++p_;
        }
        if (p_ != start) {
            canonical_ = false;
        }
    }

    bool literal(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() ||
            std::string_view(p_, word.size()) != word) {
            return false;
        }
        p_ += word.size();
        return true;
    }

    bool value(Json& out, std::size_t depth) {
        if (p_ == end_) {
            return false;
        }
        switch (*p_) {
            case '{':
                return object(out, depth);
            case '[':
                return array(out, depth);
            case '"': {
                std::string s;
                if (!string(s)) {
                    return false;
                }
                out = Json(std::move(s));
                return true;
            }
            case 't':
                out = Json(true);
                return literal("true");
            case 'f':
                out = Json(false);
                return literal("false");
            case 'n':
                out = Json(nullptr);
                return literal("null");
            default:
                return number(out);
        }
    }

    bool object(Json& out, std::size_t depth) {
        if (depth >= max_depth_) {
            return false;
        }
        ++p_;  // '{'
        out = Json::object();
        auto& members = out.get_ref<Json::object_t&>();
        skip_space();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
            return true;
        }
        while (true) {
            if (p_ == end_ || *p_ != '"') {
                return false;
            }
            std::string key;
            if (!string(key)) {
                return false;
            }
            skip_space();
            if (p_ == end_ || *p_ != ':') {
                return false;
            }
            ++p_;
            skip_space();
            const auto [it, inserted] = members.try_emplace(std::move(key));
            if (!inserted) {
                return false;  // a duplicate key is Builder's error to word
            }
            if (std::next(it) != members.end()) {
                canonical_ = false;  // dump() writes the keys in the map's order
            }
            if (depth == 0 && !member_key_.empty() && it->first == member_key_) {
                if (!member_value(it->second)) {
                    return false;
                }
            } else if (!value(it->second, depth + 1)) {
                return false;
            }
            skip_space();
            if (p_ == end_) {
                return false;
            }
            if (*p_ == '}') {
                ++p_;
                return true;
            }
            if (*p_ != ',') {
                return false;
            }
            ++p_;
            skip_space();
        }
    }

    // The value of the top-level member `member_key_`, its text and whether
    // that text alone is canonical.
    bool member_value(Json& out) {
        const bool outer = canonical_;
        canonical_ = true;
        const char* start = p_;
        if (!value(out, 1)) {
            return false;
        }
        if (canonical_) {
            member_ = std::string_view(start, static_cast<std::size_t>(p_ - start));
        }
        canonical_ = outer && canonical_;
        return true;
    }

    bool array(Json& out, std::size_t depth) {
        if (depth >= max_depth_) {
            return false;
        }
        ++p_;  // '['
        out = Json::array();
        auto& items = out.get_ref<Json::array_t&>();
        skip_space();
        if (p_ != end_ && *p_ == ']') {
            ++p_;
            return true;
        }
        while (true) {
            items.emplace_back();
            if (!value(items.back(), depth + 1)) {
                return false;
            }
            skip_space();
            if (p_ == end_) {
                return false;
            }
            if (*p_ == ']') {
                ++p_;
                return true;
            }
            if (*p_ != ',') {
                return false;
            }
            ++p_;
            skip_space();
        }
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?: integers as int64
    // (negative) or uint64, others as double; anything that does not fit is
    // left to Builder.
    bool number(Json& out) {
        const char* start = p_;
        if (p_ != end_ && *p_ == '-') {
            ++p_;
        }
        if (p_ == end_ || !digit(*p_)) {
            return false;
        }
        if (*p_ == '0') {
            ++p_;
        } else {
            while (p_ != end_ && digit(*p_)) {
                ++p_;
            }
        }
        bool integer = true;
        if (p_ != end_ && *p_ == '.') {
            integer = false;
            ++p_;
            if (p_ == end_ || !digit(*p_)) {
                return false;
            }
            while (p_ != end_ && digit(*p_)) {
                ++p_;
            }
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
            while (p_ != end_ && digit(*p_)) {
                ++p_;
            }
        }
        if (integer) {
            if (*start == '-') {
                std::int64_t v = 0;
                const auto r = std::from_chars(start, p_, v);
                if (r.ec != std::errc() || r.ptr != p_) {
                    return false;
                }
                if (v == 0) {
                    canonical_ = false;  // "-0": dump() writes 0
                }
                out = Json(v);
            } else {
                std::uint64_t v = 0;
                const auto r = std::from_chars(start, p_, v);
                if (r.ec != std::errc() || r.ptr != p_) {
                    return false;
                }
                out = Json(v);
            }
            return true;
        }
        double v = 0;
        const auto r = std::from_chars(start, p_, v);
        if (r.ec != std::errc() || r.ptr != p_ || !std::isfinite(v)) {
            return false;
        }
        if (canonical_ && !member_key_.empty()) {
            std::string shortest;
            append_double(shortest, v);
            if (shortest != std::string_view(start, static_cast<std::size_t>(p_ - start))) {
                canonical_ = false;
            }
        }
        out = Json(v);
        return true;
    }

    static int hex_value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    bool hex4(std::uint32_t& out) {
        if (end_ - p_ < 4) {
            return false;
        }
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex_value(p_[i]);
            if (h < 0) {
                return false;
            }
            out = out * 16 + static_cast<std::uint32_t>(h);
        }
        p_ += 4;
        return true;
    }

    static void append_utf8(std::string& s, std::uint32_t cp) {
        if (cp < 0x80U) {
            s += static_cast<char>(cp);
        } else if (cp < 0x800U) {
            s += static_cast<char>(0xC0U | (cp >> 6U));
            s += static_cast<char>(0x80U | (cp & 0x3FU));
        } else if (cp < 0x10000U) {
            s += static_cast<char>(0xE0U | (cp >> 12U));
            s += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
            s += static_cast<char>(0x80U | (cp & 0x3FU));
        } else {
            s += static_cast<char>(0xF0U | (cp >> 18U));
            s += static_cast<char>(0x80U | ((cp >> 12U) & 0x3FU));
            s += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
            s += static_cast<char>(0x80U | (cp & 0x3FU));
        }
    }

    // A string at p_ (on its '"'): valid UTF-8, no raw control character,
    // the escapes of RFC 8259 (surrogates in pairs).
    bool string(std::string& out) {
        ++p_;                  // '"'
        const char* run = p_;  // bytes not yet appended
        while (true) {
            if (p_ == end_) {
                return false;
            }
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                out.append(run, p_);
                ++p_;
                return true;
            }
            if (c < 0x20U) {
                return false;
            }
            if (c >= 0x80U) {
                const std::size_t n =
                    utf8_length(std::string_view(p_, static_cast<std::size_t>(end_ - p_)), 0);
                if (n == 0) {
                    return false;
                }
                p_ += n;
                continue;
            }
            if (c != '\\') {
                ++p_;
                continue;
            }
            out.append(run, p_);
            canonical_ = false;  // dump() may write this character otherwise
            ++p_;
            if (p_ == end_) {
                return false;
            }
            const char e = *p_++;
            switch (e) {
                case '"':
                case '\\':
                case '/':
                    out += e;
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) {
                        return false;
                    }
                    if (cp >= 0xDC00U && cp <= 0xDFFFU) {
                        return false;  // a low surrogate alone
                    }
                    if (cp >= 0xD800U && cp <= 0xDBFFU) {
                        std::uint32_t low = 0;
                        if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') {
                            return false;
                        }
                        p_ += 2;
                        if (!hex4(low) || low < 0xDC00U || low > 0xDFFFU) {
                            return false;
                        }
                        cp = 0x10000U + ((cp - 0xD800U) << 10U) + (low - 0xDC00U);
                    }
                    append_utf8(out, cp);
                    break;
                }
                default:
                    return false;
            }
            run = p_;
        }
    }

    const char* p_;
    const char* end_;
    std::size_t max_depth_;
    std::string_view member_key_;
    bool canonical_ = true;
    std::optional<std::string_view> member_;
};

}  // namespace

Result<Json> parse_json(std::string_view text, std::string_view key,
                        std::optional<std::string_view>& canonical_member, std::size_t max_depth) {
    canonical_member.reset();
    if (max_depth <= 256 && !key.empty()) {
        try {
            Json fast;
            FastReader reader(text, max_depth, key);
            if (reader.read(fast)) {
                canonical_member = reader.canonical_member();
                return Result<Json>(std::move(fast));
            }
        } catch (const std::exception&) {
            // e.g. out of memory: Builder's turn
        }
    }
    return parse_json(text, max_depth);
}

Result<Json> parse_json(std::string_view text, std::size_t max_depth) {
    // The fast reader recurses once per level: only for the small depths
    // that the protocol's documents use.
    if (max_depth <= 256) {
        try {
            Json fast;
            if (FastReader(text, max_depth).read(fast)) {
                return Result<Json>(std::move(fast));
            }
        } catch (const std::exception&) {
            // e.g. out of memory: Builder's turn
        }
    }
    return parse_json_reference(text, max_depth);
}

namespace {

Result<Json> parse_json_reference(std::string_view text, std::size_t max_depth) {
    try {
        Builder builder(max_depth);
        const bool ok = Json::sax_parse(text.data(), text.data() + text.size(), &builder,
                                        Json::input_format_t::json, true);
        if (!ok || !builder.problem.empty()) {
            return make_error("invalid_json",
                              "Malformed JSON: " + (builder.problem.empty()
                                                        ? std::string("could not parse the text")
                                                        : builder.problem));
        }
        return Result<Json>(std::move(builder.root));
    } catch (const std::exception& e) {
        return make_error("invalid_json", std::string("Malformed JSON: ") + shown(e.what()));
    } catch (...) {
        return make_error("invalid_json", "Malformed JSON");
    }
}

}  // namespace

// --- encoders ------------------------------------------------------------------

Json encode(const Contact& c) {
    Json j = Json::object();
    j["category"] = text_of(code(c.category));
    j["organisation"] = c.organisation;
    j["person_name"] = c.person_name;
    j["role_title"] = c.role_title;
    j["address"] = c.address;
    j["commune"] = c.commune;
    if (c.position) {
        j["position"] = Json{{"lat", c.position->lat}, {"lon", c.position->lon}};
    }
    j["phone"] = c.phone;
    j["email"] = c.email;
    j["siret"] = c.siret;
    j["referent_id"] = c.referent_id;
    j["sms_alert_opt_in"] = c.sms_alert_opt_in;
    j["notes"] = c.notes;
    j["tags"] = strings_json(c.tags);
    return j;
}

Json encode(const Patrol& p) {
    Json j = Json::object();
    j["mode"] = text_of(code(p.mode));
    j["started_at"] = encode_time(p.started_at);
    if (p.ended_at) {
        j["ended_at"] = encode_time(*p.ended_at);
    }
    j["members"] = strings_json(p.members);
    j["area_label"] = p.area_label;
    j["event_label"] = p.event_label;
    j["notes"] = p.notes;
    Json track = Json::array();
    for (const TrackPoint& t : p.track) {
        track.push_back(Json{{"lat", t.lat}, {"lon", t.lon}, {"at", encode_time(t.at)}});
    }
    j["track"] = std::move(track);
    j["author_id"] = p.author_id;
    j["device_id"] = p.device_id;
    return j;
}

Json encode(const Visit& v) {
    Json j = Json::object();
    j["patrol_id"] = v.patrol_id;
    j["contact_id"] = v.contact_id;
    j["occurred_at"] = encode_time(v.occurred_at);
    if (v.position) {
        Json pos = Json::object();
        pos["lat"] = v.position->lat;
        pos["lon"] = v.position->lon;
        if (v.position->accuracy_m) {
            pos["accuracy_m"] = *v.position->accuracy_m;
        }
        pos["source"] = text_of(code(v.position->source));
        j["position"] = std::move(pos);
    }
    j["place_label"] = v.place_label;
    j["topics"] = enums_json(v.topics);
    j["actions"] = enums_json(v.actions);
    j["climate"] = text_of(code(v.climate));
    j["note"] = v.note;
    const FollowUp& f = v.follow_up;
    Json fu = Json::object();
    fu["needed"] = f.needed;
    fu["summary"] = f.summary;
    if (f.due_date) {
        fu["due_date"] = format_date(*f.due_date);
    }
    fu["assignee_id"] = f.assignee_id;
    fu["status"] = text_of(code(f.status));
    if (f.closed_at) {
        fu["closed_at"] = encode_time(*f.closed_at);
    }
    fu["closed_by"] = f.closed_by;
    j["follow_up"] = std::move(fu);
    j["author_id"] = v.author_id;
    j["device_id"] = v.device_id;
    return j;
}

Json encode(const Unit& u) {
    return Json{{"id", u.id}, {"code", u.code}, {"name", u.name}};
}

Json encode(const User& u) {
    return Json{{"id", u.id},
                {"unit_id", u.unit_id},
                {"username", u.username},
                {"display_name", u.display_name},
                {"role", text_of(code(u.role))}};
}

Json encode(const Device& d) {
    Json j = Json::object();
    j["id"] = d.id;
    j["user_id"] = d.user_id;
    j["name"] = d.name;
    j["enrolled_at"] = encode_time(d.enrolled_at);
    if (d.last_seen_at) {
        j["last_seen_at"] = encode_time(*d.last_seen_at);
    }
    if (d.revoked_at) {
        j["revoked_at"] = encode_time(*d.revoked_at);
    }
    return j;
}

Json encode(const Change& c) {
    Json j = Json::object();
    j["entity"] = text_of(code(c.entity));
    j["id"] = c.id;
    j["hlc"] = c.hlc;
    j["deleted"] = c.deleted;
    j["data"] = c.data.is_null() ? Json::object() : c.data;
    return j;
}

Json encode(const PushRequest& r) {
    Json changes = Json::array();
    for (const Json& c : r.changes) {
        changes.push_back(c);
    }
    return Json{{"protocol", r.protocol}, {"batch_id", r.batch_id}, {"changes", changes}};
}

Json encode(const PushResponse& r) {
    Json results = Json::array();
    for (const ChangeResult& cr : r.results) {
        Json one = Json::object();
        one["id"] = cr.id;
        one["outcome"] = text_of(kOutcomes[static_cast<std::size_t>(cr.outcome)]);
        if (cr.error) {
            one["error"] = error_body(*cr.error);
        }
        results.push_back(std::move(one));
    }
    return Json{{"batch_id", r.batch_id}, {"results", results}, {"server_seq", r.server_seq}};
}

Json encode(const PullResponse& r) {
    Json changes = Json::array();
    for (const PulledChange& pc : r.changes) {
        Json one = encode(pc.change);
        one["seq"] = pc.seq;
        changes.push_back(std::move(one));
    }
    return Json{{"changes", changes}, {"next_since", r.next_since}, {"has_more", r.has_more}};
}

Json encode_error(const Error& e) {
    return Json{{"error", error_body(e)}};
}

// --- decoders ------------------------------------------------------------------

Result<Contact> decode_contact(const Json& j) {
    return guarded([&]() -> Result<Contact> { return read_contact(Reader(j, ""), false); });
}

Result<Patrol> decode_patrol(const Json& j) {
    return guarded([&]() -> Result<Patrol> { return read_patrol(Reader(j, "")); });
}

Result<Visit> decode_visit(const Json& j) {
    return guarded([&]() -> Result<Visit> { return read_visit(Reader(j, "")); });
}

Result<Unit> decode_unit(const Json& j) {
    return guarded([&]() -> Result<Unit> {
        const Reader r(j, "");
        return Unit{r.string("id", true), r.string("code", true), r.string("name", true)};
    });
}

Result<User> decode_user(const Json& j) {
    return guarded([&]() -> Result<User> {
        const Reader r(j, "");
        User u;
        u.id = r.string("id", true);
        u.unit_id = r.string("unit_id", true);
        u.username = r.string("username", true);
        u.display_name = r.string("display_name");
        u.role = r.enumeration<Role>("role", std::nullopt);
        return u;
    });
}

Result<Device> decode_device(const Json& j) {
    return guarded([&]() -> Result<Device> {
        const Reader r(j, "");
        Device d;
        d.id = r.string("id", true);
        d.user_id = r.string("user_id", true);
        d.name = r.string("name");
        d.enrolled_at = r.time("enrolled_at");
        d.last_seen_at = r.optional_time("last_seen_at");
        d.revoked_at = r.optional_time("revoked_at");
        return d;
    });
}

Result<Change> decode_change(const Json& j) {
    return guarded([&]() -> Result<Change> { return read_change(Reader(j, "")); });
}

Result<Change> decode_change(Json&& j) {
    return guarded([&]() -> Result<Change> { return read_change(Reader(j, ""), true); });
}

std::optional<Error> validate_contact_patch(const Json& data) {
    return guarded_check([&]() -> std::optional<Error> {
        const Reader r(data, "");
        const Contact c = read_contact(r, true);
        if (auto e = validate_contact_fields(c)) {
            return e;
        }
        if (r.has("organisation") && r.has("person_name")) {
            return validate(c);  // the identity rule is all that is left
        }
        return std::nullopt;
    });
}

std::optional<Error> validate_change(const Change& c) {
    return guarded_check([&]() -> std::optional<Error> {
        if (static_cast<std::size_t>(c.entity) >= entries<Entity>().size()) {
            return make_error("invalid_enum", "entity is not a known value", "entity");
        }
        if (!is_valid_uuid(c.id)) {
            return make_error("invalid_uuid", "id is not a lowercase UUID", "id");
        }
        if (!is_hlc_text(c.hlc)) {
            return make_error("invalid_hlc", "hlc is not an HLC stamp", "hlc");
        }
        if (c.deleted) {
            return std::nullopt;
        }
        if (c.data.is_null()) {
            return make_error("missing_field", "data is required", "data");
        }
        if (!c.data.is_object()) {
            return make_error("invalid_type",
                              std::string("data must be an object, not ") + c.data.type_name(),
                              "data");
        }
        std::optional<Error> e;
        switch (c.entity) {
            case Entity::contact:
                e = validate_contact_patch(c.data);
                break;
            case Entity::patrol: {
                auto p = decode_patrol(c.data);
                if (p) {
                    clear_server_fields(p.value());
                }
                e = p ? validate(p.value()) : std::optional<Error>(p.error());
                break;
            }
            case Entity::visit: {
                auto v = decode_visit(c.data);
                if (v) {
                    clear_server_fields(v.value());
                }
                e = v ? validate(v.value()) : std::optional<Error>(v.error());
                break;
            }
        }
        if (e) {
            return with_prefix(std::move(*e), "data");
        }
        return std::nullopt;
    });
}

namespace {

// The envelope checks of decode_push_request; `changes` stays empty.
PushRequest read_push_envelope(const Json& j, std::size_t max_changes) {
    const Reader r(j, "");
    PushRequest req;
    const Json& protocol = r.require("protocol");
    if (!protocol.is_number_integer()) {
        r.wrong_type("protocol", protocol, "an integer");
    }
    const bool same = protocol.is_number_unsigned()
                          ? protocol.get<std::uint64_t>() == std::uint64_t{kProtocolVersion}
                          : protocol.get<std::int64_t>() == std::int64_t{kProtocolVersion};
    if (!same) {
        fail("unsupported_protocol",
             "Protocol version " + protocol.dump() + " is not supported; this side speaks " +
                 std::to_string(kProtocolVersion),
             "protocol");
    }
    req.protocol = kProtocolVersion;
    req.batch_id = r.string("batch_id", true);
    if (!is_valid_uuid(req.batch_id)) {
        fail("invalid_uuid", "batch_id: '" + shown(req.batch_id) + "' is not a lowercase UUID",
             "batch_id");
    }
    const Json& changes = r.require("changes");
    if (!changes.is_array()) {
        r.wrong_type("changes", changes, "an array");
    }
    if (changes.size() > max_changes) {
        fail("too_many",
             "A batch holds at most " + std::to_string(max_changes) + " changes, not " +
                 std::to_string(changes.size()),
             "changes");
    }
    return req;
}

}  // namespace

Result<PushRequest> decode_push_request(const Json& j, std::size_t max_changes) {
    return guarded([&]() -> Result<PushRequest> {
        PushRequest req = read_push_envelope(j, max_changes);
        const Json& changes = j.at("changes");
        req.changes.assign(changes.begin(), changes.end());
        return req;
    });
}

Result<PushRequest> decode_push_request(Json&& j, std::size_t max_changes) {
    return guarded([&]() -> Result<PushRequest> {
        PushRequest req = read_push_envelope(j, max_changes);
        auto& changes = j.at("changes").get_ref<Json::array_t&>();
        req.changes.reserve(changes.size());
        for (Json& c : changes) {
            req.changes.push_back(std::move(c));
        }
        return req;
    });
}

Result<PushResponse> decode_push_response(const Json& j) {
    return guarded([&]() -> Result<PushResponse> {
        const Reader r(j, "");
        PushResponse resp;
        resp.batch_id = r.string("batch_id", true);
        const Json& results = r.require("results");
        if (!results.is_array()) {
            r.wrong_type("results", results, "an array");
        }
        for (std::size_t i = 0; i < results.size(); ++i) {
            const Reader rr(results[i], indexed("results", i));
            ChangeResult cr;
            cr.id = rr.string("id", true);
            const std::string outcome = rr.string("outcome", true);
            bool known = false;
            for (std::size_t k = 0; k < std::size(kOutcomes); ++k) {
                if (kOutcomes[k] == outcome) {
                    cr.outcome = static_cast<ChangeOutcome>(k);
                    known = true;
                }
            }
            if (!known) {
                fail("invalid_enum",
                     rr.path("outcome") + ": '" + shown(outcome) +
                         "' is not applied, duplicate or rejected",
                     rr.path("outcome"));
            }
            if (const Json* e = rr.object("error")) {
                cr.error = read_error_body(Reader(*e, rr.path("error")));
            } else if (cr.outcome == ChangeOutcome::rejected) {
                fail("missing_field", rr.path("error") + " is required for a rejected change",
                     rr.path("error"));
            }
            resp.results.push_back(std::move(cr));
        }
        resp.server_seq = r.count("server_seq");
        return resp;
    });
}

Result<PullResponse> decode_pull_response(const Json& j) {
    return guarded([&]() -> Result<PullResponse> {
        const Reader r(j, "");
        PullResponse resp;
        const Json& changes = r.require("changes");
        if (!changes.is_array()) {
            r.wrong_type("changes", changes, "an array");
        }
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const Reader cr(changes[i], indexed("changes", i));
            PulledChange pc;
            pc.seq = cr.count("seq");
            pc.change = read_change(cr);
            resp.changes.push_back(std::move(pc));
        }
        resp.next_since = r.count("next_since");
        resp.has_more = r.boolean("has_more");
        return resp;
    });
}

Result<Error> decode_error(const Json& j) {
    return guarded([&]() -> Result<Error> {
        const Reader r(j, "");
        return read_error_body(Reader(r.require("error"), "error"));
    });
}

}  // namespace ronde
