//! `/v1/admin/clients`: the client registry as admins use it. Each operation checks
//! the `admin` role, then calls the registry (`clients`), which validates, writes and
//! audits in one unit of work; answers never carry a stored secret, only a new one once.

use acct_api::{
    ClientCreate, ClientList, ClientUpdate, ClientView, CreatedClient, ErrorCode, RotatedSecret,
    Secret,
};

use super::clients::ClientSpec;
use crate::clock::to_datetime;
use crate::domain::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::StaffRole;
use crate::store::{AccessContext, ClientRow};

impl App {
    /// The caller must hold `admin`.
    pub fn require_admin(&self, ctx: &AccessContext) -> ApiResult<()> {
        if ctx.account.roles.has(StaffRole::Admin) {
            return Ok(());
        }
        Err(ApiError::new(
            ErrorCode::Forbidden,
            "This needs the admin role; ask an administrator (`acctd staff grant ID --role admin`).",
        ))
    }

    pub async fn admin_create_client(
        &self,
        ctx: &AccessContext,
        req: &ClientCreate,
        meta: &RequestMeta,
    ) -> ApiResult<CreatedClient> {
        self.require_admin(ctx)?;
        let spec = ClientSpec {
            name: Some(req.name.clone()),
            redirect_uris: Some(req.redirect_uris.clone()),
            post_logout_redirect_uris: req.post_logout_redirect_uris.clone(),
            scopes: req.scopes.clone(),
            id_token_alg: req.id_token_alg.clone(),
        };
        let made = self
            .create_client(&ctx.account_id, &spec, req.public, meta)
            .await?;
        Ok(CreatedClient {
            client: view(&made.client),
            client_secret: made.secret.map(Secret::new),
        })
    }

    pub async fn admin_clients(&self, ctx: &AccessContext) -> ApiResult<ClientList> {
        self.require_admin(ctx)?;
        let items = self.list_clients().await?.iter().map(view).collect();
        Ok(ClientList { items })
    }

    pub async fn admin_client(&self, ctx: &AccessContext, id: &str) -> ApiResult<ClientView> {
        self.require_admin(ctx)?;
        Ok(view(&self.get_client(id).await?))
    }

    pub async fn admin_update_client(
        &self,
        ctx: &AccessContext,
        id: &str,
        req: &ClientUpdate,
        meta: &RequestMeta,
    ) -> ApiResult<ClientView> {
        self.require_admin(ctx)?;
        let spec = ClientSpec {
            name: req.name.clone(),
            redirect_uris: req.redirect_uris.clone(),
            post_logout_redirect_uris: req.post_logout_redirect_uris.clone(),
            scopes: req.scopes.clone(),
            id_token_alg: req.id_token_alg.clone(),
        };
        let row = self.update_client(&ctx.account_id, id, &spec, meta).await?;
        Ok(view(&row))
    }

    pub async fn admin_rotate_secret(
        &self,
        ctx: &AccessContext,
        id: &str,
        meta: &RequestMeta,
    ) -> ApiResult<RotatedSecret> {
        self.require_admin(ctx)?;
        let secret = self.rotate_client_secret(&ctx.account_id, id, meta).await?;
        Ok(RotatedSecret {
            client_id: id.to_string(),
            client_secret: Secret::new(secret),
        })
    }

    pub async fn admin_delete_client(
        &self,
        ctx: &AccessContext,
        id: &str,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        self.require_admin(ctx)?;
        self.delete_client(&ctx.account_id, id, meta).await
    }
}

fn view(c: &ClientRow) -> ClientView {
    ClientView {
        client_id: c.id.clone(),
        name: c.name.clone(),
        public: c.is_public(),
        redirect_uris: c.redirect_uris.clone(),
        post_logout_redirect_uris: c.post_logout_redirect_uris.clone(),
        scopes: c.scopes.clone(),
        id_token_alg: c.id_token_alg.clone(),
        source: c.source.clone(),
        created_at: to_datetime(c.created_at),
        updated_at: to_datetime(c.updated_at),
    }
}
