//! Privacy rights: a person downloads everything about them (never a secret, never a
//! ballot); an organizer downloads it on request and erases an account, leaving its
//! proposals under "former staff member"; coach-private notes go after their retention.

use chrono::NaiveDate;
use idesluss::domain::Role;
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::votes::open_vote_with_codes;
use crate::common::{PASSWORD, spawn_app};

#[tokio::test]
async fn a_person_downloads_their_data_and_an_organizer_erases_an_account() {
    let app = spawn_app().await;
    let (setup, _codes) = open_vote_with_codes(&app, 1).await;
    let idea = &setup.ideas[0];
    let comment = app
        .post(
            &setup.proposer,
            "add_comment",
            &[("id", idea), ("body", "Jag kan testa det på min enhet.")],
        )
        .await;
    assert_eq!(comment.status(), StatusCode::OK);
    // Signed in with the account, the proposer votes too: that they voted is theirs, how is not.
    let ballot = app
        .post(
            &setup.proposer,
            "cast_ballot",
            &[("round_id", &setup.round), ("picks[0]", idea)],
        )
        .await;
    let voted = ballot.status() == StatusCode::OK;

    let download = app.get(&setup.proposer, "/my/data.json").await;
    assert_eq!(download.status(), StatusCode::OK);
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains(".json")
    );
    let text = download.text().await.unwrap();
    let data: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(data["account"]["email"], "forslag@kommun.se");
    assert!(
        data["idea"].as_array().unwrap().len() >= 4,
        "their proposals"
    );
    assert!(
        data["idea_comment"][0]["body"]
            .as_str()
            .unwrap()
            .contains("min enhet")
    );
    assert!(
        data["session"].as_array().is_some_and(|s| !s.is_empty()),
        "their sign-ins"
    );
    assert!(!text.contains("argon2"), "no password hash");
    assert!(data.get("ballot").is_none(), "ballots name nobody");
    if voted {
        assert!(data.get("staff_voted").is_some());
    }
    assert!(data["session"][0].get("id").is_none(), "no session key");
    assert_eq!(
        app.get(&app.client(), "/my/data.json").await.status(),
        StatusCode::UNAUTHORIZED
    );

    // An organizer, on request; nobody else.
    let person = app.user_id("forslag@kommun.se").await;
    let path = format!("/people/{person}/data.json");
    let theirs = app.get(&setup.organizer, &path).await;
    assert_eq!(theirs.status(), StatusCode::OK);
    let theirs: Value = theirs.json().await.unwrap();
    assert_eq!(theirs["account"]["email"], "forslag@kommun.se");
    let coach = app
        .signed_in_with_roles("coach@kommun.se", &[Role::Coach])
        .await;
    assert_eq!(app.get(&coach, &path).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.post(
            &coach,
            "erase_account",
            &[("user_id", &person), ("confirm", "yes")]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );

    // Erasure needs the confirmation; then the person is gone but their proposals stay.
    let unconfirmed = app
        .post(&setup.organizer, "erase_account", &[("user_id", &person)])
        .await;
    assert_eq!(unconfirmed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let erased = app
        .post(
            &setup.organizer,
            "erase_account",
            &[
                ("user_id", &person),
                ("confirm", "yes"),
                ("comments", "yes"),
            ],
        )
        .await;
    assert_eq!(erased.status(), StatusCode::OK);
    let page = app
        .json(&setup.organizer, "person_privacy", &[("user_id", &person)])
        .await;
    assert_eq!(page["erased"], true);
    assert_eq!(page["name"], "Tidigare medarbetare");
    let nobody = app
        .post(&setup.organizer, "person_privacy", &[("user_id", "nosuch")])
        .await;
    assert_eq!(nobody.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&setup.organizer, "/people/nosuch/data.json")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert!(
        app.current_user(&setup.proposer).await.is_null(),
        "signed out"
    );
    let sign_in = app
        .post(
            &app.client(),
            "sign_in",
            &[("email", "forslag@kommun.se"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(sign_in.status(), StatusCode::UNAUTHORIZED);
    let page = app
        .get(&setup.organizer, &format!("/proposals/{idea}"))
        .await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Tidigare medarbetare"),
        "shown as former staff"
    );
    assert!(!html.contains("min enhet"), "comments removed as asked");
    let left = app
        .get(&setup.organizer, &path)
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert!(!left.to_string().contains("forslag@kommun.se"));
    assert!(left.get("signup").is_none() && left.get("notification").is_none());
    let log = app
        .json(
            &setup.organizer,
            "audit_log",
            &[("action", "account_erased")],
        )
        .await;
    assert_eq!(log.as_array().unwrap().len(), 1);
    assert_eq!(log[0]["details"], "comments removed");

    // The last organizer cannot be erased, and nobody erases their own account here.
    let me = app.user_id("arrangor@kommun.se").await;
    let own = app
        .post(
            &setup.organizer,
            "erase_account",
            &[("user_id", &me), ("confirm", "yes")],
        )
        .await;
    assert_eq!(own.status(), StatusCode::CONFLICT);
    app.stop().await;
}

#[tokio::test]
async fn coach_private_notes_go_after_their_retention_and_shared_ones_stay() {
    // A database of its own, without an app: the app's own daily task would run at start.
    let db = idesluss::platform::db::connect(&idesluss::platform::settings::Settings::for_tests(
        &crate::common::unique_namespace(),
    ))
    .await
    .unwrap();
    db.query(
            "CREATE round:old CONTENT {
                 name: 'Gammal omgång', format: 'weekly', default_budget_ore: 0,
                 submission_start: '2024-01-01', submission_end: '2024-01-31',
                 council_start: '2024-02-01', council_end: '2024-02-10',
                 vote_start: '2024-02-15', vote_end: '2024-02-15',
                 bootcamp_start: '2024-03-01', bootcamp_end: '2024-04-01',
                 final_start: '2024-04-10', final_end: '2024-04-10',
                 follow_up_start: '2024-05-01', follow_up_end: '2024-10-31' };
             CREATE user:coach SET name = 'Carin Coach', email = 'carin@kommun.se',
                 password_hash = '$argon2id$x';
             CREATE idea:old SET round = round:old, title = 'Gammal idé', category = 'test',
                 stage = 'in_test';
             CREATE team:old SET round = round:old, idea = idea:old, coach = user:coach, budget_ore = 0;
             CREATE coach_note:private SET team = team:old, author = user:coach,
                 body = 'Bara för coachen', visibility = 'coach';
             CREATE coach_note:shared SET team = team:old, author = user:coach,
                 body = 'Till teamet', visibility = 'team';",
        )
        .await
        .unwrap()
        .check()
        .unwrap();
    let notes = || {
        let db = db.clone();
        async move {
            db.query("SELECT VALUE record::id(id) FROM coach_note ORDER BY id")
                .await
                .unwrap()
                .take::<Vec<String>>(0)
                .unwrap()
        }
    };
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let kept = idesluss::features::privacy::delete_old_private_notes(&db, day("2025-10-30"), 12)
        .await
        .unwrap();
    assert_eq!(kept, 0, "within twelve months of the follow-up's end");
    assert_eq!(notes().await, ["private", "shared"]);
    let gone = idesluss::features::privacy::delete_old_private_notes(&db, day("2025-11-01"), 12)
        .await
        .unwrap();
    assert_eq!(gone, 1);
    assert_eq!(notes().await, ["shared"]);
}
