//! Proposals: the form (drafts and submissions), the proposal page, stage changes, the
//! comment thread, the round's pipeline board and the proposer's own list ("Mina förslag").

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use crate::platform::{context, ids::checked_id};

/// What other features build on: who may see a proposal, its stored stage, the stage
/// history (the vote moves proposals in its own transaction), the idea store and the demo
/// proposals.
#[cfg(feature = "ssr")]
pub use server::{
    demo::{load as load_demo_proposals, seed_texts},
    history::{APPLY_MOVES, BatchMove, PastEvent, insert_history, is_stage_changed},
    ideas as idea_store, stage_of, visible,
};

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::proposal::{Completeness, Perspective, ProposalInput, Stage, StageAction};
use crate::error::AppError;

/// What the proposal form needs: the round, the typed values and whether it can be sent in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalForm {
    pub round_id: String,
    pub round_name: String,
    /// Empty for a new proposal.
    pub id: String,
    pub stage: Stage,
    pub input: ProposalInput,
    pub submission_opens: NaiveDate,
    pub submission_closes: NaiveDate,
    pub submission_open: bool,
    /// The latest question from a coach or organizer, when more detail is asked for.
    pub question: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    pub action: StageAction,
    pub to: Stage,
    pub by_name: Option<String>,
    pub reason: String,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub author_name: String,
    pub body: String,
    pub at: NaiveDateTime,
}

/// Everything the proposal page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalView {
    pub id: String,
    pub round_id: String,
    pub round_name: String,
    pub title: String,
    pub problem: String,
    pub perspective: Option<Perspective>,
    pub idea: String,
    pub first_test: String,
    pub success_signal: String,
    pub category: Option<Category>,
    pub unit: String,
    pub stage: Stage,
    pub proposer_name: Option<String>,
    pub co_proposer_names: Vec<String>,
    pub completeness: Completeness,
    pub events: Vec<EventView>,
    pub comments: Vec<CommentView>,
    /// Stage actions the viewer can take here (sending in is done from the form).
    pub actions: Vec<StageAction>,
    /// The viewer is a proposer and the text is theirs to change.
    pub can_edit: bool,
}

/// The form of a new proposal (`id` empty) or of the viewer's draft.
#[server(prefix = "/api", endpoint = "proposal_form")]
pub async fn fetch_proposal_form(round_id: String, id: String) -> Result<ProposalForm, AppError> {
    let user = context::require_user().await?;
    server::form::load(&user, &round_id, &id).await
}

/// Saves the form. `intent` is `draft` (keep working later) or `submit` (send in: the
/// completeness minimum and the submission phase apply).
#[server(prefix = "/api", endpoint = "save_proposal")]
pub async fn save_proposal(
    round_id: String,
    id: String,
    intent: String,
    proposal: ProposalInput,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let intent = server::save::Intent::parse(&intent)?;
    server::save::save(&user, &round_id, &id, intent, proposal).await
}

#[server(prefix = "/api", endpoint = "proposal")]
pub async fn fetch_proposal(id: String) -> Result<ProposalView, AppError> {
    let user = context::require_user().await?;
    server::page::load(&user, checked_id(&id)?).await
}

/// Moves a proposal on (coaches and organizers; see the stage rules). `reason` is the
/// question or the rationale, required for questions and council decisions. `back` is the
/// board page to return to (empty: the proposal page).
#[server(prefix = "/api", endpoint = "change_stage")]
pub async fn change_stage(
    id: String,
    action: String,
    reason: String,
    back: String,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let id = checked_id(&id)?;
    let action = StageAction::parse(&action)
        .map_err(|_| AppError::BadRequest(format!("unknown stage action {action:?}")))?;
    server::stage::change(&user, id, action, &reason, &back).await
}

#[server(prefix = "/api", endpoint = "add_comment")]
pub async fn add_comment(id: String, body: String) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let id = checked_id(&id)?;
    let body = server::comments::parse_comment(&body)?;
    server::comments::add(&user, id, &body).await
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardView {
    pub id: String,
    pub title: String,
    pub category: Option<Category>,
    pub unit: String,
    pub stage: Stage,
    pub proposer_name: Option<String>,
    /// Moves the viewer can make from the card (those without a required reason).
    pub actions: Vec<StageAction>,
}

/// The board's filters as typed in the query string; empty means "all".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardFilter {
    pub category: String,
    pub unit: String,
    pub stage: String,
    pub q: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardView {
    pub round_id: String,
    pub round_name: String,
    /// Cards that match the filters, oldest first.
    pub cards: Vec<CardView>,
    /// Matching cards per stage, every stage of the board listed.
    pub counts: Vec<(Stage, u32)>,
    /// Every unit that has a proposal in the round, for the filter.
    pub units: Vec<String>,
    pub total: u32,
    pub submission_open: bool,
    /// The viewer is a council member or organizer: link to the council meeting.
    pub can_council: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyProposal {
    pub id: String,
    pub round_name: String,
    pub title: String,
    pub stage: Stage,
    /// The newest question or decision with its reason.
    pub latest: Option<(StageAction, String)>,
    pub updated: NaiveDateTime,
}

/// Staff and up: the board of a round, filtered.
#[server(prefix = "/api", endpoint = "board")]
pub async fn fetch_board(round_id: String, filter: BoardFilter) -> Result<BoardView, AppError> {
    let user = context::require_user().await?;
    let round_id = checked_id(&round_id)?;
    let filter = server::board::parse_filter(&filter)?;
    server::board::load(&user, round_id, filter).await
}

#[server(prefix = "/api", endpoint = "my_proposals")]
pub async fn my_proposals() -> Result<Vec<MyProposal>, AppError> {
    let user = context::require_user().await?;
    server::mine::load(&user).await
}
