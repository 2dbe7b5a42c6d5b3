//! Follow-up, "Vad händer nu?": the organizer's decision on each tested proposal (which
//! moves it to follow-up and tells the proposers and the team), follow-up actions with an
//! owner, a due day and a status, check-ins 3, 6 and 12 months after the bootcamp, the
//! overdue view, "Min uppföljning", and bringing a parked proposal into a later round.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::Role,
    crate::domain::followup::{CheckinAnswer, Decision, FollowUpAction, StatusChange},
    crate::domain::{FieldErrors, Problem},
    crate::error::echo_of,
    crate::platform::{context, ids::checked_id},
};

/// What startup's reminder loop and the report build on.
#[cfg(feature = "ssr")]
pub use server::{
    queries::{Actions, RoundDecisionRow, actions as actions_where, decisions_of_round},
    reminders::send_reminders,
};

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::followup::{
    ActionInput, ActionStatus, DecisionInput, Outcome, StatusChangeInput,
};
use crate::domain::proposal::Stage;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionView {
    pub outcome: Outcome,
    pub rationale: String,
    pub by_name: Option<String>,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionEventKind {
    Status,
    Checkin,
    /// Someone else owns the action now (`text` names them).
    Owner,
}

/// A line of an action's history: a status change, a check-in answer or a new owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionEventView {
    pub kind: ActionEventKind,
    pub status: ActionStatus,
    pub text: String,
    pub by_name: Option<String>,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckinView {
    pub id: String,
    pub months: u32,
    pub due: NaiveDate,
    pub answer: Option<String>,
    /// Due and not answered while the action is open: the owner is asked for a status.
    pub waiting: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionView {
    pub id: String,
    pub idea_id: String,
    pub idea_title: String,
    pub round_name: String,
    pub what: String,
    pub owner_name: String,
    pub due: NaiveDate,
    pub status: ActionStatus,
    pub why: String,
    pub overdue: bool,
    /// The viewer owns it or is an organizer: may change its status and answer check-ins.
    pub can_update: bool,
    /// An organizer: may give the action to someone else.
    pub can_reassign: bool,
    pub checkins: Vec<CheckinView>,
    pub history: Vec<ActionEventView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalRef {
    pub id: String,
    pub title: String,
    pub round_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundOption {
    pub id: String,
    pub name: String,
}

/// A proposal's follow-up page: read by all staff (the proposer follows their idea here).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpPage {
    pub idea_id: String,
    pub title: String,
    pub category: Option<Category>,
    pub round_id: String,
    pub round_name: String,
    pub stage: Stage,
    pub team_id: Option<String>,
    pub decision: Option<DecisionView>,
    pub actions: Vec<ActionView>,
    /// An organizer, while the proposal is in learnings and undecided.
    pub can_decide: bool,
    /// An organizer, once decided: may add actions.
    pub can_add_actions: bool,
    /// Rounds a parked proposal can be brought into (organizers only; empty otherwise).
    pub later_rounds: Vec<RoundOption>,
    /// Copies of this proposal in later rounds.
    pub copies: Vec<ProposalRef>,
    /// The proposal this one was copied from.
    pub copied_from: Option<ProposalRef>,
}

/// Organizers: what is late across all rounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverdueView {
    pub actions: Vec<ActionView>,
    /// Open actions with a check-in due and unanswered.
    pub checkins_waiting: Vec<ActionView>,
}

/// Any signed-in person: a proposal's decision, actions and check-ins.
#[server(prefix = "/api", endpoint = "follow_up")]
pub async fn fetch_follow_up(idea_id: String) -> Result<FollowUpPage, AppError> {
    let user = context::require_user().await?;
    server::page(&user, checked_id(&idea_id)?).await
}

/// Organizers: decide what happens next; moves the proposal from learnings to follow-up.
#[server(prefix = "/api", endpoint = "record_decision")]
pub async fn record_decision(
    idea_id: String,
    #[server(default)] decision: DecisionInput,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let idea_id = checked_id(&idea_id)?;
    let echo = echo_of(&decision);
    let decision =
        Decision::parse(&decision).map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    server::decide(&user, idea_id, decision, echo).await
}

/// Organizers: a follow-up action for a decided proposal, owned by the account `owner`.
#[server(prefix = "/api", endpoint = "add_follow_up_action")]
pub async fn add_follow_up_action(
    idea_id: String,
    #[server(default)] action: ActionInput,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let idea_id = checked_id(&idea_id)?;
    let echo = echo_of(&action);
    let action =
        FollowUpAction::parse(&action).map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    server::actions::add(&user, idea_id, action, echo).await
}

/// The action's owner or an organizer: done, dropped (with why) or open again.
#[server(prefix = "/api", endpoint = "set_action_status")]
pub async fn set_action_status(
    action_id: String,
    #[server(default)] change: StatusChangeInput,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let action_id = checked_id(&action_id)?;
    let echo = echo_of(&change);
    let change =
        StatusChange::parse(&change).map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    server::actions::set_status(&user, action_id, change, &back, echo).await
}

/// Organizers: give the action to another account (someone left, or an owner answers for
/// it now); the new owner is told and asked for the check-ins still unanswered.
#[server(prefix = "/api", endpoint = "reassign_action")]
pub async fn reassign_action(
    action_id: String,
    #[server(default)] owner: String,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let action_id = checked_id(&action_id)?;
    let echo = vec![("owner".to_owned(), owner.clone())];
    let owner = crate::domain::Email::parse(&owner).map_err(|problem| {
        AppError::invalid(FieldErrors::single("owner", problem), echo.clone())
    })?;
    server::actions::reassign(&user, action_id, owner, echo).await
}

/// The action's owner or an organizer: the short status a due check-in asks for.
#[server(prefix = "/api", endpoint = "answer_checkin")]
pub async fn answer_checkin(
    checkin_id: String,
    #[server(default)] answer: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let checkin_id = checked_id(&checkin_id)?;
    let echo = vec![("answer".to_owned(), answer.clone())];
    let answer = CheckinAnswer::parse(&answer).map_err(|problem| {
        AppError::invalid(FieldErrors::single("answer", problem), echo.clone())
    })?;
    server::actions::answer_checkin(&user, checkin_id, answer, &back, echo).await
}

/// Organizers: copy a parked proposal into a later round, as submitted, linking back.
#[server(prefix = "/api", endpoint = "bring_into_round")]
pub async fn bring_into_round(
    idea_id: String,
    #[server(default)] round_id: String,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let idea_id = checked_id(&idea_id)?;
    let echo = vec![("round_id".to_owned(), round_id.clone())];
    let round_id = match round_id.trim() {
        "" => Err(Problem::Required),
        id => checked_id(id).map_err(|_| Problem::ChoiceInvalid),
    }
    .map_err(|problem| AppError::invalid(FieldErrors::single("round_id", problem), echo.clone()))?;
    server::bring_in::bring_in(&user, idea_id, round_id, echo).await
}

/// Any signed-in person: the actions they own, with the check-ins waiting for an answer.
#[server(prefix = "/api", endpoint = "my_follow_up")]
pub async fn fetch_my_follow_up() -> Result<Vec<ActionView>, AppError> {
    let user = context::require_user().await?;
    server::actions::mine(&user).await
}

/// Organizers: overdue actions and unanswered check-ins across all rounds.
#[server(prefix = "/api", endpoint = "overdue")]
pub async fn fetch_overdue() -> Result<OverdueView, AppError> {
    let user = context::require_role(Role::Organizer).await?;
    server::actions::overdue(&user).await
}
