//! Calendar feeds: every feed parses as iCalendar; a session keeps its UID when it moves
//! (with a higher SEQUENCE) or is cancelled (STATUS:CANCELLED); times are Swedish wall-clock
//! times in UTC; team and personal feeds answer only to the person's token, and a reset
//! makes the old address answer 404.

use std::io::BufReader;

use crate::common::teams::{formed_team, team_round};
use crate::common::{TestApp, spawn_app};
use chrono::{NaiveDate, NaiveTime};
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use idesluss::domain::stockholm::to_utc;
use reqwest::{Client, StatusCode};
use serde_json::Value;

fn parse(body: &str) -> IcalCalendar {
    ical::IcalParser::new(BufReader::new(body.as_bytes()))
        .next()
        .expect("one calendar")
        .expect("it parses")
}

fn prop<'a>(event: &'a IcalEvent, name: &str) -> Option<&'a str> {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
}

fn path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme[after_scheme.find('/').unwrap()..].to_owned()
}

async fn feed(app: &TestApp, client: &Client, url: &str) -> (StatusCode, String) {
    let response = app.get(client, &path_of(url)).await;
    let status = response.status();
    if status == StatusCode::OK {
        assert_eq!(
            response.headers()["content-type"],
            "text/calendar; charset=utf-8"
        );
    }
    (status, response.text().await.unwrap())
}

async fn links(app: &TestApp, client: &Client) -> Value {
    app.json(client, "calendar_links", &[]).await
}

fn utc_stamp(date: &str, time: &str) -> String {
    let date: NaiveDate = date.parse().unwrap();
    let time = NaiveTime::parse_from_str(time, "%H:%M").unwrap();
    to_utc(date, time).format("%Y%m%dT%H%M%SZ").to_string()
}

#[tokio::test]
async fn team_and_personal_feeds_follow_moves_and_cancellations() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let sara_links = links(&app, &setup.sara).await;
    let team_url = sara_links["teams"][0]["url"].as_str().unwrap().to_owned();
    assert!(team_url.contains(&format!("/calendar/teams/{team}/")));

    let (status, body) = feed(&app, &app.client(), &team_url).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a calendar app has no session cookie"
    );
    let calendar = parse(&body);
    let page = app.team_json(&setup.coach, &team).await;
    let sessions = page["sessions"].as_array().unwrap();
    assert_eq!(calendar.events.len(), sessions.len());
    let first = &sessions[0];
    let id = first["id"].as_str().unwrap();
    let uid = format!("session-{id}@idesluss");
    let event = calendar
        .events
        .iter()
        .find(|e| prop(e, "UID") == Some(uid.as_str()))
        .expect("the first session");
    let date = first["date"].as_str().unwrap();
    assert_eq!(
        prop(event, "DTSTART"),
        Some(utc_stamp(date, first["starts_at"].as_str().unwrap()).as_str())
    );
    assert_eq!(prop(event, "SEQUENCE"), Some("0"));
    assert!(prop(event, "DTSTAMP").is_some());

    // Moved: same UID, higher SEQUENCE, new time. Then cancelled.
    let later: NaiveDate = date.parse::<NaiveDate>().unwrap() + chrono::Duration::days(1);
    let later = later.to_string();
    let moved = [
        ("session_id", id),
        ("change[date]", later.as_str()),
        ("change[starts_at]", "09:30"),
        ("change[ends_at]", "11:00"),
        ("change[reason]", "Krock med APT"),
    ];
    assert_eq!(
        app.post(&setup.coach, "move_session", &moved)
            .await
            .status(),
        StatusCode::OK
    );
    let (_, body) = feed(&app, &app.client(), &team_url).await;
    let calendar = parse(&body);
    let event = calendar
        .events
        .iter()
        .find(|e| prop(e, "UID") == Some(uid.as_str()))
        .unwrap();
    assert_eq!(prop(event, "SEQUENCE"), Some("1"));
    assert_eq!(
        prop(event, "DTSTART"),
        Some(utc_stamp(&later, "09:30").as_str())
    );
    assert_eq!(prop(event, "STATUS"), Some("CONFIRMED"));
    let cancel = [("session_id", id), ("reason", "Halva teamet sjukt")];
    assert_eq!(
        app.post(&setup.coach, "cancel_session", &cancel)
            .await
            .status(),
        StatusCode::OK
    );

    // The personal feed of the coach holds the same sessions, this one cancelled.
    let coach_links = links(&app, &setup.coach).await;
    let (status, body) = feed(
        &app,
        &app.client(),
        coach_links["person"]["url"].as_str().unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let calendar = parse(&body);
    assert_eq!(calendar.events.len(), sessions.len());
    let event = calendar
        .events
        .iter()
        .find(|e| prop(e, "UID") == Some(uid.as_str()))
        .unwrap();
    assert_eq!(prop(event, "STATUS"), Some("CANCELLED"));
    assert_eq!(prop(event, "SEQUENCE"), Some("2"));

    // A one-off download of the same feed.
    let response = app
        .get(&app.client(), &format!("{}?download=1", path_of(&team_url)))
        .await;
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
}

#[tokio::test]
async fn tokens_are_personal_and_a_reset_retires_the_old_address() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let sara = links(&app, &setup.sara).await;
    let again = links(&app, &setup.sara).await;
    assert_eq!(
        sara["person"]["url"], again["person"]["url"],
        "one token per person"
    );
    let person_url = sara["person"]["url"].as_str().unwrap().to_owned();
    let token = person_url
        .rsplit('/')
        .next()
        .unwrap()
        .trim_end_matches(".ics")
        .to_owned();
    assert!(token.len() >= 32);

    // Olle is not in the team: his own token does not open the team's feed.
    let olle = links(&app, &setup.olle).await;
    assert!(olle["teams"].as_array().unwrap().is_empty());
    let olle_token = olle["person"]["url"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let (status, _) = feed(
        &app,
        &app.client(),
        &format!("/calendar/teams/{team}/{olle_token}"),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = feed(&app, &app.client(), olle["person"]["url"].as_str().unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(parse(&body).events.is_empty(), "no teams, no sessions");
    for bad in [
        "/calendar/people/nosuchtoken.ics",
        "/calendar/people/x.ics",
        "/calendar/people/abc",
    ] {
        let (status, _) = feed(&app, &app.client(), bad).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{bad}");
    }

    let response = app.post(&setup.sara, "reset_calendar", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let (status, _) = feed(&app, &app.client(), &person_url).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the old address is retired");
    let renewed = links(&app, &setup.sara).await;
    assert_ne!(renewed["person"]["url"], sara["person"]["url"]);
    let (status, _) = feed(
        &app,
        &app.client(),
        renewed["person"]["url"].as_str().unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);

    let anonymous = app.client();
    assert_eq!(
        app.post(&anonymous, "calendar_links", &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.post(&anonymous, "reset_calendar", &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let page = app.get(&setup.sara, "/my/calendar").await;
    assert_eq!(page.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_rounds_feed_holds_its_phases_as_whole_days() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let round = setup.vote.round.clone();
    let (status, body) = feed(
        &app,
        &app.client(),
        &format!("/calendar/rounds/{round}.ics"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "public, like the round's page");
    let calendar = parse(&body);
    assert_eq!(
        calendar.events.len(),
        6,
        "the six phases, the vote and the final included"
    );
    let name = calendar
        .properties
        .iter()
        .find(|p| p.name == "X-WR-CALNAME")
        .and_then(|p| p.value.clone());
    assert!(name.unwrap().contains("Öppen omgång"));
    let vote = calendar
        .events
        .iter()
        .find(|e| prop(e, "UID") == Some(format!("round-{round}-vote@idesluss").as_str()))
        .expect("the staff-day vote");
    let start = vote
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .unwrap();
    assert_eq!(
        start.params.clone().unwrap()[0],
        ("VALUE".to_owned(), vec!["DATE".to_owned()])
    );
    // The same UIDs every time: calendars update instead of adding copies.
    let (_, again) = feed(
        &app,
        &app.client(),
        &format!("/calendar/rounds/{round}.ics"),
    )
    .await;
    let uids = |c: &IcalCalendar| -> Vec<String> {
        c.events
            .iter()
            .map(|e| prop(e, "UID").unwrap().to_owned())
            .collect()
    };
    assert_eq!(uids(&calendar), uids(&parse(&again)));
    let (status, _) = feed(&app, &app.client(), "/calendar/rounds/nosuchround.ics").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
