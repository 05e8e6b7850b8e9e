//! `acctl activity report EVENT_ID` ("this wasn't me") against a real acctd:
//! the event's device is signed out after an in-line re-authentication, the
//! report is recorded, and scripts get the next commands.

use crate::support::{Sandbox, PASSWORD};

/// The ID of the newest successful sign-in in the default profile's activity.
fn newest_sign_in(sb: &Sandbox) -> i64 {
    let all = sb
        .cmd(&["activity", "--kind", "sign_in", "--json"])
        .run()
        .ok()
        .json();
    all.as_array()
        .unwrap()
        .iter()
        .find(|e| e["outcome"] == "success")
        .and_then(|e| e["id"].as_i64())
        .unwrap()
}

/// A stale sign-in asks for the re-auth (exit 10 with prompting off); with the
/// password on stdin the report signs the other device out and names the next steps.
#[test]
fn report_signs_out_the_events_device_after_reauth_and_names_the_next_steps() {
    let sb = Sandbox::new();
    let phone = "+8613812345790";
    sb.signup(phone);
    sb.login("intruder", phone);
    let event = newest_sign_in(&sb).to_string();
    sb.server().advance(11 * 60);
    let pending = sb
        .cmd(&["activity", "report", &event, "--no-input", "--json"])
        .run()
        .exit(10);
    assert_eq!(pending.json()["kind"], "reauth", "{}", pending.dump());
    sb.cmd(&["--profile", "intruder", "whoami"]).run().ok();
    let done = sb
        .cmd(&[
            "activity",
            "report",
            &event,
            "--password-stdin",
            "--no-input",
            "--json",
        ])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .ok();
    let j = done.json();
    assert_eq!(j["event_id"].as_i64(), event.parse().ok(), "{j}");
    assert_eq!(j["event_kind"], "sign_in");
    assert!(j["signed_out"]["device_id"].is_string(), "{j}");
    assert_eq!(j["remedy"], "acctl password change");
    assert_eq!(j["next"][1], "acctl security check");
    assert!(
        done.stderr.contains("signed out its device"),
        "{}",
        done.dump()
    );
    sb.cmd(&["--profile", "intruder", "whoami"])
        .run()
        .exit(3)
        .stderr_has("signed out");
    let reported = sb
        .cmd(&["activity", "--kind", "reported_not_me", "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(reported[0]["id"], j["report_id"], "{reported}");
    // A human run names the commands too.
    sb.cmd(&["activity", "report", &event])
        .run()
        .ok()
        .stdout_has("acctl password change")
        .stderr_has("nothing needed signing out");
    sb.cmd(&["activity", "report", "999999999"]).run().exit(5);
    sb.cmd(&["activity", "report", "abc"]).run().exit(2);
}
