//! "This wasn't me": reporting an activity event (`POST /v1/activity/{id}/report`).

use serde::{Deserialize, Serialize};

use crate::SignedOutDevice;

/// What a report did: the device of the event signed out (when it was still
/// signed in), the report recorded, and what the owner should do next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityReport {
    /// The reported event.
    pub event_id: i64,
    /// Its kind, e.g. `sign_in`.
    pub event_kind: String,
    /// The device of the event, signed out by this report; absent when the event
    /// had no device or it was already signed out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_out: Option<SignedOutDevice>,
    /// The ID of the `reported_not_me` event recording the report.
    pub report_id: i64,
    /// Commands the owner should run next (a password change, the security check).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<String>,
}
