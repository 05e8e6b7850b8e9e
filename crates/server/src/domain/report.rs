//! "This wasn't me" (`POST /v1/activity/{id}/report`): the owner reports one of
//! their activity events. The event's device is signed out (if it still is signed
//! in) and the report is recorded, in one transaction; the answer names the next
//! steps (a password change, the security check).

use acct_api::{ActivityReport, ErrorCode, SignedOutDevice};

use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, Outcome};
use crate::store::{AccessContext, ActivityEntry};

/// Why the reported device was revoked (devices.revoked_reason and the sign-out event).
const REASON: &str = "reported_not_me";

impl App {
    /// Reports event `event_id` of the caller's account. Signing out another device
    /// needs a recent sign-in (SECURITY.md 21, as `sign_out_devices`); it is checked
    /// before the event is looked up, so a stale session learns nothing about IDs.
    /// Unknown and other accounts' events get the same 404.
    pub async fn report_activity(
        &self,
        ctx: &AccessContext,
        event_id: i64,
        meta: &RequestMeta,
    ) -> ApiResult<ActivityReport> {
        self.require_fresh(ctx)?;
        let now = self.timestamp();
        let mut tx = self.store.begin().await?;
        let Some(event) = tx.own_event(&ctx.account_id, event_id).await? else {
            tx.rollback().await?;
            return Err(ApiError::not_found(&format!(
                "event {event_id} in this account's activity (see `acctl activity`)"
            )));
        };
        if event.device_id.as_deref() == Some(ctx.device_id.as_str()) {
            tx.rollback().await?;
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                format!(
                    "Event {event_id} is this device's own sign-in, so it was you (or someone holds this device): \
                     to end it, sign out here; to end every other sign-in, change the password."
                ),
            ));
        }
        let mut signed_out = None;
        if let Some(device_id) = event.device_id.as_deref() {
            if let Some(d) = tx
                .revoke_live_device(&ctx.account_id, device_id, REASON, now)
                .await?
            {
                let entry = self.entry(
                    ctx,
                    meta,
                    ActivityKind::DeviceSignedOut,
                    Some(device_id),
                    Some(&d.name),
                );
                tx.record_activity(&entry).await?;
                signed_out = Some(SignedOutDevice {
                    device_id: device_id.to_string(),
                    name: d.name,
                    ip: d.ip,
                    last_seen_at: d.last_seen_at.to_datetime(),
                    current: false,
                });
            }
        }
        let mut entry = self.entry(
            ctx,
            meta,
            ActivityKind::ReportedNotMe,
            event.device_id.as_deref(),
            None,
        );
        // Which event was reported, for support and the owner reading their activity later.
        entry.reason = Some(format!("event {event_id}"));
        let report_id = tx.record_activity(&entry).await?;
        tx.commit().await?;
        tracing::info!(kind = ActivityKind::ReportedNotMe.as_str(), account = %ctx.account_id, event_id, "activity");
        Ok(ActivityReport {
            event_id,
            event_kind: event.kind,
            signed_out,
            report_id,
            next: vec![
                "acctl password change".to_string(),
                "acctl security check".to_string(),
            ],
        })
    }

    fn entry(
        &self,
        ctx: &AccessContext,
        meta: &RequestMeta,
        kind: ActivityKind,
        device_id: Option<&str>,
        device_name: Option<&str>,
    ) -> ActivityEntry {
        ActivityEntry {
            account_id: Some(ctx.account_id.clone()),
            at: self.timestamp(),
            kind,
            outcome: Outcome::Success,
            method: None,
            ip: meta.ip.clone(),
            device_id: device_id.map(str::to_string),
            device_name: device_name.map(str::to_string),
            user_agent: meta.user_agent.clone(),
            reason: Some(REASON.to_string()),
            request_id: meta.request_id.clone(),
        }
    }
}
