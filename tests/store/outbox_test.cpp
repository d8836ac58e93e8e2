#include "store_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace ronde;
using namespace ronde::store;
using namespace ronde::store::test;

namespace {

std::vector<ChangeResult> all_applied(const OutboxBatch& batch) {
    std::vector<ChangeResult> results;
    for (const OutboxEntry& e : batch.entries) {
        results.push_back({e.record_id, ChangeOutcome::applied, std::nullopt});
    }
    return results;
}

}  // namespace

TEST_CASE("outbox sequence numbers are never reused, even after deletes and a reopen") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    std::int64_t last_seq = 0;
    {
        auto store = open_store(path, clock);
        for (int i = 0; i < 3; ++i) {
            REQUIRE(store->save_contact(std::nullopt, sample_contact()));
        }
        auto batch = store->next_batch(500).value();
        REQUIRE(batch);
        last_seq = batch->entries.back().seq;
        REQUIRE_FALSE(store->apply_push_result(batch->batch_id, all_applied(*batch)));
        CHECK(store->outbox_size().value() == 0);
    }
    auto store = open_store(path, clock);
    REQUIRE(store->save_contact(std::nullopt, sample_contact()));
    auto batch = store->next_batch(500).value();
    REQUIRE(batch);
    REQUIRE(batch->entries.size() == 1);
    CHECK(batch->entries[0].seq > last_seq);
}

TEST_CASE("a pending batch is returned again, with the same id, after a reopen") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    OutboxBatch first;
    {
        auto store = open_store(path, clock);
        for (int i = 0; i < 3; ++i) {
            REQUIRE(store->save_contact(std::nullopt, sample_contact()));
        }
        auto batch = store->next_batch(2).value();
        REQUIRE(batch);
        first = *batch;
        CHECK(first.entries.size() == 2);
        CHECK(store->sync_state().value().pending_batch_id == first.batch_id);
        // A retry before any answer: the same batch.
        auto again = store->next_batch(500).value();
        REQUIRE(again);
        CHECK(again->batch_id == first.batch_id);
        CHECK(again->entries.size() == 2);
    }
    auto store = open_store(path, clock);
    auto batch = store->next_batch(500).value();
    REQUIRE(batch);
    CHECK(batch->batch_id == first.batch_id);
    REQUIRE(batch->entries.size() == 2);
    CHECK(batch->entries[0].change_id == first.entries[0].change_id);
    CHECK(batch->entries[1].change == first.entries[1].change);
    const PushRequest request = batch->request();
    CHECK(request.batch_id == first.batch_id);
    CHECK(request.changes.size() == 2);

    REQUIRE_FALSE(store->apply_push_result(batch->batch_id, all_applied(*batch)));
    CHECK_FALSE(store->sync_state().value().pending_batch_id);
    auto next = store->next_batch(500).value();
    REQUIRE(next);
    CHECK(next->batch_id != first.batch_id);
    CHECK(next->entries.size() == 1);
}

TEST_CASE("an empty outbox gives no batch") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    auto batch = store->next_batch(500);
    REQUIRE(batch);
    CHECK_FALSE(batch.value());
    CHECK_FALSE(store->sync_state().value().pending_batch_id);
}

TEST_CASE("push results: applied and duplicate leave, rejected leave and stay visible") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    const std::string a = store->save_contact(std::nullopt, sample_contact()).value();
    const std::string b = store->save_visit(std::nullopt, sample_visit()).value();
    const std::string c = store->save_contact(std::nullopt, sample_contact("Tabac")).value();
    auto batch = store->next_batch(500).value();
    REQUIRE(batch);
    REQUIRE(batch->entries.size() == 3);
    const std::string later = store->save_contact(std::nullopt, sample_contact("Later")).value();

    const Error refused = make_error("invalid_siret", "The SIRET checksum is wrong.", "siret");
    const std::vector<ChangeResult> results{{a, ChangeOutcome::applied, std::nullopt},
                                            {b, ChangeOutcome::duplicate, std::nullopt},
                                            {c, ChangeOutcome::rejected, refused}};

    SECTION("the answer of another batch is refused") {
        CHECK(store->apply_push_result("00000000-0000-4000-8000-000000000000", results)->code ==
              "unknown_batch");
        CHECK(store->outbox_size().value() == 4);
    }
    SECTION("an answer that does not match the batch changes nothing") {
        CHECK(store->apply_push_result(batch->batch_id, {results[0], results[1]})->code ==
              "invalid_response");
        CHECK(
            store->apply_push_result(batch->batch_id, {results[1], results[0], results[2]})->code ==
            "invalid_response");
        CHECK(store->outbox_size().value() == 4);
        CHECK(store->sync_state().value().pending_batch_id == batch->batch_id);
    }
    SECTION("the answer is stored") {
        REQUIRE_FALSE(store->apply_push_result(batch->batch_id, results));
        CHECK(store->outbox_size().value() == 1);  // only the later change
        CHECK_FALSE(store->sync_state().value().pending_batch_id);
        CHECK(store->sync_status(Entity::contact, a).value() == SyncStatus::synced);
        CHECK(store->sync_status(Entity::visit, b).value() == SyncStatus::synced);
        CHECK(store->sync_status(Entity::contact, c).value() == SyncStatus::rejected);
        CHECK(store->sync_status(Entity::contact, later).value() == SyncStatus::pending);

        auto rejected = store->rejected_records().value();
        REQUIRE(rejected.size() == 1);
        CHECK(rejected[0].entity == Entity::contact);
        CHECK(rejected[0].id == c);
        CHECK(rejected[0].error == refused);
        // Still visible, not retried.
        CHECK(store->contact(c).value()->sync == SyncStatus::rejected);
        auto next = store->next_batch(500).value();
        REQUIRE(next);
        REQUIRE(next->entries.size() == 1);
        CHECK(next->entries[0].record_id == later);

        // Editing the rejected record makes it pending again.
        Contact fixed = store->contact(c).value()->record;
        fixed.notes = "corrigé";
        REQUIRE(store->save_contact(c, fixed));
        CHECK(store->sync_status(Entity::contact, c).value() == SyncStatus::pending);
        CHECK(store->rejected_records().value().empty());
    }
}

TEST_CASE("the sync state keeps the last success and the last error") {
    TempDir dir;
    FakeClock clock;
    auto store = open_store(dir.file("d.db"), clock);
    REQUIRE_FALSE(
        store->record_sync_error(make_error("network", "No route to host."), at(kStartMs)));
    auto s = store->sync_state().value();
    REQUIRE(s.last_error);
    CHECK(s.last_error->code == "network");
    CHECK(s.last_error_at == at(kStartMs));
    REQUIRE_FALSE(store->record_sync_success(at(kStartMs + 5000)));
    s = store->sync_state().value();
    CHECK_FALSE(s.last_error);
    CHECK(s.last_success_at == at(kStartMs + 5000));
}

TEST_CASE("the clock is persisted: a restarted device never goes back") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    HlcStamp before;
    {
        auto store = open_store(path, clock);
        clock.advance(3600'000);
        REQUIRE(store->save_contact(std::nullopt, sample_contact()));
        before = store->last_hlc();
        CHECK(before.wall_ms == kStartMs + 3600'000);
    }
    clock.advance(-2 * 3600'000);  // the tablet's clock was reset to an earlier time
    auto store = open_store(path, clock);
    CHECK(store->last_hlc() >= before);
    REQUIRE(store->save_contact(std::nullopt, sample_contact()));
    CHECK(store->last_hlc() > before);
    auto batch = store->next_batch(500).value();
    REQUIRE(batch);
    REQUIRE(batch->entries.size() == 2);
    CHECK(batch->entries[1].hlc > batch->entries[0].hlc);
}

TEST_CASE("wipe destroys the database and its files and closes the store") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("d.db");
    auto store = open_store(path, clock);
    REQUIRE(store->save_contact(std::nullopt, sample_contact()));
    REQUIRE_FALSE(store->wipe());
    CHECK_FALSE(store->is_open());
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".salt"}) {
        CHECK_FALSE(std::filesystem::exists(path + suffix));
    }
    CHECK(store->outbox_size().error().code == "store_closed");
    CHECK(store->save_contact(std::nullopt, sample_contact()).error().code == "store_closed");
    CHECK(store->search_contacts("").error().code == "store_closed");
    // The next sign-in starts from an empty store.
    auto fresh = open_store(path, clock, false);
    CHECK_FALSE(fresh->identity());
    CHECK(fresh->search_contacts("").value().empty());
}
