//! Headers every response carries: `Referrer-Policy: same-origin` (no address of ours,
//! with its code or query, leaks to another site; forms without JavaScript still get
//! their same-site `Referer` back). The ballot's own `no-store` is the vote's
//! (`features::vote::ballot_not_cached`).

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::http::header::REFERRER_POLICY;
use axum::middleware::Next;
use axum::response::Response;

pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    response
}
