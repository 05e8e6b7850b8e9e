//! `acctl 2sv …` against a real acctd (TOTP codes computed here at the test
//! server's clock), and the terminal journeys of `2sv enable` and
//! `password change` through a real pseudo-terminal.

use std::time::Duration;

use acctd::Clock;
use expectrl::{Regex, Session};

use crate::credentials::NEW_PASSWORD;
use crate::support::{Sandbox, PASSWORD};

pub fn totp(sb: &Sandbox, secret: &str) -> String {
    let seed = totp_rs::Secret::Encoded(secret.to_string())
        .to_bytes()
        .unwrap();
    totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, seed)
        .unwrap()
        .generate(sb.server().clock.now() as u64)
}

/// Enrols by script; returns (secret, recovery codes).
pub fn enrol(sb: &Sandbox) -> (String, Vec<String>) {
    let p = sb
        .cmd(&["2sv", "enable", "--json", "--no-input"])
        .run()
        .exit(10)
        .json();
    assert_eq!(p["kind"], "totp_enroll");
    assert_eq!(p["awaiting"], "totp");
    assert!(p["uri"].as_str().unwrap().starts_with("otpauth://totp/"));
    let secret = p["secret"].as_str().unwrap().to_string();
    let flow = p["flow_id"].as_str().unwrap().to_string();
    let code = totp(sb, &secret);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    sb.cmd(&["continue", &flow, "--totp", wrong]).run().exit(6);
    let done = sb
        .cmd(&["continue", &flow, "--totp", &code, "--json"])
        .run()
        .ok();
    assert!(done.stderr.contains("not shown again"), "{}", done.dump());
    let codes: Vec<String> = done.json()["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

#[test]
fn scripted_enrolment_recovery_codes_and_disable() {
    let sb = Sandbox::new();
    let phone = "+8613812345731";
    let account = sb.signup(phone);
    sb.cmd(&["2sv", "status", "--json"])
        .run()
        .ok()
        .stdout_has("\"enabled\": false");
    let (secret, codes) = enrol(&sb);
    let status = sb.cmd(&["2sv", "status", "--json"]).run().ok().json();
    assert_eq!(status["enabled"], true);
    assert_eq!(status["recovery_codes_left"], 10);
    sb.cmd(&["2sv", "enable", "--no-input"])
        .run()
        .exit(6)
        .stderr_has("already on");
    // A recovery code signs in once; used again it is refused.
    let login = |code: &str| {
        sb.cmd(&[
            "--profile",
            "work",
            "login",
            &account,
            "--password-stdin",
            "--totp",
            code,
        ])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
    };
    login(&codes[0]).ok();
    login(&codes[0]).exit(6);
    // Stale sign-in: new codes need a TOTP code, and the password in the same request.
    sb.server().advance(11 * 60);
    let fresh = sb
        .cmd(&[
            "2sv",
            "recovery-codes",
            "--password-stdin",
            "--totp",
            &totp(&sb, &secret),
            "--json",
        ])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .ok()
        .json();
    assert_eq!(fresh["recovery_codes"].as_array().unwrap().len(), 10);
    sb.server().advance(11 * 60);
    // A wrong code (not 6 digits: taken as a recovery code): refused, 2SV stays on.
    sb.cmd(&["2sv", "disable", "--password-stdin", "--totp", "12345x"])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .exit(6);
    sb.server().advance(31);
    sb.cmd(&[
        "2sv",
        "disable",
        "--password-stdin",
        "--totp",
        &totp(&sb, &secret),
    ])
    .stdin(&format!("{PASSWORD}\n"))
    .run()
    .ok()
    .stderr_has("is off");
    sb.cmd(&["2sv", "status"])
        .run()
        .ok()
        .stdout_has("acctl 2sv enable");
    sb.cmd(&["2sv", "disable"])
        .run()
        .exit(6)
        .stderr_has("already off");
}

/// With 2SV on, a password change needs the password and a code (re-auth).
#[test]
fn password_change_with_two_step_asks_for_the_code() {
    let sb = Sandbox::new();
    sb.signup("+8613812345732");
    let (secret, _) = enrol(&sb);
    sb.server().advance(11 * 60);
    sb.cmd(&["password", "change", "--passwords-stdin"])
        .stdin(&format!("{PASSWORD}\n{NEW_PASSWORD}\n"))
        .run()
        .exit(10)
        .stderr_has("--totp");
    sb.server().advance(31);
    sb.cmd(&[
        "password",
        "change",
        "--passwords-stdin",
        "--totp",
        &totp(&sb, &secret),
    ])
    .stdin(&format!("{PASSWORD}\n{NEW_PASSWORD}\n"))
    .run()
    .ok();
    sb.cmd(&["whoami"]).run().ok();
}

pub fn spawn(sb: &Sandbox, args: &[&str]) -> Session {
    let cmd = sb.cmd(args).cmd;
    let mut s = Session::spawn(cmd).expect("spawn acctl in a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

pub fn exit_code(s: &mut Session) -> i32 {
    let _ = s.expect(expectrl::Eof);
    match s.get_process().wait().expect("wait") {
        expectrl::WaitStatus::Exited(_, code) => code,
        other => panic!("acctl did not exit normally: {other:?}"),
    }
}

#[test]
fn interactive_two_step_enable_shows_a_qr_code_and_asks_for_a_code() {
    let sb = Sandbox::new();
    sb.signup("+8613812345733");
    let mut s = spawn(&sb, &["2sv", "enable"]);
    s.expect("Scan this with your authenticator app").unwrap();
    s.expect("▀").unwrap();
    let found = s
        .expect(Regex("Secret \\(to type it in\\): ([A-Z2-7]+)"))
        .unwrap();
    let secret = String::from_utf8_lossy(found.get(1).unwrap()).to_string();
    s.expect("otpauth://totp/").unwrap();
    s.expect("Two-step verification code").unwrap();
    let code = totp(&sb, &secret);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    // A typo is refused and asked again.
    s.send_line(wrong).unwrap();
    s.expect("Two-step verification code").unwrap();
    s.send_line(&code).unwrap();
    s.expect("Recovery codes").unwrap();
    assert_eq!(exit_code(&mut s), 0);
    let status = sb.cmd(&["2sv", "status", "--json"]).run().ok().json();
    assert_eq!(status["enabled"], true);
}

#[test]
fn interactive_password_change_asks_again_on_a_mismatch() {
    let sb = Sandbox::new();
    let phone = "+8613812345734";
    sb.signup(phone);
    sb.login("work", phone);
    let mut s = spawn(&sb, &["password", "change"]);
    s.expect("Current password").unwrap();
    s.send_line(PASSWORD).unwrap();
    s.expect("New password").unwrap();
    s.send_line(NEW_PASSWORD).unwrap();
    s.expect("New password again").unwrap();
    s.send_line("something-Else-99").unwrap();
    s.expect("did not match").unwrap();
    s.expect("New password").unwrap();
    s.send_line(NEW_PASSWORD).unwrap();
    s.expect("New password again").unwrap();
    s.send_line(NEW_PASSWORD).unwrap();
    s.expect("Every other device was signed out").unwrap();
    assert_eq!(exit_code(&mut s), 0);
    sb.cmd(&["whoami"]).run().ok();
    sb.cmd(&["--profile", "work", "whoami"]).run().exit(3);
}

#[test]
fn interactive_password_change_gives_up_after_three_mismatches() {
    let sb = Sandbox::new();
    sb.signup("+8613812345735");
    let mut s = spawn(&sb, &["password", "change"]);
    s.expect("Current password").unwrap();
    s.send_line(PASSWORD).unwrap();
    for i in 0..3 {
        s.expect("New password").unwrap();
        s.send_line(NEW_PASSWORD).unwrap();
        s.expect("New password again").unwrap();
        s.send_line(format!("other-Password-{i}")).unwrap();
    }
    s.expect("nothing changed").unwrap();
    assert_eq!(exit_code(&mut s), 6);
    sb.cmd(&[
        "--profile",
        "other",
        "login",
        "+8613812345735",
        "--password-stdin",
    ])
    .stdin(&format!("{PASSWORD}\n"))
    .run()
    .ok();
}

/// PRODUCT.md "Credential changes": 2SV off and new codes need the authenticator;
/// a script without one is told which flag gives it (exit 10), and nothing changes.
#[test]
fn two_step_changes_without_a_code_name_the_flags() {
    let sb = Sandbox::new();
    sb.signup("+8613812345736");
    enrol(&sb);
    for args in [&["2sv", "disable"][..], &["2sv", "recovery-codes"][..]] {
        let mut all = args.to_vec();
        all.push("--json");
        let run = sb.cmd(&all).run().exit(10);
        assert!(
            run.stderr.contains("--totp") && run.stderr.contains("--recovery-code"),
            "{}",
            run.dump()
        );
        assert_eq!(run.json()["error"]["code"], "input_required");
    }
    let status = sb.cmd(&["2sv", "status", "--json"]).run().ok().json();
    assert_eq!(status["enabled"], true);
    assert_eq!(status["recovery_codes_left"], 10);
    sb.cmd(&[
        "2sv",
        "disable",
        "--totp",
        "123456",
        "--recovery-code",
        "1a2b3-c4d5e",
    ])
    .run()
    .exit(2);
}

/// SECURITY.md 22: from a stale sign-in, a recovery code alone does not turn 2SV
/// off; the password is asked for (exit 10 naming --password-stdin), and the code is
/// still good afterwards because nothing was checked before the re-auth.
#[test]
fn two_step_disable_from_a_stale_sign_in_needs_the_password_too() {
    let sb = Sandbox::new();
    sb.signup("+8613812345737");
    let (_, codes) = enrol(&sb);
    sb.server().advance(11 * 60);
    sb.cmd(&["2sv", "disable", "--recovery-code", &codes[0]])
        .run()
        .exit(10)
        .stderr_has("--password-stdin");
    sb.cmd(&[
        "2sv",
        "disable",
        "--recovery-code",
        &codes[0],
        "--password-stdin",
    ])
    .stdin(&format!("{PASSWORD}\n"))
    .run()
    .ok()
    .stderr_has("is off");
}

/// With 2SV on, a password change takes a recovery code instead of the authenticator.
#[test]
fn password_change_with_two_step_takes_a_recovery_code() {
    let sb = Sandbox::new();
    sb.signup("+8613812345738");
    let (_, codes) = enrol(&sb);
    sb.cmd(&[
        "password",
        "change",
        "--passwords-stdin",
        "--recovery-code",
        &codes[0],
    ])
    .stdin(&format!("{PASSWORD}\n{NEW_PASSWORD}\n"))
    .run()
    .ok();
    let status = sb.cmd(&["2sv", "status", "--json"]).run().ok().json();
    assert_eq!(status["recovery_codes_left"], 9);
}

/// On a terminal, `2sv disable` asks to confirm, then for the code (again after a typo).
#[test]
fn interactive_two_step_disable_confirms_and_asks_for_the_code() {
    let sb = Sandbox::new();
    sb.signup("+8613812345739");
    let (secret, _) = enrol(&sb);
    let mut s = spawn(&sb, &["2sv", "disable"]);
    s.expect("Turn two-step verification off?").unwrap();
    s.send_line("n").unwrap();
    s.expect("stays on").unwrap();
    assert_eq!(exit_code(&mut s), 6);
    sb.server().advance(30);
    let mut s = spawn(&sb, &["2sv", "disable"]);
    s.expect("Turn two-step verification off?").unwrap();
    s.send_line("y").unwrap();
    s.expect("Two-step verification code").unwrap();
    let code = totp(&sb, &secret);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    s.send_line(wrong).unwrap();
    s.expect("Two-step verification code").unwrap();
    s.send_line(&code).unwrap();
    s.expect("is off").unwrap();
    assert_eq!(exit_code(&mut s), 0);
}

/// On a terminal, a password change with 2SV on asks for the code after the passwords.
#[test]
fn interactive_password_change_with_two_step_asks_for_the_code() {
    let sb = Sandbox::new();
    sb.signup("+8613812345740");
    let (secret, _) = enrol(&sb);
    sb.server().advance(30);
    let mut s = spawn(&sb, &["password", "change"]);
    s.expect("Current password").unwrap();
    s.send_line(PASSWORD).unwrap();
    s.expect("New password").unwrap();
    s.send_line(NEW_PASSWORD).unwrap();
    s.expect("New password again").unwrap();
    s.send_line(NEW_PASSWORD).unwrap();
    s.expect("Two-step verification code").unwrap();
    s.send_line(totp(&sb, &secret)).unwrap();
    s.expect("Every other device was signed out").unwrap();
    assert_eq!(exit_code(&mut s), 0);
}
