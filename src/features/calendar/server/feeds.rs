//! The feed routes: `/calendar/rounds/<round>.ics` (public, like the round's page),
//! `/calendar/teams/<team>/<token>.ics` and `/calendar/people/<token>.ics` (the person's
//! secret token; anything unknown or not theirs answers 404). `?download=1` makes the
//! same feed a one-off download.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::ics::{self, DayEvent, SessionEvent};
use super::queries;
use crate::domain::round::Phase;
use crate::features::rounds::round_store;
use crate::features::teams::{
    SessionRow, TeamRow, find_team, sessions_of_teams, team_store, viewer_of,
};
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::context::SignedIn;
use crate::platform::db::Db;
use crate::platform::downloads::plain;
use crate::platform::ids::checked_id;
use crate::platform::state::AppState;
use crate::platform::users;

/// `abc.ics` → `abc`, if it is a valid id.
fn stem(file: &str) -> Option<&str> {
    checked_id(file.strip_suffix(".ics")?).ok()
}

fn respond(body: String, filename: &str, query: &HashMap<String, String>) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    if query.contains_key("download")
        && let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

fn failed(i18n: I18n, error: &dyn std::fmt::Debug) -> Response {
    tracing::error!(?error, "calendar feed failed");
    plain(
        StatusCode::INTERNAL_SERVER_ERROR,
        i18n.t(T::InternalErrorText),
    )
}

pub async fn round_feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let not_found = || plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    let Some(id) = stem(&file) else {
        return not_found();
    };
    let row = match round_store::by_id(&state.db, id).await {
        Ok(Some(row)) => row,
        Ok(None) => return not_found(),
        Err(error) => return failed(i18n, &error),
    };
    let Some(round) = row.record.to_domain() else {
        return failed(i18n, &"stored round breaks the rules");
    };
    let name = round.name.as_str();
    let mut calendar = ics::calendar(name);
    let stamp = ics::stamp_now();
    for phase in Phase::ALL {
        let span = round.schedule.span(phase);
        ics::add_days(
            &mut calendar,
            &DayEvent {
                uid: format!("round-{}-{}@idesluss", row.id, phase.key()),
                summary: format!("{name}: {}", i18n.phase(phase)),
                description: format!(
                    "{}/rounds/{}",
                    crate::platform::public_url::site_base(&state),
                    row.id
                ),
                first: span.start,
                last: span.end,
            },
            stamp,
        );
    }
    // The final presentation, once planned, at its own time and place.
    match crate::features::presentation::plan_of(&state.db, &row.id).await {
        Ok(Some(plan)) => {
            let time = |t: &str| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok();
            if let (Ok(date), Some(starts_at), Some(ends_at)) = (
                plan.date.parse(),
                time(&plan.starts_at),
                time(&plan.ends_at),
            ) {
                ics::add_session(
                    &mut calendar,
                    &SessionEvent {
                        id: format!("final-{}", row.id),
                        summary: format!("{name}: {}", i18n.t(T::PresentationTitle)),
                        description: format!(
                            "{}\n{}/rounds/{}/presentation",
                            plan.place,
                            crate::platform::public_url::site_base(&state),
                            row.id
                        ),
                        date,
                        starts_at,
                        ends_at,
                        sequence: u32::try_from(plan.sequence).unwrap_or(0),
                        cancelled: false,
                    },
                    stamp,
                );
            }
        }
        Ok(None) => {}
        Err(error) => return failed(i18n, &error),
    }
    respond(
        calendar.to_string(),
        &format!("omgang-{}.ics", row.id),
        &query,
    )
}

/// The person a token belongs to, as the team rules know them.
async fn owner(db: &Db, token: &str) -> Result<Option<SignedIn>, surrealdb::Error> {
    let Some(id) = queries::owner_of(db, token).await? else {
        return Ok(None);
    };
    Ok(users::by_id(db, &id).await?.as_ref().map(SignedIn::from))
}

fn session_events(
    i18n: I18n,
    base: &str,
    teams: &[TeamRow],
    sessions: &[SessionRow],
) -> Vec<SessionEvent> {
    let mut numbers: HashMap<&str, u32> = HashMap::new();
    sessions
        .iter()
        .filter_map(|s| {
            let team = teams.iter().find(|t| t.id == s.team_id)?;
            let number = numbers.entry(team.id.as_str()).or_insert(0);
            *number += 1;
            let time = |t: &str| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok();
            Some(SessionEvent {
                id: s.id.clone(),
                summary: format!("{} {}: {}", i18n.t(T::SessionNumber), number, team.title),
                description: format!(
                    "{}\n{base}/teams/{}/sessions/{}",
                    team.round_name, team.id, s.id
                ),
                date: s.date.parse().ok()?,
                starts_at: time(&s.starts_at)?,
                ends_at: time(&s.ends_at)?,
                sequence: u32::try_from(s.sequence).unwrap_or(0),
                cancelled: s.cancelled,
            })
        })
        .collect()
}

async fn sessions_feed(
    state: &AppState,
    i18n: I18n,
    name: &str,
    teams: &[TeamRow],
) -> Result<String, surrealdb::Error> {
    let ids: Vec<String> = teams.iter().map(|t| t.id.clone()).collect();
    // Sessions come in date order within each team; numbering counts per team.
    let sessions = sessions_of_teams(&state.db, &ids).await?;
    let base = crate::platform::public_url::site_base(state);
    let mut calendar = ics::calendar(name);
    let stamp = ics::stamp_now();
    for event in session_events(i18n, &base, teams, &sessions) {
        ics::add_session(&mut calendar, &event, stamp);
    }
    Ok(calendar.to_string())
}

pub async fn team_feed(
    State(state): State<AppState>,
    Path((team_id, file)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let not_found = || plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    let (Some(token), Ok(team_id)) = (stem(&file), checked_id(&team_id)) else {
        return not_found();
    };
    let person = match owner(&state.db, token).await {
        Ok(Some(person)) => person,
        Ok(None) => return not_found(),
        Err(error) => return failed(i18n, &error),
    };
    let Ok(team) = find_team(&state.db, team_id).await else {
        return not_found();
    };
    match viewer_of(&state.db, &team, &person).await {
        Ok(viewer) if viewer.sees_workspace() => {}
        Ok(_) => return not_found(),
        Err(error) => return failed(i18n, &error),
    }
    let title = team.title.clone();
    match sessions_feed(&state, i18n, &title, &[team]).await {
        Ok(body) => respond(body, &format!("team-{team_id}.ics"), &query),
        Err(error) => failed(i18n, &error),
    }
}

pub async fn person_feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let Some(token) = stem(&file) else {
        return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    };
    let person = match owner(&state.db, token).await {
        Ok(Some(person)) => person,
        Ok(None) => return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText)),
        Err(error) => return failed(i18n, &error),
    };
    let teams = match my_teams(&state.db, &person.id).await {
        Ok(teams) => teams,
        Err(error) => return failed(i18n, &error),
    };
    let name = format!("{}: {}", i18n.t(T::MyTeamsTitle), person.name);
    match sessions_feed(&state, i18n, &name, &teams).await {
        Ok(body) => respond(body, "mina-traffar.ics", &query),
        Err(error) => failed(i18n, &error),
    }
}

/// The teams a person is in or coaches.
pub async fn my_teams(db: &Db, person: &str) -> Result<Vec<TeamRow>, surrealdb::Error> {
    let mut teams = team_store::of_member(db, person).await?;
    for coached in team_store::coached_by(db, Some(person)).await? {
        if !teams.iter().any(|t| t.id == coached.id) {
            teams.push(coached);
        }
    }
    Ok(teams)
}
