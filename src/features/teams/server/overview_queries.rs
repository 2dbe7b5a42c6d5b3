//! The coach's overview reads only what it shows, for all of a coach's teams at once:
//! each session's day and whether it has a handover, attendance counted per session in
//! the database, and membership days.

use surrealdb::types::{RecordId, SurrealValue};

use super::queries::team_id;
use crate::platform::db::Db;

#[derive(Debug, Clone, SurrealValue)]
pub struct SessionDay {
    pub id: String,
    pub team_id: String,
    pub date: String,
    pub cancelled: bool,
    pub handed_over: bool,
}

pub async fn session_days(db: &Db, teams: &[String]) -> Result<Vec<SessionDay>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams.iter().map(|t| team_id(t)).collect();
    db.query(
        "SELECT record::id(id) AS id, record::id(team) AS team_id, date, cancelled, \
         (did != '' OR next_steps != '') AS handed_over FROM team_session \
         WHERE team IN $teams ORDER BY date",
    )
    .bind(("teams", teams))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct SessionCount {
    pub session_id: String,
    pub marked: i64,
    pub present: i64,
}

/// Per session: how many were marked, and how many of them present.
pub async fn attendance_counts(
    db: &Db,
    teams: &[String],
) -> Result<Vec<SessionCount>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams.iter().map(|t| team_id(t)).collect();
    db.query(
        "SELECT record::id(session) AS session_id, count() AS marked, \
         count(status = 'present') AS present FROM attendance WHERE team IN $teams \
         GROUP BY session_id",
    )
    .bind(("teams", teams))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct MembershipDays {
    pub team_id: String,
    pub joined_on: String,
    pub left_on: Option<String>,
}

pub async fn membership_days(
    db: &Db,
    teams: &[String],
) -> Result<Vec<MembershipDays>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams.iter().map(|t| team_id(t)).collect();
    db.query(
        "SELECT record::id(team) AS team_id, joined_on, left_on FROM team_member \
         WHERE team IN $teams",
    )
    .bind(("teams", teams))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct OverviewTeam {
    pub id: String,
    pub title: String,
    pub round_id: String,
    pub budget_ore: i64,
}

/// The teams a coach runs (or every team for `None`), with one link followed per team.
pub async fn teams(db: &Db, coach: Option<&str>) -> Result<Vec<OverviewTeam>, surrealdb::Error> {
    let filter = if coach.is_some() {
        "WHERE coach = $coach"
    } else {
        ""
    };
    db.query(format!(
        "SELECT record::id(id) AS id, idea.title AS title, record::id(round) AS round_id, \
         budget_ore FROM team {filter}"
    ))
    .bind(("coach", coach.map(|c| RecordId::new("user", c))))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct OverviewRound {
    pub id: String,
    pub name: String,
    pub bootcamp_start: String,
    pub bootcamp_end: String,
}

/// The rounds of those teams, each read once.
pub async fn rounds(db: &Db, ids: &[String]) -> Result<Vec<OverviewRound>, surrealdb::Error> {
    let ids: Vec<RecordId> = ids
        .iter()
        .map(|r| RecordId::new("round", r.as_str()))
        .collect();
    db.query(
        "SELECT record::id(id) AS id, name, bootcamp_start, bootcamp_end FROM round \
         WHERE id IN $ids",
    )
    .bind(("ids", ids))
    .await?
    .take(0)
}
