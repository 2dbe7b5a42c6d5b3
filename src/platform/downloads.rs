//! Who may download a file (a plain route, not a server function): the same session
//! lookup as the pages, with the refusal as a plain-text response.

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::domain::Role;
use crate::i18n::{I18n, T};
use crate::platform::context;
use crate::platform::state::AppState;

pub fn plain(status: StatusCode, text: &'static str) -> Response {
    (status, text).into_response()
}

/// 401 without a live session; the refusal is the `Err`.
pub async fn require_signed_in(
    state: &AppState,
    headers: &HeaderMap,
    i18n: I18n,
) -> Result<context::SignedIn, Response> {
    match context::signed_in(state, headers).await {
        Ok(Some(user)) => Ok(user),
        Ok(None) => Err(plain(
            StatusCode::UNAUTHORIZED,
            i18n.t(T::SignInRequiredText),
        )),
        Err(error) => {
            tracing::error!(?error, "session lookup failed");
            Err(plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            ))
        }
    }
}

/// 401 without a live session, 403 for anyone but an organizer; the refusal is the `Err`.
pub async fn require_organizer(
    state: &AppState,
    headers: &HeaderMap,
    i18n: I18n,
) -> Result<context::SignedIn, Response> {
    let user = require_signed_in(state, headers, i18n).await?;
    if user.has(Role::Organizer) {
        Ok(user)
    } else {
        Err(plain(StatusCode::FORBIDDEN, i18n.t(T::ForbiddenText)))
    }
}

/// A download of a round's data by `user`, told to the audit log.
pub async fn log_export(state: &AppState, user: &context::SignedIn, file: &str, round: &str) {
    use crate::platform::audit::{self, Entry};
    let entry = Entry::new(
        crate::domain::audit::AuditAction::Exported,
        Some(&user.id),
        file,
    );
    audit::record(&state.db, entry.in_round(round)).await;
}

/// `body` as a download named `filename`, of `content_type`.
pub fn attachment(body: String, content_type: &'static str, filename: &str) -> Response {
    use axum::http::{HeaderValue, header};
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
