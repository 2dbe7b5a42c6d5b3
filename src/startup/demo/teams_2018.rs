//! Loads the six test teams of the autumn 2018 Bootcamp (`team_story_2018`) into the
//! database: accounts, teams, members, sessions with attendance and handovers, notes, expenses.

use chrono::{DateTime, NaiveDate, Utc};
use surrealdb::types::{RecordId, SurrealValue};

use super::story_2018::STORY_2018;
use super::team_story_2018::{
    BUDGET_ORE, COACHES, DemoTeam, Expense, Note, SESSION_DAYS, SIGNED_UP_ON, SIGNED_UP_REASON,
    TEAMS,
};
use crate::domain::{Email, PersonName, Role};
use crate::platform::auth;
use crate::platform::db::{Db, DbSetupError};
use crate::platform::ids::new_key;
use crate::platform::users::{self, CreateUserError};

#[derive(Debug, Clone, SurrealValue)]
struct MemberRow {
    team: RecordId,
    user: RecordId,
    joined_on: String,
    joined_reason: String,
    left_on: Option<String>,
    left_reason: String,
    at: DateTime<Utc>,
}

#[derive(Debug, Clone, SurrealValue)]
struct SessionRow {
    id: RecordId,
    team: RecordId,
    date: String,
    starts_at: String,
    ends_at: String,
    did: String,
    learned: String,
    next_steps: String,
    handover_by: RecordId,
    handover_at: DateTime<Utc>,
    reminded: bool,
}

#[derive(Debug, Clone, SurrealValue)]
struct MarkRow {
    id: RecordId,
    session: RecordId,
    team: RecordId,
    user: RecordId,
    status: String,
    at: DateTime<Utc>,
}

#[derive(Debug, Clone, SurrealValue)]
struct NoteRow {
    team: RecordId,
    session: Option<RecordId>,
    author: RecordId,
    body: String,
    visibility: String,
    at: DateTime<Utc>,
}

#[derive(Debug, Clone, SurrealValue)]
struct ExpenseRow {
    team: RecordId,
    date: String,
    amount_ore: i64,
    what: String,
    category: String,
    paid_by: String,
    status: String,
    entered_by: RecordId,
    at: DateTime<Utc>,
}

pub(super) fn demo_err(what: String) -> DbSetupError {
    surrealdb::Error::internal(what).into()
}

/// A moment on `day`, in UTC (12:00 UTC is 14:00 in October's summer time, 13:00 in November).
pub(super) fn at(day: &str, hour: u32, minute: u32) -> Result<DateTime<Utc>, DbSetupError> {
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .and_then(|date| date.and_hms_opt(hour, minute, 0))
        .map(|moment| moment.and_utc())
        .ok_or_else(|| demo_err(format!("bad demo date {day}")))
}

/// `fornamn.efternamn@idesluss.example`, without å, ä, ö.
pub(super) fn email_of(name: &str) -> String {
    let local: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            ' ' => '.',
            c => c,
        })
        .collect();
    format!("{local}@idesluss.example")
}

/// An account nobody can sign in to (`hash` is of a password nobody knows).
async fn create_account(
    db: &Db,
    full_name: &str,
    hash: &str,
    roles: &[Role],
) -> Result<String, DbSetupError> {
    let name = PersonName::parse(full_name).map_err(|e| demo_err(format!("{full_name}: {e:?}")))?;
    let email = Email::parse(&email_of(full_name))
        .map_err(|e| demo_err(format!("e-mail of {full_name}: {e:?}")))?;
    users::create(db, &name, &email, hash.to_owned(), roles)
        .await
        .map_err(|e| match e {
            CreateUserError::Db(e) => e.into(),
            CreateUserError::EmailTaken => demo_err(format!("{} exists", email.as_str())),
        })
}

/// When a member joined and left (day, reason).
#[derive(Clone, Copy)]
struct Span {
    joined: (&'static str, &'static str),
    left: Option<(&'static str, &'static str)>,
}

impl Span {
    fn of(team: &DemoTeam, member: usize) -> Span {
        let find = |changes: &'static [(usize, &'static str, &'static str)]| {
            changes
                .iter()
                .find(|(m, _, _)| *m == member)
                .map(|&(_, day, why)| (day, why))
        };
        Span {
            joined: find(team.joined_later).unwrap_or((SIGNED_UP_ON, SIGNED_UP_REASON)),
            left: find(team.left),
        }
    }

    fn in_team_on(self, day: &str) -> bool {
        self.joined.0 <= day && self.left.is_none_or(|(left_on, _)| left_on > day)
    }
}

/// Creates the coaches, the members and the six teams of the 2018 round. `ideas[i]` is the
/// key of `STORY_2018[i]`'s proposal in the round `round_id`.
pub async fn load(db: &Db, round_id: &str, ideas: &[String]) -> Result<(), DbSetupError> {
    if ideas.len() != TEAMS.len() {
        return Err(demo_err(format!("{} proposals for six teams", ideas.len())));
    }
    let hash = auth::hash_password(&new_key()).map_err(|e| demo_err(e.to_string()))?;
    let mut coaches = Vec::new();
    for (category, name) in COACHES {
        coaches.push((
            category,
            create_account(db, name, &hash, &[Role::Coach]).await?,
        ));
    }
    for ((team, story), idea) in TEAMS.iter().zip(&STORY_2018).zip(ideas) {
        let Some((_, coach)) = coaches.iter().find(|(c, _)| *c == story.category) else {
            return Err(demo_err(format!("no demo coach for {}", story.category)));
        };
        let mut members = Vec::new();
        for name in team.members {
            members.push(create_account(db, name, &hash, &[]).await?);
        }
        load_team(db, round_id, idea, team, coach, &members).await?;
    }
    Ok(())
}

/// One team with its line-up, sessions, attendance, coach notes and expenses, in one
/// transaction.
async fn load_team(
    db: &Db,
    round_id: &str,
    idea: &str,
    team: &DemoTeam,
    coach: &str,
    members: &[String],
) -> Result<(), DbSetupError> {
    let team_ref = RecordId::new("team", idea);
    let user = |key: &str| RecordId::new("user", key);
    let spans: Vec<Span> = (0..members.len()).map(|m| Span::of(team, m)).collect();
    let mut member_rows = Vec::new();
    for (key, span) in members.iter().zip(&spans) {
        member_rows.push(MemberRow {
            team: team_ref.clone(),
            user: user(key),
            joined_on: span.joined.0.to_owned(),
            joined_reason: span.joined.1.to_owned(),
            left_on: span.left.map(|(day, _)| day.to_owned()),
            left_reason: span.left.map_or("", |(_, why)| why).to_owned(),
            at: at(span.joined.0, 8, 0)?,
        });
    }
    let mut sessions = Vec::new();
    let mut marks = Vec::new();
    for (n, (day, handover)) in SESSION_DAYS.into_iter().zip(&team.handovers).enumerate() {
        let key = new_key();
        let meeting = RecordId::new("team_session", key.as_str());
        for (m, (member, span)) in members.iter().zip(&spans).enumerate() {
            if !span.in_team_on(day) {
                continue;
            }
            let status = team
                .absences
                .iter()
                .find(|&&(s, who, _)| s == n && who == m)
                .map_or("present", |&(_, _, status)| status);
            marks.push(MarkRow {
                id: RecordId::new("attendance", format!("{key}_{member}")),
                session: meeting.clone(),
                team: team_ref.clone(),
                user: user(member),
                status: status.to_owned(),
                at: at(day, 12, 10)?,
            });
        }
        sessions.push(SessionRow {
            id: meeting,
            team: team_ref.clone(),
            date: day.to_owned(),
            starts_at: "13:00".to_owned(),
            ends_at: "15:00".to_owned(),
            did: handover[0].to_owned(),
            learned: handover[1].to_owned(),
            next_steps: handover[2].to_owned(),
            handover_by: user(coach),
            handover_at: at(day, 14, 15)?,
            reminded: true,
        });
    }
    let mut notes = Vec::new();
    for &Note(session, on_session, visibility, body) in team.notes {
        let Some(meeting) = sessions.get(session) else {
            return Err(demo_err(format!("no session {session} for a note")));
        };
        notes.push(NoteRow {
            team: team_ref.clone(),
            session: on_session.then(|| meeting.id.clone()),
            author: user(coach),
            body: body.to_owned(),
            visibility: visibility.to_owned(),
            at: at(&meeting.date, 14, 30)?,
        });
    }
    let mut expenses = Vec::new();
    for &Expense(date, amount_ore, category, what, paid_by, by) in team.expenses {
        let entered_by = members
            .get(by)
            .ok_or_else(|| demo_err(format!("no member {by} entered {what}")))?;
        expenses.push(ExpenseRow {
            team: team_ref.clone(),
            date: date.to_owned(),
            amount_ore,
            what: what.to_owned(),
            category: category.to_owned(),
            paid_by: paid_by.to_owned(),
            status: "approved".to_owned(),
            entered_by: user(entered_by),
            at: at(date, 16, 0)?,
        });
    }
    db.query(
        "BEGIN TRANSACTION;
         CREATE $team SET round = $round, idea = $idea, coach = $coach, budget_ore = $budget, \
             created_by = $coach, created_at = $formed RETURN NONE;
         INSERT INTO team_member $members RETURN NONE;
         INSERT INTO team_session $meetings RETURN NONE;
         INSERT INTO attendance $marks RETURN NONE;
         INSERT INTO coach_note $notes RETURN NONE;
         INSERT INTO expense $expenses RETURN NONE;
         COMMIT TRANSACTION;",
    )
    .bind(("team", team_ref))
    .bind(("round", RecordId::new("round", round_id)))
    .bind(("idea", RecordId::new("idea", idea)))
    .bind(("coach", user(coach)))
    .bind(("budget", BUDGET_ORE))
    .bind(("formed", at(SIGNED_UP_ON, 9, 0)?))
    .bind(("members", member_rows))
    .bind(("meetings", sessions))
    .bind(("marks", marks))
    .bind(("notes", notes))
    .bind(("expenses", expenses))
    .await?
    .check()?;
    Ok(())
}
