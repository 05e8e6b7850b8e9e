-- Password checks are reserved before argon2 runs, so a burst evaluates at most the free
-- failures: `pending` counts checks in flight (stale after a minute, in case one died).
ALTER TABLE login_throttle ADD COLUMN pending BIGINT NOT NULL DEFAULT 0;
ALTER TABLE login_throttle ADD COLUMN pending_at BIGINT NOT NULL DEFAULT 0;
-- What the account looked like when a flow began (password, support lock), so finishing
-- the flow can refuse when it changed meanwhile (SECURITY.md 7, 29).
ALTER TABLE flows ADD COLUMN account_stamp TEXT;
