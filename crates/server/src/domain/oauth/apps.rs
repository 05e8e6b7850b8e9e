//! Connected apps: what an account granted to clients (`GET /v1/apps`), and
//! ending a grant with every token issued under it (`DELETE /v1/apps/{id}`). A
//! browser session is the account's own device and stays: only the app's access
//! ends.

use acct_api::{AppList, ConnectedApp, ErrorCode};

use crate::clock::to_datetime;
use crate::domain::activity::Event;
use crate::domain::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, Outcome};
use crate::store::AccessContext;

impl App {
    /// The account's live grants, oldest first, with each client's name.
    pub async fn connected_apps(&self, ctx: &AccessContext) -> ApiResult<AppList> {
        let grants = self.store.grants(&ctx.account_id).await?;
        let clients = self.store.clients().await?;
        let items = grants
            .into_iter()
            .filter_map(|g| {
                // A deleted client's grants were ended with it; a row left over is not shown.
                let client = clients.iter().find(|c| c.id == g.client_id)?;
                Some(ConnectedApp {
                    client_id: g.client_id,
                    name: client.name.clone(),
                    scopes: g.scopes,
                    granted_at: to_datetime(g.granted_at),
                    last_used_at: to_datetime(g.last_used_at),
                })
            })
            .collect();
        Ok(AppList { items })
    }

    /// Ends the grant and every access and refresh token under it, with the event, in
    /// one unit of work; 404 when the account has no grant to that client.
    pub async fn revoke_app(
        &self,
        ctx: &AccessContext,
        client_id: &str,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let mut tx = self.store.begin().await?;
        if !tx
            .revoke_grant(&ctx.account_id, client_id, self.now())
            .await?
        {
            return Err(ApiError::new(
                ErrorCode::NotFound,
                format!(
                    "No app of this account has client ID {client_id:?}: `acctl apps` lists the apps you granted."
                ),
            ));
        }
        self.record_in(
            &mut tx,
            meta,
            Event {
                account_id: Some(&ctx.account_id),
                kind: ActivityKind::AppRevoked,
                outcome: Outcome::Success,
                method: None,
                device_id: Some(&ctx.device_id),
                device_name: None,
                reason: Some(client_id),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
