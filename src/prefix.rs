//! Unique prefixes of device, flow and ticket IDs, as git and docker take them:
//! resolved here against what the user can see (the device list, the pending
//! flows recorded on this machine, the ticket queue or the saved tickets). An
//! ambiguous prefix is a usage error listing the matches (exit 2); one that
//! matches nothing is "not found" (exit 5).

use crate::error::{CliError, Exit, Result};
use crate::profiles::PendingFlow;

/// Shorter prefixes match too much by chance (git's minimum too).
pub const MIN_PREFIX: usize = 4;

/// The length of a full device or flow ID (16 random bytes in hex).
const FULL_HEX: usize = 32;

/// One ID the user could mean, with a few words that tell it apart.
pub struct Candidate {
    pub id: String,
    pub label: String,
}

/// Lower case, without the `T` of a ticket ID, for comparing.
fn key(id: &str) -> String {
    let id = id.trim().to_ascii_lowercase();
    id.strip_prefix('t').map(str::to_string).unwrap_or(id)
}

/// The one candidate `input` names: the whole ID or a unique prefix of it.
/// `what` is the kind of ID ("device", "flow", "ticket"); `listed` says where
/// the user sees them (`acctl devices`).
pub fn resolve(what: &str, listed: &str, input: &str, candidates: &[Candidate]) -> Result<String> {
    let wanted = key(input);
    if let Some(c) = candidates.iter().find(|c| key(&c.id) == wanted) {
        return Ok(c.id.clone());
    }
    if wanted.chars().count() < MIN_PREFIX {
        return Err(CliError::usage(format!(
            "{input:?} is too short to name a {what}: give at least {MIN_PREFIX} characters of the ID from `{listed}`."
        )));
    }
    let matches: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| key(&c.id).starts_with(&wanted))
        .collect();
    match matches.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => Err(CliError::new(
            Exit::NotFound,
            "not_found",
            format!("no {what} ID starts with {input:?}: see `{listed}`."),
        )
        .with_remedy(listed)),
        many => {
            let list = many
                .iter()
                .map(|c| {
                    if c.label.is_empty() {
                        c.id.clone()
                    } else {
                        format!("{} ({})", c.id, c.label)
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
            Err(CliError::new(
                Exit::Usage,
                "ambiguous",
                format!(
                    "{input:?} is ambiguous: it starts {} {what} IDs ({list}); give more characters.",
                    many.len()
                ),
            ))
        }
    }
}

/// Whether `input` could start a ticket ID (`T` optional, then hex digits):
/// anything else is malformed (exit 2), not merely unknown.
pub fn ticket_shaped(input: &str) -> bool {
    let k = key(input);
    !k.is_empty() && k.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether `id` looks like a whole device or flow ID (so it can be used as is).
pub fn is_full_hex(id: &str) -> bool {
    id.len() == FULL_HEX && id.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The shortest prefix length (at least 8, as `git log --oneline` shows) that
/// tells every one of `ids` apart, for tables on narrow terminals.
pub fn unique_len(ids: &[&str]) -> usize {
    let longest = ids.iter().map(|i| i.chars().count()).max().unwrap_or(0);
    (8..longest)
        .find(|&n| {
            let mut seen = std::collections::HashSet::new();
            ids.iter()
                .all(|i| seen.insert(i.chars().take(n).collect::<String>()))
        })
        .unwrap_or(longest)
}

/// A flow ID from `acctl continue` / `flow cancel`: matched against the flows
/// recorded on this machine; a whole ID not recorded here (started elsewhere) is
/// used as given.
pub fn flow_id(flows: &[PendingFlow], input: &str) -> Result<String> {
    let now = crate::clock::now();
    let candidates: Vec<Candidate> = flows
        .iter()
        .filter(|f| f.expires_at > now)
        .map(|f| Candidate {
            id: f.flow_id.clone(),
            label: format!(
                "{}{}, profile {}",
                f.kind,
                f.awaiting
                    .as_deref()
                    .map(|a| format!(" awaiting {a}"))
                    .unwrap_or_default(),
                f.profile
            ),
        })
        .collect();
    match resolve("flow", "acctl flow list", input, &candidates) {
        Err(e) if e.exit == Exit::NotFound && is_full_hex(input.trim()) => {
            Ok(input.trim().to_ascii_lowercase())
        }
        other => other,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn c(ids: &[&str]) -> Vec<Candidate> {
        ids.iter()
            .map(|i| Candidate {
                id: i.to_string(),
                label: String::new(),
            })
            .collect()
    }

    #[test]
    fn unique_prefixes_resolve_and_ambiguous_ones_list_the_matches() {
        let ids = c(&["7d1e0c2a99", "7d1f000000", "93b04f1100"]);
        assert_eq!(resolve("device", "x", "93b0", &ids).unwrap(), "93b04f1100");
        assert_eq!(resolve("device", "x", "7D1E", &ids).unwrap(), "7d1e0c2a99");
        let e = resolve("device", "x", "7d1", &ids).unwrap_err();
        assert_eq!(e.exit_code(), 2, "too short");
        let e = resolve("device", "x", "7d1e0", &ids).map(|_| ());
        assert!(e.is_ok());
        let ids = c(&["7d1e0c2a99", "7d1e0c2b00"]);
        let e = resolve("device", "x", "7d1e0c2", &ids).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.contains("7d1e0c2a99") && e.message.contains("7d1e0c2b00"));
        let e = resolve("device", "acctl devices", "ffff", &ids).unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert!(e.message.contains("acctl devices"));
    }

    #[test]
    fn ticket_prefixes_may_leave_out_the_t() {
        let ids = c(&["T3f2a9c01b2d4", "T3f2b00000000"]);
        assert_eq!(
            resolve("ticket", "x", "3f2a", &ids).unwrap(),
            "T3f2a9c01b2d4"
        );
        assert_eq!(
            resolve("ticket", "x", "t3f2b", &ids).unwrap(),
            "T3f2b00000000"
        );
        // The whole ID always resolves, however short the list.
        assert_eq!(
            resolve("ticket", "x", "T3f2a9c01b2d4", &ids).unwrap(),
            "T3f2a9c01b2d4"
        );
    }

    #[test]
    fn unique_len_is_at_least_eight() {
        assert_eq!(unique_len(&["7d1e0c2a99887766", "93b04f1100000000"]), 8);
        assert_eq!(unique_len(&["7d1e0c2a99887766", "7d1e0c2a98000000"]), 10);
        assert_eq!(unique_len(&["abc"]), 3);
    }
}
