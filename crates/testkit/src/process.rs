//! The real `acctd` binary under test: started from the command line a test writes,
//! ready once it prints its address, killed and reaped on drop (also on panic).

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, ChildStdout, Command, Stdio};

/// The line acctd prints once it listens (main.rs), after its checks and migrations.
const LISTENING: &str = "acctd listening on ";

/// One running acctd. Dropping it kills (SIGKILL) and reaps it.
pub struct AcctdProcess {
    pub child: Child,
    /// `http://127.0.0.1:<port>`, from the listening line.
    pub url: String,
    /// The lines printed up to and including the listening line.
    pub printed: Vec<String>,
    /// The rest of stdout (take it to read on: the links line, the `log` courier).
    pub stdout: Option<BufReader<ChildStdout>>,
}

impl AcctdProcess {
    /// Spawns `cmd` (the acctd binary with the test's flags and environment; stdout
    /// is piped here), records its pid (see `pids`), and returns once it prints
    /// that it listens. Panics, with what it printed, if it exits first.
    pub fn spawn(cmd: &mut Command) -> AcctdProcess {
        let child = cmd
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {:?}: {e}", cmd.get_program()));
        crate::pids::record(child.id());
        let mut acctd = AcctdProcess {
            child,
            url: String::new(),
            printed: Vec::new(),
            stdout: None,
        };
        let mut stdout = BufReader::new(acctd.child.stdout.take().expect("stdout is piped"));
        loop {
            let mut line = String::new();
            if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                let why = acctd.end_and_explain();
                panic!("acctd did not start: {why}");
            }
            let line = line.trim_end().to_string();
            let url = line.strip_prefix(LISTENING).map(str::to_string);
            acctd.printed.push(line);
            if let Some(url) = url {
                acctd.url = url;
                break;
            }
        }
        acctd.stdout = Some(stdout);
        acctd
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The next line on stdout, without its newline ("" at the end).
    pub fn read_line(&mut self) -> String {
        let mut line = String::new();
        if let Some(out) = self.stdout.as_mut() {
            let _ = out.read_line(&mut line);
        }
        line.trim_end().to_string()
    }

    /// Kills (SIGKILL) and reaps it now.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// After it ended early: its exit, what it printed, and its stderr if piped.
    fn end_and_explain(&mut self) -> String {
        self.kill();
        let status = self.child.try_wait().ok().flatten();
        let mut stderr = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut stderr);
        }
        format!(
            "exit {status:?}, stdout {:?}, stderr:\n{stderr}",
            self.printed
        )
    }
}

impl Drop for AcctdProcess {
    /// A failing test must not leave its acctd running: kill and reap it.
    fn drop(&mut self) {
        self.kill();
    }
}
