//! The `[limits]` table: every limit and lifetime of PRODUCT.md, with its default.

use serde::Deserialize;

/// Limits and lifetimes; all in seconds unless the name says otherwise.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    pub code_digits: u32,
    pub code_ttl: i64,
    pub code_max_tries: i64,
    pub code_resend_cooldown: i64,
    pub codes_per_destination_per_day: i64,
    pub codes_per_ip_per_day: i64,
    /// Codes one network may have sent to one destination a day (of each budget), so a
    /// stranger cannot spend the owner's whole budget.
    pub codes_per_destination_per_ip_per_day: i64,
    /// Recovery messages (password reset, find my ID, ticket contact) per destination a
    /// day: a budget of their own, so spent sign-in codes never close forgot-password.
    pub recovery_codes_per_destination_per_day: i64,
    /// Wrong codes per destination per day across all flows and networks: the backstop
    /// against a distributed guesser (SECURITY.md 12).
    pub code_failures_per_destination_per_day: i64,
    /// Wrong codes per destination per requesting network per day: what one stranger
    /// can spend, leaving the owner's own network its share (SECURITY.md 14).
    pub code_failures_per_destination_per_ip_per_day: i64,
    /// Wrong second-factor answers (authenticator or recovery code) per flow.
    pub second_factor_max_tries: i64,
    /// Wrong second-factor answers per account across all flows, per window.
    pub second_factor_failures_per_account: i64,
    /// The window of `second_factor_failures_per_account`, from its first wrong answer.
    pub second_factor_window: i64,
    pub flow_ttl: i64,
    pub access_ttl: i64,
    pub refresh_ttl: i64,
    /// A refresh token unused this long dies (idle timeout).
    pub refresh_idle_ttl: i64,
    /// A replayed refresh token within this window returns the same successor.
    pub refresh_grace: i64,
    /// Sensitive operations need a sign-in this recent.
    pub reauth_window: i64,
    /// Failed password sign-ins allowed before the first lock.
    pub lockout_free_failures: i64,
    /// First lock length; it doubles with every further failure.
    pub lockout_base_delay: i64,
    pub lockout_max_delay: i64,
    /// After this many consecutive failures, locked until recovery or a support unlock.
    pub lockout_hard_failures: i64,
    /// Only the last-seen time of a device older than this is written (saves a write per request).
    pub last_seen_granularity: i64,
    /// A password reset from an unrecognised device or network waits this long.
    pub recovery_delay: i64,
    /// How long the code sent when staff approve a recovery ticket stays valid.
    pub ticket_code_ttl: i64,
    /// A network counts as recognised for recovery (no waiting period) this long
    /// after a sign-in from it that proved the password.
    pub recognised_network_window: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            code_digits: 6,
            code_ttl: 600,
            code_max_tries: 5,
            code_resend_cooldown: 60,
            codes_per_destination_per_day: 10,
            codes_per_ip_per_day: 100,
            codes_per_destination_per_ip_per_day: 5,
            recovery_codes_per_destination_per_day: 10,
            code_failures_per_destination_per_day: 50,
            code_failures_per_destination_per_ip_per_day: 10,
            second_factor_max_tries: 5,
            second_factor_failures_per_account: 10,
            second_factor_window: 900,
            flow_ttl: 1800,
            access_ttl: 900,
            refresh_ttl: 30 * 86400,
            refresh_idle_ttl: 30 * 86400,
            refresh_grace: 5,
            reauth_window: 600,
            lockout_free_failures: 5,
            lockout_base_delay: 1,
            lockout_max_delay: 900,
            lockout_hard_failures: 100,
            last_seen_granularity: 60,
            recovery_delay: 72 * 3600,
            ticket_code_ttl: 24 * 3600,
            recognised_network_window: 30 * 86400,
        }
    }
}
