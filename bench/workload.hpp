// The push workload of the server benchmarks (server-bench,
// push-service-bench): realistic records, 10 % contacts of a unit near
// Rennes and 90 % visits to them, about 500 bytes each.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/hlc.hpp"
#include "ronde/time.hpp"
#include "ronde/uuid.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace ronde::bench {

// Realistic records: contacts of a unit near Rennes and visits to them.
class Workload {
public:
    explicit Workload(std::uint64_t seed)
        : uuids_([this] { return ms_; }, seed), hlc_(seed, [this] { return ms_; }) {}

    ronde::Json next_change(int i) {
        ms_ += 3;
        if (i % 10 == 0 || contact_ids_.empty()) {
            return contact(i);
        }
        return visit(i);
    }

private:
    ronde::Json contact(int i) {
        ronde::Contact c;
        c.category = static_cast<ronde::ContactCategory>(i % 13);
        c.organisation = "Commerce n° " + std::to_string(i) + " du centre commercial";
        c.person_name = "Mme Lefèvre " + std::to_string(i);
        c.address = std::to_string(1 + i % 90) + " rue de Rennes";
        c.commune = i % 2 ? "Cesson-Sévigné" : "Rennes";
        c.position = ronde::GeoPoint{48.10 + (i % 1000) * 0.0001, -1.62 + (i % 700) * 0.0001};
        c.phone = "02 99 83 " + std::to_string(10 + i % 89) + " 12";
        c.tags = {"marché", "centre commercial"};
        const std::string id = uuids_.next();
        contact_ids_.push_back(id);
        return change(ronde::Entity::contact, id, ronde::encode(c));
    }

    ronde::Json visit(int i) {
        ronde::Visit v;
        v.contact_id = contact_ids_[static_cast<std::size_t>(i) % contact_ids_.size()];
        v.occurred_at = ronde::Timestamp(std::chrono::milliseconds(ms_ - 86'400'000));
        v.position = ronde::VisitPosition{48.12, -1.60, 8.0, ronde::PositionSource::gps};
        v.place_label = "Centre commercial";
        v.topics = {ronde::Topic::shoplifting, ronde::Topic::prevention};
        v.actions = {ronde::Action::secope, ronde::Action::sms_alert};
        v.climate = ronde::Climate::positive;
        v.note =
            "Échange avec le gérant sur les vols à l'étalage du samedi ; conseils "
            "donnés sur la vidéoprotection et l'alerte SMS.";
        return change(ronde::Entity::visit, uuids_.next(), ronde::encode(v));
    }

    ronde::Json change(ronde::Entity entity, const std::string& id, ronde::Json data) {
        ronde::Change c;
        c.entity = entity;
        c.id = id;
        c.hlc = hlc_.now().to_string();
        c.data = std::move(data);
        return ronde::encode(c);
    }

    std::int64_t ms_ = ronde::system_millis() - 3'600'000;
    ronde::UuidV7Generator uuids_;
    ronde::HybridLogicalClock hlc_;
    std::vector<std::string> contact_ids_;
};

// Push request bodies of `batch` changes each, `changes` in all.
inline std::vector<std::string> push_bodies(int changes, int batch, std::uint64_t seed = 42) {
    Workload work(seed);
    std::vector<std::string> bodies;
    for (int done = 0; done < changes;) {
        ronde::Json list = ronde::Json::array();
        for (int k = 0; k < batch && done < changes; ++k, ++done) {
            list.push_back(work.next_change(done));
        }
        bodies.push_back(ronde::Json{
            {"protocol", 1}, {"batch_id", ronde::random_uuid_v4()}, {"changes", std::move(list)}}
                             .dump());
    }
    return bodies;
}

}  // namespace ronde::bench
