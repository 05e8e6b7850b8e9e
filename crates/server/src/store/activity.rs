//! The activity log: sign-in attempts and security events. Append-only
//! (triggers refuse UPDATE and DELETE).

use super::Store;

#[derive(Debug, Clone, Default)]
pub struct ActivityEntry {
    pub account_id: Option<String>,
    pub at: i64,
    pub kind: String,
    pub outcome: String,
    pub method: Option<String>,
    pub ip: Option<String>,
    pub device_id: Option<String>,
    pub device_name: Option<String>,
    pub user_agent: Option<String>,
    pub reason: Option<String>,
    pub request_id: Option<String>,
}

impl Store {
    pub async fn record_activity(&self, e: &ActivityEntry) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO activity (account_id, at, kind, outcome, method, ip, device_id, device_name, user_agent, reason, request_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(&e.account_id)
        .bind(e.at)
        .bind(&e.kind)
        .bind(&e.outcome)
        .bind(&e.method)
        .bind(&e.ip)
        .bind(&e.device_id)
        .bind(&e.device_name)
        .bind(&e.user_agent)
        .bind(&e.reason)
        .bind(&e.request_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
