//! The final presentation (slutpresentationen): the organizer sets its day, time, place and
//! the order of the teams' slots (it appears in the round's calendar feed); each team writes
//! a short outcome summary; the presentation mode shows one team a screen with the
//! projector's styling. All staff read the agenda and the slides, before and after.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::FieldErrors,
    crate::domain::presentation::{Plan, parse_summary, slot_order},
    crate::error::echo_of,
    crate::platform::{context, ids::checked_id},
};

/// What the round's calendar feed and the results report build on.
#[cfg(feature = "ssr")]
pub use server::queries::{plan_of, summaries_of_round};

use chrono::{NaiveDate, NaiveTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::followup::Outcome;
use crate::domain::presentation::PlanInput;
use crate::domain::round::PhaseSpan;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanView {
    pub date: NaiveDate,
    pub starts_at: NaiveTime,
    pub ends_at: NaiveTime,
    pub place: String,
}

/// One team's slot: what its screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub team_id: String,
    pub title: String,
    pub category: Option<Category>,
    pub coach_name: String,
    pub members: Vec<String>,
    pub summary: String,
    /// The titles of its learning cards, with what was learned.
    pub learnings: Vec<(String, String)>,
    pub outcome: Option<Outcome>,
    /// The viewer is in the team, its coach or an organizer: may write the summary.
    pub can_write_summary: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentationPage {
    pub round_id: String,
    pub round_name: String,
    /// Organizers and the round's co-organizer plan it.
    pub can_plan: bool,
    pub plan: Option<PlanView>,
    /// The round's final-presentation phase, the plan form's starting values.
    pub phase: PhaseSpan,
    pub slots: Vec<Slot>,
}

/// Any signed-in person: the agenda and every team's slot.
#[server(prefix = "/api", endpoint = "presentation")]
pub async fn fetch_presentation(round_id: String) -> Result<PresentationPage, AppError> {
    let user = context::require_user().await?;
    server::page(&user, checked_id(&round_id)?).await
}

/// Organizers and the round's co-organizer: day, time, place and the slots' order
/// (`positions[i]` is the number typed next to team `teams[i]`).
#[server(prefix = "/api", endpoint = "plan_presentation")]
pub async fn plan_presentation(
    round_id: String,
    #[server(default)] plan: PlanInput,
    #[server(default)] teams: Vec<String>,
    #[server(default)] positions: Vec<String>,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let round_id = checked_id(&round_id)?;
    let echo = echo_of(&plan);
    let plan = Plan::parse(&plan).map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    if teams.len() != positions.len() {
        return Err(AppError::invalid(
            FieldErrors::single("positions", crate::domain::Problem::ChoiceInvalid),
            echo,
        ));
    }
    let order = slot_order(&positions).map_err(|problem| {
        AppError::invalid(FieldErrors::single("positions", problem), echo.clone())
    })?;
    let mut ordered = Vec::with_capacity(teams.len());
    for i in order {
        ordered.push(checked_id(&teams[i])?.to_owned());
    }
    server::plan(&user, round_id, plan, ordered, echo).await
}

/// The team, its coach or an organizer: the team's outcome summary for its slot.
#[server(prefix = "/api", endpoint = "save_outcome_summary")]
pub async fn save_outcome_summary(
    team_id: String,
    #[server(default)] summary: String,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let team_id = checked_id(&team_id)?;
    let echo = vec![("summary".to_owned(), summary.clone())];
    let summary = parse_summary(&summary)
        .map_err(|problem| AppError::invalid(FieldErrors::single("summary", problem), echo))?;
    server::save_summary(&user, team_id, summary).await
}
