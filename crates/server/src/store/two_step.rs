//! Two-step verification state: the encrypted TOTP seed, the last accepted time
//! step (so a code works once), and recovery codes (keyed hashes, single use).

use sqlx::Row;

use super::Store;

impl Store {
    /// Stores the (encrypted) seed and replaces the recovery codes, in one transaction.
    pub async fn enable_two_step(
        &self,
        account_id: &str,
        seed_enc: &str,
        step: i64,
        code_hashes: &[String],
        now: i64,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE accounts SET totp_secret_enc = $1, totp_last_step = $2 WHERE id = $3")
            .bind(seed_enc)
            .bind(step)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        Self::replace_recovery_codes_in(&mut tx, account_id, code_hashes, now).await?;
        tx.commit().await
    }

    /// Removes the seed `seed_enc` (compare-and-set) and the recovery codes; false
    /// when the account holds another seed or none by now.
    pub async fn disable_two_step(
        &self,
        account_id: &str,
        seed_enc: &str,
    ) -> Result<bool, sqlx::Error> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE accounts SET totp_secret_enc = NULL, totp_last_step = NULL WHERE id = $1 AND totp_secret_enc = $2",
        )
        .bind(account_id)
        .bind(seed_enc)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn replace_recovery_codes(
        &self,
        account_id: &str,
        code_hashes: &[String],
        now: i64,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.begin_write().await?;
        Self::replace_recovery_codes_in(&mut tx, account_id, code_hashes, now).await?;
        tx.commit().await
    }

    async fn replace_recovery_codes_in(
        tx: &mut super::Tx,
        account_id: &str,
        code_hashes: &[String],
        now: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
            .bind(account_id)
            .execute(&mut **tx)
            .await?;
        for h in code_hashes {
            sqlx::query("INSERT INTO recovery_codes (account_id, code_hash, created_at) VALUES ($1, $2, $3)")
                .bind(account_id)
                .bind(h)
                .bind(now)
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }

    /// Accepts a TOTP time step only if it is later than the last accepted one:
    /// a code works once, even under concurrent use.
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

    /// Uses a recovery code; true for exactly one caller.
    pub async fn use_recovery_code(
        &self,
        account_id: &str,
        code_hash: &str,
        now: i64,
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
        let row = sqlx::query(
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL",
        )
        .bind(account_id)
        .fetch_one(&self.pool)
        .await?;
        row.try_get(0)
    }

    /// Changes the password from `old_hash` (compare-and-set: a concurrent change or
    /// reset wins and this one writes nothing; every hash has its own salt, so the
    /// hash is a version) and signs out every device; the caller opens a new session
    /// in the same transaction. False when the stored hash is not `old_hash`.
    pub async fn replace_password_in(
        tx: &mut super::Tx,
        account_id: &str,
        old_hash: &str,
        new_hash: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2, must_change_password = 0 WHERE id = $3 AND password_hash = $4")
            .bind(new_hash)
            .bind(now)
            .bind(account_id)
            .bind(old_hash)
            .execute(&mut **tx)
            .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE devices SET revoked_at = $1, revoked_reason = 'password_changed' WHERE account_id = $2 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
        sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
            .bind(format!("acct:{account_id}"))
            .execute(&mut **tx)
            .await?;
        Ok(true)
    }
}
