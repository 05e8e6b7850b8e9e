//! ID token signing keys, shared by every replica through the database. The private
//! half is sealed before it is written (see `domain::oauth::keys`).

use sqlx::any::AnyRow;
use sqlx::Row;

use super::Store;

#[derive(Debug, Clone)]
pub struct SigningKeyRow {
    pub kid: String,
    pub alg: String,
    pub private_sealed: String,
    pub public_jwk: String,
    pub created_at: i64,
    pub retired_at: Option<i64>,
    pub publish_until: Option<i64>,
}

const COLUMNS: &str = "kid, alg, private_sealed, public_jwk, created_at, retired_at, publish_until";

fn key_from_row(r: &AnyRow) -> Result<SigningKeyRow, sqlx::Error> {
    Ok(SigningKeyRow {
        kid: r.try_get("kid")?,
        alg: r.try_get("alg")?,
        private_sealed: r.try_get("private_sealed")?,
        public_jwk: r.try_get("public_jwk")?,
        created_at: r.try_get("created_at")?,
        retired_at: r.try_get("retired_at")?,
        publish_until: r.try_get("publish_until")?,
    })
}

impl Store {
    pub async fn insert_signing_key(&self, k: &SigningKeyRow) -> Result<(), sqlx::Error> {
        let sql = format!(
            "INSERT INTO oauth_signing_keys ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)"
        );
        sqlx::query(&sql)
            .bind(&k.kid)
            .bind(&k.alg)
            .bind(&k.private_sealed)
            .bind(&k.public_jwk)
            .bind(k.created_at)
            .bind(k.retired_at)
            .bind(k.publish_until)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Keys still published (not past `publish_until`), newest first.
    pub async fn published_signing_keys(
        &self,
        now: i64,
    ) -> Result<Vec<SigningKeyRow>, sqlx::Error> {
        let sql = format!(
            "SELECT {COLUMNS} FROM oauth_signing_keys \
             WHERE publish_until IS NULL OR publish_until > $1 ORDER BY created_at DESC, kid"
        );
        let rows = sqlx::query(&sql).bind(now).fetch_all(&self.pool).await?;
        rows.iter().map(key_from_row).collect()
    }

    /// Stops the keys of `alg` that still sign (other than `keep`) from signing; they
    /// stay published until `publish_until`.
    pub async fn retire_signing_keys(
        &self,
        alg: &str,
        keep: &str,
        now: i64,
        publish_until: i64,
    ) -> Result<u64, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE oauth_signing_keys SET retired_at = $3, publish_until = $4 \
             WHERE alg = $1 AND kid <> $2 AND retired_at IS NULL",
        )
        .bind(alg)
        .bind(keep)
        .bind(now)
        .bind(publish_until)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }
}
