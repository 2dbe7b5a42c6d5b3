//! Calendar tokens: one per person, made on first use, replaced by a reset.

use surrealdb::types::RecordId;

use crate::platform::db::Db;
use crate::platform::ids::new_key;

fn key(user: &str) -> RecordId {
    RecordId::new("calendar_token", user)
}

/// 40 characters from a–z and 0–9: about 200 bits, not guessable.
fn new_token() -> String {
    format!("{}{}", new_key(), new_key())
}

/// The person's token, made now if they have none.
pub async fn token_of(db: &Db, user: &str) -> Result<String, surrealdb::Error> {
    let token: Option<String> = db
        .query(
            "IF (SELECT VALUE token FROM ONLY $key) = NONE {
                 CREATE $key SET user = $user, token = $secret;
             };
             SELECT VALUE token FROM ONLY $key;",
        )
        .bind(("key", key(user)))
        .bind(("user", RecordId::new("user", user)))
        .bind(("secret", new_token()))
        .await?
        .take(1)?;
    token.ok_or_else(|| surrealdb::Error::internal("no calendar token".to_owned()))
}

pub async fn reset(db: &Db, user: &str) -> Result<(), surrealdb::Error> {
    db.query("UPSERT $key SET user = $user, token = $secret, at = time::now()")
        .bind(("key", key(user)))
        .bind(("user", RecordId::new("user", user)))
        .bind(("secret", new_token()))
        .await?
        .check()?;
    Ok(())
}

/// Whose token this is (one indexed lookup), if anyone's.
pub async fn owner_of(db: &Db, token: &str) -> Result<Option<String>, surrealdb::Error> {
    let owners: Vec<String> = db
        .query("SELECT VALUE record::id(user) FROM calendar_token WHERE token = $secret LIMIT 1")
        .bind(("secret", token.to_owned()))
        .await?
        .take(0)?;
    Ok(owners.into_iter().next())
}
