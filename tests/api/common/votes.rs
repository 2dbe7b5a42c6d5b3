//! A round with a shortlist, and the vote's calls as the browser makes them.

use idesluss::domain::Role;
use reqwest::{Client, Response, StatusCode};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::TestApp;
use super::proposals::{complete, open_round_id, with};

/// An open round with four shortlisted proposals: two in "test", one in "explore", one in
/// "scale" (ids in that order), proposed by `proposer`.
pub struct VoteSetup {
    pub round: String,
    pub organizer: Client,
    pub proposer: Client,
    pub ideas: Vec<String>,
}

pub async fn shortlisted_round(app: &TestApp) -> VoteSetup {
    let round = open_round_id(app).await;
    let organizer = app
        .signed_in_with_roles("arrangor@kommun.se", &[Role::Organizer])
        .await;
    let proposer = app.signed_in_with_roles("forslag@kommun.se", &[]).await;
    let mut ideas = Vec::new();
    for (title, category) in [
        ("Sms-påminnelse", "test"),
        ("Gemensamt väntrum", "test"),
        ("Brukarråd på webben", "explore"),
        ("Digital ansökan för alla", "scale"),
    ] {
        let fields = with(with(complete(), "title", title), "category", category);
        let id = app.new_proposal(&proposer, &round, "submit", &fields).await;
        let response = app
            .change_stage(&organizer, &id, "shortlist", "Rådet tyckte om idén.")
            .await;
        assert_eq!(response.status(), StatusCode::OK, "shortlists {title}");
        ideas.push(id);
    }
    VoteSetup {
        round,
        organizer,
        proposer,
        ideas,
    }
}

/// A shortlisted round with its vote open (default rules) and `codes` voter codes.
pub async fn open_vote_with_codes(app: &TestApp, codes: u32) -> (VoteSetup, Vec<String>) {
    let setup = shortlisted_round(app).await;
    app.open_vote(&setup, &[]).await;
    let codes = app.make_codes(&setup.organizer, &setup.round, codes).await;
    (setup, codes)
}

impl TestApp {
    /// Posts the rules form: (field, value) pairs under `rules[…]`.
    pub async fn save_vote(
        &self,
        client: &Client,
        round: &str,
        rules: &[(&str, &str)],
    ) -> Response {
        let mut form = vec![("round_id".to_owned(), round.to_owned())];
        form.extend(
            rules
                .iter()
                .map(|(k, v)| (format!("rules[{k}]"), (*v).to_owned())),
        );
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.post(client, "save_vote", &refs).await
    }

    pub async fn switch_vote(&self, client: &Client, round: &str, to: &str) -> Response {
        self.post(client, "vote_switch", &[("round_id", round), ("to", to)])
            .await
    }

    /// Makes `count` codes and returns every code of the vote, as printed.
    pub async fn make_codes(&self, organizer: &Client, round: &str, count: u32) -> Vec<String> {
        let count = count.to_string();
        let response = self
            .post(
                organizer,
                "vote_codes",
                &[("round_id", round), ("count", &count)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "makes codes");
        let sheet = self
            .json(
                organizer,
                "code_sheet",
                &[("round_id", round), ("from", "1")],
            )
            .await;
        sheet["cards"]
            .as_array()
            .expect("cards")
            .iter()
            .map(|card| card["code"].as_str().expect("code").to_owned())
            .collect()
    }

    /// Casts a ballot with form fields `picks[i]` (indices as given, gaps allowed).
    pub async fn cast(
        &self,
        client: &Client,
        round: &str,
        code: &str,
        picks: &[(usize, &str)],
    ) -> Response {
        let form = ballot_form(round, code, picks);
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.post(client, "cast_ballot", &refs).await
    }

    /// Posts the choose step as the no-JavaScript form does and returns where it leads
    /// (the confirm step's address).
    pub async fn review(
        &self,
        client: &Client,
        round: &str,
        code: &str,
        picks: &[(usize, &str)],
    ) -> String {
        let form = ballot_form(round, code, picks);
        let response = client
            .post(format!("{}/api/review_ballot", self.address))
            .header("Accept", "text/html,application/xhtml+xml")
            .header("Referer", format!("{}/rosta", self.address))
            .form(&form)
            .send()
            .await
            .expect("request is sent");
        assert!(response.status().is_redirection(), "{}", response.status());
        response.headers()["location"]
            .to_str()
            .expect("location")
            .to_owned()
    }

    /// A created and opened vote with default rules plus `rules`.
    pub async fn open_vote(&self, setup: &VoteSetup, rules: &[(&str, &str)]) {
        let response = self.save_vote(&setup.organizer, &setup.round, rules).await;
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{:?}",
            response.text().await
        );
        let response = self
            .switch_vote(&setup.organizer, &setup.round, "open")
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }

    pub async fn results(&self, client: &Client, round: &str) -> Value {
        self.json(client, "vote_results", &[("round_id", round)])
            .await
    }
}

/// The error JSON of a refused call, asserting its status.
pub async fn refused(response: Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    response.json().await.expect("error json")
}

/// The fields the ballot's forms send: the vote, the code, and `picks[i]` (indices as
/// given, gaps allowed, as ticked check boxes leave them).
fn ballot_form(round: &str, code: &str, picks: &[(usize, &str)]) -> Vec<(String, String)> {
    let mut form = vec![
        ("round_id".to_owned(), round.to_owned()),
        ("code".to_owned(), code.to_owned()),
    ];
    form.extend(
        picks
            .iter()
            .map(|(i, id)| (format!("picks[{i}]"), (*id).to_owned())),
    );
    form
}

/// Reads server-sent events until one named `tally` arrives, or gives up after `wait`.
pub async fn next_tally(
    response: &mut reqwest::Response,
    buffer: &mut String,
    wait: Duration,
) -> Value {
    let deadline = Instant::now() + wait;
    loop {
        if let Some(end) = buffer.find("\n\n") {
            let event: String = buffer.drain(..end + 2).collect();
            if event.contains("event: tally") || event.contains("event:tally") {
                let data = event
                    .lines()
                    .find_map(|l| l.strip_prefix("data:"))
                    .expect("data line")
                    .trim();
                return serde_json::from_str(data).expect("tally json");
            }
            continue;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        let chunk = tokio::time::timeout(left, response.chunk())
            .await
            .expect("an event in time")
            .expect("stream reads")
            .expect("stream open");
        buffer.push_str(&String::from_utf8_lossy(&chunk));
    }
}
