//! Forming a team from a selected proposal: the picker's data (sign-ups with their
//! interests, hours, manager's approval and current placements; the proposers; coaches)
//! and the one transaction that creates the team, its members and sessions, moves the
//! proposal to "in test" and tells everyone.

use surrealdb::types::{RecordId, SurrealValue};

use super::queries::{team_id, user_id};
use super::session_queries::PlanRow;
use crate::domain::proposal::{Stage, StageAction};
use crate::features::proposals::{APPLY_MOVES, BatchMove, is_stage_changed};
use crate::platform::db::{Db, first_real_error, is_unique_violation};
use crate::platform::db_error::is_record_exists;

#[derive(Debug, Clone, SurrealValue)]
pub struct PlacementRow {
    pub user_id: String,
    pub title: String,
}

/// Who is a current member of which team in the round (for "already placed with").
pub async fn placements(db: &Db, round: &str) -> Result<Vec<PlacementRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(user) AS user_id, team.idea.title AS title FROM team_member \
         WHERE team.round = $round AND left_on = NONE",
    )
    .bind(("round", RecordId::new("round", round)))
    .await?
    .take(0)
}

/// A selected proposal of the round still waiting for its team.
#[derive(Debug, Clone, SurrealValue)]
pub struct WaitingRow {
    pub id: String,
    pub title: String,
    pub category: Option<String>,
}

pub async fn waiting_for_team(db: &Db, round: &str) -> Result<Vec<WaitingRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(id) AS id, title, category FROM idea \
         WHERE round = $round AND stage = 'selected' ORDER BY title",
    )
    .bind(("round", RecordId::new("round", round)))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
struct TeamContent {
    round: RecordId,
    idea: RecordId,
    coach: RecordId,
    budget_ore: i64,
    created_by: RecordId,
}

pub struct NewTeam<'a> {
    pub round: &'a str,
    pub idea: &'a str,
    pub coach: &'a str,
    pub budget_ore: i64,
    pub by: &'a str,
    pub members: Vec<String>,
    /// The proposers, told by the stage change; the other members get a "team" note.
    pub owners: Vec<RecordId>,
    pub joined_on: String,
    pub sessions: Vec<PlanRow>,
}

pub enum FormError {
    /// The proposal has a team already, or left "selected" meanwhile.
    AlreadyFormed,
    Db(surrealdb::Error),
}

/// Creates the team (its key is the proposal's, so one team per proposal), in one
/// transaction with its members, sessions, the stage change and the notifications.
pub async fn create(db: &Db, team: NewTeam<'_>) -> Result<String, FormError> {
    let idea = RecordId::new("idea", team.idea);
    let content = TeamContent {
        round: RecordId::new("round", team.round),
        idea: idea.clone(),
        coach: user_id(team.coach),
        budget_ore: team.budget_ore,
        created_by: user_id(team.by),
    };
    let members: Vec<RecordId> = team.members.iter().map(|m| user_id(m)).collect();
    let newcomers: Vec<RecordId> = members
        .iter()
        .filter(|m| !team.owners.contains(m))
        .cloned()
        .collect();
    let moves = vec![BatchMove {
        idea: idea.clone(),
        action: StageAction::StartTest.as_str().to_owned(),
        from: Stage::Selected.as_str().to_owned(),
        to: Stage::InTest.as_str().to_owned(),
        reason: String::new(),
        notify: team.owners.clone(),
    }];
    let result = db
        .query(format!(
            "BEGIN TRANSACTION;
             CREATE $team CONTENT $content;
             FOR $m IN $members {{
                 CREATE team_member SET team = $team, user = $m, joined_on = $on;
             }};
             FOR $m IN $newcomers {{
                 CREATE notification SET user = $m, idea = $idea, kind = 'team', team = $team;
             }};
             FOR $s IN $sessions {{
                 CREATE team_session SET team = $team, date = $s.date, starts_at = $s.starts_at, \
                     ends_at = $s.ends_at;
             }};
             {APPLY_MOVES}
             COMMIT TRANSACTION;"
        ))
        .bind(("team", team_id(team.idea)))
        .bind(("content", content))
        .bind(("members", members))
        .bind(("newcomers", newcomers))
        .bind(("idea", idea))
        .bind(("on", team.joined_on))
        .bind(("sessions", team.sessions))
        .bind(("moves", moves))
        .bind(("by", user_id(team.by)))
        .await;
    let mut response = result.map_err(FormError::Db)?;
    match first_real_error(&mut response) {
        None => Ok(team.idea.to_owned()),
        Some(e) if is_stage_changed(&e) || is_unique_violation(&e) || is_record_exists(&e) => {
            Err(FormError::AlreadyFormed)
        }
        Some(e) => Err(FormError::Db(e)),
    }
}
