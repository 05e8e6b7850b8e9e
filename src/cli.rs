//! The clap tree: global options of CLI.md and the command list. The help
//! text is the `///` comments; every command carries examples.

use clap::{Args, Parser, Subcommand};

use crate::commands::{account, auth, completions, doctor, flow, logout, profile};
use crate::commands::{activity_report, admin, apps, recover, resume, support};
use crate::commands::{deletion, devices, email, password, phone, security, two_step};
use crate::output::{ColorChoice, Format};

#[derive(Debug, Parser)]
#[command(
    name = "acctl",
    version,
    about = "Account administration from the terminal and from scripts",
    propagate_version = true,
    after_help = "Examples:
  acctl signup --phone +8613812345678
  acctl login 12345678
  acctl whoami --json
  acctl status

Exit codes: 0 ok, 1 failure, 2 usage, 3 not signed in, 4 forbidden, 5 not found,
6 input refused, 7 rate limited or locked, 8 unreachable, 10 more input needed."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Service base URL [env: ACCTL_SERVER] (default: the profile's, else http://127.0.0.1:8720)
    #[arg(long, global = true, value_name = "URL")]
    pub server: Option<String>,
    /// Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Machine output: the same as -o json
    #[arg(long, global = true, conflicts_with = "output")]
    pub json: bool,
    /// Output format: table (default), json, or ndjson (lists: one object per line)
    #[arg(
        short = 'o',
        long = "output",
        global = true,
        value_enum,
        value_name = "FORMAT"
    )]
    pub output: Option<Format>,
    /// Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Less output on stderr
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// HTTP trace on stderr (never secrets)
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Colour: auto (terminal only; off with NO_COLOR), always or never
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: ColorChoice,
    /// Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)
    #[arg(long, global = true)]
    pub allow_insecure_http: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an account and sign in
    Signup(auth::SignupArgs),
    /// Sign in (password, --sms, --email-code, or --web in a browser; two-step asks for a TOTP code)
    Login(auth::LoginArgs),
    /// Sign this device out and remove the stored tokens
    Logout(logout::LogoutArgs),
    /// Every profile and whether the current one is signed in
    Status(account::StatusArgs),
    /// The signed-in account
    Whoami(account::WhoamiArgs),
    /// Print a valid access token
    Token(account::TokenArgs),
    /// Carry on a pending multi-step operation
    Continue(resume::ContinueArgs),
    /// Manage saved sign-ins
    Profile(profile::ProfileArgs),
    /// Pending multi-step operations
    Flow(flow::FlowArgs),
    /// Code and sign-in limits of the account
    Limits(account::LimitsArgs),
    /// Check the set-up and say what to fix
    Doctor(doctor::DoctorArgs),
    /// Change the password
    Password(password::PasswordArgs),
    /// Change the phone number
    Phone(phone::PhoneArgs),
    /// Set and confirm the email address
    Email(email::EmailArgs),
    /// Two-step verification (authenticator app)
    #[command(name = "2sv")]
    TwoStep(two_step::TwoStepArgs),
    /// Security checkup with the command that fixes each finding
    Security(security::SecurityArgs),
    /// Sign-in attempts and security events, newest first
    Activity(activity_report::ActivityCli),
    /// Signed-in devices; sign them out
    Devices(devices::DevicesArgs),
    /// Apps you signed in to with this account; revoke their access
    Apps(apps::AppsArgs),
    /// The account itself (language, delete)
    Account(deletion::AccountArgs),
    /// Get back in: forgotten password or ID, recovery tickets
    Recover(recover::RecoverArgs),
    /// Support staff: accounts, the ticket queue, the audit log
    Support(support::SupportArgs),
    /// Administration (role admin): OpenID Connect clients
    Admin(admin::AdminArgs),
    /// Print shell completions
    Completions(completions::CompletionsArgs),
    /// Write the man pages (for packagers and the checked-in man/)
    #[command(hide = true)]
    GenerateMan(completions::ManArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_command_has_examples() {
        fn walk(cmd: &clap::Command, path: &str) {
            if cmd.get_name() != "help" {
                let help = cmd
                    .get_after_help()
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                assert!(help.contains("Examples:"), "{path} has no examples");
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()));
            }
        }
        walk(&Cli::command(), "acctl");
    }
}
