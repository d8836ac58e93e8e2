// Simulator: devices, random actions, the expected state, and verify().
#include "simulator.hpp"

#include "ronde/time.hpp"
#include "ronde/uuid.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <stdexcept>
#include <utility>

namespace ronde::sim {

struct Simulator::Device {
    int index = 0;
    std::string path;
    std::string device_id;
    std::string token;
    std::unique_ptr<sync::Transport> transport;
    std::unique_ptr<store::DeviceStore> db;
    std::unique_ptr<sync::SyncEngine> engine;
    std::vector<std::string> contacts;  // live contacts it knows of (its own and pulled)
    std::vector<std::string> visits;    // its own live visits
    std::optional<std::string> patrol;  // its running patrol
    bool revoked = false;
    int opens = 0;  // times its store was opened
    // Only for the fresh device of verify(): the server's content.
    std::map<std::string, PulledChange>* server_view = nullptr;
};

// What the devices saved, as the server must end up holding it.
struct Simulator::Expected {
    Entity entity = Entity::contact;
    bool deleted = false;
    // Contacts: per key, the value of the latest save (by HLC) that set it.
    std::map<std::string, std::pair<std::string, Json>> keys;
    // Visits and patrols (one device edits them): the last save.
    std::string hlc;
    Json data;
};

nlohmann::ordered_json SimReport::to_json() const {
    nlohmann::ordered_json j;
    j["devices"] = devices;
    j["operations"] = operations;
    j["changes_saved"] = changes_saved;
    j["changes_pushed"] = changes_pushed;
    j["changes_rejected"] = changes_rejected;
    j["changes_pulled"] = changes_pulled;
    j["syncs"] = syncs;
    j["syncs_failed"] = syncs_failed;
    j["verified"] = verified;
    if (verified) {
        j["lost"] = lost;
        j["duplicated"] = duplicated;
        j["mismatched"] = mismatched;
        j["converged"] = converged;
        j["digest"] = digest;
    }
    return j;
}

namespace {

constexpr std::size_t kMaxProblems = 50;

const std::vector<std::string> kCommunes = {"Cesson-Sévigné", "Rennes", "Thorigné-Fouillard",
                                            "Chantepie",      "Acigné", "Noyal-sur-Vilaine"};

bool outbox_empty(store::DeviceStore& db) {
    auto n = db.outbox_size();
    return n.ok() && n.value() == 0;
}

std::uint64_t fnv1a(std::uint64_t h, std::string_view s) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

std::string hex(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

// The canonical form of one record in a store: "absent" (never seen or
// deleted), or its HLC and its record as the codec writes it.
std::string canonical(store::DeviceStore& db, Entity entity, const std::string& id) {
    auto form = [](const auto& r) -> std::string {
        if (!r.ok()) {
            return "error " + r.error().code;
        }
        if (!r.value()) {
            return "absent";
        }
        return r.value()->hlc + " " + encode(r.value()->record).dump();
    };
    switch (entity) {
        case Entity::contact:
            return form(db.contact(id));
        case Entity::visit:
            return form(db.visit(id));
        case Entity::patrol:
            return form(db.patrol(id));
    }
    return "absent";
}

}  // namespace

Simulator::Simulator(SimOptions options, TransportFactory transports, sync::Clock& clock)
    : options_(std::move(options)),
      transports_(std::move(transports)),
      clock_(clock),
      rng_(options_.seed) {
    report_.devices = options_.devices;
}

Simulator::~Simulator() = default;

std::int64_t Simulator::now_ms() {
    return clock_.now_ms();
}

std::string Simulator::text(std::string_view prefix) {
    return std::string(prefix) + " n°" + std::to_string(++counter_);
}

void Simulator::problem(std::string text) {
    if (options_.log != nullptr) {
        *options_.log << "ronde-sim: " << text << "\n";
    }
    if (report_.problems.size() < kMaxProblems) {
        report_.problems.push_back(std::move(text));
    }
}

store::DeviceStore& Simulator::store(int index) {
    return *devices_.at(index)->db;
}

void Simulator::open(Device& d) {
    store::StoreOptions so;
    so.clock = [this] { return clock_.now_ms(); };
    if (options_.seeded_ids) {
        // Another seed at every open: a reopened store must not make the ids
        // it made before again.
        so.uuid_seed = (options_.seed * 7919 + static_cast<std::uint64_t>(d.index + 2)) * 131 +
                       static_cast<std::uint64_t>(d.opens);
    }
    auto opened = store::DeviceStore::open(d.path, {}, so);
    if (!opened) {
        throw std::runtime_error("cannot open " + d.path + ": " + opened.error().message);
    }
    d.db = std::move(opened).value();
    ++d.opens;
    sync::EngineOptions eo;
    eo.device_name = d.index < 0 ? "ronde-sim vérification"
                                 : "ronde-sim appareil " + std::to_string(d.index + 1);
    eo.retry = options_.retry;
    eo.seed = options_.seeded_ids ? options_.seed + static_cast<std::uint64_t>(d.index + 2) : 0;
    d.engine = std::make_unique<sync::SyncEngine>(*d.db, *d.transport, clock_, eo);
    d.engine->set_token(d.token);
    Device* dev = &d;
    sync::SyncObserver observer;
    observer.pushed = [this, dev](const store::OutboxBatch& batch, const PushResponse& response) {
        for (std::size_t i = 0; i < batch.entries.size() && i < response.results.size(); ++i) {
            const store::OutboxEntry& e = batch.entries[i];
            const ChangeResult& r = response.results[i];
            if (r.outcome == ChangeOutcome::rejected) {
                ++report_.changes_rejected;
                auto it = expected_.find(e.record_id);
                const bool legit = r.error && r.error->code == "deleted" && it != expected_.end() &&
                                   it->second.deleted;
                if (!legit) {
                    ++report_.lost;
                    problem("device " + std::to_string(dev->index + 1) + ": change " + e.hlc +
                            " of " + e.record_id + " rejected: " +
                            (r.error ? r.error->code + " " + r.error->message : "?"));
                }
                continue;
            }
            ++report_.changes_pushed;
            if (r.outcome == ChangeOutcome::applied) {
                ++applied_[{e.entity, e.record_id, e.hlc}];
            }
        }
    };
    observer.pulled = [this, dev](const PullResponse& page) {
        for (const PulledChange& p : page.changes) {
            const Change& c = p.change;
            if (dev->server_view != nullptr) {
                (*dev->server_view)[c.id] = p;
                continue;
            }
            ++report_.changes_pulled;
            pulled_ids_.insert(c.id);
            if (c.entity == Entity::contact) {
                auto& known = dev->contacts;
                auto it = std::find(known.begin(), known.end(), c.id);
                if (c.deleted && it != known.end()) {
                    known.erase(it);
                } else if (!c.deleted && it == known.end()) {
                    known.push_back(c.id);
                }
            }
        }
    };
    d.engine->set_observer(std::move(observer));
}

Result<sync::SignIn> Simulator::sign_in(Device& d) {
    const std::int64_t deadline = now_ms() + options_.verify_timeout.count();
    for (;;) {
        auto r = d.engine->sign_in(options_.username, options_.password, d.device_id);
        if (r.ok()) {
            d.token = r.value().token;
            return r;
        }
        const std::string& code = r.error().code;
        const bool transient = code == "network" || code == "timeout" ||
                               code == "invalid_response" || code.starts_with("http_5") ||
                               code == "unavailable" || code == "internal";
        if (!transient || now_ms() >= deadline) {
            return r;
        }
        clock_.sleep(std::chrono::milliseconds(500));
    }
}

// Signs the device in, or takes sessions[slot] when there is one.
std::optional<Error> Simulator::enrol(Device& d, std::size_t slot) {
    if (slot < options_.sessions.size()) {
        const Session& s = options_.sessions[slot];
        d.token = s.token;
        d.engine->set_token(s.token);
        return d.db->set_identity({s.device_id, s.user_id, s.unit_id});
    }
    auto signed_in = sign_in(d);
    if (!signed_in) {
        return signed_in.error();
    }
    return std::nullopt;
}

std::optional<Error> Simulator::start() {
    UuidV7Generator ids = options_.seeded_ids
                              ? UuidV7Generator([this] { return clock_.now_ms(); }, options_.seed)
                              : UuidV7Generator();
    for (int i = 0; i < options_.devices; ++i) {
        auto d = std::make_unique<Device>();
        d->index = i;
        d->path = options_.work_dir + "/device-" + std::to_string(i + 1) + ".db";
        d->device_id = ids.next();
        if (static_cast<std::size_t>(i) < options_.sessions.size()) {
            d->device_id = options_.sessions[static_cast<std::size_t>(i)].device_id;
        }
        d->transport = transports_(i);
        try {
            open(*d);
        } catch (const std::exception& e) {
            return make_error("store_error", e.what());
        }
        if (auto e = enrol(*d, static_cast<std::size_t>(i))) {
            return make_error(e->code,
                              "device " + std::to_string(i + 1) + " cannot sign in: " + e->message);
        }
        devices_.push_back(std::move(d));
    }
    return std::nullopt;
}

void Simulator::reopen(int index) {
    Device& d = *devices_.at(index);
    if (d.revoked) {
        return;
    }
    d.engine.reset();
    d.db.reset();
    open(d);
}

sync::SyncResult Simulator::sync(int index) {
    Device& d = *devices_.at(index);
    if (d.revoked) {
        sync::SyncResult r;
        r.outcome = sync::Outcome::revoked;
        return r;
    }
    ++report_.syncs;
    sync::SyncResult r = d.engine->sync_once();
    if (r.outcome == sync::Outcome::needs_sign_in && sign_in(d).ok()) {
        r = d.engine->sync_once();
    }
    if (r.outcome == sync::Outcome::revoked) {
        d.revoked = true;
        problem("device " + std::to_string(index + 1) + " was revoked and wiped");
    }
    if (r.outcome != sync::Outcome::ok) {
        ++report_.syncs_failed;
        if (options_.log != nullptr) {
            *options_.log << "ronde-sim: device " << index + 1 << " sync " << code(r.outcome)
                          << (r.error ? ": " + r.error->code + " " + r.error->message : "") << "\n";
        }
    }
    return r;
}

void Simulator::run() {
    const long total = static_cast<long>(options_.devices) * options_.ops;
    for (long i = 0; i < total; ++i) {
        step();
    }
}

void Simulator::step() {
    if (devices_.empty()) {
        return;
    }
    const int index = static_cast<int>(rng_() % devices_.size());
    Device& d = *devices_[static_cast<std::size_t>(index)];
    if (d.revoked) {
        return;
    }
    act(d);
    ++report_.operations;
    if (std::uniform_real_distribution<double>(0, 1)(rng_) < options_.sync_probability) {
        sync(index);
    }
}

void Simulator::act(Device& d) {
    // Weights of: create, edit, delete contact; create, edit, delete visit;
    // start, end patrol.
    static const std::vector<int> weights = {18, 26, 4, 22, 14, 4, 6, 6};
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    switch (pick(rng_)) {
        case 0:
            return create_contact(d);
        case 1:
            return edit_contact(d);
        case 2:
            return delete_contact(d);
        case 3:
            return create_visit(d);
        case 4:
            return edit_visit(d);
        case 5:
            return delete_visit(d);
        case 6:
            return start_patrol(d);
        default:
            return end_patrol(d);
    }
}

void Simulator::record_contact(Device& d, const std::string& id,
                               const std::vector<std::string>& keys,
                               const std::string& before_hlc) {
    const std::string hlc = d.db->last_hlc().to_string();
    if (hlc == before_hlc) {
        return;  // nothing was written
    }
    ++report_.changes_saved;
    auto stored = d.db->contact(id);
    if (!stored || !stored.value()) {
        problem("contact " + id + " saved but not readable");
        return;
    }
    const Json data = encode(stored.value()->record);
    Expected& e = expected_[id];
    e.entity = Entity::contact;
    std::vector<std::string> set = keys;
    if (set.empty()) {
        for (auto it = data.begin(); it != data.end(); ++it) {
            set.push_back(it.key());
        }
    }
    for (const std::string& key : set) {
        auto& slot = e.keys[key];
        if (hlc > slot.first) {
            slot = {hlc, data.contains(key) ? data.at(key) : Json()};
        }
    }
}

void Simulator::record_whole(Device& d, Entity entity, const std::string& id,
                             const std::string& before_hlc, bool deleted) {
    const std::string hlc = d.db->last_hlc().to_string();
    if (hlc == before_hlc) {
        return;
    }
    ++report_.changes_saved;
    Expected& e = expected_[id];
    e.entity = entity;
    e.hlc = hlc;
    if (deleted) {
        e.deleted = true;
        return;
    }
    if (entity == Entity::visit) {
        auto v = d.db->visit(id);
        if (v && v.value()) {
            e.data = encode(v.value()->record);
            return;
        }
    } else if (entity == Entity::patrol) {
        auto p = d.db->patrol(id);
        if (p && p.value()) {
            e.data = encode(p.value()->record);
            return;
        }
    }
    problem(std::string(entity == Entity::visit ? "visit " : "patrol ") + id +
            " saved but not readable");
}

void Simulator::create_contact(Device& d) {
    static const std::vector<ContactCategory> categories = {
        ContactCategory::shopkeeper, ContactCategory::elected_official,
        ContactCategory::municipal_police, ContactCategory::association, ContactCategory::resident};
    Contact c;
    c.category = categories[rng_() % categories.size()];
    c.organisation = text("Commerce");
    if (rng_() % 2 == 0) {
        c.person_name = text("Personne");
    }
    c.commune = kCommunes[rng_() % kCommunes.size()];
    c.position = GeoPoint{48.10 + static_cast<double>(rng_() % 1000) / 10000.0,
                          -1.65 + static_cast<double>(rng_() % 1000) / 10000.0};
    c.phone = "02 99 " + std::to_string(10 + rng_() % 90) + " " + std::to_string(10 + rng_() % 90) +
              " " + std::to_string(10 + rng_() % 90);
    const std::string before = d.db->last_hlc().to_string();
    auto id = d.db->save_contact({}, c);
    if (!id) {
        problem("create contact: " + id.error().code + " " + id.error().message);
        return;
    }
    record_contact(d, id.value(), {}, before);
    d.contacts.push_back(id.value());
}

void Simulator::edit_contact(Device& d) {
    if (d.contacts.empty()) {
        return create_contact(d);
    }
    const std::string id = d.contacts[rng_() % d.contacts.size()];
    auto stored = d.db->contact(id);
    if (!stored || !stored.value()) {
        std::erase(d.contacts, id);
        return;
    }
    Contact c = stored.value()->record;
    std::vector<std::string> keys;
    switch (rng_() % 6) {
        case 0:
            c.organisation = text("Commerce renommé");
            keys = {"organisation"};
            break;
        case 1:
            c.person_name = rng_() % 3 == 0 ? std::string() : text("Gérant");
            keys = {"person_name"};
            break;
        case 2:
            c.notes = text("Note");
            keys = {"notes"};
            break;
        case 3:
            c.commune = kCommunes[rng_() % kCommunes.size()];
            c.role_title = text("Fonction");
            keys = {"commune", "role_title"};
            break;
        case 4:
            c.tags = {text("étiquette")};
            keys = {"tags"};
            break;
        default:
            c.sms_alert_opt_in = !c.sms_alert_opt_in;
            keys = {"sms_alert_opt_in"};
            break;
    }
    const std::string before = d.db->last_hlc().to_string();
    auto saved = d.db->save_contact(id, c, keys);
    if (!saved) {
        if (saved.error().code != "deleted" && saved.error().code != "not_found") {
            problem("edit contact: " + saved.error().code + " " + saved.error().message);
        }
        std::erase(d.contacts, id);
        return;
    }
    record_contact(d, id, keys, before);
}

void Simulator::delete_contact(Device& d) {
    if (d.contacts.size() < 4) {
        return create_contact(d);
    }
    const std::string id = d.contacts[rng_() % d.contacts.size()];
    const std::string before = d.db->last_hlc().to_string();
    if (auto e = d.db->delete_contact(id)) {
        if (e->code != "deleted" && e->code != "not_found") {
            problem("delete contact: " + e->code + " " + e->message);
        }
    } else {
        record_whole(d, Entity::contact, id, before, true);
    }
    std::erase(d.contacts, id);
}

void Simulator::create_visit(Device& d) {
    static const std::vector<Topic> topics = {Topic::neighbourhood_disturbance,
                                              Topic::property_damage_theft,
                                              Topic::burglary,
                                              Topic::shoplifting,
                                              Topic::incivility,
                                              Topic::road_safety,
                                              Topic::prevention};
    static const std::vector<Action> actions = {Action::otv, Action::sms_alert,
                                                Action::stop_cambriolages,
                                                Action::prevention_advice, Action::documentation};
    Visit v;
    v.occurred_at = Timestamp{
        std::chrono::milliseconds(now_ms() - static_cast<std::int64_t>(rng_() % (3600 * 1000)))};
    v.patrol_id = d.patrol.value_or(std::string());
    if (!d.contacts.empty() && rng_() % 4 != 0) {
        v.contact_id = d.contacts[rng_() % d.contacts.size()];
    }
    v.position = VisitPosition{48.11 + static_cast<double>(rng_() % 1000) / 10000.0,
                               -1.62 + static_cast<double>(rng_() % 1000) / 10000.0,
                               static_cast<double>(5 + rng_() % 30), PositionSource::gps};
    const std::size_t first = rng_() % topics.size();
    v.topics = {topics[first]};
    if (rng_() % 2 == 0) {
        v.topics.push_back(topics[(first + 1 + rng_() % (topics.size() - 1)) % topics.size()]);
    }
    v.actions = {actions[rng_() % actions.size()]};
    v.climate = static_cast<Climate>(rng_() % 3);
    v.note = text("Échange");
    if (rng_() % 4 == 0) {
        v.follow_up.needed = true;
        v.follow_up.summary = text("Suivi");
    }
    const std::string before = d.db->last_hlc().to_string();
    auto id = d.db->save_visit({}, v);
    if (!id) {
        problem("create visit: " + id.error().code + " " + id.error().message);
        return;
    }
    record_whole(d, Entity::visit, id.value(), before, false);
    d.visits.push_back(id.value());
}

void Simulator::edit_visit(Device& d) {
    if (d.visits.empty()) {
        return create_visit(d);
    }
    const std::string id = d.visits[rng_() % d.visits.size()];
    auto stored = d.db->visit(id);
    if (!stored || !stored.value()) {
        std::erase(d.visits, id);
        return;
    }
    Visit v = stored.value()->record;
    const std::string before = d.db->last_hlc().to_string();
    std::optional<Error> error;
    const auto choice = rng_() % 3;
    if (choice == 0 && v.follow_up.needed && v.follow_up.status == FollowUpStatus::open) {
        error = d.db->close_follow_up(id);
    } else if (choice == 1 && !v.follow_up.needed) {
        v.follow_up.needed = true;
        v.follow_up.summary = text("Suivi ajouté");
        if (auto r = d.db->save_visit(id, v); !r) {
            error = r.error();
        }
    } else {
        v.note = text("Note corrigée");
        v.climate = static_cast<Climate>(rng_() % 3);
        if (auto r = d.db->save_visit(id, v); !r) {
            error = r.error();
        }
    }
    if (error) {
        problem("edit visit: " + error->code + " " + error->message);
        return;
    }
    record_whole(d, Entity::visit, id, before, false);
}

void Simulator::delete_visit(Device& d) {
    if (d.visits.size() < 3) {
        return create_visit(d);
    }
    const std::string id = d.visits[rng_() % d.visits.size()];
    const std::string before = d.db->last_hlc().to_string();
    if (auto e = d.db->delete_visit(id)) {
        problem("delete visit: " + e->code + " " + e->message);
    } else {
        record_whole(d, Entity::visit, id, before, true);
    }
    std::erase(d.visits, id);
}

void Simulator::start_patrol(Device& d) {
    if (d.patrol) {
        return end_patrol(d);
    }
    Patrol p;
    p.mode = static_cast<PatrolMode>(rng_() % 4);
    p.area_label = text("Secteur");
    if (rng_() % 2 == 0) {
        p.event_label = "Marché du samedi";
    }
    const std::string before = d.db->last_hlc().to_string();
    auto id = d.db->start_patrol(p);
    if (!id) {
        problem("start patrol: " + id.error().code + " " + id.error().message);
        return;
    }
    record_whole(d, Entity::patrol, id.value(), before, false);
    d.patrol = id.value();
}

void Simulator::end_patrol(Device& d) {
    if (!d.patrol) {
        return start_patrol(d);
    }
    const std::string before = d.db->last_hlc().to_string();
    if (auto e = d.db->end_patrol(*d.patrol)) {
        problem("end patrol: " + e->code + " " + e->message);
    } else {
        record_whole(d, Entity::patrol, *d.patrol, before, false);
    }
    d.patrol.reset();
}

SimReport Simulator::verify() {
    report_.verified = true;
    const std::int64_t deadline = now_ms() + options_.verify_timeout.count();
    bool all_synced = true;
    // Twice round: the second round pulls what the others pushed in the first.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < device_count(); ++i) {
            for (;;) {
                const sync::SyncResult r = sync(i);
                if (r.outcome == sync::Outcome::revoked) {
                    all_synced = false;
                    break;
                }
                if (r.outcome == sync::Outcome::ok && outbox_empty(store(i))) {
                    break;
                }
                if (now_ms() >= deadline) {
                    all_synced = false;
                    problem("device " + std::to_string(i + 1) +
                            " did not sync in time: " + std::string(code(r.outcome)) +
                            (r.error ? " " + r.error->code + " " + r.error->message : ""));
                    break;
                }
                clock_.sleep(std::chrono::milliseconds(200));
            }
        }
    }

    // The server's content, as a fresh device of this account pulls it.
    std::map<std::string, PulledChange> server_view;
    Device fresh;
    fresh.index = -1;
    fresh.path = options_.work_dir + "/fresh-" + std::to_string(counter_) + ".db";
    fresh.device_id =
        options_.seeded_ids
            ? UuidV7Generator([this] { return clock_.now_ms(); }, ~options_.seed).next()
            : UuidV7Generator().next();
    fresh.transport = transports_(-1);
    fresh.server_view = &server_view;
    bool fresh_ok = false;
    try {
        open(fresh);
        const auto slot = static_cast<std::size_t>(options_.devices);
        if (slot < options_.sessions.size()) {
            fresh.device_id = options_.sessions[slot].device_id;
        }
        if (auto e = enrol(fresh, slot)) {
            problem("fresh device cannot sign in: " + e->code + " " + e->message);
        } else {
            for (;;) {
                const sync::SyncResult r = fresh.engine->sync_once();
                if (r.outcome == sync::Outcome::ok) {
                    fresh_ok = true;
                    break;
                }
                if (now_ms() >= deadline) {
                    problem("fresh device did not sync in time: " + std::string(code(r.outcome)));
                    break;
                }
                clock_.sleep(std::chrono::milliseconds(200));
            }
        }
    } catch (const std::exception& e) {
        problem(std::string("fresh device: ") + e.what());
    }

    // Every record of the run or seen by a device, with its entity.
    std::map<std::string, Entity> universe;
    for (const auto& [id, e] : expected_) {
        universe[id] = e.entity;
    }
    for (const auto& [id, p] : server_view) {
        universe[id] = p.change.entity;
    }

    // Convergence: every device holds what the fresh device holds.
    report_.mismatched = 0;
    std::uint64_t server_digest = 14695981039346656037ULL;
    std::map<std::string, std::string> reference;
    if (fresh_ok) {
        for (const auto& [id, entity] : universe) {
            reference[id] = canonical(*fresh.db, entity, id);
            server_digest = fnv1a(
                server_digest, std::string(code(entity)) + " " + id + " " + reference[id] + "\n");
        }
    }
    report_.digest = hex(server_digest);
    bool outboxes_empty = true;
    for (const auto& d : devices_) {
        if (d->revoked) {
            continue;
        }
        if (!outbox_empty(*d->db)) {
            outboxes_empty = false;
            problem("device " + std::to_string(d->index + 1) + " still has changes to send");
        }
        if (!fresh_ok) {
            continue;
        }
        std::uint64_t digest = 14695981039346656037ULL;
        for (const auto& [id, entity] : universe) {
            const std::string mine = canonical(*d->db, entity, id);
            digest = fnv1a(digest, std::string(code(entity)) + " " + id + " " + mine + "\n");
            if (mine != reference[id]) {
                ++report_.mismatched;
                problem("device " + std::to_string(d->index + 1) + " differs on " +
                        std::string(code(entity)) + " " + id + ": " + mine.substr(0, 200) +
                        " | server: " + reference[id].substr(0, 200));
            }
        }
        if (digest != server_digest && report_.mismatched == 0) {
            ++report_.mismatched;  // cannot happen without a record that differs
        }
    }
    report_.converged = all_synced && fresh_ok && outboxes_empty && report_.mismatched == 0;

    // Nothing lost: the server holds what the devices saved.
    for (const auto& [id, e] : expected_) {
        auto it = server_view.find(id);
        std::string why;
        if (it == server_view.end()) {
            why = "never reached the server";
        } else if (e.deleted) {
            if (!it->second.change.deleted) {
                why = "its delete is missing on the server";
            }
        } else if (it->second.change.deleted) {
            why = "deleted on the server though no device deleted it";
        } else if (e.entity == Entity::contact) {
            auto c = decode_contact(it->second.change.data);
            if (!c) {
                why = "undecodable on the server: " + c.error().message;
            } else {
                const Json data = encode(c.value());
                for (const auto& [key, slot] : e.keys) {
                    const Json have = data.contains(key) ? data.at(key) : Json();
                    if (have != slot.second) {
                        why = "key " + key + " is " + have.dump() + ", saved " +
                              slot.second.dump() + " at " + slot.first;
                        break;
                    }
                }
            }
        } else {
            Json data;
            if (e.entity == Entity::visit) {
                auto v = decode_visit(it->second.change.data);
                data = v ? encode(v.value()) : Json();
            } else {
                auto p = decode_patrol(it->second.change.data);
                data = p ? encode(p.value()) : Json();
            }
            if (it->second.change.hlc != e.hlc) {
                why = "server version " + it->second.change.hlc + ", last saved " + e.hlc;
            } else if (data != e.data) {
                why = "server data " + data.dump().substr(0, 300) + " differs from the saved " +
                      e.data.dump().substr(0, 300);
            }
        }
        if (!why.empty()) {
            ++report_.lost;
            problem(std::string(code(e.entity)) + " " + id + ": " + why);
        }
    }
    // Nothing applied twice.
    for (const auto& [key, times] : applied_) {
        if (times > 1) {
            ++report_.duplicated;
            problem("change " + std::get<2>(key) + " of " + std::get<1>(key) + " applied " +
                    std::to_string(times) + " times");
        }
    }
    if (fresh.db) {
        fresh.engine.reset();
        (void)fresh.db->wipe();
    }
    return report_;
}

}  // namespace ronde::sim
