//! The proposals service (called by `mod.rs` with the caller checked and the input parsed):
//! the form, saving, stage moves, comments, the board; the idea store, history and demo part.

pub mod board;
pub mod comment_queries;
pub mod comments;
pub mod demo;
pub mod form;
pub mod history;
pub mod ideas;
pub mod mine;
pub mod page;
pub mod save;
pub mod stage;

use crate::domain::Problem;
use crate::domain::proposal::{Actor, Stage};
use crate::error::{AppError, Echo};
use crate::features::proposals::server::history::MoveError;
use crate::features::proposals::server::ideas::IdeaRow;
use crate::platform::context::{self, SignedIn};
use crate::platform::ids::checked_id;

/// A proposal the viewer may see: any proposal that has left the draft stage, and their
/// own drafts. Others' drafts are "not found", so their existence does not leak.
pub async fn visible(id: &str, viewer: &SignedIn) -> Result<(IdeaRow, Stage), AppError> {
    let id = checked_id(id)?;
    let state = context::state()?;
    let row = ideas::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let stage = stage_of(&row)?;
    if !stage.is_public() && !row.is_owned_by(&viewer.id) {
        return Err(AppError::NotFound);
    }
    Ok((row, stage))
}

/// The viewer's own proposal `id` (none when `id` is empty: a new one), in a stage where
/// its text may change; `round_id`, when given, must be its round.
pub async fn own_editable(
    id: &str,
    round_id: &str,
    viewer: &SignedIn,
    echo: Echo,
) -> Result<Option<(IdeaRow, Stage)>, AppError> {
    if id.trim().is_empty() {
        return Ok(None);
    }
    let (row, stage) = visible(id, viewer).await?;
    if !round_id.trim().is_empty() && row.round_id != round_id.trim() {
        return Err(AppError::NotFound);
    }
    if !row.is_owned_by(&viewer.id) {
        return Err(AppError::Forbidden);
    }
    if !stage.is_editable_by_proposer() {
        return Err(AppError::conflict("form", Problem::NotEditable, echo));
    }
    Ok(Some((row, stage)))
}

pub fn stage_of(row: &IdeaRow) -> Result<Stage, AppError> {
    Stage::parse(&row.stage).map_err(|_| {
        tracing::error!(
            id = row.id,
            stage = row.stage,
            "stored proposal has an unknown stage"
        );
        AppError::Internal
    })
}

pub fn actor<'a>(row: &IdeaRow, viewer: &'a SignedIn) -> Actor<'a> {
    Actor {
        is_proposer: row.is_owned_by(&viewer.id),
        roles: &viewer.roles,
    }
}

/// A refused stage move as the form shows it: someone moved the proposal first (409 on
/// `field`), or the database failed.
pub fn move_refused(field: &'static str, echo: Echo) -> impl FnOnce(MoveError) -> AppError {
    move |error| match error {
        MoveError::StageChanged => AppError::conflict(field, Problem::StageChangeNotAllowed, echo),
        MoveError::Db(e) => e.into(),
    }
}
