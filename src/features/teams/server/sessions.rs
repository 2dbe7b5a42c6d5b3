//! Running a session: attendance (the coach or an organizer), the handover note (the team
//! too), and moving or cancelling it with a reason that stays as a trace.

use super::session_queries::{self as repo, SessionRow};
use super::{find_team, queries, viewer_of};
use crate::domain::round::Phase;
use crate::domain::team::{
    Attendance, Handover, Reason, SessionMove, SessionMoveInput, TeamViewer,
};
use crate::domain::{FieldErrors, Problem};
use crate::error::{AppError, Echo, echo_of};
use crate::features::rounds::find_round;
use crate::platform::context::{self, SignedIn};
use crate::platform::db::Db;

/// The session, its team and who the viewer is in it.
async fn session_and_viewer(
    db: &Db,
    session_id: &str,
    user: &SignedIn,
) -> Result<(SessionRow, queries::TeamRow, TeamViewer), AppError> {
    let session = repo::by_id(db, session_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let team = find_team(db, &session.team_id).await?;
    let viewer = viewer_of(db, &team, user).await?;
    Ok((session, team, viewer))
}

/// The session and its team, if the viewer runs the team (its coach or an organizer).
async fn session_run_by(
    db: &Db,
    session_id: &str,
    user: &SignedIn,
) -> Result<(SessionRow, queries::TeamRow), AppError> {
    let (session, team, viewer) = session_and_viewer(db, session_id, user).await?;
    if !viewer.runs_team() {
        return Err(AppError::Forbidden);
    }
    Ok((session, team))
}

fn back_to(session: &SessionRow, done: &str) {
    leptos_axum::redirect(&format!(
        "/teams/{}/sessions/{}?{done}=1",
        session.team_id, session.id
    ));
}

pub async fn save_attendance(
    user: &SignedIn,
    session_id: &str,
    marks: Vec<(String, Attendance)>,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let (session, team) = session_run_by(db, session_id, user).await?;
    if session.cancelled {
        return Err(AppError::conflict(
            "marks",
            Problem::SessionCancelled,
            Vec::new(),
        ));
    }
    // Only people who have been in the team can be marked.
    let members = queries::members(db, &team.id).await?;
    if marks
        .iter()
        .any(|(person, _)| !members.iter().any(|m| m.user_id == *person))
    {
        return Err(AppError::invalid(
            FieldErrors::single("marks", Problem::NotAMember),
            Vec::new(),
        ));
    }
    repo::save_marks(db, &session, &marks).await?;
    tracing::info!(session = session.id, by = user.id, "attendance saved");
    back_to(&session, "attendance");
    Ok(())
}

pub async fn save_handover(
    user: &SignedIn,
    session_id: &str,
    handover: Handover,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let (session, _, viewer) = session_and_viewer(db, session_id, user).await?;
    if !viewer.may_write_handover() {
        return Err(AppError::Forbidden);
    }
    if session.cancelled {
        return Err(AppError::conflict("did", Problem::SessionCancelled, echo));
    }
    repo::save_handover(db, &session.id, &handover, &user.id).await?;
    tracing::info!(session = session.id, by = user.id, "handover saved");
    back_to(&session, "handover");
    Ok(())
}

pub async fn move_session(
    user: &SignedIn,
    session_id: &str,
    input: SessionMoveInput,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let (session, team) = session_run_by(db, session_id, user).await?;
    let (_, round) = find_round(&team.round_id).await?;
    let echo = echo_of(&input);
    let change = SessionMove::parse(&input, round.schedule.span(Phase::Bootcamp))
        .map_err(|errors| AppError::invalid(errors, echo))?;
    repo::move_session(db, &session, &change, &user.id).await?;
    tracing::info!(session = session.id, by = user.id, "session moved");
    back_to(&session, "moved");
    Ok(())
}

pub async fn cancel(
    user: &SignedIn,
    session_id: &str,
    reason: Reason,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let (session, _) = session_run_by(db, session_id, user).await?;
    if session.cancelled {
        return Err(AppError::conflict(
            "cancel_reason",
            Problem::SessionCancelled,
            echo,
        ));
    }
    if !repo::cancel_session(db, &session, reason.as_str(), &user.id).await? {
        return Err(AppError::conflict(
            "cancel_reason",
            Problem::SessionCancelled,
            echo,
        ));
    }
    tracing::info!(session = session.id, by = user.id, "session cancelled");
    back_to(&session, "cancelled");
    Ok(())
}
