//! Teams, their members and who may see them: the rows as stored and read.

use surrealdb::types::{RecordId, SurrealValue};

use crate::platform::db::Db;

pub fn team_id(id: &str) -> RecordId {
    RecordId::new("team", id)
}

pub fn user_id(id: &str) -> RecordId {
    RecordId::new("user", id)
}

/// A team with the names a page shows around it.
#[derive(Debug, Clone, SurrealValue)]
pub struct TeamRow {
    pub id: String,
    pub round_id: String,
    pub round_name: String,
    pub idea_id: String,
    pub title: String,
    pub category: Option<String>,
    pub stage: String,
    pub coach_id: String,
    pub coach_name: String,
    pub co_organizer: Option<RecordId>,
    pub co_organizer_name: Option<String>,
    pub budget_ore: i64,
    pub bootcamp_start: String,
    pub bootcamp_end: String,
}

const TEAM_FIELDS: &str = "record::id(id) AS id, record::id(round) AS round_id, \
    round.name AS round_name, record::id(idea) AS idea_id, idea.title AS title, \
    idea.category AS category, idea.stage AS stage, record::id(coach) AS coach_id, \
    coach.name AS coach_name, round.co_organizer AS co_organizer, \
    round.co_organizer.name AS co_organizer_name, budget_ore, \
    round.bootcamp_start AS bootcamp_start, round.bootcamp_end AS bootcamp_end";

pub async fn by_id(db: &Db, id: &str) -> Result<Option<TeamRow>, surrealdb::Error> {
    db.query(format!("SELECT {TEAM_FIELDS} FROM ONLY $team"))
        .bind(("team", team_id(id)))
        .await?
        .take(0)
}

pub async fn of_round(db: &Db, round: &str) -> Result<Vec<TeamRow>, surrealdb::Error> {
    db.query(format!(
        "SELECT {TEAM_FIELDS} FROM team WHERE round = $round ORDER BY title"
    ))
    .bind(("round", RecordId::new("round", round)))
    .await?
    .take(0)
}

/// Teams a person coaches, or every team for `None` (organizers).
pub async fn coached_by(db: &Db, coach: Option<&str>) -> Result<Vec<TeamRow>, surrealdb::Error> {
    let filter = if coach.is_some() {
        "WHERE coach = $coach"
    } else {
        ""
    };
    db.query(format!(
        "SELECT {TEAM_FIELDS} FROM team {filter} ORDER BY round_name DESC, title"
    ))
    .bind(("coach", coach.map(user_id)))
    .await?
    .take(0)
}

/// Teams a person is a current member of.
pub async fn of_member(db: &Db, user: &str) -> Result<Vec<TeamRow>, surrealdb::Error> {
    db.query(format!(
        "LET $teams = (SELECT VALUE team FROM team_member WHERE user = $user AND left_on = NONE);
         SELECT {TEAM_FIELDS} FROM $teams ORDER BY title;"
    ))
    .bind(("user", user_id(user)))
    .await?
    .take(1)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct MemberRow {
    pub user_id: String,
    pub name: String,
    pub email: String,
    pub joined_on: String,
    pub joined_reason: String,
    pub left_on: Option<String>,
    pub left_reason: String,
}

/// A member of one of several teams (`members_of_teams`).
#[derive(Debug, Clone, SurrealValue)]
pub struct TeamMemberRow {
    pub team_id: String,
    pub user_id: String,
    pub name: String,
    pub left_on: Option<String>,
}

/// Everyone who has been in any of `teams`, in one read, in the order they joined.
pub async fn members_of_teams(
    db: &Db,
    teams: &[String],
) -> Result<Vec<TeamMemberRow>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams.iter().map(|t| team_id(t)).collect();
    db.query(
        "SELECT record::id(team) AS team_id, record::id(user) AS user_id, user.name AS name, \
         left_on, joined_on FROM team_member WHERE team IN $teams ORDER BY joined_on, name",
    )
    .bind(("teams", teams))
    .await?
    .take(0)
}

/// Everyone who has been in the team, current and former, in the order they joined.
pub async fn members(db: &Db, team: &str) -> Result<Vec<MemberRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(user) AS user_id, user.name AS name, user.email AS email, joined_on, \
         joined_reason, left_on, left_reason FROM team_member WHERE team = $team \
         ORDER BY joined_on, name",
    )
    .bind(("team", team_id(team)))
    .await?
    .take(0)
}

pub async fn is_current_member(db: &Db, team: &str, user: &str) -> Result<bool, surrealdb::Error> {
    let n: Option<i64> = db
        .query(
            "RETURN count(SELECT id FROM team_member WHERE team = $team AND user = $user \
             AND left_on = NONE)",
        )
        .bind(("team", team_id(team)))
        .bind(("user", user_id(user)))
        .await?
        .take(0)?;
    Ok(n.unwrap_or(0) > 0)
}

/// Adds a member (guarded: not twice at once) and tells them.
pub async fn add_member(
    db: &Db,
    team: &TeamRow,
    user: &str,
    on: &str,
    reason: &str,
) -> Result<bool, surrealdb::Error> {
    let added: Option<bool> = db
        .query(
            "BEGIN TRANSACTION;
             UPDATE $team SET writes += 1;
             LET $already = count(SELECT id FROM team_member WHERE team = $team AND user = $user \
                 AND left_on = NONE);
             IF $already = 0 {
                 CREATE team_member SET team = $team, user = $user, joined_on = $on, \
                     joined_reason = $reason;
                 CREATE notification SET user = $user, idea = $idea, kind = 'team', team = $team;
             };
             RETURN $already = 0;
             COMMIT TRANSACTION;",
        )
        .bind(("team", team_id(&team.id)))
        .bind(("idea", RecordId::new("idea", team.idea_id.as_str())))
        .bind(("user", user_id(user)))
        .bind(("on", on.to_owned()))
        .bind(("reason", reason.to_owned()))
        .await?
        .take(4)?;
    Ok(added.unwrap_or(false))
}

/// Marks a current member as having left, with the day and reason. False if they were not
/// a current member.
pub async fn remove_member(
    db: &Db,
    team: &str,
    user: &str,
    on: &str,
    reason: &str,
) -> Result<bool, surrealdb::Error> {
    let changed: Vec<RecordId> = db
        .query(
            "UPDATE team_member SET left_on = $on, left_reason = $reason \
             WHERE team = $team AND user = $user AND left_on = NONE RETURN VALUE id",
        )
        .bind(("team", team_id(team)))
        .bind(("user", user_id(user)))
        .bind(("on", on.to_owned()))
        .bind(("reason", reason.to_owned()))
        .await?
        .take(0)?;
    Ok(!changed.is_empty())
}

#[derive(Debug, Clone, SurrealValue)]
pub struct CoOrganizerRow {
    pub id: String,
    pub name: String,
    pub email: String,
}

/// The round's co-organizer from the department (medorganisatör), if named.
pub async fn co_organizer(
    db: &Db,
    round: &str,
) -> Result<Option<CoOrganizerRow>, surrealdb::Error> {
    let rows: Vec<CoOrganizerRow> = db
        .query(
            "SELECT record::id(co_organizer) AS id, co_organizer.name AS name, \
             co_organizer.email AS email FROM $round WHERE co_organizer != NONE",
        )
        .bind(("round", RecordId::new("round", round)))
        .await?
        .take(0)?;
    Ok(rows.into_iter().next())
}

pub async fn set_co_organizer(
    db: &Db,
    round: &str,
    user: Option<&str>,
) -> Result<(), surrealdb::Error> {
    db.query("UPDATE $round SET co_organizer = $user")
        .bind(("round", RecordId::new("round", round)))
        .bind(("user", user.map(user_id)))
        .await?
        .check()?;
    Ok(())
}
