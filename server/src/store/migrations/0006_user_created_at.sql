-- 0006: when each account was created, for the team list
-- (GET /api/v1/admin/users, sync-protocol/SUPERVISOR-API.md §6). Accounts
-- created before this migration have none (NULL). A trigger stamps new
-- rows, so that every writer of users (the CLI, the API, the demo seed)
-- records it without a change of its statement.

ALTER TABLE users ADD COLUMN created_at_ms INTEGER;

CREATE TRIGGER users_created_at AFTER INSERT ON users
WHEN NEW.created_at_ms IS NULL
BEGIN
    UPDATE users SET created_at_ms = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE id = NEW.id;
END;
