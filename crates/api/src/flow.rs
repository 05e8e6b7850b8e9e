//! Flows: the one mechanism for every multi-step operation (ARCHITECTURE.md, "Flows").
//!
//! A client starts a flow with [`StartFlow`], then posts [`FlowInput`] to
//! `/v1/flows/{id}` until the returned [`Flow`] is `complete`.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::secret::Secret;
use crate::session::Session;

/// What kind of operation a flow carries out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FlowKind {
    Signup,
    Login,
    PhoneChange,
    EmailChange,
    PasswordReset,
    DeleteAccount,
    TotpEnroll,
    RecoveryTicket,
    /// Re-authentication before a sensitive operation (refreshes the device's sign-in time).
    Reauth,
    #[serde(other)]
    Unknown,
}

impl FlowKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Signup => "signup",
            Self::Login => "login",
            Self::PhoneChange => "phone_change",
            Self::EmailChange => "email_change",
            Self::PasswordReset => "password_reset",
            Self::DeleteAccount => "delete_account",
            Self::TotpEnroll => "totp_enroll",
            Self::RecoveryTicket => "recovery_ticket",
            Self::Reauth => "reauth",
            Self::Unknown => "unknown",
        }
    }
}

/// How a login proves the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LoginMethod {
    Password,
    /// A code texted to the account's verified phone.
    Sms,
    /// A code emailed to the account's verified email.
    EmailCode,
}

/// Where a code or link was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Sms,
    Email,
}

/// Starts a flow. `POST /v1/flows`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum StartFlow {
    /// Create an account proven by a code to the phone or email.
    Signup {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        phone: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        email: Option<String>,
        /// Optional; checked against the policy before any code is sent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
        password: Option<Secret>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        device_name: Option<String>,
    },
    /// Sign in with an account ID, verified phone or verified email.
    Login {
        login: String,
        method: LoginMethod,
        /// Required for `method = password`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
        password: Option<Secret>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        device_name: Option<String>,
    },
    /// Prove it is still you (authenticated): a password, or a code when the account
    /// has no password. Needed when a sensitive operation answers `reauth_required`.
    Reauth {
        /// Use a code to this channel instead of the password.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        via: Option<Channel>,
    },
    /// Change the phone (authenticated, fresh sign-in): a code to the current phone
    /// (or, `via = email`, to the verified email), then a code to the new phone.
    PhoneChange {
        /// E.164; when absent the flow first awaits `new_phone`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        new_phone: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        via: Option<Channel>,
    },
    /// Set or change the email (authenticated, fresh sign-in): a link goes to the new
    /// address; opening it (and pressing Confirm) or `acctl email verify` finishes.
    EmailChange { email: String },
    /// Turn on two-step verification (authenticated, fresh sign-in): the response
    /// carries the secret; a TOTP code from the authenticator confirms it.
    TotpEnroll {},
    /// Forgot password: a code to the verified phone or email, the second factor when
    /// two-step is on, then the new password. From an unrecognised device or network the
    /// change waits (`awaiting = wait`) and every channel is told. The answer is the same
    /// whether or not the account exists. With `ticket`, finishes an approved ticket.
    PasswordReset {
        login: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        via: Option<Channel>,
        /// An approved recovery ticket's ID and status secret.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ticket: Option<TicketRef>,
        /// A device of this account this client signed in with before (recognition).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        known_device_id: Option<String>,
    },
    /// Open a recovery ticket: the contact email is verified by a code first.
    RecoveryTicket {
        login: String,
        contact_email: String,
        #[serde(default)]
        evidence: crate::recovery::Evidence,
    },
    /// Delete the signed-in account for good (authenticated, fresh sign-in):
    /// a code to the phone (or email), then the account ID typed as confirmation.
    DeleteAccount {
        /// Where the code goes; default the phone, else the email.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        via: Option<Channel>,
    },
}

/// A recovery ticket, named by its ID and proven by its status secret.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TicketRef {
    pub ticket_id: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub status_secret: Secret,
}

impl std::fmt::Debug for TicketRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TicketRef")
            .field("ticket_id", &self.ticket_id)
            .finish()
    }
}

/// Input for the step a flow awaits. `POST /v1/flows/{id}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FlowInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub code: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub password: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub totp: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub recovery_code: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// For `awaiting = confirmation`: what the user typed (the account ID for deletion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation: Option<String>,
}

/// What a pending flow waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Awaiting {
    Code,
    Password,
    Totp,
    NewPhone,
    NewPassword,
    Confirmation,
    Wait,
    #[serde(other)]
    Unknown,
}

impl Awaiting {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Code => "code",
            Self::Password => "password",
            Self::Totp => "totp",
            Self::NewPhone => "new_phone",
            Self::NewPassword => "new_password",
            Self::Confirmation => "confirmation",
            Self::Wait => "wait",
            Self::Unknown => "unknown",
        }
    }
}

/// Whether a flow still needs input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FlowStatus {
    Pending,
    Complete,
}

/// A flow's state as the server sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Flow {
    pub flow_id: String,
    pub kind: FlowKind,
    pub status: FlowStatus,
    /// Set while `status = pending`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awaiting: Option<Awaiting>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Masked destination of the last code, e.g. `+86•••••5678`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_to: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    /// Wrong answers left for the current code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tries_left: Option<u32>,
    /// When a new code may be requested (`POST /v1/flows/{id}/resend`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub resend_after: Option<OffsetDateTime>,
    /// Set when `status = complete`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<FlowResult>,
    /// For `awaiting = wait`: when the change completes unless the owner cancels it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub wait_until: Option<OffsetDateTime>,
    /// For `totp_enroll`: the secret to put in the authenticator app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment: Option<TotpEnrollment>,
    /// While a code or link is awaited: how its message is getting on. Never waited for:
    /// the request that sends a code answers before any courier is tried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    /// With `delivery = failed | unconfirmed`: what to do if the message has not arrived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_note: Option<String>,
}

/// How the newest code or link of a flow is getting on (`GET /v1/flows/{id}`).
///
/// Sign-in and password-reset flows can be started for any login, so their answer
/// depends only on time: `pending`, then `unconfirmed` — the same whether or not an
/// account (and a delivered message) is behind the flow. Other flows report what
/// the courier did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// Queued or being delivered.
    Pending,
    /// Handed to the SMS gateway or mail server.
    Sent,
    /// The courier gave up: not delivered.
    Failed,
    /// Sign-in and password reset, a while after the send: whether it arrived is not said.
    Unconfirmed,
    #[serde(other)]
    Unknown,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::Failed => "failed",
            Self::Unconfirmed => "unconfirmed",
            Self::Unknown => "unknown",
        }
    }
}

/// A TOTP secret being enrolled. Shown once; a secret.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TotpEnrollment {
    /// Base32, as authenticator apps take it.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub secret: Secret,
    /// `otpauth://totp/…` for a QR code.
    pub uri: String,
}

impl std::fmt::Debug for TotpEnrollment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpEnrollment { <redacted> }")
    }
}

/// What a completed flow produced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FlowResult {
    pub account_id: String,
    /// True when the flow deleted the account.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    /// Present when the flow signed the user in (sign-up, login).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// One-time recovery codes, shown once (two-step enrolment).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub recovery_codes: Vec<Secret>,
    /// A recovery ticket that was opened (keep the secret to check its status).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<crate::recovery::TicketReceipt>,
}
