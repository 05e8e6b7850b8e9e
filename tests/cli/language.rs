//! The account's language from the terminal: acctl sends the locale as
//! `Accept-Language`, so a sign-up under `LANG=zh_CN.UTF-8` makes a Chinese account
//! (its codes in Chinese); `acctl account language` shows and changes it; `whoami`
//! shows it.

use serde_json::Value;

use crate::support::{Sandbox, PASSWORD};

/// The newest courier line's rendered text to `to`.
fn last_text(sb: &Sandbox, to: &str) -> String {
    sb.server().settle();
    let lines = std::fs::read_to_string(sb.server().dir.join("courier.jsonl")).unwrap();
    lines
        .lines()
        .rev()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|m| m["to"] == to)
        .and_then(|m| m["text"].as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("nothing was sent to {to}:\n{lines}"))
}

#[test]
fn a_chinese_locale_signs_up_a_chinese_account_and_the_language_can_be_changed() {
    let sb = Sandbox::new();
    let phone = "+8613812347001";
    let run = sb
        .cmd(&["signup", "--phone", phone, "--password-stdin", "--json"])
        .env("LANG", "zh_CN.UTF-8")
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .exit(10);
    let text = last_text(&sb, phone);
    assert!(text.contains("注册验证码"), "{text}\n{}", run.dump());
    let flow_id = run.json()["flow_id"].as_str().unwrap().to_string();
    let code = sb.code_for(phone);
    sb.cmd(&["continue", &flow_id, "--code", &code, "--json"])
        .env("LANG", "zh_CN.UTF-8")
        .run()
        .ok();
    let me = sb.cmd(&["whoami", "--json"]).run().ok();
    assert_eq!(me.json()["language"], "zh-Hans", "{}", me.dump());
    sb.cmd(&["whoami"]).run().ok().stdout_has("zh-Hans");
    let shown = sb.cmd(&["account", "language", "--json"]).run().ok();
    assert_eq!(shown.json(), serde_json::json!({"language": "zh-Hans"}));

    sb.cmd(&["account", "language", "EN"])
        .run()
        .ok()
        .stderr_has("English (en)");
    let me = sb.cmd(&["whoami", "--json"]).run().ok();
    assert_eq!(me.json()["language"], "en", "{}", me.dump());
    sb.cmd(&["activity", "--kind", "language_changed", "--json"])
        .run()
        .ok()
        .stdout_has("language_changed");
}

#[test]
fn an_unsupported_language_is_a_usage_error_naming_the_valid_ones() {
    let sb = Sandbox::new();
    sb.signup("+8613812347002");
    let run = sb.cmd(&["account", "language", "fr"]).run().exit(2);
    assert!(
        run.stderr.contains("en") && run.stderr.contains("zh-Hans"),
        "{}",
        run.dump()
    );
    let me = sb.cmd(&["whoami", "--json"]).run().ok();
    assert_eq!(me.json()["language"], "en", "nothing changed");
}

#[test]
fn a_c_locale_or_none_signs_up_in_english() {
    let sb = Sandbox::new();
    let phone = "+8613812347003";
    sb.cmd(&["signup", "--phone", phone, "--password-stdin", "--json"])
        .env("LC_ALL", "C")
        .env("LANG", "zh_CN.UTF-8")
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .exit(10);
    let text = last_text(&sb, phone);
    assert!(text.starts_with("Your acct sign-up code is "), "{text}");
}

/// The service's error messages follow the locale; the exit code and the JSON `code`
/// do not change.
#[test]
fn a_chinese_locale_gets_chinese_error_messages_with_the_same_exit_and_code() {
    let sb = Sandbox::new();
    let phone = "+8613812347004";
    let signup = |sb: &Sandbox| {
        sb.cmd(&["signup", "--phone", phone, "--json"])
            .env("LANG", "zh_CN.UTF-8")
            .run()
    };
    signup(&sb).exit(10);
    let run = signup(&sb).exit(7);
    assert_eq!(
        run.json()["error"]["code"],
        "rate_limited",
        "{}",
        run.dump()
    );
    let message = run.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(message.starts_with("验证码刚刚已发送；"), "{}", run.dump());
    assert!(!message.contains("。."), "{}", run.dump());
}
