//! Headers every response carries:
//! - `Referrer-Policy: same-origin`: no address of ours, with its code or query, leaks to
//!   another site; forms without JavaScript still get their same-site `Referer` back.
//! - `X-Content-Type-Options: nosniff`: a file is what its type says (an uploaded receipt
//!   is never run as a script).
//! - `Content-Security-Policy: frame-ancestors 'none'; base-uri 'self'; object-src 'none'`
//!   and `X-Frame-Options: DENY`: no other site shows our pages in a frame (clickjacking);
//!   a feature may allow framing of its own page (the projector, when configured).
//! - `Permissions-Policy`: no camera, microphone, location, payment or USB.
//! - `Strict-Transport-Security` when the app is served over https.
//!
//! The ballot's own `no-store` is the vote's (`features::vote::ballot_not_cached`).

use axum::extract::{Request, State};
use axum::http::header::{
    CONTENT_SECURITY_POLICY, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use crate::platform::state::AppState;

/// The policy every page gets unless a feature sets its own.
pub const FRAMES_NOWHERE: &str = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

/// The same policy with other `frame-ancestors` (sources as CSP writes them).
pub fn policy_framed_by(ancestors: &str) -> String {
    format!("frame-ancestors {ancestors}; base-uri 'self'; object-src 'none'")
}

const PERMISSIONS_POLICY: HeaderName = HeaderName::from_static("permissions-policy");

pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if !headers.contains_key(CONTENT_SECURITY_POLICY) {
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(FRAMES_NOWHERE),
        );
        headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    headers.insert(
        PERMISSIONS_POLICY,
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    );
    if served_over_https(&state) {
        headers.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}

fn served_over_https(state: &AppState) -> bool {
    state.secure_cookies
        || state
            .public_url
            .as_deref()
            .is_some_and(|url| url.to_ascii_lowercase().starts_with("https://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_policy_is_framed_by_none() {
        assert_eq!(policy_framed_by("'none'"), FRAMES_NOWHERE);
    }
}
