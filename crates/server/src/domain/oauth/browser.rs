//! Browser sessions of the sign-in pages. A browser sign-in goes through the same
//! sign-in flow as the CLI (lockouts, limits, 2SV, enumeration rules: SECURITY.md 52)
//! and its device is the session: it shows in `acctl devices`, and signing it out
//! ends the browser session on every replica (SECURITY.md 51). The cookie holds a
//! random token; only its hash is stored.

use crate::domain::activity::Event;
use crate::domain::{App, RequestMeta};
use crate::kinds::{ActivityKind, Outcome};
use crate::secret::{self, token_hash};
use crate::store::BrowserSessionRow;

pub const COOKIE_PREFIX: &str = "acct_bs_";

impl App {
    /// Opens a browser session on the device a completed sign-in created; returns
    /// the cookie value.
    pub async fn open_browser_session(
        &self,
        account_id: &str,
        device_id: &str,
        amr: &[String],
    ) -> anyhow::Result<String> {
        let now = self.now();
        let token = secret::new_token(COOKIE_PREFIX);
        let row = BrowserSessionRow {
            device_id: device_id.to_string(),
            account_id: account_id.to_string(),
            auth_at: now,
            amr: amr.to_vec(),
            expires_at: now + self.config.oidc.browser_session_ttl,
            last_seen_at: now,
        };
        let mut tx = self.store.begin().await?;
        tx.insert_browser_session(&token_hash(&token), &row, now)
            .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// The session behind a cookie, if still good: its device is live and was seen
    /// within the idle timeout (the API's refresh idle timeout, SECURITY.md 19).
    pub async fn browser_session(&self, cookie: &str) -> anyhow::Result<Option<BrowserSessionRow>> {
        if !cookie.starts_with(COOKIE_PREFIX) {
            return Ok(None);
        }
        let now = self.now();
        let row = self.store.browser_session(&token_hash(cookie), now).await?;
        let Some(row) = row.filter(|r| r.last_seen_at + self.limits().refresh_idle_ttl > now)
        else {
            return Ok(None);
        };
        if now - row.last_seen_at >= self.limits().last_seen_granularity {
            self.store
                .touch_device(&row.device_id, self.timestamp())
                .await?;
        }
        Ok(Some(row))
    }

    /// Ends a browser session by signing its device out, with the same activity
    /// event as `acctl logout` (`device_signed_out`, reason `logout`), in one unit.
    pub async fn end_browser_session(
        &self,
        session: &BrowserSessionRow,
        meta: &RequestMeta,
    ) -> anyhow::Result<()> {
        let mut tx = self.store.begin().await?;
        tx.revoke_device(
            &session.account_id,
            &session.device_id,
            "signed_out",
            self.timestamp(),
        )
        .await?;
        self.record_in(
            &mut tx,
            meta,
            Event {
                account_id: Some(&session.account_id),
                kind: ActivityKind::DeviceSignedOut,
                outcome: Outcome::Success,
                method: None,
                device_id: Some(&session.device_id),
                device_name: None,
                reason: Some("logout"),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The CSRF token of a form: a keyed hash of the browser's CSRF cookie, so a form
    /// posted from another site (which cannot read the cookie) fails (SECURITY.md 47).
    pub fn csrf_token(&self, csrf_cookie: &str) -> String {
        self.key.mac_hex(&[b"oidc-csrf", csrf_cookie.as_bytes()])
    }

    pub fn csrf_ok(&self, csrf_cookie: Option<&str>, presented: &str) -> bool {
        match csrf_cookie {
            Some(c) if c.len() >= 32 => {
                secret::ct_eq(self.csrf_token(c).as_bytes(), presented.as_bytes())
            }
            _ => false,
        }
    }

    /// A MAC over what the pages carry between steps that must not be edited in the
    /// browser (the sign-in methods used, which become `amr`).
    pub fn page_mac(&self, parts: &[&str]) -> String {
        let bytes: Vec<&[u8]> = std::iter::once(&b"oidc-page"[..])
            .chain(parts.iter().map(|p| p.as_bytes()))
            .collect();
        self.key.mac_hex(&bytes)
    }
}
