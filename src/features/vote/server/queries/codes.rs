//! Voter codes: adding a batch, looking one up by its hash, the print pages, and the
//! shared count of failed lookups.

use surrealdb::types::{RecordId, SurrealValue};

use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{DbFailure, classify, is_retryable, is_thrown};

use super::*;

#[derive(Debug, Clone, SurrealValue)]
pub struct NewCode {
    pub id: RecordId,
    pub vote: RecordId,
    pub code: String,
    pub number: i64,
}

pub fn code_id(hash: &str) -> RecordId {
    RecordId::new("voter_code", hash)
}

pub async fn code_count(db: &Db, id: &str) -> Result<(i64, i64), surrealdb::Error> {
    #[derive(SurrealValue)]
    struct Counts {
        total: i64,
        used: i64,
    }
    let counts: Option<Counts> = db
        .query(
            "SELECT count() AS total, math::sum(IF used THEN 1 ELSE 0 END) AS used \
             FROM voter_code WHERE vote = $vote GROUP ALL",
        )
        .bind(("vote", vote_id(id)))
        .await?
        .take(0)?;
    Ok(counts.map(|c| (c.total, c.used)).unwrap_or((0, 0)))
}

pub enum AddCodesError {
    /// The vote no longer has `expected` codes: this batch was made already (a double
    /// submit) or someone else made codes meanwhile.
    CountChanged,
    /// A new code's hash equals a stored one: make the batch again.
    Clash,
    Db(surrealdb::Error),
}

/// Stores a batch of new codes in one transaction (all or none), only if the vote still
/// has `expected` codes, so that the same form posted twice makes one batch.
pub async fn add_codes(
    db: &Db,
    id: &str,
    expected: i64,
    codes: Vec<NewCode>,
) -> Result<(), AddCodesError> {
    let mut response = db
        .query(format!(
            "BEGIN TRANSACTION;
             IF count(SELECT id FROM voter_code WHERE vote = $vote) != $expected {{
                 THROW '{CODES_CHANGED}';
             }};
             INSERT INTO voter_code $codes RETURN NONE;
             COMMIT TRANSACTION;"
        ))
        .bind(("vote", vote_id(id)))
        .bind(("expected", expected))
        .bind(("codes", codes))
        .await
        .map_err(AddCodesError::Db)?;
    match first_real_error(&mut response) {
        None => Ok(()),
        Some(e) if is_thrown(&e, CODES_CHANGED) => Err(AddCodesError::CountChanged),
        Some(e) => match classify(&e) {
            DbFailure::RecordExists | DbFailure::UniqueIndex => Err(AddCodesError::Clash),
            DbFailure::Conflict => Err(AddCodesError::CountChanged),
            _ => Err(AddCodesError::Db(e)),
        },
    }
}

/// Counts a failed code lookup in the vote's current minute and returns the failures of
/// this minute and the one before (so that the count does not drop to nothing on the
/// minute's turn).
pub async fn note_code_failure(db: &Db, id: &str, minute: i64) -> Result<i64, surrealdb::Error> {
    let key = RecordId::new("code_failure", format!("{id}_{minute}"));
    let previous = RecordId::new("code_failure", format!("{id}_{}", minute - 1));
    let mut attempt = 0;
    loop {
        attempt += 1;
        let result = db
            .query(
                "RETURN (UPSERT $key SET vote = $vote, minute = $minute, \
                 count = IF count = NONE THEN 1 ELSE count + 1 END RETURN VALUE count)[0] \
                 + math::sum(SELECT VALUE count FROM $previous)",
            )
            .bind(("key", key.clone()))
            .bind(("previous", previous.clone()))
            .bind(("vote", vote_id(id)))
            .bind(("minute", minute))
            .await
            .and_then(|mut r| r.take::<Option<i64>>(0));
        match result {
            Ok(count) => return Ok(count.unwrap_or(1)),
            Err(e) if is_retryable(&e) && attempt < 5 => continue,
            Err(e) => return Err(e),
        }
    }
}

#[derive(Debug, Clone, SurrealValue)]
pub struct CodeRow {
    pub vote: RecordId,
    pub code: String,
    pub number: i64,
    pub used: bool,
}

pub async fn code_by_hash(db: &Db, hash: &str) -> Result<Option<CodeRow>, surrealdb::Error> {
    db.query("SELECT vote, code, number, used FROM $code")
        .bind(("code", code_id(hash)))
        .await?
        .take(0)
}

/// Codes `from`..`from + count` of a vote by number, for the print page.
pub async fn codes_page(
    db: &Db,
    id: &str,
    from: i64,
    count: i64,
) -> Result<Vec<CodeRow>, surrealdb::Error> {
    db.query(
        "SELECT vote, code, number, used FROM voter_code \
         WHERE vote = $vote AND number >= $from AND number < $to ORDER BY number ASC",
    )
    .bind(("vote", vote_id(id)))
    .bind(("from", from))
    .bind(("to", from + count))
    .await?
    .take(0)
}

// ---- Ballots ----

/// A code with its vote, as the ballot page and a ballot need them.
#[derive(Debug, Clone)]
pub struct CodeWithVote {
    pub code: String,
    pub used: bool,
    pub vote: RecordId,
    pub state: VoteState,
}

/// The vote as a ballot sees it, and its revision.
#[derive(Debug, Clone, SurrealValue)]
pub struct VoteState {
    #[surreal(flatten)]
    pub row: VoteRow,
    /// Goes up when the text of a proposal on the vote changes (schema 014).
    pub revision: Option<i64>,
}

#[derive(SurrealValue)]
struct FoundCode {
    id: RecordId,
    code: String,
    used: bool,
    vote: RecordId,
}

#[derive(SurrealValue)]
struct FoundVote {
    id: RecordId,
    #[surreal(flatten)]
    state: VoteState,
}

/// Codes by their hashes, each with its vote (`None` for no such code), in the order
/// asked: one query for all, each code read by its key and each vote among them read once
/// (with the round's name it keeps, schema 015).
pub async fn codes_with_votes(
    db: &Db,
    hashes: &[String],
) -> Result<Vec<Option<CodeWithVote>>, surrealdb::Error> {
    let keys: Vec<RecordId> = hashes.iter().map(|hash| code_id(hash)).collect();
    let mut response = db
        .query(
            "LET $found = $codes.{id, code, used, vote};
             RETURN $found;
             RETURN array::distinct($found[WHERE $this != NONE].vote).{id, round_name, ideas, \
                 votes_per_voter, winners_per_category, live_totals, opens_at, closes_at, \
                 selection_confirmed_at, access, revision};",
        )
        .bind(("codes", keys.clone()))
        .await?;
    // The codes come in the order asked (`None` where there is none).
    let found: Vec<Option<FoundCode>> = response.take(1)?;
    let votes: Vec<FoundVote> = response.take(2)?;
    Ok(keys
        .iter()
        .zip(found.into_iter().chain(std::iter::repeat_with(|| None)))
        .map(|(key, code)| {
            let code = code.filter(|code| &code.id == key)?;
            let vote = votes.iter().find(|vote| vote.id == code.vote)?;
            Some(CodeWithVote {
                code: code.code,
                used: code.used,
                state: vote.state.clone(),
                vote: code.vote,
            })
        })
        .collect())
}
