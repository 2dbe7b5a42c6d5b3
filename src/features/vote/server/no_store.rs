//! `Cache-Control: no-store` on the ballot's pages and calls, so that going back after the
//! receipt shows nothing from the browser's cache.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::http::header::CACHE_CONTROL;
use axum::middleware::Next;
use axum::response::Response;

use crate::features::vote::is_voter_page;

/// Paths of the voter's pages and of the server functions they call.
fn is_ballot_path(path: &str) -> bool {
    is_voter_page(path)
        || matches!(
            path,
            "/api/ballot" | "/api/review_ballot" | "/api/cast_ballot" | "/api/receipt"
        )
}

pub async fn ballot_not_cached(request: Request, next: Next) -> Response {
    let ballot = is_ballot_path(request.uri().path());
    let mut response = next.run(request).await;
    if ballot {
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::is_ballot_path;

    #[test]
    fn the_ballot_and_its_calls_are_not_cached() {
        for path in [
            "/rosta",
            "/rosta/tack",
            "/api/cast_ballot",
            "/api/review_ballot",
        ] {
            assert!(is_ballot_path(path), "{path}");
        }
        for path in ["/", "/rostamer", "/rounds/x/vote", "/api/vote_results"] {
            assert!(!is_ballot_path(path), "{path}");
        }
    }
}
