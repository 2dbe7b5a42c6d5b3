//! Every organizer-only server function, called by every role: forbidden calls get
//! 401/403 and change nothing.

use crate::common::rounds::{as_refs, valid_round};
use crate::common::{TestApp, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

struct Cast {
    anonymous: Client,
    staff: Client,
    council: Client,
    coach: Client,
    organizer: Client,
    staff_id: String,
    round_id: String,
}

async fn cast(app: &TestApp) -> Cast {
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let staff = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let council = app
        .signed_in_with_roles("rut@kommun.se", &[Role::CouncilMember])
        .await;
    let coach = app
        .signed_in_with_roles("carin@kommun.se", &[Role::Coach])
        .await;
    let staff_id = app.current_user(&staff).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let form = valid_round("Rollprov");
    assert_eq!(
        app.post(&organizer, "create_round", &as_refs(&form))
            .await
            .status(),
        StatusCode::OK
    );
    let rounds: Value = app.list_rounds(&organizer).await;
    let round_id = rounds[0]["id"].as_str().unwrap().to_owned();
    Cast {
        anonymous: app.client(),
        staff,
        council,
        coach,
        organizer,
        staff_id,
        round_id,
    }
}

/// Calls `function` as each non-organizer and checks the refusal status.
async fn refused_for_all_but_organizers(
    app: &TestApp,
    cast: &Cast,
    function: &str,
    form: &[(&str, &str)],
) {
    let anonymous = app.post(&cast.anonymous, function, form).await.status();
    assert_eq!(
        anonymous,
        StatusCode::UNAUTHORIZED,
        "{function} as anonymous"
    );
    for (who, client) in [
        ("staff", &cast.staff),
        ("council", &cast.council),
        ("coach", &cast.coach),
    ] {
        let status = app.post(client, function, form).await.status();
        assert_eq!(status, StatusCode::FORBIDDEN, "{function} as {who}");
    }
}

#[tokio::test]
async fn only_organizers_list_people_and_change_roles() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    refused_for_all_but_organizers(&app, &cast, "list_people", &[]).await;
    let grant = [("user_id", cast.staff_id.as_str()), ("role", "organizer")];
    refused_for_all_but_organizers(&app, &cast, "grant_role", &grant).await;
    refused_for_all_but_organizers(&app, &cast, "revoke_role", &grant).await;
    assert_eq!(
        app.current_user(&cast.staff).await["roles"],
        json!([]),
        "nothing changed"
    );

    let status = app
        .post(
            &cast.organizer,
            "grant_role",
            &[("user_id", &cast.staff_id), ("role", "coach")],
        )
        .await
        .status();
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        app.current_user(&cast.staff).await["roles"],
        json!(["Coach"])
    );
    let people: Value = app
        .post(&cast.organizer, "list_people", &[])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(people.as_array().unwrap().len(), 4);

    let status = app
        .post(
            &cast.organizer,
            "revoke_role",
            &[("user_id", &cast.staff_id), ("role", "coach")],
        )
        .await
        .status();
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.current_user(&cast.staff).await["roles"], json!([]));
}

#[tokio::test]
async fn role_changes_refuse_bad_input_and_keep_one_organizer() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let bad_role = app
        .post(
            &cast.organizer,
            "grant_role",
            &[("user_id", &cast.staff_id), ("role", "admin")],
        )
        .await;
    assert_eq!(bad_role.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let no_user = app
        .post(
            &cast.organizer,
            "grant_role",
            &[("user_id", "nobody"), ("role", "coach")],
        )
        .await;
    assert_eq!(no_user.status(), StatusCode::NOT_FOUND);

    let me = app.current_user(&cast.organizer).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let last = app
        .post(
            &cast.organizer,
            "revoke_role",
            &[("user_id", &me), ("role", "organizer")],
        )
        .await;
    assert_eq!(last.status(), StatusCode::CONFLICT);
    assert_eq!(
        app.current_user(&cast.organizer).await["roles"],
        json!(["Organizer"])
    );
}

#[tokio::test]
async fn only_organizers_create_and_edit_rounds() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let form = valid_round("Obehörig");
    refused_for_all_but_organizers(&app, &cast, "create_round", &as_refs(&form)).await;
    let mut edit = valid_round("Kapad");
    edit.push(("id".into(), cast.round_id.clone()));
    refused_for_all_but_organizers(&app, &cast, "update_round", &as_refs(&edit)).await;
    refused_for_all_but_organizers(&app, &cast, "round_for_edit", &[("id", &cast.round_id)]).await;

    let rounds = app.list_rounds(&cast.anonymous).await;
    let names: Vec<&str> = rounds
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Rollprov"], "nothing was created or renamed");
}

#[tokio::test]
async fn rounds_are_readable_by_everyone() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    for client in [&cast.anonymous, &cast.staff, &cast.coach] {
        assert_eq!(
            app.post(client, "list_rounds", &[]).await.status(),
            StatusCode::OK
        );
        assert_eq!(
            app.post(client, "home_overview", &[]).await.status(),
            StatusCode::OK
        );
        let detail: Value = app
            .post(client, "round_detail", &[("id", &cast.round_id)])
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(detail["can_edit"], json!(false));
    }
    let detail: Value = app
        .post(&cast.organizer, "round_detail", &[("id", &cast.round_id)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(detail["can_edit"], json!(true));
}
