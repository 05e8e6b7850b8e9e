//! acctd: parses the command line and runs the service or a maintenance command.

use std::path::PathBuf;

use acctd::Config;
use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "acctd", version, about = "The account service behind acctl", after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: ServeArgs,
}

const EXAMPLES: &str = "Examples:
  acctd --dev                                   # local SQLite, codes printed here, 127.0.0.1:8720
  acctd --database postgres://acct@db/acct --courier file:/var/log/acct-courier.jsonl
  ACCTD_WEBHOOK_SECRET=… acctd --database postgres://acct@db/acct \
        --courier 'smtps://mailer:PASS@mail.example.com?from=no-reply%40example.com,webhook:https://sms.example.com/send'
  acctd migrate --database postgres://acct@db/acct
  ACCTD_LIMITS_CODE_TTL=300 acctd --config /etc/acctd.toml

Settings come from --config FILE (TOML), then ACCTD_* variables (ACCTD_LISTEN,
ACCTD_DATABASE, ACCTD_LIMITS_CODE_TTL, …), then flags.";

#[derive(Subcommand)]
enum Command {
    /// Run the service (the default).
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate(ServeArgs),
    /// Grant or revoke staff roles (run on the server host; bootstraps the first admin).
    #[command(after_help = "Examples:
  acctd staff grant 12345678 --role admin --database postgres://acct@db/acct
  acctd staff revoke 12345678 --role support")]
    Staff {
        #[command(subcommand)]
        action: StaffAction,
        #[command(flatten)]
        args: ServeArgs,
    },
}

#[derive(Subcommand, Clone)]
enum StaffAction {
    /// Give an account a role.
    Grant(RoleArgs),
    /// Take a role away.
    Revoke(RoleArgs),
}

#[derive(Args, Clone)]
struct RoleArgs {
    account_id: String,
    #[arg(long, value_parser = ["support", "admin"])]
    role: String,
}

/// What this invocation does.
enum Mode {
    Serve,
    Migrate,
    Staff(StaffAction),
}

#[derive(Args, Clone, Default)]
struct ServeArgs {
    /// TOML configuration file.
    #[arg(long, env = "ACCTD_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8720].
    #[arg(long, global = true)]
    listen: Option<std::net::SocketAddr>,
    /// sqlite://PATH (created on first start) or postgres://…
    #[arg(long, global = true)]
    database: Option<String>,
    /// Where codes and links go, comma-separated: `log`, `file:PATH`, `smtp://…` or
    /// `smtps://…` (email), `webhook:URL` (SMS; needs ACCTD_WEBHOOK_SECRET).
    #[arg(long, global = true)]
    courier: Option<String>,
    /// Development: local SQLite (./acctd-dev.db), `log` courier, loopback only.
    #[arg(long, global = true)]
    dev: bool,
    /// Log as JSON lines.
    #[arg(long, global = true)]
    log_json: bool,
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let (mode, args) = match cli.command {
        Some(Command::Serve(a)) => (Mode::Serve, merge(cli.serve, a)),
        Some(Command::Migrate(a)) => (Mode::Migrate, merge(cli.serve, a)),
        Some(Command::Staff { action, args }) => (Mode::Staff(action), merge(cli.serve, args)),
        None => (Mode::Serve, cli.serve),
    };
    let env: Vec<(String, String)> = std::env::vars().collect();
    let config = match configure(&args, &env) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("acctd: {e:#}");
            return std::process::ExitCode::from(2);
        }
    };
    init_tracing(&config);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("acctd: cannot start the runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match mode {
            Mode::Migrate => {
                let store = acctd::store::Store::connect(&config.database, 1).await?;
                let n = store.migrate().await?;
                println!("applied {n} migration(s)");
                Ok(())
            }
            Mode::Staff(action) => staff(&config, action).await,
            Mode::Serve => run(config).await,
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("acctd: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// `acctd staff grant|revoke`: edits the roles directly in the database and audits it.
async fn staff(config: &Config, action: StaffAction) -> anyhow::Result<()> {
    let store = acctd::store::Store::connect(&config.database, 1).await?;
    store.migrate().await?;
    let (grant, args) = match action {
        StaffAction::Grant(a) => (true, a),
        StaffAction::Revoke(a) => (false, a),
    };
    let Some(account) = store.account_any(&args.account_id).await? else {
        anyhow::bail!("no account {}; check the ID", args.account_id);
    };
    if account.deleted_at.is_some() {
        anyhow::bail!("account {} was deleted", args.account_id);
    }
    let mut roles = acctd::domain::support::roles_of(&account);
    roles.retain(|r| r != &args.role);
    if grant {
        roles.push(args.role.clone());
    }
    roles.sort();
    store.set_roles(&account.id, &roles.join(",")).await?;
    let action = if grant { "role.grant" } else { "role.revoke" };
    store
        .audit(&acctd::store::AuditRow {
            at: time::OffsetDateTime::now_utc().unix_timestamp(),
            actor: "acctd-host".into(),
            action: action.into(),
            account_id: Some(account.id.clone()),
            reason: Some(args.role.clone()),
            ..Default::default()
        })
        .await?;
    println!(
        "{} {} the {} role; roles now: {}",
        account.id,
        if grant { "has" } else { "no longer has" },
        args.role,
        if roles.is_empty() {
            "none".to_string()
        } else {
            roles.join(", ")
        }
    );
    Ok(())
}

/// Flags given after the subcommand win over those before it.
fn merge(before: ServeArgs, after: ServeArgs) -> ServeArgs {
    ServeArgs {
        config: after.config.or(before.config),
        listen: after.listen.or(before.listen),
        database: after.database.or(before.database),
        courier: after.courier.or(before.courier),
        dev: after.dev || before.dev,
        log_json: after.log_json || before.log_json,
    }
}

fn configure(args: &ServeArgs, env: &[(String, String)]) -> anyhow::Result<Config> {
    let mut config = Config::load(args.config.as_deref(), env)?;
    if args.dev {
        if !env.iter().any(|(k, _)| k == "ACCTD_DATABASE") && args.database.is_none() {
            config.database = "sqlite://acctd-dev.db".into();
        }
        config.courier = "log".into();
        config.email_courier = None;
        config.sms_courier = None;
        if !config.listen.ip().is_loopback() {
            anyhow::bail!(
                "--dev listens on loopback only; drop --dev to listen on {}",
                config.listen
            );
        }
    }
    if let Some(l) = args.listen {
        config.listen = l;
    }
    if let Some(d) = &args.database {
        config.database = d.clone();
    }
    if let Some(c) = &args.courier {
        config.courier = c.clone();
    }
    if args.log_json {
        config.log_format = "json".into();
    }
    Ok(config)
}

fn init_tracing(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn run(config: Config) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.listen))?;
    let addr = listener.local_addr()?;
    tracing::info!(listen = %addr, database = %acctd::config::redact_url(&config.database), courier = %acctd::courier::redact_spec(&config.courier), "acctd starting");
    println!("acctd listening on http://{addr}");
    acctd::serve(listener, config, shutdown_signal()).await
}

/// Resolves on Ctrl-C or SIGTERM; `serve` then drains for at most `http.drain_timeout`.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: draining in-flight requests (bounded by http.drain_timeout)");
}
