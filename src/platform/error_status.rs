//! Gives every failed server function the HTTP status of its `AppError`.
//!
//! Leptos answers a server function error with 500 and the encoded error. That includes
//! errors raised before our code runs (missing or malformed arguments), so the status is
//! set here, from the error itself, for every server function at once. A plain HTML form
//! post is answered with a redirect instead (JavaScript off), and is left alone.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;

use crate::error::AppError;

const MAX_ERROR_BODY: usize = 1 << 20;

pub async fn error_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_server_fn_error = response.status() == StatusCode::INTERNAL_SERVER_ERROR
        && response.headers().contains_key(SERVER_FN_ERROR_HEADER);
    if !is_server_fn_error {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        if let AppError::Internal = error {
            tracing::warn!(uri = %parts.headers.get(SERVER_FN_ERROR_HEADER).and_then(|v| v.to_str().ok()).unwrap_or_default(), "server function failed");
        }
        parts.status =
            StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if let Some(seconds) = error.retry_after() {
            parts
                .headers
                .insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}
