//! The coach's overview (every team they run, with what needs attention) and "Mina team".

use std::collections::HashMap;

use chrono::NaiveDate;

use super::form::summaries;
use super::overview_queries::{self, OverviewRound, OverviewTeam, SessionDay};
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

/// What the overview knows about one team, gathered from the queries above.
struct TeamFacts<'a> {
    sessions: Vec<&'a SessionDay>,
    members: Vec<Membership>,
    spent: Ore,
}

fn row(
    team: &OverviewTeam,
    round: Option<&OverviewRound>,
    facts: &TeamFacts<'_>,
    counts: &HashMap<&str, (u32, u32)>,
    today: NaiveDate,
) -> CoachRow {
    let bootcamp = round.and_then(|r| {
        Some(PhaseSpan {
            start: date_of(&r.bootcamp_start)?,
            end: date_of(&r.bootcamp_end)?,
        })
    });
    let budget = BudgetSummary::of(Ore(team.budget_ore), &[(facts.spent, true)]);
    let dated: Vec<(&SessionDay, NaiveDate)> = facts
        .sessions
        .iter()
        .filter_map(|s| Some((*s, date_of(&s.date)?)))
        .filter(|(s, _)| !s.cancelled)
        .collect();
    let held: Vec<&(&SessionDay, NaiveDate)> =
        dated.iter().filter(|(_, date)| *date < today).collect();
    let mut attendance: Vec<(u32, u32)> = dated
        .iter()
        .filter(|(_, date)| *date <= today)
        .filter_map(|(s, _)| counts.get(s.id.as_str()).copied())
        .filter(|(_, marked)| *marked > 0)
        .collect();
    if attendance.len() > TREND {
        attendance.drain(..attendance.len() - TREND);
    }
    CoachRow {
        team_id: team.id.clone(),
        title: team.title.clone(),
        round_name: round.map(|r| r.name.clone()).unwrap_or_default(),
        next_session: dated.iter().map(|(_, d)| *d).find(|d| *d >= today),
        attendance,
        last_handover: dated
            .iter()
            .filter(|(s, _)| s.handed_over)
            .map(|(_, d)| *d)
            .next_back(),
        sessions_held: u32::try_from(held.len()).unwrap_or(0),
        sessions_total: u32::try_from(dated.len()).unwrap_or(0),
        lineup_changed: held
            .last()
            .is_some_and(|(_, last)| !changes_between(&facts.members, *last, today).is_empty()),
        missed_handover: held.iter().any(|(s, _)| !s.handed_over),
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
    let all_teams = user.has(Role::Organizer);
    let coach = (!all_teams).then_some(user.id.as_str());
    let teams = overview_queries::teams(db, coach).await?;
    let ids: Vec<String> = teams.iter().map(|t| t.id.clone()).collect();
    let mut round_ids: Vec<String> = teams.iter().map(|t| t.round_id.clone()).collect();
    round_ids.sort();
    round_ids.dedup();
    let rounds = overview_queries::rounds(db, &round_ids).await?;
    let sessions = overview_queries::session_days(db, &ids).await?;
    let counts = overview_queries::attendance_counts(db, &ids).await?;
    let members = overview_queries::membership_days(db, &ids).await?;
    let spent = spent_by_team(db, &ids).await?;
    // Grouped once by team (and session), so each row is built without scanning the rest.
    let mut facts: HashMap<&str, TeamFacts<'_>> = ids
        .iter()
        .map(|id| {
            let empty = TeamFacts {
                sessions: Vec::new(),
                members: Vec::new(),
                spent: Ore(0),
            };
            (id.as_str(), empty)
        })
        .collect();
    for session in &sessions {
        if let Some(team) = facts.get_mut(session.team_id.as_str()) {
            team.sessions.push(session);
        }
    }
    for member in &members {
        let (Some(team), Some(joined_on)) = (
            facts.get_mut(member.team_id.as_str()),
            date_of(&member.joined_on),
        ) else {
            continue;
        };
        team.members.push(Membership {
            name: String::new(),
            joined_on,
            left_on: member.left_on.as_deref().and_then(date_of),
        });
    }
    for row in &spent {
        if let Some(team) = facts.get_mut(row.team_id.as_str()) {
            team.spent = Ore(row.spent_ore);
        }
    }
    let as_u32 = |n: i64| u32::try_from(n).unwrap_or(0);
    let counts: HashMap<&str, (u32, u32)> = counts
        .iter()
        .map(|c| (c.session_id.as_str(), (as_u32(c.present), as_u32(c.marked))))
        .collect();
    let today = today();
    let mut rows: Vec<CoachRow> = teams
        .iter()
        .filter_map(|team| {
            let round = rounds.iter().find(|r| r.id == team.round_id);
            Some(row(
                team,
                round,
                facts.get(team.id.as_str())?,
                &counts,
                today,
            ))
        })
        .collect();
    let sort = match sort {
        "title" | "flags" => sort,
        _ => "next",
    };
    // Titles first, so that rows that tie on the chosen order stay in a stable order.
    rows.sort_by_key(|r| r.title.to_lowercase());
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
