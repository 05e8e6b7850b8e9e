//! One-time codes: stored as keyed hashes, bound to flow, purpose and destination.
//! Every state change is one conditional statement, so a code succeeds at most once
//! and its try count holds under concurrent use.

use sqlx::Row;

use super::{Store, Tx};
use crate::kinds::CodePurpose;

pub struct NewCode<'a> {
    pub flow_id: &'a str,
    pub purpose: CodePurpose,
    pub destination: &'a str,
    pub code_hash: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

/// The live code of a flow, as read before a try.
#[derive(Debug, Clone)]
pub struct CodeCheck {
    pub id: i64,
    pub code_hash: String,
    pub destination: String,
    pub expires_at: i64,
    pub attempts: i64,
    /// When it was issued (its send's cooldown started then).
    pub created_at: i64,
}

impl Store {
    /// Stores a new code and kills every older live code for the same destination
    /// and purpose (a resend kills older codes, in this flow and in parallel ones).
    pub async fn insert_code(&self, c: &NewCode<'_>) -> Result<(), sqlx::Error> {
        let mut tx = self.begin_write().await?;
        Self::insert_code_in(&mut tx, c).await?;
        tx.commit().await
    }

    /// The same inside a transaction, e.g. the one that also enqueues the code's message.
    pub async fn insert_code_in(tx: &mut Tx, c: &NewCode<'_>) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE codes SET dead = 1 WHERE destination = $1 AND purpose = $2 AND used_at IS NULL AND dead = 0",
        )
        .bind(c.destination)
        .bind(c.purpose.as_str())
        .execute(&mut **tx)
        .await?;
        sqlx::query(
            "INSERT INTO codes (flow_id, purpose, destination, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(c.flow_id)
        .bind(c.purpose.as_str())
        .bind(c.destination)
        .bind(c.code_hash)
        .bind(c.now)
        .bind(c.expires_at)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// The newest live code of a flow.
    pub async fn live_code(&self, flow_id: &str) -> Result<Option<CodeCheck>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT id, code_hash, destination, expires_at, attempts, created_at FROM codes \
             WHERE flow_id = $1 AND used_at IS NULL AND dead = 0 ORDER BY id DESC LIMIT 1",
        )
        .bind(flow_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(CodeCheck {
                id: r.try_get(0)?,
                code_hash: r.try_get(1)?,
                destination: r.try_get(2)?,
                expires_at: r.try_get(3)?,
                attempts: r.try_get(4)?,
                created_at: r.try_get(5)?,
            })
        })
        .transpose()
    }

    /// Takes one try from the code before it is compared; `None` when no try is left
    /// (or the code was used or killed meanwhile). Returns the tries used so far.
    pub async fn take_code_try(
        &self,
        code_id: i64,
        max_tries: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        let row = sqlx::query(
            "UPDATE codes SET attempts = attempts + 1 WHERE id = $1 AND used_at IS NULL AND dead = 0 AND attempts < $2 RETURNING attempts",
        )
        .bind(code_id)
        .bind(max_tries)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| r.try_get(0)).transpose()
    }

    /// Consumes the code; true for exactly one caller.
    pub async fn consume_code(&self, code_id: i64, now: i64) -> Result<bool, sqlx::Error> {
        consume_code_on(&self.pool, code_id, now).await
    }

    /// The same inside the transaction that does what the code allows (e.g. creating
    /// the account), so the code is used exactly when that commits.
    pub async fn consume_code_in(tx: &mut Tx, code_id: i64, now: i64) -> Result<bool, sqlx::Error> {
        consume_code_on(&mut **tx, code_id, now).await
    }

    pub async fn kill_code(&self, code_id: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE codes SET dead = 1 WHERE id = $1")
            .bind(code_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn kill_flow_codes(&self, flow_id: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE codes SET dead = 1 WHERE flow_id = $1 AND used_at IS NULL")
            .bind(flow_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

async fn consume_code_on<'e, E>(db: E, code_id: i64, now: i64) -> Result<bool, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let row = sqlx::query(
        "UPDATE codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND dead = 0 RETURNING id",
    )
    .bind(now)
    .bind(code_id)
    .fetch_optional(db)
    .await?;
    Ok(row.is_some())
}
