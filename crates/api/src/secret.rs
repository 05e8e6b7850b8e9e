//! [`Secret`]: every password, code and token on the wire. The same JSON string
//! (serde-transparent), but `{:?}` prints `<redacted>`, so no `Debug` of a
//! request, response or log line can show one; reading it says so (`expose`).

use std::fmt;

use serde::{Deserialize, Serialize};

/// A password, one-time code, recovery code, token or status secret.
#[derive(Clone, Default, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself, for the one place that uses it (a hash, a compare, a header).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The secret itself, owned.
    pub fn into_exposed(self) -> String {
        self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// In constant time for equal lengths, so a compare never says how much matched.
impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&String> for Secret {
    fn from(value: &String) -> Self {
        Self(value.clone())
    }
}

impl From<&Secret> for Secret {
    fn from(value: &Secret) -> Self {
        value.clone()
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_form_is_the_plain_string_and_debug_hides_it() {
        let s = Secret::from("hunter2-horse-battery");
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            "\"hunter2-horse-battery\""
        );
        let back: Secret = serde_json::from_str("\"hunter2-horse-battery\"").unwrap();
        assert_eq!(back, s);
        assert_eq!(back.expose(), "hunter2-horse-battery");
        assert_eq!(format!("{s:?}"), "<redacted>");
        assert_ne!(Secret::from("a"), Secret::from("b"));
        assert_ne!(Secret::from("a"), Secret::from("ab"));
    }

    /// Issue 10: no `{:?}` of a request or response shows a password, code or token.
    #[test]
    fn debug_of_every_type_with_a_secret_hides_it() {
        use crate::*;
        const S: &str = "s3cret-Value-77";
        let s = || Some(Secret::from(S));
        let session = Session {
            account_id: "12345678".into(),
            device_id: "d1".into(),
            access_token: S.into(),
            access_expires_at: time::OffsetDateTime::UNIX_EPOCH,
            refresh_token: S.into(),
            refresh_expires_at: time::OffsetDateTime::UNIX_EPOCH,
        };
        let shown = [
            format!(
                "{:?}",
                StartFlow::Signup {
                    phone: None,
                    email: Some("a@example.com".into()),
                    password: s(),
                    name: None,
                    device_name: None,
                }
            ),
            format!(
                "{:?}",
                StartFlow::Login {
                    login: "12345678".into(),
                    method: LoginMethod::Password,
                    password: s(),
                    device_name: None,
                }
            ),
            format!(
                "{:?}",
                StartFlow::PasswordReset {
                    login: "12345678".into(),
                    via: None,
                    ticket: Some(TicketRef {
                        ticket_id: "T1".into(),
                        status_secret: S.into(),
                    }),
                    known_device_id: None,
                }
            ),
            format!(
                "{:?}",
                FlowInput {
                    code: s(),
                    password: s(),
                    totp: s(),
                    recovery_code: s(),
                    ..Default::default()
                }
            ),
            format!(
                "{:?}",
                PasswordChange {
                    current_password: s(),
                    new_password: S.into(),
                    totp: s(),
                    recovery_code: s(),
                }
            ),
            format!(
                "{:?}",
                TwoStepChange {
                    totp: s(),
                    recovery_code: s(),
                    password: s(),
                }
            ),
            format!("{session:?}"),
            format!(
                "{:?}",
                FlowResult {
                    account_id: "12345678".into(),
                    deleted: false,
                    session: Some(session.clone()),
                    recovery_codes: vec![S.into()],
                    ticket: Some(TicketReceipt {
                        ticket_id: "T1".into(),
                        status_secret: S.into(),
                    }),
                }
            ),
            format!(
                "{:?}",
                RefreshRequest {
                    refresh_token: S.into()
                }
            ),
            format!("{:?}", EmailVerify { token: S.into() }),
            format!(
                "{:?}",
                TicketSecret {
                    status_secret: S.into()
                }
            ),
            format!(
                "{:?}",
                RecoveryCodes {
                    recovery_codes: vec![S.into()]
                }
            ),
            format!(
                "{:?}",
                TotpEnrollment {
                    secret: S.into(),
                    uri: "otpauth://totp/acct".into(),
                }
            ),
        ];
        for d in &shown {
            assert!(!d.contains(S), "a secret in {d}");
        }
        assert!(shown[3].contains("<redacted>"), "{}", shown[3]);
    }
}
