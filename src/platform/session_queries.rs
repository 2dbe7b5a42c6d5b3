//! Sign-in sessions. The cookie holds a random token; the database holds only its hash.

use surrealdb::types::RecordId;

use crate::platform::db::Db;
use crate::platform::users::{self, UserRow};

/// How long a session lasts after sign-in.
pub const SESSION_DAYS: i64 = 30;

pub async fn create(db: &Db, token_hash: &str, user_id: &str) -> Result<(), surrealdb::Error> {
    db.query("CREATE $sid SET user = $user, expires_at = time::now() + <duration> $ttl")
        .bind(("sid", RecordId::new("session", token_hash)))
        .bind(("user", RecordId::new("user", user_id)))
        .bind(("ttl", format!("{SESSION_DAYS}d")))
        .await?
        .check()?;
    Ok(())
}

/// The signed-in user of a live session, or `None` for an unknown or expired token.
pub async fn user_of(db: &Db, token_hash: &str) -> Result<Option<UserRow>, surrealdb::Error> {
    let user_id: Option<String> = db
        .query("SELECT VALUE record::id(user) FROM $sid WHERE expires_at > time::now()")
        .bind(("sid", RecordId::new("session", token_hash)))
        .await?
        .take(0)?;
    match user_id {
        Some(id) => users::by_id(db, &id).await,
        None => Ok(None),
    }
}

pub async fn delete(db: &Db, token_hash: &str) -> Result<(), surrealdb::Error> {
    db.query("DELETE $sid")
        .bind(("sid", RecordId::new("session", token_hash)))
        .await?
        .check()?;
    Ok(())
}
