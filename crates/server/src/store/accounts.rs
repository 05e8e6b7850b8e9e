//! Accounts. A deleted account keeps its row (with personal data erased) so its ID
//! is never issued again.

use sqlx::any::AnyRow;
use sqlx::{Executor, Row};

use super::{Store, Tx};

#[derive(Debug, Clone)]
pub struct AccountRow {
    pub id: String,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub password_hash: Option<String>,
    pub password_changed_at: Option<i64>,
    pub totp_secret_enc: Option<String>,
    pub totp_last_step: Option<i64>,
    pub roles: String,
    pub created_at: i64,
    pub deleted_at: Option<i64>,
}

pub(super) const COLUMNS: &str = "id, name, phone, email, password_hash, password_changed_at, totp_secret_enc, totp_last_step, roles, created_at, deleted_at";

/// The same columns qualified with the `a` alias, for joins.
pub(super) const JOINED_COLUMNS: &str = "a.id, a.name, a.phone, a.email, a.password_hash, a.password_changed_at, a.totp_secret_enc, a.totp_last_step, a.roles, a.created_at, a.deleted_at";

fn from_row(r: &AnyRow) -> Result<AccountRow, sqlx::Error> {
    from_row_at(r, 0)
}

/// Reads the account columns starting at column `at`.
pub(super) fn from_row_at(r: &AnyRow, at: usize) -> Result<AccountRow, sqlx::Error> {
    Ok(AccountRow {
        id: r.try_get(at)?,
        name: r.try_get(at + 1)?,
        phone: r.try_get(at + 2)?,
        email: r.try_get(at + 3)?,
        password_hash: r.try_get(at + 4)?,
        password_changed_at: r.try_get(at + 5)?,
        totp_secret_enc: r.try_get(at + 6)?,
        totp_last_step: r.try_get(at + 7)?,
        roles: r.try_get(at + 8)?,
        created_at: r.try_get(at + 9)?,
        deleted_at: r.try_get(at + 10)?,
    })
}

/// Which column a lookup matches.
#[derive(Debug, Clone, Copy)]
pub enum AccountKey {
    Id,
    Phone,
    Email,
}

impl Store {
    /// A live (not deleted) account by ID, verified phone or verified email.
    pub async fn find_account(
        &self,
        key: AccountKey,
        value: &str,
    ) -> Result<Option<AccountRow>, sqlx::Error> {
        let column = match key {
            AccountKey::Id => "id",
            AccountKey::Phone => "phone",
            AccountKey::Email => "email",
        };
        let sql =
            format!("SELECT {COLUMNS} FROM accounts WHERE {column} = $1 AND deleted_at IS NULL");
        let row = sqlx::query(&sql)
            .bind(value)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Inserts an account; a unique violation (ID, phone or email) comes back as the sqlx error.
    pub async fn insert_account(tx: &mut Tx, a: &AccountRow) -> Result<(), sqlx::Error> {
        let sql = format!(
            "INSERT INTO accounts ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
        );
        tx.execute(
            sqlx::query(&sql)
                .bind(&a.id)
                .bind(&a.name)
                .bind(&a.phone)
                .bind(&a.email)
                .bind(&a.password_hash)
                .bind(a.password_changed_at)
                .bind(&a.totp_secret_enc)
                .bind(a.totp_last_step)
                .bind(&a.roles)
                .bind(a.created_at)
                .bind(a.deleted_at),
        )
        .await?;
        Ok(())
    }

    /// True if any account, live or deleted, holds this ID.
    pub async fn account_id_taken(tx: &mut Tx, id: &str) -> Result<bool, sqlx::Error> {
        let row = sqlx::query("SELECT 1 FROM accounts WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
        Ok(row.is_some())
    }

    /// Replaces the stored hash (rehash on login when the parameters were below policy).
    pub async fn update_password_hash(
        &self,
        account_id: &str,
        old_hash: &str,
        new_hash: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2 AND password_hash = $3")
            .bind(new_hash)
            .bind(account_id)
            .bind(old_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

impl Store {
    /// Deletes an account for good, in the caller's transaction: every device signed
    /// out, personal data erased (account, devices, activity), the ID kept so it is
    /// never issued again. Returns false when it was already deleted.
    pub async fn erase_account(tx: &mut Tx, id: &str, now: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET name = NULL, phone = NULL, email = NULL, password_hash = NULL, \
             totp_secret_enc = NULL, totp_last_step = NULL, roles = '', deleted_at = $1 \
             WHERE id = $2 AND deleted_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE devices SET revoked_at = COALESCE(revoked_at, $1), revoked_reason = COALESCE(revoked_reason, 'account_deleted'), \
             name = 'deleted', ip = NULL, user_agent = NULL WHERE account_id = $2",
        )
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
        sqlx::query("UPDATE activity SET ip = NULL, user_agent = NULL, device_name = NULL WHERE account_id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
        sqlx::query("DELETE FROM flows WHERE account_id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
        sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
            .bind(format!("acct:{id}"))
            .execute(&mut **tx)
            .await?;
        Ok(true)
    }
}
