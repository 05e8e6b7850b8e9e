//! Account deletion: a fresh sign-in, a code to the phone or email, the account ID
//! typed as confirmation, then one transaction that signs out every device, erases
//! personal data and retires the ID.

use acct_api::{Channel, ErrorCode, Flow, FlowInput, FlowResult};

use super::activity::Event;
use super::flow_state::{CodeSend, DeletionState, FlowState};
use super::flows::required;
use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, CodePurpose, Outcome};
use crate::store::{AccessContext, FlowRow};

impl App {
    pub(super) async fn start_deletion(
        &self,
        ctx: &AccessContext,
        via: Option<Channel>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        self.require_fresh(ctx)?;
        let (channel, destination, masked) = self.code_channel(ctx, via)?;
        let state = DeletionState {
            code: CodeSend::new(channel, &destination, masked, CodePurpose::DeleteAccount),
            device_id: ctx.device_id.clone(),
        };
        self.start_code_flow(Some(&ctx.account_id), FlowState::DeleteAccount(state), meta)
            .await
    }

    pub(super) async fn advance_deletion(
        &self,
        row: &FlowRow,
        state: &DeletionState,
        ctx: &AccessContext,
        input: &FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        match row.awaiting.as_deref() {
            Some("code") => {
                let code = required(input.code.as_ref().map(|s| s.expose()), "code")?;
                let right = self
                    .check_code(&row.id, CodePurpose::DeleteAccount, code, meta)
                    .await?;
                let next = self
                    .move_flow_using(
                        row,
                        &FlowState::DeleteAccount(state.clone()),
                        "confirmation",
                        &right,
                    )
                    .await?;
                // A confirmation may come with the code (`--yes`); then finish now.
                if input.confirmation.is_some() {
                    let mut moved = row.clone();
                    moved.version += 1;
                    moved.awaiting = Some("confirmation".into());
                    return Box::pin(self.advance_deletion(&moved, state, ctx, input, meta)).await;
                }
                Ok(next)
            }
            Some("confirmation") => {
                let typed = required(input.confirmation.as_deref(), "confirmation")?;
                if typed.trim() != ctx.account_id {
                    return Err(ApiError::new(
                        ErrorCode::InvalidInput,
                        "The confirmation does not match the account ID: nothing was deleted. Type the account ID exactly.",
                    ));
                }
                self.require_fresh(ctx)?;
                self.delete_account(row, state, ctx, meta).await
            }
            _ => Err(ApiError::new(
                ErrorCode::WrongStep,
                "This flow is not waiting for that input.",
            )),
        }
    }

    async fn delete_account(
        &self,
        row: &FlowRow,
        state: &DeletionState,
        ctx: &AccessContext,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let now = self.timestamp();
        // One unit: the event (recorded before the erase, so it outlives the account
        // with its personal fields erased), the erase, every device signed out and
        // the account's flows (this one too) gone. A sign-in racing it either
        // committed first (its device is signed out here) or finds its flow gone.
        let mut tx = self.store.begin().await?;
        self.record_in(
            &mut tx,
            meta,
            Event {
                account_id: Some(&ctx.account_id),
                kind: ActivityKind::AccountDeleted,
                outcome: Outcome::Success,
                method: None,
                device_id: Some(&ctx.device_id),
                device_name: None,
                reason: None,
            },
        )
        .await?;
        if !tx.erase_account(&ctx.account_id, now).await? {
            return Err(ApiError::not_found("account"));
        }
        tx.commit().await?;
        let mut done = row.clone();
        done.awaiting = None;
        done.completed_at = Some(now);
        Ok(self.flow_view(
            &done,
            &FlowState::DeleteAccount(state.clone()),
            Some(FlowResult {
                account_id: ctx.account_id.clone(),
                deleted: true,
                recovery_codes: Vec::new(),
                ticket: None,
                session: None,
            }),
        ))
    }
}
