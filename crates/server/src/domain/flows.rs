//! The flow mechanism: one step machine for every multi-step operation.
//! A flow kind decides what it awaits next; the mechanism stores the state,
//! enforces expiry, and lets exactly one input advance each step.

use acct_api::{Awaiting, ErrorCode, Flow, FlowInput, FlowKind, FlowResult, FlowStatus, StartFlow};

pub use super::flow_state::FlowState;
use super::{App, RequestMeta};
use crate::clock::Timestamp;
use crate::error::{ApiError, ApiResult};
use crate::secret;
use crate::store::{AccessContext, FlowRow};

/// Parses a stored kind.
fn kind_of(s: &str) -> FlowKind {
    serde_json::from_value(serde_json::Value::String(s.to_string())).unwrap_or(FlowKind::Unknown)
}

fn awaiting_of(s: &str) -> Awaiting {
    serde_json::from_value(serde_json::Value::String(s.to_string())).unwrap_or(Awaiting::Unknown)
}

impl App {
    /// The API view of a stored flow.
    pub fn flow_view(&self, row: &FlowRow, state: &FlowState, result: Option<FlowResult>) -> Flow {
        let complete = row.completed_at.is_some();
        let tries = self.limits().code_max_tries;
        Flow {
            flow_id: row.id.clone(),
            kind: kind_of(&row.kind),
            status: if complete {
                FlowStatus::Complete
            } else {
                FlowStatus::Pending
            },
            awaiting: row.awaiting.as_deref().map(awaiting_of),
            channel: state.code().map(|c| c.channel),
            sent_to: state.code().map(|c| c.sent_to.clone()),
            expires_at: row.expires_at.to_datetime(),
            tries_left: (!complete && row.awaiting.as_deref() == Some("code"))
                .then_some(u32::try_from(tries).unwrap_or(5)),
            resend_after: (!complete)
                .then(|| state.code().and_then(|c| c.resend_after))
                .flatten()
                .map(Timestamp::to_datetime),
            result,
            enrollment: None,
            wait_until: state.wait_until().map(Timestamp::to_datetime),
            // Right after a send it is queued; `get_flow` reads how it got on.
            delivery: super::delivery::awaits_message(
                kind_of(&row.kind),
                row.awaiting.as_deref(),
                complete,
            )
            .then_some(acct_api::Delivery::Pending),
            delivery_note: None,
        }
    }

    /// Creates a pending flow row (not stored yet); its kind is the state's.
    pub async fn new_flow(
        &self,
        account_id: Option<&str>,
        awaiting: Awaiting,
        state: &FlowState,
    ) -> ApiResult<FlowRow> {
        let now = self.timestamp();
        let account_stamp = match account_id {
            Some(id) => self.account_stamp(id).await?,
            None => None,
        };
        let row = FlowRow {
            id: secret::new_id(),
            kind: state.kind().as_str().to_string(),
            account_id: account_id.map(str::to_string),
            awaiting: Some(awaiting.as_str().to_string()),
            state: state.to_json()?,
            version: 0,
            created_at: now,
            expires_at: now.plus_secs(self.limits().flow_ttl),
            completed_at: None,
            account_stamp,
        };
        Ok(row)
    }

    /// Starts a flow. Flows on a signed-in account need its access token.
    pub async fn start_flow(
        &self,
        start: StartFlow,
        auth: Option<&AccessContext>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        match start {
            StartFlow::Reauth { via } => self.start_reauth(signed_in(auth)?, via, meta).await,
            StartFlow::DeleteAccount { via } => {
                self.start_deletion(signed_in(auth)?, via, meta).await
            }
            StartFlow::PhoneChange { new_phone, via } => {
                self.start_phone_change(signed_in(auth)?, new_phone, via, meta)
                    .await
            }
            StartFlow::EmailChange { email } => {
                self.start_email_change(signed_in(auth)?, &email, meta)
                    .await
            }
            StartFlow::TotpEnroll {} => self.start_totp_enroll(signed_in(auth)?).await,
            StartFlow::PasswordReset {
                login,
                via,
                ticket,
                known_device_id,
            } => {
                self.start_password_reset(&login, via, ticket, known_device_id, meta)
                    .await
            }
            StartFlow::RecoveryTicket {
                login,
                contact_email,
                evidence,
            } => {
                self.start_recovery_ticket(&login, &contact_email, evidence, meta)
                    .await
            }
            StartFlow::Signup {
                phone,
                email,
                password,
                name,
                device_name,
            } => {
                self.start_signup(
                    phone,
                    email,
                    password.map(|p| p.into_exposed()),
                    name,
                    device_name,
                    meta,
                )
                .await
            }
            StartFlow::Login {
                login,
                method,
                password,
                device_name,
            } => {
                self.start_login(
                    &login,
                    method,
                    password.as_ref().map(|s| s.expose()),
                    device_name,
                    meta,
                )
                .await
            }
        }
    }

    /// Loads a flow that is still pending and not expired, and whose account is as it
    /// was when the flow began (`recheck_flow_account`).
    async fn pending_flow(&self, flow_id: &str) -> ApiResult<(FlowRow, FlowState)> {
        let Some(row) = self.store.flow(flow_id).await? else {
            return Err(ApiError::flow_not_found());
        };
        if row.completed_at.is_some() {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "This flow is already complete; start a new one if you need to.",
            ));
        }
        if row.expires_at <= self.timestamp() {
            return Err(ApiError::new(
                ErrorCode::FlowExpired,
                "This flow has expired: start the operation again.",
            ));
        }
        self.recheck_flow_account(&row).await?;
        let state = FlowState::load(&row.kind, &row.state)?;
        Ok((row, state))
    }

    pub async fn get_flow(&self, flow_id: &str) -> ApiResult<Flow> {
        let Some(row) = self.store.flow(flow_id).await? else {
            return Err(ApiError::flow_not_found());
        };
        let state = FlowState::load(&row.kind, &row.state)?;
        self.with_delivery(self.flow_view(&row, &state, None), &row)
            .await
    }

    pub async fn cancel_flow(&self, flow_id: &str) -> ApiResult<()> {
        if !self.end_flow(flow_id).await? {
            return Err(ApiError::flow_not_found());
        }
        Ok(())
    }

    /// Ends a flow and kills its codes, in one unit; false when it was gone already.
    pub(super) async fn end_flow(&self, flow_id: &str) -> ApiResult<bool> {
        let mut tx = self.store.begin().await?;
        let gone = tx.kill_flow(flow_id).await?;
        tx.commit().await?;
        Ok(gone)
    }

    /// Answers the step a flow awaits. Flows on a signed-in account need its token.
    pub async fn advance_flow(
        &self,
        flow_id: &str,
        input: FlowInput,
        auth: Option<&AccessContext>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let (row, state) = self.pending_flow(flow_id).await?;
        let awaiting = row.awaiting.as_deref().map(awaiting_of);
        // Only the account's own session may drive these; others learn nothing.
        let own = || {
            auth.filter(|c| Some(c.account_id.as_str()) == row.account_id.as_deref())
                .ok_or_else(ApiError::flow_not_found)
        };
        match (&state, awaiting) {
            (FlowState::EmailChange(_), _) => {
                // The link's token proves the address; no session is needed.
                let token = input
                    .confirmation
                    .as_deref()
                    .or(input.code.as_ref().map(|s| s.expose()));
                let token = required(token, "confirmation")?;
                let full = if token.contains('.') {
                    token.to_string()
                } else {
                    format!("{}.{token}", row.id)
                };
                self.verify_email_token(&full, meta).await
            }
            (FlowState::Reauth(s), _) => self.advance_reauth(&row, s, own()?, &input, meta).await,
            (FlowState::DeleteAccount(s), _) => {
                self.advance_deletion(&row, s, own()?, &input, meta).await
            }
            (FlowState::PhoneChange(s), _) => {
                self.advance_phone_change(&row, s, own()?, &input, meta)
                    .await
            }
            (FlowState::TotpEnroll(s), _) => {
                self.advance_totp_enroll(&row, s, own()?, &input, meta)
                    .await
            }
            (FlowState::Signup(s), Some(Awaiting::Code)) => {
                let code = required(input.code.as_ref().map(|s| s.expose()), "code")?;
                self.finish_signup(&row, s, code, meta).await
            }
            (FlowState::PasswordReset(s), _) => {
                self.advance_password_reset(&row, s, &input, meta).await
            }
            (FlowState::RecoveryTicket(s), Some(Awaiting::Code)) => {
                self.advance_recovery_ticket(&row, s, &input, meta).await
            }
            (FlowState::Login(s), Some(Awaiting::NewPassword)) => {
                self.finish_forced_change(&row, s, &input, meta).await
            }
            (FlowState::Login(s), Some(Awaiting::Totp)) => {
                self.finish_two_step_login(&row, s, &input, meta).await
            }
            (FlowState::Login(s), Some(Awaiting::Code)) => {
                let code = required(input.code.as_ref().map(|s| s.expose()), "code")?;
                self.finish_code_login(&row, s, code, meta).await
            }
            _ => Err(ApiError::new(
                ErrorCode::WrongStep,
                "This flow is not waiting for that input.",
            )),
        }
    }

    /// Sends a new code for a flow that awaits one; the old code dies.
    pub async fn resend_code(&self, flow_id: &str, meta: &RequestMeta) -> ApiResult<Flow> {
        let (row, mut state) = self.pending_flow(flow_id).await?;
        let awaits_code = row.awaiting.as_deref() == Some("code");
        let Some(code) = state.code_mut().filter(|_| awaits_code) else {
            return Err(ApiError::new(
                ErrorCode::WrongStep,
                "This flow is not waiting for a code.",
            ));
        };
        code.resend_after = Some(
            self.timestamp()
                .plus_secs(self.limits().code_resend_cooldown),
        );
        let code = code.clone();
        let target = code.target();
        // A sign-up's new code is in the language it started in, whatever this request says.
        let meta = &RequestMeta {
            accept_language: state.language().or(meta.accept_language),
            ..meta.clone()
        };
        // The flow's compare-and-set first: a resend that lost the race sends nothing.
        // A send refused by its limits rolls the step back with it.
        let mut tx = self.store.begin().await?;
        self.step_in(&mut tx, &row, row.awaiting.as_deref(), &state, None)
            .await?;
        self.send_code_in(&mut tx, &row.id, &target, meta, None)
            .await?;
        tx.commit().await?;
        self.courier.wake();
        let mut updated = row;
        updated.version += 1;
        Ok(self.flow_view(&updated, &state, None))
    }

    /// Starts a flow whose first step awaits a code, sent as the state's `code` says.
    pub(super) async fn start_code_flow(
        &self,
        account_id: Option<&str>,
        mut state: FlowState,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let mut row = self.new_flow(account_id, Awaiting::Code, &state).await?;
        // The send budgets, the code, its message and the flow commit together: no
        // code is sent for a flow that does not exist.
        let mut tx = self.store.begin().await?;
        let Some(code) = state.code_mut() else {
            return Err(ApiError::Internal(anyhow::anyhow!(
                "a {} flow started without a code",
                row.kind
            )));
        };
        let next = self
            .send_code_in(&mut tx, &row.id, &code.target(), meta, None)
            .await?;
        code.resend_after = Some(next);
        row.state = state.to_json()?;
        tx.insert_flow(&row).await?;
        tx.commit().await?;
        self.courier.wake();
        Ok(self.flow_view(&row, &state, None))
    }

    /// Stores a new flow on its own (a first step that sends nothing).
    pub(super) async fn insert_flow(&self, row: &FlowRow) -> ApiResult<()> {
        let mut tx = self.store.begin().await?;
        tx.insert_flow(row).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// A flow's compare-and-set lost: someone else moved it first.
pub(super) fn conflict() -> ApiError {
    ApiError::new(
        ErrorCode::Conflict,
        "The flow changed meanwhile; try again.",
    )
}

fn signed_in(auth: Option<&AccessContext>) -> ApiResult<&AccessContext> {
    auth.ok_or_else(ApiError::unauthenticated)
}

/// A required field of a step's input, or a clear 422.
pub fn required<'a>(value: Option<&'a str>, field: &str) -> ApiResult<&'a str> {
    value.filter(|v| !v.trim().is_empty()).ok_or_else(|| {
        ApiError::new(ErrorCode::WrongStep, format!("This step needs `{field}`."))
            .details(serde_json::json!({ "missing": field }))
    })
}
