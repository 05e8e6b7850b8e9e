//! What the staff commands share: account IDs checked before any request, and
//! the service's answers turned into exit codes, JSON and short sentences.

use acct_api::parse_account_id;

use crate::error::{CliError, Exit, Result};

/// An account ID, checked before any request (exit 6 like other malformed input).
pub fn account_id(id: &str) -> Result<String> {
    parse_account_id(id).ok_or_else(|| {
        CliError::new(
            Exit::Refused,
            "invalid_login",
            format!("{id:?} is not an account ID: account IDs are 8 to 10 digits."),
        )
    })
}

/// A 409 (claimed by someone else, already decided) is "input refused": exit 6
/// with the service's own sentence, which names who holds the ticket.
pub fn conflict(mut e: CliError) -> CliError {
    if e.code == "conflict" {
        e.exit = Exit::Refused;
        if let Some(rest) = e.message.strip_prefix("the service failed: ") {
            e.message = rest.to_string();
        }
    }
    e
}

pub fn devices(n: u32) -> String {
    match n {
        0 => "no device was signed in".into(),
        1 => "1 device signed out".into(),
        n => format!("{n} devices signed out"),
    }
}

pub fn to_json<T: serde::Serialize>(v: &T) -> Result<serde_json::Value> {
    serde_json::to_value(v).map_err(|e| CliError::failure(e.to_string()))
}

pub fn dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}
