-- 0001: units, accounts, devices, synced records, push batches, conflicts.
-- Times are Unix milliseconds (INTEGER). Ids are UUID text.

CREATE TABLE units (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    last_seq      INTEGER NOT NULL DEFAULT 0  -- the unit's change sequence
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    unit_id       TEXT NOT NULL REFERENCES units (id),
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('patrol', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL
);
CREATE INDEX users_by_unit ON users (unit_id);

CREATE TABLE devices (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id),
    name            TEXT NOT NULL,
    token_hash      TEXT UNIQUE,  -- SHA-256 hex of the current token
    enrolled_at_ms  INTEGER NOT NULL,
    last_seen_at_ms INTEGER,
    revoked_at_ms   INTEGER
);
CREATE INDEX devices_by_user ON devices (user_id);

-- The latest version of every synced record. Ids are global (UUIDs made
-- on devices): one row per id, whatever the unit or entity. A rowid table:
-- rows are large (the record's JSON), which WITHOUT ROWID tables store badly.
CREATE TABLE records (
    id             TEXT NOT NULL UNIQUE,
    unit_id        TEXT NOT NULL REFERENCES units (id),
    entity         TEXT NOT NULL CHECK (entity IN ('contact', 'patrol', 'visit')),
    author_id      TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    data           TEXT NOT NULL,
    versions       TEXT NOT NULL DEFAULT '{}',  -- per unit of merge: hlc, user, device, seq
    seq            INTEGER NOT NULL,
    occurred_at_ms INTEGER,                     -- scope of patrol pulls
    open_follow_up INTEGER NOT NULL DEFAULT 0,
    closed_at_ms   INTEGER,
    members        TEXT NOT NULL DEFAULT ''     -- ",id1,id2," (patrols)
);
CREATE UNIQUE INDEX records_by_seq ON records (unit_id, seq);

-- Every accepted change (entity, id, hlc): a change seen again is a duplicate.
CREATE TABLE accepted_changes (
    id  TEXT NOT NULL,
    hlc TEXT NOT NULL,
    PRIMARY KEY (id, hlc)
) WITHOUT ROWID;

-- The highest pull cursor served to each device: what it has seen, for the
-- conflict log.
CREATE TABLE device_cursors (
    device_id  TEXT PRIMARY KEY,
    pulled_seq INTEGER NOT NULL
);

CREATE TABLE push_batches (
    batch_id      TEXT PRIMARY KEY,
    unit_id       TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    digest        TEXT NOT NULL,
    response      TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL
);

CREATE TABLE conflicts (
    id             INTEGER PRIMARY KEY,
    unit_id        TEXT NOT NULL,
    entity         TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    field          TEXT NOT NULL,
    reason         TEXT NOT NULL,
    kept_value     TEXT NOT NULL,
    kept_hlc       TEXT NOT NULL,
    kept_user_id   TEXT NOT NULL,
    kept_device_id TEXT NOT NULL,
    lost_value     TEXT NOT NULL,
    lost_hlc       TEXT NOT NULL,
    lost_user_id   TEXT NOT NULL,
    lost_device_id TEXT NOT NULL,
    at_ms          INTEGER NOT NULL
);
CREATE INDEX conflicts_by_unit ON conflicts (unit_id, id);
