//! acctd: the account service behind acctl.
//!
//! `serve` runs the service on a listener the caller binds (tests hand it
//! `127.0.0.1:0`), until `shutdown` resolves; in-flight requests are drained
//! for at most `http.drain_timeout` (see `http`).

pub mod clock;
pub mod config;
pub mod courier;
pub mod domain;
pub mod error;
pub mod error_text;
pub mod http;
pub mod kinds;
pub mod pages;
pub mod routes;
pub mod secret;
pub mod store;

use std::future::Future;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

pub use clock::{Clock, ManualClock, SystemClock};
pub use config::Config;

use domain::{App, AppInner};
use secret::ServerKey;
use store::{Backend, Store};

/// Builds the shared state, checking what needs no database first (couriers, password
/// settings), so a bad setting is refused before anything is migrated or written; then
/// connects, migrates and loads (or makes) the key.
pub async fn build_app(config: Config) -> anyhow::Result<App> {
    let couriers = courier::channel_couriers(&courier::CourierSpecs {
        courier: &config.courier,
        email: config.email_courier.as_deref(),
        sms: config.sms_courier.as_deref(),
        webhook_secret: config.webhook_secret.as_deref(),
        settings: &config.delivery,
    })?;
    let hasher = domain::passwords::Hasher::new(&config.password)?;
    let store = Store::connect(&config.database, config.max_connections).await?;
    store.migrate().await?;
    let key = load_key(&config, store.backend())?;
    // Every message goes through the outbox in the database (durable, shared by replicas).
    let courier = courier::Outbox::new(
        store.clone(),
        couriers,
        config.delivery.clone(),
        config.clock.clone(),
        &key,
    )?;
    let app = App(Arc::new(AppInner {
        clock: config.clock.clone(),
        config,
        store,
        key,
        hasher,
        courier,
        oidc_keys: Default::default(),
    }));
    Ok(app)
}

/// Runs the service on `listener` until `shutdown` resolves (an unset `public_url`
/// becomes the listener's address).
pub async fn serve(
    listener: tokio::net::TcpListener,
    mut config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    config.settle_public_url(listener.local_addr()?);
    let app = build_app(config).await?;
    serve_app(listener, app, shutdown).await
}

/// Runs a built service on `listener` until `shutdown` resolves.
pub async fn serve_app(
    listener: tokio::net::TcpListener,
    app: App,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    // Only a serving replica writes the config's clients: a one-off command run
    // without the config file (`acctd keys rotate`) must not delete them.
    app.install_static_clients().await?;
    let housekeeping = tokio::spawn(housekeeping(app.clone()));
    let drainer = courier::Background::spawn(app.courier.background());
    let router = routes::router(app.clone());
    http::run(listener, router, &app.config.http, shutdown).await;
    housekeeping.abort();
    // Deliveries in flight finish (bounded) before the drainer and the pool go.
    app.courier.shutdown().await;
    drop(drainer);
    app.store.close().await;
    Ok(())
}

/// Deletes expired tokens and flows now and then, so lookups stay small.
async fn housekeeping(app: App) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        let keep = app.config.limits.refresh_ttl;
        if let Err(e) = app.store.purge_expired(app.timestamp(), keep).await {
            tracing::warn!(error = %e, "housekeeping failed");
        }
        if let Err(e) = app.store.purge_expired_oauth(app.now()).await {
            tracing::warn!(error = %e, "housekeeping failed");
        }
        if let Err(e) = app.rotate_keys_if_due().await {
            tracing::warn!(error = %e, "signing key rotation failed");
        }
    }
}

/// The server key: from config, from a key file, or (SQLite only) a new key file
/// beside the database, so a development setup needs no configuration.
fn load_key(config: &Config, backend: Backend) -> anyhow::Result<ServerKey> {
    if let Some(hex) = &config.secret_key {
        return ServerKey::from_hex(hex).ok_or_else(|| {
            anyhow::anyhow!(
                "secret_key must be 64 hex characters (generate one with `openssl rand -hex 32`)"
            )
        });
    }
    // acctd owns the key file it makes beside a SQLite database; one the operator names
    // (perhaps on a read-only secret mount) is only read.
    let (path, owned) = match (&config.secret_key_file, backend) {
        (Some(p), _) => (p.clone(), false),
        (None, Backend::Sqlite) => match store::sqlite_file(&config.database) {
            Some(db) => (key_path_beside(&db), true),
            None => {
                // Nothing on disk to keep it beside: the database goes with the process anyway.
                tracing::warn!("in-memory database: using a server key that lives as long as the process");
                return Ok(ServerKey::generate());
            }
        },
        (None, Backend::Postgres) => anyhow::bail!(
            "with PostgreSQL every replica needs the same secret_key (or secret_key_file); generate one with `openssl rand -hex 32`"
        ),
    };
    if path.exists() {
        if owned {
            make_private(&path)?;
        }
        let text = std::fs::read_to_string(&path)?;
        return ServerKey::from_hex(&text).ok_or_else(|| {
            anyhow::anyhow!(
                "key file {} does not hold 64 hex characters",
                path.display()
            )
        });
    }
    let key = ServerKey::generate();
    write_private(&path, &key.to_hex())?;
    tracing::info!(path = %path.display(), "created a new server key");
    Ok(key)
}

/// `acct.db` → `acct.key`; a database already named `*.key` gets `*.key.key`, so the
/// key never overwrites (or is read from) the database itself.
fn key_path_beside(db: &Path) -> std::path::PathBuf {
    if db.extension().is_some_and(|e| e == "key") {
        let mut name = db.as_os_str().to_os_string();
        name.push(".key");
        return name.into();
    }
    db.with_extension("key")
}

/// A key file an older version (or an operator) left readable by others is tightened.
fn make_private(path: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(|e| {
                anyhow::anyhow!("key file {} is readable by others and cannot be made private (chmod 600): {e}", path.display())
            })?;
            tracing::warn!(path = %path.display(), "made a readable key file private (0600)");
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

fn write_private(path: &Path, contents: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(path)
        .map_err(|e| anyhow::anyhow!("cannot create key file {}: {e}", path.display()))?;
    f.write_all(contents.as_bytes())?;
    Ok(())
}

/// Compile-time guard: these futures must be `Send` so `serve` can be spawned
/// (sqlx's `Executor` lifetimes make that easy to lose).
#[allow(dead_code)]
fn _send_checks(c: Config, s: &'static Store, a: App) {
    fn is_send<T: Send>(_: T) {}
    is_send(Store::connect("x", 1));
    is_send(s.migrate());
    is_send(s.purge_expired(clock::Timestamp::from_unix(0), 0));
    is_send(housekeeping(a));
    is_send(build_app(c));
}
