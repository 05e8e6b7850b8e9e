//! Recording sign-in attempts and security events. A failure to record is logged,
//! never shown to the user: the request itself already succeeded or failed.

use super::{App, RequestMeta};
use crate::error::ApiResult;
use crate::kinds::{ActivityKind, Outcome};
use crate::store::{ActivityEntry, Uow};

/// One event to record.
pub struct Event<'a> {
    pub account_id: Option<&'a str>,
    pub kind: ActivityKind,
    pub outcome: Outcome,
    pub method: Option<&'a str>,
    pub device_id: Option<&'a str>,
    pub device_name: Option<&'a str>,
    pub reason: Option<&'a str>,
}

impl App {
    /// Records an event that no other write depends on (a failed attempt); a failure
    /// to write it is logged. An event that goes with a change uses [`App::record_in`].
    pub async fn record(&self, meta: &RequestMeta, e: Event<'_>) {
        let entry = self.activity_entry(meta, &e);
        if let Err(err) = self.store.record_activity(&entry).await {
            tracing::error!(error = %err, "could not record activity");
        }
    }

    /// Records the event of a change in the change's own unit of work, so the event
    /// exists exactly when the change does.
    pub async fn record_in(&self, tx: &mut Uow, meta: &RequestMeta, e: Event<'_>) -> ApiResult<()> {
        let entry = self.activity_entry(meta, &e);
        tx.record_activity(&entry).await?;
        Ok(())
    }

    /// The stored entry of an event, logged as it is built.
    fn activity_entry(&self, meta: &RequestMeta, e: &Event<'_>) -> ActivityEntry {
        let entry = ActivityEntry {
            account_id: e.account_id.map(str::to_string),
            at: self.timestamp(),
            kind: e.kind,
            outcome: e.outcome,
            method: e.method.map(str::to_string),
            ip: meta.ip.clone(),
            device_id: e.device_id.map(str::to_string),
            device_name: e.device_name.map(str::to_string),
            user_agent: meta.user_agent.clone(),
            reason: e.reason.map(str::to_string),
            request_id: meta.request_id.clone(),
        };
        // Debug formatting escapes control characters, so a hostile user agent stays one log line.
        tracing::info!(
            kind = e.kind.as_str(),
            outcome = e.outcome.as_str(),
            account = ?e.account_id,
            reason = ?e.reason,
            ip = ?meta.ip,
            user_agent = ?meta.user_agent,
            request_id = ?meta.request_id,
            "activity"
        );
        entry
    }
}
