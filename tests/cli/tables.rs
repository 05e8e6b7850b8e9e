//! Tables on a real terminal (pty) at 60 and 120 columns: borderless (a
//! header, aligned columns), one line per row, never wider than the terminal,
//! words and IDs never broken (an ID may be a unique prefix of it).

use std::time::Duration;

use crate::support::{Sandbox, BIN};

/// `acctl -q ARGS` on a pty `cols` wide; what it printed, without `\r`.
fn on_terminal(sb: &Sandbox, cols: u16, args: &[&str]) -> String {
    let mut a = vec!["-q"];
    a.extend_from_slice(args);
    let mut s = sized(sb.cmd(&[]), cols, &a);
    let out = s.expect(expectrl::Eof).expect("output");
    let text = String::from_utf8_lossy(out.get(0).unwrap_or_default()).replace('\r', "");
    assert!(
        matches!(
            s.get_process().wait().unwrap(),
            expectrl::WaitStatus::Exited(_, 0)
        ),
        "{text}"
    );
    text
}

/// acctl on a pty `cols` wide. The size is set from this side after the spawn
/// (which sets 80 columns itself), and the child waits until it sees it.
fn sized(base: crate::support::TestCommand, cols: u16, args: &[&str]) -> expectrl::Session {
    let script = format!(
        "until [ \"$(stty size)\" = \"50 {cols}\" ]; do sleep 0.02; done; exec {BIN} \"$@\""
    );
    let mut sh = vec!["-c", script.as_str(), "acctl"];
    sh.extend_from_slice(args);
    let mut s = expectrl::Session::spawn(base.program("sh", &sh).cmd).expect("spawn in a pty");
    s.get_process_mut()
        .set_window_size(cols, 50)
        .expect("set the pty size");
    s.set_expect_timeout(Some(Duration::from_secs(30)));
    s
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| !l.trim().is_empty()).collect()
}

fn fits(text: &str, cols: usize) {
    for l in lines(text) {
        assert!(
            l.chars().count() <= cols,
            "wider than {cols}: {l:?} in\n{text}"
        );
        assert!(!l.contains('─') && !l.contains('│'), "borders in\n{text}");
    }
}

fn setup() -> (Sandbox, Vec<String>) {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345911");
    sb.login("laptop", &account);
    sb.cmd(&["--profile", "laptop", "login", &account, "--password-stdin"])
        .stdin("wrong-password-here-1\n")
        .run()
        .exit(6);
    let devices = sb.cmd(&["devices", "--json"]).run().ok().json();
    let ids = devices
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["device_id"].as_str().unwrap().to_string())
        .collect();
    (sb, ids)
}

#[test]
fn devices_table_fits_60_and_120_columns_without_splitting_ids() {
    let (sb, ids) = setup();
    let wide = on_terminal(&sb, 120, &["devices"]);
    fits(&wide, 120);
    let rows = lines(&wide);
    assert_eq!(
        rows.len(),
        ids.len() + 1,
        "a header and one line per device:\n{wide}"
    );
    assert!(
        rows[0].contains("device") && rows[0].contains("last seen"),
        "{wide}"
    );
    for id in &ids {
        assert!(
            wide.contains(id.as_str()),
            "{id} whole at 120 columns:\n{wide}"
        );
    }
    let narrow = on_terminal(&sb, 60, &["devices"]);
    fits(&narrow, 60);
    let rows = lines(&narrow);
    assert_eq!(rows.len(), ids.len() + 1, "no wrapped rows:\n{narrow}");
    for id in &ids {
        // Each ID on one line: whole, or a prefix of at least 8 that sign-out takes.
        let row = rows
            .iter()
            .find(|r| r.contains(&id[..8]))
            .unwrap_or_else(|| panic!("{id} not on one line:\n{narrow}"));
        let shown = row
            .split_whitespace()
            .find(|w| id.starts_with(*w) && w.len() >= 8)
            .unwrap();
        assert!(id.starts_with(shown));
    }
    assert!(
        narrow.contains("127.0.0.1") || !rows[0].contains("ip"),
        "{narrow}"
    );
    let prefix = &ids[1][..8];
    sb.cmd(&["devices", "sign-out", prefix]).run().ok();
}

#[test]
fn activity_table_fits_60_and_120_columns_without_breaking_words() {
    let (sb, _) = setup();
    let wide = on_terminal(&sb, 120, &["activity"]);
    fits(&wide, 120);
    let header = lines(&wide)[0].to_string();
    for h in ["when", "event", "outcome", "method", "ip"] {
        assert!(
            header.split_whitespace().any(|w| w == h),
            "{h} in {header:?}"
        );
    }
    let narrow = on_terminal(&sb, 60, &["activity"]);
    fits(&narrow, 60);
    let rows = lines(&narrow);
    let header: Vec<&str> = rows[0].split_whitespace().collect();
    assert!(
        header.contains(&"outcome") && header.contains(&"event"),
        "{narrow}"
    );
    for r in &rows[1..] {
        let words: Vec<&str> = r.split_whitespace().collect();
        assert!(
            words.contains(&"success") || words.contains(&"failure"),
            "each row whole on one line: {r:?} in\n{narrow}"
        );
        if r.contains("127.0") {
            assert!(r.contains("127.0.0.1"), "{r:?}");
        }
    }
    assert!(narrow.contains("ago") || narrow.contains("now"), "{narrow}");
}

fn spawn_sized(sb: &Sandbox, cols: u16, args: &[&str], color: bool) -> expectrl::Session {
    let mut cmd = sb.cmd(&[]);
    if color {
        cmd = cmd.env_remove("NO_COLOR");
    }
    sized(cmd, cols, args)
}

/// The QR code scans on light terminals too (explicit black on white), and a
/// terminal too narrow for it gets the width it needs and the secret, never a wrapped code.
#[test]
fn two_step_qr_code_is_dark_on_light_and_never_wrapped() {
    let sb = Sandbox::new();
    sb.signup("+8613812345912");
    let mut s = spawn_sized(&sb, 120, &["2sv", "enable"], true);
    s.expect("Scan this with your authenticator app").unwrap();
    s.expect("\u{1b}[38;5;16;48;5;231m").unwrap();
    s.expect("Secret (to type it in)").unwrap();
    s.expect("Two-step verification code").unwrap();
    drop(s);
    let mut s = spawn_sized(&sb, 40, &["2sv", "enable"], false);
    let before = s.expect("Secret (to type it in)").unwrap();
    let text = String::from_utf8_lossy(before.before()).to_string();
    assert!(text.contains("columns wide"), "{text}");
    assert!(
        !text.contains('▀') && !text.contains('█'),
        "no QR code at 40 columns:\n{text}"
    );
    s.expect("otpauth://totp/").unwrap();
    s.expect("Two-step verification code").unwrap();
}
