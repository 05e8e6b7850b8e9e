//! `acctl activity`, `acctl devices [sign-out]` and `acctl security check`
//! against a real acctd, including the in-line re-authentication of a stale sign-in.

use crate::support::{Sandbox, PASSWORD};

#[test]
fn activity_lists_newest_first_in_every_format_with_filters() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345701");
    sb.cmd(&["--profile", "other", "login", &account, "--password-stdin"])
        .stdin("wrong-Password-1\n")
        .run()
        .exit(6);
    let all = sb.cmd(&["activity", "--json"]).run().ok().json();
    let items = all.as_array().unwrap();
    assert_eq!(items.len(), 2, "{all}");
    assert_eq!(items[0]["kind"], "sign_in");
    assert_eq!(items[0]["outcome"], "failure");
    assert_eq!(items[0]["reason"], "wrong_password");
    assert_eq!(items[1]["kind"], "sign_up");
    for field in [
        "id",
        "at",
        "kind",
        "outcome",
        "method",
        "ip",
        "device_name",
        "user_agent",
        "reason",
    ] {
        assert!(items[0].get(field).is_some(), "{field} missing in {all}");
    }
    let failed = sb
        .cmd(&["activity", "--failed", "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(failed.as_array().unwrap().len(), 1);
    let kind = sb
        .cmd(&["activity", "--kind", "sign_up", "--since", "1h", "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(kind.as_array().unwrap().len(), 1);
    let one = sb
        .cmd(&["activity", "--limit", "1", "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    let nd = sb.cmd(&["activity", "--all", "-o", "ndjson"]).run().ok();
    let lines: Vec<_> = nd.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", nd.dump());
    for l in lines {
        serde_json::from_str::<serde_json::Value>(l).unwrap();
    }
    // Piped tables are tab-separated with exact times.
    let table = sb.cmd(&["activity"]).run().ok();
    assert!(
        table.stdout.starts_with("when\tevent\toutcome"),
        "{}",
        table.dump()
    );
    assert!(table.stdout.contains("wrong_password"), "{}", table.dump());
    // Nothing in the future: an empty array, and a note on a table.
    let none = sb
        .cmd(&["activity", "--since", "2099-01-01", "--json"])
        .run()
        .ok();
    assert_eq!(none.json(), serde_json::json!([]));
    sb.cmd(&["activity", "--since", "2099-01-01"])
        .run()
        .ok()
        .stderr_has("No activity matches");
}

#[test]
fn activity_refuses_bad_input_with_an_example() {
    let sb = Sandbox::new();
    sb.signup("+8613812345702");
    for args in [
        &["activity", "--since", "yesterday"][..],
        &["activity", "--until", "7y"],
        &["activity", "--since", "2026-13-01"],
    ] {
        sb.cmd(args).run().exit(2).stderr_has("e.g.");
    }
    sb.cmd(&["activity", "--since", "1d", "--until", "7d"])
        .run()
        .exit(2)
        .stderr_has("is not before");
    sb.cmd(&["activity", "--limit", "0"]).run().exit(2);
    sb.cmd(&["activity", "--limit", "5", "--all"]).run().exit(2);
    sb.cmd(&["activity", "-o", "yaml"]).run().exit(2);
    sb.cmd(&["logout"]).run().ok();
    sb.cmd(&["activity"])
        .run()
        .exit(3)
        .stderr_has("acctl login");
}

fn device_id(sb: &Sandbox, profile: &str) -> String {
    let me = sb
        .cmd(&["--profile", profile, "status", "--json"])
        .run()
        .ok()
        .json();
    me["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == profile)
        .and_then(|p| p["device_id"].as_str())
        .unwrap()
        .to_string()
}

#[test]
fn devices_list_and_sign_out_print_receipts() {
    let sb = Sandbox::new();
    let phone = "+8613812345703";
    sb.signup(phone);
    sb.login("work", phone);
    sb.login("other", phone);
    let list = sb.cmd(&["devices", "--json"]).run().ok().json();
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 3, "{list}");
    assert_eq!(items.iter().filter(|d| d["current"] == true).count(), 1);
    for field in [
        "device_id",
        "name",
        "current",
        "created_at",
        "last_seen_at",
        "ip",
        "user_agent",
    ] {
        assert!(items[0].get(field).is_some(), "{field} missing in {list}");
    }
    sb.cmd(&["devices", "list"]).run().ok().stdout_has("*\t");

    let work = device_id(&sb, "work");
    let receipt = sb
        .cmd(&["devices", "sign-out", &work, "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(receipt["signed_out"][0]["device_id"], work.as_str());
    assert_eq!(receipt["signed_out"][0]["ip"], "127.0.0.1");
    sb.cmd(&["--profile", "work", "whoami"])
        .run()
        .exit(3)
        .stderr_has("signed out");

    let human = sb.cmd(&["devices", "sign-out", "--others"]).run().ok();
    assert!(human.stdout.contains("test-host"), "{}", human.dump());
    assert!(
        human.stderr.contains("Signed out 1 device"),
        "{}",
        human.dump()
    );
    sb.cmd(&["devices", "sign-out", "--others"])
        .run()
        .ok()
        .stderr_has("nothing to sign out");

    let all = sb
        .cmd(&["devices", "sign-out", "--all", "--json"])
        .run()
        .ok();
    assert_eq!(all.json()["signed_out"][0]["current"], true);
    assert!(all.stderr.contains("acctl login"), "{}", all.dump());
    sb.cmd(&["whoami"]).run().exit(3);
}

#[test]
fn devices_sign_out_refuses_unknown_devices_and_bad_arguments() {
    let sb = Sandbox::new();
    sb.signup("+8613812345704");
    sb.cmd(&["devices", "sign-out", "no-such-device"])
        .run()
        .exit(5);
    sb.cmd(&["devices", "sign-out"]).run().exit(2);
    sb.cmd(&["devices", "sign-out", "--others", "--all"])
        .run()
        .exit(2);
    sb.cmd(&["devices", "sign-out", "abc", "--others"])
        .run()
        .exit(2);
    sb.cmd(&["whoami"]).run().ok();
}

/// A sign-in older than 10 minutes: sign-out re-authenticates in line —
/// exit 10 and `acctl continue` with prompting off, or the password on stdin.
#[test]
fn stale_sign_in_reauthenticates_in_line() {
    let sb = Sandbox::new();
    let phone = "+8613812345705";
    sb.signup(phone);
    sb.login("work", phone);
    sb.server().advance(11 * 60);
    let pending = sb
        .cmd(&["devices", "sign-out", "--others", "--no-input", "--json"])
        .run()
        .exit(10);
    let p = pending.json();
    assert_eq!(p["kind"], "reauth");
    assert_eq!(p["awaiting"], "password");
    assert!(
        pending.stderr.contains("run this command again"),
        "{}",
        pending.dump()
    );
    let flow = p["flow_id"].as_str().unwrap();
    sb.cmd(&["continue", flow, "--password-stdin"])
        .stdin("wrong-Password-1\n")
        .run()
        .exit(6);
    sb.cmd(&["continue", flow, "--password-stdin"])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .ok()
        .stderr_has("Confirmed");
    sb.cmd(&["devices", "sign-out", "--others"]).run().ok();
    sb.cmd(&["--profile", "work", "whoami"]).run().exit(3);
    // Later again: the password on stdin answers the re-auth in one go.
    sb.login("work", phone);
    sb.server().advance(11 * 60);
    sb.cmd(&["devices", "sign-out", "--others", "--password-stdin"])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .ok()
        .stderr_has("Signed out 1 device");
}

#[test]
fn security_check_names_the_fix_and_strict_fails() {
    let sb = Sandbox::new();
    sb.signup("+8613812345706");
    let check = sb.cmd(&["security", "check", "--json"]).run().ok().json();
    let findings = check["findings"].as_array().unwrap();
    let two_step = findings.iter().find(|f| f["id"] == "two_step_off").unwrap();
    assert_eq!(two_step["fix"], "acctl 2sv enable");
    assert!(two_step["severity"].is_string());
    assert!(check["failed_sign_ins_30d"].is_number());
    sb.cmd(&["security", "check"])
        .run()
        .ok()
        .stdout_has("fix: acctl 2sv enable");
    sb.cmd(&["security", "check", "--strict"])
        .run()
        .exit(1)
        .stdout_has("[high]")
        .stderr_has("above info");
}

/// On a terminal: a table with relative times and the outcome in colour.
#[test]
fn activity_table_on_a_terminal_is_relative_and_coloured() {
    use crate::two_step_enrol::exit_code;
    let sb = Sandbox::new();
    sb.signup("+8613812345707");
    // Colour as a person gets it: a terminal, no NO_COLOR.
    let cmd = sb.cmd(&["activity"]).env_remove("NO_COLOR").cmd;
    let mut s = expectrl::Session::spawn(cmd).unwrap();
    s.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    s.expect(expectrl::Regex("ago|now")).unwrap();
    s.expect("\u{1b}[32m").unwrap();
    s.expect("success").unwrap();
    assert_eq!(exit_code(&mut s), 0);
}
