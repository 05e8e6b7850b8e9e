//! A phone change: the new number (taken numbers are refused before any code is
//! sent), a code to the current phone (or the email), then one to the new number;
//! the last step sets it, keeps the old one as a keyed hash, records a security
//! event and notifies the old channels. Email: `email_change.rs`; the password:
//! `password_change.rs`.

use acct_api::{
    mask_phone, parse_phone, Awaiting, Channel, ErrorCode, Flow, FlowInput, FlowResult,
};

use super::codes::RightCode;
use super::flow_state::{CodeSend, FlowState, PhoneChangeState};
use super::flows::required;
use super::{App, RequestMeta};
use crate::courier::notices::Change;
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, CodePurpose};
use crate::store::{is_unique_violation, AccessContext, AccountKey, FlowRow, Uow};

impl App {
    pub(super) async fn start_phone_change(
        &self,
        ctx: &AccessContext,
        new_phone: Option<String>,
        via: Option<Channel>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        self.require_fresh(ctx)?;
        let mut state = PhoneChangeState {
            code: None,
            device_id: ctx.device_id.clone(),
            new_phone: None,
            stage: 0,
        };
        let Some(new_phone) = new_phone else {
            // Ask for the number first, so taken numbers are refused before any code is sent.
            let state = FlowState::PhoneChange(state);
            let row = self
                .new_flow(Some(&ctx.account_id), Awaiting::NewPhone, &state)
                .await?;
            self.insert_flow(&row).await?;
            return Ok(self.flow_view(&row, &state, None));
        };
        state.new_phone = Some(self.check_new_phone(ctx, &new_phone).await?);
        let mut row = self
            .new_flow(
                Some(&ctx.account_id),
                Awaiting::Code,
                &FlowState::PhoneChange(state.clone()),
            )
            .await?;
        // The code, its message and the flow commit together.
        let mut tx = self.store.begin().await?;
        let state = self
            .send_phone_change_code(&mut tx, &mut row, state, ctx, via, meta)
            .await?;
        tx.insert_flow(&row).await?;
        tx.commit().await?;
        self.courier.wake();
        Ok(self.flow_view(&row, &state, None))
    }

    async fn check_new_phone(&self, ctx: &AccessContext, input: &str) -> ApiResult<String> {
        let phone = parse_phone(input)?;
        if ctx.account.phone.as_deref() == Some(phone.as_str()) {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "That is already your phone number.",
            ));
        }
        if self
            .store
            .find_account(AccountKey::Phone, &phone)
            .await?
            .is_some()
        {
            return Err(ApiError::new(
                ErrorCode::PhoneTaken,
                "That number belongs to another account: use a different number.",
            ));
        }
        Ok(phone)
    }

    /// Stage 1: a code to the current phone (or the email); stage 2: to the new phone.
    /// Puts the new state in `row` and returns it.
    async fn send_phone_change_code(
        &self,
        tx: &mut Uow,
        row: &mut FlowRow,
        mut state: PhoneChangeState,
        ctx: &AccessContext,
        via: Option<Channel>,
        meta: &RequestMeta,
    ) -> ApiResult<FlowState> {
        let (channel, destination, masked) = if state.stage == 0 {
            state.stage = 1;
            let via = via.or(if ctx.account.phone.is_none() {
                Some(Channel::Email)
            } else {
                None
            });
            self.code_channel(ctx, via.or(Some(Channel::Sms)))?
        } else {
            state.stage = 2;
            let p = state.new_phone.clone().unwrap_or_default();
            (Channel::Sms, p.clone(), mask_phone(&p))
        };
        let purpose = if state.stage == 1 {
            CodePurpose::PhoneChangeVerifyCurrent
        } else {
            CodePurpose::PhoneChangeVerifyNew
        };
        let mut code = CodeSend::new(channel, &destination, masked, purpose);
        let meta = &meta.in_language(ctx.account.language);
        let target = code.target();
        let next = self.send_code_in(tx, &row.id, &target, meta, None).await?;
        code.resend_after = Some(next);
        state.code = Some(code);
        let state = FlowState::PhoneChange(state);
        row.state = state.to_json()?;
        Ok(state)
    }

    pub(super) async fn advance_phone_change(
        &self,
        row: &FlowRow,
        state: &PhoneChangeState,
        ctx: &AccessContext,
        input: &FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let mut next = row.clone();
        // Each step is one unit: the code it uses, the code it sends and the flow's
        // compare-and-set commit together (a step that lost the race sends nothing).
        let (mut tx, state) = match (row.awaiting.as_deref(), &state.code) {
            (Some("new_phone"), _) => {
                let phone = required(input.phone.as_deref(), "phone")?;
                let given = PhoneChangeState {
                    new_phone: Some(self.check_new_phone(ctx, phone).await?),
                    ..state.clone()
                };
                let mut tx = self.store.begin().await?;
                let state = self
                    .send_phone_change_code(&mut tx, &mut next, given, ctx, None, meta)
                    .await?;
                (tx, state)
            }
            (Some("code"), Some(sent)) => {
                let code = required(input.code.as_ref().map(|s| s.expose()), "code")?;
                let right = self.check_code(&row.id, sent.purpose, code, meta).await?;
                if state.stage == 2 {
                    // The window may have closed while the codes travelled.
                    self.require_fresh(ctx)?;
                    return self
                        .finish_phone_change(row, state, &right, ctx, meta)
                        .await;
                }
                let mut tx = self.store.begin().await?;
                self.consume_code_in(&mut tx, &right).await?;
                let state = self
                    .send_phone_change_code(&mut tx, &mut next, state.clone(), ctx, None, meta)
                    .await?;
                (tx, state)
            }
            _ => {
                return Err(ApiError::new(
                    ErrorCode::WrongStep,
                    "This flow is not waiting for that input.",
                ))
            }
        };
        self.step_in(&mut tx, row, Some("code"), &state, None)
            .await?;
        tx.commit().await?;
        self.courier.wake();
        next.version += 1;
        next.awaiting = Some("code".into());
        Ok(self.flow_view(&next, &state, None))
    }

    /// The last step, one unit: the flow's compare-and-set first (a second
    /// confirmation writes nothing), the code used, the old number kept (as a keyed
    /// hash, so recovery evidence can name it), the new one set, the event and the
    /// notices to the old channels (SECURITY.md 26).
    async fn finish_phone_change(
        &self,
        row: &FlowRow,
        state: &PhoneChangeState,
        right: &RightCode,
        ctx: &AccessContext,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let phone = state.new_phone.clone().unwrap_or_default();
        let mut tx = self.store.begin().await?;
        let flow = self
            .complete_flow_in(
                &mut tx,
                row,
                &FlowState::PhoneChange(state.clone()),
                FlowResult {
                    account_id: ctx.account_id.clone(),
                    deleted: false,
                    session: None,
                    recovery_codes: Vec::new(),
                    ticket: None,
                },
            )
            .await?;
        self.consume_code_in(&mut tx, right).await?;
        if let Some(old) = &ctx.account.phone {
            tx.add_previous_contact(
                &ctx.account_id,
                "phone",
                &self.contact_hash(old),
                self.timestamp(),
            )
            .await?;
        }
        if let Err(e) = tx.set_contact(&ctx.account_id, true, &phone).await {
            if is_unique_violation(&e) {
                return Err(ApiError::new(
                    ErrorCode::PhoneTaken,
                    "That number was just taken by another account: use a different number.",
                ));
            }
            return Err(e.into());
        }
        self.security_event(
            &mut tx,
            ctx,
            ActivityKind::PhoneChanged,
            meta,
            Change::PhoneChanged(mask_phone(&phone)),
        )
        .await?;
        tx.commit().await?;
        self.courier.wake();
        Ok(flow)
    }
}
