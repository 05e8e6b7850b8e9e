//! acct-client: a typed async client for the acctd HTTP API.
//!
//! One method per endpoint (`account`, `apps`, `staff`, `device`), returning a [`Call`]: a
//! future of the `acct-api` answer that also tells which [`Endpoint`] it calls,
//! so callers report requests without naming them again. One error type
//! carries the service's error code, message, retry-after and request id.
//! Only idempotent requests (GET) are retried, with a short backoff.

mod account;
mod apps;
mod call;
mod device;
mod error;
mod export;
mod reason;
mod staff;
mod url;

use std::time::Duration;

use acct_api::Secret;

pub use call::{Call, Endpoint};
pub use device::{DeviceAuthorization, DevicePoll, DeviceTokens, CLI_CLIENT_ID, DEVICE_CODE_GRANT};
pub use error::{ClientError, Result};
pub use export::Export;

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

/// A connection to one acctd. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    token: Option<Secret>,
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
    pub fn with_token(&self, access_token: impl Into<Secret>) -> Self {
        Self {
            token: Some(access_token.into()),
            ..self.clone()
        }
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }
}
