//! The authorization code grant: checking an authorization request, consent
//! (a grant per account and client), issuing a code, and redeeming it. A code is
//! single-use (a compare-and-set on `used_at`), lives `code_ttl` (≤ 60 s), and is
//! bound to the client, the redirect URI and the PKCE challenge; a second redemption
//! revokes every token the first one issued (RFC 6749 §4.1.2, SECURITY.md 44).

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use sha2::{Digest, Sha256};

use super::clients::redirect_matches;
use super::tokens::{OAuthError, TokenSet};
use crate::domain::App;
use crate::secret::{self, token_hash};
use crate::store::{BrowserSessionRow, ClientRow, CodeRow};

const CODE_PREFIX: &str = "acct_oc_";

/// What the relying party sent to the authorization endpoint, as received.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct AuthParams {
    pub client_id: String,
    pub redirect_uri: String,
    pub response_type: String,
    pub scope: String,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub code_challenge_method: Option<String>,
    pub prompt: Option<String>,
    pub max_age: Option<String>,
    pub login_hint: Option<String>,
    pub ui_locales: Option<String>,
    /// A device authorization request the sign-in is for (`/device`), and its MAC.
    pub device: Option<String>,
    pub device_mac: Option<String>,
}

/// A checked authorization request.
#[derive(Debug, Clone)]
pub struct AuthRequest {
    pub client: ClientRow,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub prompt: Vec<String>,
    pub max_age: Option<i64>,
}

/// Why a request cannot go on. `Page`: the client or redirect URI is not to be
/// trusted, so the browser gets an error page and is never redirected (SECURITY.md
/// 43). `Redirect`: an OAuth error sent back to the (checked) redirect URI.
#[derive(Debug)]
pub enum AuthFailure {
    Page(&'static str),
    Redirect {
        redirect_uri: String,
        state: Option<String>,
        error: &'static str,
        description: String,
    },
    Internal(anyhow::Error),
}

impl App {
    /// Checks an authorization request; the client and redirect URI first.
    pub async fn check_auth_request(&self, p: &AuthParams) -> Result<AuthRequest, AuthFailure> {
        let client = self
            .store
            .client(&p.client_id)
            .await
            .map_err(|e| AuthFailure::Internal(e.into()))?
            .ok_or(AuthFailure::Page("unknown_client"))?;
        if p.redirect_uri.is_empty() || !redirect_matches(&client.redirect_uris, &p.redirect_uri) {
            return Err(AuthFailure::Page("bad_redirect_uri"));
        }
        let fail = |error: &'static str, description: &str| AuthFailure::Redirect {
            redirect_uri: p.redirect_uri.clone(),
            state: p.state.clone(),
            error,
            description: description.to_string(),
        };
        if p.response_type != "code" {
            return Err(fail(
                "unsupported_response_type",
                "only response_type=code is supported",
            ));
        }
        let asked = super::parse_scopes(&p.scope);
        if !asked.iter().any(|s| s == "openid") {
            return Err(fail("invalid_scope", "the scope must include openid"));
        }
        // Scopes the client may not have are dropped, as OpenID Core §3.1.2.1 allows.
        let scopes: Vec<String> = asked
            .into_iter()
            .filter(|s| client.scopes.contains(s))
            .collect();
        match (
            p.code_challenge.as_deref(),
            p.code_challenge_method.as_deref(),
        ) {
            (Some(c), Some("S256")) if valid_challenge(c) => {}
            (Some(_), Some("S256")) => {
                return Err(fail(
                    "invalid_request",
                    "code_challenge must be 43 base64url characters (S256)",
                ))
            }
            (Some(_), _) => {
                return Err(fail(
                    "invalid_request",
                    "code_challenge_method must be S256 (plain is refused)",
                ))
            }
            (None, _) if client.is_public() => {
                return Err(fail(
                    "invalid_request",
                    "a public client must use PKCE (code_challenge with S256)",
                ))
            }
            (None, _) => {}
        }
        let prompt: Vec<String> = p
            .prompt
            .as_deref()
            .map(super::parse_scopes)
            .unwrap_or_default();
        if prompt.iter().any(|x| x == "none") && prompt.len() > 1 {
            return Err(fail(
                "invalid_request",
                "prompt=none cannot be combined with other values",
            ));
        }
        let max_age =
            match p.max_age.as_deref() {
                None | Some("") => None,
                Some(v) => Some(v.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| {
                    fail("invalid_request", "max_age must be a number of seconds")
                })?),
            };
        Ok(AuthRequest {
            client,
            redirect_uri: p.redirect_uri.clone(),
            scopes,
            state: p.state.clone(),
            nonce: p.nonce.clone().filter(|n| !n.is_empty()),
            code_challenge: p.code_challenge.clone(),
            prompt,
            max_age,
        })
    }

    /// Does the account's grant to this client already cover the request?
    pub async fn consent_covers(
        &self,
        account_id: &str,
        req: &AuthRequest,
    ) -> anyhow::Result<bool> {
        let grant = self.store.grant(account_id, &req.client.id).await?;
        Ok(grant.is_some_and(|g| req.scopes.iter().all(|s| g.scopes.contains(s))))
    }

    /// Records consent (if given now) and issues a code for the browser session;
    /// returns the code, to go to the redirect URI.
    pub async fn issue_auth_code(
        &self,
        req: &AuthRequest,
        session: &BrowserSessionRow,
        consented: bool,
    ) -> anyhow::Result<String> {
        let now = self.now();
        // Read before the write lock; the upsert below settles a concurrent consent.
        let existing = self
            .store
            .grant(&session.account_id, &req.client.id)
            .await?;
        let mut tx = self.store.begin().await?;
        let grant_id = match existing {
            Some(g) if !consented => g.id,
            Some(g) => {
                let mut scopes = g.scopes.clone();
                scopes.extend(req.scopes.iter().filter(|s| !g.scopes.contains(s)).cloned());
                tx.upsert_grant(&g.id, &session.account_id, &req.client.id, &scopes, now)
                    .await?
            }
            None => {
                tx.upsert_grant(
                    &secret::new_id(),
                    &session.account_id,
                    &req.client.id,
                    &req.scopes,
                    now,
                )
                .await?
            }
        };
        let code = secret::new_token(CODE_PREFIX);
        let row = CodeRow {
            code_hash: token_hash(&code),
            client_id: req.client.id.clone(),
            account_id: session.account_id.clone(),
            grant_id,
            device_id: session.device_id.clone(),
            redirect_uri: req.redirect_uri.clone(),
            code_challenge: req.code_challenge.clone(),
            scopes: req.scopes.clone(),
            nonce: req.nonce.clone(),
            auth_time: session.auth_at,
            amr: session.amr.clone(),
            created_at: now,
            expires_at: now + self.config.oidc.code_ttl.min(60),
            used_at: None,
        };
        tx.insert_oauth_code(&row).await?;
        tx.commit().await?;
        Ok(code)
    }

    /// Redeems a code at the token endpoint.
    pub async fn redeem_code(
        &self,
        client: &ClientRow,
        code: &str,
        redirect_uri: &str,
        verifier: Option<&str>,
    ) -> Result<TokenSet, OAuthError> {
        let now = self.now();
        // The ID token's signing key is loaded (made, the very first time) before the
        // unit: making it is a write of its own, which on SQLite waits for the unit's
        // lock. A relying party that fetches no JWKS first (mod_auth_openidc) would
        // otherwise get a server_error after the busy timeout.
        self.signing_keys().await?;
        let mut tx = self.store.begin().await?;
        let hash = token_hash(code);
        let row = match tx.spend_code(&hash, now).await? {
            Ok(row) => row,
            Err(Some(spent)) => {
                // A replayed code: whoever holds it, the tokens it gave are no longer safe.
                tx.revoke_oauth_family(&spent.code_hash, now).await?;
                tx.commit().await?;
                return Err(OAuthError::InvalidGrant(
                    "this code was already used; the tokens it issued are revoked",
                ));
            }
            Err(None) => return Err(OAuthError::InvalidGrant("unknown code")),
        };
        if row.client_id != client.id {
            return Err(OAuthError::InvalidGrant(
                "the code was issued to another client",
            ));
        }
        if row.expires_at <= now {
            return Err(OAuthError::InvalidGrant(
                "the code has expired: start the sign-in again",
            ));
        }
        if row.redirect_uri != redirect_uri {
            return Err(OAuthError::InvalidGrant(
                "redirect_uri differs from the authorization request",
            ));
        }
        match (&row.code_challenge, verifier) {
            (Some(challenge), Some(v))
                if valid_verifier(v) && secret::ct_eq(challenge.as_bytes(), s256(v).as_bytes()) => {
            }
            (Some(_), _) => return Err(OAuthError::InvalidGrant("code_verifier missing or wrong")),
            (None, Some(_)) => {
                return Err(OAuthError::InvalidGrant(
                    "no code_challenge was sent for this code",
                ))
            }
            (None, None) => {}
        }
        tx.touch_grant(&row.grant_id, now).await?;
        let lineage = super::tokens::Lineage {
            family: row.code_hash.clone(),
            grant_id: row.grant_id.clone(),
            account_id: row.account_id.clone(),
            scopes: row.scopes.clone(),
            auth_time: row.auth_time,
            amr: row.amr.clone(),
            nonce: row.nonce.clone(),
        };
        let issued = self.issue_tokens(&mut tx, client, &lineage, None).await?;
        tx.commit().await?;
        self.with_id_token(client, &lineage, issued).await
    }
}

/// RFC 7636: 43-128 unreserved characters.
fn valid_verifier(v: &str) -> bool {
    (43..=128).contains(&v.len())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

fn valid_challenge(c: &str) -> bool {
    c.len() == 43
        && c.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
}

fn s256(verifier: &str) -> String {
    B64.encode(Sha256::digest(verifier.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s256_matches_rfc_7636_appendix_b() {
        let v = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert!(valid_verifier(v));
        assert_eq!(s256(v), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assert!(valid_challenge(&s256(v)));
        assert!(!valid_verifier("short"));
    }
}
