//! Recovery tickets: opening one (a code to the contact email, then the ticket) with
//! evidence scored against the account's history (never shown to the requester),
//! and what the requester may see. The staff side: `ticket_desk.rs`.

use acct_api::{
    mask_email, mask_phone, parse_email, parse_login, parse_phone, Channel, ErrorCode, Evidence,
    Flow, FlowInput, FlowResult, Match, ScoredItem, TicketReceipt, TicketStatus,
};

use super::flow_state::{CodeSend, FlowState, TicketOpenState};
use super::flows::required;
use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, CodePurpose, Outcome, TicketStatus as Status};
use crate::secret;
use crate::store::{AccountRow, FlowRow, TicketRow, Uow};

impl App {
    pub(super) async fn start_recovery_ticket(
        &self,
        login: &str,
        contact_email: &str,
        evidence: Evidence,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        parse_login(login)?;
        let contact = parse_email(contact_email)?;
        validate_evidence(&evidence)?;
        let state = TicketOpenState {
            code: CodeSend::new(
                Channel::Email,
                &contact,
                mask_email(&contact),
                CodePurpose::RecoveryTicket,
            ),
            login: login.trim().to_string(),
            evidence: Some(evidence),
        };
        self.start_code_flow(None, FlowState::RecoveryTicket(state), meta)
            .await
    }

    pub(super) async fn advance_recovery_ticket(
        &self,
        row: &FlowRow,
        state: &TicketOpenState,
        input: &FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let code = required(input.code.as_ref().map(|s| s.expose()), "code")?;
        let right = self
            .check_code(&row.id, CodePurpose::RecoveryTicket, code, meta)
            .await?;
        let login = parse_login(&state.login)?;
        let account = self.account_for_login(&login).await?;
        let evidence = state.evidence.clone().unwrap_or_default();
        let scored = self.score(account.as_ref(), &evidence).await?;
        let done = FlowState::RecoveryTicket(TicketOpenState {
            evidence: None,
            ..state.clone()
        });
        // One unit: the code used, the ticket opened and the flow completed.
        let mut tx = self.store.begin().await?;
        self.consume_code_in(&mut tx, &right).await?;
        let receipt = self
            .open_ticket_in(
                &mut tx,
                account.as_ref(),
                &state.code.destination,
                &evidence,
                &scored,
                meta,
            )
            .await?;
        let flow = self
            .complete_flow_in(
                &mut tx,
                row,
                &done,
                FlowResult {
                    account_id: String::new(),
                    deleted: false,
                    session: None,
                    recovery_codes: Vec::new(),
                    ticket: Some(receipt),
                },
            )
            .await?;
        tx.commit().await?;
        Ok(flow)
    }

    /// The keyed hash of a contact, for the contact history.
    pub fn contact_hash(&self, value: &str) -> String {
        self.key.mac_hex(&[b"previous-contact", value.as_bytes()])
    }

    /// Opens a ticket in the caller's unit `tx`; `scored` is [`App::score`]'s,
    /// read before the unit began (a unit reads only through itself).
    pub(super) async fn open_ticket_in(
        &self,
        tx: &mut Uow,
        account: Option<&AccountRow>,
        contact: &str,
        evidence: &Evidence,
        scored: &[ScoredItem],
        meta: &RequestMeta,
    ) -> ApiResult<TicketReceipt> {
        let now = self.timestamp();
        let secret = secret::new_token("acct_ts_");
        let ticket = TicketRow {
            id: format!("T{}", &secret::new_id()[..12]),
            account_id: account.map(|a| a.id.clone()),
            contact_email: contact.to_string(),
            status: Status::Open,
            claimed_by: None,
            evidence: serde_json::to_string(evidence).map_err(anyhow::Error::from)?,
            score: serde_json::to_string(scored).map_err(anyhow::Error::from)?,
            secret_hash: secret::token_hash(&secret),
            reset_flow_id: None,
            created_at: now,
            updated_at: now,
        };
        tx.insert_ticket(&ticket).await?;
        if let Some(a) = account {
            self.record_in(
                tx,
                meta,
                super::activity::Event {
                    account_id: Some(&a.id),
                    kind: ActivityKind::RecoveryTicket,
                    outcome: Outcome::Opened,
                    method: None,
                    device_id: None,
                    device_name: None,
                    reason: None,
                },
            )
            .await?;
        }
        Ok(TicketReceipt {
            ticket_id: ticket.id,
            status_secret: secret.into(),
        })
    }

    /// Each evidence item beside how it compares with the account's history.
    pub(super) async fn score(
        &self,
        account: Option<&AccountRow>,
        e: &Evidence,
    ) -> ApiResult<Vec<ScoredItem>> {
        let mut items = Vec::new();
        let Some(a) = account else {
            // No account by that login: nothing can match; staff see "unknown".
            let mut push = |kind: &str, claim: String| {
                items.push(ScoredItem {
                    kind: kind.into(),
                    claim,
                    result: Match::Unknown,
                })
            };
            e.devices.iter().for_each(|d| push("device", d.clone()));
            if let Some(m) = &e.signup_month {
                push("signup_month", m.clone());
            }
            e.previous_phones
                .iter()
                .for_each(|p| push("previous_phone", mask_phone(p)));
            e.places.iter().for_each(|p| push("place", p.clone()));
            return Ok(items);
        };
        let devices = self.store.device_history(&a.id).await?;
        for d in &e.devices {
            let needle = d.trim().to_lowercase();
            // Too short to compare ("a", "PC"): neither matched nor not matched.
            let result = if needle.chars().count() < 3 {
                Match::Unknown
            } else {
                matched(devices.iter().any(|(name, ua, _)| {
                    name.to_lowercase().contains(&needle)
                        || ua
                            .as_deref()
                            .is_some_and(|u| u.to_lowercase().contains(&needle))
                }))
            };
            items.push(ScoredItem {
                kind: "device".into(),
                claim: d.clone(),
                result,
            });
        }
        if let Some(m) = &e.signup_month {
            let created = a.created_at.to_datetime();
            let claimed = month_index(m);
            let actual = i64::from(created.year()) * 12 + i64::from(u8::from(created.month())) - 1;
            let result = match claimed {
                Some(c) if (c - actual).abs() <= 1 => Match::Matched,
                Some(_) => Match::NotMatched,
                None => Match::Unknown,
            };
            items.push(ScoredItem {
                kind: "signup_month".into(),
                claim: m.clone(),
                result,
            });
        }
        let previous = self.store.previous_contacts(&a.id, "phone").await?;
        for p in &e.previous_phones {
            // Not a phone number at all: nothing to compare.
            let (normal, result) = match parse_phone(p) {
                Ok(n) => {
                    let hit = previous.contains(&self.contact_hash(&n))
                        || a.phone.as_deref() == Some(n.as_str());
                    (n, matched(hit))
                }
                Err(_) => (p.clone(), Match::Unknown),
            };
            items.push(ScoredItem {
                kind: "previous_phone".into(),
                claim: mask_phone(&normal),
                result,
            });
        }
        if !e.places.is_empty() {
            let mut ips: Vec<String> = self
                .store
                .known_ips(&a.id, self.timestamp().plus_secs(1))
                .await?;
            ips.extend(devices.iter().filter_map(|(_, _, ip)| ip.clone()));
            for p in &e.places {
                let needle = p.trim();
                // Only addresses and prefixes are compared: a town, or a prefix shorter
                // than "1.2.", is not something the history can say yes or no to.
                let address_like = needle.len() >= 4
                    && needle
                        .chars()
                        .all(|c| c.is_ascii_hexdigit() || c == '.' || c == ':');
                let result = if !address_like {
                    Match::Unknown
                } else {
                    matched(ips.iter().any(|ip| {
                        ip == needle
                            || (needle.ends_with('.') || needle.ends_with(':'))
                                && ip.starts_with(needle)
                    }))
                };
                items.push(ScoredItem {
                    kind: "place".into(),
                    claim: p.clone(),
                    result,
                });
            }
        }
        Ok(items)
    }

    /// The ticket, if the secret proves the caller opened it (same answer otherwise).
    pub async fn ticket_for_requester(
        &self,
        id: &str,
        status_secret: &str,
    ) -> ApiResult<TicketRow> {
        let not_found = || {
            ApiError::new(
                ErrorCode::NotFound,
                "No such ticket, or the status secret does not match: check both.",
            )
        };
        let ticket = self.store.ticket(id).await?.ok_or_else(not_found)?;
        if !secret::ct_eq(
            secret::token_hash(status_secret).as_bytes(),
            ticket.secret_hash.as_bytes(),
        ) {
            return Err(not_found());
        }
        Ok(ticket)
    }

    pub async fn ticket_status(&self, id: &str, status_secret: &str) -> ApiResult<TicketStatus> {
        let t = self.ticket_for_requester(id, status_secret).await?;
        let next = match t.status {
            Status::Open | Status::Claimed => "Support staff will review it; you will get an email at the contact address.".to_string(),
            Status::Approved => format!("Approved: a code went to your contact email; run `acctl recover password LOGIN --ticket {}`.", t.id),
            Status::Rejected => "Rejected: see the email we sent for the reason; you may open a new ticket with more evidence.".to_string(),
            Status::Completed => "Completed: sign in with your new password.".to_string(),
        };
        Ok(TicketStatus {
            ticket_id: t.id,
            status: t.status.to_string(),
            created_at: t.created_at.to_datetime(),
            updated_at: t.updated_at.to_datetime(),
            next,
        })
    }
}

fn validate_evidence(e: &Evidence) -> ApiResult<()> {
    if let Some(m) = &e.signup_month {
        let ok = m.len() == 7
            && m.as_bytes()[4] == b'-'
            && m[..4].parse::<u16>().is_ok()
            && m[5..].parse::<u8>().is_ok_and(|x| (1..=12).contains(&x));
        if !ok {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "signup_month must look like 2024-03.",
            ));
        }
    }
    for p in &e.previous_phones {
        parse_phone(p)?;
    }
    let total = e.devices.len() + e.previous_phones.len() + e.places.len();
    if total > 50 || e.notes.as_ref().is_some_and(|n| n.len() > 4000) {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "The evidence is too long: at most 50 items and 4000 characters of notes.",
        ));
    }
    Ok(())
}

fn matched(hit: bool) -> Match {
    if hit {
        Match::Matched
    } else {
        Match::NotMatched
    }
}

/// `YYYY-MM` as months since year 0.
fn month_index(m: &str) -> Option<i64> {
    let (y, mo) = m.split_once('-')?;
    let (y, mo): (i64, i64) = (y.parse().ok()?, mo.parse().ok()?);
    (1..=12).contains(&mo).then_some(y * 12 + mo - 1)
}
