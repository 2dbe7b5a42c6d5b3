//! Sign-in sessions. The cookie holds a random token; the database holds only its hash.
//! A session ends `SESSION_DAYS` after sign-in, or sooner after `idle` without use.

use std::time::Duration;

use surrealdb::types::RecordId;

use crate::platform::db::Db;
use crate::platform::users::{self, UserRow};

/// How long a session lasts after sign-in, at most, however much it is used.
pub const SESSION_DAYS: i64 = 30;

/// A session's last use is written again once it is this old (a fraction of the idle
/// time, at most five minutes), not on every request.
fn touch_after(idle: Duration) -> Duration {
    (idle / 8).min(Duration::from_secs(300))
}

fn surreal_duration(d: Duration) -> String {
    format!("{}ms", d.as_millis())
}

pub async fn create(db: &Db, token_hash: &str, user_id: &str) -> Result<(), surrealdb::Error> {
    db.query("CREATE $sid SET user = $user, expires_at = time::now() + <duration> $ttl")
        .bind(("sid", RecordId::new("session", token_hash)))
        .bind(("user", RecordId::new("user", user_id)))
        .bind(("ttl", format!("{SESSION_DAYS}d")))
        .await?
        .check()?;
    Ok(())
}

/// The signed-in user of a live session, or `None` for an unknown, expired or idle token.
/// Notes the use (now and then, see `touch_after`).
pub async fn user_of(
    db: &Db,
    token_hash: &str,
    idle: Duration,
) -> Result<Option<UserRow>, surrealdb::Error> {
    let user_id: Option<String> = db
        .query(
            "LET $s = (SELECT user, last_seen FROM $sid
                 WHERE expires_at > time::now()
                 AND last_seen > time::now() - <duration> $idle)[0];
             IF $s != NONE AND $s.last_seen < time::now() - <duration> $touch {
                 UPDATE $sid SET last_seen = time::now() RETURN NONE;
             };
             RETURN IF $s = NONE { NONE } ELSE { record::id($s.user) };",
        )
        .bind(("sid", RecordId::new("session", token_hash)))
        .bind(("idle", surreal_duration(idle)))
        .bind(("touch", surreal_duration(touch_after(idle))))
        .await?
        .take(2)?;
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

/// Deletes the sessions that can no longer be used (expired or idle); how many.
pub async fn purge_ended(db: &Db, idle: Duration) -> Result<usize, surrealdb::Error> {
    let gone: Option<i64> = db
        .query(
            "LET $gone = (SELECT VALUE id FROM session WHERE expires_at <= time::now()
                 OR last_seen <= time::now() - <duration> $idle);
             DELETE $gone;
             RETURN array::len($gone);",
        )
        .bind(("idle", surreal_duration(idle)))
        .await?
        .take(2)?;
    Ok(usize::try_from(gone.unwrap_or(0)).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sessions_use_is_noted_now_and_then() {
        assert_eq!(
            touch_after(Duration::from_secs(8 * 3600)),
            Duration::from_secs(300)
        );
        assert_eq!(touch_after(Duration::from_secs(8)), Duration::from_secs(1));
        assert_eq!(surreal_duration(Duration::from_secs(2)), "2000ms");
    }
}
