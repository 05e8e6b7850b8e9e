//! Time as a parameter: the service asks a [`Clock`], so tests move time
//! for expiries, cooldowns and lockouts without sleeping. [`Timestamp`] is a point
//! in time as the domain holds it.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

/// Seconds since the Unix epoch, UTC.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> i64;

    /// The same as a [`Timestamp`].
    fn timestamp(&self) -> Timestamp {
        Timestamp::from_unix(self.now())
    }
}

/// A point in time to the second, UTC. The store keeps it as unix seconds
/// (`store::timestamp` converts at the edge), and stored JSON as the same number,
/// so neither the schema nor any stored state changes. Durations are the
/// configured limits, in seconds.
/// `Default` is the Unix epoch: the stored "never" of a lock or a cooldown.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(i64);

impl Timestamp {
    pub const fn from_unix(secs: i64) -> Self {
        Self(secs)
    }

    /// Seconds since the Unix epoch (the stored form).
    pub const fn unix(self) -> i64 {
        self.0
    }

    /// `secs` later (limits are configured in seconds).
    pub const fn plus_secs(self, secs: i64) -> Self {
        Self(self.0.saturating_add(secs))
    }

    /// `secs` earlier (the start of a window that ends now).
    pub const fn minus_secs(self, secs: i64) -> Self {
        Self(self.0.saturating_sub(secs))
    }

    /// Seconds from `self` to `later` (negative when `later` has passed).
    pub const fn secs_until(self, later: Self) -> i64 {
        later.0.saturating_sub(self.0)
    }

    /// Seconds from `earlier` to `self` (how long ago `earlier` was).
    pub const fn secs_since(self, earlier: Self) -> i64 {
        self.0.saturating_sub(earlier.0)
    }

    /// The UTC day number (days since the epoch): the window of daily limits.
    pub const fn utc_day(self) -> i64 {
        self.0.div_euclid(86_400)
    }

    /// The next UTC midnight, when the daily limits start again.
    pub const fn next_utc_midnight(self) -> Self {
        Self(self.utc_day().saturating_add(1).saturating_mul(86_400))
    }

    /// A time from the wire (an RFC 3339 filter), to the second.
    pub fn from_datetime(t: time::OffsetDateTime) -> Self {
        Self(t.unix_timestamp())
    }

    /// The wire's timestamp type.
    pub fn to_datetime(self) -> time::OffsetDateTime {
        to_datetime(self.0)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_timestamp_is_stored_and_serialised_as_unix_seconds() {
        let t = Timestamp::from_unix(1_764_590_060);
        assert_eq!(t.unix(), 1_764_590_060);
        assert_eq!(serde_json::to_string(&t).unwrap(), "1764590060");
        assert_eq!(serde_json::from_str::<Timestamp>("1764590060").unwrap(), t);
        assert_eq!(t.plus_secs(60).unix(), 1_764_590_120);
        assert_eq!(t.secs_until(t.plus_secs(60)), 60);
        assert_eq!(t.plus_secs(60).secs_until(t), -60);
        assert_eq!(t.minus_secs(60).unix(), 1_764_590_000);
        assert_eq!(t.plus_secs(60).secs_since(t), 60);
        assert_eq!(t.utc_day(), 20_423);
        assert_eq!(t.next_utc_midnight().unix(), 20_424 * 86_400);
        assert_eq!(Timestamp::from_unix(-1).utc_day(), -1);
        assert!(t < t.plus_secs(1));
        assert_eq!(t.to_datetime().unix_timestamp(), 1_764_590_060);
    }

    #[test]
    fn a_clock_gives_timestamps() {
        let clock = ManualClock::new(1_000);
        clock.advance(Duration::from_secs(5));
        assert_eq!(clock.timestamp(), Timestamp::from_unix(1_005));
    }
}
