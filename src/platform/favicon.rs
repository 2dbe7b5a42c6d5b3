//! The site's icon: a small SVG (a lightbulb in a speech bubble, the idea lab's mark),
//! served at `/favicon.svg` and at `/favicon.ico`, where browsers look without being told.

use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::IntoResponse;

const ICON: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5cad"/><path d="M16 6a7 7 0 0 0-4 12.7V21h8v-2.3A7 7 0 0 0 16 6z" fill="#ffd54a"/><rect x="12.5" y="22.5" width="7" height="2" rx="1" fill="#fff"/><rect x="13.5" y="25.5" width="5" height="1.8" rx=".9" fill="#fff"/></svg>"##;

pub async fn icon() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "image/svg+xml"),
            (CACHE_CONTROL, "public, max-age=86400"),
        ],
        ICON,
    )
}
