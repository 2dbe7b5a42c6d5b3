//! Starts the real app on a random port with an in-memory database, and talks HTTP to it.

pub mod identity_provider;
pub mod proposals;
pub mod rounds;
pub mod surreal_server;
pub mod teams;
pub mod votes;

use idesluss::domain::{Email, PersonName, Role};
use idesluss::platform::auth::hash_password;
use idesluss::platform::db::Db;
use idesluss::platform::settings::Settings;
use idesluss::platform::users;
use idesluss::startup::Application;
use reqwest::{Client, Response, StatusCode};
use serde_json::Value;

pub struct TestApp {
    pub address: String,
    pub db: Db,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

pub fn unique_namespace() -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("test_{}_{n}", std::process::id())
}

pub async fn spawn_app() -> TestApp {
    spawn_with(Settings::for_tests(&unique_namespace())).await
}

pub async fn spawn_with(settings: Settings) -> TestApp {
    idesluss::platform::telemetry::init();
    let app = Application::build(settings).await.expect("the app starts");
    start(app)
}

/// Serves a built app in the background.
pub fn start(app: Application) -> TestApp {
    let address = format!("http://127.0.0.1:{}", app.port());
    let db = app.db();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    TestApp {
        address,
        db,
        stop: Some(stop),
        task: Some(task),
    }
}

impl TestApp {
    /// Stops serving and waits until the server (and its database handle) is gone.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    /// A browser-like client with its own cookie jar.
    pub fn client(&self) -> Client {
        Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client builds")
    }

    pub async fn post(&self, client: &Client, function: &str, form: &[(&str, &str)]) -> Response {
        client
            .post(format!("{}/api/{function}", self.address))
            .header("Accept", "application/json")
            .form(form)
            .send()
            .await
            .expect("request is sent")
    }

    pub async fn get(&self, client: &Client, path: &str) -> Response {
        client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request is sent")
    }

    pub async fn sign_up(&self, client: &Client, name: &str, email: &str) -> Response {
        self.post(
            client,
            "sign_up",
            &[("name", name), ("email", email), ("password", PASSWORD)],
        )
        .await
    }

    /// Creates an account directly in the database (as `idesluss admin create` does) and
    /// returns a client signed in to it.
    pub async fn signed_in_with_roles(&self, email: &str, roles: &[Role]) -> Client {
        let hash = hash_password(PASSWORD).expect("hashes");
        let name = PersonName::parse("Testperson").expect("valid name");
        let email_parsed = Email::parse(email).expect("valid email");
        if users::create(&self.db, &name, &email_parsed, hash, roles)
            .await
            .is_err()
        {
            panic!("could not create {email}");
        }
        let client = self.client();
        let response = self
            .post(
                &client,
                "sign_in",
                &[("email", email), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "signs in {email}");
        client
    }

    /// All rounds, as anyone may list them.
    pub async fn list_rounds(&self, client: &Client) -> Value {
        let response = self.post(client, "list_rounds", &[]).await;
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.expect("json")
    }

    /// The HTML of `path`, fetched with one extra request header.
    pub async fn page_with_header(&self, path: &str, header: (&str, &str)) -> String {
        Client::new()
            .get(format!("{}{path}", self.address))
            .header(header.0, header.1)
            .send()
            .await
            .expect("request is sent")
            .text()
            .await
            .expect("text")
    }

    /// Calls `function` expecting 200 and returns its JSON.
    pub async fn json(&self, client: &Client, function: &str, form: &[(&str, &str)]) -> Value {
        let response = self.post(client, function, form).await;
        assert_eq!(response.status(), StatusCode::OK, "{function}");
        response.json().await.expect("json")
    }

    pub async fn current_user(&self, client: &Client) -> Value {
        let response = self.post(client, "current_user", &[]).await;
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.expect("json")
    }
}

pub const PASSWORD: &str = "kaffe och kanelbullar";

/// The problem named for `field` in a refused form's JSON error, e.g. `"Required"`.
pub fn problem_for(error: &Value, field: &str) -> Option<Value> {
    let fields = error
        .as_object()?
        .values()
        .next()?
        .as_array()?
        .first()?
        .as_array()?
        .clone();
    fields
        .into_iter()
        .find(|e| e["field"] == field)
        .map(|e| e["problem"].clone())
}

/// A multipart form with one file field `field`, as a browser sends it (written by hand, so
/// the tests need no extra HTTP client features).
pub fn multipart(field: &str, file_name: &str, content: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----idesluss-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// An app with the demo data, a signed-in organizer, and the key of the 2018 round.
pub async fn demo_app() -> (TestApp, Client, String) {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.demo_data = true;
    let app = spawn_with(settings).await;
    let organizer = app
        .signed_in_with_roles("arrangor@kommun.se", &[Role::Organizer])
        .await;
    let rounds = app.list_rounds(&organizer).await;
    let round = rounds
        .as_array()
        .expect("rounds")
        .iter()
        .find(|r| r["name"] == "Bootcamp hösten 2018")
        .expect("the 2018 round")["id"]
        .as_str()
        .expect("its id")
        .to_owned();
    (app, organizer, round)
}
