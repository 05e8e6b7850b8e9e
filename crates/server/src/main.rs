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
    serve: ServeOnly,
    #[command(flatten)]
    common: CommonArgs,
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
    Serve(ServeOnly),
    /// Apply database migrations and exit.
    Migrate,
    /// Grant or revoke staff roles (run on the server host; bootstraps the first admin).
    #[command(after_help = "Examples:
  acctd staff grant 12345678 --role admin --database postgres://acct@db/acct
  acctd staff revoke 12345678 --role support")]
    Staff {
        #[command(subcommand)]
        action: StaffAction,
    },
    /// OpenID Connect signing keys (stored sealed in the database, shared by replicas).
    #[command(after_help = "Examples:
  acctd keys rotate --database postgres://acct@db/acct

A rotated-out key stays in the JWKS until the tokens it signed have expired.")]
    Keys {
        #[command(subcommand)]
        action: KeysAction,
    },
}

#[derive(Subcommand, Clone, Copy)]
enum KeysAction {
    /// Make new signing keys now; the old ones stop signing.
    Rotate,
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
    Keys(KeysAction),
}

/// Settings every command reads (the database, the configuration file, the log form).
#[derive(Args, Clone, Default)]
struct CommonArgs {
    /// TOML configuration file.
    #[arg(long, env = "ACCTD_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// sqlite://PATH (created on first start) or postgres://…
    #[arg(long, global = true)]
    database: Option<String>,
    /// Log as JSON lines.
    #[arg(long, global = true)]
    log_json: bool,
}

/// Settings of the running service only (`acctd`, `acctd serve`).
#[derive(Args, Clone, Default)]
struct ServeOnly {
    /// Address to listen on [default: 127.0.0.1:8720]; links in messages use it too
    /// unless `public_url` is set.
    #[arg(long)]
    listen: Option<std::net::SocketAddr>,
    /// Where codes and links go, comma-separated: `log`, `file:PATH`, `smtp://…` or
    /// `smtps://…` (email), `webhook:URL` (SMS; needs ACCTD_WEBHOOK_SECRET).
    #[arg(long)]
    courier: Option<String>,
    /// Development: local SQLite (./acctd-dev.db), `log` courier, loopback only.
    #[arg(long)]
    dev: bool,
}

impl ServeOnly {
    fn is_empty(&self) -> bool {
        self.listen.is_none() && self.courier.is_none() && !self.dev
    }
}

/// Everything a command line said, merged.
#[derive(Clone, Default)]
struct ServeArgs {
    config: Option<PathBuf>,
    listen: Option<std::net::SocketAddr>,
    database: Option<String>,
    courier: Option<String>,
    dev: bool,
    log_json: bool,
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let (mode, serve) = match cli.command {
        Some(Command::Serve(a)) => (Mode::Serve, merge(cli.serve, a)),
        Some(Command::Migrate) => (Mode::Migrate, cli.serve),
        Some(Command::Staff { action }) => (Mode::Staff(action), cli.serve),
        Some(Command::Keys { action }) => (Mode::Keys(action), cli.serve),
        None => (Mode::Serve, cli.serve),
    };
    if !matches!(mode, Mode::Serve) && !serve.is_empty() {
        eprintln!("acctd: --listen, --courier and --dev apply to serving only (`acctd`, `acctd serve`); drop them here");
        return std::process::ExitCode::from(2);
    }
    let args = ServeArgs {
        config: cli.common.config,
        listen: serve.listen,
        database: cli.common.database,
        courier: serve.courier,
        dev: serve.dev,
        log_json: cli.common.log_json,
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
            Mode::Keys(KeysAction::Rotate) => {
                let app = acctd::build_app(config).await?;
                let kids = app.rotate_keys().await?;
                println!("new signing keys: {}", kids.join(", "));
                app.store.close().await;
                Ok(())
            }
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
    let role: acctd::kinds::StaffRole = args.role.parse()?;
    let mut roles = account.roles.clone();
    if grant {
        roles.grant(role);
    } else {
        roles.revoke(role);
    }
    // The roles and their audit entry commit together.
    let mut uow = store.begin().await?;
    if !uow.set_roles(&account.id, &roles).await? {
        anyhow::bail!("account {} was deleted", args.account_id);
    }
    let action = if grant { "role.grant" } else { "role.revoke" };
    uow.audit(&acctd::store::AuditRow {
        at: acctd::clock::Timestamp::from_datetime(acctd::clock::system_now()),
        actor: "acctd-host".into(),
        action: action.into(),
        account_id: Some(account.id.clone()),
        reason: Some(args.role.clone()),
        ..Default::default()
    })
    .await?;
    uow.commit().await?;
    println!(
        "{} {} the {} role; roles now: {}",
        account.id,
        if grant { "has" } else { "no longer has" },
        args.role,
        if roles.is_empty() {
            "none".to_string()
        } else {
            roles.names().join(", ")
        }
    );
    Ok(())
}

/// Flags given after `serve` win over those before it.
fn merge(before: ServeOnly, after: ServeOnly) -> ServeOnly {
    ServeOnly {
        listen: after.listen.or(before.listen),
        courier: after.courier.or(before.courier),
        dev: after.dev || before.dev,
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
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Colour only for a person at a terminal: a file or a collector gets plain text.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Checks everything (couriers, database and migrations, key) before it says it
/// listens, so a bad setting exits before any client can connect.
async fn run(mut config: Config) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.listen))?;
    let addr = listener.local_addr()?;
    let links = config.settle_public_url(addr).to_string();
    let app = acctd::build_app(config).await?;
    let c = &app.config;
    tracing::info!(listen = %addr, links = %links, database = %acctd::config::redact_url(&c.database), courier = %acctd::courier::redact_spec(&c.courier), "acctd starting");
    println!("acctd listening on http://{addr}");
    println!("links in messages use {links} (set public_url to change it)");
    acctd::serve_app(listener, app, shutdown_signal()).await
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
