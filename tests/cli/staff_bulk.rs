//! `acctl support account … --from-file`: bulk lock and sign-out, one result
//! per ID, a summary, and soft failures.

use crate::staff::{sandbox, staff};

#[test]
fn bulk_lock_needs_a_reason_and_prints_a_json_array() {
    let sb = sandbox();
    staff(&sb, "+8613912345817");
    let a = sb.signup("+8613812345817");
    let ids = sb.dir.path().join("ids.txt");
    std::fs::write(&ids, format!("{a}\n")).unwrap();
    let file = ids.to_str().unwrap();
    let lock = |extra: &[&str]| {
        let mut v = vec![
            "--profile",
            "work",
            "support",
            "account",
            "lock",
            "--from-file",
            file,
        ];
        v.extend_from_slice(extra);
        sb.cmd(&v).run()
    };
    lock(&[]).exit(2);
    lock(&["--reason", "x", "--concurrency", "0"]).exit(2);
    let run = lock(&["--reason", "credential stuffing", "--json"]).ok();
    let all = run.json();
    assert_eq!(all[0]["account_id"], a.as_str());
    assert_eq!(all[0]["action"], "lock");
    assert_eq!(all[0]["devices_signed_out"], 1);
    sb.cmd(&[
        "--profile",
        "work",
        "support",
        "account",
        "lock",
        &a,
        "--from-file",
        file,
        "--reason",
        "x",
    ])
    .run()
    .exit(2);
}

#[test]
fn bulk_sign_out_from_a_file_reports_every_id_and_fails_softly() {
    let sb = sandbox();
    staff(&sb, "+8613912345815");
    let a = sb.signup("+8613812345815");
    let b = sb.signup("+8613812345816");
    let ids = sb.dir.path().join("ids.txt");
    std::fs::write(
        &ids,
        format!("# compromised\n{a}\n\n{b}\n{a}\nnot-an-id\n99999999\n"),
    )
    .unwrap();
    let run = sb
        .cmd(&[
            "--profile",
            "work",
            "support",
            "account",
            "sign-out",
            "--from-file",
            ids.to_str().unwrap(),
            "-o",
            "ndjson",
        ])
        .run()
        .exit(1)
        .stderr_has("2 signed out, 2 failed");
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "{}", run.dump());
    let of = |id: &str| {
        lines
            .iter()
            .find(|l| l["account_id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(of(&b)["ok"], true);
    assert_eq!(of(&b)["devices_signed_out"], 1);
    assert_eq!(of(&a)["action"], "sign_out");
    assert_eq!(of("not-an-id")["ok"], false);
    assert_eq!(of("99999999")["error_code"], "not_found");
    sb.cmd(&["whoami"]).run().exit(3);
    // From stdin, all good: exit 0, tab-separated lines.
    let run = sb
        .cmd(&[
            "--profile",
            "work",
            "support",
            "account",
            "sign-out",
            "--from-file",
            "-",
        ])
        .stdin(&format!("{a}\n{b}\n"))
        .run()
        .ok()
        .stderr_has("2 signed out, 0 failed");
    assert!(
        run.stdout.starts_with("account\tresult\tdetail\n"),
        "{}",
        run.dump()
    );
    sb.cmd(&[
        "--profile",
        "work",
        "support",
        "account",
        "sign-out",
        "--from-file",
        "-",
    ])
    .stdin("# nothing\n")
    .run()
    .exit(2);
}
