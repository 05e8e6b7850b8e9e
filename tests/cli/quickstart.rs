//! The README's quickstart, run exactly as written: the ```sh block under
//! "## Quickstart", `acctd --dev` in one "terminal" (the real binary, in a fresh
//! working directory, codes read from its `log` courier on stdout), and each `acctl`
//! line in another, through a pseudo-terminal, answered as a person would.

use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use acct_testkit::AcctdProcess;
use expectrl::Session;

use crate::support::{Sandbox, BIN, PASSWORD};

/// The commands of the quickstart block, comments dropped.
fn quickstart_commands() -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let section = readme
        .split("\n## Quickstart")
        .nth(1)
        .expect("README has a ## Quickstart section");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .expect("the quickstart has a ```sh block");
    block
        .lines()
        .map(|l| l.split(" #").next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// acctd --dev (crates/testkit: killed and reaped on drop); its stdout lines
/// collected as they come.
struct Dev {
    _acctd: AcctdProcess,
    out: Arc<Mutex<Vec<String>>>,
}

impl Dev {
    fn start(args: &[&str], dir: &Path) -> Dev {
        let acctd = Path::new(BIN).with_file_name("acctd");
        assert!(
            acctd.exists(),
            "{} is missing: build it first (`cargo build --workspace`)",
            acctd.display()
        );
        if let Err(e) = std::net::TcpListener::bind("127.0.0.1:8720") {
            panic!("the quickstart's port 127.0.0.1:8720 is taken ({e}): stop whatever listens there and run again");
        }
        // Returns once acctd prints its listening line.
        let mut process = AcctdProcess::spawn(
            Command::new(acctd)
                .args(args)
                .current_dir(dir)
                .env_clear()
                .env("PATH", std::env::var("PATH").unwrap_or_default())
                .env("HOME", dir)
                .stderr(Stdio::null()),
        );
        let out = Arc::new(Mutex::new(process.printed.clone()));
        let (lines, stdout) = (out.clone(), process.stdout.take().expect("stdout"));
        std::thread::spawn(move || {
            for line in stdout.lines().map_while(Result::ok) {
                lines.lock().unwrap().push(line);
            }
        });
        Dev {
            _acctd: process,
            out,
        }
    }

    fn wait_for(&self, want: impl Fn(&str) -> bool, what: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(l) = self.out.lock().unwrap().iter().rev().find(|l| want(l)) {
                return l.clone();
            }
            assert!(
                Instant::now() < deadline,
                "acctd printed no {what}:\n{}",
                self.out.lock().unwrap().join("\n")
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The code of the newest `log` courier line for `purpose`, once one newer than
    /// `seen` lines has come.
    fn code(&self, purpose: &str, seen: usize) -> String {
        let tag = format!("({purpose}):");
        let line = self.wait_for(
            |l| l.starts_with("[courier]") && l.contains(&tag),
            &format!("{purpose} code after line {seen}"),
        );
        let lines = self.out.lock().unwrap().len();
        assert!(lines > seen, "no new courier line");
        line.split("code is ")
            .nth(1)
            .map(|r| r.chars().take_while(char::is_ascii_digit).collect())
            .expect("a code in the courier line")
    }

    fn lines(&self) -> usize {
        self.out.lock().unwrap().len()
    }
}

/// Waits for `text`; when acctl ends first, fails with what it printed.
fn expect(s: &mut Session, text: &str, dev: &Dev) {
    if let Err(e) = s.expect(text) {
        let rest = s
            .expect(expectrl::Eof)
            .map(|c| String::from_utf8_lossy(c.before()).into_owned())
            .unwrap_or_default();
        panic!(
            "acctl did not show {text:?} ({e}); it printed:\n{rest}\nacctd printed:\n{}",
            dev.out.lock().unwrap().join("\n")
        );
    }
}

fn exit_code(s: &mut Session) -> i32 {
    let _ = s.expect(expectrl::Eof);
    match s.get_process().wait().expect("wait") {
        expectrl::WaitStatus::Exited(_, code) => code,
        other => panic!("acctl did not exit normally: {other:?}"),
    }
}

/// Issue 11: the quickstart works as written: sign-up by phone, then an SMS sign-in
/// right away (no resend cooldown after a used code), each prompt as the README says.
#[test]
fn the_readme_quickstart_runs_as_written() {
    let commands = quickstart_commands();
    let first: Vec<&str> = commands[0].split_whitespace().collect();
    assert_eq!(
        first[0], "acctd",
        "the quickstart starts acctd first: {commands:?}"
    );
    let work = tempfile::tempdir().unwrap();
    let dev = Dev::start(&first[1..], work.path());
    let sb = Sandbox::offline();
    for line in &commands[1..] {
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(words[0], "acctl", "only acctl runs in terminal 2: {line}");
        let args = &words[1..];
        let mut cmd = sb.cmd(args).cmd;
        // As written: the default server, http://127.0.0.1:8720.
        cmd.env_remove("ACCTL_SERVER");
        let mut s = Session::spawn(cmd).expect("spawn acctl in a pty");
        s.set_expect_timeout(Some(Duration::from_secs(30)));
        let seen = dev.lines();
        if args.first() == Some(&"signup") {
            expect(&mut s, "Choose a password", &dev);
            s.send_line(PASSWORD).unwrap();
            expect(&mut s, "Repeat the password", &dev);
            s.send_line(PASSWORD).unwrap();
            expect(&mut s, "Code", &dev);
            s.send_line(dev.code("signup", seen)).unwrap();
            expect(&mut s, "Created account", &dev);
        } else if args.contains(&"--sms") {
            expect(&mut s, "Code", &dev);
            s.send_line(dev.code("login", seen)).unwrap();
            expect(&mut s, "Signed in", &dev);
        }
        assert_eq!(exit_code(&mut s), 0, "`{line}` failed");
    }
}
