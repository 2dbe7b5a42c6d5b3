//! Benchmark (not a test): fills a round with 500 and then 10,000 proposals and measures how
//! long the server takes to answer the board page and a proposal page, rendered in full on
//! the server (median and p95 over the requests), over loopback.
//!
//!     cargo run --release --features ssr --bin board_bench [-- <requests per page>]
//!
//! It builds with the same features as the release server, so after `scripts/run.sh` only
//! this file compiles. The database is `mem://` (the embedded engine, like the default
//! `surrealkv://` without the disk); the client is a plain blocking HTTP/1.1 GET on its own
//! thread. Prints one line per size and page.

use std::time::{Duration, Instant};

use idesluss::domain::proposal::{Proposal, ProposalInput};
use idesluss::domain::round::NewRound;
use idesluss::domain::{Email, PersonName};
use std::io::{Read, Write};
use std::net::TcpStream;

use idesluss::features::proposals::idea_store::{self as ideas, IdeaTexts};
use idesluss::features::rounds::open_round;
use idesluss::features::rounds::round_store as rounds;
use idesluss::platform::auth::{SESSION_COOKIE, hash_password, new_session_token, token_hash};
use idesluss::platform::settings::Settings;
use idesluss::platform::{session_queries as sessions, users};
use idesluss::startup::Application;
use surrealdb::types::RecordId;

const PASSWORD: &str = "kaffe och kanelbullar";
const STAGES: [&str; 4] = [
    "submitted",
    "needs_detail",
    "shortlisted",
    "not_shortlisted",
];
const CATEGORIES: [&str; 3] = ["explore", "test", "scale"];

fn proposal(n: usize) -> IdeaTexts {
    let input = ProposalInput {
        title: format!("Förslag nummer {n}: kortare väntetider"),
        problem: "Många som fått en första tid kommer inte, och platsen står tom medan andra \
                  väntar i flera veckor på en tid hos oss."
            .into(),
        perspective: "both".into(),
        idea: "Ett sms två dagar före besöket med tid, adress och ett nummer att ringa om \
               tiden inte passar, så att tiden kan ges till någon annan."
            .into(),
        first_test: "Skicka påminnelser till alla nybesök på en enhet i fyra veckor.".into(),
        success_signal: "Uteblivna besök minskar från 30 till under 15 procent.".into(),
        category: CATEGORIES[n % 3].into(),
        unit: format!("Enhet {}", n % 12),
        co_proposers: String::new(),
    };
    let parsed = Proposal::parse_submission(&input).expect("a valid proposal");
    IdeaTexts::from_domain(&parsed, Vec::new())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

/// One GET over a fresh connection; returns the status line and the body length.
fn get(port: u16, path: &str, cookie: &str) -> (String, usize) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).expect("write");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let text = String::from_utf8_lossy(&response);
    let status = text.lines().next().unwrap_or_default().to_owned();
    (status, response.len())
}

fn measure(port: u16, path: &str, cookie: &str, requests: usize) -> (Duration, Duration) {
    let mut times = Vec::with_capacity(requests);
    for _ in 0..requests {
        let start = Instant::now();
        let (status, len) = get(port, path, cookie);
        times.push(start.elapsed());
        assert!(status.contains(" 200 "), "{path}: {status}");
        assert!(len > 1000, "{path}: a whole page");
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.95))
}

#[tokio::main]
async fn main() {
    let requests: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let app = Application::build(Settings::for_tests("bench"))
        .await
        .expect("app starts");
    let port = app.port();
    let db = app.db();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));

    let name = PersonName::parse("Bänk Mätare").unwrap();
    let email = Email::parse("bench@kommun.se").unwrap();
    let hash = hash_password(PASSWORD).unwrap();
    let user_id = match users::create(&db, &name, &email, hash, &[]).await {
        Ok(id) => id,
        Err(_) => panic!("user"),
    };
    let token = new_session_token();
    sessions::create(&db, &token_hash(&token), &user_id)
        .await
        .expect("a session");
    let cookie = format!("{SESSION_COOKIE}={token}");

    let today = chrono::Local::now().date_naive();
    let round = NewRound::parse(&open_round(today)).unwrap();
    let round_id = match rounds::create(&db, &round, None).await {
        Ok(id) => id,
        Err(_) => panic!("round"),
    };
    let proposer = Some(RecordId::new("user", user_id.as_str()));
    let mut stored = 0;
    let mut last_id = String::new();
    println!("requests per page: {requests}");
    for size in [500, 10_000] {
        let start = Instant::now();
        while stored < size {
            let stage = STAGES[stored % STAGES.len()];
            last_id =
                ideas::create_in_stage(&db, &round_id, proposer.clone(), proposal(stored), stage)
                    .await
                    .expect("stored");
            stored += 1;
        }
        println!(
            "{size:>6} proposals stored ({:.1} s to fill)",
            start.elapsed().as_secs_f64()
        );
        for (page, path) in [
            ("board", format!("/rounds/{round_id}/board")),
            (
                "board, list view",
                format!("/rounds/{round_id}/board?view=list"),
            ),
            ("proposal page", format!("/proposals/{last_id}")),
        ] {
            let cookie = cookie.clone();
            let (median, p95) =
                tokio::task::spawn_blocking(move || measure(port, &path, &cookie, requests))
                    .await
                    .expect("the client thread");
            println!(
                "{size:>6} proposals  {page:<17} median {:>7.1} ms  p95 {:>7.1} ms",
                median.as_secs_f64() * 1000.0,
                p95.as_secs_f64() * 1000.0
            );
        }
    }
    let _ = stop.send(());
    let _ = server.await;
}
