//! Rate limits: 429 with `Retry-After` past each limit, counted in the database (two app
//! instances share the counts), keyed per account or per client address.

use idesluss::platform::rate_limits::RateLimits;
use idesluss::platform::settings::Settings;
use reqwest::{Client, Response, StatusCode};

use crate::common::votes::open_vote_with_codes;
use crate::common::{PASSWORD, TestApp, problem_for, spawn_with, unique_namespace};

fn with_limits(limits: &str) -> Settings {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.rate_limits = RateLimits::parse(limits).expect("limits read");
    settings.client_address_header = Some("x-forwarded-for".to_owned());
    settings
}

async fn sign_in_from(
    app: &TestApp,
    client: &Client,
    address: &str,
    email: &str,
    password: &str,
) -> Response {
    client
        .post(format!("{}/api/sign_in", app.address))
        .header("Accept", "application/json")
        .header("X-Forwarded-For", format!("192.0.2.99, {address}"))
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .expect("request is sent")
}

async fn assert_limited(response: Response, field: &str) {
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u32 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&wait), "{wait}");
    let error: serde_json::Value = response.json().await.unwrap();
    let problem = problem_for(&error, field).expect("a message at the field");
    assert_eq!(problem["TooManyAttempts"]["retry_after"], wait);
}

#[tokio::test]
async fn failed_sign_ins_are_limited_per_account_even_with_the_right_password_next() {
    let app = spawn_with(with_limits("sign_in_account=3/1h")).await;
    app.signed_in_with_roles("anna@kommun.se", &[]).await;
    app.signed_in_with_roles("bo@kommun.se", &[]).await;
    let client = app.client();
    for _ in 0..3 {
        let response =
            sign_in_from(&app, &client, "10.0.0.1", "Anna@kommun.se", "fel lösenord").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    // From another address too, and with the right password: the account waits.
    let response = sign_in_from(&app, &client, "10.0.0.2", "anna@kommun.se", PASSWORD).await;
    assert_limited(response, "password").await;
    // Someone else on the first address is not held up.
    let response = sign_in_from(&app, &client, "10.0.0.1", "bo@kommun.se", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    // Addresses and e-mails are not stored in the counts.
    let keys: Vec<String> = app
        .db
        .query("SELECT VALUE record::id(id) FROM rate_count")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert!(!keys.is_empty());
    assert!(
        keys.iter()
            .all(|k| !k.contains("anna") && !k.contains("10.0"))
    );
}

#[tokio::test]
async fn failed_sign_ins_are_limited_per_address_but_not_while_a_vote_is_open() {
    let app = spawn_with(with_limits("sign_in_address=4/1h")).await;
    app.signed_in_with_roles("anna@kommun.se", &[]).await;
    let client = app.client();
    for n in 0..4 {
        let email = format!("nobody{n}@kommun.se");
        let response = sign_in_from(&app, &client, "10.0.0.1", &email, "gissning").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = sign_in_from(&app, &client, "10.0.0.1", "anna@kommun.se", PASSWORD).await;
    assert_limited(response, "password").await;
    let response = sign_in_from(&app, &client, "10.0.0.3", "anna@kommun.se", PASSWORD).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "another address signs in"
    );

    // The hall behind one NAT address signs in during a vote, typos and all.
    open_vote_with_codes(&app, 1).await;
    let response = sign_in_from(&app, &client, "10.0.0.1", "nobody9@kommun.se", "gissning").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = sign_in_from(&app, &client, "10.0.0.1", "anna@kommun.se", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn sign_ups_are_limited_per_address_but_not_while_a_vote_is_open() {
    let app = spawn_with(with_limits("sign_up_address=2/1h")).await;
    let sign_up = |n: u32, address: &'static str| {
        let client = app.client();
        let url = format!("{}/api/sign_up", app.address);
        async move {
            client
                .post(url)
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address)
                .form(&[
                    ("name", "Ny Person"),
                    ("email", &format!("ny{n}@example.se")),
                    ("password", PASSWORD),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(sign_up(1, "10.0.0.1").await.status(), StatusCode::OK);
    assert_eq!(sign_up(2, "10.0.0.1").await.status(), StatusCode::OK);
    assert_limited(sign_up(3, "10.0.0.1").await, "email").await;
    assert_eq!(sign_up(4, "10.0.0.2").await.status(), StatusCode::OK);
    // A hall signing up behind one address during a vote is let in.
    open_vote_with_codes(&app, 1).await;
    assert_eq!(sign_up(5, "10.0.0.1").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn comments_and_code_batches_are_limited_per_person_across_instances() {
    let namespace = unique_namespace();
    let server = crate::common::surreal_server::SurrealServer::start().await;
    let settings = |namespace: &str| {
        let mut settings = server.app_settings(namespace);
        settings.rate_limits = RateLimits::parse("comment=2/1h,code_batch=2/1h").unwrap();
        settings
    };
    let first = spawn_with(settings(&namespace)).await;
    let second = spawn_with(settings(&namespace)).await;

    let (setup, _codes) = open_vote_with_codes(&first, 1).await;
    let (author, id) = (&setup.proposer, &setup.ideas[0]);
    let form = [("id", id.as_str()), ("body", "Bra idé!")];
    let comment = "add_comment";
    let ok = StatusCode::OK;
    assert_eq!(first.post(author, comment, &form).await.status(), ok);
    assert_eq!(second.post(author, comment, &form).await.status(), ok);
    assert_limited(first.post(author, comment, &form).await, "body").await;
    assert_limited(second.post(author, comment, &form).await, "body").await;

    let batch = [("round_id", setup.round.as_str()), ("count", "1")];
    // One batch made by `open_vote_with_codes`, one more allowed.
    let codes = "vote_codes";
    assert_eq!(
        second.post(&setup.organizer, codes, &batch).await.status(),
        ok
    );
    assert_limited(first.post(&setup.organizer, codes, &batch).await, "count").await;
}
