//! Whether the database answers, and what people see when it does not.
//!
//! With a SurrealDB server (`ws://`), the client reconnects by itself when the server goes
//! away and comes back, but requests made meanwhile wait until it is back. So a watchdog
//! asks the server a trivial question every second; while it gets no answer, requests are
//! answered at once with 503 and "try again in a moment" (a page, or the server
//! function's error) instead of waiting. Requests already under way when the server went
//! away are answered the same way after `REQUEST_LIMIT`. An embedded database cannot go
//! away, so it has no watchdog and no time limit: a slow request there is only slow.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{ACCEPT, CACHE_CONTROL, CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use crate::error::{AppError, UNAVAILABLE_RETRY_AFTER};
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::db::Db;
use crate::platform::state::AppState;

const ASK_EVERY: Duration = Duration::from_secs(1);
const ANSWER_WITHIN: Duration = Duration::from_secs(2);
/// The longest a request may take before it is answered "try again".
pub const REQUEST_LIMIT: Duration = Duration::from_secs(10);

pub struct DbHealth {
    answers: AtomicBool,
    can_go_away: bool,
}

impl DbHealth {
    /// The health of the database at `url`: always answering when it is embedded.
    pub fn of(url: &str) -> Self {
        Self {
            answers: AtomicBool::new(true),
            can_go_away: is_remote(url),
        }
    }

    /// Whether the database is a server of its own, watched and waited on with a limit.
    pub fn can_go_away(&self) -> bool {
        self.can_go_away
    }

    pub fn answers(&self) -> bool {
        self.answers.load(Ordering::Relaxed)
    }

    fn set(&self, answers: bool) {
        if self.answers.swap(answers, Ordering::Relaxed) != answers {
            if answers {
                tracing::info!("the database answers again");
            } else {
                tracing::warn!("the database does not answer; asking people to try again");
            }
        }
    }
}

/// Whether this database address is a server that can go away (not an embedded store).
pub fn is_remote(url: &str) -> bool {
    ["ws://", "wss://", "http://", "https://"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
}

/// Asks the database every second until the app stops (the task is aborted then).
pub async fn watch(db: Db, health: Arc<DbHealth>) {
    loop {
        let answer = tokio::time::timeout(ANSWER_WITHIN, db.query("RETURN true")).await;
        health.set(matches!(answer, Ok(Ok(_))));
        tokio::time::sleep(ASK_EVERY).await;
    }
}

/// Files that need no database, served even while it is away.
fn needs_no_database(path: &str) -> bool {
    path.starts_with("/pkg/")
        || path.starts_with("/icons/")
        || matches!(
            path,
            "/healthz" | "/favicon.svg" | "/favicon.ico" | "/robots.txt" | "/manifest.webmanifest"
        )
}

/// 503 at once while the database does not answer, and after `REQUEST_LIMIT` for a request
/// that waits on it. Uploads are not timed: a phone may take long to send a receipt.
pub async fn database_guard(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if needs_no_database(request.uri().path()) || !state.db_health.can_go_away() {
        return next.run(request).await;
    }
    let reply = UnavailableReply::for_request(&request);
    if !state.db_health.answers() {
        return reply.response();
    }
    let is_upload = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if is_upload {
        return next.run(request).await;
    }
    match tokio::time::timeout(REQUEST_LIMIT, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(
                path = reply.path,
                "request took too long; answered try again"
            );
            reply.response()
        }
    }
}

/// What a request that cannot be served now is told: a server function (called from the
/// page's code) gets its error, a browser asking for a page gets a page.
struct UnavailableReply {
    i18n: I18n,
    wants_page: bool,
    path: String,
    again: String,
}

impl UnavailableReply {
    fn for_request(request: &Request) -> Self {
        let headers = request.headers();
        let wants_page = headers
            .get(ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
        // Trying again is the same address for a page, and the page the form was on for a
        // form sent without JavaScript (same-site `Referer`, else the home page).
        let again = if request.method() == axum::http::Method::GET {
            request.uri().to_string()
        } else {
            headers
                .get(axum::http::header::REFERER)
                .and_then(|v| v.to_str().ok())
                .and_then(|r| r.parse::<axum::http::Uri>().ok())
                .and_then(|uri| uri.path_and_query().map(|pq| pq.to_string()))
                .unwrap_or_else(|| "/".to_owned())
        };
        Self {
            i18n: I18n(lang_of_request(headers)),
            wants_page,
            path: request.uri().path().to_owned(),
            again,
        }
    }

    fn response(&self) -> Response {
        let (content_type, body) = if self.wants_page {
            ("text/html; charset=utf-8", self.page())
        } else {
            (
                "application/json",
                serde_json::to_string(&AppError::Unavailable).unwrap_or_default(),
            )
        };
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        headers.insert(RETRY_AFTER, HeaderValue::from(UNAVAILABLE_RETRY_AFTER));
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    }

    fn page(&self) -> String {
        let t = |key| escape(self.i18n.t(key));
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{title} – {app}</title>\
             <style>body{{font:1.125rem/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;color:#1b1b1b}}\
             main{{max-width:36rem;margin:auto}}a{{display:inline-block;padding:.75rem 1.25rem;\
             background:#0b5cad;color:#fff;border-radius:.375rem;text-decoration:none}}\
             a:focus{{outline:3px solid #1b1b1b;outline-offset:2px}}</style></head>\
             <body><main><h1>{title}</h1><p>{text}</p><p><a href=\"{again}\">{try_again}</a></p>\
             </main></body></html>",
            lang = self.i18n.0.code(),
            title = t(T::UnavailableTitle),
            app = t(T::AppName),
            text = t(T::UnavailableText),
            try_again = t(T::TryAgain),
            again = escape(&self.again),
        )
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn servers_can_go_away_embedded_stores_cannot() {
        assert!(is_remote("ws://127.0.0.1:8000"));
        assert!(is_remote("wss://db.kommun.se"));
        assert!(!is_remote("surrealkv://data/idesluss.db"));
        assert!(!is_remote("mem://"));
    }

    #[test]
    fn files_are_served_without_the_database_pages_are_not() {
        assert!(needs_no_database("/pkg/idesluss.wasm"));
        assert!(needs_no_database("/healthz"));
        assert!(!needs_no_database("/rosta"));
        assert!(!needs_no_database("/api/cast_ballot"));
    }

    #[test]
    fn the_page_escapes_the_address_it_links_back_to() {
        let reply = UnavailableReply {
            i18n: I18n(crate::i18n::Lang::Sv),
            wants_page: true,
            path: "/rosta".to_owned(),
            again: "/rosta?kod=\"><script>".to_owned(),
        };
        let page = reply.page();
        assert!(page.contains("/rosta?kod=&quot;&gt;&lt;script&gt;"));
        assert!(!page.contains("<script>"));
        assert!(page.contains("lang=\"sv\""));
    }
}
