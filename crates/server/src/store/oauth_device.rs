//! Device authorization requests (RFC 8628): the device code's hash, the user code's
//! keyed hash, and where the request stands. Every change of `status` is a
//! compare-and-set, so a code is approved (or denied) once and redeemed once.

use super::{Store, Uow};
use crate::clock::Timestamp;

/// A device authorization request, as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeviceCodeRow {
    pub id: String,
    pub device_code_hash: String,
    pub user_code_hash: String,
    pub client_id: String,
    pub scopes: String,
    pub device_name: String,
    pub network: Option<String>,
    /// `pending`, `approved`, `denied` or `used`.
    pub status: String,
    pub poll_interval: i64,
    pub last_polled_at: Option<Timestamp>,
    pub account_id: Option<String>,
    pub grant_id: Option<String>,
    pub auth_time: Option<Timestamp>,
    pub amr: Option<String>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub decided_at: Option<Timestamp>,
}

const COLUMNS: &str = "id, device_code_hash, user_code_hash, client_id, scopes, device_name, network, status, poll_interval, last_polled_at, account_id, grant_id, auth_time, amr, created_at, expires_at, decided_at";

/// What the approval records.
#[derive(Debug, Clone)]
pub struct DeviceDecision<'a> {
    pub approved: bool,
    pub account_id: &'a str,
    pub grant_id: Option<&'a str>,
    pub auth_time: Timestamp,
    pub amr: &'a str,
}

impl Store {
    /// A new request; false when the user code (or device code) is taken, so the
    /// caller draws another. One statement: a unit of work of its own.
    pub async fn insert_device_code(&self, r: &DeviceCodeRow) -> Result<bool, sqlx::Error> {
        let sql = format!(
            "INSERT INTO oauth_device_codes ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
             ON CONFLICT DO NOTHING"
        );
        let done = sqlx::query(&sql)
            .bind(&r.id)
            .bind(&r.device_code_hash)
            .bind(&r.user_code_hash)
            .bind(&r.client_id)
            .bind(&r.scopes)
            .bind(&r.device_name)
            .bind(&r.network)
            .bind(&r.status)
            .bind(r.poll_interval)
            .bind(r.last_polled_at)
            .bind(&r.account_id)
            .bind(&r.grant_id)
            .bind(r.auth_time)
            .bind(&r.amr)
            .bind(r.created_at)
            .bind(r.expires_at)
            .bind(r.decided_at)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn device_code_by_hash(
        &self,
        device_code_hash: &str,
    ) -> Result<Option<DeviceCodeRow>, sqlx::Error> {
        let sql = format!("SELECT {COLUMNS} FROM oauth_device_codes WHERE device_code_hash = $1");
        sqlx::query_as(&sql)
            .bind(device_code_hash)
            .fetch_optional(&self.pool)
            .await
    }

    pub async fn device_code_by_user_code(
        &self,
        user_code_hash: &str,
    ) -> Result<Option<DeviceCodeRow>, sqlx::Error> {
        let sql = format!("SELECT {COLUMNS} FROM oauth_device_codes WHERE user_code_hash = $1");
        sqlx::query_as(&sql)
            .bind(user_code_hash)
            .fetch_optional(&self.pool)
            .await
    }

    pub async fn device_code(&self, id: &str) -> Result<Option<DeviceCodeRow>, sqlx::Error> {
        let sql = format!("SELECT {COLUMNS} FROM oauth_device_codes WHERE id = $1");
        sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
    }

    /// Counts a poll: when it comes sooner than the interval after the last one, the
    /// interval grows by `step` and `true` (slow down) is returned (RFC 8628 §3.5).
    /// One statement each: a counter, a unit of work of its own.
    pub async fn poll_device_code(
        &self,
        id: &str,
        now: Timestamp,
        step: i64,
    ) -> Result<bool, sqlx::Error> {
        let slowed = sqlx::query(
            "UPDATE oauth_device_codes SET poll_interval = poll_interval + $3, last_polled_at = $2 \
             WHERE id = $1 AND last_polled_at IS NOT NULL AND last_polled_at + poll_interval > $2",
        )
        .bind(id)
        .bind(now)
        .bind(step)
        .execute(&self.pool)
        .await?;
        if slowed.rows_affected() == 1 {
            return Ok(true);
        }
        // Only a poll at least an interval after the last one moves the mark, so a
        // burst in the same instant is one poll and the rest slow down.
        let counted = sqlx::query(
            "UPDATE oauth_device_codes SET last_polled_at = $2 WHERE id = $1 \
             AND (last_polled_at IS NULL OR last_polled_at + poll_interval <= $2)",
        )
        .bind(id)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(counted.rows_affected() == 0)
    }

    /// Housekeeping: requests a day past their expiry.
    pub async fn purge_expired_device_codes(&self, before: i64) -> Result<u64, sqlx::Error> {
        Ok(
            sqlx::query("DELETE FROM oauth_device_codes WHERE expires_at < $1")
                .bind(before)
                .execute(&self.pool)
                .await?
                .rows_affected(),
        )
    }
}

impl Uow {
    /// Approves or denies a pending, unexpired request: the compare-and-set that lets
    /// a code be decided once. False when it was decided already or has expired.
    pub async fn decide_device_code(
        &mut self,
        id: &str,
        d: &DeviceDecision<'_>,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE oauth_device_codes SET status = $2, account_id = $3, grant_id = $4, auth_time = $5, \
             amr = $6, decided_at = $7 WHERE id = $1 AND status = 'pending' AND expires_at > $7",
        )
        .bind(id)
        .bind(if d.approved { "approved" } else { "denied" })
        .bind(d.account_id)
        .bind(d.grant_id)
        .bind(d.auth_time)
        .bind(d.amr)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Redeems an approved request: approved → used, once.
    pub async fn redeem_device_code(&mut self, id: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE oauth_device_codes SET status = 'used' WHERE id = $1 AND status = 'approved'",
        )
        .bind(id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
