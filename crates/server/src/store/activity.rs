//! The activity log: sign-in attempts and security events. Append-only
//! (triggers refuse UPDATE and DELETE).

use super::{Store, Uow};
use crate::clock::Timestamp;
use crate::kinds::{ActivityKind, Outcome};

/// An event to append. Rows read back (`ActivityRow`) keep kind and outcome as the
/// stored strings: they only pass through to the API, and rows written by another
/// version must still list.
#[derive(Debug, Clone)]
pub struct ActivityEntry {
    pub account_id: Option<String>,
    pub at: Timestamp,
    pub kind: ActivityKind,
    pub outcome: Outcome,
    pub method: Option<String>,
    pub ip: Option<String>,
    pub device_id: Option<String>,
    pub device_name: Option<String>,
    pub user_agent: Option<String>,
    pub reason: Option<String>,
    pub request_id: Option<String>,
}

impl Store {
    /// Appends an event that no other write depends on (a failed attempt, a message
    /// that could not be delivered). One insert: a unit of work on its own.
    pub async fn record_activity(&self, e: &ActivityEntry) -> Result<(), sqlx::Error> {
        record_activity_on(&self.pool, e).await.map(|_| ())
    }
}

impl Uow {
    /// Appends an activity event in the unit of the change it records; returns its ID.
    pub async fn record_activity(&mut self, e: &ActivityEntry) -> Result<i64, sqlx::Error> {
        record_activity_on(self.conn(), e).await
    }
}

async fn record_activity_on<'e, E>(db: E, e: &ActivityEntry) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query_scalar(
        "INSERT INTO activity (account_id, at, kind, outcome, method, ip, device_id, device_name, user_agent, reason, request_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(&e.account_id)
    .bind(e.at)
    .bind(e.kind.as_str())
    .bind(e.outcome.as_str())
    .bind(&e.method)
    .bind(&e.ip)
    .bind(&e.device_id)
    .bind(&e.device_name)
    .bind(&e.user_agent)
    .bind(&e.reason)
    .bind(&e.request_id)
    .fetch_one(db)
    .await
}

/// An activity row as stored (the columns of `select`, decoded by name).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ActivityRow {
    pub id: i64,
    pub at: Timestamp,
    pub kind: String,
    pub outcome: String,
    pub method: Option<String>,
    pub ip: Option<String>,
    pub device_name: Option<String>,
    pub user_agent: Option<String>,
    pub reason: Option<String>,
}

/// Filters for listing activity; `before_id` is the keyset cursor.
#[derive(Debug, Clone, Default)]
pub struct ActivityFilter {
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    pub failed: bool,
    pub kind: Option<String>,
    pub before_id: Option<i64>,
    pub limit: i64,
}

/// A value bound to a `$N` placeholder of an activity query.
#[derive(Debug, Clone)]
pub(super) enum Bind {
    Int(i64),
    Text(String),
}

/// The activity query for a filter, and its binds in placeholder order: the paged
/// listing (`LIMIT`, keyset on `id`) and the export (one cursor, no limit) share it,
/// so both give the same rows in the same order.
pub(super) fn select(account_id: &str, f: &ActivityFilter, paged: bool) -> (String, Vec<Bind>) {
    let mut sql = String::from(
        "SELECT id, at, kind, outcome, method, ip, device_name, user_agent, reason FROM activity WHERE account_id = $1",
    );
    let mut binds = vec![Bind::Text(account_id.to_string())];
    let mut push = |clause: &str, b: Bind, sql: &mut String| {
        binds.push(b);
        sql.push_str(&clause.replace('?', &format!("${}", binds.len())));
    };
    if let Some(v) = f.since {
        push(" AND at >= ?", Bind::Int(v.unix()), &mut sql);
    }
    if let Some(v) = f.until {
        push(" AND at < ?", Bind::Int(v.unix()), &mut sql);
    }
    if let Some(v) = &f.kind {
        push(" AND kind = ?", Bind::Text(v.clone()), &mut sql);
    }
    if f.failed {
        sql.push_str(" AND outcome <> 'success'");
    }
    if paged {
        if let Some(v) = f.before_id {
            push(" AND id < ?", Bind::Int(v), &mut sql);
        }
        push(" ORDER BY id DESC LIMIT ?", Bind::Int(f.limit), &mut sql);
    } else {
        sql.push_str(" ORDER BY id DESC");
    }
    (sql, binds)
}

impl Store {
    /// A page of an account's activity, newest first (keyset pagination on `id`).
    pub async fn list_activity(
        &self,
        account_id: &str,
        f: &ActivityFilter,
    ) -> Result<Vec<ActivityRow>, sqlx::Error> {
        let (sql, binds) = select(account_id, f, true);
        if let Some(native) = &self.sqlite_reads {
            return list_native(native, &sql, binds).await;
        }
        let mut q = sqlx::query_as(&sql);
        for b in binds {
            q = match b {
                Bind::Int(v) => q.bind(v),
                Bind::Text(v) => q.bind(v),
            };
        }
        q.fetch_all(&self.pool).await
    }

    /// Failed sign-ins of an account since a time.
    pub async fn failed_sign_ins_since(
        &self,
        account_id: &str,
        since: Timestamp,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM activity WHERE account_id = $1 AND kind = 'sign_in' AND outcome = 'failure' AND at >= $2",
        )
        .bind(account_id)
        .bind(since)
        .fetch_one(&self.pool)
        .await
    }

    /// IPs with a successful sign-in (or sign-up) before `before`.
    pub async fn known_ips(
        &self,
        account_id: &str,
        before: Timestamp,
    ) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT DISTINCT ip FROM activity WHERE account_id = $1 AND kind IN ('sign_in', 'sign_up') AND outcome = 'success' AND at < $2 AND ip IS NOT NULL",
        )
        .bind(account_id)
        .bind(before)
        .fetch_all(&self.pool)
        .await
    }
}

/// The same page through sqlx's native SQLite driver: listing a long history is
/// bound by row decoding, and the `Any` layer costs about 40 % more per row
/// (docs/benchmarks.md, "Activity listing").
async fn list_native(
    pool: &sqlx::SqlitePool,
    sql: &str,
    binds: Vec<Bind>,
) -> Result<Vec<ActivityRow>, sqlx::Error> {
    let mut q = sqlx::query_as::<_, ActivityRow>(sql);
    for b in binds {
        q = match b {
            Bind::Int(v) => q.bind(v),
            Bind::Text(v) => q.bind(v),
        };
    }
    q.fetch_all(pool).await
}
