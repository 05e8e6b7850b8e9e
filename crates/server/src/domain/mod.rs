//! Domain logic: what the service does, independent of HTTP.
//! `App` holds the shared parts; each concept adds its methods in its own module.

pub mod account;
pub mod activity;
pub mod activity_export;
pub mod budgets;
pub mod checkup;
pub mod codes;
pub mod deletion;
pub mod delivery;
pub mod devices;
pub mod email_change;
pub mod find_id;
pub mod flow_guard;
pub mod flow_state;
pub mod flow_steps;
pub mod flows;
pub mod lockout;
pub mod login;
pub mod oauth;
pub mod password_change;
pub mod passwords;
pub mod phone_change;
pub mod reauth;
pub mod recovery;
pub mod report;
pub mod second_factor;
pub mod security_events;
pub mod sessions;
pub mod signup;
pub mod stand_in;
pub mod support;
pub mod ticket_desk;
pub mod tickets;
pub mod two_step;

use std::sync::Arc;

use crate::clock::{Clock, Timestamp};
use crate::config::Config;
use crate::secret::ServerKey;
use crate::store::Store;

/// Who is asking: recorded with activity and devices.
#[derive(Debug, Clone, Default)]
pub struct RequestMeta {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
    /// What the request's `Accept-Language` asks for; `None` when it names nothing
    /// supported (or is absent).
    pub accept_language: Option<acct_api::Language>,
}

impl RequestMeta {
    /// The language to answer this request in when no account's language applies
    /// (sign-up, stand-ins): its `Accept-Language`, else English.
    pub fn language(&self) -> acct_api::Language {
        self.accept_language.unwrap_or_default()
    }

    /// The same request answered in `language`: a code or link to a contact that is
    /// not the account's yet (a new phone, a new email) is still written in the
    /// account's language.
    pub fn in_language(&self, language: acct_api::Language) -> Self {
        Self {
            accept_language: Some(language),
            ..self.clone()
        }
    }
}

/// The service's shared state. Cheap to clone.
#[derive(Clone)]
pub struct App(pub Arc<AppInner>);

pub struct AppInner {
    pub config: Config,
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub key: ServerKey,
    pub hasher: passwords::Hasher,
    /// Every code, link and notice is enqueued here; nothing waits for delivery.
    pub courier: crate::courier::Outbox,
    /// This replica's copy of the OpenID signing keys (the database holds them).
    pub oidc_keys: oauth::keys::KeyCache,
}

impl std::ops::Deref for App {
    type Target = AppInner;
    fn deref(&self) -> &AppInner {
        &self.0
    }
}

impl App {
    /// Unix seconds, for the OpenID modules (`oauth`), not yet moved to [`Timestamp`].
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    pub fn timestamp(&self) -> Timestamp {
        self.clock.timestamp()
    }

    pub fn limits(&self) -> &crate::config::Limits {
        &self.config.limits
    }

    /// The current UTC day number: the window of daily limits.
    pub fn day(&self) -> i64 {
        self.timestamp().utc_day()
    }
}

/// A human "49 s", "1 min 30 s", "2 days 12 h" for messages: each part rounded toward
/// zero, exactly as acctl's formatter (src/output.rs), so one instant never reads as
/// two different times. Below a second says "1 s" (the shortest wait worth saying).
pub fn humanize_secs(secs: i64) -> String {
    const MIN: i64 = 60;
    const HOUR: i64 = 3600;
    const DAY: i64 = 86_400;
    let pair = |big: i64, big_unit: &str, small: i64, small_unit: &str| {
        if small == 0 {
            format!("{big} {big_unit}")
        } else {
            format!("{big} {big_unit} {small} {small_unit}")
        }
    };
    match secs.max(1) {
        s if s < MIN => format!("{s} s"),
        s if s < HOUR => pair(s / MIN, "min", s % MIN, "s"),
        s if s < DAY => pair(s / HOUR, "h", s % HOUR / MIN, "min"),
        s => {
            let days = s / DAY;
            pair(
                days,
                if days == 1 { "day" } else { "days" },
                s % DAY / HOUR,
                "h",
            )
        }
    }
}

/// RFC 3339 for messages.
pub fn rfc3339(t: Timestamp) -> String {
    t.to_datetime()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.unix().to_string())
}

#[cfg(test)]
mod tests {
    use super::humanize_secs;

    #[test]
    fn waits_read_like_acctl_shows_them_rounded_toward_zero() {
        assert_eq!(humanize_secs(0), "1 s");
        assert_eq!(humanize_secs(49), "49 s");
        assert_eq!(humanize_secs(90), "1 min 30 s");
        assert_eq!(humanize_secs(3599), "59 min 59 s");
        assert_eq!(humanize_secs(3600 + 5 * 60 + 59), "1 h 5 min");
        assert_eq!(humanize_secs(86_400), "1 day");
        // 2.5 days less a second: 2 days (acctl shows the same), never 3.
        assert_eq!(humanize_secs(216_000 + 3599), "2 days 12 h");
        assert_eq!(humanize_secs(3 * 86_400 - 1), "2 days 23 h");
    }
}
