//! Sign-up, sign-in and sign-out over HTTP, with every way they can be refused.

use crate::common::{PASSWORD, problem_for, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test]
async fn sign_up_signs_in_with_a_safe_cookie() {
    let app = spawn_app().await;
    let client = app.client();
    let response = app.sign_up(&client, "Anna Berg", "Anna@Kommun.se").await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("idesluss_session="))
        .expect("a session cookie is set");
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    let user = app.current_user(&client).await;
    assert_eq!(user["name"], "Anna Berg");
    assert_eq!(user["email"], "anna@kommun.se");
    assert_eq!(user["roles"], json!([]));
}

#[tokio::test]
async fn sign_up_refuses_bad_fields_with_422_and_names_them() {
    let app = spawn_app().await;
    let client = app.client();
    let response = app
        .post(
            &client,
            "sign_up",
            &[("name", " "), ("email", "anna"), ("password", "kort")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(problem_for(&error, "name"), Some(json!("Required")));
    assert_eq!(problem_for(&error, "email"), Some(json!("EmailInvalid")));
    assert_eq!(
        problem_for(&error, "password"),
        Some(json!({"PasswordTooShort": {"min": 10}}))
    );
    assert_eq!(app.current_user(&client).await, Value::Null);
}

#[tokio::test]
async fn sign_up_refuses_a_common_password() {
    let app = spawn_app().await;
    let response = app
        .post(
            &app.client(),
            "sign_up",
            &[
                ("name", "Anna"),
                ("email", "anna@kommun.se"),
                ("password", "password123"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "password"),
        Some(json!("PasswordTooCommon"))
    );
}

#[tokio::test]
async fn duplicate_email_is_a_409_whatever_its_case() {
    let app = spawn_app().await;
    assert_eq!(
        app.sign_up(&app.client(), "Anna", "anna@kommun.se")
            .await
            .status(),
        StatusCode::OK
    );
    let response = app
        .sign_up(&app.client(), "Anna Två", "ANNA@kommun.se")
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let error: Value = response.json().await.unwrap();
    assert_eq!(problem_for(&error, "email"), Some(json!("EmailTaken")));
}

#[tokio::test]
async fn sign_in_refuses_wrong_password_and_unknown_email_alike() {
    let app = spawn_app().await;
    app.sign_up(&app.client(), "Anna", "anna@kommun.se").await;
    for (email, password) in [
        ("anna@kommun.se", "fel lösenord här"),
        ("okand@kommun.se", PASSWORD),
    ] {
        let client = app.client();
        let response = app
            .post(
                &client,
                "sign_in",
                &[("email", email), ("password", password)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{email}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(
            problem_for(&error, "password"),
            Some(json!("WrongCredentials"))
        );
        assert_eq!(app.current_user(&client).await, Value::Null);
    }
}

#[tokio::test]
async fn sign_in_then_sign_out() {
    let app = spawn_app().await;
    app.sign_up(&app.client(), "Anna", "anna@kommun.se").await;
    let client = app.client();
    let response = app
        .post(
            &client,
            "sign_in",
            &[("email", " ANNA@kommun.se "), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(app.current_user(&client).await["name"], "Anna");

    let response = app.post(&client, "sign_out", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(app.current_user(&client).await, Value::Null);
}

#[tokio::test]
async fn a_forged_session_cookie_is_nobody() {
    let app = spawn_app().await;
    let response = reqwest::Client::new()
        .post(format!("{}/api/current_user", app.address))
        .header("Cookie", "idesluss_session=0123456789abcdef")
        .header("Accept", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<Value>().await.unwrap(), Value::Null);
}

#[tokio::test]
async fn missing_arguments_are_a_400_not_a_500() {
    let app = spawn_app().await;
    let response = app
        .post(&app.client(), "sign_up", &[("name", "Anna")])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn signing_in_returns_to_the_page_asked_for_and_only_to_this_site() {
    let app = spawn_app().await;
    app.sign_up(&app.client(), "Anna", "anna@kommun.se").await;
    let rounds = app.list_rounds(&app.client()).await;
    let round = rounds[0]["id"].as_str().unwrap_or("x").to_owned();
    let board = format!("/rounds/{round}/board?stage=submitted");
    // Signed out, the board asks to sign in and links there with the way back.
    let page = app
        .get(&app.client(), &format!("/rounds/{round}/board"))
        .await;
    assert_eq!(page.status(), StatusCode::UNAUTHORIZED);
    let html = page.text().await.unwrap();
    assert!(
        html.contains(&format!("/sign-in?till=/rounds/{round}/board")),
        "{html}"
    );
    for (next, expected) in [
        (board.as_str(), board.as_str()),
        ("https://evil.example/", "/"),
        ("//evil.example", "/"),
        ("", "/"),
    ] {
        let response = app
            .post(
                &app.client(),
                "sign_in",
                &[
                    ("email", "anna@kommun.se"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["location"], expected, "{next}");
    }
}
