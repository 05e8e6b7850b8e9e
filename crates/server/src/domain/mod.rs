//! Domain logic: what the service does, independent of HTTP.
//! `App` holds the shared parts; each concept adds its methods in its own module.

pub mod account;
pub mod activity;
pub mod activity_export;
pub mod budgets;
pub mod checkup;
pub mod codes;
pub mod credentials;
pub mod deletion;
pub mod delivery;
pub mod devices;
pub mod flow_guard;
pub mod flows;
pub mod lockout;
pub mod login;
pub mod password_change;
pub mod passwords;
pub mod reauth;
pub mod recovery;
pub mod report;
pub mod second_factor;
pub mod sessions;
pub mod signup;
pub mod stand_in;
pub mod support;
pub mod ticket_desk;
pub mod tickets;
pub mod two_step;

use std::sync::Arc;

use crate::clock::Clock;
use crate::config::Config;
use crate::secret::ServerKey;
use crate::store::Store;

/// Who is asking: recorded with activity and devices.
#[derive(Debug, Clone, Default)]
pub struct RequestMeta {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
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
}

impl std::ops::Deref for App {
    type Target = AppInner;
    fn deref(&self) -> &AppInner {
        &self.0
    }
}

impl App {
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    pub fn limits(&self) -> &crate::config::Limits {
        &self.config.limits
    }

    /// The current UTC day number: the window of daily limits.
    pub fn day(&self) -> i64 {
        self.now().div_euclid(86_400)
    }
}

/// A human "in N minutes" for messages.
pub fn humanize_secs(secs: i64) -> String {
    match secs {
        s if s < 60 => format!("{} s", s.max(1)),
        s if s < 3600 => format!("{} min", (s + 59) / 60),
        s if s < 86_400 => format!("{} h {} min", s / 3600, (s % 3600) / 60),
        s => format!("{} days", (s + 86_399) / 86_400),
    }
}

/// RFC 3339 for messages.
pub fn rfc3339(unix: i64) -> String {
    crate::clock::to_datetime(unix)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| unix.to_string())
}
