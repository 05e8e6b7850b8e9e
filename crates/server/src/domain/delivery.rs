//! `Flow.delivery`: how a flow's code or link is getting on, without any request
//! waiting for it. Sign-in and password reset can be started by anyone for any login,
//! and an unknown login's stand-in is never delivered, so for those kinds the answer
//! depends on time alone (`pending`, then `unconfirmed`), identical with or without an
//! account and whatever the gateway does; the owner learns of a failure from the
//! activity log. Other flows (signed in, or to a contact the requester typed for
//! themselves) report what the courier did.

use acct_api::{Delivery, Flow, FlowKind};

use super::App;
use crate::clock::wall_ms;
use crate::error::ApiResult;
use crate::store::FlowRow;

const REMEDY: &str = "try again later or use manual verification (`acctl recover ticket`)";

/// Kinds whose messages may be stand-ins: their delivery state must not depend on it.
fn may_be_stand_in(kind: FlowKind) -> bool {
    matches!(kind, FlowKind::Login | FlowKind::PasswordReset)
}

/// Whether the flow's current step waits for a message we sent.
pub(super) fn awaits_message(kind: FlowKind, awaiting: Option<&str>, complete: bool) -> bool {
    !complete
        && match awaiting {
            Some("code") => true,
            Some("confirmation") => kind == FlowKind::EmailChange,
            _ => false,
        }
}

/// What to do about a message that has not arrived, worded once per kind.
pub(super) fn note(kind: FlowKind, state: Delivery) -> Option<String> {
    let what = if kind == FlowKind::EmailChange {
        "link"
    } else {
        "code"
    };
    match state {
        Delivery::Failed => Some(format!("The {what} was not delivered yet — {REMEDY}.")),
        Delivery::Unconfirmed => Some(format!(
            "If the {what} has not arrived, it was not delivered yet — {REMEDY}."
        )),
        _ => None,
    }
}

impl App {
    /// Fills `flow.delivery` from the outbox (for `GET /v1/flows/{id}`).
    pub(super) async fn with_delivery(&self, mut flow: Flow, row: &FlowRow) -> ApiResult<Flow> {
        if !awaits_message(
            flow.kind,
            row.awaiting.as_deref(),
            row.completed_at.is_some(),
        ) {
            return Ok(flow);
        }
        let Some(sent) = self.store.flow_delivery(&row.id).await? else {
            return Ok(flow);
        };
        let state = if may_be_stand_in(flow.kind) {
            let after =
                i64::try_from(self.courier.settings().unconfirmed_after_ms).unwrap_or(i64::MAX);
            if wall_ms().saturating_sub(sent.created_at_ms) >= after {
                Delivery::Unconfirmed
            } else {
                Delivery::Pending
            }
        } else {
            match sent.status.as_str() {
                "pending" => Delivery::Pending,
                "failed" => Delivery::Failed,
                _ => Delivery::Sent,
            }
        };
        flow.delivery = Some(state);
        flow.delivery_note = note(flow.kind, state);
        Ok(flow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_not_arrived_note_says_what_to_do_next() {
        for kind in [FlowKind::Login, FlowKind::EmailChange, FlowKind::Reauth] {
            for state in [Delivery::Failed, Delivery::Unconfirmed] {
                let n = note(kind, state).unwrap_or_default();
                assert!(
                    n.contains("not delivered yet") && n.contains("acctl recover ticket"),
                    "{n}"
                );
            }
            assert!(note(kind, Delivery::Pending).is_none());
        }
    }
}
