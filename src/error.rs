//! The CLI's one error type: what happened, what to do next, and the exit code
//! `main` turns it into (CLI.md, "Exit codes").

use std::fmt;

use acct_api::{ContactError, ErrorCode};
use acct_client::ClientError;
use time::OffsetDateTime;

/// Exit codes of CLI.md; only `main` turns them into a process status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Failure = 1,
    Usage = 2,
    NotSignedIn = 3,
    Forbidden = 4,
    NotFound = 5,
    Refused = 6,
    Limited = 7,
    Unreachable = 8,
    NeedsInput = 10,
}

/// An error as the user sees it (boxed: it travels through every `Result`).
#[derive(Debug, Clone)]
pub struct CliError(Box<ErrorInfo>);

impl std::ops::Deref for CliError {
    type Target = ErrorInfo;
    fn deref(&self) -> &ErrorInfo {
        &self.0
    }
}

impl std::ops::DerefMut for CliError {
    fn deref_mut(&mut self) -> &mut ErrorInfo {
        &mut self.0
    }
}

#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub exit: Exit,
    /// Machine-readable: the API error code, or one of ours (`usage`, `keyring_unavailable`, …).
    pub code: String,
    /// One sentence: what happened and what to do next.
    pub message: String,
    /// The command that helps, e.g. `acctl login`.
    pub remedy: Option<String>,
    pub retry_after: Option<u64>,
    pub request_id: Option<String>,
    /// The service's `details` (e.g. `locked_by_support`), read when choosing a remedy.
    pub details: Option<serde_json::Value>,
    /// Writing to stdout failed because the reader went away: exit 0, say nothing.
    pub broken_pipe: bool,
    /// Exit 10 from the flow driver: the pending step, printed instead of an error object.
    pub pending: Option<serde_json::Value>,
    /// The command already printed its result (e.g. `status` exiting 3): no error object on stdout.
    pub reported: bool,
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;

impl CliError {
    pub fn new(exit: Exit, code: &str, message: impl Into<String>) -> Self {
        Self(Box::new(ErrorInfo {
            exit,
            code: code.to_string(),
            message: message.into(),
            remedy: None,
            retry_after: None,
            request_id: None,
            details: None,
            broken_pipe: false,
            pending: None,
            reported: false,
        }))
    }

    pub fn with_remedy(mut self, remedy: impl Into<String>) -> Self {
        self.remedy = Some(remedy.into());
        self
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Exit::Usage, "usage", message)
    }

    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Exit::Failure, "failure", message)
    }

    /// A step needs input that prompting-off cannot get; names the flag.
    pub fn needs_input(message: impl Into<String>) -> Self {
        Self::new(Exit::NeedsInput, "input_required", message)
    }

    pub fn not_signed_in(profile: &str) -> Self {
        Self::new(
            Exit::NotSignedIn,
            "not_signed_in",
            format!("profile {profile:?} is not signed in: run `acctl login`."),
        )
        .with_remedy("acctl login")
    }

    /// The profile's tokens belong to another server than the one asked for
    /// (`--server`, `ACCTL_SERVER`): they are not sent, so here it is not signed in.
    pub fn signed_in_elsewhere(profile: &str, origin: &str, server: &str) -> Self {
        let login = format!("acctl {}login --server {server}", profile_flag(profile));
        Self::new(
            Exit::NotSignedIn,
            "not_signed_in",
            format!(
                "profile {profile} is signed in to {origin}, not to {server}, and its tokens go only to the server that issued them: \
                 sign in there with `{login}` (this replaces the profile's sign-in to {origin}; add `--profile NEW` to keep both), \
                 or drop --server/ACCTL_SERVER to use {origin}."
            ),
        )
        .with_remedy(login)
    }

    pub fn session_expired() -> Self {
        Self::new(
            Exit::NotSignedIn,
            "invalid_refresh_token",
            "your session has expired or was revoked: run `acctl login`.",
        )
        .with_remedy("acctl login")
    }

    pub fn session_revoked() -> Self {
        Self::new(
            Exit::NotSignedIn,
            "session_revoked",
            "this device was signed out (from another device?): run `acctl login`.",
        )
        .with_remedy("acctl login")
    }

    /// A local file could not be read or written; names the file.
    pub fn file(path: &std::path::Path, what: &str, err: impl fmt::Display) -> Self {
        Self::failure(format!("could not {what} {}: {err}", path.display()))
    }

    pub fn broken_pipe() -> Self {
        let mut e = Self::failure("broken pipe");
        e.broken_pipe = true;
        e
    }

    pub fn exit_code(&self) -> i32 {
        if self.broken_pipe {
            0
        } else {
            self.exit as i32
        }
    }

    /// `{"error": {...}}` for `--json`.
    pub fn to_json(&self) -> serde_json::Value {
        let mut obj = serde_json::json!({ "code": self.code, "message": self.message });
        if let Some(r) = self.retry_after {
            obj["retry_after"] = r.into();
        }
        if let Some(r) = &self.remedy {
            obj["remedy"] = r.as_str().into();
        }
        if let Some(r) = &self.request_id {
            obj["request_id"] = r.as_str().into();
        }
        serde_json::json!({ "error": obj })
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl From<ContactError> for CliError {
    /// Same exit code and message as the service would give (exit 6).
    fn from(e: ContactError) -> Self {
        Self::new(Exit::Refused, e.code().as_str(), e.to_string())
    }
}

impl From<ClientError> for CliError {
    fn from(e: ClientError) -> Self {
        match e {
            ClientError::Api {
                body, request_id, ..
            } => {
                let (exit, message, remedy) = api_message(body.code, &body.message, body.retry_after);
                let mut err = CliError::new(exit, body.code.as_str(), message);
                err.remedy = remedy;
                err.retry_after = body.retry_after;
                err.request_id = request_id;
                err.details = body.details;
                err
            }
            // A TLS failure says what to fix itself (the scheme, the certificate).
            ClientError::Unreachable { url, reason } if reason.starts_with("TLS handshake failed") => {
                CliError::new(Exit::Unreachable, "unreachable", format!("{reason} ({url})."))
            }
            ClientError::Unreachable { url, reason } => CliError::new(
                Exit::Unreachable,
                "unreachable",
                format!(
                    "could not reach the service at {url}: {reason}; check --server / ACCTL_SERVER and that acctd is running."
                ),
            ),
            ClientError::OAuth { error, description, .. } => CliError::new(
                Exit::Failure,
                &error,
                format!(
                    "the service refused the request ({error}{}).",
                    description.map(|d| format!(": {}", d.trim_end_matches('.'))).unwrap_or_default()
                ),
            ),
            ClientError::Protocol { url, status, detail } => CliError::new(
                Exit::Unreachable,
                "unreachable",
                format!("{url} did not answer like acctd (HTTP {status}: {detail}); check --server / ACCTL_SERVER."),
            ),
            ClientError::BadUrl(url) => CliError::usage(format!(
                "invalid server URL {url:?}: use e.g. https://accounts.example.com or http://127.0.0.1:8720."
            )),
        }
    }
}

/// `--profile NAME ` when `profile` is not the default, for commands we suggest.
pub fn profile_flag(profile: &str) -> String {
    if profile == crate::defaults::DEFAULT_PROFILE {
        String::new()
    } else {
        format!("--profile {profile} ")
    }
}

/// Exit code, message and remedy for an API error code.
fn api_message(
    code: ErrorCode,
    server: &str,
    retry_after: Option<u64>,
) -> (Exit, String, Option<String>) {
    use ErrorCode::*;
    // A message in Chinese (Accept-Language from the locale) ends in its own full stop.
    let (msg, stop) = match server.strip_suffix('。') {
        Some(m) => (m.to_string(), "。"),
        None => (server.trim_end_matches('.').to_string(), "."),
    };
    match code {
        Unauthenticated | InvalidRefreshToken => (
            Exit::NotSignedIn,
            "your session has expired or was revoked: run `acctl login`.".into(),
            Some("acctl login".into()),
        ),
        SessionRevoked => (
            Exit::NotSignedIn,
            "this device was signed out (from another device?): run `acctl login`.".into(),
            Some("acctl login".into()),
        ),
        ReauthRequired => (
            Exit::NotSignedIn,
            format!("{msg}: sign in again with `acctl login`."),
            Some("acctl login".into()),
        ),
        Forbidden => (Exit::Forbidden, format!("{msg}{stop}"), None),
        NotFound => (Exit::NotFound, format!("{msg}{stop}"), None),
        // The service's sentence already says to start again; add only what acctl knows.
        FlowNotFound => (
            Exit::NotFound,
            format!("{msg} (`acctl flow list` shows the flows pending here)."),
            Some("acctl flow list".into()),
        ),
        FlowExpired => (
            Exit::Refused,
            format!("{msg} (run the command that started it)."),
            None,
        ),
        CodeExpired => (
            Exit::Refused,
            format!("{msg} (press Enter at the code prompt for a new one)."),
            None,
        ),
        InvalidCredentials | PhoneTaken | EmailTaken | InvalidPhone | InvalidEmail
        | InvalidLogin | WeakPassword | InvalidCode | WrongStep | InvalidInput => {
            (Exit::Refused, format!("{msg}{stop}"), None)
        }
        LoginLocked | RateLimited | TooManyAttempts => {
            // The service's sentence often says "in 49 s" already: say it once.
            let when = retry_after
                .map(|s| {
                    if mentions_wait(&msg) {
                        format!(" Try again after {}.", at_after(s))
                    } else {
                        format!(" Try again after {} (in {}).", at_after(s), human_secs(s))
                    }
                })
                .unwrap_or_default();
            (Exit::Limited, format!("{msg}{stop}{when}"), None)
        }
        BadRequest | PayloadTooLarge | Conflict | Internal | Unavailable | Unknown => (
            Exit::Failure,
            format!("the service failed: {msg}{stop}"),
            None,
        ),
    }
}

/// Whether a message already says how long to wait (`in 49 s`, `in 3 min`).
fn mentions_wait(msg: &str) -> bool {
    msg.match_indices("in ")
        .any(|(i, _)| msg[i + 3..].starts_with(|c: char| c.is_ascii_digit()))
        || ["秒后", "分钟后", "小时后", "天后"]
            .iter()
            .any(|w| msg.contains(w))
}

/// The wall-clock time `secs` from now, in UTC.
pub fn at_after(secs: u64) -> String {
    let at = crate::clock::now() + time::Duration::seconds(secs.min(i64::MAX as u64) as i64);
    format_time(at)
}

/// `2026-11-22 00:15:03 UTC`.
pub fn format_time(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// `90` → `1 min 30 s` (the one duration form, see [`crate::clock::duration`]).
pub fn human_secs(secs: u64) -> String {
    crate::clock::duration(secs)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use acct_api::ApiErrorBody;

    fn api(code: ErrorCode, retry: Option<u64>) -> CliError {
        ClientError::Api {
            status: code.status(),
            body: ApiErrorBody {
                code,
                message: "Server says no".into(),
                retry_after: retry,
                details: None,
            },
            request_id: Some("req-1".into()),
        }
        .into()
    }

    #[test]
    fn api_codes_map_to_documented_exit_codes() {
        use ErrorCode::*;
        let cases = [
            (Unauthenticated, 3),
            (SessionRevoked, 3),
            (InvalidRefreshToken, 3),
            (Forbidden, 4),
            (NotFound, 5),
            (FlowNotFound, 5),
            (InvalidCode, 6),
            (CodeExpired, 6),
            (WeakPassword, 6),
            (InvalidPhone, 6),
            (InvalidEmail, 6),
            (InvalidLogin, 6),
            (PhoneTaken, 6),
            (EmailTaken, 6),
            (InvalidCredentials, 6),
            (FlowExpired, 6),
            (WrongStep, 6),
            (InvalidInput, 6),
            (RateLimited, 7),
            (TooManyAttempts, 7),
            (LoginLocked, 7),
            (Internal, 1),
        ];
        for (code, exit) in cases {
            assert_eq!(api(code, None).exit_code(), exit, "{code}");
        }
    }

    #[test]
    fn limits_say_until_when_and_keep_retry_after() {
        let e = api(ErrorCode::LoginLocked, Some(90));
        assert!(e.message.contains("Try again after"), "{}", e.message);
        assert!(e.message.contains("1 min 30 s"), "{}", e.message);
        let j = e.to_json();
        assert_eq!(j["error"]["retry_after"], 90);
        assert_eq!(j["error"]["code"], "login_locked");
        assert_eq!(j["error"]["request_id"], "req-1");
    }

    #[test]
    fn a_wait_the_service_names_is_said_once() {
        let mut e: CliError = ClientError::Api {
            status: 429,
            body: ApiErrorBody {
                code: ErrorCode::RateLimited,
                message: "A code was just sent; you can ask for a new one in 49 s.".into(),
                retry_after: Some(49),
                details: None,
            },
            request_id: None,
        }
        .into();
        assert_eq!(e.message.matches("49 s").count(), 1, "{}", e.message);
        assert!(e.message.contains("Try again after"), "{}", e.message);
        e = api(ErrorCode::FlowNotFound, None);
        assert_eq!(e.message.matches("again").count(), 0, "{}", e.message);
    }

    #[test]
    fn unreachable_names_the_url() {
        let e: CliError = ClientError::Unreachable {
            url: "http://127.0.0.1:9/v1/me".into(),
            reason: "connection failed".into(),
        }
        .into();
        assert_eq!(e.exit_code(), 8);
        assert!(e.message.contains("http://127.0.0.1:9/v1/me"));
    }

    #[test]
    fn local_contact_errors_are_exit_6_with_the_server_message() {
        let e: CliError = acct_api::parse_phone("12").map(|_| ()).unwrap_err().into();
        assert_eq!(e.exit_code(), 6);
        assert_eq!(e.code, "invalid_phone");
    }

    #[test]
    fn broken_pipe_is_success() {
        assert_eq!(CliError::broken_pipe().exit_code(), 0);
    }
}
