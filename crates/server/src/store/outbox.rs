//! The outbox: messages waiting for a courier. Claims are single conditional
//! statements with a lease, so any number of replicas can drain one table: a
//! message is held by one claimant at a time, and a crashed claimant's messages
//! come due again when its lease runs out.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Backend, Store};

/// A message to enqueue, already claimed by the enqueuing replica for its first attempt.
pub struct NewOutboxMessage<'a> {
    pub channel: &'a str,
    pub destination: &'a str,
    pub purpose: &'a str,
    pub account_id: Option<&'a str>,
    pub request_id: Option<&'a str>,
    /// JSON with the code and text; erased once the message is sent or given up.
    pub payload: &'a str,
    pub now_ms: i64,
    pub expires_at_ms: i64,
    pub claimed_by: &'a str,
    pub lease_until_ms: i64,
}

/// A claimed message: the claimant may deliver it until its lease ends.
#[derive(Debug, Clone)]
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

const COLUMNS: &str =
    "id, channel, destination, purpose, account_id, request_id, payload, attempts, expires_at_ms";

fn from_row(r: &AnyRow) -> Result<OutboxRow, sqlx::Error> {
    Ok(OutboxRow {
        id: r.try_get(0)?,
        channel: r.try_get(1)?,
        destination: r.try_get(2)?,
        purpose: r.try_get(3)?,
        account_id: r.try_get(4)?,
        request_id: r.try_get(5)?,
        payload: r.try_get(6)?,
        attempts: r.try_get(7)?,
        expires_at_ms: r.try_get(8)?,
    })
}

impl Store {
    /// Stores a message claimed by its enqueuer (its first attempt counts at once).
    pub async fn enqueue_message(&self, m: &NewOutboxMessage<'_>) -> Result<i64, sqlx::Error> {
        let row = sqlx::query(
            "INSERT INTO outbox (channel, destination, purpose, account_id, request_id, payload, status, attempts, \
               created_at_ms, next_attempt_ms, lease_until_ms, claimed_by, expires_at_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, 'pending', 1, $7, $7, $8, $9, $10) RETURNING id",
        )
        .bind(m.channel)
        .bind(m.destination)
        .bind(m.purpose)
        .bind(m.account_id)
        .bind(m.request_id)
        .bind(m.payload)
        .bind(m.now_ms)
        .bind(m.lease_until_ms)
        .bind(m.claimed_by)
        .bind(m.expires_at_ms)
        .fetch_one(&self.pool)
        .await?;
        row.try_get(0)
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
        let row = sqlx::query(&sql)
            .bind(replica)
            .bind(lease_until_ms)
            .bind(now_ms)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Claims one message by id, if it is still pending, due, and unclaimed or held
    /// by this replica already.
    pub async fn claim_message(
        &self,
        id: i64,
        replica: &str,
        now_ms: i64,
        lease_until_ms: i64,
    ) -> Result<Option<OutboxRow>, sqlx::Error> {
        let sql = format!(
            "UPDATE outbox SET claimed_by = $1, lease_until_ms = $2, attempts = attempts + 1 \
             WHERE id = $3 AND status = 'pending' AND next_attempt_ms <= $4 \
               AND (lease_until_ms <= $4 OR claimed_by = $1) \
             RETURNING {COLUMNS}"
        );
        let row = sqlx::query(&sql)
            .bind(replica)
            .bind(lease_until_ms)
            .bind(id)
            .bind(now_ms)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(from_row).transpose()
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

    /// Releases this replica's claim, so any replica may attempt the message when due.
    pub async fn release_message(&self, id: i64, replica: &str) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE outbox SET claimed_by = NULL, lease_until_ms = 0 \
             WHERE id = $1 AND status = 'pending' AND claimed_by = $2",
        )
        .bind(id)
        .bind(replica)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Gives a message up and erases its code and text. False when it was no longer
    /// pending (sent or given up by someone else meanwhile).
    pub async fn mark_message_failed(&self, id: i64, error: &str) -> Result<bool, sqlx::Error> {
        let row = sqlx::query(
            "UPDATE outbox SET status = 'failed', payload = NULL, claimed_by = NULL, lease_until_ms = 0, \
               last_error = $1 WHERE id = $2 AND status = 'pending' RETURNING id",
        )
        .bind(error)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    /// `pending`, `sent` or `failed`.
    pub async fn message_status(&self, id: i64) -> Result<Option<String>, sqlx::Error> {
        let row = sqlx::query("SELECT status FROM outbox WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| r.try_get(0)).transpose()
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

    /// The live account whose verified phone or email is `destination`, with its
    /// message language: whom a message concerns, and in which language to write it.
    pub async fn contact_owner(
        &self,
        destination: &str,
    ) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT id, language FROM accounts WHERE (phone = $1 OR email = $1) AND deleted_at IS NULL",
        )
        .bind(destination)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }
}
