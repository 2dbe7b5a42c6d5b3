//! Headers every response carries:
//! - `Referrer-Policy: same-origin`: no address of ours, with its code or query, leaks to
//!   another site; forms without JavaScript still get their same-site `Referer` back.
//! - `X-Content-Type-Options: nosniff`: a file is what its type says (an uploaded receipt
//!   is never run as a script).
//! - `Content-Security-Policy: frame-ancestors 'none'; base-uri 'self'; object-src 'none'`
//!   and `X-Frame-Options: DENY`: no other site shows our pages in a frame (clickjacking);
//!   a feature may allow framing of its own page (the projector, when configured).
//!   The policy ends in `script-src 'self' 'nonce-…' 'wasm-unsafe-eval'`: scripts only from
//!   our own files and the inline scripts the page was rendered with, and WebAssembly;
//!   never `'unsafe-inline'`, so a script slipped into a proposal's text cannot run. The
//!   nonce is made here for each request before anything else runs (`ScriptNonce`, in the
//!   request's extensions) and given to Leptos as the page's nonce (`provide_page_nonce`),
//!   so the header and the page always carry the same one.
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

/// The nonce of one request's inline scripts (in the request's extensions).
#[derive(Debug, Clone)]
pub struct ScriptNonce(pub String);

/// Gives the page being rendered its request's nonce (Leptos' `use_nonce`, which its own
/// scripts and ours read). Called in the rendering's context, after Leptos made its own.
pub fn provide_page_nonce() {
    use leptos::prelude::{provide_context, use_context};
    let nonce = use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<ScriptNonce>().cloned());
    if let Some(ScriptNonce(nonce)) = nonce {
        provide_context(leptos::nonce::Nonce::from_value(nonce));
    }
}

/// The script part of the policy: our own files, WebAssembly, and the request's nonce
/// (made by Leptos: URL-safe base64, nothing a policy would read otherwise).
fn script_policy(nonce: &str) -> String {
    format!("script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'")
}

pub async fn security_headers(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let nonce = leptos::nonce::Nonce::new().to_string();
    request.extensions_mut().insert(ScriptNonce(nonce.clone()));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    let scripts = script_policy(&nonce);
    let framing = match headers
        .get(CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
    {
        Some(own) => own.to_owned(),
        None => {
            headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
            FRAMES_NOWHERE.to_owned()
        }
    };
    if let Ok(policy) = HeaderValue::from_str(&format!("{framing}; {scripts}")) {
        headers.insert(CONTENT_SECURITY_POLICY, policy);
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

    #[test]
    fn scripts_run_from_our_files_and_the_pages_nonce_only() {
        assert_eq!(
            script_policy("AbC-_9"),
            "script-src 'self' 'nonce-AbC-_9' 'wasm-unsafe-eval'"
        );
        // The nonces made for requests can only be read as one source by a policy.
        let made = leptos::nonce::Nonce::new().to_string();
        assert!(made.len() >= 16, "{made}");
        assert!(
            made.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{made}"
        );
    }
}
