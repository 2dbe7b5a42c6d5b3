//! The address people are sent to (the vote's join link, calendar subscriptions, the way
//! back from the identity provider): the configured public address, else this request's host.

use axum::http::HeaderMap;

use crate::platform::context;
use crate::platform::state::AppState;

/// `https://idesluss.kommun.se`, without a trailing slash.
pub fn site_base(state: &AppState) -> String {
    site_base_for(state, context::request_parts().map(|p| p.headers).as_ref())
}

/// As `site_base`, for a plain route that has the request's `headers` at hand.
pub fn site_base_for(state: &AppState, headers: Option<&HeaderMap>) -> String {
    state.public_url.clone().unwrap_or_else(|| {
        let host = headers
            .and_then(|headers| {
                headers
                    .get(axum::http::header::HOST)
                    .and_then(|h| h.to_str().ok())
                    .map(str::to_owned)
            })
            .filter(|h| {
                h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
            })
            .unwrap_or_else(|| "localhost:3000".to_owned());
        let scheme = if state.secure_cookies {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{host}")
    })
}
