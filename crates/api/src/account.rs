//! The signed-in account and its limits.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::flow::Channel;
use crate::secret::Secret;

/// `GET /v1/me`: the signed-in account, contacts masked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub account_id: String,
    #[serde(default)]
    pub name: Option<String>,
    /// Masked, e.g. `+86•••••5678`.
    #[serde(default)]
    pub phone: Option<String>,
    /// Masked, e.g. `a•••@example.com`.
    #[serde(default)]
    pub email: Option<String>,
    pub phone_verified: bool,
    pub email_verified: bool,
    /// Two-step verification (TOTP) on.
    pub two_step: bool,
    pub has_password: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// The device this token belongs to.
    pub device_id: String,
    /// The language of the account's texts and emails (`en`, `zh-Hans`).
    #[serde(default)]
    pub language: crate::Language,
}

/// `GET /v1/me/limits`: what the account may do before a limit bites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Limits {
    pub destinations: Vec<DestinationLimits>,
    pub password: PasswordLimits,
}

/// Code limits for one verified phone or email.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DestinationLimits {
    pub channel: Channel,
    /// Masked destination.
    pub destination: String,
    pub codes_left_today: u32,
    pub codes_per_day: u32,
    /// When the next code may be sent; absent when it may be sent now.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub next_code_at: Option<OffsetDateTime>,
}

/// Password sign-in throttling for the account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordLimits {
    pub consecutive_failures: u32,
    /// Failures left before password sign-in locks.
    pub failures_before_lock: u32,
    /// Set while password sign-in is locked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub locked_until: Option<OffsetDateTime>,
}

/// `GET /v1/meta`: service facts a client checks (clock skew, version, policy).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceInfo {
    pub service: String,
    pub version: String,
    #[serde(with = "time::serde::rfc3339")]
    pub time: OffsetDateTime,
    pub password_min_length: u32,
    pub password_max_length: u32,
}

/// `POST /v1/me/password`. Secrets: never log.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    /// Always needed when the account has a password: a recent sign-in (by a code,
    /// say) never stands in for it. Without a password, recovery creates one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub current_password: Option<Secret>,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub new_password: Secret,
    /// With two-step verification on: the authenticator's current code…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub totp: Option<Secret>,
    /// …or an unused recovery code instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub recovery_code: Option<Secret>,
}

impl std::fmt::Debug for PasswordChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordChange { <redacted> }")
    }
}

/// `GET /v1/me/2sv`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TwoStepStatus {
    pub enabled: bool,
    pub recovery_codes_left: u32,
}

/// `DELETE /v1/me/2sv` and `POST /v1/me/2sv/recovery-codes`: proof of the
/// authenticator being changed (its code, or an unused recovery code). The
/// session must be recent, or `password` re-authenticates in the request itself.
/// Secrets: never log.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TwoStepChange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub totp: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub recovery_code: Option<Secret>,
    /// The current password, when the session's sign-in is older than the
    /// re-authentication window (instead of a separate re-auth flow).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub password: Option<Secret>,
}

impl std::fmt::Debug for TwoStepChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TwoStepChange { <redacted> }")
    }
}

/// New one-time recovery codes (`POST /v1/me/2sv/recovery-codes`). Shown once.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecoveryCodes {
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub recovery_codes: Vec<Secret>,
}

impl std::fmt::Debug for RecoveryCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCodes { <redacted> }")
    }
}

/// `POST /v1/email/verify`: the token from the emailed link (or the whole link).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EmailVerify {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub token: Secret,
}

impl std::fmt::Debug for EmailVerify {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EmailVerify { <redacted> }")
    }
}
