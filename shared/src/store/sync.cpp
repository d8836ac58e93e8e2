// DeviceStore: the outbox, the push results, the pulled pages, the sync state
// and the wipe of a revoked device.
#include "ronde/store/device_store.hpp"
#include "store_impl.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <utility>
#include <vector>

namespace ronde::store {

using detail::fail;
using detail::guarded;
using detail::guarded_status;
using detail::Stmt;

namespace {

DeviceStore::Impl& open_impl(const std::unique_ptr<DeviceStore::Impl>& impl) {
    if (!impl) {
        fail("store_closed", "The store is closed.");
    }
    return *impl;
}

std::optional<std::string> pending_batch(DeviceStore::Impl& impl) {
    Stmt st = impl.sql("SELECT pending_batch_id FROM sync_state WHERE singleton = 1");
    return st.step() ? st.opt_text(0) : std::nullopt;
}

std::vector<OutboxEntry> batch_entries(DeviceStore::Impl& impl, const std::string& batch_id) {
    std::vector<OutboxEntry> out;
    Stmt st = impl.sql(
        "SELECT seq, change_id, entity, record_id, hlc, change, created_at, batch_id FROM outbox "
        "WHERE batch_id = ? ORDER BY seq");
    st.bind_all(batch_id);
    while (st.step()) {
        OutboxEntry e;
        e.seq = st.integer(0);
        e.change_id = st.text(1);
        e.entity = detail::parse_entity_text(st.text(2));
        e.record_id = st.text(3);
        e.hlc = st.text(4);
        e.change = detail::parse_stored_json(st.text(5));
        auto created = parse_timestamp(st.text(6));
        e.created_at = created ? created.value() : Timestamp{};
        e.batch_id = st.opt_text(7);
        out.push_back(std::move(e));
    }
    return out;
}

constexpr const char* kDroppedMessage =
    "The record was deleted on the server; the local change was dropped.";

// A pulled tombstone: final, whatever the versions.
void pull_tombstone(DeviceStore::Impl& impl, const Change& change, PullApplied& result) {
    RecordRow row;
    if (auto existing = impl.load(change.entity, change.id)) {
        row = std::move(*existing);
    } else {
        row.entity = change.entity;
        row.id = change.id;
    }
    row.deleted = true;
    row.data = Json::object();
    row.field_hlcs = Json::object();
    row.hlc = std::max(row.hlc, change.hlc);
    row.base_hlc = change.hlc;
    row.base_data.reset();  // no live base: nothing is ever rebased on it
    // Changes not sent yet are dropped; those of the pending batch stay until
    // its answer (the server refuses them with "deleted").
    bool dropped_edit = false;
    for (const Json& pending : impl.pending_changes(change.entity, change.id)) {
        dropped_edit = dropped_edit || !pending.value("deleted", false);
    }
    impl.sql("DELETE FROM outbox WHERE entity = ? AND record_id = ? AND batch_id IS NULL")
        .bind_all(detail::entity_text(change.entity), change.id)
        .run();
    if (dropped_edit) {
        impl.set_status(change.entity, change.id, SyncStatus::rejected,
                        make_error("deleted", kDroppedMessage, "id"));
        ++result.dropped_local;
    } else if (!impl.has_pending(change.entity, change.id)) {
        impl.set_status(change.entity, change.id, SyncStatus::synced);
    }
    impl.write(row);
    ++result.applied;
}

// A pulled live record: the new base, with the pending changes on top.
// `outbox_empty`: no record has a pending change (checked once per page).
void pull_record(DeviceStore::Impl& impl, const Change& change, bool outbox_empty,
                 PullApplied& result) {
    auto existing = impl.load(change.entity, change.id);
    const bool pending = !outbox_empty && impl.has_pending(change.entity, change.id);
    if (existing && existing->deleted && !pending) {
        ++result.ignored;  // deleted here (and sent): tombstones are final
        return;
    }
    // The canonical form of the record; one that does not decode is skipped.
    DecodedRecord decoded;
    std::string text;  // encode(record).dump()
    if (change.entity == Entity::contact) {
        if (auto c = decode_contact(change.data)) {
            text = encode_text(c.value());
            decoded = std::move(c).value();
        }
    } else if (change.entity == Entity::visit) {
        if (auto v = decode_visit(change.data)) {
            text = encode_text(v.value());
            decoded = std::move(v).value();
        }
    } else if (auto p = decode_patrol(change.data)) {
        text = encode_text(p.value());
        decoded = std::move(p).value();
    }
    if (text.empty()) {
        ++result.invalid;
        return;
    }
    const bool fresh = !existing;
    RecordRow row;
    if (existing) {
        row = std::move(*existing);
    } else {
        row.entity = change.entity;
        row.id = change.id;
    }
    row.base_hlc = change.hlc;
    if (pending) {
        row.base_data = detail::parse_stored_json(text);
        impl.rebase(row);
        impl.write(row);
    } else {
        // The record is its base: stored once, from its text (no JSON tree),
        // with the base column NULL (what write() stores when they are equal).
        row.hlc = change.hlc;
        row.deleted = false;
        row.data = Json();
        row.base_data.reset();
        row.field_hlcs = Json::object();
        impl.write(row, decoded, &text, fresh);
    }
    ++(pending ? result.kept_local : result.applied);
}

void overwrite_and_remove(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        return;
    }
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec && size > 0) {
        std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
        const std::vector<char> zeros(64 * 1024, 0);
        for (std::uintmax_t done = 0; out && done < size;) {
            const auto n =
                static_cast<std::streamsize>(std::min<std::uintmax_t>(zeros.size(), size - done));
            out.write(zeros.data(), n);
            done += static_cast<std::uintmax_t>(n);
        }
        out.flush();
    }
    std::filesystem::remove(file, ec);
    if (ec) {
        fail("io_error", "Cannot remove " + file.filename().string() + ": " + ec.message());
    }
}

}  // namespace

PushRequest OutboxBatch::request() const {
    PushRequest r;
    r.batch_id = batch_id;
    r.changes.reserve(entries.size());
    for (const OutboxEntry& e : entries) {
        r.changes.push_back(e.change);
    }
    return r;
}

Result<std::size_t> DeviceStore::outbox_size() {
    return guarded([&] {
        Stmt st = open_impl(impl_).sql("SELECT count(*) FROM outbox");
        st.step();
        return static_cast<std::size_t>(st.integer(0));
    });
}

Result<std::optional<OutboxBatch>> DeviceStore::next_batch(std::size_t max) {
    return guarded([&]() -> std::optional<OutboxBatch> {
        Impl& impl = open_impl(impl_);
        Transaction tx = detail::begin_transaction(db_);
        if (auto pending = pending_batch(impl)) {
            OutboxBatch batch{*pending, batch_entries(impl, *pending)};
            if (!batch.entries.empty()) {
                detail::commit(tx);
                return batch;  // a retry sends exactly the same batch
            }
        }
        std::optional<OutboxBatch> out;
        if (max > 0) {
            OutboxBatch batch{random_uuid_v4(), {}};
            impl.sql(
                    "UPDATE outbox SET batch_id = ? WHERE seq IN (SELECT seq FROM outbox WHERE "
                    "batch_id IS NULL ORDER BY seq LIMIT ?)")
                .bind_all(batch.batch_id, static_cast<std::int64_t>(max))
                .run();
            batch.entries = batch_entries(impl, batch.batch_id);
            if (!batch.entries.empty()) {
                out = std::move(batch);
            }
        }
        impl.sql("UPDATE sync_state SET pending_batch_id = ? WHERE singleton = 1")
            .bind_all(out ? std::optional<std::string>(out->batch_id) : std::nullopt)
            .run();
        detail::commit(tx);
        return out;
    });
}

Status DeviceStore::apply_push_result(const std::string& batch_id,
                                      const std::vector<ChangeResult>& results) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        Transaction tx = detail::begin_transaction(db_);
        const auto pending = pending_batch(impl);
        if (!pending || *pending != batch_id) {
            fail("unknown_batch", "The batch " + batch_id + " is not the pending batch.");
        }
        const std::vector<OutboxEntry> entries = batch_entries(impl, batch_id);
        if (entries.size() != results.size()) {
            fail("invalid_response", "The server answered " + std::to_string(results.size()) +
                                         " changes of a batch of " +
                                         std::to_string(entries.size()) + ".");
        }
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (results[i].id != entries[i].record_id) {
                fail("invalid_response", "The server's results are not in the batch's order.");
            }
        }
        struct Answer {
            std::optional<Error> rejection;  // the last one of this batch
            Json rejected_change;
            std::vector<Json> accepted;  // accepted changes newer than the base
            bool rebase = false;
        };
        std::map<std::pair<Entity, std::string>, Answer> touched;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const OutboxEntry& e = entries[i];
            impl.sql("DELETE FROM outbox WHERE seq = ?").bind_all(e.seq).run();
            Answer& answer = touched[{e.entity, e.record_id}];
            if (results[i].outcome == ChangeOutcome::rejected) {
                answer.rejection = results[i].error.value_or(
                    make_error("rejected", "The server rejected this change."));
                answer.rejected_change = e.change;
                answer.rebase = true;
                continue;
            }
            auto row = impl.load(e.entity, e.record_id);
            if (row && row->base_hlc && e.hlc < *row->base_hlc) {
                // Older than a version pulled meanwhile: the server may have
                // dropped it, and would then not send the record again.
                answer.rebase = true;
            } else {
                // Newer than anything the server had when it sent the base:
                // it won (any later change reaches us by the next pull).
                answer.accepted.push_back(e.change);
            }
        }
        for (const auto& [key, answer] : touched) {
            const auto& [entity, id] = key;
            if (answer.rejection) {
                impl.set_status(entity, id, SyncStatus::rejected, answer.rejection,
                                &answer.rejected_change);
            } else if (!impl.has_pending(entity, id)) {
                impl.set_status(entity, id, SyncStatus::synced);
            }
            if (answer.rebase) {
                // Back to the server's state, the changes it surely took and
                // what is still pending. A record the server never sent stays
                // as it is, visible.
                if (auto row = impl.load(entity, id); row && row->base_data) {
                    impl.rebase(*row, answer.accepted);
                    impl.write(*row);
                }
            }
        }
        impl.sql("UPDATE sync_state SET pending_batch_id = NULL WHERE singleton = 1").run();
        detail::commit(tx);
    });
}

Result<PullApplied> DeviceStore::apply_pull_page(const PullResponse& page) {
    return guarded([&] {
        Impl& impl = open_impl(impl_);
        PullApplied result;
        Transaction tx = detail::begin_transaction(db_);
        // Nothing is added to the outbox while a page is applied: when it is
        // empty now, no record has a pending change (the usual case of an
        // initial sync), and the per-record outbox lookup can be skipped.
        const bool outbox_empty = !impl.sql("SELECT 1 FROM outbox LIMIT 1").step();
        for (const PulledChange& pulled : page.changes) {
            const Change& change = pulled.change;
            auto stamp = HlcStamp::parse(change.hlc);
            if (!stamp || change.id.empty()) {
                ++result.invalid;
                continue;
            }
            if (!impl.clock.receive(stamp.value())) {
                ++result.clock_drift;  // applied anyway: the server's state is the truth
            }
            if (change.deleted) {
                pull_tombstone(impl, change, result);
            } else {
                pull_record(impl, change, outbox_empty, result);
            }
        }
        impl.persist_clock();
        impl.sql("UPDATE sync_state SET cursor = ? WHERE singleton = 1")
            .bind_all(page.next_since)
            .run();
        detail::commit(tx);
        return result;
    });
}

Result<SyncState> DeviceStore::sync_state() {
    return guarded([&] {
        Stmt st = open_impl(impl_).sql(
            "SELECT cursor, last_success_at, last_error_code, last_error_message, last_error_at, "
            "pending_batch_id FROM sync_state WHERE singleton = 1");
        SyncState s;
        if (!st.step()) {
            return s;
        }
        s.cursor = st.integer(0);
        if (auto t = st.opt_text(1)) {
            if (auto ts = parse_timestamp(*t)) {
                s.last_success_at = ts.value();
            }
        }
        if (auto c = st.opt_text(2)) {
            s.last_error = make_error(*c, st.text(3));
        }
        if (auto t = st.opt_text(4)) {
            if (auto ts = parse_timestamp(*t)) {
                s.last_error_at = ts.value();
            }
        }
        s.pending_batch_id = st.opt_text(5);
        return s;
    });
}

Status DeviceStore::record_sync_success(Timestamp at) {
    return guarded_status([&] {
        open_impl(impl_)
            .sql(
                "UPDATE sync_state SET last_success_at = ?, last_error_code = NULL, "
                "last_error_message = NULL, last_error_at = NULL WHERE singleton = 1")
            .bind_all(format_timestamp(at))
            .run();
    });
}

Status DeviceStore::record_sync_error(const Error& error, Timestamp at) {
    return guarded_status([&] {
        open_impl(impl_)
            .sql(
                "UPDATE sync_state SET last_error_code = ?, last_error_message = ?, "
                "last_error_at = ? WHERE singleton = 1")
            .bind_all(error.code, error.message, format_timestamp(at))
            .run();
    });
}

Result<std::vector<RejectedRecord>> DeviceStore::rejected_records(Page page) {
    return guarded([&] {
        Stmt st = open_impl(impl_).sql(
            "SELECT entity, record_id, error_code, error_message, error_field, updated_at, "
            "rejected_change FROM record_sync WHERE status = 'rejected' ORDER BY updated_at DESC, "
            "record_id "
            "LIMIT ? OFFSET ?");
        st.bind_all(static_cast<std::int64_t>(page.limit), static_cast<std::int64_t>(page.offset));
        std::vector<RejectedRecord> out;
        while (st.step()) {
            RejectedRecord r;
            r.entity = detail::parse_entity_text(st.text(0));
            r.id = st.text(1);
            r.error = make_error(st.text(2), st.text(3), st.text(4));
            auto at = parse_timestamp(st.text(5));
            r.rejected_at = at ? at.value() : Timestamp{};
            if (auto change = st.opt_text(6)) {
                r.change = detail::parse_stored_json(*change);
            }
            out.push_back(std::move(r));
        }
        return out;
    });
}

Status DeviceStore::dismiss_rejection(Entity entity, const std::string& id) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        Stmt st = impl.sql(
            "UPDATE record_sync SET status = 'synced', error_code = NULL, error_message = NULL, "
            "error_field = NULL, rejected_change = NULL WHERE entity = ? AND record_id = ? AND "
            "status = 'rejected'");
        st.bind_all(detail::entity_text(entity), id).run();
    });
}

Status DeviceStore::wipe() {
    return guarded_status([&] {
        if (db_ != nullptr) {
            // Best effort first: empty every table, so nothing is left even if
            // the files cannot be removed.
            try {
                Transaction tx = detail::begin_transaction(db_);
                for (const char* table : {"contacts", "visits", "patrols", "outbox", "record_sync",
                                          "sync_state", "hlc_state", "device_identity"}) {
                    detail::exec(db_, (std::string("DELETE FROM ") + table).c_str());
                }
                detail::commit(tx);
            } catch (const detail::StoreFailure&) {
                // the files go anyway below
            }
            impl_.reset();
            sqlite3_close(db_);
            db_ = nullptr;
        }
        identity_.reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".salt"}) {
            overwrite_and_remove(path_ + suffix);
        }
    });
}

}  // namespace ronde::store
