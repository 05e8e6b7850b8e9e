//! Finishing a flow re-checks its account (SECURITY.md 7, 29): a flow whose account
//! was deleted, locked by support or had its password changed since the flow began is
//! ended, with the answer of a flow that does not exist. Flows record a stamp of the
//! account when they begin; every step compares it before it runs.

use super::App;
use crate::error::{ApiError, ApiResult};
use crate::store::{AccountKey, AccountRow, FlowRow};

/// The parts of a stamp: whether support had locked the account, and its password.
struct Stamp<'a> {
    locked: bool,
    password: &'a str,
}

fn parse(stamp: &str) -> Option<Stamp<'_>> {
    let (locked, password) = stamp.split_once(':')?;
    Some(Stamp {
        locked: locked == "1",
        password,
    })
}

impl App {
    /// A stamp of what a flow of this account must find unchanged: the password (a keyed
    /// digest of when it was last set) and the support lock.
    pub(super) async fn account_stamp(&self, account_id: &str) -> ApiResult<Option<String>> {
        let Some(account) = self.store.find_account(AccountKey::Id, account_id).await? else {
            return Ok(None);
        };
        let locked = self.store.lock_reason(account_id).await?.is_some();
        Ok(Some(format!(
            "{}:{}",
            u8::from(locked),
            self.password_stamp(&account)
        )))
    }

    fn password_stamp(&self, account: &AccountRow) -> String {
        let set_at = account
            .password_changed_at
            .unwrap_or_default()
            .unix()
            .to_string();
        let has = if account.password_hash.is_some() {
            "1"
        } else {
            "0"
        };
        let mac = self.key.mac_hex(&[
            b"flow-stamp",
            account.id.as_bytes(),
            has.as_bytes(),
            set_at.as_bytes(),
        ]);
        mac[..16].to_string()
    }

    /// Refuses (and ends) a flow whose account changed since it began. A lock that was
    /// already there when the flow began is the flow's own business: it is told only
    /// after the flow's proof (the right code), never before (SECURITY.md 30).
    pub(super) async fn recheck_flow_account(&self, row: &FlowRow) -> ApiResult<()> {
        let (Some(account_id), Some(stamp)) = (&row.account_id, &row.account_stamp) else {
            return Ok(());
        };
        let Some(then) = parse(stamp) else {
            return Ok(());
        };
        let changed = match self.store.find_account(AccountKey::Id, account_id).await? {
            None => true,
            Some(account) => {
                let locked = self.store.lock_reason(account_id).await?.is_some();
                (locked && !then.locked) || self.password_stamp(&account) != then.password
            }
        };
        if changed {
            self.end_flow(&row.id).await?;
            return Err(ApiError::flow_not_found());
        }
        Ok(())
    }

    /// After a flow's proof, an account support has locked is told so, and the flow ends.
    pub(super) async fn refuse_if_support_locked(
        &self,
        row: &FlowRow,
        account_id: &str,
    ) -> ApiResult<()> {
        if self.store.lock_reason(account_id).await?.is_none() {
            return Ok(());
        }
        self.end_flow(&row.id).await?;
        Err(support_locked())
    }
}

/// The answer for a support-locked account, given only after the right password or code.
pub fn support_locked() -> ApiError {
    ApiError::new(
        acct_api::ErrorCode::LoginLocked,
        "This account is locked by support. To have it unlocked, contact support: open a ticket with `acctl recover ticket LOGIN --contact-email YOUR_EMAIL`.",
    )
    .details(serde_json::json!({ "locked_by_support": true }))
}
