//! The closed sets of values the service stores and answers with: ticket status,
//! activity kind and outcome, code purpose, staff role. Each variant is spelled exactly
//! as the database and the API spell it today (`as_str`, `FromStr`, serde), so the
//! domain matches on variants while the schema and the wire stay as they are.
//! Shared by the domain and the store (the store binds `as_str()` and parses on read).

use std::fmt;
use std::str::FromStr;

/// A stored or received string that is not one of a set's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {set} {value:?}")]
pub struct UnknownValue {
    pub set: &'static str,
    pub value: String,
}

/// An enum with one exact string per variant: `as_str`, `FromStr`, `Display`, serde
/// as that string, and `ALL` (for tests and for listing valid values).
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident, $set:literal { $($(#[$vmeta:meta])* $variant:ident => $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok(Self::$variant),)+
                    _ => Err(UnknownValue { set: $set, value: s.to_string() }),
                }
            }
        }

        /// For `#[sqlx(try_from = "String")]` on row structs.
        impl TryFrom<String> for $name {
            type Error = UnknownValue;

            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

string_enum! {
    /// Where a recovery ticket is (`tickets.status`, `Ticket.status`).
    TicketStatus, "ticket status" {
        Open => "open",
        Claimed => "claimed",
        Approved => "approved",
        Rejected => "rejected",
        /// The approved reset was finished.
        Completed => "completed",
    }
}

impl TicketStatus {
    /// Staff may still approve or reject it.
    pub fn is_undecided(self) -> bool {
        matches!(self, Self::Open | Self::Claimed)
    }
}

string_enum! {
    /// What an activity row records (`activity.kind`, `ActivityItem.kind`).
    ActivityKind, "activity kind" {
        SignIn => "sign_in",
        SignUp => "sign_up",
        SignOut => "sign_out",
        PasswordChanged => "password_changed",
        PasswordReset => "password_reset",
        PasswordResetCancelled => "password_reset_cancelled",
        PhoneChanged => "phone_changed",
        EmailChanged => "email_changed",
        TwoStepEnabled => "two_step_enabled",
        TwoStepDisabled => "two_step_disabled",
        RecoveryCodesRegenerated => "recovery_codes_regenerated",
        RecoveryCodeUsed => "recovery_code_used",
        TotpReplay => "totp_replay",
        TokenReuse => "token_reuse",
        DeviceSignedOut => "device_signed_out",
        AccountDeleted => "account_deleted",
        FindId => "find_id",
        RecoveryTicket => "recovery_ticket",
        /// A code could not be delivered.
        CodeDelivery => "code_delivery",
        /// A notice could not be delivered.
        NoticeDelivery => "notice_delivery",
        SupportLock => "support_lock",
        SupportUnlock => "support_unlock",
        SupportSignOut => "support_sign_out",
        ReportedNotMe => "reported_not_me",
        LanguageChanged => "language_changed",
        /// The account ended its grant to an OpenID Connect client (`reason`: the client ID).
        AppRevoked => "app_revoked",
    }
}

string_enum! {
    /// How an activity ended (`activity.outcome`, `ActivityItem.outcome`).
    Outcome, "activity outcome" {
        Success => "success",
        Failure => "failure",
        /// A reset waiting out its delay.
        Pending => "pending",
        /// A recovery ticket was opened.
        Opened => "opened",
        /// A reused refresh token signed its device out.
        DeviceSignedOut => "device_signed_out",
    }
}

string_enum! {
    /// What a code (or a message on a code's send budget) is for. Bound into the code's
    /// hash and stored in `codes.purpose`, so a code for one operation never works for
    /// another; also the `purpose` of a flow's stored state.
    CodePurpose, "code purpose" {
        Signup => "signup",
        Login => "login",
        Reauth => "reauth",
        DeleteAccount => "delete_account",
        PasswordReset => "password_reset",
        RecoveryTicket => "recovery_ticket",
        PhoneChangeVerifyCurrent => "phone_change_verify_current",
        PhoneChangeVerifyNew => "phone_change_verify_new",
        EmailVerify => "email_verify",
        /// Find my ID: no code, but it spends the recovery send budget.
        FindId => "find_id",
    }
}

impl CodePurpose {
    /// Recovery messages (reset, find my ID, ticket contact) have send budgets apart
    /// from sign-in and other codes, so spent sign-in codes never close forgot-password.
    pub fn is_recovery(self) -> bool {
        matches!(
            self,
            Self::PasswordReset | Self::FindId | Self::RecoveryTicket
        )
    }
}

string_enum! {
    /// A staff role (`accounts.roles`, comma-separated; `StaffAccountView.roles`).
    StaffRole, "staff role" {
        Support => "support",
        Admin => "admin",
    }
}

/// An account's staff roles, stored in `accounts.roles` comma-separated and sorted
/// (empty for everyone who is not staff).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaffRoles(Vec<StaffRole>);

impl StaffRoles {
    /// Parses the stored form; unknown names are skipped, so a role added later never
    /// makes an older binary fail to load the account.
    pub fn parse(stored: &str) -> Self {
        Self::from_iter(stored.split(',').filter_map(|r| r.trim().parse().ok()))
    }

    /// The stored form: sorted by name, comma-separated.
    pub fn to_stored(&self) -> String {
        self.names().join(",")
    }

    /// The names, sorted (the wire's `roles`).
    pub fn names(&self) -> Vec<String> {
        self.0.iter().map(ToString::to_string).collect()
    }

    pub fn has(&self, role: StaffRole) -> bool {
        self.0.contains(&role)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn grant(&mut self, role: StaffRole) {
        *self = Self::from_iter(self.0.iter().copied().chain([role]));
    }

    pub fn revoke(&mut self, role: StaffRole) {
        self.0.retain(|r| *r != role);
    }
}

impl FromIterator<StaffRole> for StaffRoles {
    fn from_iter<I: IntoIterator<Item = StaffRole>>(roles: I) -> Self {
        let mut roles: Vec<StaffRole> = roles.into_iter().collect();
        roles.sort_unstable_by_key(|r| r.as_str());
        roles.dedup();
        Self(roles)
    }
}

/// The stored form (so `#[sqlx(try_from = "String")]` works on row structs); never
/// fails (see `parse`).
impl From<String> for StaffRoles {
    fn from(s: String) -> Self {
        Self::parse(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each variant writes exactly today's string and reads back from it, in the
    /// store's form (`as_str`/`FromStr`) and the wire's (serde).
    fn round_trips<T>(all: &[T], expected: &[&str])
    where
        T: Copy + PartialEq + fmt::Debug + FromStr + serde::Serialize + serde::de::DeserializeOwned,
        T: fmt::Display,
    {
        let spelled: Vec<String> = all.iter().map(ToString::to_string).collect();
        assert_eq!(spelled, expected);
        for (v, s) in all.iter().zip(expected) {
            assert_eq!(s.parse::<T>().ok(), Some(*v), "{s}");
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(json, format!("\"{s}\""));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *v);
        }
        assert!("no_such_value".parse::<T>().is_err());
        assert!(serde_json::from_str::<T>("\"no_such_value\"").is_err());
    }

    #[test]
    fn ticket_status_strings() {
        round_trips(
            TicketStatus::ALL,
            &["open", "claimed", "approved", "rejected", "completed"],
        );
    }

    #[test]
    fn activity_kind_strings() {
        round_trips(
            ActivityKind::ALL,
            &[
                "sign_in",
                "sign_up",
                "sign_out",
                "password_changed",
                "password_reset",
                "password_reset_cancelled",
                "phone_changed",
                "email_changed",
                "two_step_enabled",
                "two_step_disabled",
                "recovery_codes_regenerated",
                "recovery_code_used",
                "totp_replay",
                "token_reuse",
                "device_signed_out",
                "account_deleted",
                "find_id",
                "recovery_ticket",
                "code_delivery",
                "notice_delivery",
                "support_lock",
                "support_unlock",
                "support_sign_out",
                "reported_not_me",
                "language_changed",
                "app_revoked",
            ],
        );
    }

    #[test]
    fn outcome_strings() {
        round_trips(
            Outcome::ALL,
            &[
                "success",
                "failure",
                "pending",
                "opened",
                "device_signed_out",
            ],
        );
    }

    #[test]
    fn code_purpose_strings() {
        round_trips(
            CodePurpose::ALL,
            &[
                "signup",
                "login",
                "reauth",
                "delete_account",
                "password_reset",
                "recovery_ticket",
                "phone_change_verify_current",
                "phone_change_verify_new",
                "email_verify",
                "find_id",
            ],
        );
    }

    #[test]
    fn staff_role_strings() {
        round_trips(StaffRole::ALL, &["support", "admin"]);
    }

    #[test]
    fn staff_roles_stored_form() {
        let both = StaffRoles::parse("support,admin");
        assert!(both.has(StaffRole::Support) && both.has(StaffRole::Admin));
        assert_eq!(both.to_stored(), "admin,support");
        assert_eq!(both.names(), ["admin", "support"]);
        assert!(StaffRoles::parse("").is_empty());
        assert_eq!(StaffRoles::parse("").to_stored(), "");
        assert_eq!(StaffRoles::parse("auditor, admin").to_stored(), "admin");
        let mut roles = StaffRoles::default();
        roles.grant(StaffRole::Support);
        roles.grant(StaffRole::Admin);
        roles.grant(StaffRole::Support);
        assert_eq!(roles.to_stored(), "admin,support");
        roles.revoke(StaffRole::Admin);
        assert_eq!(roles.to_stored(), "support");
    }
}
