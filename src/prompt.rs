//! Asking the user: one small trait over dialoguer (text) and rpassword
//! (secrets), so `--no-input` and tests go through the same code path as a
//! terminal session — the "no" answer is just another prompter.

use std::io::BufRead;

use crate::error::CliError;

/// Why a prompt produced no answer.
#[derive(Debug)]
pub enum PromptError {
    /// Prompting is off (`--no-input`, `ACCTL_NO_INPUT`, stdin not a terminal).
    Off,
    /// The terminal went away or the user pressed Ctrl-C/Ctrl-D.
    Failed(String),
}

pub trait Prompter {
    /// A line of visible input; may be empty.
    fn text(&self, prompt: &str) -> Result<String, PromptError>;
    /// A line of hidden input.
    fn secret(&self, prompt: &str) -> Result<String, PromptError>;
    fn enabled(&self) -> bool;
}

/// Prompts on the terminal (stderr / the tty), never on stdout.
pub struct Terminal;

impl Prompter for Terminal {
    fn text(&self, prompt: &str) -> Result<String, PromptError> {
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text_on(&console::Term::stderr())
            .map(|s| s.trim().to_string())
            .map_err(|e| PromptError::Failed(e.to_string()))
    }

    fn secret(&self, prompt: &str) -> Result<String, PromptError> {
        rpassword::prompt_password(format!("{prompt}: "))
            .map_err(|e| PromptError::Failed(e.to_string()))
    }

    fn enabled(&self) -> bool {
        true
    }
}

/// Prompting off: every question is "not available".
pub struct NoInput;

impl Prompter for NoInput {
    fn text(&self, _: &str) -> Result<String, PromptError> {
        Err(PromptError::Off)
    }

    fn secret(&self, _: &str) -> Result<String, PromptError> {
        Err(PromptError::Off)
    }

    fn enabled(&self) -> bool {
        false
    }
}

impl PromptError {
    /// Off → the flag that would have supplied it (exit 10); else a failure.
    pub fn into_cli(self, flag_hint: &str) -> CliError {
        match self {
            PromptError::Off => CliError::needs_input(format!(
                "more input is needed and prompting is off: {flag_hint}."
            )),
            PromptError::Failed(e) => CliError::failure(format!("could not read your answer: {e}")),
        }
    }
}

/// A yes/no question before something that cannot be undone. `--yes` or prompting
/// off (a script has decided) skip it; any answer but y/yes cancels, exit 6, with
/// `kept` saying what stays as it was.
pub fn confirm(
    prompter: &dyn Prompter,
    yes: bool,
    question: &str,
    kept: &str,
) -> Result<(), CliError> {
    if yes || !prompter.enabled() {
        return Ok(());
    }
    let answer = prompter
        .text(question)
        .map_err(|e| e.into_cli("pass --yes"))?;
    if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
        return Ok(());
    }
    Err(CliError::new(
        crate::error::Exit::Refused,
        "cancelled",
        kept,
    ))
}

/// `--password-stdin`: exactly one line from stdin, without its line ending.
pub fn password_from_stdin() -> Result<acct_api::Secret, CliError> {
    let mut line = String::new();
    let n = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::failure(format!("could not read the password from stdin: {e}")))?;
    let pw = line.trim_end_matches(['\n', '\r']).to_string();
    if n == 0 || pw.is_empty() {
        return Err(CliError::needs_input(
            "--password-stdin was given but stdin was empty: pipe the password as one line, e.g. `printf '%s\\n' \"$PW\" | acctl login … --password-stdin`.",
        ));
    }
    Ok(pw.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_input_names_the_flag_and_exits_10() {
        let Err(e) = NoInput.secret("Password") else {
            panic!("NoInput must not answer");
        };
        let err = e.into_cli("pass it with --password-stdin");
        assert_eq!(err.exit_code(), 10);
        assert!(err.message.contains("--password-stdin"));
    }
}
