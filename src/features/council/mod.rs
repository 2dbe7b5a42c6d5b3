//! The council meeting: criteria per round, scoring by council members, and the organizer's
//! side-by-side view for the shortlist decision.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::{FieldErrors, Role, council::parse_criteria},
    crate::platform::{context, ids::checked_id},
};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::council::{CriterionSummary, ScoreInput};
use crate::domain::proposal::{Stage, StageAction};
use crate::error::AppError;

/// One council member's scores of a proposal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreView {
    pub member_name: String,
    pub scores: Vec<u8>,
    pub comment: String,
}

/// A proposal on the council's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouncilItem {
    pub id: String,
    pub title: String,
    pub category: Option<Category>,
    pub stage: Stage,
    /// How many council members have scored it.
    pub scored_by: u32,
    pub scored_by_me: bool,
    /// Per criterion; empty until the viewer may see others' scores.
    pub summary: Vec<Option<CriterionSummary>>,
    /// Council members who are behind the proposal and do not score it.
    pub recused: Vec<String>,
    /// The viewer is one of them.
    pub recused_me: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouncilOverview {
    pub round_id: String,
    pub round_name: String,
    pub criteria: Vec<String>,
    /// The criteria can change until the first score is given.
    pub criteria_locked: bool,
    pub is_organizer: bool,
    pub is_member: bool,
    pub items: Vec<CouncilItem>,
}

/// One proposal at the council: the viewer's own scores, and everyone's once visible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouncilProposal {
    pub round_id: String,
    pub round_name: String,
    pub item: CouncilItem,
    pub criteria: Vec<String>,
    pub mine: Option<ScoreInput>,
    /// Everyone's scores (empty until the viewer may see them).
    pub scores: Vec<ScoreView>,
    pub is_member: bool,
    /// The council decision the viewer can record (organizers, while submitted).
    pub decisions: Vec<StageAction>,
    pub can_score: bool,
}

/// Council members and organizers: the proposals of a round's council.
#[server(prefix = "/api", endpoint = "council")]
pub async fn fetch_council(round_id: String) -> Result<CouncilOverview, AppError> {
    let user = context::require_any_role(&[Role::CouncilMember, Role::Organizer]).await?;
    server::overview(&user, checked_id(&round_id)?).await
}

#[server(prefix = "/api", endpoint = "council_proposal")]
pub async fn fetch_council_proposal(id: String) -> Result<CouncilProposal, AppError> {
    let user = context::require_any_role(&[Role::CouncilMember, Role::Organizer]).await?;
    server::proposal(&user, checked_id(&id)?).await
}

/// Council members score a submitted proposal, once: the score is final as soon as it is
/// given, since giving it shows the others' scores. Members behind a proposal are recused.
#[server(prefix = "/api", endpoint = "save_score")]
pub async fn save_score(id: String, score: ScoreInput) -> Result<(), AppError> {
    let user = context::require_role(Role::CouncilMember).await?;
    server::save_score(&user, checked_id(&id)?, score).await
}

/// Organizers set the round's criteria, one per line, before the first score is given.
#[server(prefix = "/api", endpoint = "set_criteria")]
pub async fn set_criteria(round_id: String, criteria: String) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let round_id = checked_id(&round_id)?;
    let echo = vec![("criteria".to_owned(), criteria.clone())];
    let criteria = parse_criteria(&criteria).map_err(|problem| {
        AppError::invalid(FieldErrors::single("criteria", problem), echo.clone())
    })?;
    server::set_criteria(&user, round_id, criteria, echo).await
}
