//! The one way server functions reach the app: state, the request, the signed-in user.

use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderValue, request::Parts};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use crate::domain::Role;
use crate::error::AppError;
use crate::features::accounts::CurrentUser;
use crate::platform::auth::{SESSION_COOKIE, cookie_value, token_hash};
use crate::platform::state::AppState;
use crate::platform::{session_queries as sessions, users};

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from context");
        AppError::Internal
    })
}

pub fn request_parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// A cookie from the current request.
pub fn request_cookie(name: &str) -> Option<String> {
    let parts = request_parts()?;
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|header| cookie_value(header, name).map(str::to_owned))
}

pub fn set_cookie(cookie: &str) {
    if let (Some(response), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(cookie),
    ) {
        response.append_header(SET_COOKIE, value);
    }
}

/// The signed-in person, if the request carries a live session cookie.
pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    let Some(token) = request_cookie(SESSION_COOKIE) else {
        return Ok(None);
    };
    let state = state()?;
    let row = sessions::user_of(&state.db, &token_hash(&token)).await?;
    Ok(row.map(|row| to_current_user(&row)))
}

pub fn to_current_user(row: &users::UserRow) -> CurrentUser {
    CurrentUser {
        id: row.id.clone(),
        name: row.name.clone(),
        email: row.email.clone(),
        roles: row.roles(),
        unread: 0,
    }
}

/// 401 unless signed in.
pub async fn require_user() -> Result<CurrentUser, AppError> {
    current_user().await?.ok_or(AppError::Unauthorized)
}

/// 401 unless signed in, 403 unless the person has `role`.
pub async fn require_role(role: Role) -> Result<CurrentUser, AppError> {
    let user = require_user().await?;
    if user.roles.contains(&role) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}
