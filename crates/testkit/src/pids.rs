//! Where started acctd processes are recorded, so a check after the suite
//! (scripts/test.sh, or a test that runs a child suite) finds any that outlived it.
//!
//! One file per process in `$ACCTD_TEST_PID_DIR`: named by its pid, holding its start
//! time (field 22 of `/proc/<pid>/stat`), so a pid reused later by an unrelated
//! process is not taken for a survivor. Nothing is recorded when the variable is unset.

use std::path::{Path, PathBuf};

/// The directory variable; acctd ignores `ACCTD_TEST_*` (config.rs).
pub const PID_DIR_VAR: &str = "ACCTD_TEST_PID_DIR";

fn pid_dir() -> Option<PathBuf> {
    std::env::var_os(PID_DIR_VAR).map(PathBuf::from)
}

/// Records a just-started acctd (called before anything can fail).
pub(crate) fn record(pid: u32) {
    let Some(dir) = pid_dir() else {
        return;
    };
    let started = start_time(pid).unwrap_or_default();
    if let Err(e) = std::fs::write(dir.join(pid.to_string()), started) {
        panic!(
            "cannot record acctd pid {pid} in ${PID_DIR_VAR} ({}): {e}",
            dir.display()
        );
    }
}

/// Every acctd recorded in `dir`: (pid, start time).
pub fn recorded(dir: &Path) -> Vec<(u32, String)> {
    let mut found: Vec<(u32, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let pid = e.file_name().to_str()?.parse().ok()?;
            Some((pid, std::fs::read_to_string(e.path()).ok()?))
        })
        .collect();
    found.sort();
    found
}

/// The recorded acctd processes in `dir` that still run (zombies do not).
pub fn still_running(dir: &Path) -> Vec<u32> {
    recorded(dir)
        .into_iter()
        .filter(|(pid, started)| running_since(*pid).is_some_and(|now| &now == started))
        .map(|(pid, _)| pid)
        .collect()
}

/// The process's start time, if it exists.
fn start_time(pid: u32) -> Option<String> {
    stat_fields(pid).and_then(|f| f.get(19).cloned())
}

/// The start time of a live (not zombie) process.
fn running_since(pid: u32) -> Option<String> {
    let fields = stat_fields(pid)?;
    (fields.first()? != "Z").then(|| fields.get(19).cloned())?
}

/// `/proc/<pid>/stat` after the command name: state is first, start time 20th.
fn stat_fields(pid: u32) -> Option<Vec<String>> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, rest) = stat.rsplit_once(") ")?;
    Some(rest.split_whitespace().map(str::to_string).collect())
}
