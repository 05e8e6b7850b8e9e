//! Sign-in: by password (under the lockout of `lockout.rs`), or by a code to the
//! account's verified phone or email; with two-step verification on, every way in
//! then needs the second factor (SECURITY.md 25). Unknown logins get the same
//! answers, cost and limits as known ones, and a support lock is told only after
//! the right password or code (SECURITY.md 30).

use acct_api::{
    mask_email, mask_phone, parse_login, Awaiting, Channel, ErrorCode, Flow, FlowResult,
    FlowStatus, Login, LoginMethod,
};

use super::activity::Event;
use super::flow_guard::support_locked;
use super::flow_state::{CodeSend, FlowState, LoginState};
use super::passwords::check_policy;
use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, CodePurpose, Outcome};
use crate::store::{AccountKey, AccountRow, FlowRow, Uow};

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
        // No support-lock check here: a lock is told only after the right password or code.
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
        if self.store.lock_reason(&account.id).await?.is_some() {
            self.record(
                meta,
                Event {
                    account_id: Some(&account.id),
                    kind: ActivityKind::SignIn,
                    outcome: Outcome::Failure,
                    method: Some("password"),
                    device_id: None,
                    device_name: device_name.as_deref(),
                    reason: Some("locked_by_support"),
                },
            )
            .await;
            return Err(support_locked());
        }
        let login_state = LoginState {
            code: None,
            method: Some(LoginMethod::Password),
            device_name,
        };
        let state = FlowState::Login(login_state.clone());
        if account.totp_secret_enc.is_some() {
            // Two-step verification: the password was right; now the second factor.
            let row = self
                .new_flow(Some(&account.id), Awaiting::Totp, &state)
                .await?;
            self.insert_flow(&row).await?;
            return Ok(self.flow_view(&row, &state, None));
        }
        if self.store.must_change_password(&account.id).await? {
            // SECURITY.md 5: the password is known to be compromised; set a new one first.
            let row = self
                .new_flow(Some(&account.id), Awaiting::NewPassword, &state)
                .await?;
            self.insert_flow(&row).await?;
            return Ok(self.flow_view(&row, &state, None));
        }
        let row = self
            .new_flow(Some(&account.id), Awaiting::Password, &state)
            .await?;
        self.insert_flow(&row).await?;
        self.sign_in(&row, &login_state, &account.id, "password", meta)
            .await
    }

    /// A sign-in whose password was marked compromised: the new password, then the session.
    pub(super) async fn finish_forced_change(
        &self,
        row: &FlowRow,
        state: &LoginState,
        input: &acct_api::FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let account_id = row.account_id.clone().unwrap_or_default();
        let Some(account) = self.store.find_account(AccountKey::Id, &account_id).await? else {
            return Err(ApiError::flow_not_found());
        };
        let password =
            super::flows::required(input.password.as_ref().map(|s| s.expose()), "password")?;
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
        // One unit: the new password (every device signed out), its event, and the
        // sign-in that follows.
        let mut tx = self.store.begin().await?;
        tx.set_password(&account.id, &hash, None, self.timestamp())
            .await?;
        self.record_in(
            &mut tx,
            meta,
            Event {
                account_id: Some(&account.id),
                kind: ActivityKind::PasswordChanged,
                outcome: Outcome::Success,
                method: Some("forced"),
                device_id: None,
                device_name: None,
                reason: Some("marked compromised"),
            },
        )
        .await?;
        self.sign_in_with(tx, row, state, &account_id, "password", meta)
            .await
    }

    /// The second step of a sign-in (by password or by code) with two-step verification on.
    pub(super) async fn finish_two_step_login(
        &self,
        row: &FlowRow,
        state: &LoginState,
        input: &acct_api::FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let account_id = row.account_id.clone().unwrap_or_default();
        let Some(account) = self.store.find_account(AccountKey::Id, &account_id).await? else {
            return Err(ApiError::flow_not_found());
        };
        let first = match state.method {
            Some(LoginMethod::Sms | LoginMethod::EmailCode) => {
                crate::courier::notices::Notice::SecondFactorFailedAfterCode
            }
            _ => crate::courier::notices::Notice::SecondFactorFailedAfterPassword,
        };
        self.check_flow_second_factor(row, &account, input, meta, Some(first))
            .await?;
        let factor = if input.recovery_code.is_some() {
            "recovery_code"
        } else {
            "totp"
        };
        let method = format!("{}+{factor}", first_factor(state));
        let by_password = matches!(state.method, None | Some(LoginMethod::Password));
        if by_password && self.store.must_change_password(&account_id).await? {
            let next = FlowState::Login(state.clone());
            return self.move_flow(row, &next, "new_password").await;
        }
        self.sign_in(row, state, &account_id, &method, meta).await
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
        let state = LoginState {
            code: Some(
                CodeSend::new(channel, &destination, sent_to, CodePurpose::Login).ghost(ghost),
            ),
            method: Some(method),
            device_name,
        };
        let account_id = if ghost {
            None
        } else {
            account.as_ref().map(|a| a.id.as_str())
        };
        self.start_code_flow(account_id, FlowState::Login(state), meta)
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
            self.stand_in_mask(channel, login)
        } else if channel == Channel::Sms {
            mask_phone(&destination)
        } else {
            mask_email(&destination)
        };
        (destination, sent_to, ghost)
    }

    pub(super) async fn finish_code_login(
        &self,
        row: &FlowRow,
        state: &LoginState,
        code: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let by_sms = state.code.as_ref().map(|c| c.channel) == Some(Channel::Sms);
        let method = if by_sms { "sms" } else { "email_code" };
        let right = match self
            .check_code(&row.id, CodePurpose::Login, code, meta)
            .await
        {
            Ok(right) => right,
            Err(e) => {
                if let Some(account_id) = row.account_id.as_deref() {
                    self.record(
                        meta,
                        Event {
                            account_id: Some(account_id),
                            kind: ActivityKind::SignIn,
                            outcome: Outcome::Failure,
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
        };
        let ghost = state.code.as_ref().is_none_or(|c| c.ghost);
        let Some(account_id) = row.account_id.clone().filter(|_| !ghost) else {
            // Unreachable in practice: ghost codes are never delivered, so never known.
            return Err(ApiError::new(
                ErrorCode::InvalidCode,
                "That code is not right.",
            ));
        };
        // The code proved the contact: only now may a support lock be told (and the
        // refused attempt joins the owner's activity, as a password one does).
        if let Err(e) = self.refuse_if_support_locked(row, &account_id).await {
            if e.code() != ErrorCode::LoginLocked {
                return Err(e);
            }
            self.record(
                meta,
                Event {
                    account_id: Some(&account_id),
                    kind: ActivityKind::SignIn,
                    outcome: Outcome::Failure,
                    method: Some(method),
                    device_id: None,
                    device_name: state.device_name.as_deref(),
                    reason: Some("locked_by_support"),
                },
            )
            .await;
            return Err(e);
        }
        let Some(account) = self.store.find_account(AccountKey::Id, &account_id).await? else {
            return Err(ApiError::flow_not_found());
        };
        if account.totp_secret_enc.is_some() {
            // SECURITY.md 25: a code alone never passes two-step verification.
            let next = FlowState::Login(state.clone());
            return self.move_flow_using(row, &next, "totp", &right).await;
        }
        // The code is used in the unit that signs in.
        let mut tx = self.store.begin().await?;
        self.consume_code_in(&mut tx, &right).await?;
        self.sign_in_with(tx, row, state, &account_id, method, meta)
            .await
    }

    /// Creates the device and completes the login flow, in one unit.
    async fn sign_in(
        &self,
        row: &FlowRow,
        state: &LoginState,
        account_id: &str,
        method: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let tx = self.store.begin().await?;
        self.sign_in_with(tx, row, state, account_id, method, meta)
            .await
    }

    /// [`App::sign_in`] in the caller's unit `tx`, which it commits: the flow's
    /// compare-and-set, the device and its tokens, and the sign-in event.
    async fn sign_in_with(
        &self,
        mut tx: Uow,
        row: &FlowRow,
        state: &LoginState,
        account_id: &str,
        method: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let now = self.timestamp();
        let done_state = FlowState::Login(state.clone());
        let json = done_state.to_json()?;
        // The account's row before the flow's, in the order a deletion or a support
        // lock takes them, so the two units cannot deadlock on PostgreSQL.
        if !tx.hold_open_account(account_id).await? {
            return Err(ApiError::flow_not_found());
        }
        if !tx.complete_flow(&row.id, row.version, &json, now).await? {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "The flow changed meanwhile; try again.",
            ));
        }
        let session = self
            .create_session(&mut tx, account_id, state.device_name.as_deref(), meta)
            .await?;
        self.record_in(
            &mut tx,
            meta,
            Event {
                account_id: Some(account_id),
                kind: ActivityKind::SignIn,
                outcome: Outcome::Success,
                method: Some(method),
                device_id: Some(&session.device_id),
                device_name: state.device_name.as_deref(),
                reason: None,
            },
        )
        .await?;
        tx.commit().await?;
        let mut done = row.clone();
        done.awaiting = None;
        done.completed_at = Some(now);
        let mut flow = self.flow_view(
            &done,
            &done_state,
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

/// How the first step of a sign-in proved the user, for activity (`sms+totp`, …).
fn first_factor(state: &LoginState) -> &'static str {
    match state.method {
        Some(LoginMethod::Sms) => "sms",
        Some(LoginMethod::EmailCode) => "email_code",
        _ => "password",
    }
}
