// SyncService: the push merge rules and the scoped pull of
// sync-protocol/PROTOCOL.md (§6-8).
//
// A push runs in two phases: each change is decoded, validated and checked
// for clock drift without any lock; then one write transaction judges them
// in request order against the stored rows, stores the answer with the batch
// id, and commits (fsync) before the answer is returned.
//
// Judging one change (PROTOCOL.md §6.3, §7):
//   - (id, hlc) accepted before: "duplicate";
//   - an id of another unit: rejected "forbidden" (field id); stored under
//     another entity: rejected "invalid_value" (field entity);
//   - tombstones are final: a delete wins whatever its HLC (the removed
//     version is logged when newer than the delete); a later edit is
//     rejected "deleted" and logged; a second delete is "duplicate";
//   - contacts: a patch merged per top-level key, last writer wins by HLC
//     per key; deletes by a supervisor or the creator only;
//   - patrols: last writer wins on the whole record; author only
//     ("not_author");
//   - visits: two units of merge, the body and the follow-up, each last
//     writer wins by HLC; the author changes both (follow_up only when the
//     change carries it); a supervisor or the follow-up's assignee changes
//     only the follow-up.
// Each unit of merge stores the HLC, user, device and seq of its write. A
// losing value goes to the conflict log ("concurrent_edit") when it differs
// from the kept one, came from another device, and that device could not
// have seen the other value: it arrived older, or it overwrote a value
// stored after the last pull cursor served to that device.
// Accepted changes are "applied" even when they lost every merge; the
// record gets a new seq only when it changed.
#include "services/sync_service.hpp"

#include "ronde/hlc.hpp"
#include "ronde/validate.hpp"
#include "services/crypto.hpp"
#include "services/push_body_reader.hpp"
#include "store/store.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

namespace ronde::server {
namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

Error internal_error() {
    return make_error("internal", "The server could not complete the request.");
}

Error prefixed(const Error& e, std::string_view prefix) {
    Error out = e;
    out.field = e.field.empty() ? std::string(prefix) : std::string(prefix) + "." + e.field;
    return out;
}

std::int64_t ms_of(Timestamp t) {
    return t.time_since_epoch().count();
}

// The write that set one unit of merge.
struct Version {
    std::string hlc;  // empty: never set
    std::string user;
    std::string device;
    std::int64_t seq = 0;
};

// Stored compactly as [hlc, user, device, seq].
Version version_from(const Json& j) {
    Version v;
    if (j.is_array() && j.size() == 4) {
        v.hlc = j[0].get<std::string>();
        v.user = j[1].get<std::string>();
        v.device = j[2].get<std::string>();
        v.seq = j[3].get<std::int64_t>();
    }
    return v;
}

Json version_json(const std::string& hlc, const Principal& who, std::int64_t seq) {
    return Json::array({hlc, who.user_id, who.device_id, seq});
}

// The versions of a row's units of merge, stored as
// {"v": [[hlc, user, device, seq], ...], "k": {unit of merge: index in v}}:
// a create sets every key of a contact with one version, so the versions
// are shared rather than repeated per key.
class Versions {
public:
    Versions() : j_(Json::object()) {}
    explicit Versions(const std::string& text) : j_(Json::parse(text.empty() ? "{}" : text)) {
        if (!j_.is_object()) {
            j_ = Json::object();
        }
    }

    Version get(const std::string& key) const {
        const auto k = j_.find("k");
        const auto v = j_.find("v");
        if (k == j_.end() || v == j_.end()) {
            return {};
        }
        const auto it = k->find(key);
        if (it == k->end() || !it->is_number_unsigned()) {
            return {};
        }
        const auto i = it->get<std::size_t>();
        return i < v->size() ? version_from((*v)[i]) : Version{};
    }

    // Gives `keys` one new version; drops versions no key uses any more.
    void set(const std::vector<std::string>& keys, Json version) {
        Json& list = j_["v"];
        if (!list.is_array()) {
            list = Json::array();
        }
        list.push_back(std::move(version));
        const std::size_t index = list.size() - 1;
        Json& k = j_["k"];
        if (!k.is_object()) {
            k = Json::object();
        }
        for (const std::string& key : keys) {
            k[key] = index;
        }
        compact();
    }

    // The greatest version (the write of the newest value).
    Version newest() const {
        Version best;
        const auto v = j_.find("v");
        if (v == j_.end()) {
            return best;
        }
        for (const Json& entry : *v) {
            Version candidate = version_from(entry);
            if (candidate.hlc > best.hlc) {
                best = std::move(candidate);
            }
        }
        return best;
    }

    std::string dump() const { return j_.dump(); }

private:
    void compact() {
        Json& list = j_["v"];
        Json& k = j_["k"];
        std::vector<std::size_t> renumber(list.size(), SIZE_MAX);
        for (auto it = k.begin(); it != k.end(); ++it) {
            renumber[it->get<std::size_t>()] = 0;
        }
        if (std::find(renumber.begin(), renumber.end(), SIZE_MAX) == renumber.end()) {
            return;
        }
        Json kept = Json::array();
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (renumber[i] != SIZE_MAX) {
                renumber[i] = kept.size();
                kept.push_back(std::move(list[i]));
            }
        }
        list = std::move(kept);
        for (auto it = k.begin(); it != k.end(); ++it) {
            *it = renumber[it->get<std::size_t>()];
        }
    }

    Json j_;
};

// The versions text of a record's first write: what Versions().set(keys,
// version_json(hlc, who, seq)).dump() gives, built without a JSON tree.
// `keys` must be sorted and, like the HLC and the ids, need no escaping
// (protocol keys, validated HLC and UUIDs).
std::string first_versions(std::initializer_list<std::string_view> keys, const std::string& hlc,
                           const Principal& who, std::int64_t seq) {
    std::string out;
    out.reserve(96 + hlc.size() + who.user_id.size() + who.device_id.size());
    out += R"({"k":{)";
    bool first = true;
    for (std::string_view key : keys) {
        out += first ? "\"" : ",\"";
        first = false;
        out += key;
        out += "\":0";
    }
    out += R"(},"v":[[")";
    out += hlc;
    out += R"(",")";
    out += who.user_id;
    out += R"(",")";
    out += who.device_id;
    out += R"(",)";
    out += std::to_string(seq);
    out += "]]}";
    return out;
}

// Whether a value that lost to another, from another device, is a
// concurrent edit: the incoming change lost (it could not have seen the
// stored value, whose HLC is greater), or it overwrote a value stored after
// the last cursor served to its device.
bool concurrent(const Version& stored, const Principal& who, std::int64_t pulled_seq,
                bool incoming_won) {
    if (stored.hlc.empty() || stored.device == who.device_id) {
        return false;
    }
    return incoming_won ? stored.seq > pulled_seq : true;
}

// One change after the lock-free phase.
struct Prepared {
    std::string id;
    std::optional<Error> error;  // rejected before the merge
    Change change;
    std::optional<Visit> visit;
    std::optional<Patrol> patrol;
    bool has_follow_up = false;  // the visit change carries follow_up
    // change.data.dump() when the visit was read without a tree (data null);
    // points into the request body.
    std::string_view data_text;
};

std::string data_dump(const Prepared& p) {
    return p.change.data.is_null() && !p.data_text.empty() ? std::string(p.data_text)
                                                           : p.change.data.dump();
}

std::optional<Error> drift(Timestamp t, std::int64_t limit_ms, std::string field) {
    if (ms_of(t) > limit_ms) {
        return make_error("clock_drift",
                          "This time is more than a day ahead of the server's clock; fix the "
                          "device's date and time.",
                          std::move(field));
    }
    return std::nullopt;
}

std::optional<Error> visit_drift(const Visit& v, std::int64_t limit) {
    if (auto e = drift(v.occurred_at, limit, "data.occurred_at")) {
        return e;
    }
    if (v.follow_up.closed_at) {
        return drift(*v.follow_up.closed_at, limit, "data.follow_up.closed_at");
    }
    return std::nullopt;
}

std::optional<Error> patrol_drift(const Patrol& p, std::int64_t limit) {
    if (auto e = drift(p.started_at, limit, "data.started_at")) {
        return e;
    }
    if (p.ended_at) {
        if (auto e = drift(*p.ended_at, limit, "data.ended_at")) {
            return e;
        }
    }
    for (std::size_t i = 0; i < p.track.size(); ++i) {
        if (auto e = drift(p.track[i].at, limit, "data.track[" + std::to_string(i) + "].at")) {
            return e;
        }
    }
    return std::nullopt;
}

ChangeResult applied(const Prepared& p) {
    return ChangeResult{p.id, ChangeOutcome::applied, {}};
}
ChangeResult duplicate(const Prepared& p) {
    return ChangeResult{p.id, ChangeOutcome::duplicate, {}};
}
ChangeResult rejected(const Prepared& p, Error e) {
    return ChangeResult{p.id, ChangeOutcome::rejected, std::move(e)};
}

Error not_author() {
    return make_error("not_author", "Only the author of this record can change it.");
}

// The state of one change being judged inside the push transaction.
struct Judging {
    WriteTx& tx;
    const Principal& who;
    std::int64_t now;
    std::int64_t pulled_seq;              // the pushing device's served cursor
    std::vector<ConflictRecord> pending;  // written unless the change is rejected
};

ConflictRecord conflict(const Judging& j, const Prepared& p, std::string field,
                        std::string reason) {
    ConflictRecord c;
    c.unit_id = j.who.unit_id;
    c.entity = p.change.entity;
    c.record_id = p.change.id;
    c.field = std::move(field);
    c.reason = std::move(reason);
    c.at_ms = j.now;
    return c;
}

void set_kept(ConflictRecord& c, std::string value, const Version& v) {
    c.kept_value = std::move(value);
    c.kept_hlc = v.hlc;
    c.kept_user_id = v.user;
    c.kept_device_id = v.device;
}

void set_lost(ConflictRecord& c, std::string value, const Version& v) {
    c.lost_value = std::move(value);
    c.lost_hlc = v.hlc;
    c.lost_user_id = v.user;
    c.lost_device_id = v.device;
}

Version incoming_version(const Judging& j, const Prepared& p) {
    return Version{p.change.hlc, j.who.user_id, j.who.device_id, 0};
}

RecordRow new_row(const Judging& j, const Prepared& p) {
    RecordRow row;
    row.unit_id = j.who.unit_id;
    row.entity = p.change.entity;
    row.id = p.change.id;
    row.author_id = j.who.user_id;
    row.device_id = j.who.device_id;
    row.hlc = p.change.hlc;
    return row;
}

void fill_visit(RecordRow& row, const Visit& v) {
    row.data = encode_text(v);
    row.occurred_at_ms = ms_of(v.occurred_at);
    row.open_follow_up = v.follow_up.needed && v.follow_up.status == FollowUpStatus::open;
    row.closed_at_ms.reset();
    if (v.follow_up.status == FollowUpStatus::done && v.follow_up.closed_at) {
        row.closed_at_ms = ms_of(*v.follow_up.closed_at);
    }
    row.members.clear();
}

void fill_patrol(RecordRow& row, const Patrol& pt) {
    row.data = encode_text(pt);
    row.occurred_at_ms = ms_of(pt.started_at);
    row.open_follow_up = false;
    row.closed_at_ms.reset();
    row.members = pt.members;
}

// A visit as JSON without its follow-up: the "body" unit of merge.
std::string body_text(const Visit& v) {
    Json j = encode(v);
    j.erase("follow_up");
    return j.dump();
}

std::string follow_up_text(const Visit& v) {
    return encode(v)["follow_up"].dump();
}

}  // namespace

struct SyncService::Impl {
    Impl(Store& s, SyncConfig c, MillisClock clk) : store(s), config(c), clock(std::move(clk)) {
        // Every top-level key a contact can have (optional ones set), and
        // the defaults a null resets them to.
        Contact full;
        full.position = GeoPoint{};
        const Json encoded = encode(full);
        for (auto it = encoded.begin(); it != encoded.end(); ++it) {
            contact_keys.insert(it.key());
        }
        contact_defaults = encode(Contact{});
    }

    Store& store;
    SyncConfig config;
    MillisClock clock;
    std::set<std::string, std::less<>> contact_keys;
    Json contact_defaults;
    std::atomic<std::uint64_t> total_pushed{0};
    std::atomic<std::uint64_t> total_rejected{0};
    std::atomic<std::uint64_t> total_pulled{0};

    std::int64_t skew_ms() const {
        return std::chrono::duration_cast<std::chrono::milliseconds>(config.max_clock_skew).count();
    }

    Prepared prepare(Json&& raw, std::int64_t now) const;
    Prepared prepare(DirectVisit&& direct, std::int64_t now) const;
    // The checks of prepare() after the record's own: HLC syntax, drift.
    void check_clocks(Prepared& p, std::int64_t now) const;
    // The write transaction of a push whose changes are prepared.
    Result<std::string> store_push(const Principal& who, const std::string& batch_id,
                                   const std::string& digest, std::vector<Prepared>& prepared,
                                   std::int64_t now);
    ChangeResult judge(Judging& j, Prepared& p);
    ChangeResult remove(Judging& j, Prepared& p, std::optional<RecordRow>& existing);
    ChangeResult merge_contact(Judging& j, Prepared& p, std::optional<RecordRow>& existing);
    ChangeResult merge_patrol(Judging& j, Prepared& p, std::optional<RecordRow>& existing);
    ChangeResult merge_visit(Judging& j, Prepared& p, std::optional<RecordRow>& existing);
};

Prepared SyncService::Impl::prepare(Json&& raw, std::int64_t now) const {
    Prepared p;
    if (raw.is_object()) {
        if (auto it = raw.find("id"); it != raw.end() && it->is_string()) {
            p.id = it->get<std::string>();
        }
    }
    Result<Change> decoded = decode_change(std::move(raw));
    if (!decoded) {
        p.error = decoded.error();
        return p;
    }
    p.change = std::move(decoded).value();
    if (!p.change.deleted) {
        if (p.change.entity == Entity::contact) {
            // A patch: each key it sets is checked now; the merged record later.
            if (auto err = validate_contact_patch(p.change.data)) {
                p.error = prefixed(*err, "data");
                return p;
            }
        } else if (p.change.entity == Entity::visit) {
            Result<Visit> v = decode_visit(p.change.data);
            if (!v) {
                p.error = prefixed(v.error(), "data");
                return p;
            }
            if (auto err = validate(v.value())) {
                p.error = prefixed(*err, "data");
                return p;
            }
            p.visit = std::move(v).value();
            auto fu = p.change.data.find("follow_up");
            p.has_follow_up = fu != p.change.data.end() && !fu->is_null();
        } else {
            Result<Patrol> pt = decode_patrol(p.change.data);
            if (!pt) {
                p.error = prefixed(pt.error(), "data");
                return p;
            }
            if (auto err = validate(pt.value())) {
                p.error = prefixed(*err, "data");
                return p;
            }
            p.patrol = std::move(pt).value();
        }
    }
    check_clocks(p, now);
    return p;
}

Prepared SyncService::Impl::prepare(DirectVisit&& direct, std::int64_t now) const {
    Prepared p;
    p.id = direct.change.id;
    p.change = std::move(direct.change);
    // As prepare(Json&&) for a visit whose data decoded.
    if (auto err = validate(direct.visit)) {
        p.error = prefixed(*err, "data");
        return p;
    }
    p.visit = std::move(direct.visit);
    p.has_follow_up = direct.has_follow_up;
    p.data_text = direct.data_text;
    check_clocks(p, now);
    return p;
}

void SyncService::Impl::check_clocks(Prepared& p, std::int64_t now) const {
    const std::int64_t limit = now + skew_ms();
    Result<HlcStamp> stamp = HlcStamp::parse(p.change.hlc);
    if (!stamp) {
        p.error = stamp.error();
        p.error->field = "hlc";
        return;
    }
    if (stamp->wall_ms > limit) {
        p.error = make_error("clock_drift",
                             "The change's clock is more than a day ahead of the server's; fix "
                             "the device's date and time.",
                             "hlc");
        return;
    }
    if (p.visit) {
        p.error = visit_drift(*p.visit, limit);
    } else if (p.patrol) {
        p.error = patrol_drift(*p.patrol, limit);
    }
}

ChangeResult SyncService::Impl::judge(Judging& j, Prepared& p) {
    if (p.error) {
        return rejected(p, *p.error);
    }
    if (j.tx.change_accepted(p.change.id, p.change.hlc)) {
        return duplicate(p);
    }
    std::optional<RecordRow> existing = j.tx.record_by_id(p.change.id);
    if (existing && existing->unit_id != j.who.unit_id) {
        return rejected(p, make_error("forbidden", "No record of your unit has this id.", "id"));
    }
    if (existing && existing->entity != p.change.entity) {
        return rejected(p, make_error("invalid_value",
                                      "This id belongs to a record of another entity.", "entity"));
    }
    if (existing && existing->deleted) {
        if (p.change.deleted) {
            return duplicate(p);
        }
        ConflictRecord c = conflict(j, p, "", "edit_after_delete");
        set_kept(c, "null", Versions(existing->versions).newest());
        c.kept_hlc = existing->hlc;
        set_lost(c, data_dump(p), incoming_version(j, p));
        j.tx.insert_conflict(c);
        return rejected(p, make_error("deleted", "This record was deleted.", "id"));
    }
    if (p.change.deleted) {
        return remove(j, p, existing);
    }
    switch (p.change.entity) {
        case Entity::contact:
            return merge_contact(j, p, existing);
        case Entity::patrol:
            return merge_patrol(j, p, existing);
        case Entity::visit:
            return merge_visit(j, p, existing);
    }
    return rejected(p, make_error("invalid_enum", "Unknown entity.", "entity"));
}

ChangeResult SyncService::Impl::remove(Judging& j, Prepared& p,
                                       std::optional<RecordRow>& existing) {
    if (existing) {
        const bool is_author = existing->author_id == j.who.user_id;
        if (p.change.entity == Entity::contact) {
            if (!is_author && j.who.role != Role::supervisor) {
                return rejected(p, make_error("forbidden",
                                              "Only a supervisor or the user who created this "
                                              "contact can delete it."));
            }
        } else if (!is_author) {
            return rejected(p, not_author());
        }
        if (existing->hlc > p.change.hlc) {
            ConflictRecord c = conflict(j, p, "", "edit_after_delete");
            set_kept(c, "null", incoming_version(j, p));
            set_lost(c, existing->data, Versions(existing->versions).newest());
            c.lost_hlc = existing->hlc;
            j.pending.push_back(std::move(c));
        }
    }
    RecordRow row = existing ? *existing : new_row(j, p);
    row.seq = j.tx.next_seq(j.who.unit_id);
    row.hlc = p.change.hlc;
    row.deleted = true;
    row.data = "{}";
    row.versions = first_versions({"deleted"}, p.change.hlc, j.who, row.seq);
    row.device_id = j.who.device_id;
    row.open_follow_up = false;
    row.closed_at_ms.reset();
    row.members.clear();
    j.tx.put_record(row);
    return applied(p);
}

ChangeResult SyncService::Impl::merge_contact(Judging& j, Prepared& p,
                                              std::optional<RecordRow>& existing) {
    Json merged = existing ? Json::parse(existing->data) : Json::object();
    Versions versions = existing ? Versions(existing->versions) : Versions();
    const std::string& hlc = p.change.hlc;
    const Version incoming = incoming_version(j, p);
    std::vector<std::string> changed_keys;
    for (auto item = p.change.data.begin(); item != p.change.data.end(); ++item) {
        const std::string& key = item.key();
        if (!contact_keys.contains(key)) {
            continue;  // unknown keys are ignored, as by the codec
        }
        const Json& value = item.value();
        const Version stored = versions.get(key);
        const auto current = merged.find(key);
        const auto current_text = [&] {
            return current == merged.end() ? std::string("null") : current->dump();
        };
        bool differs = false;
        if (value.is_null()) {
            const auto def = contact_defaults.find(key);
            differs =
                current != merged.end() && (def == contact_defaults.end() || *def != *current);
        } else {
            differs = current == merged.end() || *current != value;
        }
        if (stored.hlc.empty() || hlc > stored.hlc) {
            if (differs && concurrent(stored, j.who, j.pulled_seq, true)) {
                ConflictRecord c = conflict(j, p, key, "concurrent_edit");
                set_kept(c, value.dump(), incoming);
                set_lost(c, current_text(), stored);
                j.pending.push_back(std::move(c));
            }
            if (value.is_null()) {
                merged.erase(key);  // null resets the key to its default
            } else {
                merged[key] = value;
            }
            changed_keys.push_back(key);
        } else if (hlc < stored.hlc && differs && concurrent(stored, j.who, j.pulled_seq, false)) {
            ConflictRecord c = conflict(j, p, key, "concurrent_edit");
            set_kept(c, current_text(), stored);
            set_lost(c, value.dump(), incoming);
            j.pending.push_back(std::move(c));
        }
    }
    if (changed_keys.empty()) {
        return applied(p);  // accepted; every key lost its merge
    }
    Result<Contact> contact = decode_contact(merged);
    if (!contact) {
        return rejected(p, prefixed(contact.error(), "data"));
    }
    if (auto err = validate(contact.value())) {
        return rejected(p, prefixed(*err, "data"));
    }
    RecordRow row = existing ? *existing : new_row(j, p);
    row.seq = j.tx.next_seq(j.who.unit_id);
    versions.set(changed_keys, version_json(hlc, j.who, row.seq));
    row.hlc = versions.newest().hlc;
    row.device_id = j.who.device_id;
    row.data = encode_text(contact.value());
    row.versions = versions.dump();
    j.tx.put_record(row);
    return applied(p);
}

ChangeResult SyncService::Impl::merge_patrol(Judging& j, Prepared& p,
                                             std::optional<RecordRow>& existing) {
    Patrol incoming = std::move(*p.patrol);  // p.patrol is not read again
    if (!existing) {
        incoming.author_id = j.who.user_id;
        incoming.device_id = j.who.device_id;
        RecordRow row = new_row(j, p);
        row.seq = j.tx.next_seq(j.who.unit_id);
        row.versions = first_versions({"body"}, p.change.hlc, j.who, row.seq);
        fill_patrol(row, incoming);
        j.tx.put_record(row);
        return applied(p);
    }
    if (existing->author_id != j.who.user_id) {
        return rejected(p, not_author());
    }
    Result<Patrol> decoded = decode_patrol(Json::parse(existing->data));
    if (!decoded) {
        throw StoreError("stored patrol does not decode: " + existing->id);
    }
    const Patrol& stored = decoded.value();
    incoming.author_id = stored.author_id;
    incoming.device_id = stored.device_id;
    const bool differs = !(incoming == stored);
    Versions versions(existing->versions);
    const Version body = versions.get("body");
    if (p.change.hlc > body.hlc) {
        if (differs && concurrent(body, j.who, j.pulled_seq, true)) {
            ConflictRecord c = conflict(j, p, "", "concurrent_edit");
            set_kept(c, encode(incoming).dump(), incoming_version(j, p));
            set_lost(c, existing->data, body);
            j.pending.push_back(std::move(c));
        }
        RecordRow row = *existing;
        row.seq = j.tx.next_seq(j.who.unit_id);
        versions.set({"body"}, version_json(p.change.hlc, j.who, row.seq));
        row.versions = versions.dump();
        row.hlc = p.change.hlc;
        row.device_id = j.who.device_id;
        fill_patrol(row, incoming);
        j.tx.put_record(row);
    } else if (p.change.hlc < body.hlc && differs && concurrent(body, j.who, j.pulled_seq, false)) {
        ConflictRecord c = conflict(j, p, "", "concurrent_edit");
        set_kept(c, existing->data, body);
        set_lost(c, encode(incoming).dump(), incoming_version(j, p));
        j.pending.push_back(std::move(c));
    }
    return applied(p);
}

ChangeResult SyncService::Impl::merge_visit(Judging& j, Prepared& p,
                                            std::optional<RecordRow>& existing) {
    if (!existing) {
        Visit v = std::move(*p.visit);  // p.visit is not read again
        v.author_id = j.who.user_id;
        v.device_id = j.who.device_id;
        RecordRow row = new_row(j, p);
        row.seq = j.tx.next_seq(j.who.unit_id);
        row.versions = first_versions({"body", "follow_up"}, p.change.hlc, j.who, row.seq);
        fill_visit(row, v);
        j.tx.put_record(row);
        return applied(p);
    }
    Result<Visit> decoded = decode_visit(Json::parse(existing->data));
    if (!decoded) {
        throw StoreError("stored visit does not decode: " + existing->id);
    }
    const Visit stored = std::move(decoded).value();
    const bool is_author = existing->author_id == j.who.user_id;
    if (!is_author) {
        const bool assignee =
            !stored.follow_up.assignee_id.empty() && stored.follow_up.assignee_id == j.who.user_id;
        if ((j.who.role != Role::supervisor && !assignee) || !p.has_follow_up) {
            return rejected(p, not_author());
        }
    }
    Versions versions(existing->versions);
    const Version incoming = incoming_version(j, p);
    Visit merged = stored;
    bool body_changed = false;
    bool follow_up_changed = false;
    if (is_author) {
        Visit body = *p.visit;
        body.follow_up = stored.follow_up;
        body.author_id = stored.author_id;
        body.device_id = stored.device_id;
        const bool differs = !(body == stored);
        const Version v = versions.get("body");
        if (p.change.hlc > v.hlc) {
            if (differs && concurrent(v, j.who, j.pulled_seq, true)) {
                ConflictRecord c = conflict(j, p, "", "concurrent_edit");
                set_kept(c, body_text(body), incoming);
                set_lost(c, body_text(stored), v);
                j.pending.push_back(std::move(c));
            }
            merged = body;
            body_changed = true;
        } else if (p.change.hlc < v.hlc && differs && concurrent(v, j.who, j.pulled_seq, false)) {
            ConflictRecord c = conflict(j, p, "", "concurrent_edit");
            set_kept(c, body_text(stored), v);
            set_lost(c, body_text(body), incoming);
            j.pending.push_back(std::move(c));
        }
    }
    if (p.has_follow_up) {
        const bool differs = !(p.visit->follow_up == stored.follow_up);
        const Version v = versions.get("follow_up");
        if (p.change.hlc > v.hlc) {
            if (differs && concurrent(v, j.who, j.pulled_seq, true)) {
                ConflictRecord c = conflict(j, p, "follow_up", "concurrent_edit");
                set_kept(c, follow_up_text(*p.visit), incoming);
                set_lost(c, follow_up_text(stored), v);
                j.pending.push_back(std::move(c));
            }
            merged.follow_up = p.visit->follow_up;
            follow_up_changed = true;
        } else if (p.change.hlc < v.hlc && differs && concurrent(v, j.who, j.pulled_seq, false)) {
            ConflictRecord c = conflict(j, p, "follow_up", "concurrent_edit");
            set_kept(c, follow_up_text(stored), v);
            set_lost(c, follow_up_text(*p.visit), incoming);
            j.pending.push_back(std::move(c));
        }
    }
    if (!body_changed && !follow_up_changed) {
        return applied(p);
    }
    if (auto err = validate(merged)) {
        return rejected(p, prefixed(*err, "data"));
    }
    RecordRow row = *existing;
    row.seq = j.tx.next_seq(j.who.unit_id);
    std::vector<std::string> changed;
    if (body_changed) {
        changed.emplace_back("body");
    }
    if (follow_up_changed) {
        changed.emplace_back("follow_up");
    }
    versions.set(changed, version_json(p.change.hlc, j.who, row.seq));
    row.versions = versions.dump();
    row.hlc = versions.newest().hlc;
    row.device_id = j.who.device_id;
    fill_visit(row, merged);
    j.tx.put_record(row);
    return applied(p);
}

struct SyncService::Page {
    std::vector<RecordRow> rows;
    std::int64_t next_since = 0;
    bool has_more = false;
};

SyncService::SyncService(Store& store, SyncConfig config, MillisClock clock)
    : impl_(std::make_unique<Impl>(store, config, std::move(clock))) {}

SyncService::~SyncService() = default;

Result<std::string> SyncService::push(const Principal& who, const Json& body) {
    try {
        Json copy = body;
        return push(who, std::move(copy));
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<std::string> SyncService::push(const Principal& who, Json&& body) {
    return push_body(who, std::move(body), std::nullopt);
}

Result<std::string> SyncService::push_body(const Principal& who, Json&& body,
                                           std::optional<std::string_view> canonical_changes) {
    try {
        Result<PushRequest> request =
            decode_push_request(std::move(body), impl_->config.max_changes_per_push);
        if (!request) {
            return request.error();
        }
        if (who.role == Role::admin) {
            return make_error("forbidden", "Admin accounts do not sync.");
        }
        const std::int64_t now = impl_->clock();
        // Canonical form of the changes array: sorted keys, no spaces
        // (PROTOCOL.md §6.2), i.e. body["changes"].dump(); as received when
        // the client sent it canonical (ours do).
        std::string digest;
        if (canonical_changes) {
            digest = sha256_hex(*canonical_changes);
        } else {
            std::string canonical = "[";
            for (const Json& raw : request->changes) {
                if (canonical.size() > 1) {
                    canonical += ',';
                }
                dump_to(raw, canonical);
            }
            canonical += ']';
            digest = sha256_hex(canonical);
        }

        std::vector<Prepared> prepared;
        prepared.reserve(request->changes.size());
        for (Json& raw : request->changes) {
            prepared.push_back(impl_->prepare(std::move(raw), now));
        }
        request->changes = std::vector<Json>();
        return impl_->store_push(who, request->batch_id, digest, prepared, now);
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<std::string> SyncService::push_read(const Principal& who, PushBody&& body) {
    try {
        if (who.role == Role::admin) {
            return make_error("forbidden", "Admin accounts do not sync.");
        }
        const std::int64_t now = impl_->clock();
        // As push_body(): the digest of the canonical changes.
        const std::string digest = body.changes_canonical ? sha256_hex(body.changes_text)
                                                          : sha256_hex(canonical_changes(body));
        std::vector<Prepared> prepared;
        prepared.reserve(body.changes.size());
        for (BodyChange& change : body.changes) {
            prepared.push_back(change.direct ? impl_->prepare(std::move(*change.direct), now)
                                             : impl_->prepare(std::move(change.tree), now));
        }
        body.changes = std::vector<BodyChange>();
        return impl_->store_push(who, body.batch_id, digest, prepared, now);
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<std::string> SyncService::Impl::store_push(const Principal& who, const std::string& batch_id,
                                                  const std::string& digest,
                                                  std::vector<Prepared>& prepared,
                                                  std::int64_t now) {
    auto tx = store.begin_write();
    if (std::optional<BatchRecord> previous = tx->batch(batch_id)) {
        if (previous->device_id == who.device_id && previous->unit_id == who.unit_id &&
            previous->digest == digest) {
            return std::move(previous->response);
        }
        return make_error("batch_conflict",
                          "This batch id was already used for other changes or by another "
                          "device.",
                          "batch_id");
    }
    const std::int64_t pulled_seq = tx->device_pulled_seq(who.device_id);
    PushResponse response;
    response.batch_id = batch_id;
    response.results.reserve(prepared.size());
    std::uint64_t n_applied = 0;
    std::uint64_t n_rejected = 0;
    for (Prepared& p : prepared) {
        Judging j{*tx, who, now, pulled_seq, {}};
        ChangeResult r = judge(j, p);
        if (r.outcome == ChangeOutcome::applied) {
            tx->mark_change_accepted(p.change.id, p.change.hlc);
            ++n_applied;
        }
        if (r.outcome != ChangeOutcome::rejected) {
            for (const ConflictRecord& c : j.pending) {
                tx->insert_conflict(c);
            }
        } else {
            ++n_rejected;
        }
        response.results.push_back(std::move(r));
    }
    response.server_seq = tx->current_seq(who.unit_id);
    std::string text = encode_text(response);
    tx->insert_batch(
        BatchRecord{batch_id, who.unit_id, who.device_id, who.user_id, digest, text, now});
    tx->commit();
    total_pushed += n_applied;
    total_rejected += n_rejected;
    return text;
}

Result<std::string> SyncService::push_text(const Principal& who, std::string_view body) {
    // Visits straight from the text when the reader is sure; else the tree.
    if (std::optional<PushBody> read = read_push_body(body, impl_->config.max_changes_per_push)) {
        return push_read(who, std::move(*read));
    }
    std::optional<std::string_view> canonical_changes;
    Result<Json> parsed = parse_json(body, "changes", canonical_changes);
    if (!parsed) {
        return parsed.error();
    }
    return push_body(who, std::move(parsed).value(), canonical_changes);
}

Result<SyncService::Page> SyncService::page(const Principal& who, std::int64_t since, int limit) {
    if (who.role == Role::admin) {
        return make_error("forbidden", "Admin accounts do not sync.");
    }
    if (since < 0) {
        return make_error("out_of_range", "since must be 0 or more.", "since");
    }
    if (limit < 1) {
        return make_error("out_of_range", "limit must be 1 or more.", "limit");
    }
    limit = std::min(limit, std::max(1, impl_->config.pull_max_limit));
    PullScope scope;
    if (who.role == Role::patrol) {
        scope.whole_unit = false;
        scope.user_id = who.user_id;
        scope.window_start_ms = impl_->clock() - impl_->config.patrol_visit_days * kDayMs;
    }
    Page page;
    std::int64_t unit_seq = 0;
    std::int64_t served_before = 0;
    {
        auto tx = impl_->store.begin_read();  // one snapshot for rows and unit_seq
        page.rows = tx->records_since(who.unit_id, since, limit + 1, scope);
        unit_seq = tx->current_seq(who.unit_id);
        served_before = tx->device_pulled_seq(who.device_id);
    }
    page.has_more = page.rows.size() > static_cast<std::size_t>(limit);
    if (page.has_more) {
        page.rows.resize(static_cast<std::size_t>(limit));
    }
    // Past the end, nothing else of the snapshot is visible to the caller:
    // the cursor may skip to the unit's last seq.
    page.next_since = page.has_more ? page.rows.back().seq : std::max(since, unit_seq);
    if (page.next_since > served_before) {
        auto tx = impl_->store.begin_write();
        tx->raise_device_pulled_seq(who.device_id, page.next_since);
        tx->commit();
    }
    impl_->total_pulled += page.rows.size();
    return page;
}

Result<PullResponse> SyncService::pull(const Principal& who, std::int64_t since, int limit) {
    try {
        Result<Page> page = this->page(who, since, limit);
        if (!page) {
            return page.error();
        }
        PullResponse out;
        out.has_more = page->has_more;
        out.next_since = page->next_since;
        out.changes.reserve(page->rows.size());
        for (RecordRow& row : page->rows) {
            PulledChange c;
            c.seq = row.seq;
            c.change.entity = row.entity;
            c.change.id = std::move(row.id);
            c.change.hlc = std::move(row.hlc);
            c.change.deleted = row.deleted;
            c.change.data = row.deleted ? Json::object() : Json::parse(row.data);
            out.changes.push_back(std::move(c));
        }
        return out;
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<std::string> SyncService::pull_text(const Principal& who, std::int64_t since, int limit) {
    try {
        Result<Page> page = this->page(who, since, limit);
        if (!page) {
            return page.error();
        }
        // The keys in the order nlohmann/json writes them (sorted). Ids,
        // HLCs and entity codes were validated: no character needs escaping.
        std::string out = R"({"changes":[)";
        std::size_t size = 64;
        for (const RecordRow& row : page->rows) {
            size += row.data.size() + 160;
        }
        out.reserve(size);
        bool first = true;
        for (const RecordRow& row : page->rows) {
            out += first ? R"({"data":)" : R"(,{"data":)";
            first = false;
            out += row.deleted ? std::string_view("{}") : std::string_view(row.data);
            out += row.deleted ? R"(,"deleted":true,"entity":")" : R"(,"deleted":false,"entity":")";
            out += code(row.entity);
            out += R"(","hlc":")";
            out += row.hlc;
            out += R"(","id":")";
            out += row.id;
            out += R"(","seq":)";
            out += std::to_string(row.seq);
            out += '}';
        }
        out += page->has_more ? R"(],"has_more":true,"next_since":)"
                              : R"(],"has_more":false,"next_since":)";
        out += std::to_string(page->next_since);
        out += '}';
        return out;
    } catch (const std::exception&) {
        return internal_error();
    }
}

Result<std::vector<ConflictRecord>> SyncService::conflicts(const Principal& who,
                                                           std::int64_t after_id, int limit) {
    try {
        if (who.role != Role::supervisor) {
            return make_error("forbidden", "Only a supervisor reads the conflict log.");
        }
        if (after_id < 0) {
            return make_error("out_of_range", "after must be 0 or more.", "after");
        }
        if (limit < 1) {
            return make_error("out_of_range", "limit must be 1 or more.", "limit");
        }
        auto tx = impl_->store.begin_read();
        return tx->conflicts(who.unit_id, after_id, std::min(limit, 1000));
    } catch (const std::exception&) {
        return internal_error();
    }
}

std::size_t SyncService::prune_batches(const std::function<bool()>& keep_going, std::size_t chunk) {
    const std::int64_t before =
        impl_->clock() -
        std::chrono::duration_cast<std::chrono::milliseconds>(impl_->config.batch_retention)
            .count();
    chunk = std::max<std::size_t>(chunk, 1);
    std::size_t total = 0;
    for (;;) {
        auto tx = impl_->store.begin_write();
        const std::size_t n = tx->prune_batches(before, chunk);
        tx->commit();
        total += n;
        if (n < chunk || (keep_going && !keep_going())) {
            return total;
        }
    }
}

SyncCounters SyncService::counters() const {
    return SyncCounters{impl_->total_pushed.load(), impl_->total_rejected.load(),
                        impl_->total_pulled.load()};
}

}  // namespace ronde::server
