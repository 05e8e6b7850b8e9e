//! The account's own endpoints: flows, tokens, the signed-in account, its
//! devices, activity and credentials, recovery, and the service's meta.
//! One method per endpoint; each returns a [`Call`] that knows its endpoint.

use acct_api::{
    Accepted, ActivityItem, ActivityPage, ActivityQuery, ActivityReport, Device, EmailVerify,
    FindId, Flow, FlowInput, LanguageSetting, Limits, Me, PasswordChange, RecoveryCodes,
    RefreshRequest, Secret, SecurityCheck, ServiceInfo, Session, SignOutReceipt, SignOutRequest,
    StartFlow, TicketSecret, TicketStatus, TwoStepChange, TwoStepStatus,
};
use futures_util::TryStreamExt;

use crate::call::{Call, Request};
use crate::error::Result;
use crate::export::{Export, EXPORT_TIMEOUT};
use crate::url::seg;
use crate::Client;

impl Client {
    // ---- flows

    /// `POST /v1/flows`: start sign-up, login, … Returns the flow, maybe already complete.
    pub fn start_flow(&self, start: &StartFlow) -> Call<Flow> {
        self.call(Request::post("/v1/flows").json(start))
    }

    /// `GET /v1/flows/{id}`.
    pub fn get_flow(&self, flow_id: &str) -> Call<Flow> {
        self.call(Request::get(format!("/v1/flows/{}", seg(flow_id))))
    }

    /// `POST /v1/flows/{id}`: answer the step the flow awaits.
    pub fn advance_flow(&self, flow_id: &str, input: &FlowInput) -> Call<Flow> {
        self.call(Request::post(format!("/v1/flows/{}", seg(flow_id))).json(input))
    }

    /// `POST /v1/flows/{id}/resend`: send a new code (the old one dies).
    pub fn resend_code(&self, flow_id: &str) -> Call<Flow> {
        self.call(Request::post(format!("/v1/flows/{}/resend", seg(flow_id))))
    }

    /// `DELETE /v1/flows/{id}`.
    pub fn cancel_flow(&self, flow_id: &str) -> Call<()> {
        self.call_empty(Request::delete(format!("/v1/flows/{}", seg(flow_id))))
    }

    // ---- tokens and sessions

    /// `POST /v1/token/refresh`: rotate the refresh token.
    pub fn refresh(&self, refresh_token: impl Into<Secret>) -> Call<Session> {
        let body = RefreshRequest {
            refresh_token: refresh_token.into(),
        };
        self.call(Request::post("/v1/token/refresh").json(&body))
    }

    /// `POST /v1/logout`: sign out the device of the current token.
    pub fn logout(&self) -> Call<()> {
        self.call_empty(Request::post("/v1/logout"))
    }

    /// `GET /v1/me`.
    pub fn me(&self) -> Call<Me> {
        self.call(Request::get("/v1/me"))
    }

    /// `PUT /v1/me/language`: the language of the account's texts and emails.
    pub fn set_language(&self, language: &str) -> Call<LanguageSetting> {
        let body = LanguageSetting {
            language: language.to_string(),
        };
        self.call(Request::put("/v1/me/language").json(&body))
    }

    /// `GET /v1/me/limits`.
    pub fn limits(&self) -> Call<Limits> {
        self.call(Request::get("/v1/me/limits"))
    }

    /// `GET /v1/devices`.
    pub fn devices(&self) -> Call<Vec<Device>> {
        self.call(Request::get("/v1/devices"))
    }

    /// `DELETE /v1/devices/{id}`: sign a device out.
    pub fn sign_out_device(&self, device_id: &str) -> Call<()> {
        self.call_empty(Request::delete(format!("/v1/devices/{}", seg(device_id))))
    }

    /// `POST /v1/devices/sign-out`: sign out devices by ID, all others, or all.
    pub fn sign_out_devices(&self, req: &SignOutRequest) -> Call<SignOutReceipt> {
        self.call(Request::post("/v1/devices/sign-out").json(req))
    }

    // ---- activity

    /// `GET /v1/activity`: one page, newest first.
    pub fn activity_page(&self, query: &ActivityQuery) -> Call<ActivityPage> {
        self.call(Request::get("/v1/activity").query(query))
    }

    /// All activity matching `query`, page by page (each page is one request), as a stream.
    pub fn activity_stream(
        &self,
        query: ActivityQuery,
    ) -> impl futures_util::Stream<Item = Result<ActivityItem>> + '_ {
        futures_util::stream::try_unfold(Some(query), move |next| async move {
            let Some(q) = next else {
                return Ok(None);
            };
            let page = self.activity_page(&q).await?;
            let following = page.next_cursor.clone().map(|cursor| ActivityQuery {
                cursor: Some(cursor),
                ..q.clone()
            });
            Ok(Some((
                futures_util::stream::iter(page.items.into_iter().map(Ok)),
                following,
            )))
        })
        .try_flatten()
    }

    /// `POST /v1/activity/{id}/report`: "this wasn't me" — signs out the event's device.
    pub fn report_activity(&self, event_id: i64) -> Call<ActivityReport> {
        self.call(Request::post(format!("/v1/activity/{event_id}/report")))
    }

    /// `GET /v1/activity/export`: every matching event, newest first, as one
    /// streamed NDJSON body (one `ActivityItem` a line).
    pub fn activity_export(&self, query: &ActivityQuery) -> Call<Export> {
        self.export(Request::get("/v1/activity/export").query(query))
    }

    /// A streamed answer: the whole-request timeout lifted, each read still timed.
    pub(crate) fn export(&self, req: Request) -> Call<Export> {
        self.call_with(
            req.timeout(EXPORT_TIMEOUT),
            |client, path, resp| async move { Ok(Export::new(resp, client.url(&path))) },
        )
    }

    // ---- credentials

    /// `GET /v1/me/security`: the security checkup.
    pub fn security_check(&self) -> Call<SecurityCheck> {
        self.call(Request::get("/v1/me/security"))
    }

    /// `POST /v1/me/password`: returns new tokens for this device.
    pub fn change_password(&self, req: &PasswordChange) -> Call<Session> {
        self.call(Request::post("/v1/me/password").json(req))
    }

    /// `GET /v1/me/2sv`.
    pub fn two_step_status(&self) -> Call<TwoStepStatus> {
        self.call(Request::get("/v1/me/2sv"))
    }

    /// `DELETE /v1/me/2sv`: needs the authenticator's code or a recovery code.
    pub fn disable_two_step(&self, proof: &TwoStepChange) -> Call<()> {
        self.call_empty(Request::delete("/v1/me/2sv").json(proof))
    }

    /// `POST /v1/me/2sv/recovery-codes`: new codes, shown once; needs the
    /// authenticator's code or a recovery code.
    pub fn regenerate_recovery_codes(&self, proof: &TwoStepChange) -> Call<RecoveryCodes> {
        self.call(Request::post("/v1/me/2sv/recovery-codes").json(proof))
    }

    /// `POST /v1/email/verify`: confirm an email with the link or its token.
    pub fn verify_email(&self, token_or_link: &str) -> Call<Flow> {
        let body = EmailVerify {
            token: token_or_link.into(),
        };
        self.call(Request::post("/v1/email/verify").json(&body))
    }

    // ---- recovery

    /// `POST /v1/recovery/id`: send the account ID to a verified contact.
    pub fn find_id(&self, req: &FindId) -> Call<Accepted> {
        self.call(Request::post("/v1/recovery/id").json(req))
    }

    /// `POST /v1/recovery/cancel`: cancel a waiting password reset.
    pub fn cancel_recovery(&self) -> Call<()> {
        self.call_empty(Request::post("/v1/recovery/cancel"))
    }

    /// `POST /v1/recovery/tickets/{id}/status`.
    pub fn ticket_status(
        &self,
        ticket_id: &str,
        status_secret: impl Into<Secret>,
    ) -> Call<TicketStatus> {
        let body = TicketSecret {
            status_secret: status_secret.into(),
        };
        self.call(
            Request::post(format!("/v1/recovery/tickets/{}/status", seg(ticket_id))).json(&body),
        )
    }

    /// `GET /v1/meta`: version, server time, policy.
    pub fn service_info(&self) -> Call<ServiceInfo> {
        self.call(Request::get("/v1/meta"))
    }
}
