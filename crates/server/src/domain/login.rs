//! Sign-in: by password (with throttling that locks with a growing wait), or by a
//! code to the account's verified phone or email. Unknown logins get the same
//! answers, cost and limits as known ones (SECURITY.md 30).

use acct_api::{
    mask_email, mask_phone, parse_login, Awaiting, Channel, ErrorCode, Flow, FlowKind, FlowResult,
    FlowStatus, Login, LoginMethod,
};
use serde_json::json;

use super::activity::Event;
use super::codes::CodeTarget;
use super::flows::FlowState;
use super::passwords::check_policy;
use super::{humanize_secs, rfc3339, App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::store::{AccountKey, AccountRow, FlowRow, Store};

/// A lock that only recovery or support lifts.
const HARD_LOCK_SECS: i64 = 100 * 365 * 86_400;

impl App {
    /// The live account a login names, if any.
    pub async fn account_for_login(&self, login: &Login) -> ApiResult<Option<AccountRow>> {
        let (key, value) = match login {
            Login::AccountId(v) => (AccountKey::Id, v),
            Login::Phone(v) => (AccountKey::Phone, v),
            Login::Email(v) => (AccountKey::Email, v),
        };
        Ok(self.store.find_account(key, value).await?)
    }

    /// Throttle subject: the account, or a keyed hash of the login for unknown ones,
    /// so unknown logins lock exactly like known ones.
    fn throttle_subject(&self, login: &Login, account: Option<&AccountRow>) -> String {
        match account {
            Some(a) => format!("acct:{}", a.id),
            None => format!(
                "login:{}",
                self.key.mac_hex(&[b"login", login.to_string().as_bytes()])
            ),
        }
    }

    pub(super) async fn start_login(
        &self,
        login: &str,
        method: LoginMethod,
        password: Option<&str>,
        device_name: Option<String>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let login = parse_login(login)?;
        let account = self.account_for_login(&login).await?;
        if let Some(a) = &account {
            if self.store.lock_reason(&a.id).await?.is_some() {
                return Err(ApiError::new(
                    ErrorCode::LoginLocked,
                    "This account is locked by support: contact support to unlock it.",
                ));
            }
        }
        match method {
            LoginMethod::Password => {
                let password = super::flows::required(password, "password")?;
                self.password_login(&login, account, password, device_name, meta)
                    .await
            }
            LoginMethod::Sms | LoginMethod::EmailCode => {
                self.start_code_login(&login, account, method, device_name, meta)
                    .await
            }
        }
    }

    async fn password_login(
        &self,
        login: &Login,
        account: Option<AccountRow>,
        password: &str,
        device_name: Option<String>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let subject = self.throttle_subject(login, account.as_ref());
        self.check_password(
            &subject,
            account.as_ref(),
            password,
            device_name.as_deref(),
            meta,
        )
        .await?;
        let Some(account) = account else {
            return Err(ApiError::invalid_credentials());
        };
        let state = FlowState {
            purpose: "login".into(),
            method: Some(LoginMethod::Password),
            device_name,
            ..FlowState::default()
        };
        if account.totp_secret_enc.is_some() {
            // Two-step verification: the password was right; now the second factor.
            let row = self
                .new_flow(FlowKind::Login, Some(&account.id), Awaiting::Totp, &state)
                .await?;
            self.store.insert_flow(&row).await?;
            return Ok(self.flow_view(&row, &state, None));
        }
        if self.store.must_change_password(&account.id).await? {
            // SECURITY.md 5: the password is known to be compromised; set a new one first.
            let row = self
                .new_flow(
                    FlowKind::Login,
                    Some(&account.id),
                    Awaiting::NewPassword,
                    &state,
                )
                .await?;
            self.store.insert_flow(&row).await?;
            return Ok(self.flow_view(&row, &state, None));
        }
        let row = self
            .new_flow(
                FlowKind::Login,
                Some(&account.id),
                Awaiting::Password,
                &state,
            )
            .await?;
        self.store.insert_flow(&row).await?;
        self.sign_in(&row, &state, &account.id, "password", meta)
            .await
    }

    /// A sign-in whose password was marked compromised: the new password, then the session.
    pub(super) async fn finish_forced_change(
        &self,
        row: &FlowRow,
        state: &FlowState,
        input: &acct_api::FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let account_id = row.account_id.clone().unwrap_or_default();
        let Some(account) = self.store.find_account(AccountKey::Id, &account_id).await? else {
            return Err(ApiError::flow_not_found());
        };
        let password = super::flows::required(input.password.as_deref(), "password")?;
        let s = &self.config.password;
        let context = [
            account.id.as_str(),
            account.phone.as_deref().unwrap_or(""),
            account.email.as_deref().unwrap_or(""),
        ];
        check_policy(s, password, &context)
            .map_err(|p| ApiError::weak_password(p, s.min_length, s.max_length))?;
        if self
            .hasher
            .verify(password, account.password_hash.as_deref())
            .await?
            .matched
        {
            return Err(ApiError::weak_password(
                acct_api::PasswordProblem::SameAsCurrent,
                s.min_length,
                s.max_length,
            ));
        }
        let hash = self.hasher.hash(password).await?;
        self.store
            .set_password(&account.id, &hash, None, self.now())
            .await?;
        self.record(
            meta,
            Event {
                account_id: Some(&account.id),
                kind: "password_changed",
                outcome: "success",
                method: Some("forced"),
                device_id: None,
                device_name: None,
                reason: Some("marked compromised"),
            },
        )
        .await;
        self.sign_in(row, state, &account_id, "password", meta)
            .await
    }

    /// The second step of a password sign-in with two-step verification on.
    pub(super) async fn finish_two_step_login(
        &self,
        row: &FlowRow,
        state: &FlowState,
        input: &acct_api::FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let account_id = row.account_id.clone().unwrap_or_default();
        let Some(account) = self.store.find_account(AccountKey::Id, &account_id).await? else {
            return Err(ApiError::flow_not_found());
        };
        if let Err(e) = self.check_second_factor(&account, input, meta).await {
            if e.code() == ErrorCode::InvalidCode {
                let key = format!("totp:flow:{}", row.id);
                let failures = self.store.count(&key, 0, self.now()).await?;
                if failures == 1 {
                    // SECURITY.md 35: a right password followed by a wrong second factor.
                    self.notify_account(&account, "security_notice", "Someone entered your password correctly but failed the two-step check. If this wasn't you, change your password now.".into()).await;
                }
                if failures >= self.limits().code_max_tries {
                    self.store.delete_flow(&row.id).await?;
                    return Err(ApiError::new(
                        ErrorCode::TooManyAttempts,
                        "Too many wrong two-step codes: sign in again.",
                    ));
                }
            }
            return Err(e);
        }
        let method = if input.recovery_code.is_some() {
            "password+recovery_code"
        } else {
            "password+totp"
        };
        if self.store.must_change_password(&account_id).await? {
            return self.move_flow(row, state, "new_password").await;
        }
        self.sign_in(row, state, &account_id, method, meta).await
    }

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

    /// The one password check: lockout first, then argon2 (a dummy hash when there is
    /// no account or no password, so every path costs the same), then the counters.
    async fn check_password(
        &self,
        subject: &str,
        account: Option<&AccountRow>,
        password: &str,
        device_name: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let now = self.now();
        let throttle = self.store.throttle(subject).await?;
        if throttle.locked_until > now {
            return Err(locked_error(throttle.locked_until, now));
        }
        let stored = account.and_then(|a| a.password_hash.as_deref());
        let verified = self.hasher.verify(password, stored).await?;
        let account_id = account.map(|a| a.id.as_str());
        if !verified.matched {
            let failures = self.store.record_login_failure(subject, now).await?;
            if let Some(until) = self.lock_after(failures, now) {
                self.store.lock_login(subject, until).await?;
            }
            if account_id.is_some() {
                self.record(
                    meta,
                    Event {
                        account_id,
                        kind: "sign_in",
                        outcome: "failure",
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
        self.store.clear_login_failures(subject).await?;
        if let (true, Some(old), Some(id)) = (verified.needs_rehash, stored, account_id) {
            let fresh = self.hasher.hash(password).await?;
            self.store.update_password_hash(id, old, &fresh).await?;
        }
        Ok(())
    }

    /// When a failure count locks password sign-in, and until when.
    fn lock_after(&self, failures: i64, now: i64) -> Option<i64> {
        let l = self.limits();
        if failures >= l.lockout_hard_failures {
            return Some(now + HARD_LOCK_SECS);
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
        Some(now + delay.max(1))
    }

    async fn start_code_login(
        &self,
        login: &Login,
        account: Option<AccountRow>,
        method: LoginMethod,
        device_name: Option<String>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let channel = if method == LoginMethod::Sms {
            Channel::Sms
        } else {
            Channel::Email
        };
        let (destination, sent_to, ghost) = self.code_destination(login, account.as_ref(), channel);
        let state = FlowState {
            channel: Some(channel),
            destination: Some(destination.clone()),
            sent_to: Some(sent_to),
            purpose: "login".into(),
            method: Some(method),
            device_name,
            ghost,
            ..FlowState::default()
        };
        let account_id = if ghost {
            None
        } else {
            account.as_ref().map(|a| a.id.as_str())
        };
        let target = CodeTarget {
            channel,
            destination: &destination,
            purpose: "login",
            deliver: !ghost,
        };
        self.start_code_flow(FlowKind::Login, account_id, state, &target, meta)
            .await
    }

    /// Where a code for this login goes on `channel`: the account's verified contact, or,
    /// with no account or no such contact, a stand-in that is counted and limited the
    /// same way but never delivered. Returns (destination, masked, ghost).
    pub(super) fn code_destination(
        &self,
        login: &Login,
        account: Option<&AccountRow>,
        channel: Channel,
    ) -> (String, String, bool) {
        let real = account.and_then(|a| match channel {
            Channel::Sms => a.phone.clone(),
            Channel::Email => a.email.clone(),
        });
        let (destination, ghost) = match (&real, login) {
            (Some(d), _) => (d.clone(), false),
            (None, Login::Phone(p)) if channel == Channel::Sms => (p.clone(), true),
            (None, Login::Email(e)) if channel == Channel::Email => (e.clone(), true),
            (None, other) => (format!("ghost:{other}"), true),
        };
        let sent_to = if destination.starts_with("ghost:") {
            self.fake_mask(channel, &destination)
        } else if channel == Channel::Sms {
            mask_phone(&destination)
        } else {
            mask_email(&destination)
        };
        (destination, sent_to, ghost)
    }

    /// A plausible, stable mask for a login with no destination behind it.
    fn fake_mask(&self, channel: Channel, seed: &str) -> String {
        let mac = self.key.mac(&[b"fake-mask", seed.as_bytes()]);
        let digits: String = mac
            .iter()
            .take(4)
            .map(|b| char::from(b'0' + b % 10))
            .collect();
        match channel {
            Channel::Sms => format!("+86•••••••{digits}"),
            Channel::Email => format!("{}•••@gmail.com", char::from(b'a' + mac[5] % 26)),
        }
    }

    pub(super) async fn finish_code_login(
        &self,
        row: &FlowRow,
        state: &FlowState,
        code: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let method = if state.channel == Some(Channel::Sms) {
            "sms"
        } else {
            "email_code"
        };
        match self.verify_code(&row.id, "login", code).await {
            Ok(_) => {}
            Err(e) => {
                if let Some(account_id) = row.account_id.as_deref() {
                    self.record(
                        meta,
                        Event {
                            account_id: Some(account_id),
                            kind: "sign_in",
                            outcome: "failure",
                            method: Some(method),
                            device_id: None,
                            device_name: state.device_name.as_deref(),
                            reason: Some(e.code().as_str()),
                        },
                    )
                    .await;
                }
                return Err(e);
            }
        }
        let Some(account_id) = row.account_id.clone().filter(|_| !state.ghost) else {
            // Unreachable in practice: ghost codes are never delivered, so never known.
            return Err(ApiError::new(
                ErrorCode::InvalidCode,
                "That code is not right.",
            ));
        };
        self.sign_in(row, state, &account_id, method, meta).await
    }

    /// Creates the device and completes the login flow.
    async fn sign_in(
        &self,
        row: &FlowRow,
        state: &FlowState,
        account_id: &str,
        method: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let now = self.now();
        let json = serde_json::to_string(state).map_err(anyhow::Error::from)?;
        let mut tx = self.store.begin_write().await?;
        let session = self
            .create_session(&mut tx, account_id, state.device_name.as_deref(), meta)
            .await?;
        if !Store::complete_flow_in(&mut tx, &row.id, row.version, &json, now).await? {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "The flow changed meanwhile; try again.",
            ));
        }
        tx.commit().await?;
        self.record(
            meta,
            Event {
                account_id: Some(account_id),
                kind: "sign_in",
                outcome: "success",
                method: Some(method),
                device_id: Some(&session.device_id),
                device_name: state.device_name.as_deref(),
                reason: None,
            },
        )
        .await;
        let mut done = row.clone();
        done.awaiting = None;
        done.completed_at = Some(now);
        let mut flow = self.flow_view(
            &done,
            state,
            Some(FlowResult {
                deleted: false,
                recovery_codes: Vec::new(),
                ticket: None,
                account_id: account_id.to_string(),
                session: Some(session),
            }),
        );
        flow.status = FlowStatus::Complete;
        Ok(flow)
    }
}

fn locked_error(until: i64, now: i64) -> ApiError {
    let wait = until - now;
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
