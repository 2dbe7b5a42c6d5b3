//! The real SurrealDB server (`testing/surreal-server`, the library behind `surreal`) as a
//! child process on a random loopback port, for tests with several app instances. Build it
//! first with `cargo build -p surreal-test-server` (`scripts/test.sh` does).

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use idesluss::platform::settings::Settings;

pub const USER: &str = "root";
pub const PASS: &str = "root";

pub struct SurrealServer {
    child: Option<Child>,
    pub port: u16,
    /// `memory`, or `surrealkv://<folder>` to keep the data over a restart.
    storage: String,
}

fn binary() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let binary = target.join("debug").join("surreal-test-server");
    assert!(
        binary.exists(),
        "{} is missing: run `cargo build -p surreal-test-server` first",
        binary.display()
    );
    binary
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl SurrealServer {
    /// A server keeping its data in memory.
    pub async fn start() -> Self {
        Self::start_with("memory".to_owned()).await
    }

    /// A server keeping its data in `folder`, so that it survives a restart.
    pub async fn start_on_disk(folder: &std::path::Path) -> Self {
        Self::start_with(format!("surrealkv://{}", folder.join("db").display())).await
    }

    async fn start_with(storage: String) -> Self {
        let mut server = Self {
            child: None,
            port: free_port(),
            storage,
        };
        server.start_again().await;
        server
    }

    /// Starts the server (again) on the same port and storage, and waits until it answers.
    pub async fn start_again(&mut self) {
        let child = Command::new(binary())
            .args(["start", "--no-banner", "--log", "warn", "--bind"])
            .arg(format!("127.0.0.1:{}", self.port))
            .args(["--user", USER, "--pass", PASS])
            .arg(&self.storage)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the SurrealDB server starts");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let health = reqwest::get(format!("http://127.0.0.1:{}/health", self.port)).await;
            if health.is_ok_and(|r| r.status().is_success()) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the SurrealDB server did not answer on port {}",
                self.port
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Kills the server at once (SIGKILL), as a crash or a pulled plug would.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn url(&self) -> String {
        format!("ws://127.0.0.1:{}", self.port)
    }

    /// Settings for an app instance on this server, in `namespace`.
    pub fn app_settings(&self, namespace: &str) -> Settings {
        let mut settings = Settings::for_tests(namespace);
        settings.database_url = self.url();
        settings.database_user = Some(USER.to_owned());
        settings.database_password = Some(PASS.to_owned());
        settings
    }
}

impl Drop for SurrealServer {
    fn drop(&mut self) {
        self.kill();
    }
}
