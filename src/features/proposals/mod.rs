//! Proposals: the form (drafts and submissions), the proposal page, stage changes and the
//! comment thread.

mod board_api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::proposal::{Completeness, Perspective, ProposalInput, Stage, StageAction};
use crate::error::AppError;

pub use board_api::*;

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
    crate::features::proposals::server::form::load(&round_id, &id).await
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
    crate::features::proposals::server::save::save(&round_id, &id, &intent, proposal).await
}

#[server(prefix = "/api", endpoint = "proposal")]
pub async fn fetch_proposal(id: String) -> Result<ProposalView, AppError> {
    crate::features::proposals::server::page::load(&id).await
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
    crate::features::proposals::server::stage::change(&id, &action, &reason, &back).await
}

#[server(prefix = "/api", endpoint = "add_comment")]
pub async fn add_comment(id: String, body: String) -> Result<(), AppError> {
    crate::features::proposals::server::comments::add(&id, &body).await
}
