//! Registered OpenID Connect clients (relying parties). A deleted client keeps its
//! row, so its ID is never handed out again.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Store, Uow};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientRow {
    pub id: String,
    pub name: String,
    /// SHA-256 (hex) of the secret; `None` for a public client.
    pub secret_hash: Option<String>,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub scopes: Vec<String>,
    pub id_token_alg: String,
    /// `admin`, `config` or `builtin`.
    pub source: String,
    pub created_at: i64,
    pub updated_at: i64,
}

impl ClientRow {
    pub fn is_public(&self) -> bool {
        self.secret_hash.is_none()
    }
}

const COLUMNS: &str = "id, name, secret_hash, redirect_uris, post_logout_redirect_uris, scopes, id_token_alg, source, created_at, updated_at";

fn list_from(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

fn list_to(items: &[String]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".into())
}

fn client_from_row(r: &AnyRow) -> Result<ClientRow, sqlx::Error> {
    let redirects: String = r.try_get("redirect_uris")?;
    let logouts: String = r.try_get("post_logout_redirect_uris")?;
    let scopes: String = r.try_get("scopes")?;
    Ok(ClientRow {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        secret_hash: r.try_get("secret_hash")?,
        redirect_uris: list_from(&redirects),
        post_logout_redirect_uris: list_from(&logouts),
        scopes: scopes.split_whitespace().map(str::to_string).collect(),
        id_token_alg: r.try_get("id_token_alg")?,
        source: r.try_get("source")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

impl Store {
    /// A static client (config or built-in) is written at start-up: created, or brought
    /// in line with the config, and undeleted if an admin had deleted it.
    pub async fn upsert_static_client(&self, c: &ClientRow) -> Result<(), sqlx::Error> {
        let sql = format!(
            "INSERT INTO oauth_clients ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (id) DO UPDATE SET name = $2, secret_hash = $3, redirect_uris = $4, \
             post_logout_redirect_uris = $5, scopes = $6, id_token_alg = $7, source = $8, \
             updated_at = $10, deleted_at = NULL"
        );
        sqlx::query(&sql)
            .bind(&c.id)
            .bind(&c.name)
            .bind(&c.secret_hash)
            .bind(list_to(&c.redirect_uris))
            .bind(list_to(&c.post_logout_redirect_uris))
            .bind(c.scopes.join(" "))
            .bind(&c.id_token_alg)
            .bind(&c.source)
            .bind(c.created_at)
            .bind(c.updated_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A live (not deleted) client.
    pub async fn client(&self, id: &str) -> Result<Option<ClientRow>, sqlx::Error> {
        let sql =
            format!("SELECT {COLUMNS} FROM oauth_clients WHERE id = $1 AND deleted_at IS NULL");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(client_from_row).transpose()
    }

    pub async fn clients(&self) -> Result<Vec<ClientRow>, sqlx::Error> {
        let sql = format!(
            "SELECT {COLUMNS} FROM oauth_clients WHERE deleted_at IS NULL ORDER BY created_at, id"
        );
        let rows = sqlx::query(&sql).fetch_all(&self.pool).await?;
        rows.iter().map(client_from_row).collect()
    }
}

/// Client writes, inside a unit of work.
impl Uow {
    pub async fn insert_client(&mut self, c: &ClientRow) -> Result<(), sqlx::Error> {
        let sql = format!(
            "INSERT INTO oauth_clients ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
        );
        sqlx::query(&sql)
            .bind(&c.id)
            .bind(&c.name)
            .bind(&c.secret_hash)
            .bind(list_to(&c.redirect_uris))
            .bind(list_to(&c.post_logout_redirect_uris))
            .bind(c.scopes.join(" "))
            .bind(&c.id_token_alg)
            .bind(&c.source)
            .bind(c.created_at)
            .bind(c.updated_at)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Writes the editable fields; false when the client is gone.
    pub async fn update_client(&mut self, c: &ClientRow) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE oauth_clients SET name = $2, redirect_uris = $3, post_logout_redirect_uris = $4, \
             scopes = $5, id_token_alg = $6, updated_at = $7 WHERE id = $1 AND deleted_at IS NULL",
        )
        .bind(&c.id)
        .bind(&c.name)
        .bind(list_to(&c.redirect_uris))
        .bind(list_to(&c.post_logout_redirect_uris))
        .bind(c.scopes.join(" "))
        .bind(&c.id_token_alg)
        .bind(c.updated_at)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn set_client_secret(
        &mut self,
        id: &str,
        secret_hash: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE oauth_clients SET secret_hash = $2, updated_at = $3 \
             WHERE id = $1 AND deleted_at IS NULL AND secret_hash IS NOT NULL",
        )
        .bind(id)
        .bind(secret_hash)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn delete_client(&mut self, id: &str, now: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE oauth_clients SET deleted_at = $2, secret_hash = NULL, updated_at = $2 \
             WHERE id = $1 AND deleted_at IS NULL",
        )
        .bind(id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
