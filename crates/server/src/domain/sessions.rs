//! Devices and tokens: issuing a session at sign-in, refresh with rotation and
//! reuse detection, authenticating access tokens, signing devices out.

use acct_api::{ErrorCode, Session};

use super::{App, RequestMeta};
use crate::clock::Timestamp;
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, Outcome};
use crate::secret::{self, token_hash};
use crate::store::{AccessContext, DeviceRow, RefreshUse, Uow};

const ACCESS_PREFIX: &str = "acct_at_";
const REFRESH_PREFIX: &str = "acct_rt_";

/// Longest device name kept.
const MAX_DEVICE_NAME: usize = 64;

impl App {
    /// Creates a device with a fresh token pair, inside the caller's unit, for an
    /// account that is still live and not locked (its row held until the commit).
    pub async fn create_session(
        &self,
        tx: &mut Uow,
        account_id: &str,
        device_name: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<Session> {
        if !tx.hold_open_account(account_id).await? {
            // Deleted or locked by support since the flow began (a racing unit won).
            return Err(ApiError::flow_not_found());
        }
        let now = self.timestamp();
        let l = self.limits();
        let name = clean_device_name(device_name, meta);
        let device = DeviceRow {
            id: secret::new_id(),
            account_id: account_id.to_string(),
            name,
            user_agent: meta.user_agent.clone(),
            ip: meta.ip.clone(),
            created_at: now,
            last_seen_at: now,
            auth_at: now,
            refresh_expires_at: now.plus_secs(l.refresh_ttl),
            revoked_at: None,
        };
        tx.insert_device(&device).await?;
        let access = secret::new_token(ACCESS_PREFIX);
        let refresh = secret::new_token(REFRESH_PREFIX);
        tx.insert_access_token(
            &token_hash(&access),
            &device.id,
            now.plus_secs(l.access_ttl),
        )
        .await?;
        tx.insert_refresh_token(&token_hash(&refresh), &device.id, now)
            .await?;
        Ok(Session {
            account_id: account_id.to_string(),
            device_id: device.id,
            access_token: access.into(),
            access_expires_at: now.plus_secs(l.access_ttl).to_datetime(),
            refresh_token: refresh.into(),
            refresh_expires_at: device.refresh_expires_at.to_datetime(),
        })
    }

    /// The successor of a refresh token is derived from it with the server key, so a
    /// replay inside the grace window gets the very same pair without the service
    /// ever storing a token.
    fn successors(&self, refresh_token: &str) -> (String, String) {
        let r = self
            .key
            .mac(&[b"refresh-successor", refresh_token.as_bytes()]);
        let a = self
            .key
            .mac(&[b"access-successor", refresh_token.as_bytes()]);
        (
            secret::token_from_bytes(ACCESS_PREFIX, &a),
            secret::token_from_bytes(REFRESH_PREFIX, &r),
        )
    }

    /// Rotates a refresh token. A reused token (after the grace window) signs the device out.
    pub async fn refresh(&self, refresh_token: &str, meta: &RequestMeta) -> ApiResult<Session> {
        let now = self.timestamp();
        let l = self.limits().clone();
        let hash = token_hash(refresh_token);
        let mut tx = self.store.begin().await?;
        let outcome = tx.use_refresh_token(&hash, now).await?;
        let (access, refresh) = self.successors(refresh_token);
        let session = |device: &DeviceRow, rotated_at: Timestamp| Session {
            account_id: device.account_id.clone(),
            device_id: device.id.clone(),
            access_token: access.clone().into(),
            access_expires_at: rotated_at.plus_secs(l.access_ttl).to_datetime(),
            refresh_token: refresh.clone().into(),
            refresh_expires_at: device.refresh_expires_at.to_datetime(),
        };
        match outcome {
            RefreshUse::Unknown => Err(invalid_refresh()),
            RefreshUse::Revoked => Err(ApiError::session_revoked()),
            RefreshUse::Rotated { device } => {
                if device.refresh_expires_at <= now
                    || device.last_seen_at.plus_secs(l.refresh_idle_ttl) <= now
                {
                    return Err(invalid_refresh());
                }
                let access_hash = token_hash(&access);
                tx.insert_refresh_token(&token_hash(&refresh), &device.id, now)
                    .await?;
                tx.insert_access_token(&access_hash, &device.id, now.plus_secs(l.access_ttl))
                    .await?;
                tx.delete_access_tokens_except(&device.id, &access_hash)
                    .await?;
                tx.commit().await?;
                self.store.touch_device(&device.id, now).await?;
                Ok(session(&device, now))
            }
            RefreshUse::AlreadyUsed { device, used_at } => {
                let in_grace = now.secs_since(used_at) <= l.refresh_grace
                    && tx.refresh_token_unused(&token_hash(&refresh)).await?;
                if in_grace {
                    tx.rollback().await?;
                    return Ok(session(&device, used_at));
                }
                tx.revoke_device_id(&device.id, "refresh_token_reuse", now)
                    .await?;
                self.record_in(
                    &mut tx,
                    meta,
                    super::activity::Event {
                        account_id: Some(&device.account_id),
                        kind: ActivityKind::TokenReuse,
                        outcome: Outcome::DeviceSignedOut,
                        method: None,
                        device_id: Some(&device.id),
                        device_name: Some(&device.name),
                        reason: Some("a refresh token was used twice"),
                    },
                )
                .await?;
                tx.commit().await?;
                Err(ApiError::new(
                    ErrorCode::InvalidRefreshToken,
                    "This refresh token was already used, so for safety this device has been signed out: sign in again.",
                ))
            }
        }
    }

    /// Checks a bearer access token.
    pub async fn authenticate(&self, access_token: &str) -> ApiResult<AccessContext> {
        let now = self.timestamp();
        let Some(ctx) = self.store.access_context(&token_hash(access_token)).await? else {
            return Err(ApiError::unauthenticated());
        };
        if ctx.revoked {
            return Err(ApiError::session_revoked());
        }
        if ctx.expires_at <= now {
            return Err(ApiError::new(
                ErrorCode::Unauthenticated,
                "The access token has expired: refresh it (acctl does this for you) or sign in again.",
            ));
        }
        if now.secs_since(ctx.last_seen_at) >= self.limits().last_seen_granularity {
            self.store.touch_device(&ctx.device_id, now).await?;
        }
        Ok(ctx)
    }

    /// Signs out one device of the account, recorded as every device sign-out is
    /// (`device_signed_out`, the reason saying how). Callers decide the rule:
    /// `POST /v1/logout` uses it for the caller's own device.
    pub async fn sign_out_device(
        &self,
        account_id: &str,
        device_id: &str,
        reason: &str,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let mut tx = self.store.begin().await?;
        if !tx
            .revoke_device(account_id, device_id, reason, self.timestamp())
            .await?
        {
            return Err(ApiError::not_found("device (it may already be signed out)"));
        }
        self.record_in(
            &mut tx,
            meta,
            super::activity::Event {
                account_id: Some(account_id),
                kind: ActivityKind::DeviceSignedOut,
                outcome: Outcome::Success,
                method: None,
                device_id: Some(device_id),
                device_name: None,
                reason: Some(reason),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

fn invalid_refresh() -> ApiError {
    ApiError::new(
        ErrorCode::InvalidRefreshToken,
        "The session has expired or is not valid any more: sign in again.",
    )
}

/// A printable, bounded device name without bidi, zero-width or other hidden
/// characters (`acct_api::clean_name`); defaults to the user agent.
fn clean_device_name(name: Option<&str>, meta: &RequestMeta) -> String {
    [name, meta.user_agent.as_deref()]
        .into_iter()
        .find_map(|n| acct_api::clean_optional_name(n, MAX_DEVICE_NAME))
        .unwrap_or_else(|| "unnamed device".to_string())
}
