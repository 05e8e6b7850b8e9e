//! A fresh PostgreSQL database per test, on the server `ACCTD_TEST_POSTGRES_URL` names.

use sqlx::Connection;

/// The variable that turns the store-conformance runs to PostgreSQL (scripts/test.sh).
const ADMIN_URL_VAR: &str = "ACCTD_TEST_POSTGRES_URL";

/// The admin URL tests create their databases on, if this run uses PostgreSQL.
pub fn postgres_admin_url() -> Option<String> {
    std::env::var(ADMIN_URL_VAR).ok()
}

/// Creates a uniquely named database (`acctd_test_…`, which scripts/test.sh drops
/// after the run) on the admin server and returns its URL.
pub async fn fresh_postgres_database(admin: &str) -> String {
    sqlx::any::install_default_drivers();
    let name = format!("acctd_test_{}", acctd::secret::new_id());
    let mut conn = sqlx::AnyConnection::connect(admin)
        .await
        .unwrap_or_else(|e| panic!("connect to {ADMIN_URL_VAR}: {e}"));
    sqlx::raw_sql(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("create test database");
    let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(admin);
    format!("{base}/{name}")
}
