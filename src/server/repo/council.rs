//! Council criteria (on the round) and council members' scores.

use surrealdb::types::{RecordId, SurrealValue};

use super::ideas::idea_id;
use crate::server::db::{Db, first_real_error};

const CRITERIA_IN_USE: &str = "council_criteria_in_use";

fn round_id(id: &str) -> RecordId {
    RecordId::new("round", id)
}

#[derive(Debug, Clone, SurrealValue)]
struct CriteriaRow {
    council_criteria: Vec<String>,
}

pub async fn criteria(db: &Db, round: &str) -> Result<Vec<String>, surrealdb::Error> {
    let row: Option<CriteriaRow> = db
        .query("SELECT council_criteria FROM $round")
        .bind(("round", round_id(round)))
        .await?
        .take(0)?;
    Ok(row.map(|r| r.council_criteria).unwrap_or_default())
}

pub enum SetCriteriaError {
    /// Scores have been given against the current criteria.
    InUse,
    Db(surrealdb::Error),
}

/// Replaces the criteria, unless someone has already scored against them.
pub async fn set_criteria(
    db: &Db,
    round: &str,
    criteria: Vec<String>,
) -> Result<(), SetCriteriaError> {
    let mut response = db
        .query(format!(
            "BEGIN TRANSACTION;
             IF count(SELECT id FROM council_score WHERE round = $round) > 0 {{ THROW '{CRITERIA_IN_USE}'; }};
             UPDATE $round SET council_criteria = $criteria;
             COMMIT TRANSACTION;"
        ))
        .bind(("round", round_id(round)))
        .bind(("criteria", criteria))
        .await
        .map_err(SetCriteriaError::Db)?;
    match first_real_error(&mut response) {
        None => Ok(()),
        Some(e) if e.message().contains(CRITERIA_IN_USE) => Err(SetCriteriaError::InUse),
        Some(e) => Err(SetCriteriaError::Db(e)),
    }
}

#[derive(Debug, Clone, SurrealValue)]
struct ScoreRecord {
    idea: RecordId,
    round: RecordId,
    member: RecordId,
    scores: Vec<i64>,
    comment: String,
    at: chrono::DateTime<chrono::Utc>,
}

/// Stores (or replaces) a member's scores of a proposal.
pub async fn save(
    db: &Db,
    idea: &str,
    round: &str,
    member: &str,
    scores: &[u8],
    comment: &str,
) -> Result<(), surrealdb::Error> {
    let record = ScoreRecord {
        idea: idea_id(idea),
        round: round_id(round),
        member: RecordId::new("user", member),
        scores: scores.iter().map(|s| i64::from(*s)).collect(),
        comment: comment.to_owned(),
        at: chrono::Utc::now(),
    };
    db.query("UPSERT $id CONTENT $record")
        .bind((
            "id",
            RecordId::new("council_score", format!("{idea}_{member}")),
        ))
        .bind(("record", record))
        .await?
        .check()?;
    Ok(())
}

#[derive(Debug, Clone, SurrealValue)]
pub struct ScoreRow {
    pub idea_id: String,
    pub member_id: String,
    pub member_name: String,
    pub scores: Vec<i64>,
    pub comment: String,
}

const SCORE_FIELDS: &str = "record::id(idea) AS idea_id, record::id(member) AS member_id, \
    member.name AS member_name, scores, comment";

/// Every score given in a round.
pub async fn of_round(db: &Db, round: &str) -> Result<Vec<ScoreRow>, surrealdb::Error> {
    db.query(format!(
        "SELECT {SCORE_FIELDS}, at FROM council_score WHERE round = $round ORDER BY at ASC"
    ))
    .bind(("round", round_id(round)))
    .await?
    .take(0)
}

/// Every score given for one proposal.
pub async fn of_idea(db: &Db, idea: &str) -> Result<Vec<ScoreRow>, surrealdb::Error> {
    db.query(format!(
        "SELECT {SCORE_FIELDS}, at FROM council_score WHERE idea = $idea ORDER BY at ASC"
    ))
    .bind(("idea", idea_id(idea)))
    .await?
    .take(0)
}
