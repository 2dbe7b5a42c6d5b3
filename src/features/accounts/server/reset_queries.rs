//! Password links: made by an organizer, looked up by the hash of their token, used once.

use surrealdb::types::{RecordId, SurrealValue};

use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{is_retryable, is_thrown};

fn reset_id(token_hash: &str) -> RecordId {
    RecordId::new("password_reset", token_hash)
}

/// An unused link that has not expired, with the account it is for.
#[derive(Debug, Clone, SurrealValue)]
pub struct LiveLink {
    pub user_id: String,
    pub name: String,
    pub email: String,
    /// Minutes until it expires (rounded down).
    pub minutes_left: i64,
}

/// Makes a link for `user_id` valid for an hour; the person's earlier links stop working.
pub async fn make(
    db: &Db,
    token_hash: &str,
    user_id: &str,
    made_by: &str,
) -> Result<(), surrealdb::Error> {
    db.query(
        "BEGIN TRANSACTION;
         DELETE password_reset WHERE user = $user;
         CREATE $reset SET user = $user, made_by = $by, expires_at = time::now() + 1h;
         COMMIT TRANSACTION;",
    )
    .bind(("reset", reset_id(token_hash)))
    .bind(("user", RecordId::new("user", user_id)))
    .bind(("by", RecordId::new("user", made_by)))
    .await?
    .check()?;
    Ok(())
}

/// The link with this token's hash, if it can still be used.
pub async fn live(db: &Db, token_hash: &str) -> Result<Option<LiveLink>, surrealdb::Error> {
    db.query(
        "SELECT record::id(user) AS user_id, user.name AS name, user.email AS email,
             duration::mins(expires_at - time::now()) AS minutes_left
         FROM ONLY $reset WHERE used_at = NONE AND expires_at > time::now() AND user.email != NONE",
    )
    .bind(("reset", reset_id(token_hash)))
    .await?
    .take(0)
}

const LINK_GONE: &str = "reset_link_gone";

pub enum UseError {
    /// Used, expired, replaced, or never made.
    Gone,
    Db(surrealdb::Error),
}

/// Sets the new password if the link still holds, marks it used, and ends every session of
/// the account, all at once; returns the account's id.
pub async fn use_link(
    db: &Db,
    token_hash: &str,
    password_hash: String,
) -> Result<String, UseError> {
    let mut response = db
        .query(
            "BEGIN TRANSACTION;
             LET $link = (SELECT user FROM ONLY $reset
                 WHERE used_at = NONE AND expires_at > time::now());
             IF $link = NONE { THROW 'reset_link_gone' };
             UPDATE $reset SET used_at = time::now() RETURN NONE;
             UPDATE $link.user SET password_hash = $hash RETURN NONE;
             DELETE session WHERE user = $link.user;
             COMMIT TRANSACTION;
             RETURN record::id((SELECT VALUE user FROM ONLY $reset));",
        )
        .bind(("reset", reset_id(token_hash)))
        .bind(("hash", password_hash))
        .await
        .map_err(UseError::Db)?;
    if let Some(error) = first_real_error(&mut response) {
        // A clash is the same link used at the same moment: the other use won.
        return Err(if is_thrown(&error, LINK_GONE) || is_retryable(&error) {
            UseError::Gone
        } else {
            UseError::Db(error)
        });
    }
    let last = response.num_statements().saturating_sub(1);
    let user: Option<String> = response.take(last).map_err(UseError::Db)?;
    user.ok_or(UseError::Gone)
}
