//! Requests that change something must come from our own pages: a POST (or PUT, PATCH,
//! DELETE) whose `Origin` — or, without one, `Referer` — names another site is refused
//! with 403, on top of the session cookie's `SameSite=Lax`. "Our site" is the configured
//! public address (`IDESLUSS_PUBLIC_URL`), else the host the request was sent to.
//!
//! A request with neither header did not come from another site's page (browsers send
//! `Origin` with every cross-site POST): scripts, the benchmarks and the tests' plain
//! HTTP clients pass.

use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, HOST, ORIGIN, REFERER};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::platform::state::AppState;

const REFUSED: &str = "Förfrågan kom från en annan webbplats och avvisades. \
     Öppna sidan i Idesluss och försök igen.\n\
     The request came from another website and was refused. \
     Open the page in Idesluss and try again.\n";

pub async fn same_origin_only(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if changes_nothing(request.method()) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let allowed = match sender(headers) {
        None => true,
        Some(sender) => match &state.public_url {
            Some(public) => origin_of(public).is_some_and(|ours| ours == sender),
            None => host_of(&sender).is_some_and(|host| Some(host) == request_host(headers)),
        },
    };
    if allowed {
        return next.run(request).await;
    }
    tracing::warn!(
        method = %request.method(),
        path = %request.uri().path(),
        "refused a request from another site"
    );
    (
        StatusCode::FORBIDDEN,
        [(
            CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        )],
        REFUSED,
    )
        .into_response()
}

fn changes_nothing(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The site a request says it was sent from (`scheme://host[:port]`, lower case): its
/// `Origin`, else its `Referer`'s; `null` (a sandboxed or privacy-hidden origin) and
/// anything unreadable count as another site.
fn sender(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(ORIGIN).or_else(|| headers.get(REFERER))?;
    let text = value.to_str().unwrap_or("null");
    Some(origin_of(text).unwrap_or_else(|| "null".to_owned()))
}

/// `scheme://host[:port]` of an address, lower case, without a default port or a path.
pub fn origin_of(address: &str) -> Option<String> {
    let (scheme, rest) = address.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let default_port = if scheme == "https" { ":443" } else { ":80" };
    let authority = authority
        .strip_suffix(default_port)
        .unwrap_or(&authority)
        .to_owned();
    Some(format!("{scheme}://{authority}"))
}

/// The `host[:port]` part of an origin.
fn host_of(origin: &str) -> Option<&str> {
    origin.split_once("://").map(|(_, host)| host)
}

/// The host the request was sent to, lower case (no public address configured: the
/// scheme is the proxy's business, the host must match).
fn request_host(headers: &HeaderMap) -> Option<&str> {
    let host = headers.get(HOST)?.to_str().ok()?;
    Some(host.strip_suffix(":80").unwrap_or(host)).filter(|h| !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_compared_without_paths_default_ports_or_case() {
        assert_eq!(
            origin_of("HTTPS://Idesluss.Kommun.se:443/rosta?kod=1").as_deref(),
            Some("https://idesluss.kommun.se")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:3000").as_deref(),
            Some("http://127.0.0.1:3000")
        );
        assert_eq!(origin_of("null"), None);
        assert_eq!(origin_of("ftp://x.se"), None);
        assert_eq!(origin_of("https://user@evil.example"), None);
    }

    #[test]
    fn the_origin_goes_before_the_referer_and_null_is_another_site() {
        let mut headers = HeaderMap::new();
        assert_eq!(sender(&headers), None);
        headers.insert(REFERER, HeaderValue::from_static("http://a.se/page"));
        assert_eq!(sender(&headers).as_deref(), Some("http://a.se"));
        headers.insert(ORIGIN, HeaderValue::from_static("https://b.se"));
        assert_eq!(sender(&headers).as_deref(), Some("https://b.se"));
        headers.insert(ORIGIN, HeaderValue::from_static("null"));
        assert_eq!(sender(&headers).as_deref(), Some("null"));
    }
}
