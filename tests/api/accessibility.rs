//! The accessibility statement is public and says what DIGG's template asks; a barrier
//! reported there (signed in or not) reaches the organizers, who mark it handled.

use idesluss::domain::Role;
use idesluss::platform::rate_limits::RateLimits;
use idesluss::platform::settings::Settings;
use reqwest::StatusCode;

use crate::common::{problem_for, spawn_with, unique_namespace};

#[tokio::test]
async fn the_statement_is_public_and_a_reported_barrier_reaches_the_organizers() {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.rate_limits = RateLimits::parse("barrier_report_address=3/1h").unwrap();
    let app = spawn_with(settings).await;
    let visitor = app.client();
    let page = app.get(&visitor, "/tillganglighet").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    for needed in [
        "Tillgänglighetsredogörelse",
        "WCAG 2.1",
        "Innehåll som inte är tillgängligt",
        "Rapportera brister",
        "Myndigheten för digital förvaltning (Digg)",
        "digg.se/tdosanmalan",
    ] {
        assert!(html.contains(needed), "{needed}");
    }

    // An empty report, and one with an identity number, are refused with a message.
    let empty = app
        .post(&visitor, "report_barrier", &[("description", "  ")])
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let secret = app
        .post(
            &visitor,
            "report_barrier",
            &[(
                "description",
                "Brukaren 19121212-1212 kunde inte läsa sidan",
            )],
        )
        .await;
    assert_eq!(secret.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: serde_json::Value = secret.json().await.unwrap();
    assert!(problem_for(&error, "description").is_some(), "{error}");

    let sent = app
        .post(
            &visitor,
            "report_barrier",
            &[
                ("page", "Röstsidan"),
                ("description", "Knappen Rösta går inte att nå med tabb."),
                ("contact", "072-123 45 67"),
            ],
        )
        .await;
    assert_eq!(sent.status(), StatusCode::OK);
    let staff = app.signed_in_with_roles("sam@kommun.se", &[]).await;
    let sent = app
        .post(
            &staff,
            "report_barrier",
            &[(
                "description",
                "Förstoring 400 % gör att menyn täcker texten.",
            )],
        )
        .await;
    assert_eq!(sent.status(), StatusCode::OK);

    // Only organizers read them.
    assert_eq!(
        app.post(&staff, "barrier_reports", &[]).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post(&visitor, "barrier_reports", &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let reports = app.json(&organizer, "barrier_reports", &[]).await;
    let reports = reports.as_array().unwrap();
    assert_eq!(reports.len(), 2);
    let by_visitor = reports.iter().find(|r| r["page"] == "Röstsidan").unwrap();
    assert!(by_visitor["reporter"].is_null());
    assert_eq!(by_visitor["contact"], "072-123 45 67");
    let by_staff = reports.iter().find(|r| r["page"] == "").unwrap();
    assert_eq!(by_staff["reporter"], "Testperson");

    let id = by_visitor["id"].as_str().unwrap();
    assert_eq!(
        app.post(&staff, "handle_barrier_report", &[("id", id)])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let handled = app
        .post(&organizer, "handle_barrier_report", &[("id", id)])
        .await;
    assert_eq!(handled.status(), StatusCode::OK);
    let reports = app.json(&organizer, "barrier_reports", &[]).await;
    assert_eq!(reports[0]["handled"], false, "unhandled first");
    assert_eq!(reports[1]["handled"], true);
    assert_eq!(
        app.post(&organizer, "handle_barrier_report", &[("id", "nosuch")])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // A flood from one address is turned away (three an hour here).
    let flood = app
        .post(&visitor, "report_barrier", &[("description", "En till.")])
        .await;
    assert_eq!(flood.status(), StatusCode::OK);
    let flood = app
        .post(
            &visitor,
            "report_barrier",
            &[("description", "Och en till.")],
        )
        .await;
    assert_eq!(flood.status(), StatusCode::TOO_MANY_REQUESTS);
    app.stop().await;
}
