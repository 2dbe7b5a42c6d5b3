//! Bootcamp rounds. Stored flat; read back through the same domain parser the form uses.

// `Value` is needed in scope by the derive of `#[surreal(flatten)]` fields.
use surrealdb::types::{RecordId, SurrealValue, Value};

use crate::domain::round::{NewRound, Phase, RoundFormat, RoundInput};
use crate::platform::db::{Db, is_unique_violation};

/// A round as stored, without its id.
#[derive(Debug, Clone, SurrealValue)]
pub struct RoundRecord {
    pub name: String,
    pub format: String,
    pub weekday: Option<String>,
    pub start_time: Option<String>,
    pub session_hours: Option<i64>,
    pub weeks: Option<i64>,
    pub intensive_days: Option<i64>,
    pub default_budget_ore: i64,
    pub submission_start: String,
    pub submission_end: String,
    pub council_start: String,
    pub council_end: String,
    pub vote_start: String,
    pub vote_end: String,
    pub bootcamp_start: String,
    pub bootcamp_end: String,
    pub final_start: String,
    pub final_end: String,
    pub follow_up_start: String,
    pub follow_up_end: String,
}

#[derive(Debug, Clone, SurrealValue)]
pub struct RoundRow {
    pub id: String,
    #[surreal(flatten)]
    pub record: RoundRecord,
}

/// The stored round plus who created it, for `CREATE`.
#[derive(Debug, Clone, SurrealValue)]
struct CreatedRound {
    #[surreal(flatten)]
    record: RoundRecord,
    created_by: Option<RecordId>,
}

/// The stored round plus when it changed, for `UPDATE … MERGE`.
#[derive(Debug, Clone, SurrealValue)]
struct ChangedRound {
    #[surreal(flatten)]
    record: RoundRecord,
    updated_at: chrono::DateTime<chrono::Utc>,
}

pub enum WriteRoundError {
    NameTaken,
    Db(surrealdb::Error),
}

impl From<surrealdb::Error> for WriteRoundError {
    fn from(e: surrealdb::Error) -> Self {
        if is_unique_violation(&e) {
            WriteRoundError::NameTaken
        } else {
            WriteRoundError::Db(e)
        }
    }
}

impl RoundRecord {
    pub fn from_domain(round: &NewRound) -> Self {
        let date = |phase: Phase, end: bool| {
            let span = round.schedule.span(phase);
            let day = if end { span.end } else { span.start };
            day.to_string()
        };
        let (weekday, start_time, session_hours, weeks, intensive_days) = match round.format {
            RoundFormat::Weekly {
                weekday,
                starts_at,
                hours_per_session,
                weeks,
            } => (
                Some(weekday.as_str().to_owned()),
                Some(starts_at.format("%H:%M").to_string()),
                Some(i64::from(hours_per_session)),
                Some(i64::from(weeks)),
                None,
            ),
            RoundFormat::Intensive { days } => (None, None, None, None, Some(i64::from(days))),
        };
        Self {
            name: round.name.as_str().to_owned(),
            format: round.format.kind().to_owned(),
            weekday,
            start_time,
            session_hours,
            weeks,
            intensive_days,
            default_budget_ore: round.default_budget.0,
            submission_start: date(Phase::Submission, false),
            submission_end: date(Phase::Submission, true),
            council_start: date(Phase::Council, false),
            council_end: date(Phase::Council, true),
            vote_start: date(Phase::Vote, false),
            vote_end: date(Phase::Vote, true),
            bootcamp_start: date(Phase::Bootcamp, false),
            bootcamp_end: date(Phase::Bootcamp, true),
            final_start: date(Phase::FinalPresentation, false),
            final_end: date(Phase::FinalPresentation, true),
            follow_up_start: date(Phase::FollowUp, false),
            follow_up_end: date(Phase::FollowUp, true),
        }
    }

    /// Reads the stored round back through the form rules, so stored and typed rounds
    /// obey one definition. `None` means the row breaks the rules (logged by the caller).
    pub fn to_domain(&self) -> Option<NewRound> {
        let count = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        let budget = crate::domain::Ore(self.default_budget_ore).format_number();
        let input = RoundInput {
            name: self.name.clone(),
            format: self.format.clone(),
            weekday: self.weekday.clone().unwrap_or_default(),
            // Rounds stored before start times were asked for met at 13:00, as in the seed.
            start_time: self.start_time.clone().unwrap_or_else(|| "13:00".into()),
            session_hours: count(self.session_hours),
            weeks: count(self.weeks),
            intensive_days: count(self.intensive_days),
            budget_kronor: budget,
            submission_start: self.submission_start.clone(),
            submission_end: self.submission_end.clone(),
            council_start: self.council_start.clone(),
            council_end: self.council_end.clone(),
            vote_start: self.vote_start.clone(),
            vote_end: self.vote_end.clone(),
            bootcamp_start: self.bootcamp_start.clone(),
            bootcamp_end: self.bootcamp_end.clone(),
            final_start: self.final_start.clone(),
            final_end: self.final_end.clone(),
            follow_up_start: self.follow_up_start.clone(),
            follow_up_end: self.follow_up_end.clone(),
        };
        NewRound::parse(&input).ok()
    }
}

const ROUND_FIELDS: &str = "record::id(id) AS id, name, format, weekday, start_time, session_hours, weeks, \
    intensive_days, default_budget_ore, submission_start, submission_end, council_start, \
    council_end, vote_start, vote_end, bootcamp_start, bootcamp_end, final_start, final_end, \
    follow_up_start, follow_up_end";

pub async fn create(
    db: &Db,
    round: &NewRound,
    created_by: Option<&str>,
) -> Result<String, WriteRoundError> {
    let id: Option<String> = db
        .query("CREATE round CONTENT $round RETURN VALUE record::id(id)")
        .bind((
            "round",
            CreatedRound {
                record: RoundRecord::from_domain(round),
                created_by: created_by.map(|id| RecordId::new("user", id)),
            },
        ))
        .await?
        .take(0)?;
    id.ok_or_else(|| {
        WriteRoundError::Db(surrealdb::Error::internal(
            "CREATE round returned nothing".to_owned(),
        ))
    })
}

/// Replaces the round's fields; `Ok(false)` when there is no such round.
pub async fn update(db: &Db, id: &str, round: &NewRound) -> Result<bool, WriteRoundError> {
    let updated: Option<String> = db
        .query("UPDATE $id MERGE $round RETURN VALUE record::id(id)")
        .bind(("id", RecordId::new("round", id)))
        .bind((
            "round",
            ChangedRound {
                record: RoundRecord::from_domain(round),
                updated_at: chrono::Utc::now(),
            },
        ))
        .await?
        .take(0)?;
    Ok(updated.is_some())
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<RoundRow>, surrealdb::Error> {
    db.query(format!("SELECT {ROUND_FIELDS} FROM $id"))
        .bind(("id", RecordId::new("round", id)))
        .await?
        .take(0)
}

/// All rounds, newest first (by when their submission phase starts).
pub async fn list(db: &Db) -> Result<Vec<RoundRow>, surrealdb::Error> {
    db.query(format!(
        "SELECT {ROUND_FIELDS} FROM round ORDER BY submission_start DESC"
    ))
    .await?
    .take(0)
}

pub async fn count(db: &Db) -> Result<i64, surrealdb::Error> {
    let n: Option<i64> = db
        .query("RETURN count(SELECT id FROM round)")
        .await?
        .take(0)?;
    Ok(n.unwrap_or(0))
}
