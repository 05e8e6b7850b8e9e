//! The staff endpoints (`/v1/support/…`): accounts, their activity, the
//! ticket queue and the audit log. Each returns a [`Call`].

use acct_api::{
    ActivityPage, ActivityQuery, AuditEntry, AuditQuery, StaffAccountView, StaffActionResult,
    StaffReason, Ticket, TicketAction, TicketQuery,
};

use crate::call::{Call, Request};
use crate::export::Export;
use crate::url::{percent_encode, seg};
use crate::Client;

impl Client {
    /// `GET /v1/support/accounts?q=`.
    pub fn staff_search(&self, query: &str) -> Call<Vec<StaffAccountView>> {
        self.call(Request::get(format!(
            "/v1/support/accounts?q={}",
            percent_encode(query)
        )))
    }

    /// `GET /v1/support/accounts/{id}`.
    pub fn staff_show(&self, account_id: &str) -> Call<StaffAccountView> {
        self.call(Request::get(format!(
            "/v1/support/accounts/{}",
            seg(account_id)
        )))
    }

    /// `POST /v1/support/accounts/{id}/lock`.
    pub fn staff_lock(&self, account_id: &str, reason: &str) -> Call<StaffActionResult> {
        let body = StaffReason {
            reason: Some(reason.to_string()),
        };
        self.call(Request::post(account_path(account_id, "lock")).json(&body))
    }

    /// `POST /v1/support/accounts/{id}/unlock`.
    pub fn staff_unlock(&self, account_id: &str) -> Call<StaffActionResult> {
        self.call(Request::post(account_path(account_id, "unlock")))
    }

    /// `POST /v1/support/accounts/{id}/mark-compromised` (admin).
    pub fn staff_mark_compromised(
        &self,
        account_id: &str,
        reason: &str,
    ) -> Call<StaffActionResult> {
        let body = StaffReason {
            reason: Some(reason.to_string()),
        };
        self.call(Request::post(account_path(account_id, "mark-compromised")).json(&body))
    }

    /// `POST /v1/support/accounts/{id}/sign-out`.
    pub fn staff_sign_out(&self, account_id: &str) -> Call<StaffActionResult> {
        self.call(Request::post(account_path(account_id, "sign-out")))
    }

    /// `GET /v1/support/accounts/{id}/activity`.
    pub fn staff_activity(&self, account_id: &str, query: &ActivityQuery) -> Call<ActivityPage> {
        self.call(Request::get(account_path(account_id, "activity")).query(query))
    }

    /// `GET /v1/support/accounts/{id}/activity/export`: the staff form of
    /// [`Client::activity_export`].
    pub fn staff_activity_export(&self, account_id: &str, query: &ActivityQuery) -> Call<Export> {
        self.export(Request::get(account_path(account_id, "activity/export")).query(query))
    }

    /// `GET /v1/support/tickets`.
    pub fn staff_tickets(&self, query: &TicketQuery) -> Call<Vec<Ticket>> {
        self.call(Request::get("/v1/support/tickets").query(query))
    }

    /// `GET /v1/support/tickets/{id}`.
    pub fn staff_ticket(&self, ticket_id: &str) -> Call<Ticket> {
        self.call(Request::get(format!(
            "/v1/support/tickets/{}",
            seg(ticket_id)
        )))
    }

    /// `POST /v1/support/tickets/{id}/{claim|approve|reject|note}`.
    pub fn staff_ticket_action(
        &self,
        ticket_id: &str,
        action: &str,
        body: &TicketAction,
    ) -> Call<Ticket> {
        let path = format!("/v1/support/tickets/{}/{}", seg(ticket_id), seg(action));
        self.call(Request::post(path).json(body))
    }

    /// `GET /v1/support/audit`.
    pub fn staff_audit(&self, query: &AuditQuery) -> Call<Vec<AuditEntry>> {
        self.call(Request::get("/v1/support/audit").query(query))
    }
}

/// `/v1/support/accounts/{id}/{what}`.
fn account_path(account_id: &str, what: &str) -> String {
    format!("/v1/support/accounts/{}/{what}", seg(account_id))
}
