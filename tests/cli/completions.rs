//! The checked-in completions in completions/ match the CLI.
//! Regenerate with `ACCTL_UPDATE_COMPLETIONS=1 cargo test --test cli completions`.

use crate::support::Sandbox;

const FILES: &[(&str, &str)] = &[
    ("bash", "acctl.bash"),
    ("zsh", "_acctl"),
    ("fish", "acctl.fish"),
    ("powershell", "_acctl.ps1"),
    ("elvish", "acctl.elv"),
];

#[test]
fn completions_are_fresh() {
    let sb = Sandbox::offline();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("ACCTL_UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in FILES {
        let run = sb.cmd(&["completions", shell]).run().ok();
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &run.stdout).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(run.stdout.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale completions: {stale:?}\nregenerate with: ACCTL_UPDATE_COMPLETIONS=1 cargo test --test cli completions"
    );
}
