//! Flows: short-lived step machines. Steps change state by compare-and-set on
//! `version`, so two concurrent inputs cannot both advance one flow.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Store, Tx};
use crate::clock::Timestamp;

#[derive(Debug, Clone)]
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

const COLUMNS: &str =
    "id, kind, account_id, awaiting, state, version, created_at, expires_at, completed_at, account_stamp";

fn from_row(r: &AnyRow) -> Result<FlowRow, sqlx::Error> {
    Ok(FlowRow {
        id: r.try_get(0)?,
        kind: r.try_get(1)?,
        account_id: r.try_get(2)?,
        awaiting: r.try_get(3)?,
        state: r.try_get(4)?,
        version: r.try_get(5)?,
        created_at: r.try_get(6)?,
        expires_at: r.try_get(7)?,
        completed_at: r.try_get(8)?,
        account_stamp: r.try_get(9)?,
    })
}

impl Store {
    pub async fn insert_flow(&self, f: &FlowRow) -> Result<(), sqlx::Error> {
        insert_flow_on(&self.pool, f).await
    }

    /// The same inside the caller's transaction (e.g. the approval that creates it).
    pub async fn insert_flow_in(tx: &mut Tx, f: &FlowRow) -> Result<(), sqlx::Error> {
        insert_flow_on(&mut **tx, f).await
    }

    pub async fn flow(&self, id: &str) -> Result<Option<FlowRow>, sqlx::Error> {
        let sql = format!("SELECT {COLUMNS} FROM flows WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Moves a flow to its next step if nobody else moved it first.
    pub async fn advance_flow(
        &self,
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
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The same, inside a transaction that does the flow's work (e.g. creating the account).
    pub async fn complete_flow_in(
        tx: &mut Tx,
        id: &str,
        version: i64,
        state: &str,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE flows SET awaiting = NULL, state = $1, completed_at = $2, version = version + 1 WHERE id = $3 AND version = $4",
        )
        .bind(state)
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut **tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn extend_flow(&self, id: &str, expires_at: Timestamp) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE flows SET expires_at = $1 WHERE id = $2")
            .bind(expires_at)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends a flow and kills its codes, in one transaction.
    pub async fn kill_flow(&self, id: &str) -> Result<(), sqlx::Error> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE codes SET dead = 1 WHERE flow_id = $1 AND used_at IS NULL")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM flows WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }

    pub async fn delete_flow(&self, id: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM flows WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }
}

async fn insert_flow_on<'e, E>(db: E, f: &FlowRow) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let sql =
        format!("INSERT INTO flows ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)");
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
        .execute(db)
        .await?;
    Ok(())
}
