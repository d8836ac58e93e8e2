// The services called from several threads at once, as the HTTP layer does.
#include "service_fixture.hpp"

#include <set>
#include <thread>

using namespace ronde;
using namespace ronde::server;
using namespace ronde::server::test;

TEST_CASE("eight devices pushing at once while others pull lose and duplicate nothing") {
    Fixture f;
    constexpr int kDevices = 8;
    constexpr int kBatches = 6;
    constexpr int kPerBatch = 40;
    std::vector<Principal> devices;
    for (int d = 0; d < kDevices; ++d) {
        Principal p = d % 2 == 0 ? f.patrol_a : f.patrol_b;
        p.device_id = random_uuid_v4();
        devices.push_back(p);
    }
    std::vector<std::vector<Json>> bodies(kDevices);
    for (int d = 0; d < kDevices; ++d) {
        for (int b = 0; b < kBatches; ++b) {
            std::vector<Json> changes;
            for (int i = 0; i < kPerBatch; ++i) {
                changes.push_back(Fixture::change(
                    Entity::contact, random_uuid_v4(),
                    Fixture::hlc_of(devices[static_cast<std::size_t>(d)],
                                    f.clock.now() + b * 100 + i),
                    Fixture::contact_data("Commerce " + std::to_string(d) + "-" +
                                          std::to_string(b) + "-" + std::to_string(i))));
            }
            bodies[static_cast<std::size_t>(d)].push_back(f.body(std::move(changes)));
        }
    }
    std::atomic<int> failures{0};
    std::atomic<bool> pushing{true};
    std::vector<std::thread> threads;
    for (int d = 0; d < kDevices; ++d) {
        threads.emplace_back([&, d] {
            for (const Json& body : bodies[static_cast<std::size_t>(d)]) {
                // Every batch is sent twice, as after a lost answer.
                auto first = f.sync.push(devices[static_cast<std::size_t>(d)], body);
                auto again = f.sync.push(devices[static_cast<std::size_t>(d)], body);
                if (!first.ok() || !again.ok() || first.value() != again.value()) {
                    ++failures;
                }
            }
        });
    }
    std::atomic<std::int64_t> last_seen{0};
    std::thread reader([&] {
        std::int64_t since = 0;
        while (pushing.load() || since < last_seen.load()) {
            auto page = f.sync.pull(f.supervisor, since, 50);
            if (!page.ok()) {
                ++failures;
                return;
            }
            for (const auto& c : page->changes) {
                if (c.seq <= since) {
                    ++failures;  // sequence numbers only grow
                }
                since = c.seq;
            }
            since = page->next_since;
            if (!pushing.load()) {
                last_seen = f.store->begin_read()->current_seq(f.unit.id);
            }
        }
    });
    for (auto& t : threads) {
        t.join();
    }
    pushing = false;
    last_seen = f.store->begin_read()->current_seq(f.unit.id);
    reader.join();
    CHECK(failures.load() == 0);

    const auto all = f.pull_all(f.supervisor);
    CHECK(all.changes.size() == static_cast<std::size_t>(kDevices * kBatches * kPerBatch));
    std::set<std::int64_t> seqs;
    for (const auto& c : all.changes) {
        seqs.insert(c.seq);
    }
    CHECK(seqs.size() == all.changes.size());
    CHECK(*seqs.rbegin() == static_cast<std::int64_t>(kDevices * kBatches * kPerBatch));
    CHECK(f.sync.counters().changes_pushed ==
          static_cast<std::uint64_t>(kDevices * kBatches * kPerBatch));
}

TEST_CASE("logins and authentications from several threads at once") {
    Fixture f;
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&, i] {
            auto out = f.auth.login(LoginInput{i % 2 == 0 ? "alice" : "bruno",
                                               i % 2 == 0 ? "motdepasse-alice" : "motdepasse-bruno",
                                               random_uuid_v4(), "Tablette", "192.0.2.1"});
            if (out.ok() && f.auth.authenticate(out->token).ok()) {
                ++ok;
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    CHECK(ok.load() == 4);
}
