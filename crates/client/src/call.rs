//! One request and its answer: what it is ([`Endpoint`], reported by the
//! caller's trace and spinner, so no caller writes its own "POST /v1/…"), and
//! a future that sends it ([`Call`]). Only idempotent requests (GET) are
//! retried, with a short backoff.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use acct_api::{ErrorEnvelope, REQUEST_ID_HEADER};
use bytes::Bytes;
use futures_util::future::BoxFuture;
use reqwest::{Method, StatusCode};
use serde::{de::DeserializeOwned, Serialize};

use crate::error::{ClientError, Result};
use crate::reason::{cause_chain, is_tls, secs, speaks_no_tls, tls_cause};
use crate::url::{percent_encode, query_string};
use crate::Client;

/// What a request is: its method and path (without the query string).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub method: Method,
    pub path: String,
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}

/// A request on its way: await it (it is a future) for the answer; ask it
/// first where it goes.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<T> {
    endpoint: Endpoint,
    base: String,
    fut: BoxFuture<'static, Result<T>>,
}

impl<T> Call<T> {
    /// The method and path it sends.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// The service it goes to (`http://127.0.0.1:8720`).
    pub fn base_url(&self) -> &str {
        &self.base
    }
}

impl<T> fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("endpoint", &self.endpoint)
            .field("base", &self.base)
            .finish()
    }
}

impl<T> Future for Call<T> {
    type Output = Result<T>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<T>> {
        self.fut.as_mut().poll(cx)
    }
}

/// A request to send: method, path with query, body (JSON, or a form for the
/// OAuth endpoints; encoded up front, so a [`Call`] borrows nothing), and
/// another whole-request timeout if any.
pub(crate) struct Request {
    method: Method,
    path: String,
    body: std::result::Result<Option<Bytes>, String>,
    content_type: &'static str,
    timeout: Option<Duration>,
}

impl Request {
    pub fn get(path: impl Into<String>) -> Self {
        Self::new(Method::GET, path.into())
    }

    pub fn post(path: impl Into<String>) -> Self {
        Self::new(Method::POST, path.into())
    }

    pub fn delete(path: impl Into<String>) -> Self {
        Self::new(Method::DELETE, path.into())
    }

    pub fn put(path: impl Into<String>) -> Self {
        Self::new(Method::PUT, path.into())
    }

    pub fn patch(path: impl Into<String>) -> Self {
        Self::new(Method::PATCH, path.into())
    }

    fn new(method: Method, path: String) -> Self {
        Self {
            method,
            path,
            body: Ok(None),
            content_type: "application/json",
            timeout: None,
        }
    }

    /// An `application/x-www-form-urlencoded` body (RFC 6749 endpoints take no JSON).
    pub fn form(mut self, fields: &[(&str, &str)]) -> Self {
        let text = fields
            .iter()
            .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.body = Ok(Some(Bytes::from(text)));
        self.content_type = "application/x-www-form-urlencoded";
        self
    }

    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        self.body = serde_json::to_vec(body)
            .map(|v| Some(Bytes::from(v)))
            .map_err(|e| e.to_string());
        self
    }

    /// `?a=1&b=x` from a query struct (null fields left out).
    pub fn query<Q: Serialize>(mut self, query: &Q) -> Self {
        self.path.push_str(&query_string(query));
        self
    }

    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = Some(t);
        self
    }

    fn endpoint(&self) -> Endpoint {
        let path = self.path.split('?').next().unwrap_or_default();
        Endpoint {
            method: self.method.clone(),
            path: path.to_string(),
        }
    }
}

impl Client {
    /// A request whose answer is JSON.
    pub(crate) fn call<T: DeserializeOwned + Send + 'static>(&self, req: Request) -> Call<T> {
        self.call_with(req, |client, path, resp| async move {
            let status = resp.status().as_u16();
            let bytes = resp
                .bytes()
                .await
                .map_err(|e| client.unreachable(&path, &e))?;
            serde_json::from_slice(&bytes).map_err(|e| ClientError::Protocol {
                url: client.url(&path),
                status,
                detail: format!("body is not the expected JSON ({e})"),
            })
        })
    }

    /// A request whose success has no body worth reading.
    pub(crate) fn call_empty(&self, req: Request) -> Call<()> {
        self.call_with(req, |_, _, _| async { Ok(()) })
    }

    /// Sends `req`; a success goes to `answer`, anything else is the error it says.
    pub(crate) fn call_with<T, F, Fut>(&self, req: Request, answer: F) -> Call<T>
    where
        T: Send + 'static,
        F: FnOnce(Client, String, reqwest::Response) -> Fut + Send + 'static,
        Fut: Future<Output = Result<T>> + Send,
    {
        self.call_any(req, |client, path, resp| async move {
            if !resp.status().is_success() {
                return Err(client.error_from(resp, &path).await);
            }
            answer(client, path, resp).await
        })
    }

    /// Sends `req`; every answer, whatever its status, goes to `answer` (the
    /// OAuth endpoints answer in their own error shape, RFC 6749 §5.2).
    pub(crate) fn call_any<T, F, Fut>(&self, req: Request, answer: F) -> Call<T>
    where
        T: Send + 'static,
        F: FnOnce(Client, String, reqwest::Response) -> Fut + Send + 'static,
        Fut: Future<Output = Result<T>> + Send,
    {
        let endpoint = req.endpoint();
        let client = self.clone();
        let base = self.base.clone();
        let fut = Box::pin(async move {
            let resp = client.execute(&req).await?;
            answer(client, req.path, resp).await
        });
        Call {
            endpoint,
            base,
            fut,
        }
    }

    async fn execute(&self, req: &Request) -> Result<reqwest::Response> {
        let body = req.body.clone().map_err(|e| ClientError::Protocol {
            url: self.url(&req.path),
            status: 0,
            detail: format!("the request could not be encoded ({e})"),
        })?;
        let idempotent = req.method == Method::GET;
        let mut attempt = 0;
        loop {
            let mut r = self
                .http
                .request(req.method.clone(), self.url(&req.path))
                .header(reqwest::header::ACCEPT, "application/json");
            if let Some(token) = &self.token {
                r = r.bearer_auth(token.expose());
            }
            if let Some(body) = &body {
                r = r
                    .header(reqwest::header::CONTENT_TYPE, req.content_type)
                    .body(body.clone());
            }
            if let Some(t) = req.timeout {
                r = r.timeout(t);
            }
            let result = r.send().await;
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
            return result.map_err(|e| self.unreachable(&req.path, &e));
        }
    }

    pub(crate) async fn error_from(&self, resp: reqwest::Response, path: &str) -> ClientError {
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

    pub(crate) fn unreachable(&self, path: &str, e: &reqwest::Error) -> ClientError {
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

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_endpoint_is_the_method_and_the_path_without_its_query() {
        #[derive(Serialize)]
        struct Q {
            limit: Option<u32>,
            kind: Option<String>,
        }
        let req = Request::get("/v1/activity").query(&Q {
            limit: Some(20),
            kind: None,
        });
        assert_eq!(req.path, "/v1/activity?limit=20");
        assert_eq!(req.endpoint().to_string(), "GET /v1/activity");
        let req = Request::post("/v1/flows/abc/resend");
        assert_eq!(req.endpoint().method, Method::POST);
        assert_eq!(req.endpoint().path, "/v1/flows/abc/resend");
    }
}
