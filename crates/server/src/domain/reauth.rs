//! Re-authentication: sensitive operations need a sign-in or re-authentication
//! within `reauth_window`. When it is stale they answer `reauth_required`, and the
//! client runs a `reauth` flow (password, or a code when there is no password).

use acct_api::{mask_email, mask_phone, Awaiting, Channel, ErrorCode, Flow, FlowKind, FlowResult};

use super::codes::CodeTarget;
use super::flows::FlowState;
use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::store::{AccessContext, FlowRow};

impl App {
    /// Refuses a sensitive operation unless the device proved itself recently.
    pub fn require_fresh(&self, ctx: &AccessContext) -> ApiResult<()> {
        if self.now() - ctx.auth_at <= self.limits().reauth_window {
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
        let mut state = FlowState {
            purpose: "reauth".into(),
            device_id: Some(ctx.device_id.clone()),
            ..FlowState::default()
        };
        if via.is_none() && ctx.account.password_hash.is_some() {
            let row = self
                .new_flow(
                    FlowKind::Reauth,
                    Some(&ctx.account_id),
                    Awaiting::Password,
                    &state,
                )
                .await?;
            self.insert_flow(&row).await?;
            return Ok(self.flow_view(&row, &state, None));
        }
        let (channel, destination, masked) = self.code_channel(ctx, via)?;
        state.channel = Some(channel);
        state.destination = Some(destination.clone());
        state.sent_to = Some(masked);
        let target = CodeTarget {
            channel,
            destination: &destination,
            purpose: "reauth",
            deliver: true,
        };
        self.start_code_flow(
            FlowKind::Reauth,
            Some(&ctx.account_id),
            state,
            &target,
            meta,
        )
        .await
    }

    pub(super) async fn advance_reauth(
        &self,
        row: &FlowRow,
        state: &FlowState,
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
                    return self.move_flow(row, state, "totp").await;
                }
            }
            Some("totp") => {
                self.check_flow_second_factor(row, &ctx.account, input, meta, None)
                    .await?
            }
            Some("code") => {
                let code = super::flows::required(input.code.as_ref().map(|s| s.expose()), "code")?;
                right = Some(self.check_code(&row.id, "reauth", code, meta).await?);
            }
            _ => {
                return Err(ApiError::new(
                    ErrorCode::WrongStep,
                    "This flow is not waiting for that input.",
                ))
            }
        }
        let device = state.device_id.as_deref().unwrap_or(&ctx.device_id);
        // One unit, the flow's compare-and-set first: the code used and the device's
        // fresh sign-in proof.
        let mut tx = self.store.begin().await?;
        let flow = self
            .complete_flow_in(
                &mut tx,
                row,
                state,
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
        tx.mark_reauthenticated(device, self.now()).await?;
        tx.commit().await?;
        Ok(flow)
    }
}
