//! The files a browser expects at the site's root, embedded from `public/` so the server
//! answers them whatever its site folder holds: the icon (at `/favicon.svg`, and at
//! `/favicon.ico` where browsers look without being told), the home-screen icons and the web
//! app manifest (so the ballot and the projector can be pinned to a phone or a hall PC), and
//! `robots.txt`, which keeps ballots and voter-code sheets out of search engines.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

const ICON: &str = include_str!("../../public/icons/icon.svg");
const ROBOTS: &str = include_str!("../../public/robots.txt");
const MANIFEST: &str = include_str!("../../public/manifest.webmanifest");

/// A day: these files change only with a release.
const CACHE: &str = "public, max-age=86400";

pub async fn icon() -> impl IntoResponse {
    (
        [(CONTENT_TYPE, "image/svg+xml"), (CACHE_CONTROL, CACHE)],
        ICON,
    )
}

pub async fn robots() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/plain; charset=utf-8"),
            (CACHE_CONTROL, CACHE),
        ],
        ROBOTS,
    )
}

pub async fn manifest() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "application/manifest+json"),
            (CACHE_CONTROL, CACHE),
        ],
        MANIFEST,
    )
}

/// `GET /icons/<file>`: the manifest's icons.
pub async fn home_screen_icon(Path(file): Path<String>) -> Response {
    let (kind, body): (&str, &'static [u8]) = match file.as_str() {
        "icon.svg" => ("image/svg+xml", ICON.as_bytes()),
        "icon-192.png" => (
            "image/png",
            include_bytes!("../../public/icons/icon-192.png"),
        ),
        "icon-512.png" => (
            "image/png",
            include_bytes!("../../public/icons/icon-512.png"),
        ),
        "icon-maskable-512.png" => (
            "image/png",
            include_bytes!("../../public/icons/icon-maskable-512.png"),
        ),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    ([(CONTENT_TYPE, kind), (CACHE_CONTROL, CACHE)], body).into_response()
}
