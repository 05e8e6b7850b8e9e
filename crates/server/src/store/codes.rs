//! One-time codes: stored as keyed hashes, bound to flow, purpose and destination.
//! Every state change is one conditional statement, so a code succeeds at most once
//! and its try count holds under concurrent use.

use super::{Store, Uow};
use crate::clock::Timestamp;
use crate::kinds::CodePurpose;

pub struct NewCode<'a> {
    pub flow_id: &'a str,
    pub purpose: CodePurpose,
    pub destination: &'a str,
    pub code_hash: &'a str,
    pub now: Timestamp,
    pub expires_at: Timestamp,
}

/// The live code of a flow, as read before a try.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CodeCheck {
    pub id: i64,
    pub code_hash: String,
    pub destination: String,
    pub expires_at: Timestamp,
    pub attempts: i64,
    /// When it was issued (its send's cooldown started then).
    pub created_at: Timestamp,
}

/// Code writes, inside a unit of work.
impl Uow {
    /// Stores a new code and kills every older live code for the same destination
    /// and purpose (a resend kills older codes, in this flow and in parallel ones),
    /// in the unit that also enqueues the code's message.
    pub async fn insert_code(&mut self, c: &NewCode<'_>) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE codes SET dead = 1 WHERE destination = $1 AND purpose = $2 AND used_at IS NULL AND dead = 0",
        )
        .bind(c.destination)
        .bind(c.purpose.as_str())
        .execute(self.conn())
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
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Consumes the code in the unit that does what the code allows (e.g. creating
    /// the account), so it is used exactly when that commits; true for one caller.
    pub async fn consume_code(
        &mut self,
        code_id: i64,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let row = sqlx::query(
            "UPDATE codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND dead = 0 RETURNING id",
        )
        .bind(now)
        .bind(code_id)
        .fetch_optional(self.conn())
        .await?;
        Ok(row.is_some())
    }
}

impl Store {
    /// The newest live code of a flow.
    pub async fn live_code(&self, flow_id: &str) -> Result<Option<CodeCheck>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, code_hash, destination, expires_at, attempts, created_at FROM codes \
             WHERE flow_id = $1 AND used_at IS NULL AND dead = 0 ORDER BY id DESC LIMIT 1",
        )
        .bind(flow_id)
        .fetch_optional(&self.pool)
        .await
    }

    /// Takes one try from the code before it is compared; `None` when no try is left
    /// (or the code was used or killed meanwhile). Returns the tries used so far.
    /// One counting statement: a unit of work on its own, before the compare.
    pub async fn take_code_try(
        &self,
        code_id: i64,
        max_tries: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar(
            "UPDATE codes SET attempts = attempts + 1 WHERE id = $1 AND used_at IS NULL AND dead = 0 AND attempts < $2 RETURNING attempts",
        )
        .bind(code_id)
        .bind(max_tries)
        .fetch_optional(&self.pool)
        .await
    }

    /// Kills a code that ran out of tries. One statement: a unit of work on its own.
    pub async fn kill_code(&self, code_id: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE codes SET dead = 1 WHERE id = $1")
            .bind(code_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
