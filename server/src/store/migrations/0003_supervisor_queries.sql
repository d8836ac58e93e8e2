-- 0003: what the supervisor routes filter, count and search on (issue 6),
-- derived from `records` after the fact (see derive_queue below), whatever
-- wrote the record: push, follow-ups, conflict resolutions.
--   visit_facts    one row per live visit: the filter columns, with the
--                  commune and category of its contact (kept up to date
--                  when the contact changes)
--   visit_codes    its topics and actions, one row each
--   visit_daily    counts per unit, UTC day and dimension (total, author,
--                  commune, category, topic, action): the statistics of a
--                  period read a few thousand rows instead of every visit
--   contact_facts  one row per live contact: its filter columns
--   record_fts     full-text index (FTS5, case and accents ignored) of the
--                  texts of every live record, rowid = records.rowid (it
--                  keeps its text, so that a deferred re-derive can delete
--                  a row whose record has changed since)
-- Days are days of Europe/Paris numbered from 1970-01-01: (occurred_at_ms
-- + the Paris offset, 1 h or 2 h from the last Sunday of March to the last
-- Sunday of October at 01:00 UTC) / 86400000, as the exports count them.

CREATE TABLE contact_facts (
    record_rowid INTEGER PRIMARY KEY,  -- records.rowid
    id           TEXT NOT NULL UNIQUE,
    unit_id      TEXT NOT NULL,
    category     TEXT NOT NULL,
    commune      TEXT NOT NULL,
    referent_id  TEXT NOT NULL,
    lat          REAL,
    lon          REAL
);
CREATE INDEX contact_facts_by_unit ON contact_facts (unit_id, id);
CREATE INDEX contact_facts_by_commune ON contact_facts (unit_id, commune COLLATE NOCASE);
CREATE INDEX contact_facts_by_referent ON contact_facts (unit_id, referent_id);

CREATE TABLE visit_facts (
    record_rowid   INTEGER PRIMARY KEY,  -- records.rowid
    id             TEXT NOT NULL,
    unit_id        TEXT NOT NULL,
    occurred_at_ms INTEGER NOT NULL,
    day            INTEGER NOT NULL,     -- Europe/Paris day, see above
    author_id      TEXT NOT NULL,
    contact_id     TEXT NOT NULL,        -- '' for an anonymous resident
    patrol_id      TEXT NOT NULL,
    follow_up      TEXT NOT NULL,        -- 'none', 'open' or 'done'
    assignee_id    TEXT NOT NULL,
    lat            REAL,
    lon            REAL,
    commune        TEXT NOT NULL,        -- of the contact; '' when none
    category       TEXT NOT NULL         -- of the contact; '' when none
);
-- Lists are newest first: (occurred_at_ms, rowid) descending; every index
-- ends with occurred_at_ms (and the rowid, implicitly) so that a filter on
-- its first columns reads the rows already in list order.
CREATE INDEX visit_facts_by_time ON visit_facts (unit_id, occurred_at_ms);
CREATE INDEX visit_facts_by_author ON visit_facts (unit_id, author_id, occurred_at_ms);
CREATE INDEX visit_facts_by_commune ON visit_facts (unit_id, commune COLLATE NOCASE, occurred_at_ms);
CREATE INDEX visit_facts_by_category ON visit_facts (unit_id, category, occurred_at_ms);
CREATE INDEX visit_facts_by_follow_up ON visit_facts (unit_id, follow_up, occurred_at_ms);
CREATE INDEX visit_facts_by_contact ON visit_facts (unit_id, contact_id, occurred_at_ms);
CREATE INDEX visit_facts_by_patrol ON visit_facts (unit_id, patrol_id, occurred_at_ms);
-- Near a point: a band of latitude, the longitude checked in the index.
-- occurred_at_ms too, so that the band is sorted for the page without a
-- read of each row (1M visits, a band of 50k: 0.8 s -> 0.08 s).
CREATE INDEX visit_facts_by_lat ON visit_facts (unit_id, lat, lon, occurred_at_ms);

CREATE TABLE visit_codes (
    unit_id        TEXT NOT NULL,
    kind           TEXT NOT NULL,  -- 'topic' or 'action'
    code           TEXT NOT NULL,
    occurred_at_ms INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    record_rowid   INTEGER NOT NULL,
    PRIMARY KEY (unit_id, kind, code, occurred_at_ms, record_rowid)
) WITHOUT ROWID;
CREATE INDEX visit_codes_by_record ON visit_codes (record_rowid);

CREATE TABLE visit_daily (
    unit_id TEXT NOT NULL,
    dim     TEXT NOT NULL,  -- 'total', 'author', 'commune', 'category', 'topic', 'action'
    day     INTEGER NOT NULL,
    key     TEXT NOT NULL,  -- '' for total
    n       INTEGER NOT NULL,
    PRIMARY KEY (unit_id, day, dim, key)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE record_fts USING fts5 (
    body, tokenize = 'unicode61 remove_diacritics 2'
);

-- Counting: visit_facts and visit_codes rows in and out.
CREATE TRIGGER visit_facts_count_in AFTER INSERT ON visit_facts
BEGIN
    INSERT INTO visit_daily (unit_id, dim, day, key, n) VALUES
        (new.unit_id, 'total', new.day, '', 1),
        (new.unit_id, 'author', new.day, new.author_id, 1),
        (new.unit_id, 'commune', new.day, new.commune, 1),
        (new.unit_id, 'category', new.day, new.category, 1)
    ON CONFLICT (unit_id, day, dim, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER visit_facts_count_out AFTER DELETE ON visit_facts
BEGIN
    UPDATE visit_daily SET n = n - 1
    WHERE unit_id = old.unit_id AND day = old.day
      AND ((dim = 'total' AND key = '') OR (dim = 'author' AND key = old.author_id)
           OR (dim = 'commune' AND key = old.commune)
           OR (dim = 'category' AND key = old.category));
END;
CREATE TRIGGER visit_facts_count_contact AFTER UPDATE OF commune, category ON visit_facts
BEGIN
    UPDATE visit_daily SET n = n - 1
    WHERE unit_id = old.unit_id AND day = old.day
      AND ((dim = 'commune' AND key = old.commune) OR (dim = 'category' AND key = old.category));
    INSERT INTO visit_daily (unit_id, dim, day, key, n) VALUES
        (new.unit_id, 'commune', new.day, new.commune, 1),
        (new.unit_id, 'category', new.day, new.category, 1)
    ON CONFLICT (unit_id, day, dim, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER visit_codes_count_in AFTER INSERT ON visit_codes
BEGIN
    INSERT INTO visit_daily (unit_id, dim, day, key, n) VALUES
        (new.unit_id, new.kind, new.day, new.code, 1)
    ON CONFLICT (unit_id, day, dim, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER visit_codes_count_out AFTER DELETE ON visit_codes
BEGIN
    UPDATE visit_daily SET n = n - 1
    WHERE unit_id = old.unit_id AND day = old.day
      AND dim = old.kind AND key = old.code;
END;

-- Deriving is deferred: a push only notes which records changed (one row in
-- derive_queue, no JSON read), so the supervisor tables cost the push path
-- nothing. derive_pending() (server/src/store/sqlite_queries.cpp) empties
-- the queue in chunks: in the background every few seconds, and before every
-- supervisor query, so that answers are exact.
-- (Not INSERT OR IGNORE: the upsert that writes a record would impose its
-- own conflict policy on the trigger's statement.)
CREATE TABLE derive_queue (record_rowid INTEGER PRIMARY KEY);
CREATE TRIGGER records_queue_in AFTER INSERT ON records
BEGIN
    INSERT INTO derive_queue (record_rowid) SELECT new.rowid
    WHERE NOT EXISTS (SELECT 1 FROM derive_queue WHERE record_rowid = new.rowid);
END;
CREATE TRIGGER records_queue_update AFTER UPDATE ON records
BEGIN
    INSERT INTO derive_queue (record_rowid) SELECT new.rowid
    WHERE NOT EXISTS (SELECT 1 FROM derive_queue WHERE record_rowid = new.rowid);
END;
CREATE TRIGGER records_queue_out AFTER DELETE ON records
BEGIN
    INSERT INTO derive_queue (record_rowid) SELECT old.rowid
    WHERE NOT EXISTS (SELECT 1 FROM derive_queue WHERE record_rowid = old.rowid);
END;

-- Patrol lists: the unit's patrols newest first.
CREATE INDEX records_patrols ON records (unit_id, occurred_at_ms) WHERE entity = 'patrol';

-- Resolutions of conflict log entries by a supervisor: the value chosen
-- was written as a new change with the HLC `hlc`.
CREATE TABLE conflict_resolutions (
    conflict_id    INTEGER PRIMARY KEY,  -- conflicts.id
    unit_id        TEXT NOT NULL,
    resolved_at_ms INTEGER NOT NULL,
    user_id        TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    choice         TEXT NOT NULL,        -- 'kept', 'lost' or 'value'
    hlc            TEXT NOT NULL         -- '' when nothing had to be written
);

-- The team screen: each device's last push.
CREATE INDEX push_batches_by_device ON push_batches (device_id, created_at_ms);
