//! What each kind of flow remembers between its steps: one state type per kind.
//!
//! Stored as a JSON object in `flows.state`, beside the `kind` column that says which
//! type it is (so the JSON carries no tag). The field names are the ones rows have
//! always had: rows written before these types load, and a binary from before them
//! reads rows written now (its one struct defaulted every field). Never holds a
//! plaintext secret.

use acct_api::{Channel, Evidence, FlowKind, LoginMethod};
use serde::{Deserialize, Serialize};

use super::codes::CodeTarget;
use crate::clock::Timestamp;
use crate::error::{ApiError, ApiResult};
use crate::kinds::CodePurpose;

/// Where a flow's codes go and what they are for, once it sends them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodeSend {
    pub channel: Channel,
    /// E.164 or email, or a stand-in for a login with no account behind it.
    pub destination: String,
    /// The destination masked, for the answer.
    pub sent_to: String,
    /// When the next code may be sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resend_after: Option<Timestamp>,
    pub purpose: CodePurpose,
    /// No real account behind this flow: codes are never delivered and never match.
    #[serde(default)]
    pub ghost: bool,
}

impl CodeSend {
    pub fn new(channel: Channel, destination: &str, sent_to: String, purpose: CodePurpose) -> Self {
        Self {
            channel,
            destination: destination.to_string(),
            sent_to,
            resend_after: None,
            purpose,
            ghost: false,
        }
    }

    /// A stand-in when `ghost`: counted, stored and enqueued the same, never delivered.
    pub fn ghost(mut self, ghost: bool) -> Self {
        self.ghost = ghost;
        self
    }

    pub fn target(&self) -> CodeTarget<'_> {
        CodeTarget {
            channel: self.channel,
            destination: &self.destination,
            purpose: self.purpose,
            deliver: !self.ghost,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignupState {
    #[serde(flatten)]
    pub code: CodeSend,
    /// Argon2id of the password chosen at the start, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// The sign-up request's language (its Accept-Language): the new account's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<acct_api::Language>,
    /// The contact already has an account (said only once the code proves it).
    #[serde(default)]
    pub taken: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoginState {
    /// A sign-in by code; none for one by password.
    #[serde(flatten)]
    pub code: Option<CodeSend>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<LoginMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
}

/// Re-authentication: by password (no code) or by a code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReauthState {
    #[serde(flatten)]
    pub code: Option<CodeSend>,
    /// The device whose sign-in time it refreshes.
    pub device_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeletionState {
    #[serde(flatten)]
    pub code: CodeSend,
    pub device_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhoneChangeState {
    /// None until the first code is sent (the flow may ask for the number first).
    #[serde(flatten)]
    pub code: Option<CodeSend>,
    pub device_id: String,
    /// The number it moves to (E.164), once given.
    #[serde(
        rename = "new_contact",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub new_phone: Option<String>,
    /// Which code is awaited: 1 = to the current phone (or email), 2 = to the new one.
    #[serde(default)]
    pub stage: u8,
}

/// An email change: a link (a code sent as a link) to the new address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmailChangeState {
    #[serde(flatten)]
    pub code: CodeSend,
    #[serde(rename = "new_contact")]
    pub new_email: String,
    pub device_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResetState {
    #[serde(flatten)]
    pub code: CodeSend,
    /// The approved recovery ticket this reset finishes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    /// A device the requester says it signed in with before (recognition).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_device_id: Option<String>,
    /// When a waiting reset may complete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_until: Option<Timestamp>,
    /// Argon2id of the new password while the reset waits; cleared when it completes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_hash: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TotpEnrollState {
    pub device_id: String,
    /// The encrypted seed being enrolled; cleared when enrolment completes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed_enc: Option<String>,
}

/// Opening a recovery ticket: a code to the contact email first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TicketOpenState {
    #[serde(flatten)]
    pub code: CodeSend,
    /// The login the ticket names, as typed.
    #[serde(rename = "new_contact")]
    pub login: String,
    /// Held until the ticket is opened, then cleared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// A flow's state; the variant is the flow's kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FlowState {
    Signup(SignupState),
    Login(LoginState),
    Reauth(ReauthState),
    DeleteAccount(DeletionState),
    PhoneChange(PhoneChangeState),
    EmailChange(EmailChangeState),
    PasswordReset(ResetState),
    TotpEnroll(TotpEnrollState),
    RecoveryTicket(TicketOpenState),
}

impl FlowState {
    pub fn kind(&self) -> FlowKind {
        match self {
            Self::Signup(_) => FlowKind::Signup,
            Self::Login(_) => FlowKind::Login,
            Self::Reauth(_) => FlowKind::Reauth,
            Self::DeleteAccount(_) => FlowKind::DeleteAccount,
            Self::PhoneChange(_) => FlowKind::PhoneChange,
            Self::EmailChange(_) => FlowKind::EmailChange,
            Self::PasswordReset(_) => FlowKind::PasswordReset,
            Self::TotpEnroll(_) => FlowKind::TotpEnroll,
            Self::RecoveryTicket(_) => FlowKind::RecoveryTicket,
        }
    }

    /// Reads a stored state; `kind` is the row's `kind` column.
    pub fn load(kind: &str, json: &str) -> Result<Self, FlowStateError> {
        let parsed: FlowKind = serde_json::from_value(serde_json::Value::String(kind.into()))
            .map_err(|_| FlowStateError::Kind(kind.to_string()))?;
        let state = match parsed {
            FlowKind::Signup => Self::Signup(serde_json::from_str(json)?),
            FlowKind::Login => Self::Login(serde_json::from_str(json)?),
            FlowKind::Reauth => Self::Reauth(serde_json::from_str(json)?),
            FlowKind::DeleteAccount => Self::DeleteAccount(serde_json::from_str(json)?),
            FlowKind::PhoneChange => Self::PhoneChange(serde_json::from_str(json)?),
            FlowKind::EmailChange => Self::EmailChange(serde_json::from_str(json)?),
            FlowKind::PasswordReset => Self::PasswordReset(serde_json::from_str(json)?),
            FlowKind::TotpEnroll => Self::TotpEnroll(serde_json::from_str(json)?),
            FlowKind::RecoveryTicket => Self::RecoveryTicket(serde_json::from_str(json)?),
            FlowKind::Unknown => return Err(FlowStateError::Kind(kind.to_string())),
        };
        Ok(state)
    }

    /// The stored form (`flows.state`).
    pub fn to_json(&self) -> ApiResult<String> {
        serde_json::to_string(self).map_err(|e| ApiError::Internal(e.into()))
    }

    /// The codes the flow sends, if it sends any (yet).
    pub fn code(&self) -> Option<&CodeSend> {
        match self {
            Self::Signup(s) => Some(&s.code),
            Self::Login(s) => s.code.as_ref(),
            Self::Reauth(s) => s.code.as_ref(),
            Self::DeleteAccount(s) => Some(&s.code),
            Self::PhoneChange(s) => s.code.as_ref(),
            Self::EmailChange(s) => Some(&s.code),
            Self::PasswordReset(s) => Some(&s.code),
            Self::TotpEnroll(_) => None,
            Self::RecoveryTicket(s) => Some(&s.code),
        }
    }

    pub fn code_mut(&mut self) -> Option<&mut CodeSend> {
        match self {
            Self::Signup(s) => Some(&mut s.code),
            Self::Login(s) => s.code.as_mut(),
            Self::Reauth(s) => s.code.as_mut(),
            Self::DeleteAccount(s) => Some(&mut s.code),
            Self::PhoneChange(s) => s.code.as_mut(),
            Self::EmailChange(s) => Some(&mut s.code),
            Self::PasswordReset(s) => Some(&mut s.code),
            Self::TotpEnroll(_) => None,
            Self::RecoveryTicket(s) => Some(&mut s.code),
        }
    }

    /// The language a sign-up started in (its codes are written in it).
    pub fn language(&self) -> Option<acct_api::Language> {
        match self {
            Self::Signup(s) => s.language,
            _ => None,
        }
    }

    /// When a waiting reset may complete.
    pub fn wait_until(&self) -> Option<Timestamp> {
        match self {
            Self::PasswordReset(s) => s.wait_until,
            _ => None,
        }
    }
}

/// A stored flow state that does not read back.
#[derive(Debug, thiserror::Error)]
pub enum FlowStateError {
    #[error("unknown flow kind {0:?}")]
    Kind(String),
    #[error("flow state: {0}")]
    Json(#[from] serde_json::Error),
}

impl From<FlowStateError> for ApiError {
    fn from(e: FlowStateError) -> Self {
        ApiError::Internal(e.into())
    }
}

#[cfg(test)]
#[path = "flow_state_tests.rs"]
mod tests;
