//! The outbox: messages waiting for a courier. Claims are single conditional
//! statements with a lease, so any number of replicas can drain one table: a
//! message is held by one claimant at a time, and a crashed claimant's messages
//! come due again when its lease runs out.

use super::{Backend, Store, Uow};

async fn insert_message<'e, E>(db: E, m: &NewOutboxMessage<'_>) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query_scalar(
        "INSERT INTO outbox (channel, destination, purpose, account_id, request_id, flow_id, payload, \
           status, attempts, created_at_ms, next_attempt_ms, lease_until_ms, expires_at_ms) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', 0, $8, $8, 0, $9) RETURNING id",
    )
    .bind(m.channel)
    .bind(m.destination)
    .bind(m.purpose)
    .bind(m.account_id)
    .bind(m.request_id)
    .bind(m.flow_id)
    .bind(m.payload)
    .bind(m.now_ms)
    .bind(m.expires_at_ms)
    .fetch_one(db)
    .await
}

/// A message to enqueue, unclaimed: any replica's drainer may take it at once.
pub struct NewOutboxMessage<'a> {
    pub channel: &'a str,
    pub destination: &'a str,
    pub purpose: &'a str,
    pub account_id: Option<&'a str>,
    pub request_id: Option<&'a str>,
    /// The flow the message belongs to, if any (for `Flow.delivery`).
    pub flow_id: Option<&'a str>,
    /// The sealed code and text (never plaintext); erased once sent or given up.
    pub payload: &'a str,
    pub now_ms: i64,
    pub expires_at_ms: i64,
}

/// How the newest message of a flow is getting on.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FlowDelivery {
    /// `pending`, `sent`, `failed` or `dropped` (a stand-in's, never delivered).
    pub status: String,
    pub created_at_ms: i64,
}

/// A claimed message: the claimant may deliver it until its lease ends.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: i64,
    pub channel: String,
    pub destination: String,
    pub purpose: String,
    pub account_id: Option<String>,
    pub request_id: Option<String>,
    pub payload: Option<String>,
    /// Attempts so far, this one included.
    pub attempts: i64,
    pub expires_at_ms: i64,
}

/// The columns of [`OutboxRow`], decoded by name.
const COLUMNS: &str =
    "id, channel, destination, purpose, account_id, request_id, payload, attempts, expires_at_ms";

impl Uow {
    /// Stores a message inside the unit that decides to send it, so it exists
    /// exactly when that decision is committed.
    pub async fn enqueue_message(&mut self, m: &NewOutboxMessage<'_>) -> Result<i64, sqlx::Error> {
        insert_message(self.conn(), m).await
    }

    /// Gives a message up and erases its code and text, in the unit that records the
    /// give-up in the owner's activity. False when it was no longer pending (sent or
    /// given up by someone else meanwhile).
    pub async fn mark_message_failed(&mut self, id: i64, error: &str) -> Result<bool, sqlx::Error> {
        let row = sqlx::query(
            "UPDATE outbox SET status = 'failed', payload = NULL, claimed_by = NULL, lease_until_ms = 0, \
               last_error = $1 WHERE id = $2 AND status = 'pending' RETURNING id",
        )
        .bind(error)
        .bind(id)
        .fetch_optional(self.conn())
        .await?;
        Ok(row.is_some())
    }
}

/// The drainers' side: each method is one conditional statement on a claimed
/// message, a unit of work on its own.
impl Store {
    /// Stores a message that no other write goes with (a notice that announces
    /// nothing stored). One insert: a unit of work on its own.
    pub async fn enqueue_message(&self, m: &NewOutboxMessage<'_>) -> Result<i64, sqlx::Error> {
        insert_message(&self.pool, m).await
    }

    /// Claims the oldest due message. The outer conditions repeat the inner ones because
    /// PostgreSQL re-checks only the outer WHERE on a row a concurrent claim just changed;
    /// `SKIP LOCKED` lets replicas pass over each other's rows instead of queueing on them.
    pub async fn claim_due_message(
        &self,
        replica: &str,
        now_ms: i64,
        lease_until_ms: i64,
    ) -> Result<Option<OutboxRow>, sqlx::Error> {
        let lock = match self.backend {
            Backend::Postgres => " FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE outbox SET claimed_by = $1, lease_until_ms = $2, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_ms <= $3 \
                           AND lease_until_ms <= $3 ORDER BY next_attempt_ms, id LIMIT 1{lock}) \
               AND status = 'pending' AND next_attempt_ms <= $3 AND lease_until_ms <= $3 \
             RETURNING {COLUMNS}"
        );
        sqlx::query_as(&sql)
            .bind(replica)
            .bind(lease_until_ms)
            .bind(now_ms)
            .fetch_optional(&self.pool)
            .await
    }

    /// Records a successful attempt and erases the code and text in the same statement.
    /// False when the message was no longer pending (given up meanwhile).
    pub async fn mark_message_sent(&self, id: i64, now_ms: i64) -> Result<bool, sqlx::Error> {
        let row = sqlx::query(
            "UPDATE outbox SET status = 'sent', sent_at_ms = $1, payload = NULL, claimed_by = NULL, \
               lease_until_ms = 0, last_error = NULL \
             WHERE id = $2 AND status = 'pending' RETURNING id",
        )
        .bind(now_ms)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    /// Records a failed attempt and schedules the next at `next_attempt_ms`. The claim
    /// is kept until `lease_until_ms` (0 releases it, so any replica may retry).
    pub async fn schedule_message_retry(
        &self,
        id: i64,
        replica: &str,
        next_attempt_ms: i64,
        lease_until_ms: i64,
        error: &str,
    ) -> Result<bool, sqlx::Error> {
        let row = sqlx::query(
            "UPDATE outbox SET next_attempt_ms = $1, last_error = $2, lease_until_ms = $3, \
               claimed_by = CASE WHEN $3 > 0 THEN claimed_by ELSE NULL END \
             WHERE id = $4 AND status = 'pending' AND claimed_by = $5 RETURNING id",
        )
        .bind(next_attempt_ms)
        .bind(error)
        .bind(lease_until_ms)
        .bind(id)
        .bind(replica)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    /// Erases a stand-in's payload without delivering it (`dropped`); false when it
    /// was no longer pending.
    pub async fn mark_message_dropped(&self, id: i64, now_ms: i64) -> Result<bool, sqlx::Error> {
        let row = sqlx::query(
            "UPDATE outbox SET status = 'dropped', sent_at_ms = $1, payload = NULL, claimed_by = NULL, \
               lease_until_ms = 0 WHERE id = $2 AND status = 'pending' RETURNING id",
        )
        .bind(now_ms)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    /// The newest message of a flow.
    pub async fn flow_delivery(&self, flow_id: &str) -> Result<Option<FlowDelivery>, sqlx::Error> {
        sqlx::query_as(
            "SELECT status, created_at_ms FROM outbox WHERE flow_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(flow_id)
        .fetch_optional(&self.pool)
        .await
    }

    /// Messages not yet sent, dropped or given up (tests wait for zero; operators watch it).
    pub async fn pending_message_count(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
            .fetch_one(&self.pool)
            .await
    }

    /// Deletes the metadata of finished messages older than `before_ms`.
    pub async fn purge_outbox(&self, before_ms: i64) -> Result<u64, sqlx::Error> {
        let done =
            sqlx::query("DELETE FROM outbox WHERE status <> 'pending' AND created_at_ms < $1")
                .bind(before_ms)
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected())
    }
}
