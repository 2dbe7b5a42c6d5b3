//! One person, one voice: self sign-up only in the allowed e-mail domains, blind council
//! scores that stay blind, no scoring of one's own proposal, and writes that cannot
//! half-happen when a button is pressed twice or two people act at once.

use idesluss::domain::Role;
use idesluss::platform::db_error::{DbFailure, classify};
use idesluss::platform::settings::Settings;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::proposals::{complete, open_round_id, with};
use crate::common::{TestApp, problem_for, spawn_app, spawn_with, unique_namespace};

#[tokio::test]
async fn only_allowed_domains_sign_up_and_earlier_accounts_are_listed_for_review() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in_with_roles("olga@helsingborg.se", &[Role::Organizer])
        .await;
    // Before any domain is set, anyone may sign up: the page says so.
    assert_eq!(
        app.sign_up(&app.client(), "Privat", "privat@gmail.com")
            .await
            .status(),
        200
    );
    let policy = app.json(&organizer, "account_policy", &[]).await;
    assert_eq!(policy["open"], true);

    let response = app
        .post(
            &organizer,
            "save_account_policy",
            &[
                ("domains", "helsingborg.se\nnot a domain"),
                ("addresses", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "domains"),
        Some(json!("EmailDomainInvalid"))
    );
    let response = app
        .post(
            &organizer,
            "save_account_policy",
            &[
                ("domains", "@Helsingborg.se"),
                ("addresses", "brukarutvecklare@gmail.com"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);

    let client = app.client();
    let response = app.sign_up(&client, "Tio Konton", "konto2@gmail.com").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "email"),
        Some(json!("EmailDomainNotAllowed"))
    );
    assert_eq!(
        app.current_user(&client).await,
        Value::Null,
        "no account, no session"
    );
    let lookalike = app
        .sign_up(&app.client(), "X", "x@fakehelsingborg.se")
        .await;
    assert_eq!(lookalike.status(), StatusCode::UNPROCESSABLE_ENTITY);
    for email in ["anna@helsingborg.se", "Brukarutvecklare@gmail.com"] {
        let response = app.sign_up(&app.client(), "Anna", email).await;
        assert_eq!(response.status(), StatusCode::OK, "{email}");
    }

    let policy = app.json(&organizer, "account_policy", &[]).await;
    assert_eq!(policy["open"], false);
    assert_eq!(policy["domains"], "helsingborg.se");
    let outside: Vec<&str> = policy["outside"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["email"].as_str().unwrap())
        .collect();
    assert_eq!(outside, ["privat@gmail.com"], "kept, and listed for review");
    // The earlier account still signs in.
    let response = app
        .post(
            &app.client(),
            "sign_in",
            &[
                ("email", "privat@gmail.com"),
                ("password", crate::common::PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);

    let staff = app.signed_in_with_roles("sara@helsingborg.se", &[]).await;
    for (client, status) in [
        (&staff, StatusCode::FORBIDDEN),
        (&app.client(), StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(
            app.post(client, "account_policy", &[]).await.status(),
            status
        );
        let response = app
            .post(client, "save_account_policy", &[("domains", "gmail.com")])
            .await;
        assert_eq!(response.status(), status);
    }
}

#[tokio::test]
async fn the_configured_domains_apply_from_the_start() {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.allowed_email_domains = vec!["helsingborg.se".to_owned()];
    let app = spawn_with(settings).await;
    let response = app.sign_up(&app.client(), "Anna", "anna@gmail.com").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = app
        .sign_up(&app.client(), "Anna", "anna@helsingborg.se")
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

async fn score(app: &TestApp, client: &Client, id: &str, value: &str) -> reqwest::Response {
    app.post(
        client,
        "save_score",
        &[
            ("id", id),
            ("score[score_1]", value),
            ("score[score_2]", value),
            ("score[score_3]", value),
            ("score[comment]", ""),
        ],
    )
    .await
}

#[tokio::test]
async fn a_score_is_final_once_the_others_are_seen_and_members_do_not_score_their_own() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let rut = app
        .signed_in_with_roles("rut@kommun.se", &[Role::CouncilMember])
        .await;
    let bo = app
        .signed_in_with_roles("bo@kommun.se", &[Role::CouncilMember])
        .await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;
    // Rut's own proposal, with Bo as co-proposer.
    let fields = with(complete(), "co_proposers", "bo@kommun.se");
    let own = app.new_proposal(&rut, &round, "submit", &fields).await;

    assert_eq!(score(&app, &rut, &id, "4").await.status(), 200);
    let seen = app.json(&rut, "council_proposal", &[("id", &id)]).await;
    assert_eq!(seen["can_score"], false, "no form once scored");
    let response = score(&app, &rut, &id, "1").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let error: Value = response.json().await.unwrap();
    assert_eq!(problem_for(&error, "form"), Some(json!("ScoreLocked")));
    // Two presses at once: one score.
    let (a, b) = tokio::join!(score(&app, &bo, &id, "2"), score(&app, &bo, &id, "2"));
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 409]);
    let seen = app.json(&bo, "council_proposal", &[("id", &id)]).await;
    assert_eq!(seen["item"]["scored_by"], 2);
    assert_eq!(seen["item"]["summary"][0]["mean"], 3.0, "Rut's 4 stands");

    for (who, client) in [("proposer", &rut), ("co-proposer", &bo)] {
        let response = score(&app, client, &own, "5").await;
        assert_eq!(response.status(), StatusCode::CONFLICT, "{who}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(
            problem_for(&error, "form"),
            Some(json!("RecusedOwnProposal"))
        );
        let seen = app.json(client, "council_proposal", &[("id", &own)]).await;
        assert_eq!(seen["item"]["recused_me"], true);
        assert_eq!(seen["can_score"], false);
    }
    let overview = app
        .json(
            &sara_organizer(&app).await,
            "council",
            &[("round_id", &round)],
        )
        .await;
    let item = overview["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == own.as_str())
        .unwrap();
    assert_eq!(item["recused"].as_array().unwrap().len(), 2);
    assert_eq!(item["scored_by"], 0);
}

async fn sara_organizer(app: &TestApp) -> Client {
    app.signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await
}

#[tokio::test]
async fn two_organizers_revoking_each_other_at_once_leave_one() {
    let app = spawn_app().await;
    let olga = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let per = app
        .signed_in_with_roles("per@kommun.se", &[Role::Organizer])
        .await;
    let olga_id = app.current_user(&olga).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let per_id = app.current_user(&per).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for _ in 0..5 {
        let revoke_per = [("user_id", per_id.as_str()), ("role", "organizer")];
        let revoke_olga = [("user_id", olga_id.as_str()), ("role", "organizer")];
        let (a, b) = tokio::join!(
            app.post(&olga, "revoke_role", &revoke_per),
            app.post(&per, "revoke_role", &revoke_olga),
        );
        let organizers: i64 = app
            .db
            .query("RETURN count(SELECT id FROM user WHERE 'organizer' IN roles)")
            .await
            .unwrap()
            .take::<Option<i64>>(0)
            .unwrap()
            .unwrap();
        assert!(organizers >= 1, "{} {}", a.status(), b.status());
        if organizers == 1 {
            return;
        }
    }
    panic!("neither revocation went through");
}

#[tokio::test]
async fn sending_in_twice_stores_one_move_with_its_text() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let draft = app
        .new_proposal(&sara, &round, "draft", &[("title", "Utkast".to_owned())])
        .await;
    let fields = with(complete(), "title", "Skickat in");
    let (a, b) = tokio::join!(
        app.save_proposal(&sara, &round, &draft, "submit", &fields),
        app.save_proposal(&sara, &round, &draft, "submit", &fields),
    );
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses[0], 200);
    let proposal = app.proposal_json(&sara, &draft).await;
    assert_eq!(proposal["stage"], "Submitted");
    assert_eq!(proposal["title"], "Skickat in");
    assert_eq!(proposal["events"].as_array().unwrap().len(), 1, "one move");

    // Refused because someone moved it: the stored text is not changed either.
    let organizer = sara_organizer(&app).await;
    assert_eq!(
        app.change_stage(&organizer, &draft, "decline", "Inte nu.")
            .await
            .status(),
        200
    );
    let changed = with(complete(), "title", "Ändrad efteråt");
    let response = app
        .save_proposal(&sara, &round, &draft, "submit", &changed)
        .await;
    assert!(response.status().is_client_error());
    let proposal = app.proposal_json(&sara, &draft).await;
    assert_eq!(proposal["title"], "Skickat in");

    // A new proposal sent in at once has its history line with it.
    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;
    let proposal = app.proposal_json(&sara, &id).await;
    assert_eq!(proposal["stage"], "Submitted");
    assert_eq!(proposal["events"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn database_refusals_are_classified_by_kind() {
    let app = spawn_app().await;
    let db = &app.db;
    let error = |mut response: surrealdb::IndexedResults| {
        response
            .take_errors()
            .into_values()
            .next()
            .expect("an error")
    };
    let thrown = error(db.query("THROW 'vote_closed'").await.unwrap());
    assert_eq!(classify(&thrown), DbFailure::Thrown("vote_closed".into()));
    db.query("CREATE migration:pin")
        .await
        .unwrap()
        .check()
        .unwrap();
    let exists = error(db.query("CREATE migration:pin").await.unwrap());
    assert_eq!(classify(&exists), DbFailure::RecordExists);
    // The one untyped refusal, pinned here: a UNIQUE index (the e-mail of an account).
    db.query("CREATE user CONTENT { name: 'A', email: 'a@b.se', password_hash: '$argon2id$x', roles: [] }")
        .await
        .unwrap()
        .check()
        .unwrap();
    let duplicate = error(
        db.query("CREATE user CONTENT { name: 'B', email: 'a@b.se', password_hash: '$argon2id$x', roles: [] }")
            .await
            .unwrap(),
    );
    assert_eq!(classify(&duplicate), DbFailure::UniqueIndex, "{duplicate}");
}
