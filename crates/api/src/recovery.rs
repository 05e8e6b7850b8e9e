//! Recovery (forgot password, find my ID, tickets) and the support desk.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::activity::ActivityItem;
use crate::secret::Secret;

/// `POST /v1/recovery/id`: send the account ID to this contact if it is verified
/// on an account. The answer is the same either way.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FindId {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// The one answer to requests that must not reveal whether an account exists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Accepted {
    pub message: String,
}

/// What a user offers as proof when codes cannot reach them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Devices used with the account, e.g. "iPhone 15", "ThinkPad".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<String>,
    /// Approximate sign-up month, `YYYY-MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signup_month: Option<String>,
    /// Phone numbers the account had before (E.164).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_phones: Vec<String>,
    /// Places or networks signed in from: IP addresses or prefixes like `203.0.113.`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    /// Anything else that helps staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A ticket's receipt for the requester: keep the secret to check the status.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TicketReceipt {
    pub ticket_id: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub status_secret: Secret,
}

impl std::fmt::Debug for TicketReceipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TicketReceipt")
            .field("ticket_id", &self.ticket_id)
            .finish()
    }
}

/// `POST /v1/recovery/tickets/{id}/status`: what the requester may know.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TicketStatus {
    pub ticket_id: String,
    /// `open`, `claimed`, `approved`, `rejected`, `completed`.
    pub status: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// What to do next, in one sentence.
    pub next: String,
}

/// The secret that proves the caller opened the ticket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TicketSecret {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub status_secret: Secret,
}

/// How one evidence item compares with the account's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Match {
    Matched,
    NotMatched,
    Unknown,
}

/// One evidence item beside its score (staff only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScoredItem {
    /// `device`, `signup_month`, `previous_phone`, `place`.
    pub kind: String,
    /// What the requester said (phones masked).
    pub claim: String,
    pub result: Match,
}

/// A ticket as staff see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ticket {
    pub ticket_id: String,
    pub status: String,
    /// The account the ticket names, if any account has that login.
    pub account_id: Option<String>,
    /// Masked.
    pub contact_email: String,
    pub claimed_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub items: Vec<ScoredItem>,
    pub matched: u32,
    pub scored: u32,
    pub notes_from_requester: Option<String>,
    pub staff_notes: Vec<StaffNote>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffNote {
    pub author: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub text: String,
}

/// A staff decision or note on a ticket.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TicketAction {
    /// The reason (reject), or the note (approve, note).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// An account as support staff see it: contacts masked, no secrets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffAccountView {
    pub account_id: String,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub two_step: bool,
    pub has_password: bool,
    pub roles: Vec<String>,
    pub devices: u32,
    pub locked: bool,
    pub lock_reason: Option<String>,
    pub deleted: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// A reason for a staff action (lock).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StaffReason {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The result of a staff action on one account (bulk tools print one per ID).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffActionResult {
    pub account_id: String,
    pub action: String,
    /// Devices signed out, for `sign-out`.
    #[serde(default)]
    pub devices_signed_out: u32,
}

/// One audit-log entry (append-only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub actor: String,
    pub action: String,
    pub account_id: Option<String>,
    pub ticket_id: Option<String>,
    pub reason: Option<String>,
}

/// Filters for `GET /v1/support/audit`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct AuditQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// Filters for `GET /v1/support/tickets`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct TicketQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Only tickets the caller claimed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mine: Option<bool>,
}

/// Staff activity view re-uses the user's item type.
pub type StaffActivity = Vec<ActivityItem>;
