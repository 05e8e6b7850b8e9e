-- Core schema: accounts, devices (sessions), tokens, flows, codes, counters, activity.
-- Times are Unix seconds (UTC). Booleans are 0/1 integers.

CREATE TABLE accounts (
    id                  TEXT PRIMARY KEY,          -- 8-10 digit account ID; the row outlives deletion so the ID is never reused
    name                TEXT,
    phone               TEXT UNIQUE,               -- verified E.164
    email               TEXT UNIQUE,               -- verified, lower-cased
    password_hash       TEXT,                      -- argon2id PHC string
    password_changed_at BIGINT,
    totp_secret_enc     TEXT,
    totp_last_step      BIGINT,
    roles               TEXT NOT NULL DEFAULT '',
    created_at          BIGINT NOT NULL,
    deleted_at          BIGINT
);

CREATE TABLE devices (
    id                 TEXT PRIMARY KEY,
    account_id         TEXT NOT NULL REFERENCES accounts(id),
    name               TEXT NOT NULL,
    user_agent         TEXT,
    ip                 TEXT,
    created_at         BIGINT NOT NULL,
    last_seen_at       BIGINT NOT NULL,
    auth_at            BIGINT NOT NULL,            -- last sign-in or re-authentication
    refresh_expires_at BIGINT NOT NULL,            -- absolute end of the token family
    revoked_at         BIGINT,
    revoked_reason     TEXT
);
CREATE INDEX devices_account ON devices(account_id);

CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY,                   -- SHA-256 of the token; the token itself is never stored
    device_id  TEXT NOT NULL REFERENCES devices(id),
    expires_at BIGINT NOT NULL
);
CREATE INDEX access_tokens_device ON access_tokens(device_id);

CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    device_id  TEXT NOT NULL REFERENCES devices(id),
    created_at BIGINT NOT NULL,
    used_at    BIGINT                              -- set once, atomically, when rotated
);
CREATE INDEX refresh_tokens_device ON refresh_tokens(device_id);

CREATE TABLE flows (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    account_id   TEXT,
    awaiting     TEXT,                             -- NULL once complete
    state        TEXT NOT NULL,                    -- kind-specific JSON; never holds a plaintext secret
    version      BIGINT NOT NULL DEFAULT 0,        -- compare-and-set guard for concurrent steps
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    completed_at BIGINT
);

CREATE TABLE codes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    flow_id     TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    destination TEXT NOT NULL,
    code_hash   TEXT NOT NULL,                     -- HMAC(server key, purpose, destination, flow, code)
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    attempts    BIGINT NOT NULL DEFAULT 0,
    used_at     BIGINT,
    dead        BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX codes_flow ON codes(flow_id);
CREATE INDEX codes_destination ON codes(destination, purpose);

-- Windowed counters: code sends, code failures, per destination and per IP.
CREATE TABLE counters (
    key          TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    count        BIGINT NOT NULL,
    last_at      BIGINT NOT NULL
);

-- Password sign-in throttling; subject is an account or, for unknown logins, a keyed hash of the login.
CREATE TABLE login_throttle (
    subject         TEXT PRIMARY KEY,
    failures        BIGINT NOT NULL,
    last_failure_at BIGINT NOT NULL,
    locked_until    BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE activity (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  TEXT,
    at          BIGINT NOT NULL,
    kind        TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    method      TEXT,
    ip          TEXT,
    device_id   TEXT,
    device_name TEXT,
    user_agent  TEXT,
    reason      TEXT,
    request_id  TEXT
);
CREATE INDEX activity_account ON activity(account_id, id);

-- The activity log is append-only (SECURITY.md 33).
CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity
BEGIN SELECT RAISE(ABORT, 'activity is append-only'); END;
CREATE TRIGGER activity_no_delete BEFORE DELETE ON activity
BEGIN SELECT RAISE(ABORT, 'activity is append-only'); END;
