//! `acctl recover`: forgot password from a known device (at once) and from an
//! unknown network (waits; early finish is exit 7; the owner cancels; it
//! completes after the delay), find my ID, and bad input.

use crate::support::{Sandbox, PASSWORD};

const NEW_PASSWORD: &str = "amber-Falcon-2026";
/// Another loopback address: "a network this account never signed in from".
const STRANGER: &str = "127.0.0.2";

fn sandbox() -> Sandbox {
    Sandbox::with_config(|c| {
        c.limits.code_resend_cooldown = 0;
        c.limits.recovery_delay = 3600;
    })
}

/// `recover password` scripted through `continue`; returns the last run.
fn reset(sb: &Sandbox, profile: &str, phone: &str, from: &str) -> crate::support::Run {
    let start = sb
        .cmd(&[
            "--profile",
            profile,
            "recover",
            "password",
            phone,
            "--no-input",
            "--json",
        ])
        .env("ACCTL_TEST_LOCAL_ADDR", from)
        .run()
        .exit(10);
    let p = start.json();
    assert_eq!(p["kind"], "password_reset");
    assert_eq!(p["awaiting"], "code");
    let flow = p["flow_id"].as_str().unwrap().to_string();
    let code = sb.code_for(phone);
    let step = sb
        .cmd(&["continue", &flow, "--code", &code, "--json"])
        .env("ACCTL_TEST_LOCAL_ADDR", from)
        .run()
        .exit(10);
    assert_eq!(step.json()["awaiting"], "new_password");
    assert!(step.stderr.contains("--password-stdin"), "{}", step.dump());
    sb.cmd(&["continue", &flow, "--password-stdin", "--json"])
        .env("ACCTL_TEST_LOCAL_ADDR", from)
        .stdin(&format!("{NEW_PASSWORD}\n"))
        .run()
}

#[test]
fn forgot_password_from_a_known_device_completes_at_once_and_signs_out_everywhere() {
    let sb = sandbox();
    let phone = "+8613812345801";
    let account = sb.signup(phone);
    // Another network, but this machine holds a device of the account (by ID).
    let start = sb
        .cmd(&["recover", "password", &account, "--no-input", "--json"])
        .env("ACCTL_TEST_LOCAL_ADDR", STRANGER)
        .run()
        .exit(10);
    let flow = start.json()["flow_id"].as_str().unwrap().to_string();
    let code = sb.code_for(phone);
    let done = sb
        .cmd(&[
            "continue",
            &flow,
            "--code",
            &code,
            "--password-stdin",
            "--json",
        ])
        .env("ACCTL_TEST_LOCAL_ADDR", STRANGER)
        .stdin(&format!("{NEW_PASSWORD}\n"))
        .run()
        .ok()
        .stderr_has("Every device of the account was signed out");
    assert_eq!(done.json()["status"], "complete");
    sb.cmd(&["whoami"]).run().exit(3);
    sb.cmd(&["--profile", "work", "login", phone, "--password-stdin"])
        .stdin(&format!("{NEW_PASSWORD}\n"))
        .run()
        .ok();
}

#[test]
fn forgot_password_from_an_unknown_network_waits_can_be_cancelled_and_completes_later() {
    let sb = sandbox();
    let phone = "+8613812345802";
    sb.signup(phone);
    // "other" holds no device of the account, and 127.0.0.2 never signed in.
    let waiting = reset(&sb, "other", phone, STRANGER).ok();
    let w = waiting.json();
    assert_eq!(w["status"], "waiting", "{}", waiting.dump());
    assert!(w["wait_until"].is_string());
    assert!(
        waiting.stderr.contains("acctl recover cancel"),
        "{}",
        waiting.dump()
    );
    let flow = w["flow_id"].as_str().unwrap().to_string();
    // Too early: exit 7, saying until when.
    let early = sb
        .cmd(&["continue", &flow, "--json"])
        .run()
        .exit(7)
        .stderr_has("completes at");
    assert!(early.json()["error"]["retry_after"].as_u64().unwrap() > 3000);
    let st = sb.cmd(&["recover", "status", &flow, "--json"]).run().ok();
    assert_eq!(st.json()["status"], "waiting");
    // The owner cancels from the signed-in device; a second cancel has nothing to cancel.
    sb.cmd(&["recover", "cancel"])
        .run()
        .ok()
        .stderr_has("Cancelled");
    sb.cmd(&["recover", "cancel"])
        .run()
        .exit(5)
        .stderr_has("nothing to cancel");
    sb.cmd(&["recover", "status", &flow]).run().exit(5);
    sb.cmd(&["whoami"]).run().ok();

    // Not cancelled this time: after the delay `recover status` finishes it.
    let again = reset(&sb, "other", phone, STRANGER).ok();
    let flow = again.json()["flow_id"].as_str().unwrap().to_string();
    sb.server().advance(3601);
    let done = sb.cmd(&["recover", "status", &flow, "--json"]).run().ok();
    assert_eq!(done.json()["status"], "complete", "{}", done.dump());
    sb.cmd(&["whoami"]).run().exit(3);
}

#[test]
fn find_my_id_answers_the_same_either_way_and_refuses_malformed_contacts() {
    let sb = sandbox();
    let phone = "+8613812345803";
    sb.signup(phone);
    let known = sb
        .cmd(&["recover", "id", "--phone", phone, "--json"])
        .run()
        .ok();
    let unknown = sb
        .cmd(&["recover", "id", "--phone", "+8613700000000", "--json"])
        .run()
        .ok();
    assert_eq!(known.stdout, unknown.stdout);
    sb.cmd(&["recover", "id", "--phone", "123"]).run().exit(6);
    sb.cmd(&["recover", "id", "--email", "not-an-email"])
        .run()
        .exit(6);
    sb.cmd(&["recover", "id"]).run().exit(2);
}

#[test]
fn recover_bad_input() {
    let sb = sandbox();
    let phone = "+8613812345804";
    sb.signup(phone);
    // Nothing pending: exit 5 with a clear message.
    sb.cmd(&["recover", "cancel"])
        .run()
        .exit(5)
        .stderr_has("no pending recovery");
    // Not a login: refused locally.
    sb.cmd(&["recover", "password", "12ab"]).run().exit(6);
    // Evidence that is not JSON: exit 2 with line and column.
    let bad = sb.dir.path().join("evidence.json");
    std::fs::write(&bad, "{\n  \"devices\": [\"ThinkPad\",]\n}\n").unwrap();
    sb.cmd(&[
        "recover",
        "ticket",
        phone,
        "--contact-email",
        "me@example.com",
        "--evidence",
        bad.to_str().unwrap(),
    ])
    .run()
    .exit(2)
    .stderr_has("line 2, column");
    // Unknown fields are refused too (a typo must not silently drop evidence).
    sb.cmd(&[
        "recover",
        "ticket",
        phone,
        "--contact-email",
        "me@example.com",
        "--evidence",
        "-",
    ])
    .stdin("{\"device\": [\"x\"]}")
    .run()
    .exit(2)
    .stderr_has("unknown field");
    // A bad month in the file: refused before any code is sent.
    sb.cmd(&[
        "recover",
        "ticket",
        phone,
        "--contact-email",
        "me@example.com",
        "--evidence",
        "-",
    ])
    .stdin("{\"signup_month\": \"March\"}")
    .run()
    .exit(6);
    // No evidence and no terminal: exit 10 naming the flag.
    sb.cmd(&[
        "recover",
        "ticket",
        phone,
        "--contact-email",
        "me@example.com",
    ])
    .run()
    .exit(10)
    .stderr_has("--evidence");
    // Neither a ticket nor a flow ID.
    sb.cmd(&["recover", "status", "nope"]).run().exit(2);
    // A ticket nobody saved a secret for, prompting off.
    sb.cmd(&["recover", "status", "T0123456789ab"])
        .run()
        .exit(10)
        .stderr_has("--status-secret-stdin");
    sb.cmd(&[
        "recover",
        "status",
        "T0123456789ab",
        "--status-secret-stdin",
    ])
    .stdin("acct_ts_wrong\n")
    .run()
    .exit(5);
    let _ = PASSWORD;
}

#[test]
fn interactive_forgot_password_asks_code_and_new_password_twice() {
    let sb = sandbox();
    let phone = "+8613812345805";
    sb.signup(phone);
    let mut s = expectrl::Session::spawn(sb.cmd(&["recover", "password", phone]).cmd).unwrap();
    s.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    s.expect("A code was sent to").unwrap();
    s.expect("Code").unwrap();
    s.send_line(sb.code_for(phone)).unwrap();
    s.expect("New password").unwrap();
    s.send_line(NEW_PASSWORD).unwrap();
    s.expect("Repeat the new password").unwrap();
    s.send_line("something-else-1").unwrap();
    s.expect("differ").unwrap();
    s.expect("New password").unwrap();
    s.send_line(NEW_PASSWORD).unwrap();
    s.expect("Repeat the new password").unwrap();
    s.send_line(NEW_PASSWORD).unwrap();
    s.expect("Password reset").unwrap();
    s.expect(expectrl::Eof).unwrap();
    sb.cmd(&["whoami"]).run().exit(3);
}
