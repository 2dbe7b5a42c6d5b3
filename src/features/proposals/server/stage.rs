//! Moving a proposal on with a stage action: who may (403), from where (409), and why
//! (the question or rationale, required for questions and council decisions).

use super::{actor, move_refused, visible};
use crate::domain::audit::AuditAction;
use crate::domain::proposal::window::check_send_in;
use crate::domain::proposal::{Proposal, StageAction};
use crate::domain::text::multi_line;
use crate::domain::{FieldErrors, Problem};
use crate::error::AppError;
use crate::features::proposals::server::history::{self as idea_events, Move};
use crate::features::rounds::find_round;
use crate::platform::audit::{self, Entry};
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};

pub const REASON_MAX: usize = 2000;

pub async fn change(
    user: &SignedIn,
    id: &str,
    action: StageAction,
    reason: &str,
    back: &str,
) -> Result<(), AppError> {
    let (row, stage) = visible(id, user).await?;
    if !action.is_allowed_for(actor(&row, user)) {
        return Err(AppError::Forbidden);
    }
    let echo = vec![("reason".to_owned(), reason.to_owned())];
    if action.is_decided_by_vote() {
        return Err(AppError::conflict("action", Problem::DecidedByVote, echo));
    }
    if action.is_taken_by_forming_a_team() {
        return Err(AppError::conflict(
            "action",
            Problem::StartedByFormingTeam,
            echo,
        ));
    }
    if action.is_taken_by_a_decision() {
        return Err(AppError::conflict("action", Problem::MovedByDecision, echo));
    }
    let next = stage.after(action).ok_or_else(|| {
        AppError::conflict("action", Problem::StageChangeNotAllowed, echo.clone())
    })?;
    let reason = multi_line(reason, REASON_MAX)
        .and_then(|r| {
            if r.is_empty() && action.needs_reason() {
                Err(Problem::Required)
            } else {
                Ok(r)
            }
        })
        .map_err(|problem| {
            AppError::invalid(FieldErrors::single("reason", problem), echo.clone())
        })?;
    if matches!(action, StageAction::Submit | StageAction::Resubmit) {
        // Sending in from the page: the stored text must be complete, the phase open.
        Proposal::parse_submission(&row.to_input())
            .map_err(|errors| AppError::invalid(errors, echo.clone()))?;
        let (_, round) = find_round(&row.round_id).await?;
        check_send_in(&round.schedule, action, today())
            .map_err(|problem| AppError::conflict("action", problem, echo.clone()))?;
    }
    let state = context::state()?;
    if action.needs_a_learning_card() {
        // The team's own coach (or an organizer) moves it, never another team's coach.
        let team = crate::features::teams::find_team(&state.db, &row.id).await?;
        if !crate::features::teams::viewer_of(&state.db, &team, user)
            .await?
            .runs_team()
        {
            return Err(AppError::Forbidden);
        }
        if !crate::features::learnings::has_learning_card(&state.db, &row.id).await? {
            return Err(AppError::conflict("action", Problem::NoLearningCard, echo));
        }
    }
    let change = Move {
        idea: &row.id,
        action: action.as_str(),
        from: stage.as_str(),
        to: next.as_str(),
        by: &user.id,
        reason: &reason,
        texts: None,
        notify: row.owners_except(&user.id),
    };
    idea_events::record(&state.db, change)
        .await
        .map_err(move_refused("action", echo))?;
    tracing::info!(
        id = row.id,
        by = user.id,
        action = action.as_str(),
        "proposal moved"
    );
    let entry = Entry::new(
        AuditAction::StageChanged,
        Some(&user.id),
        format!("idea:{}", row.id),
    )
    .in_round(&row.round_id)
    .details(format!("{} → {}", stage.as_str(), next.as_str()));
    audit::record(&state.db, entry).await;
    match board_path(back) {
        Some(path) => leptos_axum::redirect(path),
        None => leptos_axum::redirect(&format!("/proposals/{}?moved=1", row.id)),
    }
    Ok(())
}

/// A board page of this site to go back to; anything else is ignored (no open redirect).
fn board_path(back: &str) -> Option<&str> {
    let safe = back.starts_with("/rounds/")
        && back
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/?=&-_%+.".contains(c));
    safe.then_some(back)
}

#[cfg(test)]
mod tests {
    use super::board_path;

    #[test]
    fn only_board_paths_are_followed() {
        assert_eq!(
            board_path("/rounds/abc/board?stage=submitted"),
            Some("/rounds/abc/board?stage=submitted")
        );
        assert_eq!(board_path("https://evil.example/rounds/"), None);
        assert_eq!(board_path("//evil.example"), None);
        assert_eq!(board_path("/rounds/x\r\nSet-Cookie"), None);
        assert_eq!(board_path(""), None);
    }
}
