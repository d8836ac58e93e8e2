-- 0005: statistics of a filtered period from counters (issue 6).
-- visit_daily_by counts the visits of a unit per Europe/Paris day (as in
-- 0003) for one filter value and one counted key: "of the visits of commune
-- Rennes on day d, n have topic drugs". /stats with one filter among
-- commune, category, author, topic and action reads the rows of that filter
-- value over the period (a few thousand) instead of counting its visits.
--   fdim, fkey  the filter: 'author', 'commune', 'category', 'topic' or
--               'action', and its value
--   dim, key    what is counted, as in visit_daily: 'total' (key ''),
--               'author', 'commune', 'category', 'topic', 'action'
-- A visit with topics T and actions A counts once in every (filter, key)
-- pair of its keys {author, commune, category} + T + A, the total included.
-- derive_pending() (server/src/store/sqlite_queries.cpp) keeps it: it sums
-- the changes of a chunk (visits in and out, visits of a contact that moved
-- to another commune or category) and writes each key once; a count may
-- reach 0 and stay.

CREATE TABLE visit_daily_by (
    unit_id TEXT NOT NULL,
    fdim    TEXT NOT NULL,
    fkey    TEXT NOT NULL,
    day     INTEGER NOT NULL,
    dim     TEXT NOT NULL,
    key     TEXT NOT NULL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (unit_id, fdim, fkey, day, dim, key)
) WITHOUT ROWID;

-- The visits already derived are counted here once; those still queued
-- are counted by derive_pending() as usual.
CREATE TEMP TABLE visit_keys_0005 AS
    SELECT record_rowid AS rid, unit_id, day, 'author' AS dim, author_id AS key FROM visit_facts
    UNION ALL SELECT record_rowid, unit_id, day, 'commune', commune FROM visit_facts
    UNION ALL SELECT record_rowid, unit_id, day, 'category', category FROM visit_facts
    UNION ALL SELECT record_rowid, unit_id, day, kind, code FROM visit_codes;
CREATE INDEX temp.visit_keys_0005_by_rid ON visit_keys_0005 (rid);

INSERT INTO visit_daily_by (unit_id, fdim, fkey, day, dim, key, n)
SELECT f.unit_id, f.dim, f.key, f.day, 'total', '', count(*)
FROM visit_keys_0005 f GROUP BY 1, 2, 3, 4
UNION ALL
SELECT f.unit_id, f.dim, f.key, f.day, c.dim, c.key, count(*)
FROM visit_keys_0005 f JOIN visit_keys_0005 c ON c.rid = f.rid GROUP BY 1, 2, 3, 4, 5, 6;

DROP TABLE visit_keys_0005;
