//! Flows: short-lived step machines. Steps change state by compare-and-set on
//! `version`, so two concurrent inputs cannot both advance one flow.

use super::{Store, Uow};
use crate::clock::Timestamp;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FlowRow {
    pub id: String,
    pub kind: String,
    pub account_id: Option<String>,
    pub awaiting: Option<String>,
    pub state: String,
    pub version: i64,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub completed_at: Option<Timestamp>,
    /// The account's state when the flow began (see `App::account_stamp`).
    pub account_stamp: Option<String>,
}

/// The columns of [`FlowRow`], decoded by name.
const COLUMNS: &str =
    "id, kind, account_id, awaiting, state, version, created_at, expires_at, completed_at, account_stamp";

impl Store {
    pub async fn flow(&self, id: &str) -> Result<Option<FlowRow>, sqlx::Error> {
        let sql = format!("SELECT {COLUMNS} FROM flows WHERE id = $1");
        sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
    }

    /// Live password-reset flows of an account waiting out the delay.
    pub async fn waiting_resets(&self, account_id: &str) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(WAITING_RESETS)
            .bind(account_id)
            .fetch_all(&self.pool)
            .await
    }
}

const WAITING_RESETS: &str = "SELECT id FROM flows WHERE account_id = $1 AND kind = 'password_reset' AND awaiting = 'wait' AND completed_at IS NULL";

/// Flow writes, inside a unit of work.
impl Uow {
    pub async fn insert_flow(&mut self, f: &FlowRow) -> Result<(), sqlx::Error> {
        let sql = format!(
            "INSERT INTO flows ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
        );
        sqlx::query(&sql)
            .bind(&f.id)
            .bind(&f.kind)
            .bind(&f.account_id)
            .bind(&f.awaiting)
            .bind(&f.state)
            .bind(f.version)
            .bind(f.created_at)
            .bind(f.expires_at)
            .bind(f.completed_at)
            .bind(&f.account_stamp)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Moves a flow to its next step if nobody else moved it first (compare-and-set
    /// on `version`); `completed_at` set completes it.
    pub async fn advance_flow(
        &mut self,
        id: &str,
        version: i64,
        awaiting: Option<&str>,
        state: &str,
        completed_at: Option<Timestamp>,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE flows SET awaiting = $1, state = $2, completed_at = $3, version = version + 1 WHERE id = $4 AND version = $5",
        )
        .bind(awaiting)
        .bind(state)
        .bind(completed_at)
        .bind(id)
        .bind(version)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Completes a flow (compare-and-set on `version`) in the unit that does its work
    /// (e.g. creating the account).
    pub async fn complete_flow(
        &mut self,
        id: &str,
        version: i64,
        state: &str,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        self.advance_flow(id, version, None, state, Some(now)).await
    }

    pub async fn extend_flow(
        &mut self,
        id: &str,
        expires_at: Timestamp,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE flows SET expires_at = $1 WHERE id = $2")
            .bind(expires_at)
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Ends a flow and kills its unused codes; false when it was gone already.
    pub async fn kill_flow(&mut self, id: &str) -> Result<bool, sqlx::Error> {
        sqlx::query("UPDATE codes SET dead = 1 WHERE flow_id = $1 AND used_at IS NULL")
            .bind(id)
            .execute(self.conn())
            .await?;
        let done = sqlx::query("DELETE FROM flows WHERE id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Every waiting reset of an account, read inside the unit that cancels them.
    pub async fn waiting_resets(&mut self, account_id: &str) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(WAITING_RESETS)
            .bind(account_id)
            .fetch_all(self.conn())
            .await
    }
}
