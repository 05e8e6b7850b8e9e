//! Send and guess budgets: daily counters a code send or a wrong code takes a unit
//! of, reserved in the store (single atomic statements) before the send or the check,
//! so they hold across replicas and under bursts.

use acct_api::ErrorCode;
use serde_json::json;

use super::{humanize_secs, rfc3339, App, RequestMeta};
use crate::clock::Timestamp;
use crate::error::{ApiError, ApiResult};
use crate::kinds::CodePurpose;

const TICKET_HINT: &str =
    "If codes don't reach you, open a recovery ticket with `acctl recover ticket`.";

impl App {
    /// Reserves one unit in every budget, narrowest first; when one is spent, gives the
    /// others back and answers with what that budget says.
    pub(super) async fn reserve_all(
        &self,
        budgets: &[Budget],
        day: i64,
        now: Timestamp,
    ) -> ApiResult<()> {
        for (i, b) in budgets.iter().enumerate() {
            let allowed = self
                .store
                .count_if_allowed(&b.key, day, now, b.cap, b.cooldown)
                .await?;
            if allowed.is_none() {
                let count = self.store.read_count(&b.key, day).await?;
                self.release_all(&budgets[..i]).await?;
                return Err(b.refusal(count, now));
            }
        }
        Ok(())
    }

    pub(super) async fn release_all(&self, budgets: &[Budget]) -> ApiResult<()> {
        for b in budgets {
            self.store.release_attempt(&b.key).await?;
        }
        Ok(())
    }

    /// The send budgets: one message from each send budget of `destination` for `purpose`: the
    /// requesting network's daily cap, its share of the destination, and the
    /// destination's own cap and cooldown. Recovery messages (reset, find my ID,
    /// ticket contact) have budgets apart from sign-in and other codes, so spent
    /// sign-in codes never close forgot-password (SECURITY.md 14). Counted in a
    /// unit of work by `App::count_sends_in`.
    pub(super) fn send_budgets(
        &self,
        destination: &str,
        purpose: CodePurpose,
        meta: &RequestMeta,
    ) -> Vec<Budget> {
        let l = self.limits();
        let class = send_class(purpose);
        let per_destination = if class == RECOVERY_CLASS {
            l.recovery_codes_per_destination_per_day
        } else {
            l.codes_per_destination_per_day
        };
        let mut budgets = Vec::new();
        if let Some(ip) = &meta.ip {
            budgets.push(Budget::new(
                format!("send:ip:{ip}"),
                l.codes_per_ip_per_day,
                Spent::SendsFromNetwork,
            ));
            budgets.push(Budget::new(
                format!("send:{class}-ip:{destination}:{ip}"),
                l.codes_per_destination_per_ip_per_day,
                Spent::SendsToDestinationFromNetwork,
            ));
        }
        let mut dest = Budget::new(
            cooldown_key(purpose, destination),
            per_destination,
            Spent::SendsToDestination,
        );
        dest.cooldown = l.code_resend_cooldown;
        budgets.push(dest);
        budgets
    }
}

/// Which budget ran out, for the answer.
#[derive(Debug, Clone, Copy)]
pub(super) enum Spent {
    SendsFromNetwork,
    SendsToDestinationFromNetwork,
    SendsToDestination,
    GuessesFromNetwork,
    Guesses,
}

/// One daily counter a send or a guess takes a unit of.
pub(super) struct Budget {
    pub(super) key: String,
    pub(super) cap: i64,
    pub(super) cooldown: i64,
    spent: Spent,
}

impl Budget {
    fn new(key: String, cap: i64, spent: Spent) -> Self {
        Self {
            key,
            cap,
            cooldown: 0,
            spent,
        }
    }

    pub(super) fn refusal(&self, count: crate::store::WindowedCount, now: Timestamp) -> ApiError {
        let midnight = now.next_utc_midnight();
        let tomorrow = now.secs_until(midnight);
        if self.cooldown > 0 && count.count < self.cap {
            let retry = now
                .secs_until(count.last_at.plus_secs(self.cooldown))
                .max(1);
            return ApiError::rate_limited(
                format!(
                    "A code was just sent; you can ask for a new one in {}.",
                    humanize_secs(retry)
                ),
                retry,
            )
            .details(json!({"limit": "code_resend_cooldown"}));
        }
        let when = format!(
            "try again after {} (in {})",
            rfc3339(midnight),
            humanize_secs(tomorrow)
        );
        let (code, text, limit) = match self.spent {
            Spent::SendsFromNetwork => (
                ErrorCode::RateLimited,
                format!("Too many codes were requested from this network today; {when}."),
                "codes_per_ip_per_day",
            ),
            Spent::SendsToDestinationFromNetwork => (
                ErrorCode::RateLimited,
                format!("No more codes can be sent to this destination from this network today (limit {} a day); {when}.", self.cap),
                "codes_per_destination_per_ip_per_day",
            ),
            Spent::SendsToDestination => (
                ErrorCode::RateLimited,
                format!("No more codes can be sent to this destination today (limit {} a day); {when}.", self.cap),
                "codes_per_destination_per_day",
            ),
            Spent::GuessesFromNetwork => (
                ErrorCode::TooManyAttempts,
                format!("Too many wrong codes for this destination from this network today; {when}."),
                "code_failures_per_destination_per_ip_per_day",
            ),
            Spent::Guesses => (
                ErrorCode::TooManyAttempts,
                format!("Too many wrong codes for this destination today; {when}."),
                "code_failures_per_destination_per_day",
            ),
        };
        ApiError::new(code, format!("{text} {TICKET_HINT}"))
            .retry_after(tomorrow)
            .details(json!({ "limit": limit }))
    }
}

/// The guess budgets a wrong code for `destination` spends: the requesting network's
/// share (what one stranger can spend) and the destination's backstop against guessing
/// from many networks.
pub(super) fn guess_budgets(
    l: &crate::config::Limits,
    destination: &str,
    meta: &RequestMeta,
) -> Vec<Budget> {
    let mut budgets = Vec::new();
    if let Some(ip) = &meta.ip {
        budgets.push(Budget::new(
            format!("fail:dest-ip:{destination}:{ip}"),
            l.code_failures_per_destination_per_ip_per_day,
            Spent::GuessesFromNetwork,
        ));
    }
    budgets.push(Budget::new(
        format!("fail:dest:{destination}"),
        l.code_failures_per_destination_per_day,
        Spent::Guesses,
    ));
    budgets
}

/// Recovery messages (reset, find my ID, ticket contact) have send budgets apart from
/// sign-in and other codes, so spent sign-in codes never close forgot-password.
const RECOVERY_CLASS: &str = "rdest";

fn send_class(purpose: CodePurpose) -> &'static str {
    if purpose.is_recovery() {
        RECOVERY_CLASS
    } else {
        "dest"
    }
}

/// The per-destination send counter of `purpose`, the one that holds the cooldown.
pub(super) fn cooldown_key(purpose: CodePurpose, destination: &str) -> String {
    format!("send:{}:{destination}", send_class(purpose))
}
