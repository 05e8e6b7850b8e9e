//! Activity listing and device sign-out for the signed-in account.

use acct_api::{
    ActivityItem, ActivityPage, ActivityQuery, ErrorCode, SignOutReceipt, SignOutRequest,
    SignedOutDevice,
};

use super::{App, RequestMeta};
use crate::clock::Timestamp;
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, Outcome};
use crate::store::{AccessContext, ActivityFilter};

const MAX_PAGE: u32 = 1000;

/// The filters of an activity query (`since`, `until`, `failed`, `kind`), shared by
/// the paged listing and the export.
pub(super) fn activity_filter(q: &ActivityQuery) -> ApiResult<ActivityFilter> {
    Ok(ActivityFilter {
        since: q
            .since
            .as_deref()
            .map(|s| parse_time(s, "since"))
            .transpose()?,
        until: q
            .until
            .as_deref()
            .map(|s| parse_time(s, "until"))
            .transpose()?,
        failed: q.failed.unwrap_or(false),
        kind: q.kind.clone(),
        before_id: None,
        limit: 0,
    })
}

impl App {
    pub async fn activity(
        &self,
        ctx: &AccessContext,
        q: &ActivityQuery,
    ) -> ApiResult<ActivityPage> {
        self.activity_of(&ctx.account_id, q).await
    }

    /// A page of an account's activity, newest first.
    pub async fn activity_of(
        &self,
        account_id: &str,
        q: &ActivityQuery,
    ) -> ApiResult<ActivityPage> {
        let limit = q.limit.unwrap_or(100).clamp(1, MAX_PAGE);
        let filter = ActivityFilter {
            before_id: q
                .cursor
                .as_deref()
                .map(|c| {
                    parse_cursor(c).ok_or_else(|| {
                        bad_query("cursor", "use the next_cursor of the previous page")
                    })
                })
                .transpose()?,
            limit: i64::from(limit),
            ..activity_filter(q)?
        };
        let rows = self.store.list_activity(account_id, &filter).await?;
        let next_cursor = (rows.len() == limit as usize)
            .then(|| rows.last().map(|r| r.id.to_string()))
            .flatten();
        Ok(ActivityPage {
            items: rows
                .into_iter()
                .map(|r| ActivityItem {
                    id: r.id,
                    at: r.at.to_datetime(),
                    kind: r.kind,
                    outcome: r.outcome,
                    method: r.method,
                    ip: r.ip,
                    device_name: r.device_name,
                    user_agent: r.user_agent,
                    reason: r.reason,
                })
                .collect(),
            next_cursor,
        })
    }

    /// Signs out the chosen devices; returns a receipt of each. The one rule for
    /// both `POST /v1/devices/sign-out` and `DELETE /v1/devices/{id}` (SECURITY.md
    /// 21): signing out any device but the caller's own needs a recent sign-in (a
    /// one-factor re-authentication); the caller's own device alone (a logout)
    /// needs none. Checked before the IDs are looked up, so a stale session learns
    /// nothing about which IDs exist.
    pub async fn sign_out_devices(
        &self,
        ctx: &AccessContext,
        req: &SignOutRequest,
        meta: &RequestMeta,
    ) -> ApiResult<SignOutReceipt> {
        let chosen = usize::from(req.all)
            + usize::from(req.others)
            + usize::from(!req.device_ids.is_empty());
        if chosen != 1 {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "Choose exactly one of: device IDs, `others` or `all`.",
            ));
        }
        let only_this_one =
            !req.device_ids.is_empty() && req.device_ids.iter().all(|id| *id == ctx.device_id);
        if !only_this_one {
            self.require_fresh(ctx)?;
        }
        let devices = self
            .store
            .devices(&ctx.account_id, self.timestamp())
            .await?;
        let targets: Vec<_> = if req.all {
            devices
        } else if req.others {
            devices
                .into_iter()
                .filter(|d| d.id != ctx.device_id)
                .collect()
        } else {
            // Unknown IDs and other accounts' devices get the same 404 (nothing revealed).
            let mut picked = Vec::new();
            for id in &req.device_ids {
                match devices.iter().find(|d| &d.id == id) {
                    Some(d) => picked.push(d.clone()),
                    None => {
                        return Err(ApiError::not_found(&format!(
                            "device {id} on this account (see `acctl devices`)"
                        )))
                    }
                }
            }
            picked
        };
        // Every sign-out and its event in one unit: all of them, or none.
        let mut tx = self.store.begin().await?;
        let mut signed_out = Vec::new();
        for d in targets {
            let current = d.id == ctx.device_id;
            let reason = if current {
                "signed_out_by_user"
            } else {
                "signed_out_from_another_device"
            };
            if tx
                .revoke_device(&ctx.account_id, &d.id, reason, self.timestamp())
                .await?
            {
                self.record_in(
                    &mut tx,
                    meta,
                    super::activity::Event {
                        account_id: Some(&ctx.account_id),
                        kind: ActivityKind::DeviceSignedOut,
                        outcome: Outcome::Success,
                        method: None,
                        device_id: Some(&d.id),
                        device_name: Some(&d.name),
                        reason: Some(reason),
                    },
                )
                .await?;
                signed_out.push(SignedOutDevice {
                    device_id: d.id,
                    name: d.name,
                    ip: d.ip,
                    last_seen_at: d.last_seen_at.to_datetime(),
                    current,
                });
            }
        }
        tx.commit().await?;
        Ok(SignOutReceipt { signed_out })
    }
}

fn bad_query(field: &str, hint: &str) -> ApiError {
    ApiError::bad_request(format!("`{field}` is not valid: {hint}."))
}

/// A cursor is an event ID: any integer, as the document says (`^[+-]?[0-9]+$`); one
/// beyond i64 names no event and pages from the end it points past.
fn parse_cursor(c: &str) -> Option<i64> {
    use std::num::IntErrorKind;
    match c.parse::<i64>() {
        Ok(id) => Some(id),
        Err(e) => match e.kind() {
            IntErrorKind::PosOverflow => Some(i64::MAX),
            IntErrorKind::NegOverflow => Some(i64::MIN),
            _ => None,
        },
    }
}

fn parse_time(s: &str, field: &str) -> ApiResult<Timestamp> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .map(Timestamp::from_datetime)
        .map_err(|_| bad_query(field, "use RFC 3339, e.g. 2026-11-01T00:00:00Z"))
}
