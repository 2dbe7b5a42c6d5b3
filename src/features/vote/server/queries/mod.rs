//! The staff-day vote: its rules and list, voter codes, who has voted, and the anonymous
//! ballots. A vote's record key is its round's key.

pub mod paper_counts;

use chrono::{DateTime, Utc};
// `Value` is needed in scope by the derive of `#[surreal(flatten)]` fields.
use crate::platform::ids::key_of;
use surrealdb::types::{RecordId, SurrealValue, Value};

use crate::features::proposals::{APPLY_MOVES, BatchMove, is_stage_changed};
use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{DbFailure, classify, is_retryable, is_thrown};

const VOTE_NOT_OPEN: &str = "vote_not_open";
const VOTE_CLOSED: &str = "vote_closed";
const CODE_USED: &str = "voter_code_used";
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
        "SELECT round.name AS round_name, ideas, votes_per_voter, winners_per_category, \
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

/// Votes open at this moment, with their round's name.
#[derive(Debug, Clone, SurrealValue)]
pub struct OpenVoteRow {
    pub id: String,
    pub round_name: String,
    pub access: String,
}

pub async fn open_votes(db: &Db) -> Result<Vec<OpenVoteRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(id) AS id, round.name AS round_name, access FROM vote \
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
