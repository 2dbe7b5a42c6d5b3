//! Casting a ballot (with a code or an account, in one transaction) and reading ballots:
//! who has voted, the anonymous ballots, the proposals on them.

use crate::platform::ids::key_of;
use surrealdb::engine::any::Any;
use surrealdb::types::{RecordId, SurrealValue};

use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{DbFailure, classify, is_retryable};

use super::*;

#[derive(Debug, Clone)]
pub enum CastError {
    NotOpen,
    Closed,
    CodeUsed,
    AlreadyVoted,
    /// The ballot's group could not be answered (its storing stopped): not known to be
    /// stored; trying again is safe (a stored ballot's code is used by then).
    Interrupted,
    Db(surrealdb::Error),
}

impl From<surrealdb::Error> for CastError {
    fn from(e: surrealdb::Error) -> Self {
        CastError::Db(e)
    }
}

/// How often a transaction that clashed with another is tried in all, and the pause
/// before try `n` (n × this).
const ATTEMPTS: u32 = 10;
const PAUSE: std::time::Duration = std::time::Duration::from_millis(5);

/// The vote's state, checked at the start of a casting transaction.
fn check_vote_open() -> String {
    format!(
        "LET $v = (SELECT opens_at, closes_at FROM ONLY $vote);
         IF $v.opens_at = NONE OR $v.opens_at > time::now() {{ THROW '{VOTE_NOT_OPEN}'; }};
         IF $v.closes_at != NONE AND $v.closes_at <= time::now() {{ THROW '{VOTE_CLOSED}'; }};"
    )
}

/// The failures a casting transaction reports for the whole of it; `None` when it
/// clashed with another transaction and may be tried again.
fn cast_failure(error: surrealdb::Error, attempt: u32) -> Option<CastError> {
    Some(match classify(&error) {
        DbFailure::Thrown(tag) if tag == VOTE_NOT_OPEN => CastError::NotOpen,
        DbFailure::Thrown(tag) if tag == VOTE_CLOSED => CastError::Closed,
        DbFailure::Thrown(tag) if tag == ALREADY_VOTED => CastError::AlreadyVoted,
        DbFailure::RecordExists => CastError::AlreadyVoted,
        _ if is_retryable(&error) && attempt < ATTEMPTS => return None,
        _ => CastError::Db(error),
    })
}

/// Stores a signed-in person's ballot: checks that the vote is open and the person has not
/// voted, marks them as having voted, and stores the choices apart from that, in one
/// transaction. Concurrent transactions that clash are retried.
pub async fn cast_as_staff(
    db: &Db,
    id: &str,
    user: &str,
    choices: &[String],
) -> Result<(), CastError> {
    let choices: Vec<RecordId> = choices
        .iter()
        .map(|c| RecordId::new("idea", c.as_str()))
        .collect();
    let statements = format!(
        "BEGIN TRANSACTION;
         {check}
         IF (SELECT VALUE id FROM ONLY $voter) != NONE {{ THROW '{ALREADY_VOTED}'; }};
         CREATE $voter SET vote = $vote, user = $user;
         CREATE ballot SET vote = $vote, choices = $choices RETURN NONE;
         COMMIT TRANSACTION;",
        check = check_vote_open()
    );
    until_no_clash(|| {
        db.query(statements.as_str())
            .bind(("vote", vote_id(id)))
            .bind((
                "voter",
                RecordId::new("staff_voted", format!("{id}_{user}")),
            ))
            .bind(("user", RecordId::new("user", user)))
            .bind(("choices", choices.clone()))
    })
    .await
    .map(|_| ())
}

/// One ballot cast with a code, waiting to be stored with others of the same vote.
#[derive(Debug, Clone, SurrealValue)]
pub struct CodeBallot {
    /// The code's record (by its hash).
    pub voter: RecordId,
    pub choices: Vec<RecordId>,
}

impl CodeBallot {
    pub fn new(code_hash: &str, choices: &[String]) -> Self {
        CodeBallot {
            voter: code_id(code_hash),
            choices: choices
                .iter()
                .map(|c| RecordId::new("idea", c.as_str()))
                .collect(),
        }
    }
}

/// The statement of the group query whose result lists the codes it marked used.
const MARKED_CODES: usize = 6;

/// Stores ballots cast with codes in one vote, in one transaction: checks that the vote is
/// open, marks each ballot's code used where it was unused (all in one statement), and
/// stores the choices of the ballots whose code it marked, apart from the codes. Says per
/// ballot whether it was stored. A code twice in the group is stored for its first ballot
/// at most (the others find it used). Concurrent transactions that clash are retried.
pub async fn cast_with_codes(
    db: &Db,
    id: &str,
    ballots: &[CodeBallot],
) -> Result<Vec<bool>, CastError> {
    let mut seen = std::collections::HashSet::new();
    let first_of_its_code: Vec<bool> = ballots
        .iter()
        .map(|ballot| seen.insert(key_of(&ballot.voter)))
        .collect();
    let unique: Vec<CodeBallot> = ballots
        .iter()
        .zip(&first_of_its_code)
        .filter(|(_, first)| **first)
        .map(|(ballot, _)| ballot.clone())
        .collect();
    let statements = format!(
        "BEGIN TRANSACTION;
         {check}
         LET $marked = (UPDATE $ballots.voter SET used = true
             WHERE used = false AND vote = $vote RETURN VALUE id);
         FOR $b IN $ballots.filter(|$b| $b.voter IN $marked) {{
             CREATE ballot SET vote = $vote, choices = $b.choices RETURN NONE;
         }};
         RETURN $marked;
         COMMIT TRANSACTION;",
        check = check_vote_open()
    );
    let mut response = until_no_clash(|| {
        db.query(statements.as_str())
            .bind(("vote", vote_id(id)))
            .bind(("ballots", unique.clone()))
    })
    .await?;
    let marked: Vec<RecordId> = response.take(MARKED_CODES)?;
    let marked: std::collections::HashSet<String> = marked.iter().map(key_of).collect();
    Ok(ballots
        .iter()
        .zip(first_of_its_code)
        .map(|(ballot, first)| first && marked.contains(&key_of(&ballot.voter)))
        .collect())
}

/// Runs a casting transaction, again (after a short pause) while it clashes with a
/// concurrent one, up to `ATTEMPTS` times; its response once it went through.
async fn until_no_clash<'r>(
    mut query: impl FnMut() -> surrealdb::method::Query<'r, Any>,
) -> Result<surrealdb::IndexedResults, CastError> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let mut response = query().await?;
        let Some(error) = first_real_error(&mut response) else {
            return Ok(response);
        };
        match cast_failure(error, attempt) {
            Some(failure) => return Err(failure),
            None => tokio::time::sleep(PAUSE * attempt).await,
        }
    }
}

/// Whether a signed-in person has voted in a vote.
pub async fn has_voted(db: &Db, id: &str, user: &str) -> Result<bool, surrealdb::Error> {
    let found: Option<RecordId> = db
        .query("SELECT VALUE id FROM ONLY $voter")
        .bind((
            "voter",
            RecordId::new("staff_voted", format!("{id}_{user}")),
        ))
        .await?
        .take(0)?;
    Ok(found.is_some())
}

/// The choices of every ballot in a vote (no order, nothing else is stored).
pub async fn ballots(db: &Db, id: &str) -> Result<Vec<Vec<RecordId>>, surrealdb::Error> {
    db.query("SELECT VALUE choices FROM ballot WHERE vote = $vote")
        .bind(("vote", vote_id(id)))
        .await?
        .take(0)
}

/// How many signed-in staff have voted.
pub async fn staff_voted_count(db: &Db, id: &str) -> Result<i64, surrealdb::Error> {
    let count: Option<i64> = db
        .query("SELECT VALUE count() FROM staff_voted WHERE vote = $vote GROUP ALL")
        .bind(("vote", vote_id(id)))
        .await?
        .take(0)?;
    Ok(count.unwrap_or(0))
}

#[derive(Debug, Clone, SurrealValue)]
pub struct BallotIdeaRow {
    pub id: String,
    pub title: String,
    pub description: String,
    pub category: Option<String>,
    pub stage: String,
}

/// The proposals with these ids, in the order given.
pub async fn ideas(db: &Db, ids: &[RecordId]) -> Result<Vec<BallotIdeaRow>, surrealdb::Error> {
    let rows: Vec<BallotIdeaRow> = db
        .query(
            "SELECT record::id(id) AS id, title, description, category, stage FROM idea \
             WHERE id IN $ids",
        )
        .bind(("ids", ids.to_vec()))
        .await?
        .take(0)?;
    Ok(ids
        .iter()
        .filter_map(|id| {
            let key = key_of(id);
            rows.iter().find(|row| row.id == key).cloned()
        })
        .collect())
}

/// The round's proposals in `stage`, oldest first (the shortlist a new vote takes).
pub async fn ideas_in_stage(
    db: &Db,
    round: &str,
    stage: &str,
) -> Result<Vec<RecordId>, surrealdb::Error> {
    #[derive(SurrealValue)]
    struct IdRow {
        id: RecordId,
    }
    let rows: Vec<IdRow> = db
        .query(
            "SELECT id, created_at FROM idea WHERE round = $round AND stage = $stage \
             ORDER BY created_at ASC",
        )
        .bind(("round", RecordId::new("round", round)))
        .bind(("stage", stage.to_owned()))
        .await?
        .take(0)?;
    Ok(rows.into_iter().map(|r| r.id).collect())
}
