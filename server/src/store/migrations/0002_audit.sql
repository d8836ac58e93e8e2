-- 0002: the audit journal (DESIGN §6, issue 6): who consulted or changed
-- what, when, from which device. Append-only and hash-chained:
--   hash = SHA-256(prev_hash || canonical entry), prev_hash of the first
-- entry = 64 '0'; the canonical entry is written by AuditService
-- (server/src/services/audit_service.hpp). `seq` is gapless from 1.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at_ms      INTEGER NOT NULL,
    unit_id    TEXT NOT NULL,   -- '' for a server-wide action
    user_id    TEXT NOT NULL,   -- '' for the command line
    device_id  TEXT NOT NULL,   -- '' for the command line
    action     TEXT NOT NULL,   -- "visits.list", "user.create"...
    target     TEXT NOT NULL,   -- a route, a record id, a user id...
    details    TEXT NOT NULL,   -- JSON object, canonical (sorted keys, no spaces)
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX audit_by_unit ON audit_log (unit_id, seq);

-- The server never changes or removes an entry. These triggers stop a bug
-- from doing it; someone editing the file can drop them, and then
-- `ronde-server audit verify` names the entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit journal is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit journal is append-only');
END;

-- The last entry's seq and hash, written with every entry: removing the
-- newest entries leaves the chain valid but no longer reaching the head.
-- (Someone who rewrites both can only be caught against a copy of the head
-- kept elsewhere: `audit verify` prints it.)
CREATE TABLE audit_head (
    one  INTEGER PRIMARY KEY CHECK (one = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
