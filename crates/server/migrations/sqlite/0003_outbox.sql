-- Outbox: every code, link and notice waits here until a courier has taken it, so a
-- crash after "code sent" loses nothing and replicas never send one message twice.
-- Times in this table are Unix milliseconds (retries back off in fractions of a second).

-- The account's language for messages (BCP 47, e.g. `en`, `zh-Hans`); NULL = English.
ALTER TABLE accounts ADD COLUMN language TEXT;

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    channel         TEXT NOT NULL,                  -- sms | email
    destination     TEXT NOT NULL,
    purpose         TEXT NOT NULL,
    account_id      TEXT,                           -- for the activity log, when known
    request_id      TEXT,
    payload         TEXT,                           -- JSON {code, link, text, language}; NULL once sent or given up
    status          TEXT NOT NULL DEFAULT 'pending', -- pending | sent | failed
    attempts        BIGINT NOT NULL DEFAULT 0,      -- claims so far (each claim is one attempt)
    created_at_ms   BIGINT NOT NULL,
    next_attempt_ms BIGINT NOT NULL,
    lease_until_ms  BIGINT NOT NULL DEFAULT 0,      -- a claim holds until then; a crashed claimant's lease runs out
    claimed_by      TEXT,                           -- replica id of the claimant
    expires_at_ms   BIGINT NOT NULL,                -- not delivered by then = given up (a code past its lifetime is useless)
    sent_at_ms      BIGINT,
    last_error      TEXT                            -- courier error, never a secret
);
CREATE INDEX outbox_due ON outbox(next_attempt_ms) WHERE status = 'pending';
CREATE INDEX outbox_created ON outbox(created_at_ms);
