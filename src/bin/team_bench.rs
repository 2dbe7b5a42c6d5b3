//! Benchmark (not a test): a round of 100 teams, each formed through the app (five
//! sessions, members, attendance and a handover per session), then measures how long the
//! server takes to answer the coach's overview (all 100 teams) and a team page, rendered in
//! full on the server (median and p95), over loopback.
//!
//!     cargo run --release --features ssr --bin team_bench [-- <requests per page>]
//!
//! Same features as the release server, `mem://` database, a plain blocking HTTP/1.1
//! client on its own thread. Prints one line per page.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use idesluss::domain::proposal::{Proposal, ProposalInput};
use idesluss::domain::round::NewRound;
use idesluss::domain::{Email, PersonName, Role};
use idesluss::features::proposals::idea_store::{self as ideas, IdeaTexts};
use idesluss::features::rounds::open_round;
use idesluss::features::rounds::round_store as rounds;
use idesluss::platform::auth::{SESSION_COOKIE, hash_password, new_session_token, token_hash};
use idesluss::platform::settings::Settings;
use idesluss::platform::{session_queries as sessions, users};
use idesluss::startup::Application;
use surrealdb::types::RecordId;

const TEAMS: usize = 100;
const MEMBERS_PER_TEAM: usize = 4;

fn proposal(n: usize) -> IdeaTexts {
    let input = ProposalInput {
        title: format!("Förslag {n}: sms-påminnelse före första besöket"),
        problem: "Många som fått en första tid kommer inte, och platsen står tom medan andra \
                  väntar i flera veckor på en tid hos oss."
            .into(),
        perspective: "both".into(),
        idea: "Ett sms två dagar före besöket med tid, adress och ett nummer att ringa om \
               tiden inte passar, så att tiden kan ges till någon annan."
            .into(),
        first_test: "Skicka påminnelser till alla nybesök på en enhet i fyra veckor.".into(),
        success_signal: "Uteblivna besök minskar från 30 till under 15 procent.".into(),
        category: ["explore", "test", "scale"][n % 3].into(),
        unit: format!("Enhet {}", n % 12),
        co_proposers: String::new(),
    };
    let parsed = Proposal::parse_submission(&input).expect("a valid proposal");
    IdeaTexts::from_domain(&parsed, Vec::new())
}

/// One request over a fresh connection; returns the status code and the response length.
fn send(port: u16, method: &str, path: &str, cookie: &str, body: &str) -> (u16, usize) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n\
         Accept: application/json\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).expect("write");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let text = String::from_utf8_lossy(&response);
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response.len())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn measure(port: u16, path: &str, cookie: &str, requests: usize) -> (Duration, Duration) {
    let mut times = Vec::with_capacity(requests);
    for _ in 0..requests {
        let start = Instant::now();
        let (status, len) = send(port, "GET", path, cookie, "");
        times.push(start.elapsed());
        assert_eq!(status, 200, "{path}");
        assert!(len > 1000, "{path}: a whole page");
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.95))
}

async fn account(db: &idesluss::platform::db::Db, n: usize, roles: &[Role], hash: &str) -> String {
    let name = PersonName::parse(&format!("Person {n}")).unwrap();
    let email = Email::parse(&format!("person{n}@kommun.se")).unwrap();
    match users::create(db, &name, &email, hash.to_owned(), roles).await {
        Ok(id) => id,
        Err(_) => panic!("account {n}"),
    }
}

#[tokio::main]
async fn main() {
    let requests: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let app = Application::build(Settings::for_tests("team_bench"))
        .await
        .expect("app starts");
    let port = app.port();
    let db = app.db();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));

    let hash = hash_password("kaffe och kanelbullar").unwrap();
    // One organizer who coaches every team: the overview lists all 100.
    let coach = account(&db, 0, &[Role::Organizer, Role::Coach], &hash).await;
    let token = new_session_token();
    sessions::create(&db, &token_hash(&token), &coach)
        .await
        .expect("a session");
    let cookie = format!("{SESSION_COOKIE}={token}");
    let today = chrono::Local::now().date_naive();
    let round = NewRound::parse(&open_round(today)).unwrap();
    let round_id = match rounds::create(&db, &round, None).await {
        Ok(id) => id,
        Err(_) => panic!("round"),
    };

    let start = Instant::now();
    let mut people = 1;
    let mut last_team = String::new();
    for n in 0..TEAMS {
        let proposer = account(&db, people, &[], &hash).await;
        people += 1;
        let owner = Some(RecordId::new("user", proposer.as_str()));
        let idea = ideas::create_in_stage(&db, &round_id, owner, proposal(n), "selected")
            .await
            .expect("stored");
        let mut form = format!("idea_id={idea}&coach={coach}&emails=");
        form.push_str(&format!("&members[0]={proposer}"));
        let mut members = vec![proposer.clone()];
        for m in 1..MEMBERS_PER_TEAM {
            let member = account(&db, people, &[], &hash).await;
            people += 1;
            form.push_str(&format!("&members[{m}]={member}"));
            members.push(member);
        }
        let (cookie2, form2) = (cookie.clone(), form.clone());
        let (status, _) = tokio::task::spawn_blocking(move || {
            send(port, "POST", "/api/form_team", &cookie2, &form2)
        })
        .await
        .unwrap();
        assert_eq!(status, 200, "team {n} formed");
        // Attendance and a handover for every session.
        let ids: Vec<String> = db
            .query("SELECT VALUE record::id(id) FROM team_session WHERE team = $team")
            .bind(("team", RecordId::new("team", idea.as_str())))
            .await
            .unwrap()
            .take(0)
            .unwrap();
        for session in ids {
            let mut marks = format!("session_id={session}");
            for (i, m) in members.iter().enumerate() {
                marks.push_str(&format!("&marks[{i}]={m}%3Apresent"));
            }
            let handover = format!(
                "session_id={session}&handover[did]=Intervjuer+med+tre+brukare&handover[learned]=\
                 Sms+fungerar&handover[next_steps]=Alla+sammanst%C3%A4ller"
            );
            for (path, body) in [
                ("/api/save_attendance", marks),
                ("/api/save_handover", handover),
            ] {
                let cookie2 = cookie.clone();
                let (status, _) =
                    tokio::task::spawn_blocking(move || send(port, "POST", path, &cookie2, &body))
                        .await
                        .unwrap();
                assert_eq!(status, 200, "{path}");
            }
        }
        last_team = idea;
    }
    println!(
        "{TEAMS} teams formed with {MEMBERS_PER_TEAM} members, sessions, attendance and \
         handovers ({:.1} s to fill)",
        start.elapsed().as_secs_f64()
    );
    println!("requests per page: {requests}");
    for (page, path) in [
        ("coach's overview", "/coach".to_owned()),
        ("team page", format!("/teams/{last_team}")),
        ("budget page", format!("/teams/{last_team}/budget")),
    ] {
        let cookie = cookie.clone();
        let (median, p95) =
            tokio::task::spawn_blocking(move || measure(port, &path, &cookie, requests))
                .await
                .expect("the client thread");
        println!(
            "{TEAMS} teams  {page:<17} median {:>7.1} ms  p95 {:>7.1} ms",
            median.as_secs_f64() * 1000.0,
            p95.as_secs_f64() * 1000.0
        );
    }
    let _ = stop.send(());
    let _ = server.await;
}
