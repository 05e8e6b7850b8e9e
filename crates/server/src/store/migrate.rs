//! Schema migrations, embedded in the binary, one folder per backend.

use sqlx::Executor;

use super::{Backend, Store};

struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "core",
        sqlite: include_str!("../../migrations/sqlite/0001_core.sql"),
        postgres: include_str!("../../migrations/postgres/0001_core.sql"),
    },
    Migration {
        version: 2,
        name: "activity_redaction",
        sqlite: include_str!("../../migrations/sqlite/0002_activity_redaction.sql"),
        postgres: include_str!("../../migrations/postgres/0002_activity_redaction.sql"),
    },
    Migration {
        version: 3,
        name: "outbox",
        sqlite: include_str!("../../migrations/sqlite/0003_outbox.sql"),
        postgres: include_str!("../../migrations/postgres/0003_outbox.sql"),
    },
    Migration {
        version: 4,
        name: "two_step",
        sqlite: include_str!("../../migrations/sqlite/0004_two_step.sql"),
        postgres: include_str!("../../migrations/postgres/0004_two_step.sql"),
    },
    Migration {
        version: 5,
        name: "recovery",
        sqlite: include_str!("../../migrations/sqlite/0005_recovery.sql"),
        postgres: include_str!("../../migrations/postgres/0005_recovery.sql"),
    },
    Migration {
        version: 6,
        name: "compromised",
        sqlite: include_str!("../../migrations/sqlite/0006_compromised.sql"),
        postgres: include_str!("../../migrations/postgres/0006_compromised.sql"),
    },
    Migration {
        version: 7,
        name: "signin_guards",
        sqlite: include_str!("../../migrations/sqlite/0007_signin_guards.sql"),
        postgres: include_str!("../../migrations/postgres/0007_signin_guards.sql"),
    },
    Migration {
        version: 8,
        name: "outbox_flow",
        sqlite: include_str!("../../migrations/sqlite/0008_outbox_flow.sql"),
        postgres: include_str!("../../migrations/postgres/0008_outbox_flow.sql"),
    },
    Migration {
        version: 9,
        name: "account_language",
        sqlite: include_str!("../../migrations/sqlite/0009_account_language.sql"),
        postgres: include_str!("../../migrations/postgres/0009_account_language.sql"),
    },
    Migration {
        version: 10,
        name: "oidc",
        sqlite: include_str!("../../migrations/sqlite/0010_oidc.sql"),
        postgres: include_str!("../../migrations/postgres/0010_oidc.sql"),
    },
    Migration {
        version: 11,
        name: "device_codes",
        sqlite: include_str!("../../migrations/sqlite/0011_device_codes.sql"),
        postgres: include_str!("../../migrations/postgres/0011_device_codes.sql"),
    },
];

/// Arbitrary constant naming our advisory lock.
const PG_LOCK_KEY: i64 = 0x0acc_7d00;

impl Store {
    /// Applies every migration not yet applied, in one transaction; returns how many ran.
    /// SQLite's `BEGIN IMMEDIATE` and PostgreSQL's transaction-scoped advisory lock keep
    /// replicas that start together from racing.
    pub async fn migrate(&self) -> anyhow::Result<usize> {
        let mut tx = self.begin().await?;
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(PG_LOCK_KEY)
                .execute(tx.conn())
                .await?;
        }
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
        )
        .execute(tx.conn())
        .await?;
        let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM schema_migrations")
            .fetch_all(tx.conn())
            .await?;
        let mut ran = 0;
        for m in MIGRATIONS {
            if applied.contains(&m.version) {
                continue;
            }
            let sql = match self.backend {
                Backend::Sqlite => m.sqlite,
                Backend::Postgres => m.postgres,
            };
            tx.conn()
                .execute(sqlx::raw_sql(sql))
                .await
                .map_err(|e| anyhow::anyhow!("migration {} ({}) failed: {e}", m.version, m.name))?;
            sqlx::query(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            )
            .bind(m.version)
            .bind(m.name)
            .bind(crate::clock::system_now().unix_timestamp())
            .execute(tx.conn())
            .await?;
            tracing::info!(version = m.version, name = m.name, "applied migration");
            ran += 1;
        }
        tx.commit().await?;
        Ok(ran)
    }
}
