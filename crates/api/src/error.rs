//! The one error shape of the API: `{"error": {"code", "message", "retry_after"?, "details"?}}`.

use serde::{Deserialize, Serialize};

/// Stable, machine-readable error codes. Clients act on these, never on messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Malformed request: bad JSON, unknown field, wrong type (400).
    BadRequest,
    /// Body larger than the service accepts (413).
    PayloadTooLarge,
    /// No valid access token: missing, malformed or expired (401).
    Unauthenticated,
    /// The session was signed out (this device or from another one) (401).
    SessionRevoked,
    /// Login, password or second factor did not match (401). Same answer for unknown accounts.
    InvalidCredentials,
    /// The refresh token is unknown, expired or was already used (401).
    InvalidRefreshToken,
    /// A sensitive operation needs a fresh sign-in (403).
    ReauthRequired,
    /// The caller lacks the role or right (403).
    Forbidden,
    /// No such resource (404).
    NotFound,
    /// No such flow, or it belongs to someone else (404).
    FlowNotFound,
    /// The phone number already belongs to an account (409).
    PhoneTaken,
    /// The email address already belongs to an account (409).
    EmailTaken,
    /// The request conflicts with the current state (409).
    Conflict,
    /// Phone number not valid E.164 (422).
    InvalidPhone,
    /// Email address not valid (422).
    InvalidEmail,
    /// Login is neither an account ID, a +E164 phone nor an email (422).
    InvalidLogin,
    /// Password refused by the policy; `details.reason` says which rule (422).
    WeakPassword,
    /// Wrong verification code (422); `details.tries_left`.
    InvalidCode,
    /// The code has expired; request a new one (422).
    CodeExpired,
    /// The flow has expired; start again (422).
    FlowExpired,
    /// The flow is not waiting for this input (422).
    WrongStep,
    /// Any other semantic validation failure (422).
    InvalidInput,
    /// Password sign-in is locked for now; `retry_after` says how long (423).
    LoginLocked,
    /// Too many requests; `retry_after` says when to try again (429).
    RateLimited,
    /// Too many wrong codes; a new code is needed (429).
    TooManyAttempts,
    /// The service failed; the request id is in the logs (500).
    Internal,
    /// The service is not ready (database down) (503).
    Unavailable,
    /// A code this client version does not know.
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// The HTTP status this code is served with.
    pub fn status(self) -> u16 {
        use ErrorCode::*;
        match self {
            BadRequest => 400,
            PayloadTooLarge => 413,
            Unauthenticated | SessionRevoked | InvalidCredentials | InvalidRefreshToken => 401,
            ReauthRequired | Forbidden => 403,
            NotFound | FlowNotFound => 404,
            PhoneTaken | EmailTaken | Conflict => 409,
            InvalidPhone | InvalidEmail | InvalidLogin | WeakPassword | InvalidCode
            | CodeExpired | FlowExpired | WrongStep | InvalidInput => 422,
            LoginLocked => 423,
            RateLimited | TooManyAttempts => 429,
            Internal | Unknown => 500,
            Unavailable => 503,
        }
    }

    /// The snake_case name as on the wire.
    pub fn as_str(self) -> &'static str {
        use ErrorCode::*;
        match self {
            BadRequest => "bad_request",
            PayloadTooLarge => "payload_too_large",
            Unauthenticated => "unauthenticated",
            SessionRevoked => "session_revoked",
            InvalidCredentials => "invalid_credentials",
            InvalidRefreshToken => "invalid_refresh_token",
            ReauthRequired => "reauth_required",
            Forbidden => "forbidden",
            NotFound => "not_found",
            FlowNotFound => "flow_not_found",
            PhoneTaken => "phone_taken",
            EmailTaken => "email_taken",
            Conflict => "conflict",
            InvalidPhone => "invalid_phone",
            InvalidEmail => "invalid_email",
            InvalidLogin => "invalid_login",
            WeakPassword => "weak_password",
            InvalidCode => "invalid_code",
            CodeExpired => "code_expired",
            FlowExpired => "flow_expired",
            WrongStep => "wrong_step",
            InvalidInput => "invalid_input",
            LoginLocked => "login_locked",
            RateLimited => "rate_limited",
            TooManyAttempts => "too_many_attempts",
            Internal => "internal",
            Unavailable => "unavailable",
            Unknown => "unknown",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error object inside the envelope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiErrorBody {
    pub code: ErrorCode,
    /// One sentence for a person; never contains secrets.
    pub message: String,
    /// Seconds until the request may succeed (rate limits, lockouts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Code-specific details, e.g. `{"reason": "too_short"}` for `weak_password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub details: Option<serde_json::Value>,
}

/// `{"error": {...}}`: every non-2xx response body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorEnvelope {
    pub error: ApiErrorBody,
}

/// Reasons a password is refused (`details.reason` of `weak_password`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    NeedsLettersAndDigits,
    Blocklisted,
    ContainsPersonalInfo,
    TooGuessable,
    SameAsCurrent,
}

impl PasswordProblem {
    /// What the user should do, as one sentence.
    pub fn explain(self, min: usize, max: usize) -> String {
        match self {
            Self::TooShort => format!("The password is too short: use at least {min} characters."),
            Self::TooLong => format!("The password is too long: use at most {max} characters."),
            Self::NeedsLettersAndDigits => {
                "The password needs both letters and digits.".to_string()
            }
            Self::Blocklisted => {
                "The password is on the list of common or breached passwords: choose another."
                    .to_string()
            }
            Self::ContainsPersonalInfo => {
                "The password contains your account ID, phone, email or the service name: choose another."
                    .to_string()
            }
            Self::TooGuessable => {
                "The password is too easy to guess: make it longer or less predictable.".to_string()
            }
            Self::SameAsCurrent => "The new password is the same as the current one.".to_string(),
        }
    }
}
