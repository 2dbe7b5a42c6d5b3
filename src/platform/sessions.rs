//! Starting and ending a signed-in session for the current request.

use crate::error::AppError;
use crate::platform::auth::{self, SESSION_COOKIE};
use crate::platform::context::{request_cookie, set_cookie};
use crate::platform::session_queries as sessions;
use crate::platform::state::AppState;

pub async fn start(state: &AppState, user_id: &str) -> Result<(), AppError> {
    let token = auth::new_session_token();
    sessions::create(&state.db, &auth::token_hash(&token), user_id).await?;
    set_cookie(&auth::session_cookie(&token, state.secure_cookies));
    Ok(())
}

pub async fn end(state: &AppState) -> Result<(), AppError> {
    if let Some(token) = request_cookie(SESSION_COOKIE) {
        sessions::delete(&state.db, &auth::token_hash(&token)).await?;
    }
    set_cookie(&auth::expired_session_cookie(state.secure_cookies));
    Ok(())
}
