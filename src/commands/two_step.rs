//! `acctl 2sv status | enable | disable | recovery-codes`: two-step verification
//! with an authenticator app (TOTP). `enable` shows a QR code and the secret,
//! confirms with a code, and prints the recovery codes once.

use acct_api::{FlowResult, Secret, StartFlow, TotpEnrollment};
use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{Human, Report};
use crate::reauth::{drive_flow, start_flow, Answers};
use crate::second_factor::{Proof, ProofArgs};
use crate::session::Session;

/// Two-step verification: an authenticator app's code after the password.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl 2sv status
  acctl 2sv enable
  acctl 2sv recovery-codes --totp 123456
  acctl 2sv disable")]
pub struct TwoStepArgs {
    #[command(subcommand)]
    pub command: TwoStepCommand,
}

#[derive(Debug, Subcommand)]
pub enum TwoStepCommand {
    /// Whether it is on, and how many recovery codes are left
    #[command(
        after_help = "Examples:\n  acctl 2sv status\n  acctl 2sv status --json | jq .enabled"
    )]
    Status,
    /// Turn it on: scan the QR code, type a code, keep the recovery codes
    Enable(EnableArgs),
    /// Turn it off (asks for a code from the authenticator, and to confirm)
    #[command(after_help = "Examples:
  acctl 2sv disable
  acctl 2sv disable --yes --totp 123456
  acctl 2sv disable --recovery-code 1a2b3-c4d5e      # the authenticator is lost
  printf '%s\\n' \"$PW\" | acctl 2sv disable --yes --totp 123456 --password-stdin   # sign-in older than 10 min")]
    Disable(DisableArgs),
    /// New recovery codes; the old ones stop working (asks for a code from the authenticator)
    #[command(after_help = "Examples:
  acctl 2sv recovery-codes
  acctl 2sv recovery-codes --totp 123456 --json | jq -r '.recovery_codes[]' > codes.txt")]
    RecoveryCodes(ProofArgs),
}

/// Turn two-step verification off. Asks for the authenticator's code (or a
/// recovery code) and, on a terminal, to confirm.
#[derive(Debug, Args)]
pub struct DisableArgs {
    #[command(flatten)]
    pub proof: ProofArgs,
    /// Do not ask to confirm
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Turn on two-step verification. Shows a QR code for the authenticator app
/// (and the secret and otpauth:// URI to type or paste), then asks for the
/// 6-digit code it shows, then prints 10 recovery codes once.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl 2sv enable
  # scripts: the secret as JSON (exit 10), then confirm with a code
  acctl 2sv enable --json --no-input      # {\"flow_id\", \"secret\", \"uri\", \"awaiting\": \"totp\", ...}
  acctl continue FLOW_ID --totp 123456 --json   # {\"recovery_codes\": [...]}")]
pub struct EnableArgs {
    /// Read the password (one line) from stdin, for the re-authentication
    #[arg(long)]
    pub password_stdin: bool,
}

pub fn run(ctx: &Context, args: TwoStepArgs) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    match args.command {
        TwoStepCommand::Status => {
            let s = session.call(|c| c.two_step_status())?;
            let text = if s.enabled {
                format!(
                    "Two-step verification is on; {} left.",
                    crate::output::count(
                        s.recovery_codes_left as u64,
                        "recovery code",
                        "recovery codes"
                    )
                )
            } else {
                "Two-step verification is off: turn it on with `acctl 2sv enable`.".into()
            };
            Ok(Report::new(
                json!({ "enabled": s.enabled, "recovery_codes_left": s.recovery_codes_left }),
                Human::Text(text),
            ))
        }
        TwoStepCommand::Enable(a) => enable(ctx, &mut session, a),
        TwoStepCommand::Disable(a) => {
            let me = account(&mut session)?;
            if !me.two_step {
                return Err(refused("Two-step verification is already off."));
            }
            confirm_disable(ctx, a.yes)?;
            let mut proof = Proof::new(ctx, &a.proof, me.has_password)?;
            proof
                .send(ctx, &mut session, |c, p| c.disable_two_step(&p))
                .map_err(already)?;
            ctx.out.success(
                "Two-step verification is off: a password alone now signs in. Turn it back on with `acctl 2sv enable`.",
            );
            Ok(Report::new(json!({ "enabled": false }), Human::Nothing))
        }
        TwoStepCommand::RecoveryCodes(a) => {
            let me = account(&mut session)?;
            if !me.two_step {
                return Err(refused(
                    "Two-step verification is off: `acctl 2sv enable` first.",
                ));
            }
            let mut proof = Proof::new(ctx, &a, me.has_password)?;
            let codes = proof
                .send(ctx, &mut session, |c, p| c.regenerate_recovery_codes(&p))
                .map_err(already)?;
            Ok(codes_report(
                ctx,
                codes.recovery_codes,
                "New recovery codes",
            ))
        }
    }
}

fn account(session: &mut Session) -> Result<acct_api::Me> {
    session.call(|c| c.me())
}

fn refused(message: &str) -> CliError {
    CliError::new(crate::error::Exit::Refused, "conflict", message)
}

/// On a terminal, turning 2SV off is confirmed (a script says so with `--yes`
/// or by turning prompting off).
fn confirm_disable(ctx: &Context, yes: bool) -> Result<()> {
    crate::prompt::confirm(
        ctx.prompter.as_ref(),
        yes,
        "Turn two-step verification off? Sign-ins will need only the password or a code [y/N]",
        "nothing changed: two-step verification stays on.",
    )
}

/// "Already on" / "already off" (409) is the request refused, not a failure
/// of the service: exit 6 with the service's sentence, which says what to do.
fn already(mut e: CliError) -> CliError {
    if e.code == "conflict" {
        e.exit = crate::error::Exit::Refused;
        if let Some(m) = e.message.strip_prefix("the service failed: ") {
            e.message = m.to_string();
        }
    }
    e
}

fn enable(ctx: &Context, session: &mut Session, args: EnableArgs) -> Result<Report> {
    let reauth = Answers {
        password: if args.password_stdin {
            Some(crate::prompt::password_from_stdin()?)
        } else {
            None
        },
        ..Default::default()
    };
    let flow = start_flow(ctx, session, &StartFlow::TotpEnroll {}, &reauth).map_err(already)?;
    let Some(enrol) = flow.enrollment.clone() else {
        return Err(CliError::failure(
            "the service sent no secret to enrol: try again, or upgrade acctl.",
        ));
    };
    if ctx.prompter.enabled() {
        show(ctx, &enrol);
    }
    match drive_flow(ctx, session, flow, &Answers::default()) {
        Ok(result) => finish_enrolment(ctx, result),
        Err(mut e) => {
            // Scripts get the secret with the pending step: enrol, then `acctl continue`.
            if let Some(p) = e.pending.as_mut() {
                p["secret"] = enrol.secret.expose().into();
                p["uri"] = enrol.uri.clone().into();
                if !ctx.out.json() {
                    e.message = format!(
                        "Add this secret to your authenticator app: {} ({}). {}",
                        enrol.secret.expose(),
                        enrol.uri,
                        e.message
                    );
                }
            }
            Err(e)
        }
    }
}

/// The QR code (Unicode half blocks), the secret and the URI, on stderr: they
/// are part of the conversation, and stdout stays the result.
fn show(ctx: &Context, enrol: &TotpEnrollment) {
    match qrcode::QrCode::new(enrol.uri.as_bytes()) {
        Ok(code) => {
            // One column per module, plus the 4-module quiet zone on each side.
            let needed = code.width() + 8;
            let width = console::Term::stderr()
                .size_checked()
                .map(|(_, c)| c as usize);
            match width {
                Some(cols) if cols < needed => ctx.out.warn(&format!(
                    "the QR code needs a terminal at least {needed} columns wide (this one has {cols}): widen it and run `acctl 2sv enable` again, or type the secret below into your authenticator app."
                )),
                _ => eprintln!("Scan this with your authenticator app:\n\n{}\n", qr_text(&code, ctx.out.color)),
            }
        }
        Err(e) => ctx.out.warn(&format!(
            "could not draw the QR code ({e}); type the secret instead."
        )),
    }
    eprintln!("Secret (to type it in): {}", enrol.secret.expose());
    eprintln!("URI: {}", enrol.uri);
}

/// Black modules on white, with explicit colours when colour is on, so the code
/// scans on dark and light terminals alike. Without colour, light blocks on the
/// terminal's (usually dark) background, as before.
fn qr_text(code: &qrcode::QrCode, color: bool) -> String {
    use qrcode::render::unicode::Dense1x2;
    let renderer = |dark, light| {
        code.render::<Dense1x2>()
            .dark_color(dark)
            .light_color(light)
            .quiet_zone(true)
            .build()
    };
    if !color {
        return renderer(Dense1x2::Light, Dense1x2::Dark);
    }
    // 256-colour black (16) on white (231): exact, unlike the themed 30/47.
    renderer(Dense1x2::Dark, Dense1x2::Light)
        .lines()
        .map(|l| format!("\x1b[38;5;16;48;5;231m{l}\x1b[0m"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn finish_enrolment(ctx: &Context, result: FlowResult) -> Result<Report> {
    ctx.out
        .success("Two-step verification is on: sign-ins with a password now also ask for a code.");
    Ok(codes_report(ctx, result.recovery_codes, "Recovery codes"))
}

fn codes_report(ctx: &Context, codes: Vec<Secret>, title: &str) -> Report {
    ctx.out.warn(
        "store these recovery codes somewhere safe now (a password manager): each works once when your authenticator is not at hand, and they are not shown again.",
    );
    let text = format!(
        "{title}:\n{}",
        codes
            .iter()
            .map(|c| format!("  {}", c.expose()))
            .collect::<Vec<_>>()
            .join("\n")
    );
    Report::new(json!({ "recovery_codes": codes }), Human::Text(text))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn colour_qr_codes_are_dark_on_light_with_the_reset_before_each_newline() {
        let code = qrcode::QrCode::new(b"otpauth://totp/acct:1?secret=ABC").unwrap();
        let text = qr_text(&code, true);
        for line in text.lines() {
            assert!(line.starts_with("\x1b[38;5;16;48;5;231m"), "{line:?}");
            assert!(line.ends_with("\x1b[0m"), "{line:?}");
        }
        let plain = qr_text(&code, false);
        assert!(!plain.contains('\x1b'));
        assert_eq!(plain.lines().count(), text.lines().count());
    }
}
