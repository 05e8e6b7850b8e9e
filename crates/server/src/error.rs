//! The service's error type: an API error code with a message for people,
//! or an internal failure whose detail goes to the log and never to the client.

use acct_api::{ApiErrorBody, ErrorCode, ErrorEnvelope, PasswordProblem};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{message}")]
    Api {
        code: ErrorCode,
        message: String,
        retry_after: Option<u64>,
        details: Option<serde_json::Value>,
    },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub type ApiResult<T> = Result<T, ApiError>;

/// The body of an error response as built (in English), kept on the response so
/// `routes::localise_errors` can answer it in the request's language.
#[derive(Debug, Clone)]
pub struct EnglishError(pub ApiErrorBody);

impl EnglishError {
    /// The error envelope in `lang`: the message from the catalogue
    /// ([`crate::error_text`]) when it has one; code, retry-after and details as they are.
    pub fn localised(self, lang: crate::courier::text::Lang) -> Option<ErrorEnvelope> {
        let mut body = self.0;
        body.message = crate::error_text::translate(&body.message, lang)?;
        Some(ErrorEnvelope { error: body })
    }
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError::Api {
            code,
            message: message.into(),
            retry_after: None,
            details: None,
        }
    }

    pub fn retry_after(mut self, secs: i64) -> Self {
        if let ApiError::Api { retry_after, .. } = &mut self {
            *retry_after = Some(secs.max(1) as u64);
        }
        self
    }

    pub fn details(mut self, value: serde_json::Value) -> Self {
        if let ApiError::Api { details, .. } = &mut self {
            *details = Some(value);
        }
        self
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            ApiError::Api { code, .. } => *code,
            ApiError::Internal(_) => ErrorCode::Internal,
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::BadRequest, message)
    }

    pub fn unauthenticated() -> Self {
        Self::new(
            ErrorCode::Unauthenticated,
            "Not signed in, or the access token has expired: refresh it or sign in again.",
        )
    }

    pub fn session_revoked() -> Self {
        Self::new(
            ErrorCode::SessionRevoked,
            "This device was signed out (from another device or by a password change): sign in again.",
        )
    }

    /// The one answer for unknown login, wrong password and no password set (SECURITY.md 30).
    pub fn invalid_credentials() -> Self {
        Self::new(
            ErrorCode::InvalidCredentials,
            "The login or password is not right. Check them, or use `acctl recover password` if you forgot it.",
        )
    }

    pub fn flow_not_found() -> Self {
        Self::new(
            ErrorCode::FlowNotFound,
            "No such flow: it may have finished or been cancelled. Start the operation again.",
        )
    }

    pub fn not_found(what: &str) -> Self {
        Self::new(ErrorCode::NotFound, format!("No such {what}."))
    }

    pub fn weak_password(problem: PasswordProblem, min: usize, max: usize) -> Self {
        Self::new(ErrorCode::WeakPassword, problem.explain(min, max))
            .details(serde_json::json!({ "reason": problem }))
    }

    pub fn rate_limited(message: impl Into<String>, retry_after: i64) -> Self {
        Self::new(ErrorCode::RateLimited, message).retry_after(retry_after)
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        ApiError::Internal(e.into())
    }
}

impl From<acct_api::ContactError> for ApiError {
    fn from(e: acct_api::ContactError) -> Self {
        ApiError::new(e.code(), e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = match self {
            ApiError::Api {
                code,
                message,
                retry_after,
                details,
            } => ApiErrorBody {
                code,
                message,
                retry_after,
                details,
            },
            ApiError::Internal(e) => {
                // The cause is for the operator; the client learns only that it failed.
                tracing::error!(error = ?e, "internal error");
                ApiErrorBody {
                    code: ErrorCode::Internal,
                    message: "The service failed to handle the request; try again, and report the request id if it persists.".into(),
                    retry_after: None,
                    details: None,
                }
            }
        };
        let status =
            StatusCode::from_u16(body.code.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry = body.retry_after;
        let english = EnglishError(body.clone());
        let mut resp = (status, axum::Json(ErrorEnvelope { error: body })).into_response();
        resp.extensions_mut().insert(english);
        if let Some(secs) = retry {
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                resp.headers_mut().insert("retry-after", v);
            }
        }
        resp
    }
}
