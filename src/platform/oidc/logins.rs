//! Sign-ins with the provider in progress: made when the browser is sent to the provider,
//! taken (once) when it comes back, gone after ten minutes either way.

use surrealdb::types::{RecordId, SurrealValue};

use super::LoginSecrets;
use crate::platform::auth::token_hash;
use crate::platform::db::Db;

/// How long a person has at the provider's sign-in page.
pub const LOGIN_MINUTES: i64 = 10;

/// What the app keeps of a sign-in while the browser is at the provider.
#[derive(Debug, Clone, PartialEq, Eq, SurrealValue)]
pub struct PendingLogin {
    pub nonce: String,
    pub verifier: String,
    /// The page of this site to go to afterwards.
    pub next: String,
    pub redirect_uri: String,
}

fn login_id(state: &str) -> RecordId {
    RecordId::new("oidc_login", token_hash(state))
}

pub async fn begin(
    db: &Db,
    secrets: &LoginSecrets,
    next: &str,
    redirect_uri: &str,
) -> Result<(), surrealdb::Error> {
    db.query(format!(
        "CREATE $login SET nonce = $nonce, verifier = $verifier, next = $next,
             redirect_uri = $redirect_uri, expires_at = time::now() + {LOGIN_MINUTES}m
         RETURN NONE"
    ))
    .bind(("login", login_id(&secrets.state)))
    .bind(("nonce", secrets.nonce.clone()))
    .bind(("verifier", secrets.verifier.clone()))
    .bind(("next", next.to_owned()))
    .bind(("redirect_uri", redirect_uri.to_owned()))
    .await?
    .check()?;
    Ok(())
}

/// The sign-in that sent `state`, if it is still pending; it is deleted, so a second
/// answer with the same state finds nothing.
pub async fn take(db: &Db, state: &str) -> Result<Option<PendingLogin>, surrealdb::Error> {
    db.query(
        "LET $gone = (DELETE $login WHERE expires_at > time::now() RETURN BEFORE);
         RETURN (SELECT nonce, verifier, next, redirect_uri FROM $gone)[0];",
    )
    .bind(("login", login_id(state)))
    .await?
    .take(1)
}

/// Deletes sign-ins nobody came back from; returns how many.
pub async fn purge_ended(db: &Db) -> Result<usize, surrealdb::Error> {
    let gone: Vec<RecordId> = db
        .query("DELETE oidc_login WHERE expires_at < time::now() RETURN VALUE id")
        .await?
        .take(0)?;
    Ok(gone.len())
}
