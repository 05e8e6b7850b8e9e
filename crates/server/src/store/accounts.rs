//! Accounts. A deleted account keeps its row (with personal data erased) so its ID
//! is never issued again.

use sqlx::any::AnyRow;
use sqlx::{Executor, Row};

use super::{Store, Tx};
use crate::kinds::StaffRoles;

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
    pub roles: StaffRoles,
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
        roles: StaffRoles::parse(&r.try_get::<String, _>(at + 8)?),
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
                .bind(a.roles.to_stored())
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

/// Support locks, passwords, contacts and the owner of a contact.
impl Store {
    pub async fn lock_reason(&self, account_id: &str) -> Result<Option<String>, sqlx::Error> {
        let row = sqlx::query("SELECT lock_reason FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => r.try_get(0)?,
            None => None,
        })
    }

    pub async fn set_lock_reason(
        &self,
        account_id: &str,
        reason: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET lock_reason = $1 WHERE id = $2")
            .bind(reason)
            .bind(account_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The live account whose verified phone or email is `destination`, with its
    /// message language: whom a message concerns, and in which language to write it.
    pub async fn contact_owner(
        &self,
        destination: &str,
    ) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
        contact_owner_on(&self.pool, destination).await
    }

    /// The same read on the caller's transaction.
    pub async fn contact_owner_in(
        tx: &mut Tx,
        destination: &str,
    ) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
        contact_owner_on(&mut **tx, destination).await
    }

    /// Sets a new password hash and signs out every device but `keep`.
    pub async fn set_password(
        &self,
        account_id: &str,
        hash: &str,
        keep_device: Option<&str>,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.begin_write().await?;
        Self::set_password_in(&mut tx, account_id, hash, keep_device, now).await?;
        tx.commit().await
    }

    /// The same inside the caller's transaction (e.g. the one that completes a reset).
    pub async fn set_password_in(
        tx: &mut Tx,
        account_id: &str,
        hash: &str,
        keep_device: Option<&str>,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2, must_change_password = 0 WHERE id = $3")
            .bind(hash)
            .bind(now)
            .bind(account_id)
            .execute(&mut **tx)
            .await?;
        sqlx::query(
            "UPDATE devices SET revoked_at = $1, revoked_reason = 'password_changed' WHERE account_id = $2 AND revoked_at IS NULL AND id <> $3",
        )
        .bind(now)
        .bind(account_id)
        .bind(keep_device.unwrap_or(""))
        .execute(&mut **tx)
        .await?;
        sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
            .bind(format!("acct:{account_id}"))
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// Sets a verified contact (phone or email). A unique violation means it is taken.
    pub async fn set_contact(
        &self,
        account_id: &str,
        phone: bool,
        value: &str,
    ) -> Result<(), sqlx::Error> {
        let sql = if phone {
            "UPDATE accounts SET phone = $1 WHERE id = $2"
        } else {
            "UPDATE accounts SET email = $1 WHERE id = $2"
        };
        sqlx::query(sql)
            .bind(value)
            .bind(account_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Sets the account's verified email inside the caller's transaction, only when no
    /// live account holds that address (a taken address is left alone, not an error).
    pub async fn set_email_if_free_in(
        tx: &mut Tx,
        account_id: &str,
        email: &str,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET email = $1 WHERE id = $2 \
             AND NOT EXISTS (SELECT 1 FROM accounts o WHERE o.email = $1)",
        )
        .bind(email)
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

async fn contact_owner_on<'e, E>(
    db: E,
    destination: &str,
) -> Result<Option<(String, Option<String>)>, sqlx::Error>
where
    E: Executor<'e, Database = sqlx::Any>,
{
    let row = sqlx::query(
        "SELECT id, language FROM accounts WHERE (phone = $1 OR email = $1) AND deleted_at IS NULL",
    )
    .bind(destination)
    .fetch_optional(db)
    .await?;
    row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
}
