//! The error messages in Simplified Chinese: one catalogue keyed by the English text,
//! as gettext keys by its msgid, so the English the service has always sent (which
//! tests and scripts match on) stays the one source and every place that builds an
//! `ApiError` keeps doing so in English. A message is translated when its request asks
//! for `zh-Hans` (`routes::localise_errors`); one with no entry stays English, and the
//! `code` never changes.
//!
//! An entry's English side has `{}` holes for the parts a message is built with (a
//! time, a count, a command); the Chinese side names them `{0}`, `{1}`, … in any order.
//! Holes that are durations ("2 min 5 s") or "try"/"tries" are translated too.

use crate::courier::text::Lang;

/// English template → Simplified Chinese template, the more specific first.
const ZH_HANS: &[(&str, &str)] = &[
    // error.rs
    ("Not signed in, or the access token has expired: refresh it or sign in again.", "未登录，或访问令牌已过期：请刷新令牌或重新登录。"),
    ("This device was signed out (from another device or by a password change): sign in again.", "此设备已退出登录（在其他设备上退出，或因修改密码）：请重新登录。"),
    ("The login or password is not right. Check them, or use `acctl recover password` if you forgot it.", "登录名或密码不正确。请检查后重试；如果忘记了密码，请使用 `acctl recover password`。"),
    ("No such flow: it may have finished or been cancelled. Start the operation again.", "没有这个流程：它可能已完成或已取消。请重新开始操作。"),
    ("No such account.", "没有这个账号。"),
    ("No such ticket.", "没有这个工单。"),
    ("No such device (it may already be signed out).", "没有这个设备（它可能已退出登录）。"),
    ("No such device {} on this account (see `acctl devices`).", "此账号没有设备 {0}（请查看 `acctl devices`）。"),
    ("No such event {} in this account's activity (see `acctl activity`).", "此账号的活动记录中没有事件 {0}（请查看 `acctl activity`）。"),
    ("No such event in this account's activity (see `acctl activity`).", "此账号的活动记录中没有这个事件（请查看 `acctl activity`）。"),
    ("No such endpoint; see /v1/openapi.json.", "没有这个接口；请查看 /v1/openapi.json。"),
    ("The service failed to handle the request; try again, and report the request id if it persists.", "服务处理请求失败；请重试，如果问题持续存在，请报告请求 ID。"),
    // acct-api: contacts and passwords
    ("That is not a valid phone number: use international (E.164) form with the country code, e.g. +8613812345678.", "这不是有效的手机号：请使用带国家代码的国际格式（E.164），例如 +8613812345678。"),
    ("That is not a valid email address: use the form name@example.com.", "这不是有效的邮箱地址：请使用 name@example.com 的格式。"),
    ("That is not a valid login: use your 8-10 digit account ID, your phone as +E164 (e.g. +8613812345678) or your email.", "这不是有效的登录名：请使用 8-10 位账号 ID、+E164 格式的手机号（例如 +8613812345678）或邮箱。"),
    ("The password is too short: use at least {} characters.", "密码太短：请至少使用 {0} 个字符。"),
    ("The password is too long: use at most {} characters.", "密码太长：最多使用 {0} 个字符。"),
    ("The password needs both letters and digits.", "密码必须同时包含字母和数字。"),
    ("The password is on the list of common or breached passwords: choose another.", "该密码属于常见或已泄露的密码：请换一个。"),
    ("The password contains your account ID, phone, email or the service name: choose another.", "密码包含您的账号 ID、手机号、邮箱或服务名称：请换一个。"),
    ("The password is too easy to guess: make it longer or less predictable.", "密码太容易被猜到：请使用更长或更难预测的密码。"),
    ("The new password is the same as the current one.", "新密码与当前密码相同。"),
    // request bodies
    ("The request body is too large.", "请求内容过大。"),
    ("Send the body as JSON with `Content-Type: application/json`.", "请以 JSON 发送请求内容，并带上 `Content-Type: application/json`。"),
    ("The JSON does not fit this request: {}", "JSON 内容与此请求不符：{0}"),
    ("The body is not valid JSON: {}", "请求内容不是有效的 JSON：{0}"),
    ("`since` is not valid: use RFC 3339, e.g. 2026-11-01T00:00:00Z.", "`since` 无效：请使用 RFC 3339 格式，例如 2026-11-01T00:00:00Z。"),
    ("`{}` is not valid: {}.", "`{0}` 无效：{1}。"),
    ("\"{}\" is not a supported language: use one of {}.", "不支持语言 \"{0}\"：请使用以下之一：{1}。"),
    // sign-up and sign-in
    ("Sign up with exactly one of a phone number or an email address.", "注册时请在手机号和邮箱中只提供一个。"),
    ("Give exactly one of a phone number or an email address.", "请在手机号和邮箱中只提供一个。"),
    ("{} already has an account: sign in with `acctl login {}`, or use `acctl recover password {}`.", "{0} 已有账号：请用 `acctl login {1}` 登录，或使用 `acctl recover password {2}`。"),
    ("Password sign-in is locked after repeated failures until {} (in {}). Wait, sign in with a code (`acctl login --sms`), or reset the password with `acctl recover password`.", "多次失败后，密码登录已锁定至 {0}（{1}后）。请等待，或用验证码登录（`acctl login --sms`），或用 `acctl recover password` 重置密码。"),
    ("Password sign-in is locked after too many failed attempts. Sign in with a code (`acctl login --sms`), reset the password with `acctl recover password`, or ask support to unlock it.", "失败次数过多，密码登录已锁定。请用验证码登录（`acctl login --sms`），或用 `acctl recover password` 重置密码，或请客服解锁。"),
    ("Too many password checks for this account are under way at once; try again in 1 s.", "此账号同时进行的密码校验过多；请 1 秒后重试。"),
    ("This account is locked by support. To have it unlocked, contact support: open a ticket with `acctl recover ticket LOGIN --contact-email YOUR_EMAIL`.", "此账号已被客服锁定。如需解锁，请联系客服：用 `acctl recover ticket LOGIN --contact-email YOUR_EMAIL` 提交工单。"),
    ("This account has no password yet; create one with `acctl recover password {}`.", "此账号还没有密码；请用 `acctl recover password {0}` 创建。"),
    ("The session has expired or is not valid any more: sign in again.", "会话已过期或不再有效：请重新登录。"),
    ("The access token has expired: refresh it (acctl does this for you) or sign in again.", "访问令牌已过期：请刷新（acctl 会自动刷新）或重新登录。"),
    ("This refresh token was already used, so for safety this device has been signed out: sign in again.", "此刷新令牌已被使用过，为安全起见，此设备已退出登录：请重新登录。"),
    ("This needs a recent sign-in: confirm it is you (acctl asks for your password or a code), then try again.", "此操作需要最近登录过：请确认是您本人（acctl 会要求输入密码或验证码），然后重试。"),
    // codes
    ("A code was just sent; you can ask for a new one in {}.", "验证码刚刚已发送；{0}后可以再次获取。"),
    ("That code is not right; {} {} left. Check the latest message, or request a new code.", "验证码不正确；还剩 {0} {1}。请查看最新的消息，或重新获取验证码。"),
    ("That code is not right.", "验证码不正确。"),
    ("That code was already used: request a new one.", "该验证码已使用过：请重新获取。"),
    ("The code has expired: request a new one.", "验证码已过期：请重新获取。"),
    ("Too many wrong tries for this code: request a new code.", "该验证码错误次数过多：请重新获取验证码。"),
    ("There is no valid code for this flow any more (a newer one was sent, or it was used up): request a new code.", "此流程已没有有效的验证码（已发送了新的验证码，或已用完）：请重新获取验证码。"),
    ("Too many codes were requested from this network today; try again after {} (in {}). If codes don't reach you, open a recovery ticket with `acctl recover ticket`.", "今天从此网络获取的验证码过多；请在 {0}（{1}后）之后重试。如果收不到验证码，请用 `acctl recover ticket` 提交恢复工单。"),
    ("No more codes can be sent to this destination from this network today (limit {} a day); try again after {} (in {}). If codes don't reach you, open a recovery ticket with `acctl recover ticket`.", "今天无法再从此网络向该地址发送验证码（每天最多 {0} 条）；请在 {1}（{2}后）之后重试。如果收不到验证码，请用 `acctl recover ticket` 提交恢复工单。"),
    ("No more codes can be sent to this destination today (limit {} a day); try again after {} (in {}). If codes don't reach you, open a recovery ticket with `acctl recover ticket`.", "今天无法再向该地址发送验证码（每天最多 {0} 条）；请在 {1}（{2}后）之后重试。如果收不到验证码，请用 `acctl recover ticket` 提交恢复工单。"),
    ("Too many wrong codes for this destination from this network today; try again after {} (in {}). If codes don't reach you, open a recovery ticket with `acctl recover ticket`.", "今天从此网络对该地址输错验证码的次数过多；请在 {0}（{1}后）之后重试。如果收不到验证码，请用 `acctl recover ticket` 提交恢复工单。"),
    ("Too many wrong codes for this destination today; try again after {} (in {}). If codes don't reach you, open a recovery ticket with `acctl recover ticket`.", "今天对该地址输错验证码的次数过多；请在 {0}（{1}后）之后重试。如果收不到验证码，请用 `acctl recover ticket` 提交恢复工单。"),
    // flows
    ("This flow has expired: start the operation again.", "此流程已过期：请重新开始操作。"),
    ("This flow is already complete; start a new one if you need to.", "此流程已完成；如有需要，请重新开始。"),
    ("This flow is not waiting for a code.", "此流程当前不需要验证码。"),
    ("This flow is not waiting for that input.", "此流程当前不需要这项输入。"),
    ("This step needs `{}`.", "这一步需要 `{0}`。"),
    ("The flow changed meanwhile; look at it again (`acctl flow list`).", "流程在此期间已发生变化；请重新查看（`acctl flow list`）。"),
    ("The flow changed meanwhile; try again.", "流程在此期间已发生变化；请重试。"),
    // two-step verification
    ("This account has two-step verification: enter the current code from your authenticator app, or a recovery code. Without either, open a recovery ticket: `acctl recover ticket`.", "此账号已开启两步验证：请输入身份验证器应用中的当前验证码，或一个恢复码。如果两者都没有，请提交恢复工单：`acctl recover ticket`。"),
    ("Turning two-step verification off needs the current code from your authenticator app (`totp`), or an unused recovery code (`recovery_code`). Without either, open a recovery ticket: `acctl recover ticket`.", "关闭两步验证需要身份验证器应用中的当前验证码（`totp`），或一个未使用的恢复码（`recovery_code`）。如果两者都没有，请提交恢复工单：`acctl recover ticket`。"),
    ("Making new recovery codes needs the current code from your authenticator app (`totp`), or an unused recovery code (`recovery_code`). Without either, open a recovery ticket: `acctl recover ticket`.", "生成新的恢复码需要身份验证器应用中的当前验证码（`totp`），或一个未使用的恢复码（`recovery_code`）。如果两者都没有，请提交恢复工单：`acctl recover ticket`。"),
    ("Changing the password needs the current code from your authenticator app (`totp`), or an unused recovery code (`recovery_code`). Without either, open a recovery ticket: `acctl recover ticket`.", "修改密码需要身份验证器应用中的当前验证码（`totp`），或一个未使用的恢复码（`recovery_code`）。如果两者都没有，请提交恢复工单：`acctl recover ticket`。"),
    ("That authenticator code is not right: enter the current 6-digit code, or a recovery code.", "身份验证器验证码不正确：请输入当前的 6 位验证码，或一个恢复码。"),
    ("That authenticator code was already used: wait for the next code.", "该身份验证器验证码已使用过：请等待下一个验证码。"),
    ("That code does not match: check the authenticator's clock and enter the current 6-digit code.", "验证码不匹配：请检查身份验证器的时间，并输入当前的 6 位验证码。"),
    ("That recovery code is not valid or was already used.", "该恢复码无效或已使用过。"),
    ("Too many wrong two-step codes for this account ({} within {}); try again after {} (in {}). If you no longer have your authenticator or recovery codes, open a recovery ticket with `acctl recover ticket`.", "此账号输错两步验证码的次数过多（{1}内 {0} 次）；请在 {2}（{3}后）之后重试。如果您已没有身份验证器或恢复码，请用 `acctl recover ticket` 提交恢复工单。"),
    ("Too many wrong two-step codes: start again (sign in, or run the command again). Use a recovery code if the authenticator is lost, or open a recovery ticket with `acctl recover ticket`.", "两步验证码错误次数过多：请重新开始（重新登录或再次运行命令）。如果身份验证器丢失，请使用恢复码，或用 `acctl recover ticket` 提交恢复工单。"),
    ("Two-step verification changed meanwhile (on another device?): check `acctl 2sv status`.", "两步验证在此期间已发生变化（在其他设备上？）：请查看 `acctl 2sv status`。"),
    ("Two-step verification is already off.", "两步验证已经是关闭的。"),
    ("Two-step verification is already on; `acctl 2sv disable` first to enrol a new authenticator.", "两步验证已经开启；如要绑定新的身份验证器，请先运行 `acctl 2sv disable`。"),
    ("Two-step verification is off: `acctl 2sv enable` first.", "两步验证未开启：请先运行 `acctl 2sv enable`。"),
    // credentials
    ("Changing the password needs the current one, however recently you signed in. If you don't know it, reset it with `acctl recover password {}`.", "修改密码需要输入当前密码，无论您多久前登录过。如果不知道当前密码，请用 `acctl recover password {0}` 重置。"),
    ("The password was changed meanwhile (from another device, or by a reset): sign in again with the new one.", "密码在此期间已被修改（在其他设备上，或被重置）：请用新密码重新登录。"),
    ("That is already your phone number.", "这已经是您的手机号。"),
    ("That is already your email address.", "这已经是您的邮箱地址。"),
    ("That number belongs to another account: use a different number.", "该号码属于另一个账号：请换一个号码。"),
    ("That number was just taken by another account: use a different number.", "该号码刚刚已被另一个账号使用：请换一个号码。"),
    ("That address belongs to another account: use a different one.", "该地址属于另一个账号：请换一个。"),
    ("That address was just taken by another account.", "该地址刚刚已被另一个账号使用。"),
    ("The account has no verified contact on that channel: choose the other one.", "此账号在该渠道没有已验证的联系方式：请选择另一个渠道。"),
    ("That is not an email verification link or token: paste the whole link from the message.", "这不是邮箱验证链接或令牌：请粘贴消息中的完整链接。"),
    ("This link has expired or is not valid: request a new one with `acctl email set`.", "此链接已过期或无效：请用 `acctl email set` 重新获取。"),
    ("This link has expired: request a new one with `acctl email set`.", "此链接已过期：请用 `acctl email set` 重新获取。"),
    ("This link was already used: the email is verified.", "此链接已使用过：邮箱已验证。"),
    // devices, deletion, activity
    ("Choose exactly one of: device IDs, `others` or `all`.", "请只选择一项：设备 ID、`others` 或 `all`。"),
    ("The confirmation does not match the account ID: nothing was deleted. Type the account ID exactly.", "确认内容与账号 ID 不符：未删除任何内容。请准确输入账号 ID。"),
    ("That account was deleted: there is nothing to act on.", "该账号已被删除：没有可操作的对象。"),
    ("Event {} is this device's own sign-in, so it was you (or someone holds this device): to end it, sign out here; to end every other sign-in, change the password.", "事件 {0} 是本设备自己的登录，所以是您本人（或有人拿着这台设备）：要结束它，请在此退出登录；要结束其他所有登录，请修改密码。"),
    ("An activity export of this account is already running, or this server runs as many as it can: wait for it to finish and try again in a few seconds.", "此账号的活动导出已在进行中，或服务器的导出已达上限：请等待其完成，几秒后重试。"),
    // recovery and tickets
    ("The reset completes at {} (in {}); run this again then.", "重置将于 {0}（{1}后）完成；届时请再次运行。"),
    ("There is no pending recovery on this account: nothing to cancel.", "此账号没有待完成的恢复：无需取消。"),
    ("This reset was already completed: sign in with the new password, or open a new ticket (`acctl recover ticket`).", "此重置已完成：请用新密码登录，或提交新的工单（`acctl recover ticket`）。"),
    ("The evidence is too long: at most 50 items and 4000 characters of notes.", "证据内容过长：最多 50 项，备注最多 4000 个字符。"),
    ("signup_month must look like 2024-03.", "signup_month 的格式应为 2024-03。"),
    ("No such ticket, or the status secret does not match: check both.", "没有这个工单，或状态密钥不匹配：请检查两者。"),
    ("The ticket is {}; it must be approved first (`acctl recover status {}`).", "工单状态为 {0}；必须先获批准（`acctl recover status {1}`）。"),
    // support staff
    ("This needs the support role; ask an administrator (`acctd staff grant ID --role support`).", "此操作需要客服角色；请联系管理员（`acctd staff grant ID --role support`）。"),
    ("Marking a password compromised needs the admin role.", "将密码标记为已泄露需要管理员角色。"),
    ("Staff cannot act on staff or admin accounts; ask an administrator.", "工作人员不能操作工作人员或管理员的账号；请联系管理员。"),
    ("A lock needs a reason (--reason).", "锁定需要填写原因（--reason）。"),
    ("A rejection needs a reason (--reason).", "拒绝需要填写原因（--reason）。"),
    ("A note needs text.", "备注不能为空。"),
    ("No account has the login this ticket names: reject it.", "没有账号使用此工单中的登录名：请拒绝该工单。"),
    ("Someone claimed the ticket just now; look again.", "有人刚刚认领了此工单；请重新查看。"),
    ("The ticket changed meanwhile; look again.", "工单在此期间已发生变化；请重新查看。"),
    ("The ticket is claimed by {}; ask them, or an administrator.", "工单已被 {0} 认领；请联系对方或管理员。"),
    ("The ticket was already {}; nothing to decide.", "工单已经是 {0} 状态；无需再处理。"),
    ("You cannot decide a ticket about your own account; another staff member must.", "您不能处理与自己账号有关的工单；必须由其他工作人员处理。"),
    // Last: it would match the more specific "No such …" messages above.
    ("No such {}.", "没有这个对象（{0}）。"),
];

/// `message` in `lang`, when the catalogue has it; `None` keeps the English.
pub fn translate(message: &str, lang: Lang) -> Option<String> {
    match lang {
        Lang::En => None,
        Lang::ZhHans => ZH_HANS.iter().find_map(|(en, zh)| {
            let holes = match_template(en, message)?;
            Some(fill(zh, &holes))
        }),
    }
}

/// The text of each `{}` hole when `message` is `template` with the holes filled.
fn match_template<'m>(template: &str, message: &'m str) -> Option<Vec<&'m str>> {
    let parts: Vec<&str> = template.split("{}").collect();
    let (first, rest) = parts.split_first()?;
    let mut at = message.strip_prefix(first)?;
    let mut holes = Vec::new();
    for (i, part) in rest.iter().enumerate() {
        if i + 1 == rest.len() {
            let hole = at.strip_suffix(part)?;
            holes.push(hole);
            at = "";
        } else {
            let end = at.find(part)?;
            holes.push(&at[..end]);
            at = &at[end + part.len()..];
        }
    }
    at.is_empty().then_some(holes)
}

/// `template` with `{n}` replaced by hole n (translated where it is a duration or a count word).
fn fill(template: &str, holes: &[&str]) -> String {
    let mut out = template.to_string();
    for (i, hole) in holes.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), &hole_in_chinese(hole));
    }
    out
}

/// A hole's words in Chinese: durations as `humanize_secs` writes them ("1 h 5 min"),
/// and the count word of "N tries left"; anything else (IDs, commands, times) as it is.
fn hole_in_chinese(hole: &str) -> String {
    match hole {
        "try" | "tries" => return "次".into(),
        _ => {}
    }
    let words: Vec<&str> = hole.split(' ').collect();
    if words.len().is_multiple_of(2) && !words.is_empty() {
        let mut out = String::new();
        for pair in words.chunks(2) {
            let unit = match pair[1] {
                "s" => "秒",
                "min" => "分钟",
                "h" => "小时",
                "day" | "days" => "天",
                _ => return hole.to_string(),
            };
            if pair[0].parse::<u64>().is_err() {
                return hole.to_string();
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(pair[0]);
            out.push(' ');
            out.push_str(unit);
        }
        return out;
    }
    hole.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zh(message: &str) -> Option<String> {
        translate(message, Lang::ZhHans)
    }

    #[test]
    fn english_is_left_alone() {
        let m = "The code has expired: request a new one.";
        assert_eq!(translate(m, Lang::En), None);
    }

    #[test]
    fn fixed_messages_and_built_ones_are_translated() {
        assert_eq!(
            zh("The code has expired: request a new one.").as_deref(),
            Some("验证码已过期：请重新获取。")
        );
        assert_eq!(
            zh("A code was just sent; you can ask for a new one in 49 s.").as_deref(),
            Some("验证码刚刚已发送；49 秒后可以再次获取。")
        );
        assert_eq!(
            zh("That code is not right; 1 try left. Check the latest message, or request a new code.").as_deref(),
            Some("验证码不正确；还剩 1 次。请查看最新的消息，或重新获取验证码。")
        );
        let locked = zh("Password sign-in is locked after repeated failures until 2026-12-01T12:00:00Z (in 1 h 5 min). Wait, sign in with a code (`acctl login --sms`), or reset the password with `acctl recover password`.").unwrap_or_default();
        assert!(
            locked.contains("2026-12-01T12:00:00Z（1 小时 5 分钟后）"),
            "{locked}"
        );
        assert_eq!(
            zh("No such device (it may already be signed out).").as_deref(),
            Some("没有这个设备（它可能已退出登录）。")
        );
        assert_eq!(zh("Something nobody wrote down."), None);
    }

    #[test]
    fn holes_can_be_reordered() {
        let m = "Too many wrong two-step codes for this account (5 within 15 min); try again after 2026-12-01T12:00:00Z (in 3 min). If you no longer have your authenticator or recovery codes, open a recovery ticket with `acctl recover ticket`.";
        let t = zh(m).unwrap_or_default();
        assert!(
            t.starts_with("此账号输错两步验证码的次数过多（15 分钟内 5 次）"),
            "{t}"
        );
    }

    /// Every Chinese template uses exactly the holes its English one has.
    #[test]
    fn every_entry_uses_its_holes() {
        for (en, zh) in ZH_HANS {
            let holes = en.matches("{}").count();
            for i in 0..holes {
                assert!(zh.contains(&format!("{{{i}}}")), "{en}");
            }
            assert!(!zh.contains(&format!("{{{holes}}}")), "{en}");
            assert!(!zh.contains("{}"), "{zh}");
        }
    }

    /// The password and contact messages of acct-api are in the catalogue.
    #[test]
    fn acct_api_messages_are_covered() {
        use acct_api::PasswordProblem::*;
        for p in [
            TooShort,
            TooLong,
            NeedsLettersAndDigits,
            Blocklisted,
            ContainsPersonalInfo,
            TooGuessable,
            SameAsCurrent,
        ] {
            let m = p.explain(8, 128);
            assert!(zh(&m).is_some(), "{m}");
        }
        for m in [
            acct_api::parse_phone("x").err().map(|e| e.to_string()),
            acct_api::parse_email("x").err().map(|e| e.to_string()),
        ]
        .into_iter()
        .flatten()
        {
            assert!(zh(&m).is_some(), "{m}");
        }
        let bad = "fr"
            .parse::<acct_api::Language>()
            .err()
            .map(|e| format!("{e}."))
            .unwrap_or_default();
        assert!(zh(&bad).is_some_and(|t| t.contains("en, zh-Hans")), "{bad}");
    }
}
