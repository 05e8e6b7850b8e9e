-- The OpenID Connect provider (issue 13): registered clients, signing keys, browser
-- sessions (each one a device, SECURITY.md 51), grants, authorization codes and the
-- tokens issued to clients. Secrets and tokens are stored as SHA-256 hashes only;
-- private keys are sealed with a key derived from the server key.

CREATE TABLE oauth_clients (
    id                        TEXT PRIMARY KEY,
    name                      TEXT NOT NULL,
    secret_hash               TEXT,                -- SHA-256 of the secret; NULL for a public client
    redirect_uris             TEXT NOT NULL,       -- JSON array, matched exactly (loopback: any port)
    post_logout_redirect_uris TEXT NOT NULL,       -- JSON array
    scopes                    TEXT NOT NULL,       -- space-separated scopes it may request
    id_token_alg              TEXT NOT NULL,       -- RS256, ES256 or EdDSA
    source                    TEXT NOT NULL,       -- admin, config or builtin
    created_at                BIGINT NOT NULL,
    updated_at                BIGINT NOT NULL,
    deleted_at                BIGINT               -- kept so an ID is never handed out again
);

CREATE TABLE oauth_signing_keys (
    kid            TEXT PRIMARY KEY,
    alg            TEXT NOT NULL,
    private_sealed TEXT NOT NULL,                  -- private key (RSA: PKCS#8 DER), sealed: never plaintext at rest
    public_jwk     TEXT NOT NULL,                  -- JSON, as published in the JWKS
    created_at     BIGINT NOT NULL,
    retired_at     BIGINT,                         -- no longer signs from then on
    publish_until  BIGINT                          -- dropped from the JWKS after this (its tokens expired)
);
CREATE INDEX oauth_signing_keys_alg ON oauth_signing_keys(alg, created_at);

-- A browser sign-in is a device: revoking the device ends the session on every replica.
CREATE TABLE oauth_browser_sessions (
    token_hash TEXT PRIMARY KEY,                   -- SHA-256 of the cookie value
    device_id  TEXT NOT NULL REFERENCES devices(id),
    account_id TEXT NOT NULL,
    auth_at    BIGINT NOT NULL,
    amr        TEXT NOT NULL,                      -- space-separated: pwd, sms, otp, mfa
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX oauth_browser_sessions_device ON oauth_browser_sessions(device_id);

CREATE TABLE oauth_grants (
    id           TEXT PRIMARY KEY,
    account_id   TEXT NOT NULL,
    client_id    TEXT NOT NULL,
    scopes       TEXT NOT NULL,
    granted_at   BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL,
    revoked_at   BIGINT
);
CREATE UNIQUE INDEX oauth_grants_pair ON oauth_grants(account_id, client_id);

CREATE TABLE oauth_codes (
    code_hash      TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL,
    account_id     TEXT NOT NULL,
    grant_id       TEXT NOT NULL,
    device_id      TEXT NOT NULL,                  -- the browser session it came from
    redirect_uri   TEXT NOT NULL,
    code_challenge TEXT,                           -- S256 only
    scopes         TEXT NOT NULL,
    nonce          TEXT,
    auth_time      BIGINT NOT NULL,
    amr            TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    expires_at     BIGINT NOT NULL,
    used_at        BIGINT                          -- set once, atomically; a second use revokes its tokens
);

-- Access and refresh tokens of clients. A family is every token descended from one
-- code: reuse of a rotated refresh token (after the grace) or of the code revokes it.
CREATE TABLE oauth_tokens (
    token_hash TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,                      -- access or refresh
    family     TEXT NOT NULL,
    grant_id   TEXT NOT NULL,
    client_id  TEXT NOT NULL,
    account_id TEXT NOT NULL,
    scopes     TEXT NOT NULL,
    auth_time  BIGINT NOT NULL,
    amr        TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT,                             -- refresh only: when it was rotated
    revoked_at BIGINT
);
CREATE INDEX oauth_tokens_family ON oauth_tokens(family);
CREATE INDEX oauth_tokens_grant ON oauth_tokens(grant_id);
