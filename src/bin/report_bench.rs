//! Benchmark (not a test): a round with 500 proposals, 20 teams (members, five sessions,
//! test and learning cards, a decision, an action) and 2,000 ballots, then measures how long
//! the server takes to answer the round's results report and the organizers' dashboard,
//! rendered in full on the server (median and p95), and how long a 500-row spreadsheet
//! takes to import (upload with preview, then the import itself).
//!
//!     cargo run --release --features ssr --bin report_bench [-- <requests per page>]
//!
//! Same features as the release server, `mem://` database, a plain blocking HTTP/1.1
//! client on its own thread. Prints one line per figure.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

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

const PROPOSALS: usize = 500;
const TEAMS: usize = 20;
const BALLOTS: usize = 2000;
const IMPORT_ROWS: usize = 500;

fn texts(n: usize) -> IdeaTexts {
    IdeaTexts {
        title: format!("Förslag {n}: sms-påminnelse före första besöket"),
        problem: "Många som fått en första tid kommer inte, och platsen står tom.".into(),
        perspective: Some("both".into()),
        description: "Ett sms två dagar före besöket med tid och adress.".into(),
        first_test: "Skicka påminnelser till alla nybesök i fyra veckor.".into(),
        success_signal: "Uteblivna besök minskar.".into(),
        category: Some(["explore", "test", "scale"][n % 3].into()),
        unit: format!("Enhet {}", n % 12),
        co_proposers: Vec::new(),
    }
}

/// One request over a fresh connection; returns the status code and the response body.
fn send(port: u16, method: &str, path: &str, headers: &str, body: &[u8]) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Content-Length: {}\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).expect("write");
    stream.write_all(body).expect("write");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let text = String::from_utf8_lossy(&response);
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = match text.find("\r\n\r\n") {
        Some(at) => response[at + 4..].to_vec(),
        None => Vec::new(),
    };
    (status, body)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn measure(port: u16, path: &str, cookie: &str, requests: usize) -> (Duration, Duration) {
    let headers = format!("Cookie: {cookie}\r\n");
    let mut times = Vec::with_capacity(requests);
    for _ in 0..requests {
        let start = Instant::now();
        let (status, body) = send(port, "GET", path, &headers, b"");
        times.push(start.elapsed());
        assert_eq!(status, 200, "{path}");
        assert!(body.len() > 1000, "{path}: a whole page");
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

/// A team with four members, five held sessions with attendance, two cards, a decision and
/// an action, written straight into the database.
async fn team(
    db: &idesluss::platform::db::Db,
    round: &str,
    idea: &str,
    coach: &str,
    members: &[String],
) {
    let members: Vec<RecordId> = members
        .iter()
        .map(|m| RecordId::new("user", m.as_str()))
        .collect();
    db.query(
        "BEGIN TRANSACTION;
         LET $team = type::record('team', $idea_key);
         CREATE $team SET round = $round, idea = $idea, coach = $coach, budget_ore = 500000;
         UPDATE $idea SET stage = 'follow_up';
         FOR $m IN $members {
             CREATE team_member SET team = $team, user = $m, joined_on = '2026-10-01';
         };
         FOR $d IN ['2026-10-02', '2026-10-09', '2026-10-16', '2026-10-23', '2026-10-30'] {
             LET $s = (CREATE team_session SET team = $team, date = $d, starts_at = '13:00', \
                 ends_at = '15:00', did = 'Intervjuer', learned = 'Sms fungerar', \
                 next_steps = 'Sammanställa' RETURN VALUE id)[0];
             FOR $m IN $members {
                 CREATE attendance SET session = $s, team = $team, user = $m, status = 'present';
             };
         };
         CREATE expense SET team = $team, date = '2026-10-09', amount_ore = 123450, \
             what = 'Fika till intervjuerna', category = 'food', paid_by = 'Utlägg', \
             status = 'approved', entered_by = $coach;
         LET $test = (CREATE test_card SET team = $team, round = $round, name = 'Sms-testet', \
             hypothesis = 'fler kommer', critical = 3, test = 'skicka sms', cost = 1, \
             reliability = 2, metric = 'uteblivna', criteria = 'färre än tio procent', \
             status = 'done', result = 'confirmed' RETURN VALUE id);
         CREATE learning_card SET team = $team, round = $round, title = 'Påminnelsen hjälper', \
             believed = 'a', observed = 'b', learned = 'sms fungerar', therefore = 'skala upp', \
             test_cards = $test;
         CREATE type::record('decision', $idea_key) SET idea = $idea, round = $round, \
             outcome = 'scale_up', rationale = 'Sprids till alla enheter.';
         CREATE followup_action SET idea = $idea, round = $round, what = 'Sprid arbetssättet', \
             owner = $coach, due = '2027-03-01', status = 'open';
         COMMIT TRANSACTION;",
    )
    .bind(("idea_key", idea.to_owned()))
    .bind(("idea", RecordId::new("idea", idea)))
    .bind(("round", RecordId::new("round", round)))
    .bind(("coach", RecordId::new("user", coach)))
    .bind(("members", members))
    .await
    .expect("team stored")
    .check()
    .expect("team stored");
}

#[tokio::main]
async fn main() {
    let requests: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let app = Application::build(Settings::for_tests("report_bench"))
        .await
        .expect("app starts");
    let port = app.port();
    let db = app.db();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));

    let hash = hash_password("kaffe och kanelbullar").unwrap();
    let organizer = account(&db, 0, &[Role::Organizer, Role::Coach], &hash).await;
    let token = new_session_token();
    sessions::create(&db, &token_hash(&token), &organizer)
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
    let mut on_ballot = Vec::new();
    let mut people = 1;
    for n in 0..PROPOSALS {
        let stage = if n < TEAMS {
            "selected"
        } else if n < 60 {
            "on_ballot"
        } else {
            "submitted"
        };
        let proposer = account(&db, people, &[], &hash).await;
        people += 1;
        let owner = Some(RecordId::new("user", proposer.as_str()));
        let idea = ideas::create_in_stage(&db, &round_id, owner, texts(n), stage)
            .await
            .expect("stored");
        if n < 60 {
            on_ballot.push(idea.clone());
        }
        if n < TEAMS {
            let mut members = vec![proposer];
            for _ in 1..4 {
                members.push(account(&db, people, &[], &hash).await);
                people += 1;
            }
            team(&db, &round_id, &idea, &organizer, &members).await;
        }
    }
    let ballots: Vec<Vec<RecordId>> = (0..BALLOTS)
        .map(|b| {
            (0..3)
                .map(|k| {
                    RecordId::new(
                        "idea",
                        on_ballot[(b * 7 + k * 13) % on_ballot.len()].as_str(),
                    )
                })
                .collect()
        })
        .collect();
    db.query(
        "CREATE $vote SET round = $round, ideas = $ideas, votes_per_voter = 3;
         FOR $b IN $ballots { CREATE ballot SET vote = $vote, choices = $b; };",
    )
    .bind(("vote", RecordId::new("vote", round_id.as_str())))
    .bind(("round", RecordId::new("round", round_id.as_str())))
    .bind((
        "ideas",
        on_ballot
            .iter()
            .map(|i| RecordId::new("idea", i.as_str()))
            .collect::<Vec<_>>(),
    ))
    .bind(("ballots", ballots))
    .await
    .expect("ballots")
    .check()
    .expect("ballots");
    println!(
        "{PROPOSALS} proposals, {TEAMS} teams, {BALLOTS} ballots ({:.1} s to fill)",
        start.elapsed().as_secs_f64()
    );
    println!("requests per page: {requests}");
    for (page, path) in [
        ("results report", format!("/rounds/{round_id}/report")),
        (
            "report as Markdown",
            format!("/rounds/{round_id}/report.md"),
        ),
        ("dashboard", "/dashboard".to_owned()),
    ] {
        let cookie = cookie.clone();
        let (median, p95) =
            tokio::task::spawn_blocking(move || measure(port, &path, &cookie, requests))
                .await
                .expect("the client thread");
        println!(
            "{page:<19} median {:>7.1} ms  p95 {:>7.1} ms",
            median.as_secs_f64() * 1000.0,
            p95.as_secs_f64() * 1000.0
        );
    }

    // Importing a 500-row spreadsheet: the upload with its preview, then the import.
    let mut file = String::from("Titel;Kategori;Problem;Idé;Enhet\n");
    for i in 0..IMPORT_ROWS {
        file.push_str(&format!(
            "Lapp {i} från workshoppen;testa;Problemet på lapp {i};Idén på lapp {i};Enhet {}\n",
            i % 7
        ));
    }
    let boundary = "----idesluss-bench";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lappar.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file.as_bytes());
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let upload_headers =
        format!("Cookie: {cookie}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\n");
    let path = format!("/rounds/{round_id}/import");
    let started = Instant::now();
    let (status, draft) =
        tokio::task::spawn_blocking(move || send(port, "POST", &path, &upload_headers, &body))
            .await
            .unwrap();
    let previewed = started.elapsed();
    assert_eq!(status, 201, "preview stored");
    let draft = String::from_utf8(draft).unwrap();
    let form = format!("round_id={round_id}&draft_id={draft}");
    let confirm_headers = format!(
        "Cookie: {cookie}\r\nAccept: application/json\r\n\
         Content-Type: application/x-www-form-urlencoded\r\n"
    );
    let started = Instant::now();
    let (status, _) = tokio::task::spawn_blocking(move || {
        send(
            port,
            "POST",
            "/api/confirm_import",
            &confirm_headers,
            form.as_bytes(),
        )
    })
    .await
    .unwrap();
    let imported = started.elapsed();
    assert_eq!(status, 200, "imported");
    println!(
        "import of {IMPORT_ROWS} rows  preview {:>7.1} ms  import {:>7.1} ms  total {:>7.1} ms",
        previewed.as_secs_f64() * 1000.0,
        imported.as_secs_f64() * 1000.0,
        (previewed + imported).as_secs_f64() * 1000.0
    );
    let _ = stop.send(());
    let _ = server.await;
}
