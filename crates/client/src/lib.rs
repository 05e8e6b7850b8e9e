//! acct-client: a typed async client for the acctd HTTP API.
//!
//! One method per endpoint, returning `acct-api` types; one error type carrying
//! the service's error code, message, retry-after and request id. Only
//! idempotent requests (GET) are retried, with a short backoff.

use std::time::Duration;

use acct_api::{
    Accepted, ActivityItem, ActivityPage, ActivityQuery, ActivityReport, ApiErrorBody, AuditEntry,
    AuditQuery, Device, EmailVerify, ErrorCode, ErrorEnvelope, FindId, Flow, FlowInput,
    LanguageSetting, Limits, Me, PasswordChange, RecoveryCodes, RefreshRequest, SecurityCheck,
    ServiceInfo, Session, SignOutReceipt, SignOutRequest, StaffAccountView, StaffActionResult,
    StaffReason, StartFlow, Ticket, TicketAction, TicketQuery, TicketSecret, TicketStatus,
    TwoStepChange, TwoStepStatus, REQUEST_ID_HEADER,
};
use futures_util::TryStreamExt;
use reqwest::{Method, StatusCode};
use serde::{de::DeserializeOwned, Serialize};

/// What can go wrong talking to acctd.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The service answered with an error envelope.
    #[error("{}", body.message)]
    Api {
        status: u16,
        body: ApiErrorBody,
        request_id: Option<String>,
    },
    /// The service could not be reached (connection refused, DNS, TLS, timeout).
    #[error("could not reach {url}: {reason}")]
    Unreachable { url: String, reason: String },
    /// The service answered with something that is not our API.
    #[error("unexpected response from {url} (HTTP {status}): {detail}")]
    Protocol {
        url: String,
        status: u16,
        detail: String,
    },
    /// The base URL is not usable.
    #[error(
        "invalid server URL {0:?}: use e.g. https://accounts.example.com or http://127.0.0.1:8720"
    )]
    BadUrl(String),
}

impl ClientError {
    /// The API error code, when the service sent one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ClientError::Api { body, .. } => Some(body.code),
            _ => None,
        }
    }

    pub fn retry_after(&self) -> Option<u64> {
        match self {
            ClientError::Api { body, .. } => body.retry_after,
            _ => None,
        }
    }

    pub fn request_id(&self) -> Option<&str> {
        match self {
            ClientError::Api { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, ClientError>;

/// Timeouts and identity for a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    pub user_agent: String,
    /// Retries of idempotent requests after a connection failure or 503.
    pub retries: u32,
    /// Connect from this local address (tests use other loopback addresses as "other networks").
    pub local_address: Option<std::net::IpAddr>,
    /// Sent as `Accept-Language` on every request (e.g. `zh-Hans`): the language of the
    /// service's error messages, and of a new account's texts and emails.
    pub accept_language: Option<String>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            user_agent: format!("acct-client/{}", env!("CARGO_PKG_VERSION")),
            retries: 2,
            local_address: None,
            accept_language: None,
        }
    }
}

/// A whole export may take long; a stall is still caught by the per-read timeout.
const EXPORT_TIMEOUT: Duration = Duration::from_secs(24 * 3600);

/// A streamed NDJSON response: chunks as they arrive (not split on lines).
#[derive(Debug)]
pub struct Export {
    resp: reqwest::Response,
    url: String,
}

impl Export {
    /// The next chunk; `None` at the end of a complete body. A body cut short
    /// (the service failed mid-way, the connection dropped) is an error.
    pub async fn chunk(&mut self) -> Result<Option<bytes::Bytes>> {
        self.resp
            .chunk()
            .await
            .map_err(|e| ClientError::Unreachable {
                url: self.url.clone(),
                reason: format!("the export was cut short ({e})"),
            })
    }
}

/// A connection to one acctd. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
    retries: u32,
    connect_timeout: Duration,
    request_timeout: Duration,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl Client {
    /// A client for the service at `base` (e.g. `http://127.0.0.1:8720`).
    pub fn new(base: &str, options: ClientOptions) -> Result<Self> {
        let base = base.trim_end_matches('/').to_string();
        let parsed = reqwest::Url::parse(&base).map_err(|_| ClientError::BadUrl(base.clone()))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
            return Err(ClientError::BadUrl(base));
        }
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(lang) = options.accept_language.as_deref() {
            // A value that is not a valid header is left out rather than failing every call.
            if let Ok(v) = reqwest::header::HeaderValue::from_str(lang) {
                headers.insert(reqwest::header::ACCEPT_LANGUAGE, v);
            }
        }
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .connect_timeout(options.connect_timeout)
            .timeout(options.request_timeout)
            // Also per read, so a stalled activity export (which lifts the total) fails too.
            .read_timeout(options.request_timeout)
            // acctd closes a kept-alive connection after its header-read timeout (10 s by
            // default); idle connections kept longer than that could be reused just as
            // the service closes them.
            .pool_idle_timeout(Duration::from_secs(5))
            .user_agent(options.user_agent)
            .https_only(parsed.scheme() == "https")
            // An API client has no use for redirects, and following one could carry
            // the Authorization header to another origin: a 3xx is reported instead.
            .redirect(reqwest::redirect::Policy::none())
            .local_address(options.local_address)
            .build()
            .map_err(|e| ClientError::Unreachable {
                url: base.clone(),
                reason: e.to_string(),
            })?;
        Ok(Self {
            http,
            base,
            token: None,
            retries: options.retries,
            connect_timeout: options.connect_timeout,
            request_timeout: options.request_timeout,
        })
    }

    /// The same client, authenticating with this access token.
    pub fn with_token(&self, access_token: impl Into<String>) -> Self {
        Self {
            token: Some(access_token.into()),
            ..self.clone()
        }
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    // ---- flows

    /// `POST /v1/flows`: start sign-up, login, … Returns the flow, maybe already complete.
    pub async fn start_flow(&self, start: &StartFlow) -> Result<Flow> {
        self.send(Method::POST, "/v1/flows", Some(start)).await
    }

    /// `GET /v1/flows/{id}`.
    pub async fn get_flow(&self, flow_id: &str) -> Result<Flow> {
        self.send::<(), _>(Method::GET, &format!("/v1/flows/{}", seg(flow_id)), None)
            .await
    }

    /// `POST /v1/flows/{id}`: answer the step the flow awaits.
    pub async fn advance_flow(&self, flow_id: &str, input: &FlowInput) -> Result<Flow> {
        self.send(
            Method::POST,
            &format!("/v1/flows/{}", seg(flow_id)),
            Some(input),
        )
        .await
    }

    /// `POST /v1/flows/{id}/resend`: send a new code (the old one dies).
    pub async fn resend_code(&self, flow_id: &str) -> Result<Flow> {
        self.send::<(), _>(
            Method::POST,
            &format!("/v1/flows/{}/resend", seg(flow_id)),
            None,
        )
        .await
    }

    /// `DELETE /v1/flows/{id}`.
    pub async fn cancel_flow(&self, flow_id: &str) -> Result<()> {
        self.send_empty(Method::DELETE, &format!("/v1/flows/{}", seg(flow_id)))
            .await
    }

    // ---- tokens and sessions

    /// `POST /v1/token/refresh`: rotate the refresh token.
    pub async fn refresh(&self, refresh_token: &str) -> Result<Session> {
        let body = RefreshRequest {
            refresh_token: refresh_token.to_string(),
        };
        self.send(Method::POST, "/v1/token/refresh", Some(&body))
            .await
    }

    /// `POST /v1/logout`: sign out the device of the current token.
    pub async fn logout(&self) -> Result<()> {
        self.send_empty(Method::POST, "/v1/logout").await
    }

    /// `GET /v1/me`.
    pub async fn me(&self) -> Result<Me> {
        self.send::<(), _>(Method::GET, "/v1/me", None).await
    }

    /// `PUT /v1/me/language`: the language of the account's texts and emails.
    pub async fn set_language(&self, language: &str) -> Result<LanguageSetting> {
        let body = LanguageSetting {
            language: language.to_string(),
        };
        self.send(Method::PUT, "/v1/me/language", Some(&body)).await
    }

    /// `GET /v1/me/limits`.
    pub async fn limits(&self) -> Result<Limits> {
        self.send::<(), _>(Method::GET, "/v1/me/limits", None).await
    }

    /// `GET /v1/devices`.
    pub async fn devices(&self) -> Result<Vec<Device>> {
        self.send::<(), _>(Method::GET, "/v1/devices", None).await
    }

    /// `DELETE /v1/devices/{id}`: sign a device out.
    pub async fn sign_out_device(&self, device_id: &str) -> Result<()> {
        self.send_empty(Method::DELETE, &format!("/v1/devices/{}", seg(device_id)))
            .await
    }

    /// `POST /v1/devices/sign-out`: sign out devices by ID, all others, or all.
    pub async fn sign_out_devices(&self, req: &SignOutRequest) -> Result<SignOutReceipt> {
        self.send(Method::POST, "/v1/devices/sign-out", Some(req))
            .await
    }

    /// `GET /v1/activity`: one page, newest first.
    pub async fn activity_page(&self, query: &ActivityQuery) -> Result<ActivityPage> {
        let qs = serde_urlencoded_query(query);
        self.send::<(), _>(Method::GET, &format!("/v1/activity{qs}"), None)
            .await
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
    pub async fn report_activity(&self, event_id: i64) -> Result<ActivityReport> {
        self.send::<(), _>(
            Method::POST,
            &format!("/v1/activity/{event_id}/report"),
            None,
        )
        .await
    }

    /// `GET /v1/activity/export`: every matching event, newest first, as one
    /// streamed NDJSON body (one `ActivityItem` a line).
    pub async fn activity_export(&self, query: &ActivityQuery) -> Result<Export> {
        self.export("/v1/activity/export", query).await
    }

    /// `GET /v1/support/accounts/{id}/activity/export`: the staff form.
    pub async fn staff_activity_export(
        &self,
        account_id: &str,
        query: &ActivityQuery,
    ) -> Result<Export> {
        let path = format!("/v1/support/accounts/{}/activity/export", seg(account_id));
        self.export(&path, query).await
    }

    async fn export(&self, path: &str, query: &ActivityQuery) -> Result<Export> {
        let path = format!("{path}{}", serde_urlencoded_query(query));
        let resp = self
            .execute_for::<()>(Method::GET, &path, None, Some(EXPORT_TIMEOUT))
            .await?;
        if !resp.status().is_success() {
            return Err(self.error_from(resp, &path).await);
        }
        Ok(Export {
            resp,
            url: self.url(&path),
        })
    }

    /// `GET /v1/me/security`: the security checkup.
    pub async fn security_check(&self) -> Result<SecurityCheck> {
        self.send::<(), _>(Method::GET, "/v1/me/security", None)
            .await
    }

    /// `POST /v1/me/password`: returns new tokens for this device.
    pub async fn change_password(&self, req: &PasswordChange) -> Result<Session> {
        self.send(Method::POST, "/v1/me/password", Some(req)).await
    }

    /// `GET /v1/me/2sv`.
    pub async fn two_step_status(&self) -> Result<TwoStepStatus> {
        self.send::<(), _>(Method::GET, "/v1/me/2sv", None).await
    }

    /// `DELETE /v1/me/2sv`: needs the authenticator's code or a recovery code.
    pub async fn disable_two_step(&self, proof: &TwoStepChange) -> Result<()> {
        let resp = self
            .execute(Method::DELETE, "/v1/me/2sv", Some(proof))
            .await?;
        if resp.status().is_success() {
            return Ok(());
        }
        Err(self.error_from(resp, "/v1/me/2sv").await)
    }

    /// `POST /v1/me/2sv/recovery-codes`: new codes, shown once; needs the
    /// authenticator's code or a recovery code.
    pub async fn regenerate_recovery_codes(&self, proof: &TwoStepChange) -> Result<RecoveryCodes> {
        self.send(Method::POST, "/v1/me/2sv/recovery-codes", Some(proof))
            .await
    }

    /// `POST /v1/email/verify`: confirm an email with the link or its token.
    pub async fn verify_email(&self, token_or_link: &str) -> Result<Flow> {
        let body = EmailVerify {
            token: token_or_link.to_string(),
        };
        self.send(Method::POST, "/v1/email/verify", Some(&body))
            .await
    }

    /// `POST /v1/recovery/id`: send the account ID to a verified contact.
    pub async fn find_id(&self, req: &FindId) -> Result<Accepted> {
        self.send(Method::POST, "/v1/recovery/id", Some(req)).await
    }

    /// `POST /v1/recovery/cancel`: cancel a waiting password reset.
    pub async fn cancel_recovery(&self) -> Result<()> {
        self.send_empty(Method::POST, "/v1/recovery/cancel").await
    }

    /// `POST /v1/recovery/tickets/{id}/status`.
    pub async fn ticket_status(
        &self,
        ticket_id: &str,
        status_secret: &str,
    ) -> Result<TicketStatus> {
        let body = TicketSecret {
            status_secret: status_secret.to_string(),
        };
        self.send(
            Method::POST,
            &format!("/v1/recovery/tickets/{}/status", seg(ticket_id)),
            Some(&body),
        )
        .await
    }

    /// `GET /v1/support/accounts?q=`.
    pub async fn staff_search(&self, query: &str) -> Result<Vec<StaffAccountView>> {
        self.send::<(), _>(
            Method::GET,
            &format!("/v1/support/accounts?q={}", percent_encode(query)),
            None,
        )
        .await
    }

    /// `GET /v1/support/accounts/{id}`.
    pub async fn staff_show(&self, account_id: &str) -> Result<StaffAccountView> {
        self.send::<(), _>(
            Method::GET,
            &format!("/v1/support/accounts/{}", seg(account_id)),
            None,
        )
        .await
    }

    /// `POST /v1/support/accounts/{id}/lock`.
    pub async fn staff_lock(&self, account_id: &str, reason: &str) -> Result<StaffActionResult> {
        let body = StaffReason {
            reason: Some(reason.to_string()),
        };
        self.send(
            Method::POST,
            &format!("/v1/support/accounts/{}/lock", seg(account_id)),
            Some(&body),
        )
        .await
    }

    /// `POST /v1/support/accounts/{id}/unlock`.
    pub async fn staff_unlock(&self, account_id: &str) -> Result<StaffActionResult> {
        self.send::<(), _>(
            Method::POST,
            &format!("/v1/support/accounts/{}/unlock", seg(account_id)),
            None,
        )
        .await
    }

    /// `POST /v1/support/accounts/{id}/mark-compromised` (admin).
    pub async fn staff_mark_compromised(
        &self,
        account_id: &str,
        reason: &str,
    ) -> Result<StaffActionResult> {
        let body = StaffReason {
            reason: Some(reason.to_string()),
        };
        self.send(
            Method::POST,
            &format!("/v1/support/accounts/{}/mark-compromised", seg(account_id)),
            Some(&body),
        )
        .await
    }

    /// `POST /v1/support/accounts/{id}/sign-out`.
    pub async fn staff_sign_out(&self, account_id: &str) -> Result<StaffActionResult> {
        self.send::<(), _>(
            Method::POST,
            &format!("/v1/support/accounts/{}/sign-out", seg(account_id)),
            None,
        )
        .await
    }

    /// `GET /v1/support/accounts/{id}/activity`.
    pub async fn staff_activity(
        &self,
        account_id: &str,
        query: &ActivityQuery,
    ) -> Result<ActivityPage> {
        let qs = serde_urlencoded_query(query);
        self.send::<(), _>(
            Method::GET,
            &format!("/v1/support/accounts/{}/activity{qs}", seg(account_id)),
            None,
        )
        .await
    }

    /// `GET /v1/support/tickets`.
    pub async fn staff_tickets(&self, query: &TicketQuery) -> Result<Vec<Ticket>> {
        let qs = serde_urlencoded_query(query);
        self.send::<(), _>(Method::GET, &format!("/v1/support/tickets{qs}"), None)
            .await
    }

    /// `GET /v1/support/tickets/{id}`.
    pub async fn staff_ticket(&self, ticket_id: &str) -> Result<Ticket> {
        self.send::<(), _>(
            Method::GET,
            &format!("/v1/support/tickets/{}", seg(ticket_id)),
            None,
        )
        .await
    }

    /// `POST /v1/support/tickets/{id}/{claim|approve|reject|note}`.
    pub async fn staff_ticket_action(
        &self,
        ticket_id: &str,
        action: &str,
        body: &TicketAction,
    ) -> Result<Ticket> {
        self.send(
            Method::POST,
            &format!("/v1/support/tickets/{}/{}", seg(ticket_id), seg(action)),
            Some(body),
        )
        .await
    }

    /// `GET /v1/support/audit`.
    pub async fn staff_audit(&self, query: &AuditQuery) -> Result<Vec<AuditEntry>> {
        let qs = serde_urlencoded_query(query);
        self.send::<(), _>(Method::GET, &format!("/v1/support/audit{qs}"), None)
            .await
    }

    /// `GET /v1/meta`: version, server time, policy.
    pub async fn service_info(&self) -> Result<ServiceInfo> {
        self.send::<(), _>(Method::GET, "/v1/meta", None).await
    }

    // ---- plumbing

    async fn send_empty(&self, method: Method, path: &str) -> Result<()> {
        let resp = self.execute::<()>(method, path, None).await?;
        let status = resp.status();
        if status.is_success() {
            return Ok(());
        }
        Err(self.error_from(resp, path).await)
    }

    async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<T> {
        let resp = self.execute(method, path, body).await?;
        if !resp.status().is_success() {
            return Err(self.error_from(resp, path).await);
        }
        let status = resp.status().as_u16();
        let bytes = resp.bytes().await.map_err(|e| self.unreachable(path, &e))?;
        serde_json::from_slice(&bytes).map_err(|e| ClientError::Protocol {
            url: self.url(path),
            status,
            detail: format!("body is not the expected JSON ({e})"),
        })
    }

    async fn execute<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<reqwest::Response> {
        self.execute_for(method, path, body, None).await
    }

    /// `execute` with another whole-request timeout (a long export).
    async fn execute_for<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        timeout: Option<Duration>,
    ) -> Result<reqwest::Response> {
        let idempotent = method == Method::GET;
        let mut attempt = 0;
        loop {
            let mut req = self
                .http
                .request(method.clone(), self.url(path))
                .header(reqwest::header::ACCEPT, "application/json");
            if let Some(token) = &self.token {
                req = req.bearer_auth(token);
            }
            if let Some(body) = body {
                req = req.json(body);
            }
            if let Some(t) = timeout {
                req = req.timeout(t);
            }
            let result = req.send().await;
            // A refused connection or a 503 may pass; a timeout already cost its full
            // wait, so it is reported at once rather than doubled.
            let retryable = match &result {
                Ok(resp) => resp.status() == StatusCode::SERVICE_UNAVAILABLE,
                Err(e) => e.is_connect() && !e.is_timeout() && !is_tls(e),
            };
            if idempotent && retryable && attempt < self.retries {
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(100 * 2u64.pow(attempt))).await;
                continue;
            }
            return result.map_err(|e| self.unreachable(path, &e));
        }
    }

    async fn error_from(&self, resp: reqwest::Response, path: &str) -> ClientError {
        let status = resp.status().as_u16();
        if resp.status().is_redirection() {
            let to = resp
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(|l| format!(" to {}", l.chars().take(200).collect::<String>()))
                .unwrap_or_default();
            return ClientError::Protocol {
                url: self.url(path),
                status,
                detail: format!(
                    "it redirects{to}, and redirects are not followed (they could carry credentials elsewhere); use the service's own URL"
                ),
            };
        }
        let request_id = resp
            .headers()
            .get(REQUEST_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let bytes = match resp.bytes().await {
            Ok(b) => b,
            Err(e) => return self.unreachable(path, &e),
        };
        match serde_json::from_slice::<ErrorEnvelope>(&bytes) {
            Ok(env) => ClientError::Api {
                status,
                body: env.error,
                request_id,
            },
            Err(_) => ClientError::Protocol {
                url: self.url(path),
                status,
                detail: "the body is not an acctd error; is this the right server URL?".into(),
            },
        }
    }

    fn unreachable(&self, path: &str, e: &reqwest::Error) -> ClientError {
        let reason = if e.is_connect() && is_tls(e) {
            let chain = cause_chain(e);
            if speaks_no_tls(&chain) {
                format!(
                    "TLS handshake failed: the server at {} does not speak TLS; did you mean {}?",
                    self.base,
                    self.base.replacen("https://", "http://", 1)
                )
            } else {
                format!("TLS handshake failed: {}", tls_cause(&chain))
            }
        } else if e.is_connect() && e.is_timeout() {
            format!(
                "could not connect within {} (nothing answered the connection attempt)",
                secs(self.connect_timeout)
            )
        } else if e.is_timeout() {
            format!(
                "the service accepted the connection but did not answer within {}",
                secs(self.request_timeout)
            )
        } else if e.is_connect() {
            "connection failed (is acctd running there?)".to_string()
        } else {
            cause_chain(e)
        };
        ClientError::Unreachable {
            url: self.url(path),
            reason,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }
}

/// reqwest's Display omits the cause; the cause says what went wrong.
fn cause_chain(e: &reqwest::Error) -> String {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg = format!("{msg}: {s}");
        src = s.source();
    }
    msg
}

/// Whether a connection failed in the TLS handshake (by rustls's error names).
fn is_tls(e: &reqwest::Error) -> bool {
    let chain = cause_chain(e);
    speaks_no_tls(&chain)
        || chain.contains("certificate")
        || chain.contains("HandshakeFailure")
        || chain.contains("peer sent no certificates")
}

/// A plaintext answer to a ClientHello: rustls reads it as a corrupt record.
fn speaks_no_tls(chain: &str) -> bool {
    chain.contains("InvalidContentType") || chain.contains("corrupt message")
}

/// The most specific part of the chain (e.g. "invalid peer certificate: UnknownIssuer").
fn tls_cause(chain: &str) -> String {
    let parts: Vec<&str> = chain.split(": ").collect();
    let from = parts
        .iter()
        .position(|p| p.contains("certificate") || p.contains("Handshake") || p.contains("alert"))
        .unwrap_or(0);
    parts[from..].join(": ").chars().take(300).collect()
}

/// `10 s`, `1.5 s`, `250 ms`.
fn secs(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        format!("{ms} ms")
    } else if ms.is_multiple_of(1000) {
        format!("{} s", ms / 1000)
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

/// `?a=1&b=x` from a query struct (values percent-encoded).
fn serde_urlencoded_query<T: Serialize>(q: &T) -> String {
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(q) else {
        return String::new();
    };
    let pairs: Vec<String> = map
        .into_iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, v)| {
            let v = match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            format!("{k}={}", percent_encode(&v))
        })
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Keeps user-supplied IDs from escaping their path segment.
fn seg(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}
