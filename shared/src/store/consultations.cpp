// DeviceStore: consultations journaled on the device until the server's
// audit journal acknowledges them (consultations table, migration 5).
#include "ronde/store/device_store.hpp"
#include "ronde/validate.hpp"
#include "store_impl.hpp"

#include <chrono>
#include <string>

namespace ronde::store {

using detail::fail;
using detail::guarded;
using detail::guarded_status;
using detail::Stmt;

namespace {

// Answered consultations are kept this long on the device, then removed.
constexpr std::int64_t kKeepSentMs = std::int64_t{30} * 24 * 3600 * 1000;

DeviceStore::Impl& open_impl(const std::unique_ptr<DeviceStore::Impl>& impl) {
    if (!impl) {
        fail("store_closed", "The store is closed.");
    }
    return *impl;
}

constexpr const char* kColumns =
    "seq, event_id, kind, record_id, at_ms, user_id, sent_at_ms, refused_code";

StoredConsultation read_row(const Stmt& st) {
    StoredConsultation c;
    c.seq = st.integer(0);
    c.event.id = st.text(1);
    const auto kind = parse_consultation_kind(st.text(2));
    if (!kind) {
        fail("corrupt_record", "A stored consultation has an unknown kind.");
    }
    c.event.kind = *kind;
    c.event.record_id = st.text(3);
    c.event.at = Timestamp(std::chrono::milliseconds(st.integer(4)));
    c.user_id = st.text(5);
    if (!st.is_null(6)) {
        c.sent_at = Timestamp(std::chrono::milliseconds(st.integer(6)));
    }
    c.refused_code = st.opt_text(7);
    return c;
}

}  // namespace

Result<StoredConsultation> DeviceStore::record_consultation(ConsultationKind kind,
                                                            const std::string& record_id) {
    return guarded([&]() -> StoredConsultation {
        Impl& impl = open_impl(impl_);
        if (!is_valid_uuid(record_id)) {
            fail("invalid_uuid", "The record id is not a UUID.");
        }
        StoredConsultation c;
        c.event.id = impl.uuids.next();
        c.event.kind = kind;
        c.event.record_id = record_id;
        c.event.at = impl.now();
        c.user_id = identity_ ? identity_->user_id : std::string();
        Transaction tx = detail::begin_transaction(db_);
        impl.sql(
                "INSERT INTO consultations (event_id, kind, entity, record_id, at_ms, user_id) "
                "VALUES (?, ?, ?, ?, ?, ?)")
            .bind_all(c.event.id, std::string(code(kind)), detail::entity_text(entity_of(kind)),
                      record_id, static_cast<std::int64_t>(c.event.at.time_since_epoch().count()),
                      c.user_id)
            .run();
        c.seq = sqlite3_last_insert_rowid(db_);
        detail::commit(tx);
        return c;
    });
}

Result<std::vector<ConsultationEvent>> DeviceStore::unsent_consultations(std::size_t max) {
    return guarded([&]() -> std::vector<ConsultationEvent> {
        Impl& impl = open_impl(impl_);
        Stmt st = impl.sql(std::string("SELECT ") + kColumns +
                           " FROM consultations WHERE sent_at_ms IS NULL AND user_id IN ('', ?)"
                           " ORDER BY seq LIMIT ?");
        st.bind_all(identity_ ? identity_->user_id : std::string(), static_cast<std::int64_t>(max));
        std::vector<ConsultationEvent> out;
        while (st.step()) {
            out.push_back(read_row(st).event);
        }
        return out;
    });
}

Result<std::size_t> DeviceStore::unsent_consultation_count() {
    return guarded([&]() -> std::size_t {
        Stmt st =
            open_impl(impl_).sql("SELECT count(*) FROM consultations WHERE sent_at_ms IS NULL");
        st.step();
        return static_cast<std::size_t>(st.integer(0));
    });
}

Status DeviceStore::mark_consultations_sent(const std::vector<std::string>& event_ids) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        const std::int64_t now = impl.millis();
        Transaction tx = detail::begin_transaction(db_);
        for (const std::string& id : event_ids) {
            impl.sql(
                    "UPDATE consultations SET sent_at_ms = ? "
                    "WHERE event_id = ? AND sent_at_ms IS NULL")
                .bind_all(now, id)
                .run();
        }
        impl.sql("DELETE FROM consultations WHERE sent_at_ms IS NOT NULL AND sent_at_ms < ?")
            .bind_all(now - kKeepSentMs)
            .run();
        detail::commit(tx);
    });
}

Status DeviceStore::mark_consultation_refused(const std::string& event_id,
                                              const std::string& code) {
    return guarded_status([&] {
        Impl& impl = open_impl(impl_);
        impl.sql(
                "UPDATE consultations SET sent_at_ms = ?, refused_code = ? "
                "WHERE event_id = ? AND sent_at_ms IS NULL")
            .bind_all(impl.millis(), code, event_id)
            .run();
    });
}

Result<std::vector<StoredConsultation>> DeviceStore::consultations(Page page) {
    return guarded([&]() -> std::vector<StoredConsultation> {
        Stmt st = open_impl(impl_).sql(std::string("SELECT ") + kColumns +
                                       " FROM consultations ORDER BY seq LIMIT ? OFFSET ?");
        st.bind_all(static_cast<std::int64_t>(page.limit), static_cast<std::int64_t>(page.offset));
        std::vector<StoredConsultation> out;
        while (st.step()) {
            out.push_back(read_row(st));
        }
        return out;
    });
}

}  // namespace ronde::store
