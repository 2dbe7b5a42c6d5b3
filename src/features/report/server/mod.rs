//! Building the report's data from what the round recorded (`build`), its figures
//! (`figures`) and the Markdown writer (`markdown`).

pub mod figures;
pub mod markdown;

use crate::domain::Category;
use crate::domain::followup::Outcome;
use crate::domain::retro::RetroKind;
use crate::domain::round::Phase;
use crate::error::AppError;
use crate::features::followup::decisions_of_round;
use crate::features::learnings::learning_cards_of;
use crate::features::presentation::plan_of;
use crate::features::report::{ReportItem, ReportProposal, RoundReport};
use crate::features::retro::retro_items_of_round;
use crate::features::rounds::round_store;
use crate::features::teams::team_store;
use crate::platform::clock::today;
use crate::platform::db::Db;

pub async fn build(db: &Db, round_id: &str) -> Result<RoundReport, AppError> {
    let row = round_store::by_id(db, round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let round = row.record.to_domain().ok_or(AppError::Internal)?;
    let today = today();
    let figures = figures::figures_of(db, &row.id, today).await?;
    let teams = team_store::of_round(db, &row.id).await?;
    let team_ids: Vec<String> = teams.iter().map(|t| t.id.clone()).collect();
    let cards = learning_cards_of(db, &team_ids).await?;
    let summaries = crate::features::presentation::summaries_of_round(db, &row.id).await?;
    // One read each for every team's members and every decision, not one per team.
    let members = team_store::members_of_teams(db, &team_ids).await?;
    let decisions = decisions_of_round(db, &row.id).await?;
    let mut proposals = Vec::with_capacity(teams.len());
    for team in &teams {
        let decision = decisions.iter().find(|d| d.idea_id == team.idea_id);
        // Everyone who took part, also those who left the team on the way.
        let members = members
            .iter()
            .filter(|m| m.team_id == team.id)
            .map(|m| m.name.clone())
            .collect();
        proposals.push(ReportProposal {
            id: team.idea_id.clone(),
            title: team.title.clone(),
            category: team
                .category
                .as_deref()
                .and_then(|c| Category::parse(c).ok()),
            members,
            summary: summaries
                .iter()
                .find(|s| s.team_id == team.id)
                .map(|s| s.summary.clone())
                .unwrap_or_default(),
            outcome: decision.and_then(|d| Outcome::parse(&d.outcome).ok()),
            what_next: decision.map(|d| d.rationale.clone()).unwrap_or_default(),
            learnings: cards
                .iter()
                .filter(|c| c.team_id == team.id)
                .map(|c| (c.title.clone(), c.learned.clone()))
                .collect(),
        });
    }
    // By category (explore, test, scale), then by title.
    let rank = |c: Option<Category>| {
        c.and_then(|c| Category::ALL.iter().position(|x| *x == c))
            .unwrap_or(usize::MAX)
    };
    proposals.sort_by(|a, b| (rank(a.category), &a.title).cmp(&(rank(b.category), &b.title)));
    let mut chosen: Vec<_> = retro_items_of_round(db, &row.id)
        .await?
        .into_iter()
        .filter(|i| i.chosen)
        .collect();
    // In the order they were written, as a report reads best.
    chosen.sort_by_key(|i| i.at);
    let items = chosen
        .into_iter()
        .filter_map(|i| {
            Some(ReportItem {
                kind: RetroKind::parse(&i.kind).ok()?,
                heading: i.report_heading.unwrap_or(i.heading),
                text: i.report_text.unwrap_or(i.text),
            })
        })
        .collect();
    let presentation = plan_of(db, &row.id)
        .await?
        .and_then(|p| Some((p.date.parse().ok()?, p.place)));
    Ok(RoundReport {
        round_id: row.id,
        round_name: round.name.as_str().to_owned(),
        format: round.format,
        phases: Phase::ALL
            .into_iter()
            .map(|p| (p, round.schedule.span(p)))
            .collect(),
        default_budget: round.default_budget,
        figures,
        presentation,
        proposals,
        items,
        generated_on: today,
    })
}
