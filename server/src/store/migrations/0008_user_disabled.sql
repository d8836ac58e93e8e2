-- 0008: accounts can be disabled (a gendarme transferred out of the unit,
-- sync-protocol/SUPERVISOR-API.md §6). A disabled account keeps its name
-- on every record it wrote, but cannot sign in; disabling it ends its
-- devices' tokens (without wiping them: their unsent work is the unit's).
-- NULL: enabled.

ALTER TABLE users ADD COLUMN disabled_at_ms INTEGER;
