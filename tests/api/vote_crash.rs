//! Crash safety of the vote: the real server binary on an on-disk SurrealKV database is
//! killed with SIGKILL in the middle of a burst of ballots and started again on the same
//! files. Every ballot that was answered 200 must be there, no code may be counted twice,
//! and the stored ballots must match the used codes.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use idesluss::features::vote::open_vote_for_load;
use idesluss::platform::db;
use idesluss::platform::settings::Settings;
use reqwest::{Client, StatusCode};
use serde_json::Value;

const VOTERS: usize = 300;
const KILL_AFTER_ACKS: usize = 40;
const NAMESPACE: &str = "crash";

fn settings(url: &str) -> Settings {
    let mut settings = Settings::for_tests(NAMESPACE);
    settings.database_url = url.to_owned();
    settings
}

/// Starts the server binary on a port of its choosing and returns it with that port (read
/// from its log, so no other test can take the port in between). Retries while the files
/// are still locked by the process before.
async fn start_server(url: &str) -> (Child, u16) {
    for _ in 0..10 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_idesluss"))
            .arg("serve")
            .arg("--no-demo")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("IDESLUSS_DATABASE_URL", url)
            .env("IDESLUSS_DB_NAMESPACE", NAMESPACE)
            .env("IDESLUSS_DB_DATABASE", "test")
            .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the server binary starts");
        let stderr = child.stderr.take().expect("stderr");
        let (found, port) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listens on http://127.0.0.1:").nth(1) {
                    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                    if let Ok(port) = digits.parse::<u16>() {
                        let _ = found.send(port);
                    }
                }
            }
        });
        if let Ok(port) = port.recv_timeout(Duration::from_secs(30)) {
            return (child, port);
        }
        // It exited (the files were still locked) or never came up: try again.
        let _ = child.kill();
        let _ = child.wait();
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    panic!("the server did not start on {url}");
}

/// Opens the database in this process, retrying while the killed server's lock lingers.
async fn open_db(url: &str) -> db::Db {
    for _ in 0..50 {
        if let Ok(db) = db::connect(&settings(url)).await {
            return db;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("could not open {url}");
}

async fn cast(client: &Client, port: u16, round: &str, code: &str, picks: &[String]) -> bool {
    let form = [
        ("round_id", round),
        ("code", code),
        ("picks[0]", picks[0].as_str()),
        ("picks[1]", picks[1].as_str()),
    ];
    client
        .post(format!("http://127.0.0.1:{port}/api/cast_ballot"))
        .header("Accept", "application/json")
        .form(&form)
        .send()
        .await
        .is_ok_and(|r| r.status() == StatusCode::OK)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_ballot_survives_a_kill_9() {
    // A hang anywhere is a failure, not a stuck CI run.
    tokio::time::timeout(Duration::from_secs(240), burst_kill_restart())
        .await
        .expect("the crash test finishes within four minutes");
}

async fn burst_kill_restart() {
    let folder = tempfile::tempdir().expect("a temp dir");
    let url = format!("surrealkv://{}", folder.path().join("db").display());
    let vote = {
        let db = open_db(&url).await;
        open_vote_for_load(&db, VOTERS).await.expect("an open vote")
    };
    let (mut server, port) = start_server(&url).await;

    let acked = Arc::new(AtomicUsize::new(0));
    let client = Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client");
    let voters: Vec<_> = (0..VOTERS)
        .map(|i| {
            let (client, acked) = (client.clone(), acked.clone());
            let round = vote.round_id.clone();
            let code = vote.codes[i].clone();
            let picks = [vote.ideas[i % 6].clone(), vote.ideas[(i + 1) % 6].clone()];
            tokio::spawn(async move {
                let ok = cast(&client, port, &round, &code, &picks).await;
                if ok {
                    acked.fetch_add(1, Ordering::SeqCst);
                }
                ok.then_some(i)
            })
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    while acked.load(Ordering::SeqCst) < KILL_AFTER_ACKS && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    server.kill().expect("SIGKILL");
    let _ = server.wait();
    let mut acknowledged = Vec::new();
    for voter in voters {
        if let Some(i) = voter.await.expect("voter task") {
            acknowledged.push(i);
        }
    }
    assert!(acknowledged.len() >= KILL_AFTER_ACKS, "the burst got going");
    assert!(
        acknowledged.len() < VOTERS,
        "the kill landed during the burst"
    );

    // Started again on the same files, the server shows at least what it acknowledged.
    let (mut server, port) = start_server(&url).await;
    let projector: Value = client
        .post(format!("http://127.0.0.1:{port}/api/projector"))
        .header("Accept", "application/json")
        .form(&[("round_id", vote.round_id.as_str())])
        .send()
        .await
        .expect("projector")
        .json()
        .await
        .expect("json");
    let shown = projector["tally"]["ballots"].as_u64().expect("ballots") as usize;
    // A used code stays used: casting again with an acknowledged code is refused.
    for &i in acknowledged.iter().take(20) {
        let picks = [vote.ideas[0].clone(), vote.ideas[1].clone()];
        assert!(!cast(&client, port, &vote.round_id, &vote.codes[i], &picks).await);
    }
    server.kill().expect("SIGKILL");
    let _ = server.wait();

    let db = open_db(&url).await;
    let ballots: Vec<Vec<surrealdb::types::RecordId>> = db
        .query("SELECT VALUE choices FROM ballot")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    let used: Vec<String> = db
        .query("SELECT VALUE code FROM voter_code WHERE used = true")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(
        shown,
        ballots.len(),
        "the restarted server counts every stored ballot"
    );
    assert_eq!(
        used.len(),
        ballots.len(),
        "one ballot per used code, none twice"
    );
    for &i in &acknowledged {
        assert!(
            used.contains(&vote.codes[i]),
            "acknowledged code {i} is used"
        );
    }
    // Every acknowledged choice is counted; anything beyond that is a ballot that was
    // stored just before the kill, whose answer never reached the voter.
    for (n, idea) in vote.ideas.iter().enumerate() {
        let idea_id = idesluss::features::proposals::idea_store::idea_id(idea);
        let stored = ballots.iter().flatten().filter(|c| **c == idea_id).count();
        let expected = acknowledged
            .iter()
            .filter(|&&i| i % 6 == n || (i + 1) % 6 == n)
            .count();
        assert!(
            stored >= expected,
            "proposal {n}: {stored} stored < {expected} acknowledged"
        );
    }
    let unanswered = ballots.len() - acknowledged.len();
    assert!(unanswered <= VOTERS - acknowledged.len());
    println!(
        "acknowledged {} of {VOTERS}, stored {} ({unanswered} stored but unanswered at the kill)",
        acknowledged.len(),
        ballots.len()
    );
}
