//! The ballot page a voter first opens (`/rosta?kod=…`, from the card's QR code or typed)
//! is the same for every voter of a vote but for the code itself. So it is rendered once
//! per vote (and language), kept as a template with the code left out, and filled in for
//! each voter: after one indexed lookup of the code, with its vote read through the link,
//! the page costs no rendering and no further query.
//!
//! - Kept on each app instance, keyed by the vote's state as read with each code (its
//!   rules, the round's name, and a revision that goes up when a proposal's text changes),
//!   so an edit on any instance makes the next voter's page anew.
//! - Only for a fresh voter: no session, no ballot in progress, a code that is unused and a
//!   vote that is open and takes codes. Everything else (refusals and their throttling,
//!   signed-in voters, the later steps) goes the usual way.
//! - A template is trusted only once a second voter's rendered page equals the template
//!   filled in with that voter's code, so a page with anything else particular to one
//!   request is never reused. Renders for a vote wait on each other until then, so a hall
//!   opening the page at once renders it twice, not two thousand times.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_LENGTH, COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use super::codes::ready_to_vote;
use crate::domain::vote::VoterCode;
use crate::features::vote::server::queries::CodeWithVote;
use crate::i18n::{LANG_COOKIE, Lang, lang_of_request};
use crate::platform::headers::ScriptNonce;
use crate::platform::ids::key_of;
use crate::platform::state::AppState;

/// Tells (tests and benchmarks) whether a ballot page was `cached` or `rendered`.
pub const SOURCE_HEADER: &str = "x-ballot-page";
const LARGEST_PAGE: usize = 4 << 20;

/// How the code was written in the address: each gives its own page (links keep it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Written {
    Plain,
    Dashed,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct PageKey {
    vote: String,
    lang: Lang,
    written: Written,
}

/// A page with holes where the voter's code and the response's nonce go.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Plain,
    Dashed,
    /// Leptos marks its inline scripts with a nonce made for each response (for a
    /// Content-Security-Policy); a kept page gets a fresh one each time too.
    Nonce,
}

#[derive(Debug)]
struct Template {
    /// The vote's state the page was made from.
    made_from: String,
    pieces: Vec<Piece>,
    headers: HeaderMap,
}

impl Template {
    fn fill(&self, code: &VoterCode, nonce: &str) -> String {
        let (plain, dashed) = (code.as_str(), code.display());
        let mut page = String::with_capacity(16 * 1024);
        for piece in &self.pieces {
            page.push_str(match piece {
                Piece::Text(text) => text,
                Piece::Plain => plain,
                Piece::Dashed => &dashed,
                Piece::Nonce => nonce,
            });
        }
        page
    }
}

/// The nonce Leptos gave this page's scripts, if any.
fn nonce_of(page: &str) -> Option<&str> {
    let start = page.find("nonce=\"")? + "nonce=\"".len();
    let len = page[start..].find('"')?;
    Some(&page[start..start + len]).filter(|n| !n.is_empty())
}

/// Cuts the code (both ways of writing it) and the nonce out of a page.
fn pieces(page: &str, code: &VoterCode) -> Vec<Piece> {
    let mut holes = vec![
        (code.as_str().to_owned(), Piece::Plain),
        (code.display(), Piece::Dashed),
    ];
    if let Some(nonce) = nonce_of(page) {
        holes.push((nonce.to_owned(), Piece::Nonce));
    }
    let mut pieces = Vec::new();
    let mut rest = page;
    loop {
        let next = holes
            .iter()
            .filter_map(|(text, hole)| rest.find(text.as_str()).map(|at| (at, text.len(), hole)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, len, hole)) = next else {
            pieces.push(Piece::Text(rest.to_owned()));
            return pieces;
        };
        pieces.push(Piece::Text(rest[..at].to_owned()));
        pieces.push(hole.clone());
        rest = &rest[at + len..];
    }
}

/// One vote's page in one language: the trusted template, and the renders under way.
#[derive(Default)]
struct Slot {
    trusted: RwLock<Option<Arc<Template>>>,
    /// Held while rendering; keeps the first render until a second one confirms it.
    making: tokio::sync::Mutex<Option<Template>>,
}

#[derive(Default)]
pub struct BallotPages {
    slots: Mutex<HashMap<PageKey, Arc<Slot>>>,
}

impl BallotPages {
    fn slot(&self, key: PageKey) -> Arc<Slot> {
        let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        slots.entry(key).or_default().clone()
    }
}

/// A fresh voter's request for the first ballot page: the code as written, and how.
fn fresh_voter(request: &Request) -> Option<(VoterCode, Written)> {
    if request.method() != Method::GET || request.uri().path() != "/rosta" {
        return None;
    }
    let only_lang_cookie = request
        .headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|header| header.split(';'))
        .filter(|pair| !pair.trim().is_empty())
        .all(|pair| pair.trim().starts_with(&format!("{LANG_COOKIE}=")));
    if !only_lang_cookie {
        return None;
    }
    let query = request.uri().query()?;
    let written = query.strip_prefix("kod=")?;
    if written.contains(['&', '%', '+']) {
        return None;
    }
    let code = VoterCode::parse(written).ok()?;
    let how = if written == code.as_str() {
        Written::Plain
    } else if written == code.display() {
        Written::Dashed
    } else {
        return None;
    };
    Some((code, how))
}

/// What the page depends on, as read with the code.
fn made_from(found: &CodeWithVote) -> String {
    format!("{:?}", found.state)
}

pub async fn cached_ballot_page(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let Some((code, written)) = fresh_voter(&request) else {
        return next.run(request).await;
    };
    let found = match ready_to_vote(&state, &code).await {
        Ok(Some(found)) => found,
        // Refused codes, and failures, are answered (and counted) the usual way.
        _ => return next.run(request).await,
    };
    let key = PageKey {
        vote: key_of(&found.vote),
        lang: lang_of_request(request.headers()),
        written,
    };
    let made_from = made_from(&found);
    let Some(pages) = state.features.get::<BallotPages>() else {
        return next.run(request).await;
    };
    let slot = pages.slot(key);
    // The page's scripts carry the nonce its policy names (`platform::headers`).
    let nonce = request
        .extensions()
        .get::<ScriptNonce>()
        .map_or_else(|| leptos::nonce::Nonce::new().to_string(), |n| n.0.clone());
    if let Some(page) = trusted_page(&slot, &made_from, &code, &nonce) {
        return page;
    }
    // Not (or no longer) trusted: render, one at a time for this vote.
    let mut making = slot.making.lock().await;
    if let Some(page) = trusted_page(&slot, &made_from, &code, &nonce) {
        return page;
    }
    let rendered = next.run(request).await;
    let (parts, body) = rendered.into_parts();
    let cacheable = parts.status == StatusCode::OK && !parts.headers.contains_key(SET_COOKIE);
    let Ok(bytes) = to_bytes(body, LARGEST_PAGE).await else {
        return error_response();
    };
    if cacheable && let Ok(html) = std::str::from_utf8(&bytes) {
        learn(&slot, &mut making, made_from, &parts.headers, html, &code);
    }
    let mut response = Response::from_parts(parts, Body::from(bytes));
    mark(&mut response, "rendered");
    response
}

fn trusted_page(slot: &Slot, made_from: &str, code: &VoterCode, nonce: &str) -> Option<Response> {
    let template = slot
        .trusted
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone()?;
    if template.made_from != made_from {
        return None;
    }
    let mut response = Response::new(Body::from(template.fill(code, nonce)));
    let headers = response.headers_mut();
    for (name, value) in &template.headers {
        if name != CONTENT_LENGTH {
            headers.append(name, value.clone());
        }
    }
    mark(&mut response, "cached");
    Some(response)
}

/// Keeps a first render as a candidate; trusts the candidate once this render is what it
/// predicts for this voter.
fn learn(
    slot: &Slot,
    candidate: &mut Option<Template>,
    made_from: String,
    headers: &HeaderMap,
    html: &str,
    code: &VoterCode,
) {
    let nonce = nonce_of(html).unwrap_or_default();
    let confirmed = candidate
        .as_ref()
        .is_some_and(|c| c.made_from == made_from && c.fill(code, nonce) == html);
    if confirmed {
        if let Some(template) = candidate.take() {
            *slot.trusted.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(template));
        }
        return;
    }
    if candidate.as_ref().is_some_and(|c| c.made_from == made_from) {
        tracing::warn!("two voters' ballot pages differ by more than the code; not cached");
    }
    *candidate = Some(Template {
        made_from,
        pieces: pieces(html, code),
        headers: headers.clone(),
    });
}

fn mark(response: &mut Response, source: &'static str) {
    response
        .headers_mut()
        .insert(SOURCE_HEADER, HeaderValue::from_static(source));
}

fn error_response() -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> VoterCode {
        VoterCode::parse(text).expect("a valid code")
    }

    #[test]
    fn a_template_filled_with_the_same_code_is_the_page() {
        let first = code("ABCDEFGH");
        let page = concat!(
            r#"<script nonce="n0nce">1</script><p>ABCD-EFGH</p><input value="ABCDEFGH">"#,
            r#"<a href="/rosta?kod=ABCDEFGH&andra=1"><script nonce="n0nce">2</script>"#
        );
        let template = Template {
            made_from: String::new(),
            pieces: pieces(page, &first),
            headers: HeaderMap::new(),
        };
        assert_eq!(template.fill(&first, "n0nce"), page);
        let other = code("JKMNPQRS");
        assert_eq!(
            template.fill(&other, "fresh"),
            concat!(
                r#"<script nonce="fresh">1</script><p>JKMN-PQRS</p><input value="JKMNPQRS">"#,
                r#"<a href="/rosta?kod=JKMNPQRS&andra=1"><script nonce="fresh">2</script>"#
            )
        );
    }

    #[test]
    fn a_template_is_trusted_only_when_a_second_render_matches() {
        let slot = Slot::default();
        let mut candidate = None;
        let (a, b) = (code("ABCDEFGH"), code("JKMNPQRS"));
        let headers = HeaderMap::new();
        learn(
            &slot,
            &mut candidate,
            "v1".into(),
            &headers,
            "<p>ABCDEFGH</p><p>12:00:01</p>",
            &a,
        );
        assert!(slot.trusted.read().unwrap().is_none());
        // Something else differs (a clock): not trusted, the newer render is the candidate.
        learn(
            &slot,
            &mut candidate,
            "v1".into(),
            &headers,
            "<p>JKMNPQRS</p><p>12:00:02</p>",
            &b,
        );
        assert!(slot.trusted.read().unwrap().is_none());
        learn(
            &slot,
            &mut candidate,
            "v1".into(),
            &headers,
            "<p>ABCDEFGH</p><p>12:00:02</p>",
            &a,
        );
        assert!(slot.trusted.read().unwrap().is_some());
        assert!(trusted_page(&slot, "v1", &b, "n0nce").is_some());
        assert!(
            trusted_page(&slot, "v2", &b, "n0nce").is_none(),
            "the vote changed"
        );
    }

    fn request(uri: &str, cookie: Option<&str>) -> Request {
        let mut builder = Request::builder().uri(uri);
        if let Some(cookie) = cookie {
            builder = builder.header(COOKIE, cookie);
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_a_fresh_voter_with_a_code_gets_the_kept_page() {
        let plain = fresh_voter(&request("/rosta?kod=ABCDEFGH", None));
        assert_eq!(plain.map(|(_, w)| w), Some(Written::Plain));
        let dashed = fresh_voter(&request("/rosta?kod=ABCD-EFGH", Some("idesluss_lang=en")));
        assert_eq!(dashed.map(|(_, w)| w), Some(Written::Dashed));
        for (uri, cookie) in [
            ("/rosta?kod=abcdefgh", None),
            ("/rosta?kod=ABCDEFGH&granska=1", None),
            ("/rosta?omrostning=x", None),
            ("/rosta", None),
            ("/rosta/tack?kod=ABCDEFGH", None),
            ("/rosta?kod=ABCDEFGH", Some("idesluss_session=x")),
            (
                "/rosta?kod=ABCDEFGH",
                Some("idesluss_lang=sv; idesluss_ballot=y"),
            ),
        ] {
            assert!(
                fresh_voter(&request(uri, cookie)).is_none(),
                "{uri} {cookie:?}"
            );
        }
    }
}
