//! Rate-limit counters and password sign-in throttling, kept in the database
//! and changed by single atomic statements so they hold across replicas. Each
//! method on `Store` here is one statement: a unit of work on its own (a count is
//! reserved before what it limits is checked, and must hold whatever follows).

use super::{Store, Uow};
use crate::clock::Timestamp;

/// A counter in a fixed window (a UTC day number: `App::day`).
#[derive(Debug, Clone, Copy, Default)]
pub struct WindowedCount {
    pub count: i64,
    pub last_at: Timestamp,
}

/// Password sign-in throttle state of one subject.
#[derive(Debug, Clone, Copy, Default, sqlx::FromRow)]
pub struct Throttle {
    pub failures: i64,
    pub locked_until: Timestamp,
}

impl Store {
    /// Counts one event in the window if the count is below `cap` and the last event
    /// is at least `cooldown` seconds old. `None` means the limit holds (nothing counted).
    pub async fn count_if_allowed(
        &self,
        key: &str,
        window_start: i64,
        now: Timestamp,
        cap: i64,
        cooldown: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        count_if_allowed_on(&self.pool, key, window_start, now, cap, cooldown).await
    }

    /// Counts one event in the window, unconditionally; returns the new count.
    pub async fn count(
        &self,
        key: &str,
        window_start: i64,
        now: Timestamp,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
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
        .await
    }

    /// The counter's value in the given window (0 when it is from an older window).
    pub async fn read_count(
        &self,
        key: &str,
        window_start: i64,
    ) -> Result<WindowedCount, sqlx::Error> {
        read_count_on(&self.pool, key, window_start).await
    }

    /// Reserves one attempt under `cap` in a window that opens at the first attempt
    /// counted (an empty counter, its attempts all given back, opens a new one) and
    /// lasts `window` seconds, before the attempt is checked. `None`: the cap holds
    /// (nothing counted). Returns the attempts counted in the window, this one included.
    pub async fn reserve_attempt(
        &self,
        key: &str,
        now: Timestamp,
        window: i64,
        cap: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar(
            "INSERT INTO counters (key, window_start, count, last_at) VALUES ($1, $2, 1, $2) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN counters.window_start <= $3 OR counters.count <= 0 THEN 1 ELSE counters.count + 1 END, \
               window_start = CASE WHEN counters.window_start <= $3 OR counters.count <= 0 THEN excluded.window_start ELSE counters.window_start END, \
               last_at = excluded.last_at \
             WHERE counters.window_start <= $3 OR counters.count <= 0 OR counters.count < $4 \
             RETURNING count",
        )
        .bind(key)
        .bind(now)
        .bind(now.minus_secs(window))
        .bind(cap)
        .fetch_optional(&self.pool)
        .await
    }

    /// Gives back an attempt reserved with `reserve_attempt` or `count_if_allowed`
    /// (it succeeded, or was never checked).
    pub async fn release_attempt(&self, key: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE counters SET count = count - 1 WHERE key = $1 AND count > 0")
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// When the window of a `reserve_attempt` counter opened, and its count.
    pub async fn attempt_window(&self, key: &str) -> Result<Option<(Timestamp, i64)>, sqlx::Error> {
        let row: Option<AttemptWindowRow> =
            sqlx::query_as("SELECT window_start, count FROM counters WHERE key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| (r.window_start, r.count)))
    }

    pub async fn throttle(&self, subject: &str) -> Result<Throttle, sqlx::Error> {
        let row: Option<Throttle> =
            sqlx::query_as("SELECT failures, locked_until FROM login_throttle WHERE subject = $1")
                .bind(subject)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.unwrap_or_default())
    }

    /// Reserves one password check for `subject` before argon2 runs: only while it is
    /// not locked and the checks in flight cannot take it past `free_failures` (once past
    /// them, one at a time, since each failure locks). A check in flight longer than
    /// `stale_after` seconds no longer holds its place. False: refuse without checking.
    pub async fn reserve_password_check(
        &self,
        subject: &str,
        now: Timestamp,
        free_failures: i64,
        stale_after: i64,
    ) -> Result<bool, sqlx::Error> {
        let row = sqlx::query(
            "INSERT INTO login_throttle (subject, failures, last_failure_at, locked_until, pending, pending_at) \
             VALUES ($1, 0, 0, 0, 1, $2) \
             ON CONFLICT (subject) DO UPDATE SET \
               pending = (CASE WHEN login_throttle.pending_at <= $3 THEN 0 ELSE login_throttle.pending END) + 1, \
               pending_at = excluded.pending_at \
             WHERE login_throttle.locked_until <= $2 \
               AND (CASE WHEN login_throttle.pending_at <= $3 THEN 0 ELSE login_throttle.pending END) \
                   < (CASE WHEN $4 - login_throttle.failures > 1 THEN $4 - login_throttle.failures ELSE 1 END) \
             RETURNING failures",
        )
        .bind(subject)
        .bind(now)
        .bind(now.minus_secs(stale_after))
        .bind(free_failures)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    /// Ends a reserved check that failed: sets the lock `until` (never shortening one)
    /// and frees the place, in one statement, so no check slips in before the lock.
    pub async fn settle_password_failure(
        &self,
        subject: &str,
        until: Timestamp,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE login_throttle SET \
               locked_until = CASE WHEN locked_until < $1 THEN $1 ELSE locked_until END, \
               pending = CASE WHEN pending > 0 THEN pending - 1 ELSE 0 END \
             WHERE subject = $2",
        )
        .bind(until)
        .bind(subject)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Ends a reserved check that succeeded: failures and lock are cleared (SECURITY.md
    /// 14), checks still in flight keep their places.
    pub async fn settle_password_success(&self, subject: &str) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE login_throttle SET failures = 0, locked_until = 0, \
               pending = CASE WHEN pending > 0 THEN pending - 1 ELSE 0 END \
             WHERE subject = $1",
        )
        .bind(subject)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Counts a failed password sign-in atomically; returns the new failure count.
    pub async fn record_login_failure(
        &self,
        subject: &str,
        now: Timestamp,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "INSERT INTO login_throttle (subject, failures, last_failure_at) VALUES ($1, 1, $2) \
             ON CONFLICT (subject) DO UPDATE SET failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at \
             RETURNING failures",
        )
        .bind(subject)
        .bind(now)
        .fetch_one(&self.pool)
        .await
    }

    /// Extends a lock; never shortens one set by a concurrent failure.
    pub async fn lock_login(&self, subject: &str, until: Timestamp) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE login_throttle SET locked_until = $1 WHERE subject = $2 AND locked_until < $1",
        )
        .bind(until)
        .bind(subject)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

/// Counters inside a unit of work: a count commits (or rolls back) with what it allows.
impl Uow {
    /// [`Store::count_if_allowed`] in the unit of the send it allows.
    pub async fn count_if_allowed(
        &mut self,
        key: &str,
        window_start: i64,
        now: Timestamp,
        cap: i64,
        cooldown: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        count_if_allowed_on(self.conn(), key, window_start, now, cap, cooldown).await
    }

    /// Ends the cooldown of a send counter whose last send was at or before `sent_at`
    /// (a later send, e.g. a resend, keeps its own); the count stays. In the unit
    /// that uses the code.
    pub async fn end_cooldown(&mut self, key: &str, sent_at: Timestamp) -> Result<(), sqlx::Error> {
        end_cooldown_on(self.conn(), key, sent_at).await
    }

    /// [`Store::read_count`] inside the unit.
    pub async fn read_count(
        &mut self,
        key: &str,
        window_start: i64,
    ) -> Result<WindowedCount, sqlx::Error> {
        read_count_on(self.conn(), key, window_start).await
    }

    /// Clears a subject's failed password sign-ins and lock.
    pub async fn clear_login_failures(&mut self, subject: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
            .bind(subject)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}

async fn end_cooldown_on<'e, E>(db: E, key: &str, sent_at: Timestamp) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("UPDATE counters SET last_at = 0 WHERE key = $1 AND last_at <= $2")
        .bind(key)
        .bind(sent_at)
        .execute(db)
        .await?;
    Ok(())
}

async fn count_if_allowed_on<'e, E>(
    db: E,
    key: &str,
    window_start: i64,
    now: Timestamp,
    cap: i64,
    cooldown: i64,
) -> Result<Option<i64>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query_scalar(
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
    .bind(now.minus_secs(cooldown))
    .fetch_optional(db)
    .await
}

async fn read_count_on<'e, E>(
    db: E,
    key: &str,
    window_start: i64,
) -> Result<WindowedCount, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let row: Option<CounterRow> =
        sqlx::query_as("SELECT window_start, count, last_at FROM counters WHERE key = $1")
            .bind(key)
            .fetch_optional(db)
            .await?;
    Ok(match row {
        Some(r) => WindowedCount {
            count: if r.window_start == window_start {
                r.count
            } else {
                0
            },
            last_at: r.last_at,
        },
        None => WindowedCount::default(),
    })
}

/// A row of `counters` in a day window (`window_start` is a day number).
#[derive(sqlx::FromRow)]
struct CounterRow {
    window_start: i64,
    count: i64,
    last_at: Timestamp,
}

/// A row of `counters` in a window that opens at its first attempt
/// (`reserve_attempt`: `window_start` is a point in time).
#[derive(sqlx::FromRow)]
struct AttemptWindowRow {
    window_start: Timestamp,
    count: i64,
}
