//! The activity export: an account's whole activity as one streamed NDJSON
//! response, for the account itself and (audited) for staff.

use acct_api::ActivityQuery;
use tokio::sync::mpsc;

use super::devices::activity_filter;
use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::store::{AccessContext, ExportChunk, ExportStart};

impl App {
    /// The signed-in account's activity matching `q` (`limit` and `cursor` do not
    /// apply), newest first.
    pub async fn export_activity(
        &self,
        ctx: &AccessContext,
        q: &ActivityQuery,
    ) -> ApiResult<mpsc::Receiver<ExportChunk>> {
        self.export_of(&ctx.account_id, q)
    }

    /// Staff: an account's activity, audited as one `account.activity` view like
    /// the first page of the paged listing.
    pub async fn staff_export_activity(
        &self,
        ctx: &AccessContext,
        id: &str,
        q: &ActivityQuery,
        meta: &RequestMeta,
    ) -> ApiResult<mpsc::Receiver<ExportChunk>> {
        let a = self.staff_target(ctx, id, true).await?;
        // Filters are checked before the audit entry, so a refused query is not audited.
        let filter = activity_filter(q)?;
        self.audit_action(ctx, "account.activity", Some(&a.id), None, None, meta)
            .await?;
        self.start_export(&a.id, &filter)
    }

    fn export_of(
        &self,
        account_id: &str,
        q: &ActivityQuery,
    ) -> ApiResult<mpsc::Receiver<ExportChunk>> {
        let filter = activity_filter(q)?;
        self.start_export(account_id, &filter)
    }

    fn start_export(
        &self,
        account_id: &str,
        filter: &crate::store::ActivityFilter,
    ) -> ApiResult<mpsc::Receiver<ExportChunk>> {
        self.store
            .export_activity(account_id, filter)
            .map_err(|ExportStart::Busy| {
                ApiError::rate_limited(
                    "An activity export of this account is already running, or this server runs as many as it can: wait for it to finish and try again in a few seconds.",
                    5,
                )
            })
    }
}
