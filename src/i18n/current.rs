//! Which language this page is in: on the server from the cookie (else the browser's
//! preference, else Swedish); in the browser from `<html lang>`, which the server set.

use super::Lang;

#[cfg(feature = "ssr")]
pub fn current_lang() -> Lang {
    use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
    let Some(parts) = leptos::prelude::use_context::<axum::http::request::Parts>() else {
        return Lang::default();
    };
    let from_cookie = parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|h| crate::server::auth::cookie_value(h, super::LANG_COOKIE))
        .and_then(Lang::from_code);
    let from_browser = || {
        let header = parts.headers.get(ACCEPT_LANGUAGE)?.to_str().ok()?;
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
