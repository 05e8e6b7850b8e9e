//! Find my ID: the account ID sent to a verified phone or email, with the same
//! answer (and the same writes) whether or not the contact is on an account.

use acct_api::{parse_email, parse_phone, Accepted, Channel, ErrorCode, FindId};

use super::activity::Event;
use super::{App, RequestMeta};
use crate::courier::notices::Notice;
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, CodePurpose, Outcome};
use crate::store::AccountKey;

const ACCEPTED: &str = "If that contact is verified on an account, we sent the account ID there.";

impl App {
    /// Find my ID: same answer whether or not the contact is on an account.
    pub async fn find_id(&self, req: &FindId, meta: &RequestMeta) -> ApiResult<Accepted> {
        let (channel, destination, key) = match (&req.phone, &req.email) {
            (Some(p), None) => (Channel::Sms, parse_phone(p)?, AccountKey::Phone),
            (None, Some(e)) => (Channel::Email, parse_email(e)?, AccountKey::Email),
            _ => {
                return Err(ApiError::new(
                    ErrorCode::InvalidInput,
                    "Give exactly one of a phone number or an email address.",
                ))
            }
        };
        let notice = |id: &str| Notice::FindId {
            account_id: id.to_string(),
        };
        // Read before the unit (a unit reads only through itself).
        let account = self.store.find_account(key, &destination).await?;
        // One unit: the send budgets (the recovery ones, known contact or not), the
        // message and the event; a refused budget writes nothing.
        let mut tx = self.store.begin().await?;
        self.count_sends_in(&mut tx, &destination, CodePurpose::FindId, meta)
            .await?;
        let Some(account) = account else {
            // The same write as a real notice (the drainer drops it), so the answer costs
            // the same whether or not the contact has an account (SECURITY.md 30).
            let stand_in = notice("0000000000");
            let lang = meta.language();
            self.send_stand_in_notice_in(
                &mut tx,
                channel,
                &destination,
                "find_id",
                &stand_in,
                lang,
            )
            .await?;
            tx.commit().await?;
            self.courier.wake();
            return Ok(Accepted {
                message: ACCEPTED.into(),
            });
        };
        let lang = account.language;
        self.send_notice_in(
            &mut tx,
            channel,
            &destination,
            "find_id",
            &notice(&account.id),
            lang,
        )
        .await?;
        self.record_in(
            &mut tx,
            meta,
            Event {
                account_id: Some(&account.id),
                kind: ActivityKind::FindId,
                outcome: Outcome::Success,
                method: None,
                device_id: None,
                device_name: None,
                reason: None,
            },
        )
        .await?;
        tx.commit().await?;
        self.courier.wake();
        Ok(Accepted {
            message: ACCEPTED.into(),
        })
    }
}
