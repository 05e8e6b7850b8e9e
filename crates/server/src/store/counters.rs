//! Rate-limit counters and password sign-in throttling, kept in the database
//! and changed by single atomic statements so they hold across replicas.

use sqlx::Row;

use super::Store;

/// A counter in a fixed window (e.g. a UTC day).
#[derive(Debug, Clone, Copy, Default)]
pub struct WindowedCount {
    pub count: i64,
    pub last_at: i64,
}

/// Password sign-in throttle state of one subject.
#[derive(Debug, Clone, Copy, Default)]
pub struct Throttle {
    pub failures: i64,
    pub locked_until: i64,
}

impl Store {
    /// Counts one event in the window if the count is below `cap` and the last event
    /// is at least `cooldown` seconds old. `None` means the limit holds (nothing counted).
    pub async fn count_if_allowed(
        &self,
        key: &str,
        window_start: i64,
        now: i64,
        cap: i64,
        cooldown: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        let row = sqlx::query(
            "INSERT INTO counters (key, window_start, count, last_at) VALUES ($1, $2, 1, $3) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN counters.window_start = excluded.window_start THEN counters.count + 1 ELSE 1 END, \
               window_start = excluded.window_start, last_at = excluded.last_at \
             WHERE (counters.window_start <> excluded.window_start OR counters.count < $4) \
               AND counters.last_at <= $5 \
             RETURNING count",
        )
        .bind(key)
        .bind(window_start)
        .bind(now)
        .bind(cap)
        .bind(now - cooldown)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| r.try_get(0)).transpose()
    }

    /// Counts one event in the window, unconditionally; returns the new count.
    pub async fn count(&self, key: &str, window_start: i64, now: i64) -> Result<i64, sqlx::Error> {
        let row = sqlx::query(
            "INSERT INTO counters (key, window_start, count, last_at) VALUES ($1, $2, 1, $3) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN counters.window_start = excluded.window_start THEN counters.count + 1 ELSE 1 END, \
               window_start = excluded.window_start, last_at = excluded.last_at \
             RETURNING count",
        )
        .bind(key)
        .bind(window_start)
        .bind(now)
        .fetch_one(&self.pool)
        .await?;
        row.try_get(0)
    }

    /// The counter's value in the given window (0 when it is from an older window).
    pub async fn read_count(
        &self,
        key: &str,
        window_start: i64,
    ) -> Result<WindowedCount, sqlx::Error> {
        let row = sqlx::query("SELECT window_start, count, last_at FROM counters WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => {
                let w: i64 = r.try_get(0)?;
                WindowedCount {
                    count: if w == window_start { r.try_get(1)? } else { 0 },
                    last_at: r.try_get(2)?,
                }
            }
            None => WindowedCount::default(),
        })
    }

    pub async fn throttle(&self, subject: &str) -> Result<Throttle, sqlx::Error> {
        let row =
            sqlx::query("SELECT failures, locked_until FROM login_throttle WHERE subject = $1")
                .bind(subject)
                .fetch_optional(&self.pool)
                .await?;
        Ok(match row {
            Some(r) => Throttle {
                failures: r.try_get(0)?,
                locked_until: r.try_get(1)?,
            },
            None => Throttle::default(),
        })
    }

    /// Counts a failed password sign-in atomically; returns the new failure count.
    pub async fn record_login_failure(&self, subject: &str, now: i64) -> Result<i64, sqlx::Error> {
        let row = sqlx::query(
            "INSERT INTO login_throttle (subject, failures, last_failure_at) VALUES ($1, 1, $2) \
             ON CONFLICT (subject) DO UPDATE SET failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at \
             RETURNING failures",
        )
        .bind(subject)
        .bind(now)
        .fetch_one(&self.pool)
        .await?;
        row.try_get(0)
    }

    /// Extends a lock; never shortens one set by a concurrent failure.
    pub async fn lock_login(&self, subject: &str, until: i64) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE login_throttle SET locked_until = $1 WHERE subject = $2 AND locked_until < $1",
        )
        .bind(until)
        .bind(subject)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn clear_login_failures(&self, subject: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
            .bind(subject)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
