//! The device authorization grant (RFC 8628, SECURITY.md 41): a device asks for a
//! code pair, the user types the short user code on the `/device` page (entry
//! rate-limited per network and per browser, counted before the lookup), signs in,
//! sees which client asked and from which network, and approves or denies; the
//! device polls the token endpoint meanwhile. acctl itself (the built-in client) gets
//! an API session, a device like any other sign-in; other clients get client tokens
//! under a grant, as the code grant gives them.

use serde::Serialize;

use super::tokens::{Lineage, OAuthError, TokenSet};
use super::BUILTIN_CLIENT_ID;
use crate::clock::Timestamp;
use crate::domain::activity::Event;
use crate::domain::{App, RequestMeta};
use crate::error::ApiError;
use crate::kinds::{ActivityKind, Outcome};
use crate::secret::{self, token_hash};
use crate::store::{BrowserSessionRow, ClientRow, DeviceCodeRow, DeviceDecision};

use super::user_code::{method_of, new_user_code};
pub use super::user_code::{network_of, normalize_user_code};

pub const DEVICE_GRANT_TYPE: &str = "urn:ietf:params:oauth:grant-type:device_code";
pub const VERIFICATION_PATH: &str = "/device";
const DEVICE_CODE_PREFIX: &str = "acct_dc_";
/// Seconds between polls, and what each `slow_down` adds (RFC 8628 §3.5).
pub const POLL_INTERVAL: i64 = 5;
/// Wrong user codes a network or a browser may type in a window (RFC 8628 §5.1).
const ENTRY_CAP: i64 = 5;
const ENTRY_WINDOW: i64 = 15 * 60;
/// The device name when the asking device sent no user agent.
const DEFAULT_DEVICE_NAME: &str = "acctl (web sign-in)";

/// The answer of the device authorization endpoint (RFC 8628 §3.2).
#[derive(Debug, Clone, Serialize)]
pub struct DeviceAuthorization {
    pub device_code: String,
    pub user_code: String,
    pub verification_uri: String,
    pub verification_uri_complete: String,
    pub expires_in: i64,
    pub interval: i64,
}

/// An API session for acctl, as the JSON API's sign-in gives (plus OAuth's names).
#[derive(Debug, Clone, Serialize)]
pub struct SessionTokens {
    pub access_token: String,
    pub token_type: &'static str,
    pub expires_in: i64,
    pub refresh_token: String,
    pub account_id: String,
    pub device_id: String,
    pub scope: String,
}

/// What a successful poll gets.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum DeviceTokens {
    Session(SessionTokens),
    Client(TokenSet),
}

/// The outcome of typing a user code on the page.
#[derive(Debug)]
pub enum Entry {
    Found(Box<DeviceCodeRow>, Box<ClientRow>),
    /// Unknown, expired or already decided (counted against the budgets).
    Wrong,
    /// Too many wrong codes: refused until this time.
    Limited {
        until: i64,
    },
}

impl App {
    /// The user code's keyed hash: a dump of the table cannot be searched for codes.
    fn user_code_hash(&self, normalized: &str) -> String {
        self.key
            .mac_hex(&[b"oidc-user-code", normalized.as_bytes()])
    }

    /// What the pages carry to name a request between steps: only ones the entry
    /// page found (after its budgets) can be continued.
    pub fn device_mac(&self, id: &str) -> String {
        self.page_mac(&["device", id])
    }

    /// RFC 8628 §3.1-3.2: a new device code and user code for `client`.
    pub async fn start_device_authorization(
        &self,
        client: &ClientRow,
        scope: Option<&str>,
        meta: &RequestMeta,
    ) -> Result<DeviceAuthorization, OAuthError> {
        let asked = super::parse_scopes(scope.unwrap_or(""));
        if let Some(bad) = asked.iter().find(|s| !client.scopes.contains(s)) {
            tracing::info!(scope = %bad, client = %client.id, "device authorization: scope refused");
            return Err(OAuthError::InvalidScope(
                "a scope asked for is not allowed for this client",
            ));
        }
        let scopes = if asked.is_empty() {
            vec!["openid".to_string()]
        } else {
            asked
        };
        let now = self.now();
        let ttl = self.config.oidc.device_code_ttl;
        let device_name = meta
            .user_agent
            .as_deref()
            .and_then(|ua| acct_api::clean_optional_name(Some(ua), 64))
            .unwrap_or_else(|| DEFAULT_DEVICE_NAME.to_string());
        // A user code taken by a live request: draw again (a clash is 1 in 2.5e10).
        for _ in 0..5 {
            let device_code = secret::new_token(DEVICE_CODE_PREFIX);
            let user_code = new_user_code();
            let row = DeviceCodeRow {
                id: secret::new_id(),
                device_code_hash: token_hash(&device_code),
                user_code_hash: self.user_code_hash(&user_code.replace('-', "")),
                client_id: client.id.clone(),
                scopes: scopes.join(" "),
                device_name: device_name.clone(),
                network: meta.ip.as_deref().and_then(network_of),
                status: "pending".into(),
                poll_interval: POLL_INTERVAL,
                last_polled_at: None,
                account_id: None,
                grant_id: None,
                auth_time: None,
                amr: None,
                created_at: Timestamp::from_unix(now),
                expires_at: Timestamp::from_unix(now + ttl),
                decided_at: None,
            };
            if self.store.insert_device_code(&row).await? {
                let uri = format!("{}{VERIFICATION_PATH}", self.issuer());
                return Ok(DeviceAuthorization {
                    device_code,
                    verification_uri_complete: format!("{uri}?user_code={user_code}"),
                    verification_uri: uri,
                    user_code,
                    expires_in: ttl,
                    interval: POLL_INTERVAL,
                });
            }
        }
        Err(OAuthError::Internal(anyhow::anyhow!(
            "no free user code after 5 draws"
        )))
    }

    /// The token endpoint's device grant (RFC 8628 §3.4-3.5).
    pub async fn poll_device_token(
        &self,
        client: &ClientRow,
        device_code: &str,
        meta: &RequestMeta,
    ) -> Result<DeviceTokens, OAuthError> {
        let now = self.now();
        let row = self
            .store
            .device_code_by_hash(&token_hash(device_code))
            .await?
            .filter(|r| r.client_id == client.id)
            .ok_or(OAuthError::InvalidGrant("unknown device_code"))?;
        match row.status.as_str() {
            "used" => {
                return Err(OAuthError::InvalidGrant(
                    "this device code was already redeemed: start the sign-in again",
                ))
            }
            "denied" => return Err(OAuthError::AccessDenied),
            _ => {}
        }
        if row.expires_at.unix() <= now {
            return Err(OAuthError::ExpiredToken);
        }
        if self
            .store
            .poll_device_code(&row.id, Timestamp::from_unix(now), POLL_INTERVAL)
            .await?
        {
            return Err(OAuthError::SlowDown(row.poll_interval + POLL_INTERVAL));
        }
        if row.status != "approved" {
            return Err(OAuthError::AuthorizationPending);
        }
        self.redeem_device_code(client, &row, meta).await
    }

    /// approved → used and the tokens, in one unit: a burst of polls gets one answer.
    async fn redeem_device_code(
        &self,
        client: &ClientRow,
        row: &DeviceCodeRow,
        meta: &RequestMeta,
    ) -> Result<DeviceTokens, OAuthError> {
        let account_id = row
            .account_id
            .clone()
            .ok_or_else(|| anyhow::anyhow!("an approved device code without an account"))?;
        let amr: Vec<String> = super::parse_scopes(row.amr.as_deref().unwrap_or(""));
        let scopes = super::parse_scopes(&row.scopes);
        if client.id != BUILTIN_CLIENT_ID && scopes.iter().any(|s| s == "openid") {
            // Loaded (made, on first use) before the unit: on SQLite a pool write
            // inside it would wait for the unit's own lock.
            self.current_key(&client.id_token_alg).await?;
        }
        let mut tx = self.store.begin().await?;
        if !tx.redeem_device_code(&row.id).await? {
            return Err(OAuthError::InvalidGrant(
                "this device code was already redeemed: start the sign-in again",
            ));
        }
        if client.id != BUILTIN_CLIENT_ID {
            let grant_id = row
                .grant_id
                .clone()
                .ok_or_else(|| anyhow::anyhow!("an approved device code without a grant"))?;
            tx.touch_grant(&grant_id, self.now()).await?;
            let lineage = Lineage {
                family: row.id.clone(),
                grant_id,
                account_id,
                scopes,
                auth_time: row.auth_time.map_or(self.now(), Timestamp::unix),
                amr,
                nonce: None,
            };
            let set = self.issue_tokens(&mut tx, client, &lineage, None).await?;
            tx.commit().await?;
            // Signed after the commit, as the code grant does (no pool reads inside a unit).
            let set = self.with_id_token(client, &lineage, set).await?;
            return Ok(DeviceTokens::Client(set));
        }
        let session = self
            .create_session(&mut tx, &account_id, Some(&row.device_name), meta)
            .await
            .map_err(api_to_oauth)?;
        let method = method_of(&amr);
        let reason = format!("device_code:{}", client.id);
        self.record_in(
            &mut tx,
            meta,
            Event {
                account_id: Some(&account_id),
                kind: ActivityKind::SignIn,
                outcome: Outcome::Success,
                method: Some(&method),
                device_id: Some(&session.device_id),
                device_name: Some(&row.device_name),
                reason: Some(&reason),
            },
        )
        .await
        .map_err(api_to_oauth)?;
        tx.commit().await?;
        Ok(DeviceTokens::Session(SessionTokens {
            access_token: session.access_token.expose().to_string(),
            token_type: "Bearer",
            expires_in: self.limits().access_ttl,
            refresh_token: session.refresh_token.expose().to_string(),
            account_id: session.account_id,
            device_id: session.device_id,
            scope: scopes.join(" "),
        }))
    }

    /// A user code typed on the page. Each try is counted against the network's and
    /// the browser's budgets before the lookup (and kept when the code is wrong), so a
    /// guesser is stopped after a few tries whatever the code (RFC 8628 §5.1).
    pub async fn enter_user_code(
        &self,
        typed: &str,
        browser: &str,
        meta: &RequestMeta,
    ) -> anyhow::Result<Entry> {
        let now = self.now();
        let mut keys = Vec::new();
        if let Some(ip) = &meta.ip {
            keys.push(format!("device-entry:ip:{ip}"));
        }
        keys.push(format!("device-entry:browser:{}", token_hash(browser)));
        for (i, key) in keys.iter().enumerate() {
            if self
                .store
                .reserve_attempt(key, self.timestamp(), ENTRY_WINDOW, ENTRY_CAP)
                .await?
                .is_none()
            {
                for taken in &keys[..i] {
                    self.store.release_attempt(taken).await?;
                }
                let opened = self
                    .store
                    .attempt_window(key)
                    .await?
                    .map_or(now, |w| w.0.unix());
                return Ok(Entry::Limited {
                    until: opened + ENTRY_WINDOW,
                });
            }
        }
        let found = match normalize_user_code(typed) {
            Some(n) => self
                .store
                .device_code_by_user_code(&self.user_code_hash(&n))
                .await?
                .filter(|r| r.status == "pending" && r.expires_at.unix() > now),
            None => None,
        };
        let Some(row) = found else {
            return Ok(Entry::Wrong);
        };
        let Some(client) = self.store.client(&row.client_id).await? else {
            return Ok(Entry::Wrong);
        };
        // A right code is not a failure: its tries are given back.
        for key in &keys {
            self.store.release_attempt(key).await?;
        }
        Ok(Entry::Found(Box::new(row), Box::new(client)))
    }

    /// A request the pages carry by ID (with [`App::device_mac`]), while it can still
    /// be decided.
    pub async fn device_request(
        &self,
        id: &str,
        mac: &str,
    ) -> anyhow::Result<Option<(DeviceCodeRow, ClientRow)>> {
        if !secret::ct_eq(self.device_mac(id).as_bytes(), mac.as_bytes()) {
            return Ok(None);
        }
        let now = self.now();
        let Some(row) = self
            .store
            .device_code(id)
            .await?
            .filter(|r| r.status == "pending" && r.expires_at.unix() > now)
        else {
            return Ok(None);
        };
        Ok(self.store.client(&row.client_id).await?.map(|c| (row, c)))
    }

    /// Allow or Deny on the consent page: pending → approved | denied, once; an
    /// approval for another client records the grant (it shows in `acctl apps`) in
    /// the same unit. False when the request was decided already or expired.
    pub async fn decide_device(
        &self,
        row: &DeviceCodeRow,
        client: &ClientRow,
        session: &BrowserSessionRow,
        approved: bool,
    ) -> anyhow::Result<bool> {
        let now = self.now();
        let scopes = super::parse_scopes(&row.scopes);
        let existing = if approved && client.id != BUILTIN_CLIENT_ID {
            Some(self.store.grant(&session.account_id, &client.id).await?)
        } else {
            None
        };
        let mut tx = self.store.begin().await?;
        let grant_id = match existing {
            None => None,
            Some(g) => {
                let (id, mut all) = match g {
                    Some(g) => (g.id, g.scopes),
                    None => (secret::new_id(), Vec::new()),
                };
                for s in &scopes {
                    if !all.contains(s) {
                        all.push(s.clone());
                    }
                }
                Some(
                    tx.upsert_grant(&id, &session.account_id, &client.id, &all, now)
                        .await?,
                )
            }
        };
        let amr = session.amr.join(" ");
        let decided = tx
            .decide_device_code(
                &row.id,
                &DeviceDecision {
                    approved,
                    account_id: &session.account_id,
                    grant_id: grant_id.as_deref(),
                    auth_time: Timestamp::from_unix(session.auth_at),
                    amr: &amr,
                },
                Timestamp::from_unix(now),
            )
            .await?;
        if !decided {
            return Ok(false);
        }
        tx.commit().await?;
        Ok(true)
    }
}

/// A session refused by the account's state (deleted or locked since approval).
fn api_to_oauth(e: ApiError) -> OAuthError {
    match e {
        ApiError::Api { .. } => OAuthError::InvalidGrant(
            "the account cannot sign in any more: check it with `acctl status`",
        ),
        ApiError::Internal(e) => OAuthError::Internal(e),
    }
}
