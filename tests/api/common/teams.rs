//! A round with selected proposals, coaches and signed-up staff, and the team calls as the
//! browser makes them.

use idesluss::domain::Role;
use reqwest::{Client, Response, StatusCode};
use serde_json::Value;

use super::TestApp;
use super::votes::{VoteSetup, shortlisted_round};

/// The round of `shortlisted_round` with its first two proposals selected (as a confirmed
/// vote leaves them), a coach, and two staff who signed up.
pub struct TeamSetup {
    pub vote: VoteSetup,
    pub coach: Client,
    pub coach_id: String,
    pub proposer_id: String,
    pub sara: Client,
    pub sara_id: String,
    pub olle: Client,
    pub olle_id: String,
}

impl TestApp {
    pub async fn user_id(&self, email: &str) -> String {
        let id: Option<String> = self
            .db
            .query("SELECT VALUE record::id(id) FROM ONLY user WHERE email = $email LIMIT 1")
            .bind(("email", email.to_owned()))
            .await
            .expect("query")
            .take(0)
            .expect("id");
        id.expect("the account exists")
    }

    /// Sets a proposal's stage directly, as a confirmed vote leaves it.
    pub async fn set_stage(&self, idea: &str, stage: &str) {
        self.db
            .query("UPDATE type::record('idea', $id) SET stage = $stage")
            .bind(("id", idea.to_owned()))
            .bind(("stage", stage.to_owned()))
            .await
            .expect("query")
            .check()
            .expect("stage set");
    }

    pub async fn form_team(
        &self,
        client: &Client,
        idea: &str,
        coach: &str,
        members: &[&str],
        emails: &str,
    ) -> Response {
        let mut form = vec![
            ("idea_id".to_owned(), idea.to_owned()),
            ("coach".to_owned(), coach.to_owned()),
            ("emails".to_owned(), emails.to_owned()),
        ];
        form.extend(
            members
                .iter()
                .enumerate()
                .map(|(i, m)| (format!("members[{i}]"), (*m).to_owned())),
        );
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.post(client, "form_team", &refs).await
    }

    pub async fn team_json(&self, client: &Client, team: &str) -> Value {
        self.json(client, "team", &[("team_id", team)]).await
    }
}

async fn sign_up(app: &TestApp, client: &Client, round: &str, category: &str) {
    let key = format!("signup[interest_{category}]");
    let response = app
        .post(
            client,
            "save_signup",
            &[
                ("round_id", round),
                (key.as_str(), "on"),
                ("signup[availability]", "hours"),
                ("signup[hours_per_week]", "4"),
                ("signup[manager]", "agreed"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK, "signs up");
}

pub async fn team_round(app: &TestApp) -> TeamSetup {
    let vote = shortlisted_round(app).await;
    for idea in &vote.ideas[..2] {
        app.set_stage(idea, "selected").await;
    }
    let coach = app
        .signed_in_with_roles("coach@kommun.se", &[Role::Coach])
        .await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let olle = app.signed_in_with_roles("olle@kommun.se", &[]).await;
    sign_up(app, &sara, &vote.round, "test").await;
    sign_up(app, &olle, &vote.round, "scale").await;
    TeamSetup {
        coach_id: app.user_id("coach@kommun.se").await,
        proposer_id: app.user_id("forslag@kommun.se").await,
        sara_id: app.user_id("sara@kommun.se").await,
        olle_id: app.user_id("olle@kommun.se").await,
        vote,
        coach,
        sara,
        olle,
    }
}

/// A team for the first selected proposal: the proposer and Sara, coached by the coach.
pub async fn formed_team(app: &TestApp, setup: &TeamSetup) -> String {
    let idea = &setup.vote.ideas[0];
    let response = app
        .form_team(
            &setup.vote.organizer,
            idea,
            &setup.coach_id,
            &[&setup.proposer_id, &setup.sara_id],
            "",
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{:?}",
        response.text().await
    );
    // The team's key is the proposal's.
    idea.clone()
}
