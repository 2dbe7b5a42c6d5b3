//! Password links: only organizers make them; a link works once, for an hour, for its own
//! person; using it sets the password, signs in that browser and ends every other session.

use idesluss::domain::Role;
use reqwest::{Client, StatusCode};

use crate::common::{PASSWORD, TestApp, problem_for, spawn_app};

const NEW_PASSWORD: &str = "sommar vid havet i Båstad";

/// Makes a link as `organizer` and reads its token from the page it goes to.
async fn make_link(app: &TestApp, organizer: &Client, user: &str) -> String {
    let response = app
        .post(organizer, "make_password_link", &[("user_id", user)])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let token = location
        .strip_prefix(&format!("/people/{user}/password?link="))
        .unwrap_or_else(|| panic!("goes to the link page: {location}"))
        .to_owned();
    let page = app
        .json(
            organizer,
            "password_link",
            &[("user_id", user), ("link", &token)],
        )
        .await;
    let link = page["link"].as_str().expect("the link is shown");
    assert!(link.ends_with(&format!("/aterstall/{token}")), "{link}");
    token
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> StatusCode {
    app.post(
        &app.client(),
        "sign_in",
        &[("email", email), ("password", password)],
    )
    .await
    .status()
}

#[tokio::test]
async fn a_link_sets_a_new_password_once_and_signs_out_every_other_session() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let office_pc = app.signed_in_with_roles("sam@kommun.se", &[]).await;
    let phone = app.client();
    assert_eq!(
        app.post(
            &phone,
            "sign_in",
            &[("email", "sam@kommun.se"), ("password", PASSWORD)]
        )
        .await
        .status(),
        StatusCode::OK
    );
    let sam = app.user_id("sam@kommun.se").await;
    let first = make_link(&app, &organizer, &sam).await;
    let token = make_link(&app, &organizer, &sam).await;

    // The first link was replaced by the second; the page shows nothing for it.
    let replaced = app
        .post(&app.client(), "reset_link", &[("token", &first)])
        .await;
    assert_eq!(replaced.status(), StatusCode::NOT_FOUND);
    let page = app
        .json(
            &organizer,
            "password_link",
            &[("user_id", &sam), ("link", &first)],
        )
        .await;
    assert!(page["link"].is_null(), "{page}");

    // The link's page names the account; a too-short password is refused with a message.
    let new_browser = app.client();
    let who = app
        .json(&new_browser, "reset_link", &[("token", &token)])
        .await;
    assert_eq!(who["name"], "Testperson");
    let short = app
        .post(
            &new_browser,
            "reset_password",
            &[("token", &token), ("password", "kort")],
        )
        .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: serde_json::Value = short.json().await.unwrap();
    assert!(problem_for(&error, "password").is_some(), "{error}");

    let used = app
        .post(
            &new_browser,
            "reset_password",
            &[("token", &token), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(used.status(), StatusCode::OK);
    assert_eq!(
        app.current_user(&new_browser).await["email"],
        "sam@kommun.se"
    );
    assert!(app.current_user(&office_pc).await.is_null(), "signed out");
    assert!(app.current_user(&phone).await.is_null(), "signed out");
    assert_eq!(
        sign_in(&app, "sam@kommun.se", PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&app, "sam@kommun.se", NEW_PASSWORD).await,
        StatusCode::OK
    );

    // Once only.
    let again = app
        .post(
            &app.client(),
            "reset_password",
            &[("token", &token), ("password", "ett helt annat lösenord")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let error: serde_json::Value = again.json().await.unwrap();
    assert!(
        problem_for(&error, "password").is_some_and(|p| p == "PasswordLinkGone"),
        "{error}"
    );
    assert_eq!(
        sign_in(&app, "sam@kommun.se", NEW_PASSWORD).await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn an_hour_old_link_is_refused_and_only_organizers_make_links() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let sam_client = app.signed_in_with_roles("sam@kommun.se", &[]).await;
    let sam = app.user_id("sam@kommun.se").await;
    let olga = app.user_id("olga@kommun.se").await;
    let token = make_link(&app, &organizer, &sam).await;
    app.db
        .query("UPDATE password_reset SET expires_at = time::now() - 1s")
        .await
        .unwrap()
        .check()
        .unwrap();
    let late = app
        .post(
            &app.client(),
            "reset_password",
            &[("token", &token), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(late.status(), StatusCode::CONFLICT);
    assert_eq!(
        sign_in(&app, "sam@kommun.se", PASSWORD).await,
        StatusCode::OK
    );

    // Staff, council members and coaches cannot make a link, not even for an organizer.
    for (email, roles) in [
        ("rut@kommun.se", vec![Role::CouncilMember]),
        ("carin@kommun.se", vec![Role::Coach]),
    ] {
        let someone = app.signed_in_with_roles(email, &roles).await;
        let response = app
            .post(&someone, "make_password_link", &[("user_id", &olga)])
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{email}");
    }
    let response = app
        .post(&sam_client, "make_password_link", &[("user_id", &olga)])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app
        .post(&app.client(), "make_password_link", &[("user_id", &olga)])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app
        .post(&sam_client, "password_link", &[("user_id", &olga)])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // A link for nobody, and a forged token, show nothing.
    let response = app
        .post(&organizer, "make_password_link", &[("user_id", "nobody")])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let bogus = app
        .post(&app.client(), "reset_link", &[("token", "not-a-token")])
        .await;
    assert_eq!(bogus.status(), StatusCode::NOT_FOUND);
}
