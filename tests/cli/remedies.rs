//! Every refusal a command helps with carries that command as `remedy` in the
//! `--json` error object (CLI.md), naming `--profile`/`--server` when they are
//! not the defaults — each from a real scenario against a real acctd.

use serde_json::Value;

use crate::support::{Sandbox, PASSWORD};

fn remedy(run: &crate::support::Run) -> String {
    let e: &Value = &run.json()["error"];
    e["remedy"]
        .as_str()
        .unwrap_or_else(|| panic!("no remedy: {}", run.dump()))
        .to_string()
}

/// A password sign-in locked after wrong passwords: sign in with a code instead,
/// in the same profile on the same server; a code sign-in is pointed at a reset.
#[test]
fn a_locked_login_suggests_a_code_sign_in_in_that_profile_and_server() {
    let sb = Sandbox::with_config(|c| {
        c.limits.lockout_free_failures = 1;
        c.limits.lockout_base_delay = 300;
    });
    let account = sb.signup("+8613812345791");
    let url = sb.url();
    let mut locked = None;
    for _ in 0..3 {
        let run = sb
            .cmd(&[
                "--profile",
                "second",
                "--server",
                &url,
                "login",
                &account,
                "--password-stdin",
                "--json",
            ])
            .stdin("wrong-password-1\n")
            .run();
        if run.status == 7 {
            locked = Some(run);
            break;
        }
        run.exit(6);
    }
    let run = locked.expect("login never locked");
    assert_eq!(run.json()["error"]["code"], "login_locked");
    assert_eq!(
        remedy(&run),
        format!("acctl --profile second --server {url} login {account} --sms")
    );
    assert!(
        run.stderr.contains("try: acctl --profile second"),
        "{}",
        run.dump()
    );
}

/// A code asked for again too soon: a signed-in profile is pointed at `acctl
/// limits`; one that is not signed in gets the same command to run after the wait.
#[test]
fn a_rate_limited_code_points_at_limits_or_the_same_command() {
    let sb = Sandbox::new();
    let phone = "+8613812345792";
    sb.signup(phone);
    // Past the sign-up code's resend cooldown (another fix lifts it once a code is used).
    sb.server().advance(61);
    sb.pending_sms_login("fresh", phone);
    let again = sb
        .cmd(&[
            "--profile",
            "fresh",
            "login",
            phone,
            "--sms",
            "--no-input",
            "--json",
        ])
        .run()
        .exit(7);
    assert_eq!(
        again.json()["error"]["code"],
        "rate_limited",
        "{}",
        again.dump()
    );
    assert_eq!(
        remedy(&again),
        format!("acctl --profile fresh login {phone} --sms --no-input --json")
    );
    let signed_in = sb
        .cmd(&["login", phone, "--sms", "--no-input", "--json"])
        .run()
        .exit(7);
    assert_eq!(remedy(&signed_in), "acctl limits");
}

/// An expired flow: `continue` names the command that starts it again.
#[test]
fn an_expired_flow_names_the_command_that_starts_it_again() {
    let sb = Sandbox::new();
    let phone = "+8613812345793";
    sb.signup(phone);
    sb.server().advance(61);
    let pending = sb.pending_sms_login("p2", phone);
    let flow = pending.json()["flow_id"].as_str().unwrap().to_string();
    let code = sb.code_for(phone);
    sb.server().advance(31 * 60);
    let run = sb
        .cmd(&["continue", &flow, "--code", &code, "--json"])
        .run();
    let err = run.json()["error"].clone();
    assert!(
        ["flow_expired", "code_expired", "flow_not_found"].contains(&err["code"].as_str().unwrap()),
        "{}",
        run.dump()
    );
    let r = remedy(&run);
    assert!(
        r == "acctl --profile p2 login LOGIN --sms",
        "{r}: {}",
        run.dump()
    );
    assert!(!r.contains(&code), "no code in a remedy");
}

/// A refused password: the same command again (the password typed anew).
#[test]
fn a_weak_password_suggests_the_same_command_again() {
    let sb = Sandbox::new();
    let run = sb
        .cmd(&[
            "signup",
            "--phone",
            "+8613812345794",
            "--password-stdin",
            "--json",
        ])
        .stdin("short\n")
        .run()
        .exit(6);
    assert_eq!(
        run.json()["error"]["code"],
        "weak_password",
        "{}",
        run.dump()
    );
    assert_eq!(
        remedy(&run),
        "acctl signup --phone +8613812345794 --password-stdin --json"
    );
    let _ = PASSWORD;
}

/// An unknown ticket (or the wrong status secret): check both with `recover status`.
#[test]
fn an_unknown_ticket_points_at_recover_status_with_the_secret() {
    let sb = Sandbox::new();
    let run = sb
        .cmd(&[
            "recover",
            "status",
            "T0123456789ab",
            "--status-secret-stdin",
            "--json",
        ])
        .stdin("not-the-secret\n")
        .run()
        .exit(5);
    assert_eq!(
        remedy(&run),
        "acctl recover status T0123456789ab --status-secret-stdin"
    );
}
