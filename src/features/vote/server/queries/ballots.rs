//! Casting a ballot (with a code or an account, in one transaction) and reading ballots:
//! who has voted, the anonymous ballots, the proposals on them.

use crate::platform::ids::key_of;
use surrealdb::types::{RecordId, SurrealValue};

use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{DbFailure, classify, is_retryable};

use super::*;

/// Who is casting a ballot: a code (by its hash) or a signed-in person.
#[derive(Debug, Clone, Copy)]
pub enum Voter<'a> {
    Code(&'a str),
    Staff(&'a str),
}

#[derive(Debug)]
pub enum CastError {
    NotOpen,
    Closed,
    CodeUsed,
    AlreadyVoted,
    Db(surrealdb::Error),
}

impl From<surrealdb::Error> for CastError {
    fn from(e: surrealdb::Error) -> Self {
        CastError::Db(e)
    }
}

/// Stores one ballot: checks that the vote is open and the voter has not voted, marks the
/// voter as having voted, and stores the choices apart from that, in one transaction.
/// Concurrent transactions that clash are retried.
pub async fn cast(
    db: &Db,
    id: &str,
    voter: Voter<'_>,
    choices: &[String],
) -> Result<(), CastError> {
    let mark_voted = match voter {
        Voter::Code(_) => format!(
            "LET $marked = (UPDATE $voter SET used = true \
                 WHERE used = false AND vote = $vote RETURN VALUE id);
             IF array::len($marked) = 0 {{ THROW '{CODE_USED}'; }};"
        ),
        Voter::Staff(_) => format!(
            "IF (SELECT VALUE id FROM ONLY $voter) != NONE {{ THROW '{ALREADY_VOTED}'; }};
             CREATE $voter SET vote = $vote, user = $user;"
        ),
    };
    let (voter_record, user) = match voter {
        Voter::Code(hash) => (code_id(hash), None),
        Voter::Staff(user) => (
            RecordId::new("staff_voted", format!("{id}_{user}")),
            Some(RecordId::new("user", user)),
        ),
    };
    let choices: Vec<RecordId> = choices
        .iter()
        .map(|c| RecordId::new("idea", c.as_str()))
        .collect();
    let statements = format!(
        "BEGIN TRANSACTION;
         LET $v = (SELECT opens_at, closes_at FROM ONLY $vote);
         IF $v.opens_at = NONE OR $v.opens_at > time::now() {{ THROW '{VOTE_NOT_OPEN}'; }};
         IF $v.closes_at != NONE AND $v.closes_at <= time::now() {{ THROW '{VOTE_CLOSED}'; }};
         {mark_voted}
         CREATE ballot SET vote = $vote, choices = $choices RETURN NONE;
         COMMIT TRANSACTION;"
    );
    let mut attempt = 0;
    loop {
        attempt += 1;
        let mut response = db
            .query(statements.as_str())
            .bind(("vote", vote_id(id)))
            .bind(("voter", voter_record.clone()))
            .bind(("user", user.clone()))
            .bind(("choices", choices.clone()))
            .await?;
        let Some(error) = first_real_error(&mut response) else {
            return Ok(());
        };
        let cast_error = match classify(&error) {
            DbFailure::Thrown(tag) if tag == VOTE_NOT_OPEN => CastError::NotOpen,
            DbFailure::Thrown(tag) if tag == VOTE_CLOSED => CastError::Closed,
            DbFailure::Thrown(tag) if tag == CODE_USED => CastError::CodeUsed,
            DbFailure::Thrown(tag) if tag == ALREADY_VOTED => CastError::AlreadyVoted,
            DbFailure::RecordExists => CastError::AlreadyVoted,
            _ if is_retryable(&error) && attempt < 10 => {
                tokio::time::sleep(std::time::Duration::from_millis(5 * attempt)).await;
                continue;
            }
            _ => CastError::Db(error),
        };
        return Err(cast_error);
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
