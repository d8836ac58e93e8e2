-- 0007: the push path and the stored push answers.
--
-- Stored push answers are kept for a while, not forever (PROTOCOL.md §6.2):
-- `serve` deletes those older than --batch-retention-days, oldest first, in
-- small chunks. This index finds them without a scan.
CREATE INDEX push_batches_by_time ON push_batches (created_at_ms);

-- records' CHECK on entity, as an equivalent OR instead of an IN list:
-- SQLite evaluates `IN ('contact', 'patrol', 'visit')` in a CHECK by
-- building an ephemeral index of the three values for every row written
-- (about 2 µs per record). Changing a CHECK to an equivalent one leaves the
-- stored rows valid, so the table's SQL is edited in place (SQLite's "ALTER
-- TABLE" procedure for changes that do not touch the file format), RESET
-- reloads it on this connection, and the DDL below bumps the schema cookie
-- so that every other connection reloads it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (entity IN (''contact'', ''patrol'', ''visit''))',
                  'CHECK (entity = ''contact'' OR entity = ''patrol'' OR entity = ''visit'')')
WHERE type = 'table' AND name = 'records';
PRAGMA writable_schema = RESET;

-- The derive queue triggers of 0003, in a cheaper form with the same effect
-- (one row per written record). 0003's `INSERT … SELECT … WHERE NOT EXISTS
-- (SELECT … FROM derive_queue …)` reads the table it inserts into, so SQLite
-- first copies the SELECT's result into an ephemeral table: a temporary
-- b-tree opened, created and closed for every record written, about 1.5 µs
-- of the push's ~27 µs per change (docs/PERFORMANCE.md). A delete then a
-- plain insert of the same key needs no ephemeral table, and still never
-- fails under the upsert that writes records (whose conflict policy would
-- override an INSERT OR IGNORE here, see docs/DEVELOPMENT.md).
DROP TRIGGER records_queue_in;
DROP TRIGGER records_queue_update;
DROP TRIGGER records_queue_out;
CREATE TRIGGER records_queue_in AFTER INSERT ON records
BEGIN
    DELETE FROM derive_queue WHERE record_rowid = new.rowid;
    INSERT INTO derive_queue (record_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER records_queue_update AFTER UPDATE ON records
BEGIN
    DELETE FROM derive_queue WHERE record_rowid = new.rowid;
    INSERT INTO derive_queue (record_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER records_queue_out AFTER DELETE ON records
BEGIN
    DELETE FROM derive_queue WHERE record_rowid = old.rowid;
    INSERT INTO derive_queue (record_rowid) VALUES (old.rowid);
END;
