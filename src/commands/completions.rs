//! `completions SHELL`: shell completion scripts, and (hidden, for the
//! checked-in `man/`) man pages, generated from the clap tree.
//! Offline: no config, keyring, network or runtime.

use clap::Args;

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

/// `cli` is the whole clap tree (`Cli::command()`), handed in by `main`.
pub fn run(args: CompletionsArgs, mut cli: clap::Command) -> Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cli, "acctl", &mut buf);
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(&buf)
        .and_then(|_| out.flush())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => CliError::broken_pipe(),
            _ => CliError::failure(format!("could not write the script: {e}")),
        })
}

/// Write one man page per command and subcommand into a directory (for `man/`;
/// `ACCTL_UPDATE_MAN=1 cargo test --test cli man` regenerates them).
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  acctl generate-man man/")]
pub struct ManArgs {
    /// Directory to write acctl.1, acctl-login.1, acctl-devices-sign-out.1, … into
    pub dir: std::path::PathBuf,
}

pub fn man(args: ManArgs, mut root: clap::Command) -> Result<()> {
    root.build();
    std::fs::create_dir_all(&args.dir).map_err(|e| CliError::file(&args.dir, "create", e))?;
    write_pages(&root, &args.dir)
}

/// `cmd`'s page as `NAME.1`, then each visible subcommand's as `NAME-SUB.1`.
fn write_pages(cmd: &clap::Command, dir: &std::path::Path) -> Result<()> {
    let name = cmd.get_display_name().unwrap_or(cmd.get_name());
    // After `build()`, a subcommand's display name is `acctl-devices-sign-out`
    // and its bin name `acctl devices sign-out`; the page takes both from there.
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut buf)
        .map_err(|e| CliError::failure(format!("could not render the man page of {name}: {e}")))?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, buf).map_err(|e| CliError::file(&path, "write", e))?;
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        write_pages(sub, dir)?;
    }
    Ok(())
}
