// Private to the store: the state behind DeviceStore and the row helpers that
// its three source files (actions, sync, queries) share.
#pragma once

#include "ronde/codec.hpp"
#include "ronde/hlc.hpp"
#include "ronde/store/device_store.hpp"
#include "ronde/uuid.hpp"
#include "sqlite.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ronde::store {

// One local record (a row of contacts, visits or patrols).
//   data, hlc, deleted: what the app sees: the server's state (base) with the
//     device's pending outbox changes applied on top, in outbox order;
//   field_hlcs (contacts): {key: hlc} of every key of data;
//   base_hlc, base_data: the record as last pulled from the server (nothing
//     for a record the server has not sent yet).
struct RecordRow {
    Entity entity = Entity::contact;
    std::string id;
    std::string hlc;
    bool deleted = false;
    Json data = Json::object();
    Json field_hlcs = Json::object();
    std::optional<std::string> base_hlc;
    std::optional<Json> base_data;
};

using DecodedRecord = std::variant<std::monostate, Contact, Visit, Patrol>;

struct DeviceStore::Impl {
    Impl(sqlite3* db, StoreOptions options);

    sqlite3* db;
    detail::StatementCache stmts;
    std::function<std::int64_t()> millis;
    UuidV7Generator uuids;
    std::chrono::milliseconds max_skew;
    HybridLogicalClock clock;

    detail::Stmt sql(std::string_view text) { return stmts.prepare(text); }
    Timestamp now() const { return Timestamp(std::chrono::milliseconds(millis())); }
    std::string now_text() const { return format_timestamp(now()); }

    // A new local stamp, persisted in the current transaction.
    std::string stamp();
    // Persists the clock (never lowering what another connection stored).
    void persist_clock();
    void refresh_clock();
    void reset_clock(std::uint64_t node);

    std::optional<RecordRow> load(Entity entity, const std::string& id);
    // `decoded`, when given, is row.data already decoded (saves decoding it again);
    // `data_text`, when given, is row.data.dump() (row.data is then not read);
    // `fresh`: no row has this id (checked in the current transaction).
    void write(const RecordRow& row, const DecodedRecord& decoded = {},
               const std::string* data_text = nullptr, bool fresh = false);

    void append_outbox(Entity entity, const std::string& id, const std::string& hlc, bool deleted,
                       const Json& data);
    bool has_pending(Entity entity, const std::string& id);
    // The pending changes of a record, oldest first.
    std::vector<Json> pending_changes(Entity entity, const std::string& id);
    void set_status(Entity entity, const std::string& id, SyncStatus status,
                    const std::optional<Error>& error = {}, const Json* rejected_change = nullptr);
    // data, hlc, deleted and field_hlcs := the base with `confirmed` (changes
    // the server accepted after that base) and then the pending changes
    // applied on top, in order (protocol §8). A row without a base is left
    // alone.
    void rebase(RecordRow& row, const std::vector<Json>& confirmed = {});
};

namespace detail {
std::string entity_text(Entity e);
Entity parse_entity_text(std::string_view text);
std::optional<SyncStatus> parse_status(std::string_view text);
Json parse_stored_json(const std::string& text);
const char* table_of(Entity e);
}  // namespace detail

}  // namespace ronde::store
