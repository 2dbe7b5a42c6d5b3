//! Proposals of a round (only what the foundation needs: title and category).

use surrealdb::types::{RecordId, SurrealValue};

use crate::server::db::Db;

#[derive(Debug, Clone, SurrealValue)]
pub struct IdeaRow {
    pub id: String,
    pub title: String,
    pub category: String,
    pub stage: String,
}

pub async fn create(
    db: &Db,
    round_id: &str,
    title: &str,
    category: &str,
    stage: &str,
) -> Result<(), surrealdb::Error> {
    db.query(
        "CREATE idea SET round = $round, title = $title, category = $category, stage = $stage",
    )
    .bind(("round", RecordId::new("round", round_id)))
    .bind(("title", title.to_owned()))
    .bind(("category", category.to_owned()))
    .bind(("stage", stage.to_owned()))
    .await?
    .check()?;
    Ok(())
}

pub async fn list_for_round(db: &Db, round_id: &str) -> Result<Vec<IdeaRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(id) AS id, title, category, stage, created_at FROM idea \
         WHERE round = $round ORDER BY created_at ASC",
    )
    .bind(("round", RecordId::new("round", round_id)))
    .await?
    .take(0)
}
