-- 0009: the supervisor tables hold a contact's commune without the spaces
-- around it ("Rennes " is the commune "Rennes" in filters, statistics and
-- the commune picker; sqlite_queries.cpp, commune_of). Contacts derived
-- before with such spaces are queued to be derived again: that moves
-- their visits and the counters to the trimmed commune.

INSERT INTO derive_queue (record_rowid)
SELECT rowid FROM records
WHERE entity = 'contact' AND deleted = 0
  AND json_extract(data, '$.commune') != trim(json_extract(data, '$.commune'))
  AND rowid NOT IN (SELECT record_rowid FROM derive_queue);
