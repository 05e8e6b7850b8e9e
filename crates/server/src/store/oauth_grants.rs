//! What accounts granted to clients: grants (account × client × scopes), the
//! authorization codes issued under them, the tokens those codes lead to. Only
//! hashes of codes and tokens are stored.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Store, Uow};

#[derive(Debug, Clone)]
pub struct GrantRow {
    pub id: String,
    pub account_id: String,
    pub client_id: String,
    pub scopes: Vec<String>,
    pub granted_at: i64,
    pub last_used_at: i64,
}

/// An authorization code, as stored (its hash is the key).
#[derive(Debug, Clone)]
pub struct CodeRow {
    pub code_hash: String,
    pub client_id: String,
    pub account_id: String,
    pub grant_id: String,
    pub device_id: String,
    pub redirect_uri: String,
    pub code_challenge: Option<String>,
    pub scopes: Vec<String>,
    pub nonce: Option<String>,
    pub auth_time: i64,
    pub amr: Vec<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

/// A client's access or refresh token, as stored.
#[derive(Debug, Clone)]
pub struct OAuthTokenRow {
    pub token_hash: String,
    pub kind: String,
    /// The code this token descends from: reuse anywhere in it revokes all of it.
    pub family: String,
    pub grant_id: String,
    pub client_id: String,
    pub account_id: String,
    pub scopes: Vec<String>,
    pub auth_time: i64,
    pub amr: Vec<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A live access token's account and scopes (space-separated), for userinfo.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserinfoRow {
    pub id: String,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub scopes: String,
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

const CODE_COLUMNS: &str = "code_hash, client_id, account_id, grant_id, device_id, redirect_uri, code_challenge, scopes, nonce, auth_time, amr, created_at, expires_at, used_at";

fn code_from_row(r: &AnyRow) -> Result<CodeRow, sqlx::Error> {
    Ok(CodeRow {
        code_hash: r.try_get("code_hash")?,
        client_id: r.try_get("client_id")?,
        account_id: r.try_get("account_id")?,
        grant_id: r.try_get("grant_id")?,
        device_id: r.try_get("device_id")?,
        redirect_uri: r.try_get("redirect_uri")?,
        code_challenge: r.try_get("code_challenge")?,
        scopes: words(&r.try_get::<String, _>("scopes")?),
        nonce: r.try_get("nonce")?,
        auth_time: r.try_get("auth_time")?,
        amr: words(&r.try_get::<String, _>("amr")?),
        created_at: r.try_get("created_at")?,
        expires_at: r.try_get("expires_at")?,
        used_at: r.try_get("used_at")?,
    })
}

const TOKEN_COLUMNS: &str = "token_hash, kind, family, grant_id, client_id, account_id, scopes, auth_time, amr, created_at, expires_at, used_at, revoked_at";

fn token_from_row(r: &AnyRow) -> Result<OAuthTokenRow, sqlx::Error> {
    Ok(OAuthTokenRow {
        token_hash: r.try_get("token_hash")?,
        kind: r.try_get("kind")?,
        family: r.try_get("family")?,
        grant_id: r.try_get("grant_id")?,
        client_id: r.try_get("client_id")?,
        account_id: r.try_get("account_id")?,
        scopes: words(&r.try_get::<String, _>("scopes")?),
        auth_time: r.try_get("auth_time")?,
        amr: words(&r.try_get::<String, _>("amr")?),
        created_at: r.try_get("created_at")?,
        expires_at: r.try_get("expires_at")?,
        used_at: r.try_get("used_at")?,
        revoked_at: r.try_get("revoked_at")?,
    })
}

fn grant_from_row(r: &AnyRow) -> Result<GrantRow, sqlx::Error> {
    Ok(GrantRow {
        id: r.try_get("id")?,
        account_id: r.try_get("account_id")?,
        client_id: r.try_get("client_id")?,
        scopes: words(&r.try_get::<String, _>("scopes")?),
        granted_at: r.try_get("granted_at")?,
        last_used_at: r.try_get("last_used_at")?,
    })
}

/// A token by hash, whatever its state (callers check expiry and revocation).
async fn oauth_token_on<'e, E>(
    db: E,
    token_hash: &str,
) -> Result<Option<OAuthTokenRow>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let sql = format!("SELECT {TOKEN_COLUMNS} FROM oauth_tokens WHERE token_hash = $1");
    let r = sqlx::query(&sql)
        .bind(token_hash)
        .fetch_optional(db)
        .await?;
    r.as_ref().map(token_from_row).transpose()
}

/// Revokes every token of a family (a reused code or refresh token).
async fn revoke_oauth_family_on<'e, E>(db: E, family: &str, now: i64) -> Result<u64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let done = sqlx::query(
        "UPDATE oauth_tokens SET revoked_at = $2 WHERE family = $1 AND revoked_at IS NULL",
    )
    .bind(family)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

impl Store {
    /// The live grant of an account to a client.
    pub async fn grant(
        &self,
        account_id: &str,
        client_id: &str,
    ) -> Result<Option<GrantRow>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT id, account_id, client_id, scopes, granted_at, last_used_at FROM oauth_grants \
             WHERE account_id = $1 AND client_id = $2 AND revoked_at IS NULL",
        )
        .bind(account_id)
        .bind(client_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(grant_from_row).transpose()
    }

    /// Live grants of an account, by client, oldest first.
    pub async fn grants(&self, account_id: &str) -> Result<Vec<GrantRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT id, account_id, client_id, scopes, granted_at, last_used_at FROM oauth_grants \
             WHERE account_id = $1 AND revoked_at IS NULL ORDER BY granted_at, client_id",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(grant_from_row).collect()
    }

    /// A token by hash, whatever its state (callers check expiry and revocation).
    pub async fn oauth_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<OAuthTokenRow>, sqlx::Error> {
        oauth_token_on(&self.pool, token_hash).await
    }

    /// A live access token (not expired, not revoked), for userinfo and introspection.
    pub async fn live_oauth_token(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<OAuthTokenRow>, sqlx::Error> {
        let sql = format!(
            "SELECT {TOKEN_COLUMNS} FROM oauth_tokens WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2"
        );
        let r = sqlx::query(&sql)
            .bind(token_hash)
            .bind(now)
            .fetch_optional(&self.pool)
            .await?;
        r.as_ref().map(token_from_row).transpose()
    }

    /// What userinfo answers from, in one query: a live access token and its live
    /// account (one hop to the database per request, as `/v1/me` does).
    pub async fn userinfo(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<UserinfoRow>, sqlx::Error> {
        sqlx::query_as(
            "SELECT a.id, a.name, a.phone, a.email, t.scopes FROM oauth_tokens t \
             JOIN accounts a ON a.id = t.account_id AND a.deleted_at IS NULL \
             WHERE t.token_hash = $1 AND t.kind = 'access' AND t.revoked_at IS NULL AND t.expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
    }

    /// Revokes every token of a family on its own (a revocation request). One
    /// statement: a unit of work of its own.
    pub async fn revoke_oauth_family(&self, family: &str, now: i64) -> Result<u64, sqlx::Error> {
        revoke_oauth_family_on(&self.pool, family, now).await
    }

    /// Revokes one token (RFC 7009 for an access token).
    pub async fn revoke_oauth_token(&self, token_hash: &str, now: i64) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE oauth_tokens SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Housekeeping: client tokens and browser sessions past their end, and codes
    /// (authorization and device) a day after theirs (until then a replayed code still
    /// revokes what it issued, and a late poll hears `expired_token`).
    pub async fn purge_expired_oauth(&self, now: i64) -> Result<u64, sqlx::Error> {
        let mut n = 0;
        for (sql, before) in [
            (
                "DELETE FROM oauth_codes WHERE expires_at < $1",
                now - 86_400,
            ),
            ("DELETE FROM oauth_tokens WHERE expires_at < $1", now),
            (
                "DELETE FROM oauth_browser_sessions WHERE expires_at < $1",
                now,
            ),
        ] {
            n += sqlx::query(sql)
                .bind(before)
                .execute(&self.pool)
                .await?
                .rows_affected();
        }
        n += self.purge_expired_device_codes(now - 86_400).await?;
        Ok(n)
    }
}

/// Grant, code, token and browser-session writes, inside a unit of work.
impl Uow {
    /// A token by hash, read inside the unit that rotates it.
    pub async fn oauth_token(
        &mut self,
        token_hash: &str,
    ) -> Result<Option<OAuthTokenRow>, sqlx::Error> {
        oauth_token_on(self.conn(), token_hash).await
    }

    /// Revokes every token of a family (a reused code or refresh token).
    pub async fn revoke_oauth_family(
        &mut self,
        family: &str,
        now: i64,
    ) -> Result<u64, sqlx::Error> {
        revoke_oauth_family_on(self.conn(), family, now).await
    }

    /// Records consent: a new grant, or the existing one widened to `scopes` (a
    /// revoked one comes back with a fresh `granted_at`). Returns the grant ID.
    pub async fn upsert_grant(
        &mut self,
        id: &str,
        account_id: &str,
        client_id: &str,
        scopes: &[String],
        now: i64,
    ) -> Result<String, sqlx::Error> {
        sqlx::query_scalar(
            "INSERT INTO oauth_grants (id, account_id, client_id, scopes, granted_at, last_used_at) \
             VALUES ($1, $2, $3, $4, $5, $5) \
             ON CONFLICT (account_id, client_id) DO UPDATE SET scopes = $4, last_used_at = $5, \
             granted_at = CASE WHEN oauth_grants.revoked_at IS NULL THEN oauth_grants.granted_at ELSE $5 END, \
             revoked_at = NULL RETURNING id",
        )
        .bind(id)
        .bind(account_id)
        .bind(client_id)
        .bind(scopes.join(" "))
        .bind(now)
        .fetch_one(self.conn())
        .await
    }

    pub async fn touch_grant(&mut self, grant_id: &str, now: i64) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE oauth_grants SET last_used_at = $2 WHERE id = $1 AND last_used_at < $2",
        )
        .bind(grant_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Ends a grant and every token issued under it; false when there was none.
    pub async fn revoke_grant(
        &mut self,
        account_id: &str,
        client_id: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let id: Option<String> = sqlx::query_scalar(
            "UPDATE oauth_grants SET revoked_at = $3 WHERE account_id = $1 AND client_id = $2 \
             AND revoked_at IS NULL RETURNING id",
        )
        .bind(account_id)
        .bind(client_id)
        .bind(now)
        .fetch_optional(self.conn())
        .await?;
        let Some(id) = id else {
            return Ok(false);
        };
        sqlx::query(
            "UPDATE oauth_tokens SET revoked_at = $2 WHERE grant_id = $1 AND revoked_at IS NULL",
        )
        .bind(&id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(true)
    }

    /// A deleted client: every grant and token it had ends.
    pub async fn revoke_client_grants(
        &mut self,
        client_id: &str,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE oauth_grants SET revoked_at = $2 WHERE client_id = $1 AND revoked_at IS NULL",
        )
        .bind(client_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        sqlx::query(
            "UPDATE oauth_tokens SET revoked_at = $2 WHERE client_id = $1 AND revoked_at IS NULL",
        )
        .bind(client_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn insert_oauth_code(&mut self, c: &CodeRow) -> Result<(), sqlx::Error> {
        let sql = format!(
            "INSERT INTO oauth_codes ({CODE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"
        );
        sqlx::query(&sql)
            .bind(&c.code_hash)
            .bind(&c.client_id)
            .bind(&c.account_id)
            .bind(&c.grant_id)
            .bind(&c.device_id)
            .bind(&c.redirect_uri)
            .bind(&c.code_challenge)
            .bind(c.scopes.join(" "))
            .bind(&c.nonce)
            .bind(c.auth_time)
            .bind(c.amr.join(" "))
            .bind(c.created_at)
            .bind(c.expires_at)
            .bind(c.used_at)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Spends a code: the compare-and-set that makes it single-use. `Err(Some(row))`
    /// is a code already spent (the caller revokes what it issued); `Err(None)` an
    /// unknown one.
    pub async fn spend_code(
        &mut self,
        code_hash: &str,
        now: i64,
    ) -> Result<Result<CodeRow, Option<CodeRow>>, sqlx::Error> {
        let sql = format!(
            "UPDATE oauth_codes SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL RETURNING {CODE_COLUMNS}"
        );
        if let Some(r) = sqlx::query(&sql)
            .bind(code_hash)
            .bind(now)
            .fetch_optional(self.conn())
            .await?
        {
            return Ok(Ok(code_from_row(&r)?));
        }
        let sql = format!("SELECT {CODE_COLUMNS} FROM oauth_codes WHERE code_hash = $1");
        let r = sqlx::query(&sql)
            .bind(code_hash)
            .fetch_optional(self.conn())
            .await?;
        Ok(Err(r.as_ref().map(code_from_row).transpose()?))
    }

    pub async fn insert_oauth_token(&mut self, t: &OAuthTokenRow) -> Result<(), sqlx::Error> {
        let sql = format!(
            "INSERT INTO oauth_tokens ({TOKEN_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
             ON CONFLICT (token_hash) DO NOTHING"
        );
        sqlx::query(&sql)
            .bind(&t.token_hash)
            .bind(&t.kind)
            .bind(&t.family)
            .bind(&t.grant_id)
            .bind(&t.client_id)
            .bind(&t.account_id)
            .bind(t.scopes.join(" "))
            .bind(t.auth_time)
            .bind(t.amr.join(" "))
            .bind(t.created_at)
            .bind(t.expires_at)
            .bind(t.used_at)
            .bind(t.revoked_at)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Rotates a refresh token: the compare-and-set on `used_at`.
    pub async fn rotate_oauth_refresh(
        &mut self,
        token_hash: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE oauth_tokens SET used_at = $2 WHERE token_hash = $1 AND kind = 'refresh' \
             AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
