//! The checked-in man pages in man/ match the CLI: one page per command and
//! subcommand. Regenerate with `ACCTL_UPDATE_MAN=1 cargo test --test cli man`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::Sandbox;

fn pages(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "1"))
                .map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    (name, std::fs::read_to_string(e.path()).unwrap())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Guards CLI.md's promise of man pages for every command, kept fresh.
#[test]
fn man_pages_are_fresh() {
    let sb = Sandbox::offline();
    let fresh_dir = sb.dir.path().join("man");
    sb.cmd(&["generate-man", fresh_dir.to_str().unwrap()])
        .run()
        .ok();
    let fresh = pages(&fresh_dir);
    for expected in [
        "acctl.1",
        "acctl-login.1",
        "acctl-devices-sign-out.1",
        "acctl-support-ticket-list.1",
    ] {
        assert!(
            fresh.contains_key(expected),
            "no {expected} in {:?}",
            fresh.keys()
        );
    }
    assert!(!fresh.contains_key("acctl-help.1") && !fresh.contains_key("acctl-generate-man.1"));
    assert!(
        fresh["acctl-devices-sign-out.1"].contains("sign\\-out"),
        "{}",
        fresh["acctl-devices-sign-out.1"]
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    if std::env::var_os("ACCTL_UPDATE_MAN").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for name in pages(&dir).keys() {
            if !fresh.contains_key(name) {
                std::fs::remove_file(dir.join(name)).unwrap();
            }
        }
        for (name, text) in &fresh {
            std::fs::write(dir.join(name), text).unwrap();
        }
        return;
    }
    let checked_in = pages(&dir);
    let stale: Vec<&String> = fresh
        .keys()
        .chain(checked_in.keys())
        .filter(|n| fresh.get(*n) != checked_in.get(*n))
        .collect();
    assert!(
        stale.is_empty(),
        "stale man pages: {stale:?}\nregenerate with: ACCTL_UPDATE_MAN=1 cargo test --test cli man"
    );
}
