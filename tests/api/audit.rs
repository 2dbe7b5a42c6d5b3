//! The audit log: the changes that matter are logged with who and when, ballots without
//! anyone, organizers alone read and download it, and no entry can be changed or deleted.

use idesluss::domain::Role;
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::votes::open_vote_with_codes;
use crate::common::{TestApp, spawn_app};

async fn log(app: &TestApp, client: &reqwest::Client, form: &[(&str, &str)]) -> Vec<Value> {
    let entries = app.json(client, "audit_log", form).await;
    entries.as_array().expect("entries").clone()
}

fn of<'a>(entries: &'a [Value], action: &str) -> Vec<&'a Value> {
    entries.iter().filter(|e| e["action"] == action).collect()
}

#[tokio::test]
async fn changes_are_logged_with_who_ballots_with_nobody_and_the_log_cannot_be_changed() {
    let app = spawn_app().await;
    let (setup, codes) = open_vote_with_codes(&app, 3).await;
    let client = app.client();
    for code in &codes[..2] {
        let response = app
            .cast(&client, &setup.round, code, &[(0, &setup.ideas[0])])
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let person: String = app
        .db
        .query(
            "SELECT VALUE record::id(id) FROM ONLY user WHERE email = 'forslag@kommun.se' LIMIT 1",
        )
        .await
        .unwrap()
        .take::<Option<String>>(0)
        .unwrap()
        .unwrap();
    let granted = app
        .post(
            &setup.organizer,
            "grant_role",
            &[("user_id", &person), ("role", "coach")],
        )
        .await;
    assert_eq!(granted.status(), StatusCode::OK);
    let download = app
        .get(
            &setup.organizer,
            &format!("/rounds/{}/vote/results.csv", setup.round),
        )
        .await;
    assert_eq!(download.status(), StatusCode::OK);

    let entries = log(&app, &setup.organizer, &[]).await;
    for action in [
        "stage_changed",
        "vote_saved",
        "vote_opened",
        "codes_made",
        "ballots_cast",
        "role_granted",
        "exported",
    ] {
        assert!(!of(&entries, action).is_empty(), "{action} in {entries:#?}");
    }
    // Ballots: counted, nobody named, not even in the details.
    let ballots = of(&entries, "ballots_cast");
    let counted: u32 = ballots
        .iter()
        .map(|e| e["details"].as_str().unwrap().parse::<u32>().unwrap())
        .sum();
    assert_eq!(counted, 2);
    for entry in &ballots {
        assert_eq!(entry["actor"], "Nobody");
        assert!(entry["person"].is_null());
    }
    let role = of(&entries, "role_granted")[0];
    assert_eq!(role["actor"]["Person"], "Testperson");
    assert_eq!(role["person"]["Person"], "Testperson");
    assert_eq!(role["details"], "coach");
    assert_eq!(
        of(&entries, "exported")[0]["subject"],
        format!("omrostning-{}.csv", setup.round)
    );
    let newest = entries[0]["at"].as_str().unwrap();
    assert!(
        newest >= entries[entries.len() - 1]["at"].as_str().unwrap(),
        "newest first"
    );

    // Filters.
    let made = log(&app, &setup.organizer, &[("action", "codes_made")]).await;
    assert_eq!(made.len(), 1);
    assert_eq!(made[0]["details"], "3");
    let future = log(&app, &setup.organizer, &[("from", "2099-01-01")]).await;
    assert!(future.is_empty());
    let today = chrono::Local::now().date_naive().to_string();
    let today_only = log(&app, &setup.organizer, &[("from", &today), ("to", &today)]).await;
    assert_eq!(today_only.len(), entries.len());
    let bad = app
        .post(
            &setup.organizer,
            "audit_log",
            &[("action", "deleted_everything")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Nobody changes or deletes an entry, not even with the app's own database rights.
    let before = entries.len();
    for statement in [
        "UPDATE audit SET details = 'ändrad'",
        "DELETE audit",
        "DELETE audit WHERE action = 'ballots_cast'",
    ] {
        let result = app.db.query(statement).await.unwrap().check();
        assert!(result.is_err(), "{statement} was refused");
    }
    let after = log(&app, &setup.organizer, &[]).await;
    assert_eq!(after.len(), before);
    assert!(after.iter().all(|e| e["details"] != "ändrad"));

    // An erased account shows as a former staff member; the entry stays.
    app.db
        .query("DELETE type::record('user', $id)")
        .bind(("id", person.clone()))
        .await
        .unwrap()
        .check()
        .unwrap();
    let after = log(&app, &setup.organizer, &[("action", "role_granted")]).await;
    assert_eq!(after[0]["person"], "FormerStaff");
    let moved = log(&app, &setup.organizer, &[("action", "stage_changed")]).await;
    assert!(
        moved.iter().any(|e| e["actor"] == "FormerStaff"),
        "{moved:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn only_organizers_read_and_download_the_log() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let csv = app.get(&organizer, "/audit.csv?action=role_granted").await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(
        csv.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("logg.csv")
    );
    let text = csv.text().await.unwrap();
    assert!(
        text.starts_with('\u{feff}') || text.contains("Händelse"),
        "{text}"
    );
    assert!(text.contains("Händelse"));
    let bad = app.get(&organizer, "/audit.csv?from=igår").await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);

    for roles in [vec![], vec![Role::Coach], vec![Role::CouncilMember]] {
        let email = format!(
            "person{}@kommun.se",
            roles.len() * 10 + roles.first().map_or(0, |r| *r as usize)
        );
        let someone = app.signed_in_with_roles(&email, &roles).await;
        assert_eq!(
            app.post(&someone, "audit_log", &[]).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.get(&someone, "/audit.csv").await.status(),
            StatusCode::FORBIDDEN
        );
    }
    let stranger = app.client();
    assert_eq!(
        app.post(&stranger, "audit_log", &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.get(&stranger, "/audit.csv").await.status(),
        StatusCode::UNAUTHORIZED
    );
    app.stop().await;
}
