//! Benchmark (not a test): a hall of voters at once. Creates an open vote with N voter codes
//! (default 2,000, twice over) on an embedded SurrealKV database in a temporary folder, then starts N
//! voters at the same moment; each opens the ballot page with its code (the QR link) and
//! casts a ballot, on its own connections over loopback. Prints ballots per second,
//! latency of the whole voter (page + ballot) at p50/p95/p99, and errors; then the same
//! client against a trivial endpoint of the same server, and the ratio between the two.
//!
//!     cargo run --release --features ssr --bin vote_bench [-- <voters> [<seconds>]]
//!
//! Voters come twice: all at the same moment (the worst case: each one's latency is mostly
//! its place in the queue), and arriving evenly over `<seconds>` (default 8), as a hall
//! does when people scan the code over some seconds.
//!
//! The server runs in this process, built with the release server's features and profile.
//!
//! With `--instances N`, the voters are shared among N app instances (in this process), all
//! on one real SurrealDB server (`surreal-test-server`, started as its own process with its
//! data on disk); build it first with `cargo build --release -p surreal-test-server`:
//!
//!     cargo run --release --features ssr --bin vote_bench -- 2000 8 --instances 2

use std::time::{Duration, Instant};

use idesluss::features::vote::open_vote_for_load;
use idesluss::platform::settings::Settings;
use idesluss::startup::Application;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// One request on a fresh connection; the status code, or an error text.
async fn request(port: u16, head: &str, body: &str) -> Result<u16, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))
        .await
        .map_err(|e| format!("connect: {e}"))?;
    let request = format!(
        "{head}\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream
        .write_all(request.as_bytes())
        .await
        .map_err(|e| format!("write: {e}"))?;
    let mut response = Vec::with_capacity(16 * 1024);
    stream
        .read_to_end(&mut response)
        .await
        .map_err(|e| format!("read: {e}"))?;
    let status_line = response.split(|b| *b == b'\n').next().unwrap_or_default();
    String::from_utf8_lossy(status_line)
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| "no status line".to_owned())
}

/// One voter: the ballot page for the code, then the ballot. Both must be 200.
async fn vote(
    port: u16,
    round: String,
    code: String,
    picks: [String; 3],
) -> Result<Duration, String> {
    let start = Instant::now();
    let page = request(port, &format!("GET /rosta?kod={code} HTTP/1.1"), "").await?;
    if page != 200 {
        return Err(format!("ballot page {page}"));
    }
    let body = format!(
        "round_id={round}&code={code}&picks%5B0%5D={}&picks%5B1%5D={}&picks%5B2%5D={}",
        picks[0], picks[1], picks[2]
    );
    let cast = request(
        port,
        "POST /api/cast_ballot HTTP/1.1\r\nAccept: application/json\r\nContent-Type: application/x-www-form-urlencoded",
        &body,
    )
    .await?;
    if cast != 200 {
        return Err(format!("cast {cast}"));
    }
    Ok(start.elapsed())
}

/// Only the ballot page (the QR link), without casting.
async fn page_only(port: u16, code: String) -> Result<Duration, String> {
    let start = Instant::now();
    let status = request(port, &format!("GET /rosta?kod={code} HTTP/1.1"), "").await?;
    if status != 200 {
        return Err(format!("ballot page {status}"));
    }
    Ok(start.elapsed())
}

/// A request that does no work: the same client, the same server, a static-size answer.
async fn trivial(port: u16) -> Result<Duration, String> {
    let start = Instant::now();
    let status = request(port, "GET /healthz HTTP/1.1", "").await?;
    if status != 200 {
        return Err(format!("healthz {status}"));
    }
    Ok(start.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

struct Burst {
    wall: Duration,
    times: Vec<Duration>,
    errors: Vec<String>,
}

/// Starts `n` jobs: all at once (`spread` zero), or evenly over `spread` (voter `i` starts
/// at `spread * i / n`). Each job times itself from its own start.
async fn burst<F, Fut>(n: usize, spread: Duration, job: F) -> Burst
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = Result<Duration, String>> + Send + 'static,
{
    let start = Instant::now();
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let job = job(i);
            let delay = spread.mul_f64(i as f64 / n as f64);
            tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                job.await
            })
        })
        .collect();
    let mut times = Vec::with_capacity(n);
    let mut errors = Vec::new();
    for task in tasks {
        match task.await {
            Ok(Ok(time)) => times.push(time),
            Ok(Err(error)) => errors.push(error),
            Err(error) => errors.push(error.to_string()),
        }
    }
    times.sort();
    Burst {
        wall: start.elapsed(),
        times,
        errors,
    }
}

fn report(name: &str, burst: &Burst) -> f64 {
    let rate = burst.times.len() as f64 / burst.wall.as_secs_f64();
    println!(
        "{name:<22} {:>5} ok in {:>6.2} s = {:>7.0}/s   p50 {:>7.1} ms  p95 {:>7.1} ms  p99 {:>7.1} ms   errors {}",
        burst.times.len(),
        burst.wall.as_secs_f64(),
        rate,
        percentile(&burst.times, 0.50),
        percentile(&burst.times, 0.95),
        percentile(&burst.times, 0.99),
        burst.errors.len()
    );
    if let Some(first) = burst.errors.first() {
        println!("  first error: {first}");
    }
    rate
}

/// The SurrealDB server for `--instances`, stopped when dropped.
struct DatabaseServer(std::process::Child);

impl Drop for DatabaseServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `surreal-test-server` (release build) on a free port with its data in `folder`.
async fn database_server(folder: &std::path::Path) -> (DatabaseServer, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let binary =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/surreal-test-server");
    let child = std::process::Command::new(&binary)
        .args([
            "start",
            "--no-banner",
            "--log",
            "warn",
            "--user",
            "root",
            "--pass",
            "root",
        ])
        .arg("--bind")
        .arg(format!("127.0.0.1:{port}"))
        .arg(format!(
            "surrealkv://{}",
            folder.join("server-db").display()
        ))
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}; build it with `cargo build --release -p surreal-test-server`",
                binary.display()
            )
        });
    let server = DatabaseServer(child);
    for _ in 0..300 {
        if TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            return (server, format!("ws://127.0.0.1:{port}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the SurrealDB server did not start");
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let instances: Option<usize> = args
        .iter()
        .position(|a| a == "--instances")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok());
    let numbers: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[*i - 1] != "--instances"))
        .map(|(_, a)| a)
        .collect();
    let voters: usize = numbers.first().and_then(|a| a.parse().ok()).unwrap_or(2000);
    let spread_seconds: f64 = numbers.get(1).and_then(|a| a.parse().ok()).unwrap_or(8.0);
    let spread = Duration::from_secs_f64(spread_seconds);
    let folder = std::env::temp_dir().join(format!("idesluss-vote-bench-{}", std::process::id()));
    let mut database = None;
    let mut settings = Settings::for_tests("bench");
    match instances {
        Some(_) => {
            let (server, url) = database_server(&folder).await;
            database = Some(server);
            settings.database_url = url;
            settings.database_user = Some("root".to_owned());
            settings.database_password = Some("root".to_owned());
        }
        None => settings.database_url = format!("surrealkv://{}", folder.join("db").display()),
    }
    let mut ports = Vec::new();
    let mut stops = Vec::new();
    let mut servers = Vec::new();
    let mut db = None;
    for _ in 0..instances.unwrap_or(1).max(1) {
        let app = Application::build(settings.clone())
            .await
            .expect("app starts");
        ports.push(app.port());
        db.get_or_insert_with(|| app.db());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        servers.push(tokio::spawn(app.run_until(async move {
            let _ = stopped.await;
        })));
        stops.push(stop);
    }
    let db = db.expect("one instance at least");
    match instances {
        Some(n) => println!(
            "{n} app instances on one SurrealDB server ({})",
            settings.database_url
        ),
        None => println!("one app instance, embedded SurrealKV"),
    }
    let ports = std::sync::Arc::new(ports);
    let port_for = {
        let ports = ports.clone();
        move |i: usize| ports[i % ports.len()]
    };

    let setup = Instant::now();
    let load = open_vote_for_load(&db, 2 * voters)
        .await
        .expect("a vote with codes");
    println!(
        "{} voter codes on an open vote ({:.1} s to make), data in {}",
        2 * voters,
        setup.elapsed().as_secs_f64(),
        folder.display()
    );
    let round = load.round_id.clone();
    let ideas = load.ideas.clone();
    let codes = load.codes.clone();
    let cast = |offset: usize| {
        let (round, ideas, codes) = (round.clone(), ideas.clone(), codes.clone());
        let port_for = port_for.clone();
        move |i: usize| {
            let picks = [0, 2, 4].map(|k| ideas[(i + k) % ideas.len()].clone());
            vote(port_for(i), round.clone(), codes[offset + i].clone(), picks)
        }
    };
    let pages = burst(voters, Duration::ZERO, |i| {
        page_only(port_for(i), codes[i].clone())
    })
    .await;
    report("ballot page alone", &pages);
    let at_once = burst(voters, Duration::ZERO, cast(0)).await;
    let vote_rate = report("page + ballot, at once", &at_once);
    let spread_run = burst(voters, spread, cast(voters)).await;
    report(
        &format!("page + ballot, over {spread_seconds} s"),
        &spread_run,
    );
    let baseline = burst(voters, Duration::ZERO, |i| trivial(port_for(i))).await;
    let trivial_rate = report("trivial endpoint", &baseline);
    println!(
        "ratio trivial/vote (at once): {:.1}x the throughput, vote p99 is {:.1}x the trivial p99",
        trivial_rate / vote_rate,
        percentile(&at_once.times, 0.99) / percentile(&baseline.times, 0.99)
    );
    let acknowledged = at_once.times.len() + spread_run.times.len();

    let stored: Option<i64> = db
        .query("SELECT VALUE count() FROM ballot WHERE vote = type::record('vote', $id) GROUP ALL")
        .bind(("id", load.round_id.clone()))
        .await
        .expect("count")
        .take(0)
        .expect("a number");
    println!(
        "ballots stored: {}, acknowledged: {}",
        stored.unwrap_or(0),
        acknowledged
    );
    for stop in stops {
        let _ = stop.send(());
    }
    for server in servers {
        let _ = server.await;
    }
    drop(database);
    let _ = std::fs::remove_dir_all(&folder);
}
