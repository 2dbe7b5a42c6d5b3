//! How files and pages travel: compressed (brotli or gzip, as the browser asks) and cached
//! by what they are.
//!
//! - The app's files under `/pkg/` carry a content hash in their names (cargo-leptos
//!   `hash-files`), so a browser may keep them a year without asking again; a new build
//!   has new names. Unhashed names (a debug build without a hash file) are revalidated.
//! - The release build writes `.br` and `.gz` beside each file (`--precompress`), which the
//!   file handler sends as they are. Pages and other answers are compressed as they go, at
//!   a quality that costs little CPU. The wasm is never compressed per request: it is
//!   precompressed in a release build, and a debug build is only served on loopback.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::http::header::CACHE_CONTROL;
use axum::middleware::Next;
use axum::response::Response;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};

const FOR_A_YEAR: &str = "public, max-age=31536000, immutable";
const ASK_FIRST: &str = "no-cache";

/// The compression of every answer that is not already compressed.
pub fn compression() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new()
        .br(true)
        .gzip(true)
        .quality(CompressionLevel::Precise(4))
        .compress_when(
            DefaultPredicate::new().and(NotForContentType::const_new("application/wasm")),
        )
}

/// `Cache-Control` for the app's own files under `/pkg/`.
pub async fn cache_headers(request: Request, next: Next) -> Response {
    let policy = request.uri().path().strip_prefix("/pkg/").map(|name| {
        if has_content_hash(name) {
            FOR_A_YEAR
        } else {
            ASK_FIRST
        }
    });
    let mut response = next.run(request).await;
    if let Some(policy) = policy
        && (response.status().is_success() || response.status().as_u16() == 304)
    {
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

/// Whether a file name has cargo-leptos' hash in it: `name.<22 characters>.ext`, the hash
/// being base64url without padding.
fn has_content_hash(name: &str) -> bool {
    let mut parts = name.rsplit('.');
    let (Some(_ext), Some(hash), Some(_stem)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    hash.len() == 22
        && hash
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::has_content_hash;

    #[test]
    fn hashed_names_are_told_from_plain_ones() {
        assert!(has_content_hash("idesluss.Xk3_9aQ-2bcDEfgHIjkLmn.wasm"));
        assert!(has_content_hash(
            "split_ballot_page.Xk3_9aQ-2bcDEfgHIjkLmn.wasm"
        ));
        assert!(!has_content_hash("idesluss.wasm"));
        assert!(!has_content_hash("idesluss.css"));
        assert!(!has_content_hash("idesluss.short.wasm"));
        assert!(!has_content_hash("Xk3_9aQ-2bcDEfgHIjkLmn.wasm"));
        assert!(!has_content_hash("a.Xk3_9aQ-2bcDEfgHIjk!mn.js"));
    }
}
