//! Tokens issued to clients: an opaque access token, a refresh token (issued with
//! every code, `offline_access` or not, since relying parties rarely ask for it) that
//! rotates on every use with reuse detection and a short grace as the API's own
//! refresh does (SECURITY.md 46), and the signed ID token with the claims the
//! granted scopes allow (SECURITY.md 49).

use serde_json::{json, Value};

use super::jwt;
use crate::domain::App;
use crate::secret::{self, token_hash};
use crate::store::{AccountKey, ClientRow, OAuthTokenRow, Uow};

const ACCESS_PREFIX: &str = "acct_oat_";
const REFRESH_PREFIX: &str = "acct_ort_";

/// An OAuth error answer (RFC 6749 §5.2): `error` and a description for people.
#[derive(Debug, thiserror::Error)]
pub enum OAuthError {
    #[error("{0}")]
    InvalidRequest(&'static str),
    #[error("client authentication failed")]
    InvalidClient,
    #[error("{0}")]
    InvalidGrant(&'static str),
    #[error("{0}")]
    UnsupportedGrantType(&'static str),
    #[error("{0}")]
    InvalidScope(&'static str),
    /// The device grant's answers while it waits (RFC 8628 §3.5).
    #[error("the sign-in has not been approved yet: keep polling")]
    AuthorizationPending,
    #[error("polling too fast: wait {0} s between polls")]
    SlowDown(i64),
    #[error("the device code has expired: start the sign-in again")]
    ExpiredToken,
    #[error("the user denied the sign-in")]
    AccessDenied,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for OAuthError {
    fn from(e: sqlx::Error) -> Self {
        OAuthError::Internal(e.into())
    }
}

impl From<super::keys::KeyError> for OAuthError {
    fn from(e: super::keys::KeyError) -> Self {
        OAuthError::Internal(e.into())
    }
}

impl From<jwt::JwtError> for OAuthError {
    fn from(e: jwt::JwtError) -> Self {
        OAuthError::Internal(e.into())
    }
}

impl OAuthError {
    pub fn code(&self) -> &'static str {
        match self {
            OAuthError::InvalidRequest(_) => "invalid_request",
            OAuthError::InvalidClient => "invalid_client",
            OAuthError::InvalidGrant(_) => "invalid_grant",
            OAuthError::UnsupportedGrantType(_) => "unsupported_grant_type",
            OAuthError::InvalidScope(_) => "invalid_scope",
            OAuthError::AuthorizationPending => "authorization_pending",
            OAuthError::SlowDown(_) => "slow_down",
            OAuthError::ExpiredToken => "expired_token",
            OAuthError::AccessDenied => "access_denied",
            OAuthError::Internal(_) => "server_error",
        }
    }
}

/// What the token endpoint answers.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TokenSet {
    pub access_token: String,
    pub token_type: &'static str,
    pub expires_in: i64,
    pub refresh_token: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    pub scope: String,
}

/// Where a token comes from: carried from the code to every token after it.
#[derive(Debug, Clone)]
pub struct Lineage {
    pub family: String,
    pub grant_id: String,
    pub account_id: String,
    pub scopes: Vec<String>,
    pub auth_time: i64,
    pub amr: Vec<String>,
    pub nonce: Option<String>,
}

/// What introspection tells a confidential client (RFC 7662).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Introspection {
    pub active: bool,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub details: Option<Value>,
}

impl App {
    /// Access and refresh tokens, inside the caller's transaction. `successor_of`
    /// derives the pair from the refresh token being rotated, so a replay in the grace
    /// window gets the very same pair. The ID token is added after the commit
    /// ([`App::with_id_token`]).
    pub(crate) async fn issue_tokens(
        &self,
        tx: &mut Uow,
        client: &ClientRow,
        l: &Lineage,
        successor_of: Option<&str>,
    ) -> Result<TokenSet, OAuthError> {
        let now = self.now();
        let o = &self.config.oidc;
        let (access, refresh) = match successor_of {
            Some(old) => (
                secret::token_from_bytes(
                    ACCESS_PREFIX,
                    &self.key.mac(&[b"oidc-access-successor", old.as_bytes()]),
                ),
                secret::token_from_bytes(
                    REFRESH_PREFIX,
                    &self.key.mac(&[b"oidc-refresh-successor", old.as_bytes()]),
                ),
            ),
            None => (
                secret::new_token(ACCESS_PREFIX),
                secret::new_token(REFRESH_PREFIX),
            ),
        };
        let row = |token: &str, kind: &str, expires_at: i64| OAuthTokenRow {
            token_hash: token_hash(token),
            kind: kind.into(),
            family: l.family.clone(),
            grant_id: l.grant_id.clone(),
            client_id: client.id.clone(),
            account_id: l.account_id.clone(),
            scopes: l.scopes.clone(),
            auth_time: l.auth_time,
            amr: l.amr.clone(),
            created_at: now,
            expires_at,
            used_at: None,
            revoked_at: None,
        };
        // The family's absolute end is counted from the sign-in it descends from.
        let family_end = l.auth_time.max(now - o.refresh_ttl) + o.refresh_ttl;
        tx.insert_oauth_token(&row(&access, "access", now + o.access_ttl))
            .await?;
        tx.insert_oauth_token(&row(&refresh, "refresh", family_end))
            .await?;
        Ok(TokenSet {
            access_token: access,
            token_type: "Bearer",
            expires_in: o.access_ttl,
            refresh_token: refresh,
            id_token: None,
            scope: l.scopes.join(" "),
        })
    }

    /// Signs the ID token of an issued set when `openid` was granted. Called after the
    /// unit that stored the tokens committed: the account read goes through the pool
    /// (a unit reads only through itself: waiting units can hold every connection), and
    /// neither the RSA signature nor a first key's generation (seconds, and a write of
    /// its own) holds SQLite's write lock. Should it fail, the code is spent and the
    /// stored tokens are never handed out: the relying party starts the sign-in again.
    pub(crate) async fn with_id_token(
        &self,
        client: &ClientRow,
        l: &Lineage,
        mut set: TokenSet,
    ) -> Result<TokenSet, OAuthError> {
        if l.scopes.iter().any(|s| s == "openid") {
            set.id_token = Some(self.id_token(client, l, &set.access_token).await?);
        }
        Ok(set)
    }

    /// The issuer: `public_url` exactly, without a trailing slash.
    pub fn issuer(&self) -> String {
        self.config.public_url.trim_end_matches('/').to_string()
    }

    async fn id_token(
        &self,
        client: &ClientRow,
        l: &Lineage,
        access: &str,
    ) -> Result<String, OAuthError> {
        let now = self.now();
        let key = self.current_key(&client.id_token_alg).await?;
        let mut claims = json!({
            "iss": self.issuer(),
            "sub": l.account_id,
            "aud": client.id,
            "azp": client.id,
            "iat": now,
            "exp": now + self.config.oidc.id_token_ttl,
            "auth_time": l.auth_time,
            "amr": l.amr,
            "acr": acr(&l.amr),
            "at_hash": jwt::half_hash(&key.alg, access),
        });
        if let Some(n) = &l.nonce {
            claims["nonce"] = json!(n);
        }
        if let Some(extra) = self.scope_claims(&l.account_id, &l.scopes).await? {
            if let (Some(obj), Some(add)) = (claims.as_object_mut(), extra.as_object()) {
                for (k, v) in add {
                    obj.insert(k.clone(), v.clone());
                }
            }
        }
        Ok(jwt::sign(&key, &claims)?)
    }

    /// The claims the scopes release; `None` when the account is gone.
    pub async fn scope_claims(
        &self,
        account_id: &str,
        scopes: &[String],
    ) -> Result<Option<Value>, OAuthError> {
        let Some(a) = self.store.find_account(AccountKey::Id, account_id).await? else {
            return Ok(None);
        };
        Ok(Some(claims(
            &a.id,
            a.name.as_deref(),
            a.email.as_deref(),
            a.phone.as_deref(),
            scopes,
        )))
    }

    /// The userinfo answer for a bearer: the claims of a live access token's scopes,
    /// `None` when the token is not live or its account is gone.
    pub async fn userinfo(&self, bearer: &str) -> Result<Option<Value>, OAuthError> {
        let Some(r) = self.store.userinfo(&token_hash(bearer), self.now()).await? else {
            return Ok(None);
        };
        let scopes: Vec<String> = r.scopes.split_whitespace().map(str::to_string).collect();
        Ok(Some(claims(
            &r.id,
            r.name.as_deref(),
            r.email.as_deref(),
            r.phone.as_deref(),
            &scopes,
        )))
    }

    /// Rotates a client's refresh token. A replay within the grace window returns the
    /// same successor; after it, the whole family is revoked.
    pub async fn refresh_client_token(
        &self,
        client: &ClientRow,
        refresh_token: &str,
    ) -> Result<TokenSet, OAuthError> {
        let now = self.now();
        let hash = token_hash(refresh_token);
        // The ID token's key is ready before the unit opens (see `redeem_code`).
        self.signing_keys().await?;
        let mut tx = self.store.begin().await?;
        let Some(row) = tx.oauth_token(&hash).await? else {
            return Err(OAuthError::InvalidGrant("unknown refresh token"));
        };
        if row.kind != "refresh" || row.client_id != client.id {
            return Err(OAuthError::InvalidGrant("unknown refresh token"));
        }
        if row.revoked_at.is_some() || row.expires_at <= now {
            return Err(OAuthError::InvalidGrant(
                "the refresh token was revoked or has expired: sign in again",
            ));
        }
        let lineage = Lineage {
            family: row.family.clone(),
            grant_id: row.grant_id.clone(),
            account_id: row.account_id.clone(),
            scopes: row.scopes.clone(),
            auth_time: row.auth_time,
            amr: row.amr.clone(),
            nonce: None,
        };
        if !tx.rotate_oauth_refresh(&hash, now).await? {
            // Already rotated: a lost response (grace), or a stolen token being replayed.
            let used_at = row.used_at.unwrap_or(now);
            let successor = secret::token_from_bytes(
                REFRESH_PREFIX,
                &self
                    .key
                    .mac(&[b"oidc-refresh-successor", refresh_token.as_bytes()]),
            );
            let next = tx.oauth_token(&token_hash(&successor)).await?;
            let successor_untouched =
                next.is_some_and(|n| n.used_at.is_none() && n.revoked_at.is_none());
            if now - used_at <= self.limits().refresh_grace && successor_untouched {
                let again = self
                    .issue_tokens(&mut tx, client, &lineage, Some(refresh_token))
                    .await?;
                tx.commit().await?;
                return self.with_id_token(client, &lineage, again).await;
            }
            tx.revoke_oauth_family(&row.family, now).await?;
            tx.commit().await?;
            return Err(OAuthError::InvalidGrant("this refresh token was already used; every token of this sign-in is revoked: sign in again"));
        }
        tx.touch_grant(&row.grant_id, now).await?;
        let issued = self
            .issue_tokens(&mut tx, client, &lineage, Some(refresh_token))
            .await?;
        tx.commit().await?;
        self.with_id_token(client, &lineage, issued).await
    }

    /// RFC 7009: revokes a token of this client (a refresh token takes its whole
    /// family with it). Unknown tokens and other clients' tokens are ignored, as the
    /// RFC asks, so the answer tells nothing.
    pub async fn revoke_client_token(
        &self,
        client: &ClientRow,
        token: &str,
    ) -> Result<(), OAuthError> {
        let now = self.now();
        let Some(row) = self.store.oauth_token(&token_hash(token)).await? else {
            return Ok(());
        };
        if row.client_id != client.id {
            return Ok(());
        }
        if row.kind == "refresh" {
            self.store.revoke_oauth_family(&row.family, now).await?;
        } else {
            self.store.revoke_oauth_token(&row.token_hash, now).await?;
        }
        Ok(())
    }

    /// RFC 7662 for confidential clients: only about the asking client's own tokens.
    pub async fn introspect(
        &self,
        client: &ClientRow,
        token: &str,
    ) -> Result<Introspection, OAuthError> {
        let inactive = Introspection {
            active: false,
            details: None,
        };
        let Some(row) = self
            .store
            .live_oauth_token(&token_hash(token), self.now())
            .await?
        else {
            return Ok(inactive);
        };
        if row.client_id != client.id || (row.kind == "refresh" && row.used_at.is_some()) {
            return Ok(inactive);
        }
        Ok(Introspection {
            active: true,
            details: Some(json!({
                "scope": row.scopes.join(" "),
                "client_id": row.client_id,
                "sub": row.account_id,
                "token_type": if row.kind == "access" { "Bearer" } else { "refresh_token" },
                "exp": row.expires_at,
                "iat": row.created_at,
                "iss": self.issuer(),
                "aud": row.client_id,
            })),
        })
    }
}

/// The claims `scopes` release about an account.
fn claims(
    id: &str,
    name: Option<&str>,
    email: Option<&str>,
    phone: Option<&str>,
    scopes: &[String],
) -> Value {
    let has = |s: &str| scopes.iter().any(|x| x == s);
    let mut c = json!({ "sub": id });
    if has("profile") {
        if let Some(name) = name {
            c["name"] = json!(name);
        }
    }
    // Only verified addresses and numbers are ever stored.
    if has("email") {
        if let Some(email) = email {
            c["email"] = json!(email);
            c["email_verified"] = json!(true);
        }
    }
    if has("phone") {
        if let Some(phone) = phone {
            c["phone_number"] = json!(phone);
            c["phone_number_verified"] = json!(true);
        }
    }
    c
}

/// `acr`: whether the sign-in used two factors.
pub fn acr(amr: &[String]) -> &'static str {
    if amr.iter().any(|m| m == "mfa") {
        "urn:acctd:acr:2fa"
    } else {
        "urn:acctd:acr:1fa"
    }
}
