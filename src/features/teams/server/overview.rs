//! The coach's overview (every team they run, with what needs attention) and "Mina team".

use chrono::NaiveDate;

use super::form::summaries;
use super::session_queries::{self as sessions, MarkRow, SessionRow};
use super::{date_of, queries};
use crate::domain::Role;
use crate::domain::team::{Membership, changes_between};
use crate::error::AppError;
use crate::features::teams::{CoachOverview, CoachRow, TeamSummary};
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};

/// How many held sessions the attendance trend shows.
const TREND: usize = 3;

fn row(
    team: &queries::TeamRow,
    team_sessions: &[&SessionRow],
    marks: &[MarkRow],
    members: &[Membership],
    today: NaiveDate,
) -> CoachRow {
    let dated: Vec<(&SessionRow, NaiveDate)> = team_sessions
        .iter()
        .filter_map(|s| Some((*s, date_of(&s.date)?)))
        .filter(|(s, _)| !s.cancelled)
        .collect();
    let held: Vec<&(&SessionRow, NaiveDate)> =
        dated.iter().filter(|(_, date)| *date < today).collect();
    let counts = |session: &SessionRow| {
        let of_session = marks.iter().filter(|m| m.session_id == session.id);
        let marked = of_session.clone().count();
        let present = of_session.filter(|m| m.status == "present").count();
        (
            u32::try_from(present).unwrap_or(0),
            u32::try_from(marked).unwrap_or(0),
        )
    };
    let mut attendance: Vec<(u32, u32)> = dated
        .iter()
        .filter(|(_, date)| *date <= today)
        .map(|(s, _)| counts(s))
        .filter(|(_, marked)| *marked > 0)
        .collect();
    if attendance.len() > TREND {
        attendance.drain(..attendance.len() - TREND);
    }
    let has_handover = |s: &SessionRow| !s.did.is_empty() || !s.next_steps.is_empty();
    CoachRow {
        team_id: team.id.clone(),
        title: team.title.clone(),
        round_name: team.round_name.clone(),
        next_session: dated.iter().map(|(_, d)| *d).find(|d| *d >= today),
        attendance,
        last_handover: dated
            .iter()
            .filter(|(s, _)| has_handover(s))
            .map(|(_, d)| *d)
            .next_back(),
        sessions_held: u32::try_from(held.len()).unwrap_or(0),
        sessions_total: u32::try_from(dated.len()).unwrap_or(0),
        lineup_changed: held
            .last()
            .is_some_and(|(_, last)| !changes_between(members, *last, today).is_empty()),
        missed_handover: held.iter().any(|(s, _)| !has_handover(s)),
    }
}

fn sort_rows(rows: &mut [CoachRow], sort: &str) {
    match sort {
        "title" => rows.sort_by(|a, b| a.title.to_lowercase().cmp(&b.title.to_lowercase())),
        "flags" => rows.sort_by(|a, b| b.flag_count().cmp(&a.flag_count())),
        // By next session, teams without one last.
        _ => rows.sort_by_key(|r| (r.next_session.is_none(), r.next_session)),
    }
}

pub async fn coach(user: &SignedIn, sort: &str) -> Result<CoachOverview, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let all_teams = !user.has(Role::Coach);
    let coach = (!all_teams).then_some(user.id.as_str());
    let teams = queries::coached_by(db, coach).await?;
    let ids: Vec<String> = teams.iter().map(|t| t.id.clone()).collect();
    let all_sessions = sessions::of_teams(db, &ids).await?;
    let marks = sessions::marks_of_teams(db, &ids).await?;
    let members = queries::members_of_teams(db, &ids).await?;
    let today = today();
    let mut rows: Vec<CoachRow> = teams
        .iter()
        .map(|team| {
            let team_sessions: Vec<&SessionRow> = all_sessions
                .iter()
                .filter(|s| s.team_id == team.id)
                .collect();
            let team_members: Vec<Membership> = members
                .iter()
                .filter(|m| m.team_id == team.id)
                .filter_map(|m| {
                    Some(Membership {
                        name: m.name.clone(),
                        joined_on: date_of(&m.joined_on)?,
                        left_on: m.left_on.as_deref().and_then(date_of),
                    })
                })
                .collect();
            row(team, &team_sessions, &marks, &team_members, today)
        })
        .collect();
    let sort = match sort {
        "title" | "flags" => sort,
        _ => "next",
    };
    sort_rows(&mut rows, sort);
    Ok(CoachOverview {
        rows,
        sort: sort.to_owned(),
        all_teams,
    })
}

pub async fn mine(user: &SignedIn) -> Result<Vec<TeamSummary>, AppError> {
    let state = context::state()?;
    let teams = queries::of_member(&state.db, &user.id).await?;
    summaries(&state.db, &teams).await
}
