//! In-app notifications (the bell).

use surrealdb::types::{RecordId, SurrealValue};

use crate::platform::db::Db;

#[derive(Debug, Clone, SurrealValue)]
pub struct NotificationRow {
    pub idea_id: String,
    pub idea_title: String,
    pub kind: String,
    pub stage: Option<String>,
    pub team: Option<RecordId>,
    pub session_date: Option<String>,
    pub session_starts_at: Option<String>,
    pub read: bool,
    pub at: chrono::DateTime<chrono::Utc>,
}

fn user(id: &str) -> RecordId {
    RecordId::new("user", id)
}

pub async fn unread_count(db: &Db, user_id: &str) -> Result<i64, surrealdb::Error> {
    let n: Option<i64> = db
        .query("RETURN count(SELECT id FROM notification WHERE user = $user AND read = false)")
        .bind(("user", user(user_id)))
        .await?
        .take(0)?;
    Ok(n.unwrap_or(0))
}

/// The newest 50 notifications of a person.
pub async fn recent(db: &Db, user_id: &str) -> Result<Vec<NotificationRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(idea) AS idea_id, idea.title AS idea_title, kind, stage, team, \
         session.date AS session_date, session.starts_at AS session_starts_at, read, at \
         FROM notification WHERE user = $user ORDER BY at DESC LIMIT 50",
    )
    .bind(("user", user(user_id)))
    .await?
    .take(0)
}

pub async fn mark_all_read(db: &Db, user_id: &str) -> Result<(), surrealdb::Error> {
    db.query("UPDATE notification SET read = true WHERE user = $user AND read = false")
        .bind(("user", user(user_id)))
        .await?
        .check()?;
    Ok(())
}
