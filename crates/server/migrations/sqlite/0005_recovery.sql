-- Recovery tickets, staff notes, the staff audit log, contact history for evidence
-- scoring, and support locks.
ALTER TABLE accounts ADD COLUMN lock_reason TEXT;

-- Contacts an account had before, as keyed hashes (evidence scoring only).
CREATE TABLE previous_contacts (
    account_id TEXT NOT NULL,
    kind       TEXT NOT NULL,
    value_hash TEXT NOT NULL,
    added_at   BIGINT NOT NULL
);
CREATE INDEX previous_contacts_account ON previous_contacts(account_id);

CREATE TABLE tickets (
    id            TEXT PRIMARY KEY,
    account_id    TEXT,
    contact_email TEXT NOT NULL,
    status        TEXT NOT NULL,
    claimed_by    TEXT,
    evidence      TEXT NOT NULL,
    score         TEXT NOT NULL,
    secret_hash   TEXT NOT NULL,
    reset_flow_id TEXT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX tickets_status ON tickets(status, created_at);

CREATE TABLE ticket_notes (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id TEXT NOT NULL,
    author    TEXT NOT NULL,
    at        BIGINT NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX ticket_notes_ticket ON ticket_notes(ticket_id, id);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         BIGINT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    account_id TEXT,
    ticket_id  TEXT,
    reason     TEXT,
    request_id TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
