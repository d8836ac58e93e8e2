// The repository of the consultation events sent by devices (migration
// 0004_device_events.sql): the ids already journaled, so that a replayed
// event is not journaled twice. Free functions over a transaction of
// store.hpp (SQLite: store/sqlite_device_events.cpp), like
// store/queries.hpp; they throw StoreError on an engine failure.
#pragma once

#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

namespace ronde::server {

// The audit entry of an event already journaled, if any.
std::optional<std::int64_t> device_event_entry(ReadTx& tx, std::string_view event_id);
// Remembers that `event_id` is journaled as entry `audit_seq`.
void device_event_insert(WriteTx& tx, std::string_view event_id, std::string_view device_id,
                         std::int64_t audit_seq, std::int64_t received_at_ms);

}  // namespace ronde::server
