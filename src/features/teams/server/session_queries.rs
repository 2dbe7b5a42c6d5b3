//! A team's sessions: the plan, moves and cancellations with their trace, attendance and
//! the handover note.

use surrealdb::types::{RecordId, SurrealValue};

use super::queries::{team_id, user_id};
use crate::domain::team::{Attendance, Handover, PlannedSession, SessionMove};
use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::is_thrown;

pub fn session_id(id: &str) -> RecordId {
    RecordId::new("team_session", id)
}

pub fn hh_mm(time: chrono::NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// One planned session, as stored.
#[derive(Debug, Clone, SurrealValue)]
pub struct PlanRow {
    pub date: String,
    pub starts_at: String,
    pub ends_at: String,
}

impl From<&PlannedSession> for PlanRow {
    fn from(s: &PlannedSession) -> Self {
        PlanRow {
            date: s.date.to_string(),
            starts_at: hh_mm(s.starts_at),
            ends_at: hh_mm(s.ends_at),
        }
    }
}

#[derive(Debug, Clone, SurrealValue)]
pub struct SessionRow {
    pub id: String,
    pub team_id: String,
    pub date: String,
    pub starts_at: String,
    pub ends_at: String,
    pub cancelled: bool,
    pub sequence: i64,
    pub did: String,
    pub learned: String,
    pub next_steps: String,
    pub handover_by_name: Option<String>,
    pub handover_at: Option<chrono::DateTime<chrono::Utc>>,
}

const SESSION_FIELDS: &str = "record::id(id) AS id, record::id(team) AS team_id, date, \
    starts_at, ends_at, cancelled, sequence, did, learned, next_steps, \
    handover_by.name AS handover_by_name, handover_at";

pub async fn of_team(db: &Db, team: &str) -> Result<Vec<SessionRow>, surrealdb::Error> {
    db.query(format!(
        "SELECT {SESSION_FIELDS} FROM team_session WHERE team = $team ORDER BY date, starts_at"
    ))
    .bind(("team", team_id(team)))
    .await?
    .take(0)
}

/// The sessions of many teams at once (the coach's overview).
pub async fn of_teams(db: &Db, teams: &[String]) -> Result<Vec<SessionRow>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams.iter().map(|t| team_id(t)).collect();
    db.query(format!(
        "SELECT {SESSION_FIELDS} FROM team_session WHERE team IN $teams ORDER BY date, starts_at"
    ))
    .bind(("teams", teams))
    .await?
    .take(0)
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<SessionRow>, surrealdb::Error> {
    db.query(format!("SELECT {SESSION_FIELDS} FROM ONLY $meeting"))
        .bind(("meeting", session_id(id)))
        .await?
        .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct MarkRow {
    pub session_id: String,
    pub user_id: String,
    pub status: String,
}

impl MarkRow {
    pub fn status(&self) -> Option<Attendance> {
        Attendance::parse(&self.status).ok()
    }
}

pub async fn marks_of_teams(db: &Db, teams: &[String]) -> Result<Vec<MarkRow>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams.iter().map(|t| team_id(t)).collect();
    db.query(
        "SELECT record::id(session) AS session_id, record::id(user) AS user_id, status \
         FROM attendance WHERE team IN $teams",
    )
    .bind(("teams", teams))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
struct Mark {
    user: RecordId,
    status: String,
}

/// Stores the marks of one session (marking again replaces a person's mark).
pub async fn save_marks(
    db: &Db,
    session: &SessionRow,
    marks: &[(String, Attendance)],
) -> Result<(), surrealdb::Error> {
    let marks: Vec<Mark> = marks
        .iter()
        .map(|(user, status)| Mark {
            user: user_id(user),
            status: status.as_str().to_owned(),
        })
        .collect();
    db.query(
        "BEGIN TRANSACTION;
         FOR $m IN $marks {
             UPSERT type::record('attendance', $session_key + '_' + record::id($m.user)) SET \
                 session = $meeting, team = $team, user = $m.user, status = $m.status, \
                 at = time::now();
         };
         COMMIT TRANSACTION;",
    )
    .bind(("marks", marks))
    .bind(("session_key", session.id.clone()))
    .bind(("meeting", session_id(&session.id)))
    .bind(("team", team_id(&session.team_id)))
    .await?
    .check()?;
    Ok(())
}

pub async fn save_handover(
    db: &Db,
    session: &str,
    handover: &Handover,
    by: &str,
) -> Result<(), surrealdb::Error> {
    db.query(
        "UPDATE $meeting SET did = $did, learned = $learned, next_steps = $next_steps, \
         handover_by = $by, handover_at = time::now()",
    )
    .bind(("meeting", session_id(session)))
    .bind(("did", handover.did.clone()))
    .bind(("learned", handover.learned.clone()))
    .bind(("next_steps", handover.next_steps.clone()))
    .bind(("by", user_id(by)))
    .await?
    .check()?;
    Ok(())
}

/// Moves a session (uncancelling it if it was cancelled) and keeps the trace.
pub async fn move_session(
    db: &Db,
    session: &SessionRow,
    change: &SessionMove,
    by: &str,
) -> Result<(), surrealdb::Error> {
    db.query(
        "BEGIN TRANSACTION;
         CREATE session_change SET session = $meeting, team = $team, kind = 'moved', \
             from_date = $from_date, from_starts_at = $from_start, to_date = $date, \
             to_starts_at = $starts_at, reason = $reason, by = $by;
         UPDATE $meeting SET date = $date, starts_at = $starts_at, ends_at = $ends_at, \
             cancelled = false, sequence += 1, reminded = false;
         COMMIT TRANSACTION;",
    )
    .bind(("meeting", session_id(&session.id)))
    .bind(("team", team_id(&session.team_id)))
    .bind(("from_date", session.date.clone()))
    .bind(("from_start", session.starts_at.clone()))
    .bind(("date", change.date.to_string()))
    .bind(("starts_at", hh_mm(change.starts_at)))
    .bind(("ends_at", hh_mm(change.ends_at)))
    .bind(("reason", change.reason.as_str().to_owned()))
    .bind(("by", user_id(by)))
    .await?
    .check()?;
    Ok(())
}

/// Cancels a session and keeps the trace; false if it was cancelled already (a second
/// click at the same moment writes nothing).
pub async fn cancel_session(
    db: &Db,
    session: &SessionRow,
    reason: &str,
    by: &str,
) -> Result<bool, surrealdb::Error> {
    let mut response = db
        .query(
            "BEGIN TRANSACTION;
         IF (SELECT VALUE cancelled FROM ONLY $meeting) { THROW 'already_cancelled'; };
         CREATE session_change SET session = $meeting, team = $team, kind = 'cancelled', \
             from_date = $from_date, from_starts_at = $from_start, reason = $reason, by = $by;
         UPDATE $meeting SET cancelled = true, sequence += 1;
         COMMIT TRANSACTION;",
        )
        .bind(("meeting", session_id(&session.id)))
        .bind(("team", team_id(&session.team_id)))
        .bind(("from_date", session.date.clone()))
        .bind(("from_start", session.starts_at.clone()))
        .bind(("reason", reason.to_owned()))
        .bind(("by", user_id(by)))
        .await?;
    match first_real_error(&mut response) {
        None => Ok(true),
        Some(e) if is_thrown(&e, "already_cancelled") => Ok(false),
        Some(e) => Err(e),
    }
}

#[derive(Debug, Clone, SurrealValue)]
pub struct ChangeRow {
    pub session_id: String,
    pub kind: String,
    pub from_date: String,
    pub from_starts_at: String,
    pub to_date: Option<String>,
    pub to_starts_at: Option<String>,
    pub reason: String,
    pub by_name: Option<String>,
    pub at: chrono::DateTime<chrono::Utc>,
}

pub async fn changes_of_team(db: &Db, team: &str) -> Result<Vec<ChangeRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(session) AS session_id, kind, from_date, from_starts_at, to_date, \
         to_starts_at, reason, by.name AS by_name, at FROM session_change WHERE team = $team \
         ORDER BY at",
    )
    .bind(("team", team_id(team)))
    .await?
    .take(0)
}
