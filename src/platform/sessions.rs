//! Starting and ending a signed-in session for the current request.

use crate::error::AppError;
use crate::platform::auth::{self, SESSION_COOKIE};
use crate::platform::context::{request_cookie, set_cookie};
use crate::platform::session_queries as sessions;
use crate::platform::state::AppState;

/// Signs in: a new session (and cookie); the session this browser had before, if any, is
/// revoked, so a token known before sign-in (a shared PC, a planted cookie) is worth nothing.
pub async fn start(state: &AppState, user_id: &str) -> Result<(), AppError> {
    if let Some(old) = request_cookie(SESSION_COOKIE) {
        sessions::delete(&state.db, &auth::token_hash(&old)).await?;
    }
    let token = auth::new_session_token();
    sessions::create(&state.db, &auth::token_hash(&token), user_id).await?;
    set_cookie(&auth::session_cookie(&token, state.secure_cookies));
    Ok(())
}

/// Signs out: the session is deleted and the cookie expired.
pub async fn end(state: &AppState) -> Result<(), AppError> {
    if let Some(token) = request_cookie(SESSION_COOKIE) {
        sessions::delete(&state.db, &auth::token_hash(&token)).await?;
    }
    set_cookie(&auth::expired_session_cookie(state.secure_cookies));
    Ok(())
}

/// Deletes ended sessions (expired or idle), the rate limits' ended counts and unfinished
/// sign-ins with the identity provider every `every`, for as long as the app runs; logs
/// how many sessions went.
pub async fn purge_every(
    db: crate::platform::db::Db,
    idle: std::time::Duration,
    every: std::time::Duration,
) {
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        match sessions::purge_ended(&db, idle).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "ended sessions deleted"),
            Err(error) => {
                tracing::warn!(%error, "could not delete ended sessions; trying again later")
            }
        }
        if let Err(error) = crate::platform::rate_limits::purge_ended(&db).await {
            tracing::warn!(%error, "could not delete ended rate counts; trying again later");
        }
        if let Err(error) = crate::platform::oidc::logins::purge_ended(&db).await {
            tracing::warn!(%error, "could not delete ended sign-ins; trying again later");
        }
    }
}
