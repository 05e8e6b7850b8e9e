//! Time as a parameter: the service asks a [`Clock`], so tests move time
//! for expiries, cooldowns and lockouts without sleeping.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

/// Seconds since the Unix epoch, UTC.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> i64;
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> i64 {
        system_now().unix_timestamp()
    }
}

/// A clock that only moves when told to (tests).
#[derive(Debug)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    pub fn new(start_unix_secs: i64) -> Self {
        Self(AtomicI64::new(start_unix_secs))
    }

    /// Starts at the current real time, so timestamps look plausible.
    pub fn starting_now() -> Self {
        Self::new(SystemClock.now())
    }

    pub fn advance(&self, by: Duration) {
        let secs = i64::try_from(by.as_secs()).unwrap_or(i64::MAX);
        self.0.fetch_add(secs, Ordering::SeqCst);
    }

    pub fn set(&self, unix_secs: i64) {
        self.0.store(unix_secs, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

impl<C: Clock> Clock for std::sync::Arc<C> {
    fn now(&self) -> i64 {
        (**self).now()
    }
}

/// Unix seconds to the wire's timestamp type.
pub fn to_datetime(unix: i64) -> time::OffsetDateTime {
    time::OffsetDateTime::from_unix_timestamp(unix).unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

/// The system's time, for what runs outside a request (start-up, migrations,
/// the host's staff commands, couriers); requests ask the `App`'s [`Clock`].
#[allow(clippy::disallowed_methods)] // the one place that reads the system clock
pub fn system_now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// Milliseconds since the Unix epoch by the system clock (delivery timing).
#[allow(clippy::disallowed_methods)] // the one place that reads the system clock
pub fn wall_ms() -> i64 {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since.as_millis()).unwrap_or(i64::MAX)
}
