//! Security events: a change to how an account signs in is recorded in its activity
//! and told to every channel of the account, in the unit of work of the change.

use super::activity::Event;
use super::{App, RequestMeta};
use crate::courier::notices::{Change, Notice};
use crate::error::ApiResult;
use crate::kinds::{ActivityKind, Outcome};
use crate::store::{AccessContext, Uow};

impl App {
    /// Records a security event and tells the account's channels about it, in the
    /// unit `tx` of the change it announces; wake the courier after the commit.
    pub async fn security_event(
        &self,
        tx: &mut Uow,
        ctx: &AccessContext,
        kind: ActivityKind,
        meta: &RequestMeta,
        change: Change,
    ) -> ApiResult<()> {
        self.security_event_on(tx, ctx, &ctx.device_id, kind, None, meta, change)
            .await
    }

    /// A security event recorded on `device_id` (the caller's device, or the one
    /// that replaced it), with how it was proved.
    #[allow(clippy::too_many_arguments)]
    pub async fn security_event_on(
        &self,
        tx: &mut Uow,
        ctx: &AccessContext,
        device_id: &str,
        kind: ActivityKind,
        method: Option<&str>,
        meta: &RequestMeta,
        change: Change,
    ) -> ApiResult<()> {
        self.record_in(
            tx,
            meta,
            Event {
                account_id: Some(&ctx.account_id),
                kind,
                outcome: Outcome::Success,
                method,
                device_id: Some(device_id),
                device_name: None,
                reason: None,
            },
        )
        .await?;
        let notice = Notice::Changed {
            change,
            account_id: ctx.account_id.clone(),
        };
        self.notify_account_in(tx, &ctx.account, kind.as_str(), notice)
            .await
    }
}
