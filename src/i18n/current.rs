//! Which language this page is in: on the server from the cookie (else the browser's
//! preference, else Swedish); in the browser from `<html lang>`, which the server set.

use super::Lang;

#[cfg(feature = "ssr")]
pub fn current_lang() -> Lang {
    match leptos::prelude::use_context::<axum::http::request::Parts>() {
        Some(parts) => lang_of_request(&parts.headers),
        None => Lang::default(),
    }
}

/// The language of a request: the cookie, else the browser's preference, else Swedish.
#[cfg(feature = "ssr")]
pub fn lang_of_request(headers: &axum::http::HeaderMap) -> Lang {
    use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
    let from_cookie = headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|h| crate::platform::auth::cookie_value(h, super::LANG_COOKIE))
        .and_then(Lang::from_code);
    let from_browser = || {
        let header = headers.get(ACCEPT_LANGUAGE)?.to_str().ok()?;
        let first = header.split(',').next()?.trim().to_lowercase();
        first.starts_with("en").then_some(Lang::En)
    };
    from_cookie.or_else(from_browser).unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
pub fn current_lang() -> Lang {
    leptos::prelude::document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}
