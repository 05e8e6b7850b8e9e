//! Recovery tickets, staff notes, the audit log, contact history and support locks.

use super::{Store, Uow};
use crate::clock::Timestamp;
use crate::kinds::TicketStatus;

/// Where a ticket moves: its new status, and optionally who decided it and the reset
/// flow an approval created.
pub struct TicketMove<'a> {
    pub status: TicketStatus,
    pub claimed_by: Option<&'a str>,
    pub reset_flow_id: Option<&'a str>,
    pub now: Timestamp,
}

async fn update_ticket_on<'e, E>(
    db: E,
    id: &str,
    from: &[TicketStatus],
    to: &TicketMove<'_>,
) -> Result<bool, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    // Statuses are our own constants, never input: safe to inline.
    let allowed = from
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "UPDATE tickets SET status = $1, claimed_by = COALESCE($2, claimed_by), reset_flow_id = COALESCE($3, reset_flow_id), updated_at = $4 \
         WHERE id = $5 AND status IN ({allowed})"
    );
    let done = sqlx::query(&sql)
        .bind(to.status.as_str())
        .bind(to.claimed_by)
        .bind(to.reset_flow_id)
        .bind(to.now)
        .bind(id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

async fn add_note_on<'e, E>(
    db: E,
    ticket_id: &str,
    author: &str,
    text: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("INSERT INTO ticket_notes (ticket_id, author, at, text) VALUES ($1, $2, $3, $4)")
        .bind(ticket_id)
        .bind(author)
        .bind(now)
        .bind(text)
        .execute(db)
        .await?;
    Ok(())
}

async fn audit_on<'e, E>(db: E, e: &AuditRow) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO audit_log (at, actor, action, account_id, ticket_id, reason, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(e.at)
    .bind(&e.actor)
    .bind(&e.action)
    .bind(&e.account_id)
    .bind(&e.ticket_id)
    .bind(&e.reason)
    .bind(&e.request_id)
    .execute(db)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TicketRow {
    pub id: String,
    pub account_id: Option<String>,
    pub contact_email: String,
    #[sqlx(try_from = "String")]
    pub status: TicketStatus,
    pub claimed_by: Option<String>,
    pub evidence: String,
    pub score: String,
    pub secret_hash: String,
    pub reset_flow_id: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// The columns of [`TicketRow`], decoded by name.
const TICKET_COLUMNS: &str = "id, account_id, contact_email, status, claimed_by, evidence, score, secret_hash, reset_flow_id, created_at, updated_at";

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NoteRow {
    pub author: String,
    pub at: Timestamp,
    pub text: String,
}

#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub account_id: Option<String>,
    pub ticket_id: Option<String>,
    pub reason: Option<String>,
    pub request_id: Option<String>,
}

/// Activity (alias `a`) that shows the owner, not just the holder of the phone or
/// inbox, was there: the account's creation, a sign-in that proved the password
/// (`password`, `password+totp`, `password+recovery_code`), or a password change,
/// which needs the current password. A sign-in by a code alone proves only what a
/// reset proves itself, so it recognises nothing (SECURITY.md 28).
const PROVED_MORE: &str = "(a.kind = 'sign_up' \
     OR (a.kind IN ('sign_in', 'password_changed') AND (a.method = 'password' OR a.method LIKE 'password+%')))";

/// Ticket, note, audit and contact-history writes, inside a unit of work.
impl Uow {
    pub async fn insert_ticket(&mut self, t: &TicketRow) -> Result<(), sqlx::Error> {
        let sql = format!("INSERT INTO tickets ({TICKET_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)");
        sqlx::query(&sql)
            .bind(&t.id)
            .bind(&t.account_id)
            .bind(&t.contact_email)
            .bind(t.status.as_str())
            .bind(&t.claimed_by)
            .bind(&t.evidence)
            .bind(&t.score)
            .bind(&t.secret_hash)
            .bind(&t.reset_flow_id)
            .bind(t.created_at)
            .bind(t.updated_at)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Moves a ticket from one status to another (compare-and-set), optionally
    /// claiming it: the decision, before the writes that depend on it.
    pub async fn update_ticket(
        &mut self,
        id: &str,
        from: &[TicketStatus],
        to: TicketMove<'_>,
    ) -> Result<bool, sqlx::Error> {
        update_ticket_on(self.conn(), id, from, &to).await
    }

    /// Claims an open (or own) ticket (compare-and-set); false when someone else
    /// holds it.
    pub async fn claim_ticket(
        &mut self,
        id: &str,
        staff: &str,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE tickets SET claimed_by = $1, status = CASE WHEN status = 'open' THEN 'claimed' ELSE status END, updated_at = $2 \
             WHERE id = $3 AND status IN ('open', 'claimed') AND (claimed_by IS NULL OR claimed_by = $1)",
        )
        .bind(staff)
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn add_ticket_note(
        &mut self,
        ticket_id: &str,
        author: &str,
        text: &str,
        now: Timestamp,
    ) -> Result<(), sqlx::Error> {
        add_note_on(self.conn(), ticket_id, author, text, now).await
    }

    /// Appends an audit entry inside the unit of the action it records.
    pub async fn audit(&mut self, e: &AuditRow) -> Result<(), sqlx::Error> {
        audit_on(self.conn(), e).await
    }

    /// Keeps a replaced contact (as a keyed hash) for recovery evidence.
    pub async fn add_previous_contact(
        &mut self,
        account_id: &str,
        kind: &str,
        value_hash: &str,
        now: Timestamp,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("INSERT INTO previous_contacts (account_id, kind, value_hash, added_at) VALUES ($1, $2, $3, $4)")
            .bind(account_id)
            .bind(kind)
            .bind(value_hash)
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// The next sign-in must set a new password (staff: known compromised).
    pub async fn mark_compromised(&mut self, account_id: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET must_change_password = 1 WHERE id = $1")
            .bind(account_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Signs out every live device of an account; returns how many.
    pub async fn revoke_all_devices(
        &mut self,
        account_id: &str,
        reason: &str,
        now: Timestamp,
    ) -> Result<u64, sqlx::Error> {
        let done = sqlx::query("UPDATE devices SET revoked_at = $1, revoked_reason = $2 WHERE account_id = $3 AND revoked_at IS NULL")
            .bind(now)
            .bind(reason)
            .bind(account_id)
            .execute(self.conn())
            .await?;
        Ok(done.rows_affected())
    }
}

impl Store {
    pub async fn ticket(&self, id: &str) -> Result<Option<TicketRow>, sqlx::Error> {
        let sql = format!("SELECT {TICKET_COLUMNS} FROM tickets WHERE id = $1");
        sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
    }

    pub async fn tickets(
        &self,
        status: Option<TicketStatus>,
        claimed_by: Option<&str>,
        limit: i64,
    ) -> Result<Vec<TicketRow>, sqlx::Error> {
        let mut sql = format!("SELECT {TICKET_COLUMNS} FROM tickets WHERE 1 = 1");
        let mut n = 0;
        if status.is_some() {
            n += 1;
            sql.push_str(&format!(" AND status = ${n}"));
        }
        if claimed_by.is_some() {
            n += 1;
            sql.push_str(&format!(" AND claimed_by = ${n}"));
        }
        sql.push_str(&format!(" ORDER BY created_at, id LIMIT ${}", n + 1));
        let mut q = sqlx::query_as(&sql);
        if let Some(s) = status {
            q = q.bind(s.as_str());
        }
        if let Some(c) = claimed_by {
            q = q.bind(c.to_string());
        }
        q.bind(limit).fetch_all(&self.pool).await
    }

    pub async fn ticket_notes(&self, ticket_id: &str) -> Result<Vec<NoteRow>, sqlx::Error> {
        sqlx::query_as("SELECT author, at, text FROM ticket_notes WHERE ticket_id = $1 ORDER BY id")
            .bind(ticket_id)
            .fetch_all(&self.pool)
            .await
    }

    pub async fn audit_entries(
        &self,
        actor: Option<&str>,
        account: Option<&str>,
        since: Option<Timestamp>,
        limit: i64,
    ) -> Result<Vec<AuditRow>, sqlx::Error> {
        let mut sql = String::from("SELECT id, at, actor, action, account_id, ticket_id, reason, request_id FROM audit_log WHERE 1 = 1");
        let mut n = 0;
        for (present, clause) in [
            (actor.is_some(), "actor ="),
            (account.is_some(), "account_id ="),
            (since.is_some(), "at >="),
        ] {
            if present {
                n += 1;
                sql.push_str(&format!(" AND {clause} ${n}"));
            }
        }
        sql.push_str(&format!(" ORDER BY id DESC LIMIT ${}", n + 1));
        let mut q = sqlx::query_as(&sql);
        if let Some(a) = actor {
            q = q.bind(a.to_string());
        }
        if let Some(a) = account {
            q = q.bind(a.to_string());
        }
        if let Some(s) = since {
            q = q.bind(s);
        }
        q.bind(limit).fetch_all(&self.pool).await
    }

    pub async fn previous_contacts(
        &self,
        account_id: &str,
        kind: &str,
    ) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT value_hash FROM previous_contacts WHERE account_id = $1 AND kind = $2",
        )
        .bind(account_id)
        .bind(kind)
        .fetch_all(&self.pool)
        .await
    }

    /// Every device the account ever had (signed out ones too), for evidence scoring.
    pub async fn device_history(
        &self,
        account_id: &str,
    ) -> Result<Vec<(String, Option<String>, Option<String>)>, sqlx::Error> {
        let rows: Vec<PastDevice> =
            sqlx::query_as("SELECT name, user_agent, ip FROM devices WHERE account_id = $1")
                .bind(account_id)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .map(|d| (d.name, d.user_agent, d.ip))
            .collect())
    }

    /// True when `device_id` is a device of this account that is still signed in
    /// (not signed out, refresh neither expired nor idle past `idle_since`) and was
    /// opened by a sign-in that proved more than a code (`PROVED_MORE`).
    pub async fn device_recognised(
        &self,
        account_id: &str,
        device_id: &str,
        now: Timestamp,
        idle_since: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let sql = format!(
            "SELECT 1 FROM devices d WHERE d.id = $1 AND d.account_id = $2 AND d.revoked_at IS NULL \
             AND d.refresh_expires_at > $3 AND d.last_seen_at > $4 \
             AND EXISTS (SELECT 1 FROM activity a WHERE a.account_id = d.account_id AND a.device_id = d.id \
             AND a.outcome = 'success' AND {PROVED_MORE})"
        );
        let row = sqlx::query(&sql)
            .bind(device_id)
            .bind(account_id)
            .bind(now)
            .bind(idle_since)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some())
    }

    /// True when this account signed in from `ip` at or after `since` by a sign-in
    /// that proved more than a code (`PROVED_MORE`).
    pub async fn network_recognised(
        &self,
        account_id: &str,
        ip: &str,
        since: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let sql = format!(
            "SELECT 1 FROM activity a WHERE a.account_id = $1 AND a.ip = $2 AND a.at >= $3 \
             AND a.outcome = 'success' AND {PROVED_MORE} LIMIT 1"
        );
        let row = sqlx::query(&sql)
            .bind(account_id)
            .bind(ip)
            .bind(since)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some())
    }

    pub async fn must_change_password(&self, account_id: &str) -> Result<bool, sqlx::Error> {
        let flag: Option<i64> =
            sqlx::query_scalar("SELECT must_change_password FROM accounts WHERE id = $1")
                .bind(account_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(flag.is_some_and(|f| f != 0))
    }
}

/// A device as evidence scoring compares it.
#[derive(sqlx::FromRow)]
struct PastDevice {
    name: String,
    user_agent: Option<String>,
    ip: Option<String>,
}
