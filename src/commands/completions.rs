//! `completions SHELL`: shell completion scripts, generated from the clap tree.
//! Offline: no config, keyring, network or runtime.

use clap::{Args, CommandFactory};

use crate::cli::Cli;
use crate::error::{CliError, Result};

/// Print the completion script for a shell.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl completions bash > ~/.local/share/bash-completion/completions/acctl
  acctl completions zsh > \"${fpath[1]}/_acctl\"
  acctl completions fish > ~/.config/fish/completions/acctl.fish
  acctl completions powershell >> $PROFILE
  acctl completions elvish >> ~/.config/elvish/rc.elv")]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: clap_complete::Shell,
}

pub fn run(args: CompletionsArgs) -> Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "acctl", &mut buf);
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(&buf)
        .and_then(|_| out.flush())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => CliError::broken_pipe(),
            _ => CliError::failure(format!("could not write the script: {e}")),
        })
}
