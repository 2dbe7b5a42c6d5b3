//! What the coach-note server functions do: read the notes the viewer may see (filtered in
//! the query, so a note meant for others never leaves the database) and write new ones.

pub mod queries;

use crate::domain::FieldErrors;
use crate::domain::Problem;
use crate::domain::team::{CoachNote, NoteVisibility};
use crate::error::{AppError, Echo};
use crate::features::coach_notes::{CoachNotes, NoteView};
use crate::features::teams::{find_team, viewer_of};
use crate::platform::clock::local_time;
use crate::platform::context::{self, SignedIn};

pub async fn notes(user: &SignedIn, team_id: &str) -> Result<CoachNotes, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let team = find_team(db, team_id).await?;
    let viewer = viewer_of(db, &team, user).await?;
    if !viewer.sees_workspace() {
        return Err(AppError::Forbidden);
    }
    let visible: Vec<&str> = [NoteVisibility::CoachOnly, NoteVisibility::Team]
        .into_iter()
        .filter(|v| viewer.sees_note(*v))
        .map(NoteVisibility::as_str)
        .collect();
    let rows = queries::of_team(db, &team.id, &visible).await?;
    Ok(CoachNotes {
        team_id: team.id.clone(),
        can_write: viewer.runs_team(),
        notes: rows
            .into_iter()
            .filter_map(|row| {
                Some(NoteView {
                    visibility: NoteVisibility::parse(&row.visibility).ok()?,
                    id: row.id,
                    session_id: row.session_id,
                    author_name: row.author_name.unwrap_or_default(),
                    body: row.body,
                    at: local_time(row.at),
                })
            })
            .collect(),
    })
}

pub async fn add(
    user: &SignedIn,
    team_id: &str,
    session_id: Option<String>,
    note: CoachNote,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let team = find_team(db, team_id).await?;
    if !viewer_of(db, &team, user).await?.runs_team() {
        return Err(AppError::Forbidden);
    }
    if let Some(session) = &session_id
        && !queries::session_belongs_to(db, session, &team.id).await?
    {
        return Err(AppError::invalid(
            FieldErrors::single("session_id", Problem::ChoiceInvalid),
            echo,
        ));
    }
    queries::create(db, &team.id, session_id.as_deref(), &user.id, &note).await?;
    // The log names the team, never the note's text.
    tracing::info!(team = team.id, by = user.id, "coach note written");
    let back = match &session_id {
        Some(session) => format!("/teams/{}/sessions/{session}?noted=1", team.id),
        None => format!("/teams/{}?noted=1", team.id),
    };
    leptos_axum::redirect(&back);
    Ok(())
}
