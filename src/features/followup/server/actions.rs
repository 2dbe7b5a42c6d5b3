//! Follow-up actions: adding one (with its three check-ins), changing its status, answering
//! a check-in, the owner's list ("Min uppföljning") and the organizers' overdue view.

use super::action_views;
use super::queries::{self, Actions, NewAction};
use crate::domain::followup::{CheckinAnswer, FollowUpAction, StatusChange, checkin_dates};
use crate::domain::round::Phase;
use crate::domain::{FieldErrors, Problem, Role};
use crate::error::{AppError, Echo};
use crate::features::followup::{ActionView, OverdueView};
use crate::features::proposals::visible;
use crate::features::rounds::find_round;
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};
use crate::platform::users;

pub async fn add(
    user: &SignedIn,
    idea_id: &str,
    action: FollowUpAction,
    echo: Echo,
) -> Result<(), AppError> {
    let (row, _) = visible(idea_id, user).await?;
    let state = context::state()?;
    let db = &state.db;
    if queries::decision_of(db, &row.id).await?.is_none() {
        return Err(AppError::conflict(
            "what",
            Problem::DecisionNeedsLearnings,
            echo,
        ));
    }
    let owner = users::ids_by_emails(db, std::slice::from_ref(&action.owner))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| {
            AppError::invalid(
                FieldErrors::single("owner", Problem::UnknownColleague),
                echo.clone(),
            )
        })?;
    let (_, round) = find_round(&row.round_id).await?;
    let ended = round.schedule.span(Phase::Bootcamp).end;
    // An action added long after the bootcamp gets only the check-ins still to come.
    let from = today();
    let checkins = crate::domain::followup::CHECKIN_MONTHS
        .iter()
        .zip(checkin_dates(ended))
        .filter(|(_, day)| *day >= from)
        .map(|(months, day)| (i64::from(*months), day.to_string()))
        .collect();
    let id = queries::create_action(
        db,
        NewAction {
            idea: row.id.clone(),
            round: row.round_id.clone(),
            what: action.what,
            owner: owner.id,
            due: action.due.to_string(),
            by: user.id.clone(),
            checkins,
        },
    )
    .await?;
    tracing::info!(
        idea = row.id,
        action = id,
        by = user.id,
        "follow-up action added"
    );
    leptos_axum::redirect(&format!("/proposals/{}/follow-up?added=1", row.id));
    Ok(())
}

/// An action's status and check-ins are the owner's to update, or an organizer's.
fn owner_or_organizer(owner_id: &str, user: &SignedIn) -> Result<(), AppError> {
    if owner_id == user.id || user.has(Role::Organizer) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Only pages of this site: the proposal's follow-up page or "Min uppföljning".
fn back_to(back: &str, idea_id: &str) -> String {
    let safe = back == "/my/follow-up" || back == "/follow-up";
    if safe {
        format!("{back}?saved=1")
    } else {
        format!("/proposals/{idea_id}/follow-up?saved=1")
    }
}

pub async fn set_status(
    user: &SignedIn,
    action_id: &str,
    change: StatusChange,
    back: &str,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let action = queries::action_owner(db, action_id)
        .await?
        .ok_or(AppError::NotFound)?;
    owner_or_organizer(&action.owner_id, user)?;
    let changed =
        queries::set_status(db, action_id, change.status.as_str(), &change.why, &user.id).await?;
    if !changed {
        return Err(AppError::conflict("status", Problem::AlreadyDecided, echo));
    }
    tracing::info!(
        action = action_id,
        by = user.id,
        status = change.status.as_str(),
        "action status"
    );
    leptos_axum::redirect(&back_to(back, &action.idea_id));
    Ok(())
}

pub async fn reassign(
    user: &SignedIn,
    action_id: &str,
    owner: crate::domain::Email,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let action = queries::action_owner(db, action_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let person = users::ids_by_emails(db, std::slice::from_ref(&owner))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| {
            AppError::invalid(
                FieldErrors::single("owner", Problem::UnknownColleague),
                echo.clone(),
            )
        })?;
    if !queries::reassign(db, action_id, &person.id, &user.id).await? {
        return Err(AppError::conflict("owner", Problem::AlreadyDecided, echo));
    }
    tracing::info!(
        action = action_id,
        by = user.id,
        "follow-up action reassigned"
    );
    leptos_axum::redirect(&format!("/proposals/{}/follow-up?saved=1", action.idea_id));
    Ok(())
}

pub async fn answer_checkin(
    user: &SignedIn,
    checkin_id: &str,
    answer: CheckinAnswer,
    back: &str,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let checkin = queries::checkin_owner(db, checkin_id)
        .await?
        .ok_or(AppError::NotFound)?;
    owner_or_organizer(&checkin.owner_id, user)?;
    if checkin.status != "open" {
        return Err(AppError::conflict("answer", Problem::ActionClosed, echo));
    }
    let due: chrono::NaiveDate = checkin.due.parse().map_err(|_| AppError::Internal)?;
    if due > today() {
        return Err(AppError::conflict(
            "answer",
            Problem::CheckinNotDue { due },
            echo,
        ));
    }
    if !queries::answer_checkin(db, checkin_id, answer.as_str(), &user.id).await? {
        return Err(AppError::conflict("answer", Problem::AlreadyDecided, echo));
    }
    tracing::info!(checkin = checkin_id, by = user.id, "check-in answered");
    leptos_axum::redirect(&back_to(back, &checkin.idea_id));
    Ok(())
}

pub async fn mine(user: &SignedIn) -> Result<Vec<ActionView>, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let rows = queries::actions(db, Actions::OwnedBy(&user.id)).await?;
    action_views(db, user, rows).await
}

pub async fn overdue(user: &SignedIn) -> Result<OverdueView, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let day = today().to_string();
    let late = queries::actions(db, Actions::OverdueOn(day.clone())).await?;
    // An action both late and waiting for a check-in shows once, among the late ones.
    let waiting = queries::actions(db, Actions::WaitingOn(day))
        .await?
        .into_iter()
        .filter(|w| !late.iter().any(|l| l.id == w.id))
        .collect();
    Ok(OverdueView {
        actions: action_views(db, user, late).await?,
        checkins_waiting: action_views(db, user, waiting).await?,
    })
}
