//! Caps on second-factor guesses (SECURITY.md 16): at most `second_factor_max_tries`
//! wrong answers per flow, and `second_factor_failures_per_account` per account per
//! `second_factor_window` across every flow and request (sign-in, reset, re-auth,
//! enrolment, credential changes). A try is reserved in the store before the answer
//! is checked, so concurrent requests and replicas share the caps; a right answer
//! gives its account reservation back. Recovery codes count the same as TOTP codes.

use std::future::Future;

use acct_api::{ErrorCode, FlowInput};
use serde_json::json;

use super::{humanize_secs, rfc3339, App, RequestMeta};
use crate::clock::Timestamp;
use crate::courier::notices::Notice;
use crate::error::{ApiError, ApiResult};
use crate::store::{AccountRow, FlowRow};

/// Lifetime of a flow's try counter: longer than any flow lives (waits included).
const FLOW_WINDOW: i64 = 30 * 86_400;

/// What a wrong answer looks like (replays included), as opposed to a missing field.
fn is_wrong_answer(e: &ApiError) -> bool {
    matches!(
        e.code(),
        ErrorCode::InvalidCode | ErrorCode::InvalidCredentials
    )
}

impl App {
    /// Checks the second factor of an account with two-step verification as one step
    /// of `flow`: the flow's and the account's caps both apply. `first_failure` is sent
    /// to the owner's channels after the flow's first wrong answer (SECURITY.md 35).
    pub async fn check_flow_second_factor(
        &self,
        flow: &FlowRow,
        account: &AccountRow,
        input: &FlowInput,
        meta: &RequestMeta,
        first_failure: Option<Notice>,
    ) -> ApiResult<()> {
        if account.totp_secret_enc.is_none() {
            return Ok(());
        }
        require_answer(input)?;
        self.guarded_flow_factor(
            flow,
            account,
            first_failure,
            self.verify_second_factor(account, input, meta),
        )
        .await
    }

    /// Runs `check` (a second-factor check for `account`) under the flow's cap and the
    /// account's: a wrong answer uses one try of each, the last try ends the flow.
    pub(super) async fn guarded_flow_factor(
        &self,
        flow: &FlowRow,
        account: &AccountRow,
        first_failure: Option<Notice>,
        check: impl Future<Output = ApiResult<()>>,
    ) -> ApiResult<()> {
        let l = self.limits();
        let key = format!("2fa:flow:{}", flow.id);
        let Some(tries) = self
            .store
            .reserve_attempt(
                &key,
                self.timestamp(),
                FLOW_WINDOW,
                l.second_factor_max_tries,
            )
            .await?
        else {
            self.end_flow(&flow.id).await?;
            return Err(flow_exhausted());
        };
        match self.guarded_factor(&account.id, check).await {
            Ok(()) => Ok(()),
            Err(e) if is_wrong_answer(&e) => {
                if tries == 1 {
                    if let Some(notice) = first_failure {
                        self.notify_account(account, "security_notice", notice)
                            .await;
                    }
                }
                if tries >= l.second_factor_max_tries {
                    self.end_flow(&flow.id).await?;
                    return Err(flow_exhausted());
                }
                Err(e)
            }
            Err(e) => {
                // Not checked (the account cap, an error of ours): the flow keeps its try.
                self.store.release_attempt(&key).await?;
                Err(e)
            }
        }
    }

    /// Runs `check` (a second-factor check of `account_id`) under the account's cap:
    /// one try reserved before, given back after a right answer or an error of ours.
    pub(super) async fn guarded_factor(
        &self,
        account_id: &str,
        check: impl Future<Output = ApiResult<()>>,
    ) -> ApiResult<()> {
        let l = self.limits();
        let now = self.timestamp();
        let key = format!("2fa:acct:{account_id}");
        if self
            .store
            .reserve_attempt(
                &key,
                now,
                l.second_factor_window,
                l.second_factor_failures_per_account,
            )
            .await?
            .is_none()
        {
            let opened = self
                .store
                .attempt_window(&key)
                .await?
                .map_or(now, |(start, _)| start);
            return Err(account_exhausted(
                opened.plus_secs(l.second_factor_window),
                now,
                l.second_factor_failures_per_account,
                l.second_factor_window,
            ));
        }
        let outcome = check.await;
        match &outcome {
            Err(e) if is_wrong_answer(e) => {}
            _ => self.store.release_attempt(&key).await?,
        }
        outcome
    }
}

/// A second-factor step needs an authenticator or a recovery code; saying so costs no try.
pub fn require_answer(input: &FlowInput) -> ApiResult<()> {
    let given =
        |v: &Option<acct_api::Secret>| v.as_ref().is_some_and(|s| !s.expose().trim().is_empty());
    if given(&input.totp) || given(&input.recovery_code) {
        return Ok(());
    }
    Err(ApiError::new(
        ErrorCode::WrongStep,
        "This account has two-step verification: enter the current code from your authenticator app, or a recovery code. Without either, open a recovery ticket: `acctl recover ticket`.",
    )
    .details(json!({ "missing": "totp" })))
}

fn flow_exhausted() -> ApiError {
    ApiError::new(
        ErrorCode::TooManyAttempts,
        "Too many wrong two-step codes: start again (sign in, or run the command again). Use a recovery code if the authenticator is lost, or open a recovery ticket with `acctl recover ticket`.",
    )
    .details(json!({ "limit": "second_factor_max_tries" }))
}

fn account_exhausted(until: Timestamp, now: Timestamp, cap: i64, window: i64) -> ApiError {
    let wait = now.secs_until(until).max(1);
    ApiError::new(
        ErrorCode::TooManyAttempts,
        format!(
            "Too many wrong two-step codes for this account ({cap} within {}); try again after {} (in {}). If you no longer have your authenticator or recovery codes, open a recovery ticket with `acctl recover ticket`.",
            humanize_secs(window),
            rfc3339(now.plus_secs(wait)),
            humanize_secs(wait)
        ),
    )
    .retry_after(wait)
    .details(json!({ "limit": "second_factor_failures_per_account", "until": rfc3339(now.plus_secs(wait)) }))
}
