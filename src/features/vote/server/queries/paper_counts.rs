//! Counted boxes of paper ballots. An entry is never changed: a correction is a new
//! version that marks the one it replaces as superseded, in one transaction, so the old
//! figures stay on record. Record keys are `<vote>_<box>_<version>`, so the same form sent
//! twice makes one entry and two corrections of one entry cannot both win.

use chrono::{DateTime, Utc};
use surrealdb::types::{RecordId, SurrealValue};

use crate::features::vote::server::queries::vote_id;
use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{DbFailure, classify, is_thrown};

const NOT_OPEN: &str = "paper_vote_not_open";
const CLOSED: &str = "paper_vote_closed";
const CONFIRMED: &str = "paper_selection_confirmed";
const REPLACED: &str = "paper_entry_replaced";
const BOX_EXISTS: &str = "paper_box_exists";

#[derive(Debug, Clone, SurrealValue)]
pub struct NewPaperCount {
    pub vote: RecordId,
    pub box_name: String,
    pub box_key: String,
    pub version: i64,
    pub ballots: i64,
    pub counts: Vec<i64>,
    pub counted_by: String,
    pub confirmed_by: String,
    /// Who entered it (none for the demo's 2018 boxes).
    pub entered_by: Option<RecordId>,
    pub reason: String,
}

#[derive(Debug, Clone, SurrealValue)]
pub struct PaperRow {
    pub id: String,
    pub box_name: String,
    pub box_key: String,
    pub version: i64,
    pub ballots: i64,
    pub counts: Vec<i64>,
    pub counted_by: String,
    pub confirmed_by: String,
    pub entered_by_name: Option<String>,
    pub reason: String,
    pub superseded: bool,
    pub at: DateTime<Utc>,
}

pub enum PaperError {
    NotOpen,
    /// New boxes are entered only until the vote closes.
    Closed,
    /// Nothing changes once the selection is confirmed.
    SelectionConfirmed,
    /// The entry to correct was corrected meanwhile.
    Replaced,
    /// This box is entered already (or the same form was sent twice).
    BoxExists,
    Db(surrealdb::Error),
}

pub fn key_of(vote: &str, box_key: &str, version: i64) -> RecordId {
    RecordId::new("paper_count", format!("{vote}_{box_key}_{version}"))
}

/// Stores an entry; `replaces` is the entry it corrects.
pub async fn add(
    db: &Db,
    vote: &str,
    record: NewPaperCount,
    replaces: Option<RecordId>,
) -> Result<(), PaperError> {
    let id = key_of(vote, &record.box_key, record.version);
    let mut response = db
        .query(format!(
            "BEGIN TRANSACTION;
             LET $v = (SELECT opens_at, closes_at, selection_confirmed_at FROM ONLY $vote);
             IF $v.selection_confirmed_at != NONE {{ THROW '{CONFIRMED}'; }};
             IF $v.opens_at = NONE OR $v.opens_at > time::now() {{ THROW '{NOT_OPEN}'; }};
             IF $replaces = NONE {{
                 IF $v.closes_at != NONE AND $v.closes_at <= time::now() {{ THROW '{CLOSED}'; }};
                 IF count(SELECT id FROM paper_count WHERE vote = $vote AND box_key = $record.box_key \
                     AND superseded = false) > 0 {{ THROW '{BOX_EXISTS}'; }};
             }} ELSE {{
                 LET $old = (UPDATE $replaces SET superseded = true \
                     WHERE superseded = false AND vote = $vote RETURN VALUE id);
                 IF array::len($old) = 0 {{ THROW '{REPLACED}'; }};
             }};
             CREATE $id CONTENT $record RETURN NONE;
             COMMIT TRANSACTION;"
        ))
        .bind(("vote", vote_id(vote)))
        .bind(("id", id))
        .bind(("record", record))
        .bind(("replaces", replaces))
        .await
        .map_err(PaperError::Db)?;
    let Some(error) = first_real_error(&mut response) else {
        return Ok(());
    };
    let tags = [
        (NOT_OPEN, PaperError::NotOpen),
        (CLOSED, PaperError::Closed),
        (CONFIRMED, PaperError::SelectionConfirmed),
        (REPLACED, PaperError::Replaced),
        (BOX_EXISTS, PaperError::BoxExists),
    ];
    for (tag, mapped) in tags {
        if is_thrown(&error, tag) {
            return Err(mapped);
        }
    }
    Err(match classify(&error) {
        DbFailure::RecordExists | DbFailure::Conflict => PaperError::BoxExists,
        _ => PaperError::Db(error),
    })
}

/// Stores a finished entry directly, at a given time (demo data only).
pub async fn insert(
    db: &Db,
    vote: &str,
    record: NewPaperCount,
    at: Option<DateTime<Utc>>,
) -> Result<(), surrealdb::Error> {
    db.query("CREATE $id CONTENT $record RETURN NONE; UPDATE $id SET at = $at RETURN NONE;")
        .bind(("id", key_of(vote, &record.box_key, record.version)))
        .bind(("record", record))
        .bind(("at", at.unwrap_or_else(Utc::now)))
        .await?
        .check()?;
    Ok(())
}

const ROW_FIELDS: &str = "record::id(id) AS id, box_name, box_key, version, ballots, counts, \
    counted_by, confirmed_by, entered_by.name AS entered_by_name, reason, superseded, at";

/// Every entry of a vote, superseded ones too, oldest first.
pub async fn of_vote(db: &Db, vote: &str) -> Result<Vec<PaperRow>, surrealdb::Error> {
    db.query(format!(
        "SELECT {ROW_FIELDS} FROM paper_count WHERE vote = $vote ORDER BY at ASC"
    ))
    .bind(("vote", vote_id(vote)))
    .await?
    .take(0)
}

/// One entry, if it belongs to the vote.
pub async fn by_id(db: &Db, vote: &str, id: &str) -> Result<Option<PaperRow>, surrealdb::Error> {
    let rows: Vec<PaperRow> = db
        .query(format!("SELECT {ROW_FIELDS} FROM $id WHERE vote = $vote"))
        .bind(("id", RecordId::new("paper_count", id)))
        .bind(("vote", vote_id(vote)))
        .await?
        .take(0)?;
    Ok(rows.into_iter().next())
}
