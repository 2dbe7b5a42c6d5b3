//! The coach's overview (every team they run, with what needs attention) and "Mina team".

use chrono::NaiveDate;

use super::form::summaries;
use super::session_queries::{self as sessions, MarkRow, SessionRow};
use super::{date_of, queries};
use crate::domain::budget::{BudgetSummary, is_lagging};
use crate::domain::round::PhaseSpan;
use crate::domain::team::{Membership, changes_between};
use crate::domain::{Ore, Role};
use crate::error::AppError;
use crate::features::budget::spent_by_team;
use crate::features::teams::{CoachOverview, CoachRow, TeamSummary};
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};

/// How many held sessions the attendance trend shows.
const TREND: usize = 3;

/// How far through the bootcamp `today` is, 0–100.
fn time_percent(bootcamp: Option<PhaseSpan>, today: NaiveDate) -> u32 {
    let Some(span) = bootcamp else { return 0 };
    let total = (span.end - span.start).num_days().max(1);
    let gone = (today - span.start).num_days().clamp(0, total);
    u32::try_from(gone * 100 / total).unwrap_or(0)
}

fn row(
    team: &queries::TeamRow,
    team_sessions: &[&SessionRow],
    marks: &[MarkRow],
    members: &[Membership],
    spent: Ore,
    today: NaiveDate,
) -> CoachRow {
    let bootcamp = match (date_of(&team.bootcamp_start), date_of(&team.bootcamp_end)) {
        (Some(start), Some(end)) => Some(PhaseSpan { start, end }),
        _ => None,
    };
    let budget = BudgetSummary::of(Ore(team.budget_ore), &[(spent, true)]);
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
        budget_percent: budget.percent_spent(),
        time_percent: time_percent(bootcamp, today),
        budget_lagging: bootcamp
            .is_some_and(|span| is_lagging(today, span, budget.budget, budget.spent)),
    }
}

fn sort_rows(rows: &mut [CoachRow], sort: &str) {
    match sort {
        "title" => rows.sort_by_key(|r| r.title.to_lowercase()),
        "flags" => rows.sort_by_key(|r| std::cmp::Reverse(r.flag_count())),
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
    let spent = spent_by_team(db, &ids).await?;
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
            let team_spent = spent
                .iter()
                .find(|s| s.team_id == team.id)
                .map_or(Ore(0), |s| Ore(s.spent_ore));
            row(
                team,
                &team_sessions,
                &marks,
                &team_members,
                team_spent,
                today,
            )
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
