//! Decisions, follow-up actions, their history and check-ins as stored and read.

use surrealdb::types::{RecordId, SurrealValue};

use crate::features::proposals::{APPLY_MOVES, BatchMove, is_stage_changed};
use crate::platform::db::{Db, first_real_error, is_unique_violation};
use crate::platform::db_error::is_record_exists;

pub fn idea(id: &str) -> RecordId {
    RecordId::new("idea", id)
}

pub fn action(id: &str) -> RecordId {
    RecordId::new("followup_action", id)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct DecisionRow {
    pub outcome: String,
    pub rationale: String,
    pub by_name: Option<String>,
    pub at: chrono::DateTime<chrono::Utc>,
}

pub async fn decision_of(db: &Db, idea_id: &str) -> Result<Option<DecisionRow>, surrealdb::Error> {
    db.query("SELECT outcome, rationale, by.name AS by_name, at FROM ONLY $decision")
        .bind(("decision", RecordId::new("decision", idea_id)))
        .await?
        .take(0)
}

/// A decision with the proposal it is about (`decisions_of_round`).
#[derive(Debug, Clone, SurrealValue)]
pub struct RoundDecisionRow {
    pub idea_id: String,
    pub outcome: String,
    pub rationale: String,
}

/// Every decision of the round, in one read.
pub async fn decisions_of_round(
    db: &Db,
    round_id: &str,
) -> Result<Vec<RoundDecisionRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(idea) AS idea_id, outcome, rationale FROM decision WHERE round = $round",
    )
    .bind(("round", RecordId::new("round", round_id)))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct ActionRow {
    pub id: String,
    pub idea_id: String,
    pub idea_title: String,
    pub round_name: String,
    pub what: String,
    pub owner_id: String,
    pub owner_name: String,
    pub due: String,
    pub status: String,
    pub why: String,
}

const ACTION_FIELDS: &str = "record::id(id) AS id, record::id(idea) AS idea_id, \
    idea.title AS idea_title, round.name AS round_name, what, record::id(owner) AS owner_id, \
    owner.name AS owner_name, due, status, why";

/// Which actions to read.
pub enum Actions<'a> {
    OfIdea(&'a str),
    OwnedBy(&'a str),
    /// Open and due before this day.
    OverdueOn(String),
    /// Open, with a check-in due on or before this day and not answered.
    WaitingOn(String),
}

pub async fn actions(db: &Db, which: Actions<'_>) -> Result<Vec<ActionRow>, surrealdb::Error> {
    let order = "ORDER BY due ASC, at ASC";
    let (query, value): (String, surrealdb::types::Value) = match which {
        Actions::OfIdea(id) => (
            format!("SELECT {ACTION_FIELDS} FROM followup_action WHERE idea = $v {order}"),
            idea(id).into_value(),
        ),
        Actions::OwnedBy(id) => (
            format!("SELECT {ACTION_FIELDS} FROM followup_action WHERE owner = $v {order}"),
            RecordId::new("user", id).into_value(),
        ),
        Actions::OverdueOn(day) => (
            format!(
                "SELECT {ACTION_FIELDS} FROM followup_action \
                 WHERE status = 'open' AND due < $v {order}"
            ),
            day.into_value(),
        ),
        // The waiting check-ins first (one read), then their open actions.
        Actions::WaitingOn(day) => (
            format!(
                "LET $waiting = array::distinct(SELECT VALUE action FROM checkin \
                     WHERE due <= $v AND answer = NONE);
                 SELECT {ACTION_FIELDS} FROM $waiting WHERE status = 'open' {order};"
            ),
            day.into_value(),
        ),
    };
    let statement = usize::from(query.starts_with("LET"));
    db.query(query).bind(("v", value)).await?.take(statement)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct CheckinRow {
    pub id: String,
    pub action_id: String,
    pub months: i64,
    pub due: String,
    pub answer: Option<String>,
}

#[derive(Debug, Clone, SurrealValue)]
pub struct ActionEventRow {
    pub action_id: String,
    pub kind: String,
    pub status: String,
    pub text: String,
    pub by_name: Option<String>,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The check-ins and history of the given actions.
pub async fn details_of(
    db: &Db,
    ids: &[String],
) -> Result<(Vec<CheckinRow>, Vec<ActionEventRow>), surrealdb::Error> {
    let actions: Vec<RecordId> = ids.iter().map(|id| action(id)).collect();
    let mut response = db
        .query(
            "SELECT record::id(id) AS id, record::id(action) AS action_id, months, due, answer \
             FROM checkin WHERE action IN $actions ORDER BY months ASC;
             SELECT record::id(action) AS action_id, kind, status, text, by.name AS by_name, at \
             FROM action_event WHERE action IN $actions ORDER BY at ASC;",
        )
        .bind(("actions", actions))
        .await?;
    Ok((response.take(0)?, response.take(1)?))
}

/// Who owns the action, and the proposal it follows up.
#[derive(Debug, Clone, SurrealValue)]
pub struct ActionOwnerRow {
    pub owner_id: String,
    pub idea_id: String,
    pub status: String,
}

pub async fn action_owner(db: &Db, id: &str) -> Result<Option<ActionOwnerRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(owner) AS owner_id, record::id(idea) AS idea_id, status \
         FROM ONLY $action",
    )
    .bind(("action", action(id)))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct CheckinOwnerRow {
    pub action_id: String,
    pub owner_id: String,
    pub idea_id: String,
    pub status: String,
    pub due: String,
    pub answer: Option<String>,
}

pub async fn checkin_owner(db: &Db, id: &str) -> Result<Option<CheckinOwnerRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(action) AS action_id, record::id(action.owner) AS owner_id, \
         record::id(action.idea) AS idea_id, action.status AS status, due, answer \
         FROM ONLY $checkin",
    )
    .bind(("checkin", RecordId::new("checkin", id)))
    .await?
    .take(0)
}

pub enum DecideError {
    /// Decided already, or the proposal left "learnings" meanwhile.
    AlreadyDecided,
    Db(surrealdb::Error),
}

/// The decision to store with the move it makes.
pub struct NewDecision {
    pub idea: String,
    pub round: String,
    pub outcome: &'static str,
    pub rationale: String,
    pub by: String,
    /// The proposal's move from learnings to follow-up (with no stage notifications).
    pub step: BatchMove,
    /// Proposers, members and coach: told about the decision.
    pub notify: Vec<RecordId>,
}

/// Stores the decision (its key is the proposal's, so it exists once), moves the proposal
/// and notifies, in one transaction.
pub async fn create_decision(db: &Db, decision: NewDecision) -> Result<(), DecideError> {
    let idea_id = idea(&decision.idea);
    let result = db
        .query(format!(
            "BEGIN TRANSACTION;
             CREATE $decision SET idea = $idea, round = $round, outcome = $outcome, \
                 rationale = $rationale, by = $by;
             {APPLY_MOVES}
             FOR $p IN $notify {{
                 CREATE notification SET user = $p, idea = $idea, kind = 'decision';
             }};
             COMMIT TRANSACTION;"
        ))
        .bind((
            "decision",
            RecordId::new("decision", decision.idea.as_str()),
        ))
        .bind(("idea", idea_id))
        .bind(("round", RecordId::new("round", decision.round.as_str())))
        .bind(("outcome", decision.outcome))
        .bind(("rationale", decision.rationale))
        .bind(("by", RecordId::new("user", decision.by.as_str())))
        .bind(("moves", vec![decision.step]))
        .bind(("notify", decision.notify))
        .await;
    let mut response = result.map_err(DecideError::Db)?;
    match first_real_error(&mut response) {
        None => Ok(()),
        Some(e) if is_stage_changed(&e) || is_record_exists(&e) || is_unique_violation(&e) => {
            Err(DecideError::AlreadyDecided)
        }
        Some(e) => Err(DecideError::Db(e)),
    }
}

/// A new action with its check-ins; the owner is told unless they made it themselves.
pub struct NewAction {
    pub idea: String,
    pub round: String,
    pub what: String,
    pub owner: String,
    pub due: String,
    pub by: String,
    /// (months after the bootcamp, day) of each check-in.
    pub checkins: Vec<(i64, String)>,
}

#[derive(Debug, Clone, SurrealValue)]
struct CheckinPlan {
    months: i64,
    due: String,
}

pub async fn create_action(db: &Db, new: NewAction) -> Result<String, surrealdb::Error> {
    let id = crate::platform::ids::new_key();
    let plans: Vec<CheckinPlan> = new
        .checkins
        .into_iter()
        .map(|(months, due)| CheckinPlan { months, due })
        .collect();
    let notify_owner = new.owner != new.by;
    let mut response = db
        .query(
            "BEGIN TRANSACTION;
             CREATE $action SET idea = $idea, round = $round, what = $what, owner = $owner, \
                 due = $due, status = 'open', by = $by;
             CREATE action_event SET action = $action, kind = 'status', status = 'open', \
                 text = '', by = $by;
             FOR $c IN $checkins {
                 CREATE type::record('checkin', string::concat($key, 'm', <string> $c.months)) \
                     SET action = $action, months = $c.months, due = $c.due;
             };
             IF $notify_owner {
                 CREATE notification SET user = $owner, idea = $idea, kind = 'action', \
                     action = $action;
             };
             COMMIT TRANSACTION;",
        )
        .bind(("action", action(&id)))
        .bind(("key", id.clone()))
        .bind(("idea", idea(&new.idea)))
        .bind(("round", RecordId::new("round", new.round.as_str())))
        .bind(("what", new.what))
        .bind(("owner", RecordId::new("user", new.owner.as_str())))
        .bind(("due", new.due))
        .bind(("by", RecordId::new("user", new.by.as_str())))
        .bind(("checkins", plans))
        .bind(("notify_owner", notify_owner))
        .await?;
    match first_real_error(&mut response) {
        None => Ok(id),
        Some(e) => Err(e),
    }
}

/// Sets an action's status (with why) and writes the history line; nothing when unchanged.
pub async fn set_status(
    db: &Db,
    id: &str,
    status: &str,
    why: &str,
    by: &str,
) -> Result<bool, surrealdb::Error> {
    let result = db
        .query(
            "BEGIN TRANSACTION;
             LET $changed = (UPDATE $action SET status = $status, why = $why, \
                 reminded = (IF $status = 'open' THEN false ELSE reminded END) \
                 WHERE status != $status RETURN VALUE id);
             IF array::len($changed) > 0 {
                 CREATE action_event SET action = $action, kind = 'status', status = $status, \
                     text = $why, by = $by;
             };
             RETURN array::len($changed) > 0;
             COMMIT TRANSACTION;",
        )
        .bind(("action", action(id)))
        .bind(("status", status.to_owned()))
        .bind(("why", why.to_owned()))
        .bind(("by", RecordId::new("user", by)))
        .await
        .and_then(|mut r| r.take::<Option<bool>>(3));
    unless_clashed(result)
}

/// Gives the action to `owner`: unanswered check-ins will ask the new owner, the overdue
/// reminder is re-armed, the history names them and they are told; false when they own it
/// already.
pub async fn reassign(db: &Db, id: &str, owner: &str, by: &str) -> Result<bool, surrealdb::Error> {
    let result = db
        .query(
            "BEGIN TRANSACTION;
             LET $moved = (UPDATE $action SET owner = $owner, reminded = false \
                 WHERE owner != $owner RETURN idea, status);
             IF array::len($moved) > 0 {
                 UPDATE checkin SET asked = false WHERE action = $action AND answer = NONE;
                 CREATE action_event SET action = $action, kind = 'owner', \
                     status = $moved[0].status, text = $owner.name, by = $by;
                 CREATE notification SET user = $owner, idea = $moved[0].idea, kind = 'action', \
                     action = $action;
             };
             RETURN array::len($moved) > 0;
             COMMIT TRANSACTION;",
        )
        .bind(("action", action(id)))
        .bind(("owner", RecordId::new("user", owner)))
        .bind(("by", RecordId::new("user", by)))
        .await
        .and_then(|mut r| r.take::<Option<bool>>(3));
    unless_clashed(result)
}

/// Stores a check-in's answer once, with a history line; false when it was answered already.
pub async fn answer_checkin(
    db: &Db,
    id: &str,
    answer: &str,
    by: &str,
) -> Result<bool, surrealdb::Error> {
    let result = db
        .query(
            "BEGIN TRANSACTION;
             LET $done = (UPDATE $checkin SET answer = $answer, answered_by = $by, \
                 answered_at = time::now(), asked = true WHERE answer = NONE RETURN VALUE action);
             FOR $a IN $done {
                 CREATE action_event SET action = $a, kind = 'checkin', status = $a.status, \
                     text = $answer, by = $by;
             };
             RETURN array::len($done) > 0;
             COMMIT TRANSACTION;",
        )
        .bind(("checkin", RecordId::new("checkin", id)))
        .bind(("answer", answer.to_owned()))
        .bind(("by", RecordId::new("user", by)))
        .await
        .and_then(|mut r| r.take::<Option<bool>>(3));
    unless_clashed(result)
}

/// Whether the write happened; a clash with the same write at the same moment (a double
/// click) did not happen: the other one did.
fn unless_clashed(
    result: Result<Option<bool>, surrealdb::Error>,
) -> Result<bool, surrealdb::Error> {
    match result {
        Ok(done) => Ok(done.unwrap_or(false)),
        Err(e) if crate::platform::db_error::is_retryable(&e) => Ok(false),
        Err(e) => Err(e),
    }
}
