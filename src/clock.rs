//! The CLI's one source of the current time (clippy.toml bans the system
//! clock elsewhere), and how a span of time reads in messages.

use time::OffsetDateTime;

/// Now, in UTC.
#[allow(clippy::disallowed_methods)] // the one place that reads the system clock
pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// `59 s`, `1 min 30 s`, `2 h 5 min`, `1 day`, `2 days 12 h`; each part truncated.
pub fn duration(secs: u64) -> String {
    const MIN: u64 = 60;
    const HOUR: u64 = 3600;
    const DAY: u64 = 86_400;
    let pair = |big: u64, big_unit: &str, small: u64, small_unit: &str| {
        if small == 0 {
            format!("{big} {big_unit}")
        } else {
            format!("{big} {big_unit} {small} {small_unit}")
        }
    };
    match secs {
        0..MIN => format!("{secs} s"),
        MIN..HOUR => pair(secs / MIN, "min", secs % MIN, "s"),
        HOUR..DAY => pair(secs / HOUR, "h", secs % HOUR / MIN, "min"),
        _ => {
            let days = secs / DAY;
            let unit = if days == 1 { "day" } else { "days" };
            pair(days, unit, secs % DAY / HOUR, "h")
        }
    }
}
