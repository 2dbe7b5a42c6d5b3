//! What the presentation server functions do: the agenda with every team's slot, the plan,
//! and the outcome summaries.

pub mod queries;

use crate::domain::followup::Outcome;
use crate::domain::presentation::Plan;
use crate::domain::round::Phase;
use crate::domain::{Category, FieldErrors, Problem, Role};
use crate::error::{AppError, Echo};
use crate::features::followup::{RoundDecisionRow, decisions_of_round};
use crate::features::learnings::{LearningCardRow, learning_cards_of};
use crate::features::presentation::{PlanView, PresentationPage, Slot};
use crate::features::rounds::find_round;
use crate::features::teams::team_store::TeamMemberRow;
use crate::features::teams::{TeamRow, find_team, team_store, viewer_of};
use crate::platform::context::{self, SignedIn};
use crate::platform::db::Db;

/// Organizers, and the round's co-organizer.
async fn plans(db: &Db, user: &SignedIn, round_id: &str) -> Result<bool, AppError> {
    if user.has(Role::Organizer) {
        return Ok(true);
    }
    let co = team_store::co_organizer(db, round_id).await?;
    Ok(co.is_some_and(|c| c.id == user.id))
}

pub async fn page(user: &SignedIn, round_id: &str) -> Result<PresentationPage, AppError> {
    let (round_row, round) = find_round(round_id).await?;
    let state = context::state()?;
    let db = &state.db;
    let teams = team_store::of_round(db, &round_row.id).await?;
    let plan = queries::plan_of(db, &round_row.id).await?;
    let summaries = queries::summaries_of_round(db, &round_row.id).await?;
    let order = plan
        .as_ref()
        .map(|p| p.team_order.clone())
        .unwrap_or_default();
    let can_plan = plans(db, user, &round_row.id).await?;
    // One read each for every team's members, cards and decision, not one per team.
    let team_ids: Vec<String> = teams.iter().map(|t| t.id.clone()).collect();
    let round_data = RoundData {
        members: team_store::members_of_teams(db, &team_ids).await?,
        cards: learning_cards_of(db, &team_ids).await?,
        decisions: decisions_of_round(db, &round_row.id).await?,
        summaries,
    };
    let mut slots: Vec<Slot> = teams
        .iter()
        .map(|team| slot(user, can_plan, team, &round_data))
        .collect();
    // The planned order first; teams without a place after, by title.
    slots.sort_by_key(|s| {
        order
            .iter()
            .position(|t| *t == s.team_id)
            .unwrap_or(usize::MAX)
    });
    let plan = plan.and_then(|p| {
        Some(PlanView {
            date: p.date.parse().ok()?,
            starts_at: chrono::NaiveTime::parse_from_str(&p.starts_at, "%H:%M").ok()?,
            ends_at: chrono::NaiveTime::parse_from_str(&p.ends_at, "%H:%M").ok()?,
            place: p.place,
        })
    });
    Ok(PresentationPage {
        can_plan,
        round_id: round_row.id,
        round_name: round_row.record.name,
        plan,
        phase: round.schedule.span(Phase::FinalPresentation),
        slots,
    })
}

/// What the round's slots are made of, each read once for all teams.
struct RoundData {
    members: Vec<TeamMemberRow>,
    cards: Vec<LearningCardRow>,
    decisions: Vec<RoundDecisionRow>,
    summaries: Vec<queries::SummaryRow>,
}

/// A team's slot. `plans`: the viewer plans the presentation (and so runs every team).
fn slot(user: &SignedIn, plans: bool, team: &TeamRow, data: &RoundData) -> Slot {
    let current: Vec<&TeamMemberRow> = data
        .members
        .iter()
        .filter(|m| m.team_id == team.id && m.left_on.is_none())
        .collect();
    // The team's workspace (as `teams::viewer_of` rules it): its members, its coach, and
    // organizers and the round's co-organizer.
    let can_write_summary =
        plans || team.coach_id == user.id || current.iter().any(|m| m.user_id == user.id);
    let learnings = data
        .cards
        .iter()
        .filter(|c| c.team_id == team.id)
        .map(|c| (c.title.clone(), c.learned.clone()))
        .collect();
    let outcome = data
        .decisions
        .iter()
        .find(|d| d.idea_id == team.idea_id)
        .and_then(|d| Outcome::parse(&d.outcome).ok());
    Slot {
        can_write_summary,
        team_id: team.id.clone(),
        title: team.title.clone(),
        category: team
            .category
            .as_deref()
            .and_then(|c| Category::parse(c).ok()),
        coach_name: team.coach_name.clone(),
        members: current.iter().map(|m| m.name.clone()).collect(),
        summary: data
            .summaries
            .iter()
            .find(|s| s.team_id == team.id)
            .map(|s| s.summary.clone())
            .unwrap_or_default(),
        learnings,
        outcome,
    }
}

pub async fn plan(
    user: &SignedIn,
    round_id: &str,
    plan: Plan,
    order: Vec<String>,
    echo: Echo,
) -> Result<(), AppError> {
    let (round_row, _) = find_round(round_id).await?;
    let state = context::state()?;
    let db = &state.db;
    if !plans(db, user, &round_row.id).await? {
        return Err(AppError::Forbidden);
    }
    let teams = team_store::of_round(db, &round_row.id).await?;
    if order
        .iter()
        .any(|t| !teams.iter().any(|team| team.id == *t))
    {
        return Err(AppError::invalid(
            FieldErrors::single("positions", Problem::ChoiceInvalid),
            echo,
        ));
    }
    queries::save_plan(db, &round_row.id, &plan, &order, &user.id).await?;
    tracing::info!(
        round = round_row.id,
        by = user.id,
        "final presentation planned"
    );
    leptos_axum::redirect(&format!("/rounds/{}/presentation?planned=1", round_row.id));
    Ok(())
}

pub async fn save_summary(user: &SignedIn, team_id: &str, summary: String) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let team = find_team(db, team_id).await?;
    if !viewer_of(db, &team, user).await?.sees_workspace() {
        return Err(AppError::Forbidden);
    }
    queries::save_summary(db, &team.id, &summary).await?;
    tracing::info!(team = team.id, by = user.id, "outcome summary saved");
    leptos_axum::redirect(&format!(
        "/rounds/{}/presentation?summary=1#slot-{}",
        team.round_id, team.id
    ));
    Ok(())
}
