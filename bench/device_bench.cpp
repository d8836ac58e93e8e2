// device-bench / device-bench-cipher: the device store and the sync engine,
// as issue 4 asks (the same source, on the system SQLite and on SQLCipher).
//   1. initial sync of 50,000 visits and 5,000 contacts into an empty store:
//      a) store only: apply_pull_page on pages of 500 built with the codec,
//         b) codec + store: the same pages decoded from their JSON text,
//         c) end to end: a real ronde-server seeded through push, pulled by a
//            new device (SyncEngine over cpprestsdk on 127.0.0.1);
//   2. one save (visit + outbox): median and p95 of 1,000 saves;
//   3. nearby contacts over 100,000 contacts: median and p95;
//   4. text search over 100,000 contacts: median and p95 per kind of query.
// Prints figures and a JSON summary. Never fails on speed.
// Usage: device-bench [--no-server] [--initial-only] [--page N]
//   --initial-only: only the initial sync (1.);
//   --page N: changes per pull page of 1a and 1b (default: the sync engine's
//             pull page, EngineOptions::pull_limit).
#include "cpprest_transport.hpp"
#include "ronde/codec.hpp"
#include "ronde/hlc.hpp"
#include "ronde/store/device_store.hpp"
#include "ronde/sync/sync_engine.hpp"
#include "ronde/uuid.hpp"
#include "ronde_server.hpp"

#include <openssl/crypto.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

using Steady = std::chrono::steady_clock;
using ronde::Json;
using ronde::store::DeviceStore;

#ifdef RONDE_STORE_SQLCIPHER
constexpr const char* kFlavour = "sqlcipher";
#else
constexpr const char* kFlavour = "sqlite";
#endif

double ms_since(Steady::time_point start) {
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

struct Figures {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figures(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    Figures f;
    f.median = samples[samples.size() / 2];
    f.p95 = samples[std::min(samples.size() - 1, samples.size() * 95 / 100)];
    f.max = samples.back();
    return f;
}

std::unique_ptr<DeviceStore> open_store(const std::string& path) {
    std::optional<ronde::store::StoreKey> key;
#ifdef RONDE_STORE_SQLCIPHER
    key = ronde::store::StoreKey{};
    key->bytes.fill(0x5a);  // a raw key: the Argon2id derivation is not what is measured
#endif
    auto opened = DeviceStore::open(path, key);
    if (!opened) {
        throw std::runtime_error("open: " + opened.error().message);
    }
    return std::move(opened).value();
}

const std::vector<std::string> kShops = {
    "Boulangerie",     "Pharmacie", "Tabac Presse",    "Bar",    "Garage",   "Mairie",
    "Supérette",       "Pressing",  "Coiffure",        "Banque", "Crêperie", "Fleuriste",
    "Bijouterie",      "Camping",   "Salle des fêtes", "École",  "Collège",  "Déchetterie",
    "Station-service", "Hôtel"};
const std::vector<std::string> kNames = {
    "Le Gall", "Le Goff",  "Martin", "Lefèvre",  "Hervé", "Guého",   "Rolland", "Thébault",
    "Morvan",  "Jézéquel", "Cadiou", "Le Bihan", "Riou",  "Prigent", "Quéré",   "Tanguy"};
const std::vector<std::string> kCommunes = {
    "Rennes",          "Cesson-Sévigné", "Bruz",      "Saint-Grégoire", "Vitré",
    "Fougères",        "Betton",         "Chantepie", "Pacé",           "Le Rheu",
    "Vern-sur-Seiche", "Châteaugiron",   "Liffré",    "Janzé"};

// Contacts and visits as the server sends them, with increasing seqs.
class Workload {
public:
    explicit Workload(std::uint64_t seed)
        : rng_(seed), uuids_([this] { return ms_; }, seed), hlc_(seed, [this] { return ms_; }) {}

    ronde::PulledChange contact(int i) {
        auto pick = [&](const std::vector<std::string>& v) { return v[rng_() % v.size()]; };
        ronde::Contact c;
        c.category = static_cast<ronde::ContactCategory>(i % 13);
        c.organisation = pick(kShops) + " " + pick(kNames) + " " + std::to_string(i);
        c.person_name = (i % 2 ? "Mme " : "M. ") + pick(kNames);
        c.address = std::to_string(1 + i % 90) + " rue de la République";
        c.commune = pick(kCommunes);
        std::uniform_real_distribution<double> lat(47.80, 48.40);
        std::uniform_real_distribution<double> lon(-2.10, -1.10);
        c.position = ronde::GeoPoint{lat(rng_), lon(rng_)};
        c.phone = "02 99 83 " + std::to_string(10 + i % 89) + " 12";
        c.tags = {"commerce"};
        const std::string id = uuids_.next();
        contact_ids_.push_back(id);
        return change(ronde::Entity::contact, id, ronde::encode(c));
    }

    ronde::PulledChange visit(int i) {
        ronde::Visit v;
        v.contact_id = contact_ids_[static_cast<std::size_t>(i) % contact_ids_.size()];
        v.occurred_at = ronde::Timestamp(std::chrono::milliseconds(ms_ - 86'400'000));
        v.position = ronde::VisitPosition{48.12, -1.60, 8.0, ronde::PositionSource::gps};
        v.place_label = "Centre-ville";
        v.topics = {ronde::Topic::shoplifting, ronde::Topic::prevention};
        v.actions = {ronde::Action::secope};
        v.climate = ronde::Climate::positive;
        v.note = "Échange avec le gérant sur les vols à l'étalage ; conseils donnés.";
        v.author_id = author_;
        v.device_id = author_;
        return change(ronde::Entity::visit, uuids_.next(), ronde::encode(v));
    }

    // `contacts` contacts then `visits` visits, in pages of `page_size`.
    std::vector<ronde::PullResponse> pages(int contacts, int visits, int page_size) {
        std::vector<ronde::PullResponse> out;
        const int total = contacts + visits;
        for (int i = 0; i < total; ++i) {
            if (out.empty() || static_cast<int>(out.back().changes.size()) == page_size) {
                out.emplace_back();
            }
            out.back().changes.push_back(i < contacts ? contact(i) : visit(i));
            out.back().next_since = seq_;
        }
        for (std::size_t p = 0; p < out.size(); ++p) {
            out[p].has_more = p + 1 < out.size();
        }
        return out;
    }

private:
    ronde::PulledChange change(ronde::Entity entity, const std::string& id, Json data) {
        ms_ += 3;
        ronde::PulledChange p;
        p.seq = ++seq_;
        p.change.entity = entity;
        p.change.id = id;
        p.change.hlc = hlc_.now().to_string();
        p.change.data = std::move(data);
        return p;
    }

    std::mt19937_64 rng_;
    std::int64_t ms_ = ronde::system_millis() - 3'600'000;
    std::int64_t seq_ = 0;
    ronde::UuidV7Generator uuids_;
    ronde::HybridLogicalClock hlc_;
    std::vector<std::string> contact_ids_;
    std::string author_ = ronde::random_uuid_v4();
};

// CPU seconds (user + system) this process used so far: less skewed by
// other work on the machine than wall time.
double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const auto s = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    };
    return s(u.ru_utime) + s(u.ru_stime);
}

double apply_all(DeviceStore& db, const std::vector<ronde::PullResponse>& pages) {
    const auto start = Steady::now();
    for (const auto& page : pages) {
        if (!db.apply_pull_page(page)) {
            throw std::runtime_error("apply_pull_page failed");
        }
    }
    return ms_since(start);
}

// Pushes the pages' changes to a real server, then times a new device's
// first sync. Returns the sync's milliseconds, or -1 when it failed.
double end_to_end(const std::vector<ronde::PullResponse>& pages, const std::string& dir,
                  std::size_t& pulled) {
    const std::string db = dir + "/server.db";
    const ronde::test::Account alice{"alice", "mot-de-passe-bench", "patrol"};
    ronde::test::add_unit(db, "BENCH", "Unité de mesure");
    ronde::test::add_user(db, "BENCH", alice);
    ronde::test::ServerProcess server(db, dir + "/server.log");
    const auto client = server.client();
    const auto session = ronde::test::login(client, alice.username, alice.password);
    // Seeded in batches of the server's maximum (500), whatever the page size.
    std::vector<Json> all;
    for (const auto& page : pages) {
        for (const auto& p : page.changes) {
            all.push_back(ronde::encode(p.change));
        }
    }
    for (std::size_t first = 0; first < all.size(); first += 500) {
        Json changes = Json::array();
        for (std::size_t i = first; i < std::min(all.size(), first + 500); ++i) {
            changes.push_back(all[i]);
        }
        const Json body{
            {"protocol", 1}, {"batch_id", ronde::random_uuid_v4()}, {"changes", changes}};
        const auto reply = client.post_json("/api/v1/sync/push", body.dump(), session.token);
        if (reply.status != 200) {
            std::cerr << "seed push failed: " << reply.status << " " << reply.body << "\n";
            return -1;
        }
    }
    auto device = open_store(dir + "/e2e.db");
    ronde::sim::CpprestTransport transport("http://127.0.0.1:" + std::to_string(server.port()));
    ronde::sync::SystemClock clock;
    ronde::sync::SyncEngine engine(*device, transport, clock);
    if (!engine.sign_in(alice.username, alice.password, ronde::UuidV7Generator().next())) {
        return -1;
    }
    const auto start = Steady::now();
    const auto r = engine.sync_once();
    const double ms = ms_since(start);
    pulled = r.pulled;
    return r.outcome == ronde::sync::Outcome::ok ? ms : -1;
}

ronde::Visit a_visit(int i) {
    ronde::Visit v;
    v.occurred_at = ronde::Timestamp(std::chrono::milliseconds(ronde::system_millis())) -
                    std::chrono::minutes(i % 600);
    v.position = ronde::VisitPosition{48.11, -1.68, 6.0, ronde::PositionSource::gps};
    v.topics = {ronde::Topic::incivility};
    v.actions = {ronde::Action::prevention_advice};
    v.note = "Passage en fin de marché, rien à signaler.";
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
    bool with_server = true;
    bool initial_only = false;
    int page_size = ronde::sync::EngineOptions{}.pull_limit;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--no-server") {
            with_server = false;
        } else if (arg == "--initial-only") {
            initial_only = true;
        } else if (arg == "--page" && i + 1 < argc) {
            page_size = std::max(1, std::atoi(argv[++i]));
        } else {
            std::cerr << "usage: device-bench [--no-server] [--initial-only] [--page N]\n";
            return 2;
        }
    }
    ronde::test::TempDir dir;
    std::cout << "device-bench (" << kFlavour << ")\n";

    // 1. Initial sync.
    Workload work(7);
    const auto pages = work.pages(5000, 50000, page_size);
    double store_ms = 0;
    double store_cpu_ms = 0;
    {
        auto db = open_store(dir.file("initial.db"));
        const double cpu = cpu_seconds();
        store_ms = apply_all(*db, pages);
        store_cpu_ms = (cpu_seconds() - cpu) * 1000;
    }
    double codec_ms = 0;
    double codec_cpu_ms = 0;
    {
        std::vector<std::string> texts;
        for (const auto& p : pages) {
            texts.push_back(ronde::encode(p).dump());
        }
        auto db = open_store(dir.file("initial-json.db"));
        const double cpu = cpu_seconds();
        const auto start = Steady::now();
        for (const auto& text : texts) {
            auto page = ronde::decode_pull_response(ronde::parse_json(text).value());
            if (!page || !db->apply_pull_page(page.value())) {
                throw std::runtime_error("decode or apply failed");
            }
        }
        codec_ms = ms_since(start);
        codec_cpu_ms = (cpu_seconds() - cpu) * 1000;
    }
    std::printf("initial sync 5,000 contacts + 50,000 visits (%zu pages of %d):\n", pages.size(),
                page_size);
    std::printf("  store only (apply_pull_page):      %8.0f ms (CPU %.0f ms)\n", store_ms,
                store_cpu_ms);
    std::printf("  JSON decode + store:               %8.0f ms (CPU %.0f ms)\n", codec_ms,
                codec_cpu_ms);
    double e2e_ms = -1;
    std::size_t e2e_pulled = 0;
    if (with_server) {
        e2e_ms = end_to_end(pages, dir.path(), e2e_pulled);
        std::printf("  end to end (real server, HTTP):    %8.0f ms (%zu changes pulled)\n", e2e_ms,
                    e2e_pulled);
    }

    if (initial_only) {
        std::cout << Json{{"store", kFlavour},
                          {"page_size", page_size},
                          {"initial_sync_store_ms", store_ms},
                          {"initial_sync_store_cpu_ms", store_cpu_ms},
                          {"initial_sync_codec_store_ms", codec_ms},
                          {"initial_sync_codec_store_cpu_ms", codec_cpu_ms},
                          {"initial_sync_end_to_end_ms", e2e_ms}}
                         .dump()
                  << "\n";
        return 0;
    }

    // 2. One save (visit + outbox), in the store that holds the initial sync.
    Figures save;
    {
        auto db = open_store(dir.file("initial.db"));
        db->set_identity(
            {ronde::UuidV7Generator().next(), ronde::random_uuid_v4(), ronde::random_uuid_v4()});
        std::vector<double> samples;
        for (int i = 0; i < 1000; ++i) {
            const auto start = Steady::now();
            if (!db->save_visit({}, a_visit(i))) {
                throw std::runtime_error("save_visit failed");
            }
            samples.push_back(ms_since(start));
        }
        save = figures(samples);
    }
    std::printf("save visit + outbox (1,000 saves):   median %.3f ms, p95 %.3f ms, max %.3f ms\n",
                save.median, save.p95, save.max);

    // 3. and 4. Queries over 100,000 contacts.
    Workload big(11);
    auto db = open_store(dir.file("contacts.db"));
    apply_all(*db, big.pages(100000, 0, 500));
    std::mt19937_64 rng(3);
    std::vector<double> nearby_ms;
    std::size_t nearby_found = 0;
    for (int i = 0; i < 200; ++i) {
        std::uniform_real_distribution<double> lat(47.85, 48.35);
        std::uniform_real_distribution<double> lon(-2.05, -1.15);
        const auto start = Steady::now();
        auto found = db->nearby_contacts(lat(rng), lon(rng), 2000, 50);
        nearby_ms.push_back(ms_since(start));
        nearby_found += found ? found.value().size() : 0;
    }
    const Figures nearby = figures(nearby_ms);
    std::printf("nearby 2 km, 50 nearest (100,000):   median %.2f ms, p95 %.2f ms (%.0f found)\n",
                nearby.median, nearby.p95, static_cast<double>(nearby_found) / 200);

    struct Query {
        const char* label;
        std::vector<std::string> texts;
    };
    const std::vector<Query> queries = {
        {"common word", {"boulangerie", "pharmacie", "rennes", "martin"}},
        {"two words", {"creperie le goff", "mairie vitre", "garage riou"}},
        {"accented, mixed case", {"Crêperie", "ÉCOLE", "Thébault"}},
        {"rare (few matches)", {"le goff 4242", "99017", "jezequel 1234"}},
        {"no match", {"zzzz", "gendarmerie", "quimper"}},
    };
    Json search_json = Json::object();
    for (const auto& q : queries) {
        std::vector<double> samples;
        std::size_t hits = 0;
        for (int round = 0; round < 10; ++round) {
            for (const auto& text : q.texts) {
                const auto start = Steady::now();
                auto found = db->search_contacts(text);
                samples.push_back(ms_since(start));
                hits += found ? found.value().size() : 0;
            }
        }
        const Figures f = figures(samples);
        std::printf("search %-22s(100,000):  median %.2f ms, p95 %.2f ms (%.0f results)\n", q.label,
                    f.median, f.p95,
                    static_cast<double>(hits) / static_cast<double>(samples.size()));
        search_json[q.label] = Json{{"median_ms", f.median}, {"p95_ms", f.p95}};
    }

    std::cout << Json{{"store", kFlavour},
                      {"initial_sync_store_ms", store_ms},
                      {"initial_sync_codec_store_ms", codec_ms},
                      {"initial_sync_end_to_end_ms", e2e_ms},
                      {"save_median_ms", save.median},
                      {"save_p95_ms", save.p95},
                      {"nearby_median_ms", nearby.median},
                      {"nearby_p95_ms", nearby.p95},
                      {"search", search_json}}
                     .dump()
              << "\n";
    return 0;
}
