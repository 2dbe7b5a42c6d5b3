//! Coach notes (coachanteckningar): per team, optionally tied to a session, either private
//! to the team's coach and organizers or shared with the team. Never shown to anyone else:
//! not in pages, exports, the board's search or notifications.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::team::CoachNote,
    crate::error::echo_of,
    crate::platform::{context, ids::checked_id},
};

use chrono::NaiveDateTime;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::team::{NoteInput, NoteVisibility};
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteView {
    pub id: String,
    pub session_id: Option<String>,
    pub author_name: String,
    pub body: String,
    pub visibility: NoteVisibility,
    pub at: NaiveDateTime,
}

/// The notes of a team the viewer may read, newest first, and whether they may write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachNotes {
    pub team_id: String,
    pub can_write: bool,
    pub notes: Vec<NoteView>,
}

/// The team, its coach and organizers; each sees only the notes meant for them.
#[server(prefix = "/api", endpoint = "coach_notes")]
pub async fn fetch_coach_notes(team_id: String) -> Result<CoachNotes, AppError> {
    let user = context::require_user().await?;
    server::notes(&user, checked_id(&team_id)?).await
}

/// The team's coach or an organizer: write a note, private or shared with the team.
#[server(prefix = "/api", endpoint = "add_coach_note")]
pub async fn add_coach_note(
    team_id: String,
    #[server(default)] session_id: String,
    #[server(default)] note: NoteInput,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let team_id = checked_id(&team_id)?;
    let session_id = match session_id.trim() {
        "" => None,
        id => Some(checked_id(id)?.to_owned()),
    };
    let echo = echo_of(&note);
    let note = CoachNote::parse(&note).map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    server::add(&user, team_id, session_id, note, echo).await
}
