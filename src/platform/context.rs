//! The one way server functions reach the app: state, the request, the signed-in user.

use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, request::Parts};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use crate::domain::Role;
use crate::error::AppError;
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

/// A cookie from `headers`.
pub fn cookie_in(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|header| cookie_value(header, name).map(str::to_owned))
}

/// A cookie from the current request.
pub fn request_cookie(name: &str) -> Option<String> {
    cookie_in(&request_parts()?.headers, name)
}

pub fn set_cookie(cookie: &str) {
    if let (Some(response), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(cookie),
    ) {
        response.append_header(SET_COOKIE, value);
    }
}

/// Where the current request comes from: the address the configured proxy header names
/// last (the one the proxy itself added), else the connection's; "unknown" if neither.
pub fn client_address() -> String {
    match (request_parts(), use_context::<AppState>()) {
        (Some(parts), Some(state)) => client_address_of(&state, &parts),
        _ => "unknown".to_owned(),
    }
}

/// As `client_address`, for a plain route that has the request's `parts` at hand.
pub fn client_address_of(state: &AppState, parts: &Parts) -> String {
    let from_proxy = state.client_address_header.clone().and_then(|name| {
        let value = parts.headers.get_all(name.as_str()).iter().next_back()?;
        let last = value.to_str().ok()?.rsplit(',').next()?.trim();
        (!last.is_empty()).then(|| last.to_owned())
    });
    from_proxy
        .or_else(|| {
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip().to_string())
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

/// A counter of the rate limits in force, in the app's database.
pub fn rate_counter(state: &AppState) -> crate::platform::rate_limits::Counter<'_> {
    crate::platform::rate_limits::Counter {
        db: &state.db,
        limits: &state.rate_limits,
    }
}

/// The person behind a request, as the server knows them; each feature maps it to what
/// its pages are sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    pub id: String,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
}

impl SignedIn {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

impl From<&users::UserRow> for SignedIn {
    fn from(row: &users::UserRow) -> Self {
        SignedIn {
            id: row.id.clone(),
            name: row.name.clone(),
            email: row.email.clone(),
            roles: row.roles(),
        }
    }
}

/// The person whose live session cookie `headers` carry: the one session lookup, for server
/// functions and plain routes (the CSV downloads) alike.
pub async fn signed_in(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<SignedIn>, AppError> {
    let Some(token) = cookie_in(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let row = sessions::user_of(&state.db, &token_hash(&token), state.session_idle).await?;
    Ok(row.as_ref().map(SignedIn::from))
}

/// The signed-in person of the current server function call, if any.
pub async fn current_user() -> Result<Option<SignedIn>, AppError> {
    let Some(parts) = request_parts() else {
        return Ok(None);
    };
    signed_in(&state()?, &parts.headers).await
}

/// 401 unless signed in.
pub async fn require_user() -> Result<SignedIn, AppError> {
    current_user().await?.ok_or(AppError::Unauthorized)
}

/// 401 unless signed in, 403 unless the person has `role`.
pub async fn require_role(role: Role) -> Result<SignedIn, AppError> {
    require_any_role(&[role]).await
}

/// 401 unless signed in, 403 unless the person has one of `roles`.
pub async fn require_any_role(roles: &[Role]) -> Result<SignedIn, AppError> {
    let user = require_user().await?;
    if roles.iter().any(|role| user.has(*role)) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}
