//! The notices acctd sends (messages without a code), one variant per message with
//! its text in each [`Lang`]: the one place their words live. The English texts are
//! the ones the service has always sent; tests and scripts match on them.

use super::text::Lang;

/// A change of the account recorded as a security event: its notice ends by saying
/// what to do if the owner did not make it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    TwoStepEnabled,
    TwoStepDisabled,
    RecoveryCodesRegenerated,
    /// The phone number, masked.
    PhoneChanged(String),
    PasswordChanged,
    ResetCancelled,
}

/// A message without a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Changed {
        change: Change,
        account_id: String,
    },
    TwoStepCodeReused,
    /// A right code (SMS or email) followed by a failed two-step check.
    SecondFactorFailedAfterCode,
    /// A right password followed by a failed two-step check.
    SecondFactorFailedAfterPassword,
    PasswordCompromised,
    /// The new address, masked.
    EmailChangeRequested(String),
    /// The new address, masked.
    EmailChanged(String),
    /// When the waiting reset completes (RFC 3339).
    ResetPending(String),
    ResetDone {
        account_id: String,
    },
    FindId {
        account_id: String,
    },
    TicketRejected {
        ticket_id: String,
        reason: String,
    },
}

impl Change {
    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Change::TwoStepEnabled, Lang::En) => {
                "Two-step verification was turned on for your account.".into()
            }
            (Change::TwoStepEnabled, Lang::ZhHans) => "您的账号已开启两步验证。".into(),
            (Change::TwoStepDisabled, Lang::En) => {
                "Two-step verification was turned off for your account.".into()
            }
            (Change::TwoStepDisabled, Lang::ZhHans) => "您的账号已关闭两步验证。".into(),
            (Change::RecoveryCodesRegenerated, Lang::En) => {
                "New two-step recovery codes were made; the old ones no longer work.".into()
            }
            (Change::RecoveryCodesRegenerated, Lang::ZhHans) => {
                "已生成新的两步验证恢复码，旧的恢复码不再有效。".into()
            }
            (Change::PhoneChanged(phone), Lang::En) => {
                format!("The phone number on your account was changed to {phone}.")
            }
            (Change::PhoneChanged(phone), Lang::ZhHans) => {
                format!("您账号的手机号已更换为 {phone}。")
            }
            (Change::PasswordChanged, Lang::En) => {
                "Your password was changed and other devices were signed out.".into()
            }
            (Change::PasswordChanged, Lang::ZhHans) => {
                "您的密码已更改，其他设备均已退出登录。".into()
            }
            (Change::ResetCancelled, Lang::En) => "A pending password reset was cancelled.".into(),
            (Change::ResetCancelled, Lang::ZhHans) => "一项待完成的密码重置已取消。".into(),
        }
    }
}

impl Notice {
    /// The text a person reads, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use Lang::{En, ZhHans};
        match (self, lang) {
            (Notice::Changed { change, account_id }, En) => format!(
                "{} If this wasn't you, sign in and change your password, or run `acctl recover password {account_id}`.",
                change.text(En)
            ),
            (Notice::Changed { change, account_id }, ZhHans) => format!(
                "{}如果这不是您本人的操作，请登录并修改密码，或运行 `acctl recover password {account_id}`。",
                change.text(ZhHans)
            ),
            (Notice::TwoStepCodeReused, En) => "A two-step code for your account was used twice. If this wasn't you, change your password now.".into(),
            (Notice::TwoStepCodeReused, ZhHans) => "您账号的一个两步验证码被使用了两次。如果这不是您本人的操作，请立即修改密码。".into(),
            (Notice::SecondFactorFailedAfterCode, En) => "Someone signed in to your account with a code sent to you but failed the two-step check. If this wasn't you, your phone or email may be in someone else's hands: change your password and contact your carrier or mail provider.".into(),
            (Notice::SecondFactorFailedAfterCode, ZhHans) => "有人用发给您的验证码登录您的账号，但未通过两步验证。如果这不是您本人，您的手机或邮箱可能已落入他人之手：请修改密码，并联系您的运营商或邮箱服务商。".into(),
            (Notice::SecondFactorFailedAfterPassword, En) => "Someone entered your password correctly but failed the two-step check. If this wasn't you, change your password now.".into(),
            (Notice::SecondFactorFailedAfterPassword, ZhHans) => "有人输入了您的正确密码，但未通过两步验证。如果这不是您本人，请立即修改密码。".into(),
            (Notice::PasswordCompromised, En) => "Your password may be known to someone else: every device was signed out, and you will set a new password at your next sign-in.".into(),
            (Notice::PasswordCompromised, ZhHans) => "您的密码可能已被他人知晓：所有设备均已退出登录，您下次登录时需要设置新密码。".into(),
            (Notice::EmailChangeRequested(email), En) => format!("A change of your account's email to {email} was requested. If this wasn't you, sign in and change your password."),
            (Notice::EmailChangeRequested(email), ZhHans) => format!("有人请求将您账号的邮箱更换为 {email}。如果这不是您本人的操作，请登录并修改密码。"),
            (Notice::EmailChanged(email), En) => format!("The email on your account is now {email}. If this wasn't you, sign in and change your password."),
            (Notice::EmailChanged(email), ZhHans) => format!("您账号的邮箱现在是 {email}。如果这不是您本人的操作，请登录并修改密码。"),
            (Notice::ResetPending(until), En) => format!("A password reset for your account was requested from a device or network we don't recognise. It completes at {until} unless you cancel it: sign in and run `acctl recover cancel`."),
            (Notice::ResetPending(until), ZhHans) => format!("有人从我们不认识的设备或网络请求重置您账号的密码。除非您取消，重置将于 {until} 完成：请登录并运行 `acctl recover cancel`。"),
            (Notice::ResetDone { account_id }, En) => format!("The password of your account was reset and every device was signed out. If this wasn't you, run `acctl recover password {account_id}` or contact support."),
            (Notice::ResetDone { account_id }, ZhHans) => format!("您账号的密码已重置，所有设备均已退出登录。如果这不是您本人的操作，请运行 `acctl recover password {account_id}` 或联系客服。"),
            (Notice::FindId { account_id }, En) => format!("Your acct account ID is {account_id}. If you did not ask for it, you can ignore this message."),
            (Notice::FindId { account_id }, ZhHans) => format!("您的 acct 账号 ID 是 {account_id}。如果您没有查询过，请忽略此消息。"),
            (Notice::TicketRejected { ticket_id, reason }, En) => format!("Your recovery ticket {ticket_id} was not approved: {reason}. You can open a new ticket with more evidence (`acctl recover ticket`)."),
            (Notice::TicketRejected { ticket_id, reason }, ZhHans) => format!("您的恢复工单 {ticket_id} 未获批准：{reason}。您可以提供更多证据，重新提交工单（`acctl recover ticket`）。"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_notice() -> Vec<Notice> {
        let id = "12345678".to_string();
        let changes = [
            Change::TwoStepEnabled,
            Change::TwoStepDisabled,
            Change::RecoveryCodesRegenerated,
            Change::PhoneChanged("+86•••••5678".into()),
            Change::PasswordChanged,
            Change::ResetCancelled,
        ];
        let mut all: Vec<Notice> = changes
            .into_iter()
            .map(|change| Notice::Changed {
                change,
                account_id: id.clone(),
            })
            .collect();
        all.extend([
            Notice::TwoStepCodeReused,
            Notice::SecondFactorFailedAfterCode,
            Notice::SecondFactorFailedAfterPassword,
            Notice::PasswordCompromised,
            Notice::EmailChangeRequested("a•••@example.com".into()),
            Notice::EmailChanged("a•••@example.com".into()),
            Notice::ResetPending("2026-12-04T10:00:00Z".into()),
            Notice::ResetDone {
                account_id: id.clone(),
            },
            Notice::FindId { account_id: id },
            Notice::TicketRejected {
                ticket_id: "t-1".into(),
                reason: "not enough evidence".into(),
            },
        ]);
        all
    }

    #[test]
    fn every_notice_has_a_chinese_text_that_is_not_the_english_one() {
        for n in every_notice() {
            let en = n.text(Lang::En);
            let zh = n.text(Lang::ZhHans);
            assert_ne!(en, zh, "{n:?}");
            assert!(
                zh.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)),
                "{zh}"
            );
        }
    }

    /// Find-my-ID has a stand-in written in the request's language: both languages
    /// seal to one padding block, so its size tells nothing.
    #[test]
    fn the_find_id_notice_fits_one_padding_block_in_every_language() {
        for lang in acct_api::LANGUAGES {
            let n = Notice::FindId {
                account_id: "0000000000".into(),
            };
            let json = serde_json::to_string(&n.text(lang)).unwrap_or_default();
            assert!(json.len() + 160 <= super::super::seal::PAD, "{lang}");
        }
    }

    #[test]
    fn english_notices_keep_their_words() {
        let n = Notice::Changed {
            change: Change::PasswordChanged,
            account_id: "12345678".into(),
        };
        assert_eq!(
            n.text(Lang::En),
            "Your password was changed and other devices were signed out. If this wasn't you, sign in and change your password, or run `acctl recover password 12345678`."
        );
        assert_eq!(
            Notice::FindId {
                account_id: "1".into()
            }
            .text(Lang::En),
            "Your acct account ID is 1. If you did not ask for it, you can ignore this message."
        );
    }
}
