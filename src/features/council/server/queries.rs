//! Council criteria (on the round) and council members' scores.

use surrealdb::types::{RecordId, SurrealValue};

use crate::features::proposals::idea_store::idea_id;
use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{DbFailure, classify, is_thrown};

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
        Some(e) if is_thrown(&e, CRITERIA_IN_USE) => Err(SetCriteriaError::InUse),
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

const SCORING_CLOSED: &str = "council_scoring_closed";
const RECUSED: &str = "council_member_recused";

pub enum SaveScoreError {
    /// The proposal has left "submitted".
    ScoringClosed,
    /// The member is its proposer or a co-proposer.
    Recused,
    /// The member has scored it already; a score is final.
    AlreadyScored,
    Db(surrealdb::Error),
}

/// Stores a member's scores of a proposal, once: in one transaction with the checks that
/// it is still being scored and that the member is not behind it.
pub async fn save(
    db: &Db,
    idea: &str,
    round: &str,
    member: &str,
    scores: &[u8],
    comment: &str,
) -> Result<(), SaveScoreError> {
    let record = ScoreRecord {
        idea: idea_id(idea),
        round: round_id(round),
        member: RecordId::new("user", member),
        scores: scores.iter().map(|s| i64::from(*s)).collect(),
        comment: comment.to_owned(),
        at: chrono::Utc::now(),
    };
    let mut response = db
        .query(format!(
            "BEGIN TRANSACTION;
             LET $i = (SELECT stage, proposer, co_proposers FROM ONLY $idea);
             IF $i.stage != 'submitted' {{ THROW '{SCORING_CLOSED}'; }};
             IF $i.proposer = $member OR $member IN $i.co_proposers {{ THROW '{RECUSED}'; }};
             CREATE $id CONTENT $record RETURN NONE;
             COMMIT TRANSACTION;"
        ))
        .bind((
            "id",
            RecordId::new("council_score", format!("{idea}_{member}")),
        ))
        .bind(("idea", idea_id(idea)))
        .bind(("member", RecordId::new("user", member)))
        .bind(("record", record))
        .await
        .map_err(SaveScoreError::Db)?;
    match first_real_error(&mut response) {
        None => Ok(()),
        Some(e) if is_thrown(&e, SCORING_CLOSED) => Err(SaveScoreError::ScoringClosed),
        Some(e) if is_thrown(&e, RECUSED) => Err(SaveScoreError::Recused),
        Some(e) => match classify(&e) {
            DbFailure::RecordExists | DbFailure::UniqueIndex | DbFailure::Conflict => {
                Err(SaveScoreError::AlreadyScored)
            }
            _ => Err(SaveScoreError::Db(e)),
        },
    }
}

/// A council member who is behind one of a round's proposals (proposer or co-proposer),
/// and so does not score it.
#[derive(Debug, Clone)]
pub struct RecusalRow {
    pub idea_id: String,
    pub member_id: String,
    pub member_name: String,
}

pub async fn recusals(db: &Db, round: &str) -> Result<Vec<RecusalRow>, surrealdb::Error> {
    #[derive(SurrealValue)]
    struct OwnersRow {
        id: String,
        owners: Vec<RecordId>,
    }
    #[derive(SurrealValue)]
    struct MemberRow {
        id: RecordId,
        key: String,
        name: String,
    }
    let mut response = db
        .query(
            "SELECT record::id(id) AS id, array::concat(IF proposer = NONE THEN [] ELSE [proposer] END, co_proposers) AS owners \
                 FROM idea WHERE round = $round AND stage != 'draft';
             SELECT id, record::id(id) AS key, name FROM user WHERE 'council_member' IN roles;",
        )
        .bind(("round", round_id(round)))
        .await?;
    let ideas: Vec<OwnersRow> = response.take(0)?;
    let members: Vec<MemberRow> = response.take(1)?;
    Ok(ideas
        .iter()
        .flat_map(|idea| {
            members
                .iter()
                .filter(|m| idea.owners.contains(&m.id))
                .map(|m| RecusalRow {
                    idea_id: idea.id.clone(),
                    member_id: m.key.clone(),
                    member_name: m.name.clone(),
                })
        })
        .collect())
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
