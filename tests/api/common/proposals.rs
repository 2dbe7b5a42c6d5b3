//! Rounds in a given phase, and proposal forms as the browser posts them
//! (`proposal[<field>]=…`).

use chrono::{Days, NaiveDate};
use idesluss::domain::round::NewRound;
use idesluss::features::rounds::open_round;
use idesluss::features::rounds::round_store as rounds;
use reqwest::{Client, Response};
use serde_json::Value;

use super::TestApp;

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A round whose submission phase started `days_ago` days ago (negative: starts later).
/// The submission phase lasts 45 days; the council meets a week after it closes.
pub async fn round_starting(app: &TestApp, name: &str, days_ago: i64) -> String {
    let start = if days_ago >= 0 {
        today().checked_sub_days(Days::new(days_ago as u64))
    } else {
        today().checked_add_days(Days::new((-days_ago) as u64))
    }
    .expect("date in range");
    // `open_round(d)` starts submission 14 days before `d`.
    let anchor = start
        .checked_add_days(Days::new(14))
        .expect("date in range");
    let mut input = open_round(anchor);
    input.name = name.to_owned();
    let round = NewRound::parse(&input).expect("a valid round");
    match rounds::create(&app.db, &round, None).await {
        Ok(id) => id,
        Err(rounds::WriteRoundError::NameTaken) => panic!("round {name} exists"),
        Err(rounds::WriteRoundError::Db(e)) => panic!("could not create round {name}: {e}"),
    }
}

pub async fn open_round_id(app: &TestApp) -> String {
    round_starting(app, "Öppen omgång", 3).await
}

pub fn complete() -> Vec<(&'static str, String)> {
    [
        ("title", "Sms-påminnelse före första besöket"),
        (
            "problem",
            "Många som fått en första tid hos försörjningsstöd kommer inte, och platsen står \
             tom medan andra väntar i flera veckor på en tid.",
        ),
        ("perspective", "both"),
        (
            "idea",
            "Ett sms två dagar före besöket med tid, adress, vad man ska ta med och ett nummer \
             att ringa om tiden inte passar, så att tiden kan ges bort.",
        ),
        (
            "first_test",
            "Skicka påminnelser manuellt till alla nybesök på en enhet i fyra veckor.",
        ),
        (
            "success_signal",
            "Uteblivna första besök minskar från 30 till under 15 procent under testet.",
        ),
        ("category", "test"),
        ("unit", "Försörjningsstöd Nord"),
        ("co_proposers", ""),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect()
}

pub fn with(
    mut fields: Vec<(&'static str, String)>,
    field: &str,
    value: &str,
) -> Vec<(&'static str, String)> {
    for pair in fields.iter_mut() {
        if pair.0 == field {
            pair.1 = value.to_owned();
        }
    }
    fields
}

impl TestApp {
    /// Posts the proposal form; `id` empty for a new proposal.
    pub async fn save_proposal(
        &self,
        client: &Client,
        round_id: &str,
        id: &str,
        intent: &str,
        fields: &[(&'static str, String)],
    ) -> Response {
        let mut form: Vec<(String, String)> = vec![
            ("round_id".into(), round_id.into()),
            ("id".into(), id.into()),
            ("intent".into(), intent.into()),
        ];
        form.extend(
            fields
                .iter()
                .map(|(k, v)| (format!("proposal[{k}]"), v.clone())),
        );
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.post(client, "save_proposal", &refs).await
    }

    /// Saves and returns the new proposal's id (from the redirect), asserting success.
    pub async fn new_proposal(
        &self,
        client: &Client,
        round_id: &str,
        intent: &str,
        fields: &[(&'static str, String)],
    ) -> String {
        let response = self
            .save_proposal(client, round_id, "", intent, fields)
            .await;
        assert_eq!(response.status(), 200, "{:?}", response.text().await);
        proposal_id_from(&response)
    }

    pub async fn proposal(&self, client: &Client, id: &str) -> Response {
        self.post(client, "proposal", &[("id", id)]).await
    }

    pub async fn proposal_json(&self, client: &Client, id: &str) -> Value {
        let response = self.proposal(client, id).await;
        assert_eq!(response.status(), 200);
        response.json().await.expect("json")
    }

    pub async fn change_stage(
        &self,
        client: &Client,
        id: &str,
        action: &str,
        reason: &str,
    ) -> Response {
        self.post(
            client,
            "change_stage",
            &[
                ("id", id),
                ("action", action),
                ("reason", reason),
                ("back", ""),
            ],
        )
        .await
    }

    /// The board, with filters as (name, value) pairs.
    pub async fn board(
        &self,
        client: &Client,
        round_id: &str,
        filter: &[(&str, &str)],
    ) -> Response {
        let mut form = vec![("round_id".to_owned(), round_id.to_owned())];
        for key in ["category", "unit", "stage", "q"] {
            let value = filter
                .iter()
                .find(|(k, _)| *k == key)
                .map_or("", |(_, v)| v);
            form.push((format!("filter[{key}]"), value.to_owned()));
        }
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.post(client, "board", &refs).await
    }
}

impl TestApp {
    /// The board's JSON, asserting success.
    pub async fn board_json(
        &self,
        client: &Client,
        round_id: &str,
        filter: &[(&str, &str)],
    ) -> Value {
        let response = self.board(client, round_id, filter).await;
        assert_eq!(response.status(), 200);
        response.json().await.expect("json")
    }
}

/// The id at the end of the redirect path `/proposals/<id>…`.
pub fn proposal_id_from(response: &Response) -> String {
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a redirect location");
    location
        .trim_start_matches("/proposals/")
        .split(['/', '?', '#'])
        .next()
        .expect("an id")
        .to_owned()
}
