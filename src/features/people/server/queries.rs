//! The e-mail domains and single addresses organizers allow for self sign-up (one record).

use surrealdb::types::{RecordId, SurrealValue};

use crate::platform::db::Db;

fn policy_id() -> RecordId {
    RecordId::new("account_policy", "main")
}

#[derive(Debug, Clone, Default, SurrealValue)]
pub struct PolicyRow {
    pub domains: Vec<String>,
    pub addresses: Vec<String>,
}

pub async fn get(db: &Db) -> Result<PolicyRow, surrealdb::Error> {
    let row: Option<PolicyRow> = db
        .query("SELECT domains, addresses FROM $policy")
        .bind(("policy", policy_id()))
        .await?
        .take(0)?;
    Ok(row.unwrap_or_default())
}

pub async fn set(
    db: &Db,
    domains: Vec<String>,
    addresses: Vec<String>,
) -> Result<(), surrealdb::Error> {
    db.query(
        "UPSERT $policy SET domains = $domains, addresses = $addresses, updated_at = time::now() \
         RETURN NONE",
    )
    .bind(("policy", policy_id()))
    .bind(("domains", domains))
    .bind(("addresses", addresses))
    .await?
    .check()?;
    Ok(())
}
