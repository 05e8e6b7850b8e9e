//! Devices and their token families. A device is one refresh-token family;
//! revoking it is one write that every replica sees on the next request.

use super::accounts::JOINED_COLUMNS;
use super::{AccountRow, Store, Uow};
use crate::clock::Timestamp;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeviceRow {
    pub id: String,
    pub account_id: String,
    pub name: String,
    pub user_agent: Option<String>,
    pub ip: Option<String>,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub auth_at: Timestamp,
    pub refresh_expires_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
}

const DEVICE_COLUMNS: &str = "id, account_id, name, user_agent, ip, created_at, last_seen_at, auth_at, refresh_expires_at, revoked_at";

/// A row of the access-context join: the token's device columns (aliased, as the
/// account's columns keep their names) and the account.
#[derive(sqlx::FromRow)]
struct AccessRow {
    ctx_account_id: String,
    ctx_device_id: String,
    ctx_expires_at: Timestamp,
    ctx_revoked_at: Option<Timestamp>,
    ctx_last_seen_at: Timestamp,
    ctx_auth_at: Timestamp,
    #[sqlx(flatten)]
    account: AccountRow,
}

/// A refresh token's device and when it was used.
#[derive(sqlx::FromRow)]
struct RefreshRow {
    device_id: String,
    used_at: Option<Timestamp>,
}

/// What an access token grants, with the account, read in one query per request.
#[derive(Debug, Clone)]
pub struct AccessContext {
    pub account_id: String,
    pub device_id: String,
    pub expires_at: Timestamp,
    pub revoked: bool,
    pub last_seen_at: Timestamp,
    pub auth_at: Timestamp,
    pub account: AccountRow,
}

/// The outcome of presenting a refresh token.
#[derive(Debug, Clone)]
pub enum RefreshUse {
    /// Unknown token.
    Unknown,
    /// The device was signed out.
    Revoked,
    /// This call rotated the token.
    Rotated { device: DeviceRow },
    /// Already rotated `ago` seconds ago (a replay, or a lost response).
    AlreadyUsed {
        device: DeviceRow,
        used_at: Timestamp,
    },
}

/// Device and token writes, inside a unit of work.
impl Uow {
    pub async fn insert_device(&mut self, d: &DeviceRow) -> Result<(), sqlx::Error> {
        let sql = format!(
            "INSERT INTO devices ({DEVICE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
        );
        sqlx::query(&sql)
            .bind(&d.id)
            .bind(&d.account_id)
            .bind(&d.name)
            .bind(&d.user_agent)
            .bind(&d.ip)
            .bind(d.created_at)
            .bind(d.last_seen_at)
            .bind(d.auth_at)
            .bind(d.refresh_expires_at)
            .bind(d.revoked_at)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn insert_access_token(
        &mut self,
        token_hash: &str,
        device_id: &str,
        expires_at: Timestamp,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO access_tokens (token_hash, device_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(device_id)
        .bind(expires_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn insert_refresh_token(
        &mut self,
        token_hash: &str,
        device_id: &str,
        now: Timestamp,
    ) -> Result<(), sqlx::Error> {
        // A replay inside the grace window re-derives the same successor; it is already there.
        sqlx::query(
            "INSERT INTO refresh_tokens (token_hash, device_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (token_hash) DO NOTHING",
        )
        .bind(token_hash)
        .bind(device_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

impl Store {
    /// The device and account behind an access token, if the token exists.
    pub async fn access_context(
        &self,
        token_hash: &str,
    ) -> Result<Option<AccessContext>, sqlx::Error> {
        let sql = format!(
            "SELECT d.account_id AS ctx_account_id, d.id AS ctx_device_id, t.expires_at AS ctx_expires_at, \
             d.revoked_at AS ctx_revoked_at, d.last_seen_at AS ctx_last_seen_at, d.auth_at AS ctx_auth_at, {JOINED_COLUMNS} \
             FROM access_tokens t JOIN devices d ON d.id = t.device_id JOIN accounts a ON a.id = d.account_id \
             WHERE t.token_hash = $1"
        );
        let row: Option<AccessRow> = sqlx::query_as(&sql)
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| AccessContext {
            account_id: r.ctx_account_id,
            device_id: r.ctx_device_id,
            expires_at: r.ctx_expires_at,
            // A deleted account's devices are dead whatever their own state.
            revoked: r.ctx_revoked_at.is_some() || r.account.deleted_at.is_some(),
            last_seen_at: r.ctx_last_seen_at,
            auth_at: r.ctx_auth_at,
            account: r.account,
        }))
    }

    /// Records activity cheaply: callers only call this when last-seen is stale.
    /// One statement: a unit of work on its own.
    pub async fn touch_device(&self, device_id: &str, now: Timestamp) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE devices SET last_seen_at = $1 WHERE id = $2 AND last_seen_at < $1")
            .bind(now)
            .bind(device_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Live devices of an account, newest first.
    pub async fn devices(
        &self,
        account_id: &str,
        now: Timestamp,
    ) -> Result<Vec<DeviceRow>, sqlx::Error> {
        let sql = format!(
            "SELECT {DEVICE_COLUMNS} FROM devices WHERE account_id = $1 AND revoked_at IS NULL AND refresh_expires_at > $2 ORDER BY created_at DESC, id"
        );
        sqlx::query_as(&sql)
            .bind(account_id)
            .bind(now)
            .fetch_all(&self.pool)
            .await
    }

    /// Deletes token rows past their expiry (housekeeping; keeps lookups small). Three
    /// independent deletes, each a unit of work on its own: one left undone by a crash
    /// is done by the next run.
    pub async fn purge_expired(
        &self,
        now: Timestamp,
        keep_refresh_for: i64,
    ) -> Result<u64, sqlx::Error> {
        let a = sqlx::query("DELETE FROM access_tokens WHERE expires_at < $1")
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        let r =
            sqlx::query("DELETE FROM refresh_tokens WHERE used_at IS NOT NULL AND used_at < $1")
                .bind(now.minus_secs(keep_refresh_for))
                .execute(&self.pool)
                .await?
                .rows_affected();
        let f = sqlx::query("DELETE FROM flows WHERE expires_at < $1")
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(a + r + f)
    }
}

/// Token rotation and sign-outs, inside a unit of work.
impl Uow {
    /// Marks the refresh token used, atomically: exactly one caller rotates it.
    pub async fn use_refresh_token(
        &mut self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<RefreshUse, sqlx::Error> {
        let won: Option<String> = sqlx::query_scalar(
            "UPDATE refresh_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL RETURNING device_id",
        )
        .bind(now)
        .bind(token_hash)
        .fetch_optional(self.conn())
        .await?;
        let (device_id, used_at) = match won {
            Some(device_id) => (device_id, None),
            None => {
                let row: Option<RefreshRow> = sqlx::query_as(
                    "SELECT device_id, used_at FROM refresh_tokens WHERE token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(self.conn())
                .await?;
                match row {
                    Some(r) => (r.device_id, r.used_at),
                    None => return Ok(RefreshUse::Unknown),
                }
            }
        };
        let Some(device) = self.device(&device_id).await? else {
            return Ok(RefreshUse::Unknown);
        };
        if device.revoked_at.is_some() {
            return Ok(RefreshUse::Revoked);
        }
        Ok(match used_at {
            None => RefreshUse::Rotated { device },
            Some(used_at) => RefreshUse::AlreadyUsed { device, used_at },
        })
    }

    /// True when this refresh token exists and has not been used.
    pub async fn refresh_token_unused(&mut self, token_hash: &str) -> Result<bool, sqlx::Error> {
        let row =
            sqlx::query("SELECT 1 FROM refresh_tokens WHERE token_hash = $1 AND used_at IS NULL")
                .bind(token_hash)
                .fetch_optional(self.conn())
                .await?;
        Ok(row.is_some())
    }

    async fn device(&mut self, device_id: &str) -> Result<Option<DeviceRow>, sqlx::Error> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE id = $1");
        sqlx::query_as(&sql)
            .bind(device_id)
            .fetch_optional(self.conn())
            .await
    }

    /// Drops a device's access tokens except `keep` (after rotation the old ones die).
    pub async fn delete_access_tokens_except(
        &mut self,
        device_id: &str,
        keep: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM access_tokens WHERE device_id = $1 AND token_hash <> $2")
            .bind(device_id)
            .bind(keep)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Signs a device out: its access and refresh tokens stop working at once.
    /// Returns false when it was already signed out (or is not this account's).
    pub async fn revoke_device(
        &mut self,
        account_id: &str,
        device_id: &str,
        reason: &str,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE devices SET revoked_at = $1, revoked_reason = $2 WHERE id = $3 AND account_id = $4 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(reason)
        .bind(device_id)
        .bind(account_id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Signs a device out by ID alone (a refresh token replayed past its grace).
    pub async fn revoke_device_id(
        &mut self,
        device_id: &str,
        reason: &str,
        now: Timestamp,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE devices SET revoked_at = $1, revoked_reason = $2 WHERE id = $3 AND revoked_at IS NULL")
            .bind(now)
            .bind(reason)
            .bind(device_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Records a fresh sign-in proof for the device (re-authentication).
    pub async fn mark_reauthenticated(
        &mut self,
        device_id: &str,
        now: Timestamp,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE devices SET auth_at = $1 WHERE id = $2")
            .bind(now)
            .bind(device_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
