//! Two-step verification state: the encrypted TOTP seed, the last accepted time
//! step (so a code works once), and recovery codes (keyed hashes, single use).

use super::{Store, Uow};
use crate::clock::Timestamp;

/// Two-step writes, inside a unit of work.
impl Uow {
    /// Stores the (encrypted) seed and replaces the recovery codes.
    pub async fn enable_two_step(
        &mut self,
        account_id: &str,
        seed_enc: &str,
        step: i64,
        code_hashes: &[String],
        now: Timestamp,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET totp_secret_enc = $1, totp_last_step = $2 WHERE id = $3")
            .bind(seed_enc)
            .bind(step)
            .bind(account_id)
            .execute(self.conn())
            .await?;
        self.replace_recovery_codes(account_id, code_hashes, now)
            .await
    }

    /// Removes the seed `seed_enc` (compare-and-set) and the recovery codes; false
    /// when the account holds another seed or none by now.
    pub async fn disable_two_step(
        &mut self,
        account_id: &str,
        seed_enc: &str,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET totp_secret_enc = NULL, totp_last_step = NULL WHERE id = $1 AND totp_secret_enc = $2",
        )
        .bind(account_id)
        .bind(seed_enc)
        .execute(self.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
            .bind(account_id)
            .execute(self.conn())
            .await?;
        Ok(true)
    }

    /// Replaces every recovery code of the account with `code_hashes`.
    pub async fn replace_recovery_codes(
        &mut self,
        account_id: &str,
        code_hashes: &[String],
        now: Timestamp,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
            .bind(account_id)
            .execute(self.conn())
            .await?;
        for h in code_hashes {
            sqlx::query("INSERT INTO recovery_codes (account_id, code_hash, created_at) VALUES ($1, $2, $3)")
                .bind(account_id)
                .bind(h)
                .bind(now)
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }
}

impl Store {
    /// Accepts a TOTP time step only if it is later than the last accepted one:
    /// a code works once, even under concurrent use. One compare-and-set statement:
    /// a unit of work on its own.
    pub async fn claim_totp_step(&self, account_id: &str, step: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(account_id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Uses a recovery code; true for exactly one caller. One compare-and-set
    /// statement: a unit of work on its own.
    pub async fn use_recovery_code(
        &self,
        account_id: &str,
        code_hash: &str,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(now)
        .bind(account_id)
        .bind(code_hash)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn recovery_codes_left(&self, account_id: &str) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL",
        )
        .bind(account_id)
        .fetch_one(&self.pool)
        .await
    }
}
