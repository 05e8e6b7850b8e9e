//! Accounts. A deleted account keeps its row (with personal data erased) so its ID
//! is never issued again.

use sqlx::Executor;

use super::{Store, Uow};
use crate::clock::Timestamp;
use crate::kinds::StaffRoles;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AccountRow {
    pub id: String,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub password_hash: Option<String>,
    pub password_changed_at: Option<Timestamp>,
    pub totp_secret_enc: Option<String>,
    pub totp_last_step: Option<i64>,
    #[sqlx(try_from = "String")]
    pub roles: StaffRoles,
    pub created_at: Timestamp,
    pub deleted_at: Option<Timestamp>,
    /// Texts and emails are written in it (`accounts.language`; NULL reads as English).
    #[sqlx(try_from = "Option<String>")]
    pub language: acct_api::Language,
}

/// The columns of [`AccountRow`], decoded by name.
pub(super) const COLUMNS: &str = "id, name, phone, email, password_hash, password_changed_at, totp_secret_enc, totp_last_step, roles, created_at, deleted_at, language";

/// The same columns qualified with the `a` alias, for joins (their names stay those
/// of [`AccountRow`], so the other side of a join aliases any clashing column).
pub(super) const JOINED_COLUMNS: &str = "a.id, a.name, a.phone, a.email, a.password_hash, a.password_changed_at, a.totp_secret_enc, a.totp_last_step, a.roles, a.created_at, a.deleted_at, a.language";

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
        sqlx::query_as(&sql)
            .bind(value)
            .fetch_optional(&self.pool)
            .await
    }

    /// The account by ID whether or not it was deleted (staff views).
    pub async fn account_any(&self, id: &str) -> Result<Option<AccountRow>, sqlx::Error> {
        let sql = format!("SELECT {COLUMNS} FROM accounts WHERE id = $1");
        sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
    }

    /// Replaces the stored hash (rehash on login when the parameters were below
    /// policy). One compare-and-set statement: a unit of work on its own.
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

    /// The support lock's reason, if the account is locked.
    pub async fn lock_reason(&self, account_id: &str) -> Result<Option<String>, sqlx::Error> {
        let reason: Option<Option<String>> =
            sqlx::query_scalar("SELECT lock_reason FROM accounts WHERE id = $1")
                .bind(account_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(reason.flatten())
    }

    /// The live account whose verified phone or email is `destination`, with its
    /// message language: whom a message concerns, and in which language to write it.
    pub async fn contact_owner(
        &self,
        destination: &str,
    ) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
        contact_owner_on(&self.pool, destination).await
    }
}

/// Account writes, inside a unit of work.
impl Uow {
    /// Holds the account's row for the rest of the unit, if it is live and not
    /// locked by support: a no-op write, so a deletion or a lock of the same account
    /// waits for this unit (or this one for it, and then finds it gone). The unit
    /// that opens a session takes it first, so no device outlives a deletion or a
    /// lock that raced it.
    pub async fn hold_open_account(&mut self, account_id: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET deleted_at = deleted_at WHERE id = $1 AND deleted_at IS NULL AND lock_reason IS NULL",
        )
        .bind(account_id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Sets or clears an account's roles (`acctd staff grant|revoke`); false when the
    /// account was deleted.
    pub async fn set_roles(
        &mut self,
        account_id: &str,
        roles: &StaffRoles,
    ) -> Result<bool, sqlx::Error> {
        let done =
            sqlx::query("UPDATE accounts SET roles = $1 WHERE id = $2 AND deleted_at IS NULL")
                .bind(roles.to_stored())
                .bind(account_id)
                .execute(self.conn())
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Inserts an account; a unique violation (ID, phone or email) comes back as the sqlx error.
    pub async fn insert_account(&mut self, a: &AccountRow) -> Result<(), sqlx::Error> {
        let sql = format!(
            "INSERT INTO accounts ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
        );
        self.conn()
            .execute(
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
                    .bind(a.deleted_at)
                    .bind(a.language.tag()),
            )
            .await?;
        Ok(())
    }

    /// True if any account, live or deleted, holds this ID.
    pub async fn account_id_taken(&mut self, id: &str) -> Result<bool, sqlx::Error> {
        let row = sqlx::query("SELECT 1 FROM accounts WHERE id = $1")
            .bind(id)
            .fetch_optional(self.conn())
            .await?;
        Ok(row.is_some())
    }

    /// Deletes an account for good: every device signed
    /// out, personal data erased (account, devices, activity), the ID kept so it is
    /// never issued again. Returns false when it was already deleted.
    pub async fn erase_account(&mut self, id: &str, now: Timestamp) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET name = NULL, phone = NULL, email = NULL, password_hash = NULL, \
             totp_secret_enc = NULL, totp_last_step = NULL, roles = '', deleted_at = $1 \
             WHERE id = $2 AND deleted_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(self.conn())
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
        .execute(self.conn())
        .await?;
        sqlx::query("UPDATE activity SET ip = NULL, user_agent = NULL, device_name = NULL WHERE account_id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        sqlx::query("DELETE FROM flows WHERE account_id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
            .bind(format!("acct:{id}"))
            .execute(self.conn())
            .await?;
        Ok(true)
    }
}

/// Support locks, passwords and contacts, inside a unit of work.
impl Uow {
    /// Sets the language of the account's texts and emails.
    pub async fn set_language(
        &mut self,
        account_id: &str,
        language: acct_api::Language,
    ) -> Result<(), sqlx::Error> {
        self.conn()
            .execute(
                sqlx::query(
                    "UPDATE accounts SET language = $1 WHERE id = $2 AND deleted_at IS NULL",
                )
                .bind(language.tag())
                .bind(account_id),
            )
            .await?;
        Ok(())
    }

    /// Sets or clears the support lock of a live account; false when it was deleted
    /// meanwhile. Its row lock orders a lock and an unlock of one account.
    pub async fn set_lock_reason(
        &mut self,
        account_id: &str,
        reason: Option<&str>,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET lock_reason = $1 WHERE id = $2 AND deleted_at IS NULL",
        )
        .bind(reason)
        .bind(account_id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// [`Store::contact_owner`], read inside the unit.
    pub async fn contact_owner(
        &mut self,
        destination: &str,
    ) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
        contact_owner_on(self.conn(), destination).await
    }

    /// Sets a new password hash and signs out every device but `keep_device`.
    pub async fn set_password(
        &mut self,
        account_id: &str,
        hash: &str,
        keep_device: Option<&str>,
        now: Timestamp,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2, must_change_password = 0 WHERE id = $3")
            .bind(hash)
            .bind(now)
            .bind(account_id)
            .execute(self.conn())
            .await?;
        sqlx::query(
            "UPDATE devices SET revoked_at = $1, revoked_reason = 'password_changed' WHERE account_id = $2 AND revoked_at IS NULL AND id <> $3",
        )
        .bind(now)
        .bind(account_id)
        .bind(keep_device.unwrap_or(""))
        .execute(self.conn())
        .await?;
        sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
            .bind(format!("acct:{account_id}"))
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Sets a verified contact (phone or email). A unique violation means it is taken.
    pub async fn set_contact(
        &mut self,
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
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Sets the account's verified email, only when no
    /// live account holds that address (a taken address is left alone, not an error).
    pub async fn set_email_if_free(
        &mut self,
        account_id: &str,
        email: &str,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET email = $1 WHERE id = $2 \
             AND NOT EXISTS (SELECT 1 FROM accounts o WHERE o.email = $1)",
        )
        .bind(email)
        .bind(account_id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Changes the password from `old_hash` (compare-and-set: a concurrent change or
    /// reset wins and this one writes nothing; every hash has its own salt, so the
    /// hash is a version) and signs out every device; the caller opens a new session
    /// in the same unit. False when the stored hash is not `old_hash`.
    pub async fn replace_password(
        &mut self,
        account_id: &str,
        old_hash: &str,
        new_hash: &str,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2, must_change_password = 0 WHERE id = $3 AND password_hash = $4")
            .bind(new_hash)
            .bind(now)
            .bind(account_id)
            .bind(old_hash)
            .execute(self.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE devices SET revoked_at = $1, revoked_reason = 'password_changed' WHERE account_id = $2 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(account_id)
        .execute(self.conn())
        .await?;
        sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
            .bind(format!("acct:{account_id}"))
            .execute(self.conn())
            .await?;
        Ok(true)
    }
}

async fn contact_owner_on<'e, E>(
    db: E,
    destination: &str,
) -> Result<Option<(String, Option<String>)>, sqlx::Error>
where
    E: Executor<'e, Database = sqlx::Any>,
{
    let row: Option<OwnerRow> = sqlx::query_as(
        "SELECT id, language FROM accounts WHERE (phone = $1 OR email = $1) AND deleted_at IS NULL",
    )
    .bind(destination)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (r.id, r.language)))
}

#[derive(sqlx::FromRow)]
struct OwnerRow {
    id: String,
    language: Option<String>,
}
