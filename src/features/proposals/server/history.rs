//! Stage changes of proposals: each one moves the proposal, records who, when and why,
//! and notifies its proposers, all in one transaction.

use surrealdb::types::{RecordId, SurrealValue};

use crate::features::proposals::server::ideas::{IdeaTexts, idea_id};
use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::is_thrown;

const STAGE_CHANGED: &str = "idea_stage_changed";

/// A stage change to record.
pub struct Move<'a> {
    pub idea: &'a str,
    pub action: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    pub by: &'a str,
    pub reason: &'a str,
    /// Texts to store with the move (a submission saves what was typed).
    pub texts: Option<IdeaTexts>,
    /// Who gets a notification.
    pub notify: Vec<RecordId>,
}

pub enum MoveError {
    /// The proposal was no longer in `from`: someone else moved it first.
    StageChanged,
    Db(surrealdb::Error),
}

impl From<surrealdb::Error> for MoveError {
    fn from(e: surrealdb::Error) -> Self {
        MoveError::Db(e)
    }
}

/// Records one stage change (with the texts it saves, if any) through `APPLY_MOVES`, the
/// same statements the vote runs for its batch.
pub async fn record(db: &Db, change: Move<'_>) -> Result<(), MoveError> {
    let idea = idea_id(change.idea);
    let batch = BatchMove {
        idea: idea.clone(),
        action: change.action.to_owned(),
        from: change.from.to_owned(),
        to: change.to.to_owned(),
        reason: change.reason.to_owned(),
        notify: change.notify,
    };
    let mut response = db
        .query(format!(
            "BEGIN TRANSACTION;
             IF $texts != NONE {{ UPDATE $texts_of MERGE $texts; }};
             {APPLY_MOVES}
             COMMIT TRANSACTION;"
        ))
        .bind(("texts_of", idea))
        .bind(("texts", change.texts))
        .bind(("moves", vec![batch]))
        .bind(("by", RecordId::new("user", change.by)))
        .await?;
    match first_real_error(&mut response) {
        None => Ok(()),
        Some(e) if is_stage_changed(&e) => Err(MoveError::StageChanged),
        Some(e) => Err(MoveError::Db(e)),
    }
}

#[derive(Debug, Clone, SurrealValue)]
pub struct EventRow {
    pub action: String,
    pub from_stage: Option<String>,
    pub to_stage: String,
    pub by_name: Option<String>,
    pub reason: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The history of one proposal, oldest first.
pub async fn of_idea(db: &Db, id: &str) -> Result<Vec<EventRow>, surrealdb::Error> {
    db.query(
        "SELECT action, from_stage, to_stage, by.name AS by_name, reason, at FROM idea_event \
         WHERE idea = $idea ORDER BY at ASC",
    )
    .bind(("idea", idea_id(id)))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct LatestReasonRow {
    pub idea_id: String,
    pub action: String,
    pub reason: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The newest question or decision with a reason for each of the given proposals.
pub async fn latest_reasons(
    db: &Db,
    ids: &[String],
) -> Result<Vec<LatestReasonRow>, surrealdb::Error> {
    let ideas: Vec<RecordId> = ids.iter().map(|id| idea_id(id)).collect();
    db.query(
        "SELECT record::id(idea) AS idea_id, action, reason, at FROM idea_event \
         WHERE idea IN $ideas AND reason != '' ORDER BY at DESC",
    )
    .bind(("ideas", ideas))
    .await?
    .take(0)
}

/// One proposal's part of a stage change that moves several at once (the vote).
#[derive(Debug, Clone, SurrealValue)]
pub struct BatchMove {
    pub idea: RecordId,
    pub action: String,
    pub from: String,
    pub to: String,
    pub reason: String,
    pub notify: Vec<RecordId>,
}

/// Statements for inside a caller's transaction: apply every move in `$moves` by `$by`,
/// each guarded on its expected stage, with history and notifications.
pub const APPLY_MOVES: &str = "FOR $m IN $moves {
    LET $idea = $m.idea;
    LET $moved = (UPDATE $idea SET stage = $m.to, updated_at = time::now() \
        WHERE stage = $m.from RETURN VALUE id);
    IF array::len($moved) = 0 { THROW 'idea_stage_changed'; };
    CREATE idea_event SET idea = $idea, action = $m.action, from_stage = $m.from, \
        to_stage = $m.to, by = $by, reason = $m.reason;
    FOR $person IN $m.notify {
        CREATE notification SET user = $person, idea = $idea, kind = 'stage', stage = $m.to;
    };
};";

/// True when a failed transaction failed because a proposal had left its expected stage.
pub fn is_stage_changed(error: &surrealdb::Error) -> bool {
    is_thrown(error, STAGE_CHANGED)
}

/// One line of a finished proposal's history, with its own time (demo data only).
#[derive(Debug, Clone, SurrealValue)]
pub struct PastEvent {
    pub action: String,
    pub from_stage: Option<String>,
    pub to_stage: String,
    pub reason: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Stores a finished proposal's history as it happened (demo data only).
pub async fn insert_history(
    db: &Db,
    idea: &str,
    events: Vec<PastEvent>,
) -> Result<(), surrealdb::Error> {
    db.query(
        "FOR $e IN $events { CREATE idea_event SET idea = $idea, action = $e.action, \
         from_stage = $e.from_stage, to_stage = $e.to_stage, reason = $e.reason, at = $e.at; };",
    )
    .bind(("events", events))
    .bind(("idea", idea_id(idea)))
    .await?
    .check()?;
    Ok(())
}
