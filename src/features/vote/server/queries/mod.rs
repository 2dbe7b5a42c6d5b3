//! The vote record (its key is its round's key): rules, opening, closing, the selection and
//! the open votes; voter codes in `codes.rs`, casting and reading ballots in `ballots.rs`.

mod ballots;
mod codes;
pub mod paper_counts;

pub use ballots::*;
pub use codes::*;

use chrono::{DateTime, Utc};
// `Value` is needed in scope by the derive of `#[surreal(flatten)]` fields.
use crate::platform::ids::key_of;
use surrealdb::types::{RecordId, SurrealValue, Value};

use crate::features::proposals::{APPLY_MOVES, BatchMove, is_stage_changed};
use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{DbFailure, classify, is_thrown};

const VOTE_NOT_OPEN: &str = "vote_not_open";
const VOTE_CLOSED: &str = "vote_closed";
const ALREADY_VOTED: &str = "staff_already_voted";
const VOTE_OPENED: &str = "vote_already_opened";
const CODES_CHANGED: &str = "voter_codes_changed";

pub fn vote_id(id: &str) -> RecordId {
    RecordId::new("vote", id)
}

/// A vote's stored rules and times (UTC).
#[derive(Debug, Clone, SurrealValue)]
pub struct StoredRules {
    pub votes_per_voter: i64,
    pub winners_per_category: Option<i64>,
    pub live_totals: bool,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    /// `codes`, `accounts` or `both`.
    pub access: String,
}

#[derive(Debug, Clone, SurrealValue)]
struct NewVote {
    round: RecordId,
    ideas: Vec<RecordId>,
    #[surreal(flatten)]
    rules: StoredRules,
}

#[derive(Debug, Clone, SurrealValue)]
pub struct VoteRow {
    pub round_name: String,
    pub ideas: Vec<RecordId>,
    pub votes_per_voter: i64,
    pub winners_per_category: Option<i64>,
    pub live_totals: bool,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub selection_confirmed_at: Option<DateTime<Utc>>,
    pub access: String,
}

impl VoteRow {
    pub fn idea_ids(&self) -> Vec<String> {
        self.ideas.iter().map(key_of).collect()
    }
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<VoteRow>, surrealdb::Error> {
    db.query(
        "SELECT round_name, ideas, votes_per_voter, winners_per_category, \
         live_totals, opens_at, closes_at, selection_confirmed_at, access FROM $vote",
    )
    .bind(("vote", vote_id(id)))
    .await?
    .take(0)
}

pub enum WriteVoteError {
    /// The round already has a vote.
    Exists,
    /// A proposal left the shortlist meanwhile.
    StageChanged,
    /// The vote opened meanwhile.
    Opened,
    Db(surrealdb::Error),
}

impl From<surrealdb::Error> for WriteVoteError {
    fn from(e: surrealdb::Error) -> Self {
        WriteVoteError::Db(e)
    }
}

fn write_error(error: surrealdb::Error) -> WriteVoteError {
    if is_stage_changed(&error) {
        WriteVoteError::StageChanged
    } else if is_thrown(&error, VOTE_OPENED) {
        WriteVoteError::Opened
    } else if matches!(
        classify(&error),
        DbFailure::RecordExists | DbFailure::UniqueIndex
    ) {
        WriteVoteError::Exists
    } else {
        WriteVoteError::Db(error)
    }
}

/// Creates the round's vote and puts the listed proposals on its ballot, in one go.
pub async fn create(
    db: &Db,
    round: &str,
    rules: StoredRules,
    moves: Vec<BatchMove>,
    by: &str,
) -> Result<(), WriteVoteError> {
    let record = NewVote {
        round: RecordId::new("round", round),
        ideas: moves.iter().map(|m| m.idea.clone()).collect(),
        rules,
    };
    let mut response = db
        .query(format!(
            "BEGIN TRANSACTION; CREATE $vote CONTENT $record; {APPLY_MOVES} COMMIT TRANSACTION;"
        ))
        .bind(("vote", vote_id(round)))
        .bind(("record", record))
        .bind(("moves", moves))
        .bind(("by", RecordId::new("user", by)))
        .await?;
    first_real_error(&mut response).map_or(Ok(()), |e| Err(write_error(e)))
}

/// Changes the rules of a vote that has not opened yet.
pub async fn update_rules(db: &Db, id: &str, rules: StoredRules) -> Result<(), WriteVoteError> {
    let mut response = db
        .query(format!(
            "BEGIN TRANSACTION;
             LET $v = (SELECT opens_at FROM ONLY $vote);
             IF $v.opens_at != NONE AND $v.opens_at <= time::now() {{ THROW '{VOTE_OPENED}'; }};
             UPDATE $vote MERGE $rules;
             COMMIT TRANSACTION;"
        ))
        .bind(("vote", vote_id(id)))
        .bind(("rules", rules))
        .await?;
    first_real_error(&mut response).map_or(Ok(()), |e| Err(write_error(e)))
}

/// Opens now (also clearing a closing time that has passed: it had not closed, since a
/// closed vote is refused before this).
pub async fn open_now(db: &Db, id: &str) -> Result<(), surrealdb::Error> {
    db.query(
        "UPDATE $vote SET opens_at = time::now(), \
         closes_at = IF closes_at != NONE AND closes_at <= time::now() THEN NONE ELSE closes_at END",
    )
    .bind(("vote", vote_id(id)))
    .await?
    .check()?;
    Ok(())
}

pub async fn close_now(db: &Db, id: &str) -> Result<(), surrealdb::Error> {
    db.query("UPDATE $vote SET closes_at = time::now()")
        .bind(("vote", vote_id(id)))
        .await?
        .check()?;
    Ok(())
}

/// Moves every proposal on the ballot to selected or not selected and marks the selection
/// confirmed, in one transaction.
pub async fn confirm_selection(
    db: &Db,
    id: &str,
    moves: Vec<BatchMove>,
    by: &str,
) -> Result<(), WriteVoteError> {
    let mut response = db
        .query(format!(
            "BEGIN TRANSACTION; {APPLY_MOVES} \
             UPDATE $vote SET selection_confirmed_at = time::now(); COMMIT TRANSACTION;"
        ))
        .bind(("vote", vote_id(id)))
        .bind(("moves", moves))
        .bind(("by", RecordId::new("user", by)))
        .await?;
    first_real_error(&mut response).map_or(Ok(()), |e| Err(write_error(e)))
}

// ---- Voter codes ----

/// Votes open at this moment, with their round's name.
#[derive(Debug, Clone, SurrealValue)]
pub struct OpenVoteRow {
    pub id: String,
    pub round_name: String,
    pub access: String,
}

pub async fn open_votes(db: &Db) -> Result<Vec<OpenVoteRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(id) AS id, round_name, access FROM vote \
         WHERE opens_at != NONE AND opens_at <= time::now() \
         AND (closes_at = NONE OR closes_at > time::now())",
    )
    .await?
    .take(0)
}

/// Stores a vote over proposals that are already in their stage (demo data, load tests).
pub async fn insert(
    db: &Db,
    round: &str,
    ideas: Vec<RecordId>,
    rules: StoredRules,
) -> Result<(), surrealdb::Error> {
    let record = NewVote {
        round: RecordId::new("round", round),
        ideas,
        rules,
    };
    db.query("CREATE $vote CONTENT $record RETURN NONE")
        .bind(("vote", vote_id(round)))
        .bind(("record", record))
        .await?
        .check()?;
    Ok(())
}

/// Marks a finished vote's selection as confirmed at `at` (demo data only).
pub async fn set_confirmed_at(
    db: &Db,
    id: &str,
    at: Option<DateTime<Utc>>,
) -> Result<(), surrealdb::Error> {
    db.query("UPDATE $vote SET selection_confirmed_at = $at RETURN NONE")
        .bind(("vote", vote_id(id)))
        .bind(("at", at.unwrap_or_else(Utc::now)))
        .await?
        .check()?;
    Ok(())
}
