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

const COLUMNS: &str = "id, name, phone, email, password_hash, password_changed_at, totp_secret_enc, totp_last_step, roles, created_at, deleted_at";

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
