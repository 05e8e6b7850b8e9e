//! The writes of a "this wasn't me" report, each inside the caller's unit of work.

use super::Uow;
use crate::clock::Timestamp;

/// The reported event as stored: its kind and the device it names.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportedEvent {
    pub kind: String,
    pub device_id: Option<String>,
}

/// A device the report signed out.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportedDevice {
    pub name: String,
    pub ip: Option<String>,
    pub last_seen_at: Timestamp,
}

impl Uow {
    /// The account's own event `id`; another account's event is `None`, like an unknown one.
    pub async fn own_event(
        &mut self,
        account_id: &str,
        id: i64,
    ) -> Result<Option<ReportedEvent>, sqlx::Error> {
        sqlx::query_as("SELECT kind, device_id FROM activity WHERE id = $1 AND account_id = $2")
            .bind(id)
            .bind(account_id)
            .fetch_optional(self.conn())
            .await
    }

    /// Signs out the account's device if it is still signed in (compare-and-set on
    /// `revoked_at`, so a concurrent sign-out or report wins once).
    pub async fn revoke_live_device(
        &mut self,
        account_id: &str,
        device_id: &str,
        reason: &str,
        now: Timestamp,
    ) -> Result<Option<ReportedDevice>, sqlx::Error> {
        sqlx::query_as(
            "UPDATE devices SET revoked_at = $1, revoked_reason = $2 \
             WHERE id = $3 AND account_id = $4 AND revoked_at IS NULL AND refresh_expires_at > $1 \
             RETURNING name, ip, last_seen_at",
        )
        .bind(now)
        .bind(reason)
        .bind(device_id)
        .bind(account_id)
        .fetch_optional(self.conn())
        .await
    }
}
