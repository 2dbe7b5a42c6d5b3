//! What the follow-up server functions do: a proposal's follow-up page and the decision
//! (`decide`), actions and check-ins (`actions`), bringing a parked proposal into a later
//! round (`bring_in`) and the check-in and overdue reminders (`reminders`).

pub mod actions;
pub mod bring_in;
pub mod queries;
pub mod reminders;

use crate::domain::audit::AuditAction;
use crate::platform::audit::{self, Entry};
use surrealdb::types::RecordId;

use crate::domain::followup::{ActionStatus, Decision, Outcome};
use crate::domain::proposal::{Stage, StageAction};
use crate::domain::{Category, Problem, Role};
use crate::error::{AppError, Echo};
use crate::features::followup::{
    ActionEventKind, ActionEventView, ActionView, CheckinView, DecisionView, FollowUpPage,
};
use crate::features::proposals::{BatchMove, visible};
use crate::features::teams::team_store;
use crate::platform::clock::{local_time, today};
use crate::platform::context::{self, SignedIn};
use crate::platform::db::Db;
use queries::{ActionRow, Actions, DecideError, NewDecision};

/// The actions with their check-ins and history, as `viewer` sees them.
pub async fn action_views(
    db: &Db,
    viewer: &SignedIn,
    rows: Vec<ActionRow>,
) -> Result<Vec<ActionView>, AppError> {
    let ids: Vec<String> = rows.iter().map(|a| a.id.clone()).collect();
    let (checkins, events) = queries::details_of(db, &ids).await?;
    let today = today();
    let organizer = viewer.has(Role::Organizer);
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let status = ActionStatus::parse(&row.status).ok()?;
            let due = row.due.parse().ok()?;
            let checkins = checkins
                .iter()
                .filter(|c| c.action_id == row.id)
                .filter_map(|c| {
                    let due = c.due.parse().ok()?;
                    Some(CheckinView {
                        id: c.id.clone(),
                        months: u32::try_from(c.months).ok()?,
                        due,
                        answer: c.answer.clone(),
                        waiting: c.answer.is_none() && due <= today && status == ActionStatus::Open,
                    })
                })
                .collect();
            let history = events
                .iter()
                .filter(|e| e.action_id == row.id)
                .filter_map(|e| {
                    Some(ActionEventView {
                        kind: match e.kind.as_str() {
                            "checkin" => ActionEventKind::Checkin,
                            "owner" => ActionEventKind::Owner,
                            _ => ActionEventKind::Status,
                        },
                        status: ActionStatus::parse(&e.status).ok()?,
                        text: e.text.clone(),
                        by_name: e.by_name.clone(),
                        at: local_time(e.at),
                    })
                })
                .collect();
            Some(ActionView {
                overdue: status.is_overdue(due, today),
                can_update: organizer || row.owner_id == viewer.id,
                can_reassign: organizer,
                id: row.id,
                idea_id: row.idea_id,
                idea_title: row.idea_title,
                round_name: row.round_name,
                what: row.what,
                owner_name: row.owner_name,
                due,
                status,
                why: row.why,
                checkins,
                history,
            })
        })
        .collect())
}

pub async fn page(user: &SignedIn, idea_id: &str) -> Result<FollowUpPage, AppError> {
    let (row, stage) = visible(idea_id, user).await?;
    let state = context::state()?;
    let db = &state.db;
    let decision = queries::decision_of(db, &row.id).await?.and_then(|d| {
        Some(DecisionView {
            outcome: Outcome::parse(&d.outcome).ok()?,
            rationale: d.rationale,
            by_name: d.by_name,
            at: local_time(d.at),
        })
    });
    let actions = queries::actions(db, Actions::OfIdea(&row.id)).await?;
    let actions = action_views(db, user, actions).await?;
    let organizer = user.has(Role::Organizer);
    let parked = decision
        .as_ref()
        .is_some_and(|d| d.outcome == Outcome::Park);
    let links = bring_in::links_of(db, &row.id).await?;
    let later_rounds = if organizer && parked {
        bring_in::rounds_to_bring_into(db, &row.round_id).await?
    } else {
        Vec::new()
    };
    let team_id = if stage.has_team() {
        team_store::by_id(db, &row.id).await?.map(|t| t.id)
    } else {
        None
    };
    Ok(FollowUpPage {
        can_decide: organizer && decision.is_none() && stage == Stage::Learnings,
        can_add_actions: organizer && decision.is_some(),
        category: row
            .category
            .as_deref()
            .and_then(|c| Category::parse(c).ok()),
        idea_id: row.id,
        title: row.title,
        round_id: row.round_id,
        round_name: row.round_name,
        stage,
        team_id,
        decision,
        actions,
        later_rounds,
        copies: links.copies,
        copied_from: links.copied_from,
    })
}

/// Proposers, the team's members and its coach: everyone the decision is news for, except
/// the one who made it.
async fn told_of_decision(
    db: &Db,
    owners: Vec<RecordId>,
    idea_id: &str,
    by: &str,
) -> Result<Vec<RecordId>, AppError> {
    let mut people = owners;
    if let Some(team) = team_store::by_id(db, idea_id).await? {
        for member in team_store::members(db, &team.id).await? {
            if member.left_on.is_none() {
                people.push(RecordId::new("user", member.user_id.as_str()));
            }
        }
        people.push(RecordId::new("user", team.coach_id.as_str()));
    }
    let me = RecordId::new("user", by);
    let mut told: Vec<RecordId> = Vec::new();
    for person in people {
        if person != me && !told.contains(&person) {
            told.push(person);
        }
    }
    Ok(told)
}

pub async fn decide(
    user: &SignedIn,
    idea_id: &str,
    decision: Decision,
    echo: Echo,
) -> Result<(), AppError> {
    let (row, stage) = visible(idea_id, user).await?;
    let state = context::state()?;
    let db = &state.db;
    let action = StageAction::StartFollowUp;
    if queries::decision_of(db, &row.id).await?.is_some() {
        return Err(AppError::conflict("outcome", Problem::DecisionExists, echo));
    }
    let Some(next) = stage.after(action) else {
        return Err(AppError::conflict(
            "outcome",
            Problem::DecisionNeedsLearnings,
            echo,
        ));
    };
    let notify = told_of_decision(db, row.owners(), &row.id, &user.id).await?;
    let step = BatchMove {
        idea: queries::idea(&row.id),
        action: action.as_str().to_owned(),
        from: stage.as_str().to_owned(),
        to: next.as_str().to_owned(),
        reason: decision.rationale.clone(),
        notify: Vec::new(),
    };
    let new = NewDecision {
        idea: row.id.clone(),
        round: row.round_id.clone(),
        outcome: decision.outcome.as_str(),
        rationale: decision.rationale,
        by: user.id.clone(),
        step,
        notify,
    };
    match queries::create_decision(db, new).await {
        Ok(()) => {}
        Err(DecideError::AlreadyDecided) => {
            return Err(AppError::conflict("outcome", Problem::DecisionExists, echo));
        }
        Err(DecideError::Db(e)) => return Err(e.into()),
    }
    tracing::info!(
        idea = row.id,
        by = user.id,
        outcome = decision.outcome.as_str(),
        "decision recorded"
    );
    let entry = Entry::new(
        AuditAction::FollowUpDecided,
        Some(&user.id),
        format!("idea:{}", row.id),
    )
    .in_round(&row.round_id)
    .details(decision.outcome.as_str());
    audit::record(db, entry).await;
    leptos_axum::redirect(&format!("/proposals/{}/follow-up?decided=1", row.id));
    Ok(())
}
