//! Coach notes as stored. Reading always filters by the visibilities the viewer may see.

use surrealdb::types::{RecordId, SurrealValue};

use crate::domain::team::CoachNote;
use crate::platform::db::Db;

#[derive(Debug, Clone, SurrealValue)]
pub struct NoteRow {
    pub id: String,
    pub session_id: Option<String>,
    pub author_name: Option<String>,
    pub body: String,
    pub visibility: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

fn team(id: &str) -> RecordId {
    RecordId::new("team", id)
}

pub async fn of_team(
    db: &Db,
    team_id: &str,
    visible: &[&str],
) -> Result<Vec<NoteRow>, surrealdb::Error> {
    let visible: Vec<String> = visible.iter().map(|v| (*v).to_owned()).collect();
    db.query(
        "SELECT record::id(id) AS id, \
         (IF session != NONE THEN record::id(session) ELSE NONE END) AS session_id, \
         author.name AS author_name, body, visibility, at FROM coach_note \
         WHERE team = $team AND visibility IN $visible ORDER BY at DESC",
    )
    .bind(("team", team(team_id)))
    .bind(("visible", visible))
    .await?
    .take(0)
}

pub async fn session_belongs_to(
    db: &Db,
    session: &str,
    team_id: &str,
) -> Result<bool, surrealdb::Error> {
    let found: Option<RecordId> = db
        .query("SELECT VALUE team FROM ONLY $meeting")
        .bind(("meeting", RecordId::new("team_session", session)))
        .await?
        .take(0)?;
    Ok(found == Some(team(team_id)))
}

pub async fn create(
    db: &Db,
    team_id: &str,
    session: Option<&str>,
    author: &str,
    note: &CoachNote,
) -> Result<(), surrealdb::Error> {
    db.query(
        "CREATE coach_note SET team = $team, session = $meeting, author = $author, \
         body = $body, visibility = $visibility",
    )
    .bind(("team", team(team_id)))
    .bind(("meeting", session.map(|s| RecordId::new("team_session", s))))
    .bind(("author", RecordId::new("user", author)))
    .bind(("body", note.body.clone()))
    .bind(("visibility", note.visibility.as_str().to_owned()))
    .await?
    .check()?;
    Ok(())
}
