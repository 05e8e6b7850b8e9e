//! The store: every piece of state the service keeps, in SQLite or PostgreSQL.
//!
//! One `Store` over sqlx's `Any` driver, with SQL written in the dialect both
//! backends share (`$N` placeholders in order, `ON CONFLICT … RETURNING`), and one
//! migrations folder per backend. Limits are enforced by single atomic statements
//! (`UPDATE … WHERE … RETURNING`), so they hold across replicas.

mod accounts;
mod activity;
mod activity_export;
mod codes;
mod counters;
mod flows;
mod migrate;
mod oauth_browser;
mod oauth_clients;
mod oauth_device;
mod oauth_grants;
mod oauth_keys;
mod outbox;
mod recovery;
mod report;
mod sessions;
mod timestamp;
mod two_step;
mod uow;

pub use accounts::{AccountKey, AccountRow};
pub use activity::{ActivityEntry, ActivityFilter, ActivityRow};
pub use activity_export::{exports_cut_short, rows_read_by_export, ExportChunk, ExportStart};
pub use codes::{CodeCheck, NewCode};
pub use counters::{Throttle, WindowedCount};
pub use flows::FlowRow;
pub use oauth_browser::BrowserSessionRow;
pub use oauth_clients::ClientRow;
pub use oauth_device::{DeviceCodeRow, DeviceDecision};
pub use oauth_grants::{CodeRow, GrantRow, OAuthTokenRow, UserinfoRow};
pub use oauth_keys::SigningKeyRow;
pub use outbox::{FlowDelivery, NewOutboxMessage, OutboxRow};
pub use recovery::{AuditRow, NoteRow, TicketMove, TicketRow};
pub use report::{ReportedDevice, ReportedEvent};
pub use sessions::{AccessContext, DeviceRow, RefreshUse};
pub use uow::Uow;

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

/// Activity exports running at once per replica; more are refused with a retry-after.
const MAX_EXPORTS: usize = 4;

/// Which database engine is behind the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// SQLite only: a native read pool for long listings (see `list_activity`).
    sqlite_reads: Option<sqlx::SqlitePool>,
    /// SQLite only: the database file, opened by the activity export's own reader.
    sqlite_path: Option<std::path::PathBuf>,
    /// Activity exports running at once (each holds a reader and a read snapshot).
    export_slots: std::sync::Arc<tokio::sync::Semaphore>,
}

impl Store {
    /// Connects (creating a SQLite file if needed). Does not migrate.
    pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<Self> {
        sqlx::any::install_default_drivers();
        let (backend, url) = if url.starts_with("sqlite:") {
            if let Some(path) = sqlite_file(url) {
                private_files(&path)?;
            }
            let with_mode = if url.contains('?') {
                url.to_string()
            } else {
                format!("{url}?mode=rwc")
            };
            (Backend::Sqlite, with_mode)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Backend::Postgres, url.to_string())
        } else {
            anyhow::bail!("unsupported database URL {url:?}: use sqlite://PATH or postgres://…");
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside the one writer; NORMAL keeps commits across
                        // an application crash (not a power loss, see docs/operations.md).
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        // Deleted content (spent outbox rows, used codes) is overwritten, not
                        // left in free pages.
                        conn.execute("PRAGMA secure_delete = ON").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(|e| anyhow::anyhow!("cannot open database: {e}"))?;
        let sqlite_path = match backend {
            Backend::Sqlite => sqlite_file(&url),
            Backend::Postgres => None,
        };
        let sqlite_reads = match backend {
            Backend::Sqlite => {
                let options = sqlx::sqlite::SqliteConnectOptions::from_str(&url)?
                    .busy_timeout(Duration::from_secs(10))
                    .pragma("secure_delete", "ON");
                Some(
                    sqlx::sqlite::SqlitePoolOptions::new()
                        .max_connections(max_connections.clamp(1, 4))
                        .acquire_timeout(Duration::from_secs(10))
                        .connect_with(options)
                        .await
                        .map_err(|e| anyhow::anyhow!("cannot open database for reading: {e}"))?,
                )
            }
            Backend::Postgres => None,
        };
        Ok(Self {
            pool,
            backend,
            sqlite_reads,
            sqlite_path,
            export_slots: std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_EXPORTS)),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// True when the database answers (readiness).
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.pool.close().await;
        if let Some(reads) = &self.sqlite_reads {
            reads.close().await;
        }
    }
}

/// The file behind a SQLite URL; `None` for an in-memory database.
pub fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path.is_empty() || path == ":memory:" || query.split('&').any(|p| p == "mode=memory") {
        return None;
    }
    Some(std::path::PathBuf::from(path))
}

/// The database holds account data and (sealed) messages: it, its WAL and its shared
/// memory file are the owner's alone. SQLite gives `-wal` and `-shm` the database
/// file's mode, so creating the file 0600 before SQLite does is enough for new files;
/// files an older version left readable are tightened.
fn private_files(db: &std::path::Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        if !db.exists() {
            if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| {
                    anyhow::anyhow!("cannot create the database folder {}: {e}", dir.display())
                })?;
            }
            let created = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(db);
            match created {
                Ok(_) => {}
                // Another replica or process created it first: tightened below.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    anyhow::bail!("cannot create the database {}: {e}", db.display())
                }
            }
        }
        let mut names = vec![db.to_path_buf()];
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut name = db.as_os_str().to_os_string();
            name.push(suffix);
            names.push(name.into());
        }
        for path in names {
            let Ok(meta) = std::fs::metadata(&path) else {
                continue;
            };
            if meta.permissions().mode() & 0o077 != 0 {
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).map_err(
                    |e| anyhow::anyhow!("cannot make {} private (chmod 600): {e}", path.display()),
                )?;
                tracing::warn!(path = %path.display(), "made a readable database file private (0600)");
            }
        }
    }
    #[cfg(not(unix))]
    let _ = db;
    Ok(())
}

/// Maps a unique-constraint violation to `Some(())`, so callers can answer 409.
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => {
            db.is_unique_violation()
                || db.code().as_deref() == Some("23505")
                || db.message().contains("UNIQUE constraint failed")
        }
        _ => false,
    }
}
