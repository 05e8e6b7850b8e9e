//! `acctl password change`, `acctl phone change`, `acctl email set | verify`,
//! scripted (stdin, --no-input, continue) against a real acctd.

use serde_json::Value;

use crate::support::{Sandbox, PASSWORD};

pub const NEW_PASSWORD: &str = "amber-Falcon-2026";

fn passwords(old: &str, new: &str) -> String {
    format!("{old}\n{new}\n")
}

#[test]
fn password_change_keeps_this_device_and_signs_out_the_others() {
    let sb = Sandbox::new();
    let phone = "+8613812345721";
    let account = sb.signup(phone);
    sb.login("work", phone);
    let run = sb
        .cmd(&["password", "change", "--passwords-stdin", "--json"])
        .stdin(&passwords(PASSWORD, NEW_PASSWORD))
        .run()
        .ok();
    assert_eq!(run.json()["changed"], true);
    assert!(
        run.stderr.contains("Every other device was signed out"),
        "{}",
        run.dump()
    );
    // This device's new tokens were saved; the other device is signed out.
    sb.cmd(&["whoami"]).run().ok();
    sb.cmd(&["token"]).run().ok();
    sb.cmd(&["--profile", "work", "whoami"]).run().exit(3);
    sb.cmd(&["--profile", "other", "login", &account, "--password-stdin"])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .exit(6);
    sb.cmd(&["--profile", "other", "login", &account, "--password-stdin"])
        .stdin(&format!("{NEW_PASSWORD}\n"))
        .run()
        .ok();
}

#[test]
fn password_change_refuses_bad_input() {
    let sb = Sandbox::new();
    sb.signup("+8613812345722");
    // Wrong current password: exit 6, and it counts toward the lockout.
    sb.cmd(&["password", "change", "--passwords-stdin"])
        .stdin(&passwords("wrong-Password-1", NEW_PASSWORD))
        .run()
        .exit(6);
    let limits = sb.cmd(&["limits", "--json"]).run().ok().json();
    assert_eq!(limits["password"]["consecutive_failures"], 1, "{limits}");
    // The same password again, and a common one: the rule broken is named.
    sb.cmd(&["password", "change", "--passwords-stdin"])
        .stdin(&passwords(PASSWORD, PASSWORD))
        .run()
        .exit(6)
        .stderr_has("same as the current");
    let weak = sb
        .cmd(&["password", "change", "--passwords-stdin", "--json"])
        .stdin(&passwords(PASSWORD, "password123"))
        .run()
        .exit(6);
    assert_eq!(weak.json()["error"]["code"], "weak_password");
    // One line only; nothing on stdin; prompting off without the flag.
    sb.cmd(&["password", "change", "--passwords-stdin"])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .exit(10)
        .stderr_has("two lines");
    sb.cmd(&["password", "change"])
        .run()
        .exit(10)
        .stderr_has("--passwords-stdin");
    sb.cmd(&["whoami"]).run().ok();
}

#[test]
fn an_account_without_a_password_is_sent_to_recovery() {
    let sb = Sandbox::new();
    let phone = "+8613812345723";
    let run = sb
        .cmd(&["signup", "--phone", phone, "--json"])
        .run()
        .exit(10);
    let flow = run.json()["flow_id"].as_str().unwrap().to_string();
    let code = sb.code_for(phone);
    sb.cmd(&["continue", &flow, "--code", &code]).run().ok();
    sb.cmd(&["password", "change", "--passwords-stdin"])
        .stdin(&passwords("x", NEW_PASSWORD))
        .run()
        .exit(6)
        .stderr_has("acctl recover password");
}

fn whoami(sb: &Sandbox) -> Value {
    sb.cmd(&["whoami", "--json"]).run().ok().json()
}

#[test]
fn phone_change_takes_a_code_to_each_number() {
    let sb = Sandbox::with_config(|c| c.limits.code_resend_cooldown = 0);
    let (old, new) = ("+8613812345724", "+8613912345724");
    sb.signup(old);
    let first = sb
        .cmd(&["phone", "change", new, "--no-input", "--json"])
        .run()
        .exit(10)
        .json();
    assert_eq!(first["kind"], "phone_change");
    assert_eq!(first["awaiting"], "code");
    assert!(first["sent_to"].as_str().unwrap().ends_with("5724"));
    let flow = first["flow_id"].as_str().unwrap().to_string();
    let second = sb
        .cmd(&["continue", &flow, "--code", &sb.code_for(old), "--json"])
        .run()
        .exit(10)
        .json();
    assert_eq!(second["awaiting"], "code");
    // The first code again is not the new phone's code.
    sb.cmd(&["continue", &flow, "--code", &sb.code_for(old)])
        .run()
        .exit(6);
    let code = sb.code_for(new);
    sb.cmd(&["continue", &flow, "--code", &code])
        .run()
        .ok()
        .stderr_has("Phone changed");
    let me = whoami(&sb);
    assert!(me["phone"].as_str().unwrap().starts_with("+86"), "{me}");
    sb.login("work", new);
}

#[test]
fn phone_change_refuses_bad_same_and_taken_numbers_before_any_code() {
    let sb = Sandbox::with_config(|c| c.limits.code_resend_cooldown = 0);
    let (mine, theirs) = ("+8613812345725", "+8613912345725");
    sb.signup(theirs);
    sb.cmd(&["logout"]).run().ok();
    sb.signup(mine);
    let sent = sb.count_codes(mine);
    // Malformed: refused locally (no server needed to say so).
    sb.cmd(&["phone", "change", "12345"])
        .run()
        .exit(6)
        .stderr_has("E.164");
    sb.cmd(&["phone", "change", mine])
        .run()
        .exit(6)
        .stderr_has("already your phone");
    sb.cmd(&["phone", "change", theirs, "--json"])
        .run()
        .exit(6)
        .stdout_has("phone_taken");
    assert_eq!(sb.count_codes(mine), sent, "no code was sent");
    sb.cmd(&["phone", "change", theirs, "--via", "fax"])
        .run()
        .exit(2);
}

fn link_for(sb: &Sandbox, to: &str) -> String {
    sb.server().settle();
    let path = sb.server().dir.join("courier.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .rev()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|m| m["to"] == to && m["link"].is_string())
        .and_then(|m| m["link"].as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("no link for {to}:\n{text}"))
}

#[test]
fn email_set_sends_a_link_and_verify_confirms_it_once() {
    let sb = Sandbox::new();
    sb.signup("+8613812345726");
    let pending = sb
        .cmd(&["email", "set", "Ann@Example.com", "--json"])
        .run()
        .exit(10);
    let p = pending.json();
    assert_eq!(p["kind"], "email_change");
    assert_eq!(p["awaiting"], "confirmation");
    assert_eq!(p["sent_to"], "a•••@example.com");
    assert!(
        pending.stderr.contains("acctl email verify LINK"),
        "{}",
        pending.dump()
    );
    // `continue` says the same: the link finishes it.
    sb.cmd(&["continue", p["flow_id"].as_str().unwrap()])
        .run()
        .exit(10)
        .stderr_has("acctl email verify");
    let link = link_for(&sb, "ann@example.com");
    sb.cmd(&["email", "verify", &link, "--json"])
        .run()
        .ok()
        .stdout_has("\"verified\": true");
    assert_eq!(whoami(&sb)["email_verified"], true);
    sb.cmd(&["email", "verify", &link])
        .run()
        .exit(6)
        .stderr_has("already used");
    sb.cmd(&["email", "verify", "nonsense"]).run().exit(6);
    sb.cmd(&["email", "set", "not-an-address"])
        .run()
        .exit(6)
        .stderr_has("name@example.com");
}

#[test]
fn an_expired_email_link_says_to_ask_again() {
    let sb = Sandbox::new();
    sb.signup("+8613812345727");
    sb.cmd(&["email", "set", "bob@example.com"]).run().exit(10);
    let link = link_for(&sb, "bob@example.com");
    let token = link.split("t=").nth(1).unwrap().to_string();
    sb.server().advance(24 * 3600 + 1);
    sb.cmd(&["email", "verify", &token])
        .run()
        .exit(6)
        .stderr_has("acctl email set");
}

/// SECURITY.md 7: a session opened by a text-message code still needs the current
/// password to change it; a wrong one is refused (exit 6) and nothing changes.
#[test]
fn password_change_after_a_code_sign_in_needs_the_current_password() {
    let sb = Sandbox::with_config(|c| c.limits.code_resend_cooldown = 0);
    let phone = "+8613812345728";
    sb.signup(phone);
    let pending = sb
        .cmd(&["--profile", "sms", "login", phone, "--sms", "--json"])
        .run()
        .exit(10)
        .json();
    let flow = pending["flow_id"].as_str().unwrap().to_string();
    sb.cmd(&["continue", &flow, "--code", &sb.code_for(phone)])
        .run()
        .ok();
    sb.cmd(&[
        "--profile",
        "sms",
        "password",
        "change",
        "--passwords-stdin",
    ])
    .stdin(&passwords("wrong-Password-1", NEW_PASSWORD))
    .run()
    .exit(6);
    sb.cmd(&[
        "--profile",
        "sms",
        "password",
        "change",
        "--passwords-stdin",
    ])
    .stdin(&passwords(PASSWORD, NEW_PASSWORD))
    .run()
    .ok();
    sb.cmd(&["--profile", "other", "login", phone, "--password-stdin"])
        .stdin(&format!("{NEW_PASSWORD}\n"))
        .run()
        .ok();
}
