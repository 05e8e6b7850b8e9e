//! The one password check, under a lockout that holds under bursts: every check is
//! reserved in the store before argon2 runs (SECURITY.md 14, 15), so concurrent
//! attempts evaluate at most the free failures, and each later failure locks with a
//! growing wait.

use serde_json::json;

use super::activity::Event;
use super::{humanize_secs, rfc3339, App, RequestMeta};
use crate::clock::Timestamp;
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, Outcome};
use crate::store::AccountRow;
use acct_api::ErrorCode;

/// A lock that only recovery or support lifts.
const HARD_LOCK_SECS: i64 = 100 * 365 * 86_400;

/// A reserved check that never settled (a crashed replica) frees its place after this.
const STALE_CHECK_SECS: i64 = 60;

impl App {
    /// Checks a signed-in account's password (re-authentication); failures count
    /// toward the same lockout as sign-in.
    pub async fn check_account_password(
        &self,
        account: &AccountRow,
        password: &str,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let subject = format!("acct:{}", account.id);
        self.check_password(&subject, Some(account), password, None, meta)
            .await
    }

    /// Reserve a check (or answer "locked"), then argon2 (a dummy hash when there is no
    /// account or no password, so every path costs the same), then settle the reservation.
    pub(super) async fn check_password(
        &self,
        subject: &str,
        account: Option<&AccountRow>,
        password: &str,
        device_name: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let now = self.timestamp();
        let l = self.limits();
        if !self
            .store
            .reserve_password_check(subject, now, l.lockout_free_failures, STALE_CHECK_SECS)
            .await?
        {
            // Locked, or as many checks in flight as failures left: refused unchecked.
            let locked_until = self.store.throttle(subject).await?.locked_until;
            let (reason, refusal) = if locked_until > now {
                ("locked", locked_error(locked_until, now))
            } else {
                ("busy", busy_error())
            };
            // The owner sees every attempt; the answer is the same for an unknown login.
            if let Some(a) = account {
                self.record(
                    meta,
                    Event {
                        account_id: Some(&a.id),
                        kind: ActivityKind::SignIn,
                        outcome: Outcome::Failure,
                        method: Some("password"),
                        device_id: None,
                        device_name,
                        reason: Some(reason),
                    },
                )
                .await;
            }
            return Err(refusal);
        }
        let stored = account.and_then(|a| a.password_hash.as_deref());
        let verified = match self.hasher.verify(password, stored).await {
            Ok(v) => v,
            Err(e) => {
                // Not a failure of the caller's: free the place without counting.
                self.store
                    .settle_password_failure(subject, Timestamp::default())
                    .await?;
                return Err(e.into());
            }
        };
        let account_id = account.map(|a| a.id.as_str());
        if !verified.matched {
            let failures = self.store.record_login_failure(subject, now).await?;
            let until = self.lock_after(failures, now).unwrap_or_default();
            self.store.settle_password_failure(subject, until).await?;
            if account_id.is_some() {
                self.record(
                    meta,
                    Event {
                        account_id,
                        kind: ActivityKind::SignIn,
                        outcome: Outcome::Failure,
                        method: Some("password"),
                        device_id: None,
                        device_name,
                        reason: Some(if stored.is_some() {
                            "wrong_password"
                        } else {
                            "no_password_set"
                        }),
                    },
                )
                .await;
            }
            return Err(ApiError::invalid_credentials());
        }
        self.store.settle_password_success(subject).await?;
        if let (true, Some(old), Some(id)) = (verified.needs_rehash, stored, account_id) {
            let fresh = self.hasher.hash(password).await?;
            self.store.update_password_hash(id, old, &fresh).await?;
        }
        Ok(())
    }

    /// When a failure count locks password sign-in, and until when.
    fn lock_after(&self, failures: i64, now: Timestamp) -> Option<Timestamp> {
        let l = self.limits();
        if failures >= l.lockout_hard_failures {
            return Some(now.plus_secs(HARD_LOCK_SECS));
        }
        if failures < l.lockout_free_failures {
            return None;
        }
        let doublings = u32::try_from(failures - l.lockout_free_failures)
            .unwrap_or(u32::MAX)
            .min(40);
        let delay = l
            .lockout_base_delay
            .saturating_mul(1i64 << doublings)
            .min(l.lockout_max_delay);
        Some(now.plus_secs(delay.max(1)))
    }
}

/// Checks already in flight hold every place the failures left allow: a burst, not a
/// lock yet. Answered like a lock (423), so scripts back off the same way.
fn busy_error() -> ApiError {
    ApiError::new(
        ErrorCode::LoginLocked,
        "Too many password checks for this account are under way at once; try again in 1 s.",
    )
    .retry_after(1)
    .details(json!({ "locked_until": null, "busy": true }))
}

fn locked_error(until: Timestamp, now: Timestamp) -> ApiError {
    let wait = now.secs_until(until);
    if wait > 365 * 86_400 {
        return ApiError::new(
            ErrorCode::LoginLocked,
            "Password sign-in is locked after too many failed attempts. Sign in with a code (`acctl login --sms`), reset the password with `acctl recover password`, or ask support to unlock it.",
        )
        .details(json!({ "locked_until": null, "until_recovery": true }));
    }
    ApiError::new(
        ErrorCode::LoginLocked,
        format!(
            "Password sign-in is locked after repeated failures until {} (in {}). Wait, sign in with a code (`acctl login --sms`), or reset the password with `acctl recover password`.",
            rfc3339(until),
            humanize_secs(wait)
        ),
    )
    .retry_after(wait)
    .details(json!({ "locked_until": rfc3339(until) }))
}
