//! A real OpenID Connect provider for the tests (npm `oidc-provider`, run by
//! `end2end/oidc-provider.mjs`), and a browser's walk through a sign-in with it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use idesluss::platform::oidc::OidcSettings;
use reqwest::{Client, StatusCode, Url};

use super::TestApp;

/// The provider, stopped when dropped.
pub struct IdentityProvider {
    pub issuer: String,
    process: Child,
}

impl IdentityProvider {
    pub fn start() -> Self {
        let mut process = Command::new("node")
            .arg("end2end/oidc-provider.mjs")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs end2end/oidc-provider.mjs (npm packages installed)");
        let mut output = BufReader::new(process.stdout.take().expect("its output"));
        let mut line = String::new();
        output
            .read_line(&mut line)
            .expect("the provider says where it listens");
        // Whatever it writes later is read and dropped: a closed pipe would stop it.
        std::thread::spawn(move || std::io::copy(&mut output, &mut std::io::sink()));
        let started: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("not the issuer: {line:?}"));
        Self {
            issuer: started["issuer"].as_str().expect("issuer").to_owned(),
            process,
        }
    }

    /// The app's settings for this provider.
    pub fn settings(&self) -> OidcSettings {
        OidcSettings {
            issuer: self.issuer.clone(),
            client_id: "idesluss".to_owned(),
            client_secret: "idesluss-test-secret".to_owned(),
        }
    }
}

impl Drop for IdentityProvider {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// The `Location` of a redirect, resolved against `from`.
fn location(response: &reqwest::Response, from: &Url) -> Url {
    assert!(
        response.status().is_redirection(),
        "a redirect from {from}, not {}",
        response.status()
    );
    let to = response.headers()["location"].to_str().expect("location");
    from.join(to).expect("a URL")
}

/// Starts a sign-in at the app (coming back to `till`), lets `change` alter the request
/// the app sends to the provider, signs in there as `email`, and returns the address the
/// provider sends the browser back to, not yet opened.
pub async fn answer_for(
    app: &TestApp,
    browser: &Client,
    email: &str,
    till: &str,
    change: impl Fn(&mut Vec<(String, String)>),
) -> Url {
    let start = Url::parse(&format!("{}/sign-in/oidc?till={till}", app.address)).expect("url");
    let response = browser.get(start.clone()).send().await.expect("sent");
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "sent to the provider"
    );
    let mut url = location(&response, &start);
    let mut pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    change(&mut pairs);
    pairs.push(("login_hint".to_owned(), email.to_owned()));
    url.query_pairs_mut().clear().extend_pairs(pairs);
    for _ in 0..10 {
        let response = browser.get(url.clone()).send().await.expect("sent");
        let next = location(&response, &url);
        if next.as_str().starts_with(&app.address) {
            return next;
        }
        url = next;
    }
    panic!("the provider never sent the browser back");
}

/// Opens the provider's answer as a browser does.
pub async fn open_answer(browser: &Client, answer: &Url) -> reqwest::Response {
    browser
        .get(answer.clone())
        .header("Accept", "text/html")
        .send()
        .await
        .expect("sent")
}

/// `answer` with one query parameter replaced.
pub fn with_param(answer: &Url, name: &str, value: &str) -> Url {
    let mut changed = answer.clone();
    let pairs: Vec<(String, String)> = answer
        .query_pairs()
        .into_owned()
        .map(|(k, v)| {
            if k == name {
                (k, value.to_owned())
            } else {
                (k, v)
            }
        })
        .collect();
    changed.query_pairs_mut().clear().extend_pairs(pairs);
    changed
}
