-- The device authorization grant (RFC 8628, issue 13). The device code is stored as a
-- SHA-256 hash and the user code as a keyed hash (server key), so neither can be used
-- from a database dump. A row goes pending -> approved | denied, approved -> used,
-- each by a compare-and-set on `status`.
CREATE TABLE oauth_device_codes (
    id               TEXT PRIMARY KEY,
    device_code_hash TEXT NOT NULL UNIQUE,
    user_code_hash   TEXT NOT NULL UNIQUE,
    client_id        TEXT NOT NULL,
    scopes           TEXT NOT NULL,
    device_name      TEXT NOT NULL,            -- from the asking device's user agent
    network          TEXT,                     -- the asking address's /24 (IPv4) or /48 (IPv6)
    status           TEXT NOT NULL,            -- pending, approved, denied or used
    poll_interval    BIGINT NOT NULL,          -- grows by 5 s on every slow_down
    last_polled_at   BIGINT,
    account_id       TEXT,                     -- set when approved
    grant_id         TEXT,                     -- set when approved for a client other than acctl
    auth_time        BIGINT,
    amr              TEXT,
    created_at       BIGINT NOT NULL,
    expires_at       BIGINT NOT NULL,
    decided_at       BIGINT
);
CREATE INDEX oauth_device_codes_expiry ON oauth_device_codes(expires_at);
