//! Who may download: the session cookie of the request, checked like the pages check it.

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::domain::Role;
use crate::i18n::{I18n, T};
use crate::platform::auth::{SESSION_COOKIE, cookie_value, token_hash};
use crate::platform::session_queries as sessions;
use crate::platform::state::AppState;

pub fn plain(status: StatusCode, text: &'static str) -> Response {
    (status, text).into_response()
}

/// 401 without a live session, 403 for anyone but an organizer; the refusal is the `Err`.
pub async fn require_organizer(
    state: &AppState,
    headers: &HeaderMap,
    i18n: I18n,
) -> Result<(), Response> {
    let token = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|h| cookie_value(h, SESSION_COOKIE).map(str::to_owned));
    let Some(token) = token else {
        return Err(plain(
            StatusCode::UNAUTHORIZED,
            i18n.t(T::SignInRequiredText),
        ));
    };
    let user = match sessions::user_of(&state.db, &token_hash(&token)).await {
        Ok(Some(user)) => user,
        Ok(None) => {
            return Err(plain(
                StatusCode::UNAUTHORIZED,
                i18n.t(T::SignInRequiredText),
            ));
        }
        Err(error) => {
            tracing::error!(%error, "session lookup failed");
            return Err(plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            ));
        }
    };
    if user.roles().contains(&Role::Organizer) {
        Ok(())
    } else {
        Err(plain(StatusCode::FORBIDDEN, i18n.t(T::ForbiddenText)))
    }
}
