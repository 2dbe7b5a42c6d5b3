//! Reading the dashboard: each round's figures (as the report counts them), participation,
//! budgets per team and the follow-up's late items.

use surrealdb::types::{RecordId, SurrealValue};

use crate::domain::Ore;
use crate::error::AppError;
use crate::features::dashboard::{Dashboard, RoundFigures, TeamBudget};
use crate::features::followup::{Actions, actions_where};
use crate::features::report::{Figures, figures_of};
use crate::features::rounds::round_store;
use crate::platform::clock::today;
use crate::platform::db::Db;

#[derive(Debug, Clone, SurrealValue)]
struct ParticipationRow {
    proposers: i64,
    voted: i64,
}

#[derive(Debug, Clone, SurrealValue)]
struct BudgetRow {
    team_id: String,
    title: String,
    round_name: String,
    budget: i64,
    spent: i64,
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

fn add(total: &mut Figures, f: &Figures) {
    total.submitted += f.submitted;
    total.shortlisted += f.shortlisted;
    total.on_ballot += f.on_ballot;
    total.selected += f.selected;
    total.tested += f.tested;
    total.followed_up += f.followed_up;
    total.ballots += f.ballots;
    total.teams += f.teams;
    total.participants += f.participants;
    total.coaches += f.coaches;
    total.sessions_held += f.sessions_held;
    total.budget = Ore(total.budget.0 + f.budget.0);
    total.spent = Ore(total.spent.0 + f.spent.0);
}

pub async fn dashboard(db: &Db) -> Result<Dashboard, AppError> {
    let today = today();
    let mut rounds = round_store::list(db).await?;
    rounds.sort_by(|a, b| b.record.bootcamp_start.cmp(&a.record.bootcamp_start));
    let mut out = Vec::with_capacity(rounds.len());
    let mut totals = Figures::default();
    for round in rounds {
        let figures = figures_of(db, &round.id, today).await?;
        add(&mut totals, &figures);
        let people: Option<ParticipationRow> = db
            .query(
                "LET $ideas = (SELECT proposer, co_proposers FROM idea \
                     WHERE round = $round AND stage != 'draft');
                 RETURN {
                     proposers: array::len(array::distinct(array::filter(array::concat( \
                         $ideas.proposer, array::flatten($ideas.co_proposers)), |$p| $p != NONE))),
                     voted: count(SELECT id FROM staff_voted WHERE vote = $vote),
                 };",
            )
            .bind(("round", RecordId::new("round", round.id.as_str())))
            .bind(("vote", RecordId::new("vote", round.id.as_str())))
            .await?
            .take(1)?;
        let people = people.unwrap_or(ParticipationRow {
            proposers: 0,
            voted: 0,
        });
        out.push(RoundFigures {
            round_id: round.id,
            name: round.record.name,
            figures,
            proposers: count(people.proposers),
            voted_with_account: count(people.voted),
        });
    }
    let budgets: Vec<BudgetRow> = db
        .query(
            "SELECT record::id(id) AS team_id, idea.title AS title, round.name AS round_name, \
             budget_ore AS budget, \
             math::sum(SELECT VALUE amount_ore FROM expense WHERE team = $parent.id \
                 AND status = 'approved') AS spent, \
             round.bootcamp_start AS start FROM team ORDER BY start DESC, title ASC",
        )
        .await?
        .take(0)?;
    let day = today.to_string();
    let overdue = actions_where(db, Actions::OverdueOn(day.clone()))
        .await?
        .len();
    let waiting = actions_where(db, Actions::WaitingOn(day)).await?.len();
    Ok(Dashboard {
        rounds: out,
        totals,
        budgets: budgets
            .into_iter()
            .map(|b| TeamBudget {
                team_id: b.team_id,
                title: b.title,
                round_name: b.round_name,
                budget: Ore(b.budget),
                spent: Ore(b.spent),
            })
            .collect(),
        overdue_actions: u32::try_from(overdue).unwrap_or(u32::MAX),
        checkins_waiting: u32::try_from(waiting).unwrap_or(u32::MAX),
    })
}
