//! Re-authentication: sensitive operations need a sign-in or re-authentication
//! within `reauth_window`. When it is stale they answer `reauth_required`, and the
//! client runs a `reauth` flow (password, or a code when there is no password).

use acct_api::{mask_email, mask_phone, Awaiting, Channel, ErrorCode, Flow, FlowResult};

use super::flow_state::{CodeSend, FlowState, ReauthState};
use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::CodePurpose;
use crate::store::{AccessContext, FlowRow};

impl App {
    /// Refuses a sensitive operation unless the device proved itself recently.
    pub fn require_fresh(&self, ctx: &AccessContext) -> ApiResult<()> {
        if self.timestamp().secs_since(ctx.auth_at) <= self.limits().reauth_window {
            return Ok(());
        }
        Err(ApiError::new(
            ErrorCode::ReauthRequired,
            "This needs a recent sign-in: confirm it is you (acctl asks for your password or a code), then try again.",
        )
        .details(serde_json::json!({ "reauth": { "kind": "reauth" } })))
    }

    /// Picks where a code goes for an operation on this account.
    pub fn code_channel(
        &self,
        ctx: &AccessContext,
        via: Option<Channel>,
    ) -> ApiResult<(Channel, String, String)> {
        let a = &ctx.account;
        let pick = |c: Channel| match c {
            Channel::Sms => a.phone.clone().map(|p| (Channel::Sms, mask_phone(&p), p)),
            Channel::Email => a.email.clone().map(|e| (Channel::Email, mask_email(&e), e)),
        };
        let chosen = match via {
            Some(c) => pick(c),
            None => pick(Channel::Sms).or_else(|| pick(Channel::Email)),
        };
        chosen
            .map(|(c, masked, dest)| (c, dest, masked))
            .ok_or_else(|| {
                ApiError::new(
                    ErrorCode::InvalidInput,
                    "The account has no verified contact on that channel: choose the other one.",
                )
            })
    }

    pub(super) async fn start_reauth(
        &self,
        ctx: &AccessContext,
        via: Option<Channel>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let mut state = ReauthState {
            code: None,
            device_id: ctx.device_id.clone(),
        };
        if via.is_none() && ctx.account.password_hash.is_some() {
            let state = FlowState::Reauth(state);
            let row = self
                .new_flow(Some(&ctx.account_id), Awaiting::Password, &state)
                .await?;
            self.insert_flow(&row).await?;
            return Ok(self.flow_view(&row, &state, None));
        }
        let (channel, destination, masked) = self.code_channel(ctx, via)?;
        state.code = Some(CodeSend::new(
            channel,
            &destination,
            masked,
            CodePurpose::Reauth,
        ));
        self.start_code_flow(Some(&ctx.account_id), FlowState::Reauth(state), meta)
            .await
    }

    pub(super) async fn advance_reauth(
        &self,
        row: &FlowRow,
        state: &ReauthState,
        ctx: &AccessContext,
        input: &acct_api::FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let mut right = None;
        match row.awaiting.as_deref() {
            Some("password") => {
                let password = super::flows::required(
                    input.password.as_ref().map(|s| s.expose()),
                    "password",
                )?;
                self.check_account_password(&ctx.account, password, meta)
                    .await?;
                if ctx.account.totp_secret_enc.is_some() {
                    return self
                        .move_flow(row, &FlowState::Reauth(state.clone()), "totp")
                        .await;
                }
            }
            Some("totp") => {
                self.check_flow_second_factor(row, &ctx.account, input, meta, None)
                    .await?
            }
            Some("code") => {
                let code = super::flows::required(input.code.as_ref().map(|s| s.expose()), "code")?;
                right = Some(
                    self.check_code(&row.id, CodePurpose::Reauth, code, meta)
                        .await?,
                );
            }
            _ => {
                return Err(ApiError::new(
                    ErrorCode::WrongStep,
                    "This flow is not waiting for that input.",
                ))
            }
        }
        // One unit, the flow's compare-and-set first: the code used and the device's
        // fresh sign-in proof.
        let mut tx = self.store.begin().await?;
        let flow = self
            .complete_flow_in(
                &mut tx,
                row,
                &FlowState::Reauth(state.clone()),
                FlowResult {
                    account_id: ctx.account_id.clone(),
                    deleted: false,
                    recovery_codes: Vec::new(),
                    ticket: None,
                    session: None,
                },
            )
            .await?;
        if let Some(right) = &right {
            self.consume_code_in(&mut tx, right).await?;
        }
        tx.mark_reauthenticated(&state.device_id, self.timestamp())
            .await?;
        tx.commit().await?;
        Ok(flow)
    }
}
