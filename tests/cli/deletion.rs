//! `acctl account delete`: code, confirmation, the local session cleared; a
//! wrong confirmation deletes nothing; a re-auth window that closes mid-flow
//! is re-opened in line.

use crate::support::{Sandbox, PASSWORD};

fn start(sb: &Sandbox, extra: &[&str]) -> (String, crate::support::Run) {
    let mut args = vec!["account", "delete", "--no-input", "--json"];
    args.extend_from_slice(extra);
    let run = sb.cmd(&args).run().exit(10);
    let p = run.json();
    assert_eq!(p["kind"], "delete_account");
    assert_eq!(p["awaiting"], "code");
    (p["flow_id"].as_str().unwrap().to_string(), run)
}

#[test]
fn scripted_deletion_with_yes_clears_the_session_for_good() {
    let sb = Sandbox::with_config(|c| c.limits.code_resend_cooldown = 0);
    let phone = "+8613812345711";
    let account = sb.signup(phone);
    let (flow, run) = start(&sb, &["--yes"]);
    // `--yes` carries over: the printed continue needs only the code.
    assert!(
        run.stderr
            .contains(&format!("acctl continue {flow} --code CODE")),
        "{}",
        run.dump()
    );
    let code = sb.code_for(phone);
    let done = sb
        .cmd(&["continue", &flow, "--code", &code, "--json"])
        .run()
        .ok();
    assert_eq!(done.json()["deleted"], true);
    assert!(done.stderr.contains("deleted for good"), "{}", done.dump());
    sb.cmd(&["whoami"]).run().exit(3);
    sb.cmd(&["--profile", "other", "login", &account, "--password-stdin"])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .exit(6);
}

#[test]
fn wrong_confirmation_deletes_nothing() {
    let sb = Sandbox::with_config(|c| c.limits.code_resend_cooldown = 0);
    let phone = "+8613812345712";
    let account = sb.signup(phone);
    let (flow, _) = start(&sb, &[]);
    let code = sb.code_for(phone);
    // The code alone: the confirmation is still needed (exit 10 names --confirm).
    sb.cmd(&["continue", &flow, "--code", &code])
        .run()
        .exit(10)
        .stderr_has("--confirm ACCOUNT_ID");
    sb.cmd(&["continue", &flow, "--confirm", "11111111"])
        .run()
        .exit(6)
        .stderr_has("nothing was deleted");
    let me = sb.cmd(&["whoami", "--json"]).run().ok().json();
    assert_eq!(me["account_id"], account.as_str());
    // A wrong code is refused too.
    sb.cmd(&["account", "delete", "--code", "000000x", "--yes"])
        .run()
        .exit(6);
    sb.cmd(&["whoami"]).run().ok();
}

#[test]
fn reauth_window_closing_mid_flow_is_reopened_in_line() {
    let sb = Sandbox::with_config(|c| c.limits.code_resend_cooldown = 0);
    let phone = "+8613812345713";
    let account = sb.signup(phone);
    let (flow, _) = start(&sb, &[]);
    let code = sb.code_for(phone);
    sb.cmd(&["continue", &flow, "--code", &code]).run().exit(10);
    sb.server().advance(11 * 60);
    // Prompting off and no password: the re-auth step is the pending one.
    let pending = sb
        .cmd(&["continue", &flow, "--confirm", &account, "--json"])
        .run()
        .exit(10);
    assert_eq!(pending.json()["kind"], "reauth");
    let done = sb
        .cmd(&[
            "continue",
            &flow,
            "--confirm",
            &account,
            "--password-stdin",
            "--json",
        ])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .ok();
    assert_eq!(done.json()["deleted"], true);
}

#[test]
fn deletion_needs_a_sign_in_and_valid_flags() {
    let sb = Sandbox::new();
    sb.cmd(&["account", "delete", "--yes"]).run().exit(3);
    sb.cmd(&["account", "delete", "--via", "pigeon"])
        .run()
        .exit(2);
    sb.cmd(&["account", "delete", "--yes", "--confirm", "12345678"])
        .run()
        .exit(2);
}

/// On a terminal: the code, then the account ID typed; a typo is asked again.
#[test]
fn interactive_deletion_asks_for_the_code_and_the_account_id() {
    use crate::two_step_enrol::{exit_code, spawn};
    let sb = Sandbox::with_config(|c| c.limits.code_resend_cooldown = 0);
    let phone = "+8613812345714";
    let account = sb.signup(phone);
    let mut s = spawn(&sb, &["account", "delete"]);
    s.expect("cannot be recovered").unwrap();
    s.expect("Code").unwrap();
    s.send_line(sb.code_for(phone)).unwrap();
    s.expect("Type the account ID").unwrap();
    s.send_line("11111111").unwrap();
    s.expect("nothing was deleted").unwrap();
    s.expect("Type the account ID").unwrap();
    s.send_line(&account).unwrap();
    s.expect("deleted for good").unwrap();
    assert_eq!(exit_code(&mut s), 0);
    sb.cmd(&["whoami"]).run().exit(3);
}
