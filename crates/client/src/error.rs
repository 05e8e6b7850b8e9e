//! What can go wrong talking to acctd, as one error type.

use acct_api::{ApiErrorBody, ErrorCode};

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
    /// An OAuth endpoint refused the request (RFC 6749 §5.2: `error`, `error_description`).
    #[error("{error}{}", .description.as_deref().map(|d| format!(": {d}")).unwrap_or_default())]
    OAuth {
        status: u16,
        error: String,
        description: Option<String>,
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
