//! Signing in with the municipality's identity provider (OpenID Connect), against a real
//! provider (npm `oidc-provider`): accounts made and matched by verified e-mail within the
//! allowed domains; a wrong state, nonce or verifier, a reused or cancelled answer and an
//! answer opened in another browser refused; passwords turned off.

use idesluss::domain::{Email, PersonName, Role};
use idesluss::platform::auth::hash_password;
use idesluss::platform::rate_limits::RateLimits;
use idesluss::platform::settings::Settings;
use idesluss::platform::users;
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::identity_provider::{IdentityProvider, answer_for, open_answer, with_param};
use crate::common::votes::open_vote_with_codes;
use crate::common::{PASSWORD, TestApp, problem_for, spawn_with, unique_namespace};

async fn app_with(provider: &IdentityProvider, passwords: bool) -> TestApp {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.oidc = Some(provider.settings());
    settings.local_passwords = passwords;
    settings.allowed_email_domains = vec!["kommun.se".to_owned()];
    spawn_with(settings).await
}

fn unchanged(_: &mut Vec<(String, String)>) {}

/// Sets one parameter of the request the app sends to the provider.
fn replacing(name: &'static str, value: &'static str) -> impl Fn(&mut Vec<(String, String)>) {
    move |pairs| {
        for (key, old) in pairs.iter_mut() {
            if key == name {
                *old = value.to_owned();
            }
        }
    }
}

async fn count(app: &TestApp, query: &str) -> i64 {
    let n: Option<i64> = app
        .db
        .query(query)
        .await
        .expect("query")
        .take(0)
        .expect("count");
    n.unwrap_or(0)
}

/// Signs `browser` in as `email` through the provider, coming back to `till`.
async fn sign_in_as(app: &TestApp, browser: &reqwest::Client, email: &str, till: &str) {
    let answer = answer_for(app, browser, email, till, unchanged).await;
    let response = open_answer(browser, &answer).await;
    assert_eq!(response.status(), StatusCode::FOUND, "{email} signed in");
}

/// The value of `name` in the provider's answer.
fn param(answer: &reqwest::Url, name: &str) -> String {
    answer
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| panic!("{name} in {answer}"))
}

async fn accounts(app: &TestApp) -> i64 {
    count(app, "RETURN count(SELECT id FROM user)").await
}

async fn audit_details(app: &TestApp, action: &str) -> Vec<String> {
    app.db
        .query("SELECT VALUE details FROM audit WHERE action = $action")
        .bind(("action", action.to_owned()))
        .await
        .expect("query")
        .take(0)
        .expect("details")
}

/// A refused answer: its status, the problem on the page, and no session.
async fn assert_refused(
    app: &TestApp,
    browser: &reqwest::Client,
    answer: &reqwest::Url,
    text: &str,
) {
    let response = open_answer(browser, answer).await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "{answer}"
    );
    let page = response.text().await.expect("page");
    assert!(page.contains(text), "the page says {text:?}: {page}");
    assert!(
        page.contains("href=\"/sign-in/oidc\""),
        "a way to start again"
    );
    assert_eq!(app.current_user(browser).await, Value::Null, "no session");
}

#[tokio::test]
async fn the_first_sign_in_makes_the_account_and_later_ones_find_it() {
    let provider = IdentityProvider::start();
    let app = app_with(&provider, true).await;
    let browser = app.client();
    let answer = answer_for(&app, &browser, "anna.berg@kommun.se", "/rounds", unchanged).await;
    assert!(answer.path().ends_with("/sign-in/oidc/callback"));
    let response = open_answer(&browser, &answer).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(
        response.headers()["location"],
        "/rounds",
        "back where it started"
    );
    let me = app.current_user(&browser).await;
    assert_eq!(me["name"], "Anna Berg", "the provider's name for her");
    assert_eq!(me["email"], "anna.berg@kommun.se");
    assert_eq!(me["roles"], serde_json::json!([]));
    let id = me["id"].as_str().expect("id").to_owned();
    assert_eq!(
        audit_details(&app, "account_made_by_sign_in").await.len(),
        1
    );

    // Another day, another browser: the same account.
    let phone = app.client();
    sign_in_as(&app, &phone, "anna.berg@kommun.se", "/").await;
    assert_eq!(app.current_user(&phone).await["id"], id.as_str());
    assert_eq!(accounts(&app).await, 1);
    assert_eq!(
        app.current_user(&browser).await["id"],
        id.as_str(),
        "the first session stays"
    );

    // Only pages of this site are returned to, whatever the start was given.
    for elsewhere in ["//evil.example/", "https://evil.example/"] {
        let browser = app.client();
        let answer = answer_for(&app, &browser, "anna.berg@kommun.se", elsewhere, unchanged).await;
        let response = open_answer(&browser, &answer).await;
        assert_eq!(response.headers()["location"], "/", "{elsewhere}");
    }

    // The account has no password at all.
    for password in [PASSWORD, "none"] {
        let by_password = app
            .post(
                &app.client(),
                "sign_in",
                &[("email", "anna.berg@kommun.se"), ("password", password)],
            )
            .await;
        assert_eq!(by_password.status(), StatusCode::UNAUTHORIZED);
    }
    // Nothing of the sign-in is left behind.
    assert_eq!(
        count(&app, "RETURN count(SELECT id FROM oidc_login)").await,
        0
    );
    app.stop().await;
}

#[tokio::test]
async fn an_account_made_with_a_password_is_taken_over_by_its_verified_owner() {
    let provider = IdentityProvider::start();
    let app = app_with(&provider, true).await;
    // Someone signed up with Bo's address and a password before Bo came.
    let squatter = app.client();
    let made = app.sign_up(&squatter, "Inte Bo", "bo.ek@kommun.se").await;
    assert_eq!(made.status(), StatusCode::OK);
    let id = app.user_id("bo.ek@kommun.se").await;

    let bo = app.client();
    sign_in_as(&app, &bo, "bo.ek@kommun.se", "/").await;
    assert_eq!(
        app.current_user(&bo).await["id"],
        id.as_str(),
        "matched by e-mail"
    );
    assert_eq!(
        app.current_user(&squatter).await,
        Value::Null,
        "the other session ended"
    );
    let by_password = app
        .post(
            &app.client(),
            "sign_in",
            &[("email", "bo.ek@kommun.se"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        by_password.status(),
        StatusCode::UNAUTHORIZED,
        "the old password is gone"
    );
    assert_eq!(
        audit_details(&app, "account_linked_to_provider")
            .await
            .len(),
        1
    );

    assert_eq!(
        app.current_user(&bo).await["name"],
        "Bo Ek",
        "the provider's name"
    );

    // Only the first time: a second sign-in leaves the first session alone.
    let laptop = app.client();
    sign_in_as(&app, &laptop, "bo.ek@kommun.se", "/").await;
    assert_eq!(app.current_user(&bo).await["id"], id.as_str());
    assert_eq!(
        audit_details(&app, "account_linked_to_provider")
            .await
            .len(),
        1
    );
    app.stop().await;
}

#[tokio::test]
async fn a_wrong_state_or_an_answer_from_another_browser_is_refused() {
    let provider = IdentityProvider::start();
    let app = app_with(&provider, true).await;
    let stale = "Inloggningen kunde inte slutföras";

    let browser = app.client();
    let answer = answer_for(&app, &browser, "cia.lund@kommun.se", "/", unchanged).await;
    let forged = with_param(&answer, "state", "a-state-nobody-sent");
    assert_refused(&app, &browser, &forged, stale).await;

    // An attacker's answer planted in a victim's browser (login CSRF): the victim's browser
    // never started that sign-in.
    let attacker = app.client();
    let planted = answer_for(&app, &attacker, "cia.lund@kommun.se", "/", unchanged).await;
    let victim = app.client();
    assert_refused(&app, &victim, &planted, stale).await;

    // The answer is good once, in the browser that started it, even with its cookie kept.
    let state = param(&planted, "state");
    assert_eq!(
        open_answer(&attacker, &planted).await.status(),
        StatusCode::FOUND
    );
    let replayed = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .get(planted.clone())
        .header("Accept", "text/html")
        .header("Cookie", format!("idesluss_oidc={state}"))
        .send()
        .await
        .expect("sent");
    assert_eq!(
        replayed.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "used already"
    );
    assert!(replayed.text().await.expect("page").contains(stale));
    assert_eq!(accounts(&app).await, 1);
    app.stop().await;
}

#[tokio::test]
async fn a_token_for_another_nonce_or_a_code_without_its_verifier_is_refused() {
    let provider = IdentityProvider::start();
    let app = app_with(&provider, true).await;
    let untrusted = "gav ett svar som inte kunde godtas";

    // The provider is asked with a nonce this sign-in did not make: the ID token carries it.
    let browser = app.client();
    let answer = answer_for(
        &app,
        &browser,
        "dan.holm@kommun.se",
        "/",
        replacing("nonce", "another-nonce"),
    )
    .await;
    assert_refused(&app, &browser, &answer, untrusted).await;

    // A code obtained with another PKCE challenge cannot be traded with this sign-in's verifier.
    let browser = app.client();
    let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    let answer = answer_for(
        &app,
        &browser,
        "dan.holm@kommun.se",
        "/",
        replacing("code_challenge", challenge),
    )
    .await;
    assert_refused(&app, &browser, &answer, untrusted).await;

    // An answer naming another issuer (RFC 9207).
    let browser = app.client();
    let answer = answer_for(&app, &browser, "dan.holm@kommun.se", "/", unchanged).await;
    let mixed_up = with_param(&answer, "iss", "https://evil.example");
    assert_refused(&app, &browser, &mixed_up, untrusted).await;

    assert_eq!(accounts(&app).await, 0, "no account made");
    app.stop().await;
}

#[tokio::test]
async fn an_address_outside_the_allowed_domains_or_an_unverified_one_is_refused() {
    let provider = IdentityProvider::start();
    let app = app_with(&provider, true).await;

    let browser = app.client();
    let answer = answer_for(&app, &browser, "erik@gmail.com", "/", unchanged).await;
    assert_refused(&app, &browser, &answer, "hör inte till de domäner").await;
    assert_eq!(
        audit_details(&app, "sign_in_refused").await,
        vec!["gmail.com".to_owned()]
    );

    let browser = app.client();
    let answer = answer_for(&app, &browser, "unverified.frida@kommun.se", "/", unchanged).await;
    assert_refused(&app, &browser, &answer, "ingen bekräftad e-postadress").await;

    // Cancelled at the provider: it answers with an error instead of a code.
    let browser = app.client();
    let answer = answer_for(&app, &browser, "gun@kommun.se", "/", unchanged).await;
    let state = param(&answer, "state");
    let mut cancelled = answer.clone();
    cancelled.set_query(Some(&format!("error=access_denied&state={state}")));
    assert_refused(&app, &browser, &cancelled, "avbröts").await;

    assert_eq!(accounts(&app).await, 0, "no account made");
    app.stop().await;
}

#[tokio::test]
async fn with_passwords_turned_off_only_the_provider_signs_anyone_in() {
    let provider = IdentityProvider::start();
    let app = app_with(&provider, false).await;
    let organizer_email = "olga@kommun.se";
    // An organizer made on the command line (`idesluss admin create`).
    let made = users::create(
        &app.db,
        &PersonName::parse("Olga Organisatör").expect("name"),
        &Email::parse(organizer_email).expect("e-mail"),
        hash_password(PASSWORD).expect("hash"),
        &[Role::Organizer],
    )
    .await;
    assert!(made.is_ok());

    let browser = app.client();
    let signed_in = app
        .post(
            &browser,
            "sign_in",
            &[("email", organizer_email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(signed_in.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = signed_in.json().await.expect("json");
    assert_eq!(
        problem_for(&error, "password"),
        Some(Value::from("PasswordsTurnedOff"))
    );
    let signed_up = app.sign_up(&browser, "Ny Person", "ny@kommun.se").await;
    assert_eq!(signed_up.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.current_user(&browser).await, Value::Null);

    let page = app
        .get(&browser, "/sign-in")
        .await
        .text()
        .await
        .expect("page");
    assert!(page.contains("Logga in med kommunens konto"));
    assert!(!page.contains("name=\"password\""), "no password field");
    let page = app
        .get(&browser, "/sign-up")
        .await
        .text()
        .await
        .expect("page");
    assert!(page.contains("Lösenord används inte"));
    assert!(!page.contains("name=\"password\""));

    // The organizer signs in through the provider and keeps the role.
    sign_in_as(&app, &browser, organizer_email, "/people").await;
    let me = app.current_user(&browser).await;
    assert_eq!(me["roles"], serde_json::json!(["Organizer"]));
    // Password links make no sense here.
    let someone = me["id"].as_str().expect("id").to_owned();
    let link = app
        .post(&browser, "make_password_link", &[("user_id", &someone)])
        .await;
    assert_eq!(link.status(), StatusCode::UNPROCESSABLE_ENTITY);
    app.stop().await;
}

#[tokio::test]
async fn without_a_provider_there_is_no_such_sign_in_and_a_silent_provider_is_a_503() {
    let app = crate::common::spawn_app().await;
    let browser = app.client();
    assert_eq!(
        app.get(&browser, "/sign-in/oidc").await.status(),
        StatusCode::NOT_FOUND
    );
    let page = app
        .get(&browser, "/sign-in")
        .await
        .text()
        .await
        .expect("page");
    assert!(!page.contains("/sign-in/oidc"), "no provider button");
    assert!(page.contains("name=\"password\""));
    let callback = app
        .get(&browser, "/sign-in/oidc/callback?code=x&state=y")
        .await;
    assert_eq!(callback.status(), StatusCode::NOT_FOUND);
    app.stop().await;

    // A provider that does not answer (nothing listens on its port).
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = closed.local_addr().expect("addr").port();
    drop(closed);
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.oidc = Some(idesluss::platform::oidc::OidcSettings {
        issuer: format!("http://127.0.0.1:{port}"),
        client_id: "idesluss".to_owned(),
        client_secret: "secret".to_owned(),
    });
    let app = spawn_with(settings).await;
    let response = app.get(&app.client(), "/sign-in/oidc").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response.headers().contains_key("retry-after"));
    app.stop().await;
}

#[tokio::test]
async fn sign_ins_started_are_limited_per_address_more_generously_while_a_vote_is_open() {
    let provider = IdentityProvider::start();
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.oidc = Some(provider.settings());
    settings.rate_limits = RateLimits::parse("provider_sign_in_address=2/15m").expect("limits");
    let app = spawn_with(settings).await;
    let browser = app.client();
    for _ in 0..2 {
        let started = app.get(&browser, "/sign-in/oidc").await;
        assert_eq!(started.status(), StatusCode::SEE_OTHER);
    }
    let refused = app.get(&browser, "/sign-in/oidc").await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.headers().contains_key("retry-after"));
    assert!(
        refused
            .text()
            .await
            .expect("text")
            .contains("För många försök")
    );
    assert_eq!(
        count(&app, "RETURN count(SELECT id FROM oidc_login)").await,
        2
    );

    // A hall behind one NAT address signs in during a vote: ten times the limit, not more.
    open_vote_with_codes(&app, 1).await;
    for n in 4..=20 {
        let started = app.get(&browser, "/sign-in/oidc").await;
        assert_eq!(started.status(), StatusCode::SEE_OTHER, "start {n}");
    }
    let refused = app.get(&browser, "/sign-in/oidc").await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    app.stop().await;
}

#[tokio::test]
async fn an_address_given_to_someone_new_does_not_open_the_old_account() {
    let provider = IdentityProvider::start();
    let app = app_with(&provider, true).await;
    let first = app.client();
    sign_in_as(&app, &first, "eva.nord@kommun.se", "/").await;

    // A year later the provider gives the address to another Eva (another `sub`).
    let newcomer = app.client();
    let answer = answer_for(&app, &newcomer, "eva.nord@kommun.se#2", "/", unchanged).await;
    assert_refused(&app, &newcomer, &answer, "hör till en annan person").await;
    let refusals = audit_details(&app, "sign_in_refused").await;
    assert_eq!(
        refusals,
        vec!["kommun.se: linked to another person".to_owned()]
    );

    // The first Eva still gets in.
    let again = app.client();
    sign_in_as(&app, &again, "eva.nord@kommun.se", "/").await;
    assert_eq!(accounts(&app).await, 1);
    app.stop().await;
}

#[tokio::test]
async fn a_new_address_at_the_provider_follows_the_person_unless_another_account_has_it() {
    let provider = IdentityProvider::start();
    let app = app_with(&provider, true).await;
    let browser = app.client();
    sign_in_as(&app, &browser, "hanna.ek@kommun.se", "/").await;
    let id = app.current_user(&browser).await["id"].clone();

    // Hanna marries; the provider gives her (the same `sub`) a new address. (A new browser
    // each time: the provider's own session would otherwise sign in the old Hanna.)
    let browser = app.client();
    let renamed = "hanna.ek@kommun.se=hanna.lund@kommun.se";
    sign_in_as(&app, &browser, renamed, "/").await;
    let me = app.current_user(&browser).await;
    assert_eq!(
        (me["id"].clone(), me["email"].clone()),
        (id.clone(), "hanna.lund@kommun.se".into())
    );

    // An address someone else's account has is not taken from them; Hanna still gets in.
    let other = app.client();
    let browser_again = app.client();
    assert_eq!(
        app.sign_up(&other, "Ivar Berg", "ivar.berg@kommun.se")
            .await
            .status(),
        StatusCode::OK
    );
    let taken = "hanna.ek@kommun.se=ivar.berg@kommun.se";
    sign_in_as(&app, &browser_again, taken, "/").await;
    let me = app.current_user(&browser_again).await;
    assert_eq!(
        (me["id"].clone(), me["email"].clone()),
        (id, "hanna.lund@kommun.se".into())
    );
    assert_eq!(
        app.current_user(&other).await["email"],
        "ivar.berg@kommun.se"
    );
    app.stop().await;
}
