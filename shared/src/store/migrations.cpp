// The numbered migrations of the device store. PRAGMA user_version holds the
// number of the last one applied; each runs in its own transaction with the
// version bump. Append new migrations; never edit a released one. SQL stays
// within SQLite 3.15 (SQLCipher 3.4): no UPSERT, RETURNING, window or JSON
// functions.
#include "migrations.hpp"

#include "sqlite.hpp"

#include <iterator>
#include <string>

namespace ronde::store::detail {
namespace {

struct Migration {
    int version;
    const char* sql;
};

constexpr Migration kMigrations[] = {
    {1, R"sql(
-- Who this device is; set once at enrolment.
CREATE TABLE device_identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    unit_id TEXT NOT NULL
);

-- The last HLC stamp issued or received, so a restarted device never goes back.
CREATE TABLE hlc_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_hlc TEXT NOT NULL
);

CREATE TABLE sync_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    cursor INTEGER NOT NULL DEFAULT 0,
    last_success_at TEXT,
    last_error_code TEXT,
    last_error_message TEXT,
    last_error_at TEXT,
    pending_batch_id TEXT
);
INSERT INTO sync_state (singleton) VALUES (1);

-- The records. data, hlc, deleted: what the app shows, i.e. the server's
-- state with the device's pending outbox changes applied on top. base_hlc,
-- base_data: the record as last pulled (base_hlc NULL until the server sent
-- it; base_data NULL when it equals data, or for a pulled tombstone).
-- Contacts keep field_hlcs, {key: hlc} of the keys set by local changes not
-- yet pulled back; the other keys have the version base_hlc. The other
-- columns are derived from data for the queries (NULL when data does not
-- decode, which keeps such a record out of the lists).
CREATE TABLE contacts (
    id TEXT PRIMARY KEY NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    field_hlcs TEXT NOT NULL,
    base_hlc TEXT,
    base_data TEXT,
    category TEXT,
    lat REAL,
    lon REAL,
    referent_id TEXT,
    sort_key TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_position ON contacts (lat, lon) WHERE deleted = 0 AND lat IS NOT NULL;
-- Covering index of the text search: the scan never reads the records.
CREATE INDEX contacts_search ON contacts (sort_key, id, search_text) WHERE deleted = 0;

CREATE TABLE patrols (
    id TEXT PRIMARY KEY NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    base_hlc TEXT,
    base_data TEXT,
    mode TEXT,
    started_at TEXT,
    ended_at TEXT,
    author_id TEXT
);
CREATE INDEX patrols_started ON patrols (started_at) WHERE deleted = 0;

CREATE TABLE visits (
    id TEXT PRIMARY KEY NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    base_hlc TEXT,
    base_data TEXT,
    patrol_id TEXT,
    contact_id TEXT,
    occurred_at TEXT,
    author_id TEXT,
    follow_up_needed INTEGER NOT NULL DEFAULT 0,
    follow_up_status TEXT,
    follow_up_assignee TEXT,
    follow_up_due TEXT
);
CREATE INDEX visits_occurred ON visits (occurred_at) WHERE deleted = 0;
CREATE INDEX visits_contact ON visits (contact_id, occurred_at) WHERE deleted = 0;
CREATE INDEX visits_patrol ON visits (patrol_id) WHERE deleted = 0;
CREATE INDEX visits_follow_up ON visits (follow_up_assignee, follow_up_status)
    WHERE deleted = 0 AND follow_up_needed = 1;

-- Changes waiting to be pushed, oldest first. AUTOINCREMENT: a seq is never
-- reused, even after the rows are deleted.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    change TEXT NOT NULL,
    created_at TEXT NOT NULL,
    batch_id TEXT
);
CREATE INDEX outbox_record ON outbox (entity, record_id);
CREATE INDEX outbox_batch ON outbox (batch_id, seq);

-- Per-record sync state: pending, synced or rejected (with the server's error
-- and the change it refused). No row: synced (pulled, never edited here).
CREATE TABLE record_sync (
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'synced', 'rejected')),
    error_code TEXT,
    error_message TEXT,
    error_field TEXT,
    rejected_change TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
);
CREATE INDEX record_sync_rejected ON record_sync (updated_at) WHERE status = 'rejected';
)sql"},
    {2, R"sql(
-- SQLite 3.15 (SQLCipher 3.4) reads the column of a partial index's WHERE
-- from the table unless the index holds it: one table lookup (and page
-- decryption) per scanned contact. With `deleted` in the index, the text
-- search scans the index alone (docs/PERFORMANCE.md, "Device store and sync
-- engine").
DROP INDEX contacts_search;
CREATE INDEX contacts_search ON contacts (sort_key, id, search_text, deleted) WHERE deleted = 0;
)sql"},
    {3, R"sql(
-- The same for the nearby query: with `id` and `deleted` in the position
-- index, the bounding box is read from the index alone.
DROP INDEX contacts_position;
CREATE INDEX contacts_position ON contacts (lat, lon, id, deleted)
    WHERE deleted = 0 AND lat IS NOT NULL;
)sql"},
    {4, R"sql(
-- Small secrets of the app (the device token, the signed-in username): here,
-- inside the encrypted store, never in the clear settings.
CREATE TABLE credentials (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
)sql"},
    {5, R"sql(
-- Consultations made on the device (a contact's page opened), kept until the
-- server's audit journal acknowledged them (PROTOCOL.md §14). Append-only:
-- the content never changes; sent_at_ms goes once from NULL (unsent) to the
-- time of the server's answer, with refused_code when the server refused
-- the event (never sent again); only answered rows may be removed.
-- AUTOINCREMENT: the order of the openings, never reused. user_id: the
-- signed-in user of the device identity ('' before any sign-in); only that
-- user's token sends the row (the server takes the user from the token).
CREATE TABLE consultations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    sent_at_ms INTEGER,
    refused_code TEXT
);
-- Not partial: SQLite 3.15 would read the table for its WHERE column.
CREATE INDEX consultations_unsent ON consultations (sent_at_ms, seq);
CREATE TRIGGER consultations_no_edit
BEFORE UPDATE OF seq, event_id, kind, entity, record_id, at_ms, user_id ON consultations
BEGIN
    SELECT RAISE(ABORT, 'consultations are append-only');
END;
CREATE TRIGGER consultations_sent_once
BEFORE UPDATE OF sent_at_ms, refused_code ON consultations
WHEN OLD.sent_at_ms IS NOT NULL OR NEW.sent_at_ms IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a consultation is marked sent once');
END;
CREATE TRIGGER consultations_keep_unsent
BEFORE DELETE ON consultations
WHEN OLD.sent_at_ms IS NULL
BEGIN
    SELECT RAISE(ABORT, 'an unsent consultation cannot be removed');
END;
)sql"},
};

int user_version(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        fail_sqlite(db, rc, "read schema version");
    }
    rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(stmt);
        fail_sqlite(db, rc, "read schema version");
    }
    const int version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

}  // namespace

int latest_schema_version() noexcept {
    return std::end(kMigrations)[-1].version;
}

void migrate(sqlite3* db) {
    const int current = user_version(db);
    if (current > latest_schema_version()) {
        fail("store_too_new", "The database was written by a newer version of Ronde (schema " +
                                  std::to_string(current) + ").");
    }
    for (const Migration& m : kMigrations) {
        if (m.version <= current) {
            continue;
        }
        Transaction tx = begin_transaction(db);
        exec(db, m.sql);
        // PRAGMA takes no parameters; the version is one of ours, not input.
        exec(db, ("PRAGMA user_version = " + std::to_string(m.version)).c_str());
        commit(tx);
    }
}

}  // namespace ronde::store::detail
