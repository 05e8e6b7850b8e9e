-- An administrator marked the password compromised: the next sign-in must set a new one.
ALTER TABLE accounts ADD COLUMN must_change_password BIGINT NOT NULL DEFAULT 0;
