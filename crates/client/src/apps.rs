//! Connected apps (`/v1/apps`) and the client registry admins keep
//! (`/v1/admin/clients`). Each returns a [`Call`].

use acct_api::{
    AppList, ClientCreate, ClientList, ClientUpdate, ClientView, CreatedClient, RotatedSecret,
};

use crate::call::{Call, Request};
use crate::url::seg;
use crate::Client;

impl Client {
    /// `GET /v1/apps`.
    pub fn apps(&self) -> Call<AppList> {
        self.call(Request::get("/v1/apps"))
    }

    /// `DELETE /v1/apps/{client_id}`: the grant and every token under it end.
    pub fn revoke_app(&self, client_id: &str) -> Call<()> {
        self.call_empty(Request::delete(format!("/v1/apps/{}", seg(client_id))))
    }

    /// `POST /v1/admin/clients` (admin).
    pub fn create_client(&self, req: &ClientCreate) -> Call<CreatedClient> {
        self.call(Request::post("/v1/admin/clients").json(req))
    }

    /// `GET /v1/admin/clients` (admin).
    pub fn clients(&self) -> Call<ClientList> {
        self.call(Request::get("/v1/admin/clients"))
    }

    /// `GET /v1/admin/clients/{id}` (admin).
    pub fn client(&self, id: &str) -> Call<ClientView> {
        self.call(Request::get(client_path(id, "")))
    }

    /// `PATCH /v1/admin/clients/{id}` (admin).
    pub fn update_client(&self, id: &str, req: &ClientUpdate) -> Call<ClientView> {
        self.call(Request::patch(client_path(id, "")).json(req))
    }

    /// `POST /v1/admin/clients/{id}/rotate-secret` (admin).
    pub fn rotate_client_secret(&self, id: &str) -> Call<RotatedSecret> {
        self.call(Request::post(client_path(id, "/rotate-secret")))
    }

    /// `DELETE /v1/admin/clients/{id}` (admin): its grants and tokens end.
    pub fn delete_client(&self, id: &str) -> Call<()> {
        self.call_empty(Request::delete(client_path(id, "")))
    }
}

fn client_path(id: &str, rest: &str) -> String {
    format!("/v1/admin/clients/{}{rest}", seg(id))
}
