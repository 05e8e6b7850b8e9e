//! Browser sessions of the sign-in pages, each a device (`devices`): signing the
//! device out ends the session. Only the hash of the cookie is stored.

use sqlx::Row;

use super::{Store, Uow};

/// A browser session that is still good: its device is live and not idle too long.
#[derive(Debug, Clone)]
pub struct BrowserSessionRow {
    pub device_id: String,
    pub account_id: String,
    pub auth_at: i64,
    pub amr: Vec<String>,
    pub expires_at: i64,
    pub last_seen_at: i64,
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

impl Store {
    /// The browser session behind a cookie, if its device is live and the account is.
    pub async fn browser_session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<BrowserSessionRow>, sqlx::Error> {
        let r = sqlx::query(
            "SELECT s.device_id, s.account_id, s.auth_at, s.amr, s.expires_at, d.last_seen_at \
             FROM oauth_browser_sessions s JOIN devices d ON d.id = s.device_id \
             JOIN accounts a ON a.id = s.account_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND d.revoked_at IS NULL AND a.deleted_at IS NULL",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        r.map(|r| {
            Ok(BrowserSessionRow {
                device_id: r.try_get("device_id")?,
                account_id: r.try_get("account_id")?,
                auth_at: r.try_get("auth_at")?,
                amr: words(&r.try_get::<String, _>("amr")?),
                expires_at: r.try_get("expires_at")?,
                last_seen_at: r.try_get("last_seen_at")?,
            })
        })
        .transpose()
    }
}

/// Browser-session writes, inside a unit of work.
impl Uow {
    pub async fn insert_browser_session(
        &mut self,
        token_hash: &str,
        s: &BrowserSessionRow,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO oauth_browser_sessions (token_hash, device_id, account_id, auth_at, amr, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(token_hash)
        .bind(&s.device_id)
        .bind(&s.account_id)
        .bind(s.auth_at)
        .bind(s.amr.join(" "))
        .bind(now)
        .bind(s.expires_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
