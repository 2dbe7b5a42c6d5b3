//! The round's numbers in one read: the proposals at each step of the pipeline, ballots
//! (digital and the paper boxes' latest counts), teams, people, sessions held and money.
//! The report and the dashboard both show them; they read several features' tables on
//! purpose, and only counts.

use surrealdb::types::{RecordId, SurrealValue};

use crate::domain::Ore;
use crate::features::report::Figures;
use crate::platform::db::Db;

#[derive(Debug, Clone, SurrealValue)]
struct FiguresRow {
    submitted: i64,
    shortlisted: i64,
    on_ballot: i64,
    selected: i64,
    tested: i64,
    followed_up: i64,
    ballots: i64,
    paper_ballots: i64,
    teams: i64,
    participants: i64,
    coaches: i64,
    sessions_held: i64,
    budget: i64,
    spent: i64,
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

/// The figures of the round, counting sessions held up to and including `today`.
pub async fn figures_of(
    db: &Db,
    round_id: &str,
    today: chrono::NaiveDate,
) -> Result<Figures, surrealdb::Error> {
    let row: Option<FiguresRow> = db
        .query(
            "LET $stages = (SELECT VALUE stage FROM idea WHERE round = $round AND stage != 'draft');
             LET $teams = (SELECT VALUE id FROM team WHERE round = $round);
             LET $members = (SELECT VALUE user FROM team_member WHERE team IN $teams);
             RETURN {
                 submitted: array::len($stages),
                 shortlisted: count($stages[WHERE $this IN ['shortlisted', 'on_ballot', 'selected', \
                     'not_selected', 'in_test', 'learnings', 'follow_up']]),
                 on_ballot: count($stages[WHERE $this IN ['on_ballot', 'selected', 'not_selected', \
                     'in_test', 'learnings', 'follow_up']]),
                 selected: count($stages[WHERE $this IN ['selected', 'in_test', 'learnings', \
                     'follow_up']]),
                 tested: count($stages[WHERE $this IN ['in_test', 'learnings', 'follow_up']]),
                 followed_up: count($stages[WHERE $this = 'follow_up']),
                 ballots: count(SELECT id FROM ballot WHERE vote = $vote),
                 paper_ballots: math::sum(SELECT VALUE ballots FROM paper_count \
                     WHERE vote = $vote AND superseded = false),
                 teams: array::len($teams),
                 participants: array::len(array::distinct($members)),
                 coaches: array::len(array::distinct(SELECT VALUE coach FROM team WHERE round = $round)),
                 sessions_held: count(SELECT id FROM team_session WHERE team IN $teams \
                     AND cancelled = false AND date <= $today),
                 budget: math::sum(SELECT VALUE budget_ore FROM team WHERE round = $round),
                 spent: math::sum(SELECT VALUE amount_ore FROM expense WHERE team IN $teams \
                     AND status = 'approved'),
             };",
        )
        .bind(("round", RecordId::new("round", round_id)))
        .bind(("vote", RecordId::new("vote", round_id)))
        .bind(("today", today.to_string()))
        .await?
        .take(3)?;
    Ok(row
        .map(|r| Figures {
            submitted: count(r.submitted),
            shortlisted: count(r.shortlisted),
            on_ballot: count(r.on_ballot),
            selected: count(r.selected),
            tested: count(r.tested),
            followed_up: count(r.followed_up),
            ballots: count(r.ballots + r.paper_ballots),
            teams: count(r.teams),
            participants: count(r.participants),
            coaches: count(r.coaches),
            sessions_held: count(r.sessions_held),
            budget: Ore(r.budget),
            spent: Ore(r.spent),
        })
        .unwrap_or_default())
}
