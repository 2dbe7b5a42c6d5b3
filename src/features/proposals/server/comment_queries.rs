//! The comment and question thread of a proposal.

use surrealdb::types::{RecordId, SurrealValue};

use crate::features::proposals::server::ideas::idea_id;
use crate::platform::db::Db;

#[derive(Debug, Clone, SurrealValue)]
pub struct CommentRow {
    pub author_name: String,
    pub body: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Stores the comment and notifies `notify`, in one transaction.
pub async fn add(
    db: &Db,
    idea: &str,
    author: &str,
    body: &str,
    notify: Vec<RecordId>,
) -> Result<(), surrealdb::Error> {
    let mut response = db
        .query(
            "BEGIN TRANSACTION;
             CREATE idea_comment SET idea = $idea, author = $author, body = $body;
             FOR $person IN $notify {
                 CREATE notification SET user = $person, idea = $idea, kind = 'comment';
             };
             COMMIT TRANSACTION;",
        )
        .bind(("idea", idea_id(idea)))
        .bind(("author", RecordId::new("user", author)))
        .bind(("body", body.to_owned()))
        .bind(("notify", notify))
        .await?;
    match crate::platform::db::first_real_error(&mut response) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

pub async fn of_idea(db: &Db, idea: &str) -> Result<Vec<CommentRow>, surrealdb::Error> {
    db.query(
        "SELECT author.name AS author_name, body, at FROM idea_comment \
         WHERE idea = $idea ORDER BY at ASC",
    )
    .bind(("idea", idea_id(idea)))
    .await?
    .take(0)
}
