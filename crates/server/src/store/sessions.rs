//! Devices and their token families. A device is one refresh-token family;
//! revoking it is one write that every replica sees on the next request.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::accounts::{from_row_at, JOINED_COLUMNS};
use super::{AccountRow, Store, Tx};

#[derive(Debug, Clone)]
pub struct DeviceRow {
    pub id: String,
    pub account_id: String,
    pub name: String,
    pub user_agent: Option<String>,
    pub ip: Option<String>,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub auth_at: i64,
    pub refresh_expires_at: i64,
    pub revoked_at: Option<i64>,
}

const DEVICE_COLUMNS: &str = "id, account_id, name, user_agent, ip, created_at, last_seen_at, auth_at, refresh_expires_at, revoked_at";

fn device_from_row(r: &AnyRow) -> Result<DeviceRow, sqlx::Error> {
    Ok(DeviceRow {
        id: r.try_get(0)?,
        account_id: r.try_get(1)?,
        name: r.try_get(2)?,
        user_agent: r.try_get(3)?,
        ip: r.try_get(4)?,
        created_at: r.try_get(5)?,
        last_seen_at: r.try_get(6)?,
        auth_at: r.try_get(7)?,
        refresh_expires_at: r.try_get(8)?,
        revoked_at: r.try_get(9)?,
    })
}

/// What an access token grants, with the account, read in one query per request.
#[derive(Debug, Clone)]
pub struct AccessContext {
    pub account_id: String,
    pub device_id: String,
    pub expires_at: i64,
    pub revoked: bool,
    pub last_seen_at: i64,
    pub auth_at: i64,
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
    AlreadyUsed { device: DeviceRow, used_at: i64 },
}

impl Store {
    pub async fn insert_device(tx: &mut Tx, d: &DeviceRow) -> Result<(), sqlx::Error> {
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
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    pub async fn insert_access_token(
        tx: &mut Tx,
        token_hash: &str,
        device_id: &str,
        expires_at: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO access_tokens (token_hash, device_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(device_id)
        .bind(expires_at)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    pub async fn insert_refresh_token(
        tx: &mut Tx,
        token_hash: &str,
        device_id: &str,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        // A replay inside the grace window re-derives the same successor; it is already there.
        sqlx::query(
            "INSERT INTO refresh_tokens (token_hash, device_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (token_hash) DO NOTHING",
        )
        .bind(token_hash)
        .bind(device_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// The device and account behind an access token, if the token exists.
    pub async fn access_context(
        &self,
        token_hash: &str,
    ) -> Result<Option<AccessContext>, sqlx::Error> {
        let sql = format!(
            "SELECT d.account_id, d.id, t.expires_at, d.revoked_at, d.last_seen_at, d.auth_at, {JOINED_COLUMNS} \
             FROM access_tokens t JOIN devices d ON d.id = t.device_id JOIN accounts a ON a.id = d.account_id \
             WHERE t.token_hash = $1"
        );
        let row = sqlx::query(&sql)
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            let account = from_row_at(&r, 6)?;
            Ok(AccessContext {
                account_id: r.try_get(0)?,
                device_id: r.try_get(1)?,
                expires_at: r.try_get(2)?,
                // A deleted account's devices are dead whatever their own state.
                revoked: r.try_get::<Option<i64>, _>(3)?.is_some() || account.deleted_at.is_some(),
                last_seen_at: r.try_get(4)?,
                auth_at: r.try_get(5)?,
                account,
            })
        })
        .transpose()
    }

    /// Records activity cheaply: callers only call this when last-seen is stale.
    pub async fn touch_device(&self, device_id: &str, now: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE devices SET last_seen_at = $1 WHERE id = $2 AND last_seen_at < $1")
            .bind(now)
            .bind(device_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks the refresh token used, atomically: exactly one caller rotates it.
    pub async fn use_refresh_token(
        &self,
        tx: &mut Tx,
        token_hash: &str,
        now: i64,
    ) -> Result<RefreshUse, sqlx::Error> {
        let won = sqlx::query(
            "UPDATE refresh_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL RETURNING device_id",
        )
        .bind(now)
        .bind(token_hash)
        .fetch_optional(&mut **tx)
        .await?;
        let (device_id, used_at): (String, Option<i64>) = match won {
            Some(r) => (r.try_get(0)?, None),
            None => {
                let row = sqlx::query(
                    "SELECT device_id, used_at FROM refresh_tokens WHERE token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(&mut **tx)
                .await?;
                match row {
                    Some(r) => (r.try_get(0)?, r.try_get(1)?),
                    None => return Ok(RefreshUse::Unknown),
                }
            }
        };
        let Some(device) = Self::device_in(tx, &device_id).await? else {
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
    pub async fn refresh_token_unused(tx: &mut Tx, token_hash: &str) -> Result<bool, sqlx::Error> {
        let row =
            sqlx::query("SELECT 1 FROM refresh_tokens WHERE token_hash = $1 AND used_at IS NULL")
                .bind(token_hash)
                .fetch_optional(&mut **tx)
                .await?;
        Ok(row.is_some())
    }

    async fn device_in(tx: &mut Tx, device_id: &str) -> Result<Option<DeviceRow>, sqlx::Error> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(device_id)
            .fetch_optional(&mut **tx)
            .await?;
        row.as_ref().map(device_from_row).transpose()
    }

    /// Drops a device's access tokens except `keep` (after rotation the old ones die).
    pub async fn delete_access_tokens_except(
        tx: &mut Tx,
        device_id: &str,
        keep: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM access_tokens WHERE device_id = $1 AND token_hash <> $2")
            .bind(device_id)
            .bind(keep)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// Signs a device out: its access and refresh tokens stop working at once.
    /// Returns false when it was already signed out (or is not this account's).
    pub async fn revoke_device(
        &self,
        account_id: &str,
        device_id: &str,
        reason: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE devices SET revoked_at = $1, revoked_reason = $2 WHERE id = $3 AND account_id = $4 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(reason)
        .bind(device_id)
        .bind(account_id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn revoke_device_in(
        tx: &mut Tx,
        device_id: &str,
        reason: &str,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE devices SET revoked_at = $1, revoked_reason = $2 WHERE id = $3 AND revoked_at IS NULL")
            .bind(now)
            .bind(reason)
            .bind(device_id)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// Live devices of an account, newest first.
    pub async fn devices(&self, account_id: &str, now: i64) -> Result<Vec<DeviceRow>, sqlx::Error> {
        let sql = format!(
            "SELECT {DEVICE_COLUMNS} FROM devices WHERE account_id = $1 AND revoked_at IS NULL AND refresh_expires_at > $2 ORDER BY created_at DESC, id"
        );
        let rows = sqlx::query(&sql)
            .bind(account_id)
            .bind(now)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(device_from_row).collect()
    }

    /// Deletes token rows past their expiry (housekeeping; keeps lookups small).
    pub async fn purge_expired(&self, now: i64, keep_refresh_for: i64) -> Result<u64, sqlx::Error> {
        let a = sqlx::query("DELETE FROM access_tokens WHERE expires_at < $1")
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        let r =
            sqlx::query("DELETE FROM refresh_tokens WHERE used_at IS NOT NULL AND used_at < $1")
                .bind(now - keep_refresh_for)
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

impl Store {
    /// Records a fresh sign-in proof for the device (re-authentication).
    pub async fn mark_reauthenticated(&self, device_id: &str, now: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE devices SET auth_at = $1 WHERE id = $2")
            .bind(now)
            .bind(device_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
