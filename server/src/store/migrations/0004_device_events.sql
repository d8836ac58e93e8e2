-- 0004: consultations made on devices (issue 6, PROTOCOL.md §14). Each event
-- a device sends is journaled once in audit_log; this table remembers its id
-- so that a replayed event is acknowledged without a second entry. It only
-- grows, like the journal it points into.
CREATE TABLE device_events (
    event_id    TEXT PRIMARY KEY NOT NULL,
    device_id   TEXT NOT NULL,   -- the device whose token sent it first
    audit_seq   INTEGER NOT NULL,   -- its entry in audit_log
    received_at_ms INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER device_events_no_update BEFORE UPDATE ON device_events
BEGIN
    SELECT RAISE(ABORT, 'device events are append-only');
END;
CREATE TRIGGER device_events_no_delete BEFORE DELETE ON device_events
BEGIN
    SELECT RAISE(ABORT, 'device events are append-only');
END;
