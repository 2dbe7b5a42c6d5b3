//! Test teams (arbetsgrupper), the coach's workspace: forming a team from a selected
//! proposal, its members and their history, the session plan with moves and
//! cancellations, attendance and the handover note, the coach's overview and "Mina team".

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::team::{Attendance, Handover, Reason},
    crate::domain::{Email, FieldErrors, Role},
    crate::error::echo_of,
    crate::platform::{context, ids::checked_id},
};

/// What coach notes, the budget and the calendar build on: who the viewer is in a team;
/// and the day-before reminders that startup runs.
#[cfg(feature = "ssr")]
pub use server::{
    TeamRow, find_team,
    reminders::send_reminders,
    session_queries::{SessionRow, of_teams as sessions_of_teams},
    team_store, viewer_of,
};

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::proposal::Stage;
use crate::domain::round::PhaseSpan;
use crate::domain::signup::{Availability, ManagerConsent};
use crate::domain::team::{
    HandoverInput, LineupChange, Membership, PlannedSession, SessionMoveInput, TeamViewer,
    changes_between,
};
use crate::domain::{Category, Ore};
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: String,
    pub name: String,
}

/// One team in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamSummary {
    pub id: String,
    pub title: String,
    pub category: Option<Category>,
    pub round_id: String,
    pub round_name: String,
    pub coach_name: String,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingProposal {
    pub id: String,
    pub title: String,
    pub category: Option<Category>,
}

/// The organizer's page of a round's teams.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundTeams {
    pub round_id: String,
    pub round_name: String,
    pub co_organizer: Option<PersonRef>,
    pub co_organizer_email: String,
    pub teams: Vec<TeamSummary>,
    pub waiting: Vec<WaitingProposal>,
}

/// Someone the organizer may put in a team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub user_id: String,
    pub name: String,
    pub email: String,
    /// The proposer or a co-proposer: ticked from the start.
    pub is_owner: bool,
    pub categories: Vec<Category>,
    pub availability: Option<Availability>,
    pub manager: Option<ManagerConsent>,
    /// Titles of the teams of this round they are in already.
    pub placed_with: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamForm {
    pub round_id: String,
    pub round_name: String,
    pub idea_id: String,
    pub title: String,
    pub category: Option<Category>,
    pub candidates: Vec<Candidate>,
    pub coaches: Vec<PersonRef>,
    pub sessions: Vec<PlannedSession>,
    pub budget: Ore,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub user_id: String,
    pub name: String,
    /// Empty for viewers outside the team.
    pub email: String,
    pub joined_on: NaiveDate,
    pub joined_reason: String,
    pub left_on: Option<NaiveDate>,
    pub left_reason: String,
}

impl MemberView {
    pub fn is_current(&self) -> bool {
        self.left_on.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverView {
    pub session_id: String,
    pub date: NaiveDate,
    pub did: String,
    pub learned: String,
    pub next_steps: String,
    pub by_name: Option<String>,
    pub at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionChangeView {
    pub cancelled: bool,
    pub from_date: String,
    pub from_starts_at: String,
    pub to_date: Option<String>,
    pub to_starts_at: Option<String>,
    pub reason: String,
    pub by_name: Option<String>,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: String,
    /// 1, 2, 3… in date order.
    pub number: u32,
    pub date: NaiveDate,
    pub starts_at: String,
    pub ends_at: String,
    pub cancelled: bool,
    pub changes: Vec<SessionChangeView>,
    /// Per member id; empty for viewers outside the team.
    pub marks: Vec<(String, crate::domain::team::Attendance)>,
}

impl SessionView {
    pub fn present(&self) -> usize {
        self.marks
            .iter()
            .filter(|(_, a)| *a == crate::domain::team::Attendance::Present)
            .count()
    }
}

/// A team's page (also the session pages'): what every signed-in person may see, and the
/// workspace (attendance, handovers) for the team, its coach and organizers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamPage {
    pub id: String,
    pub round_id: String,
    pub round_name: String,
    pub idea_id: String,
    pub title: String,
    pub category: Option<Category>,
    pub stage: Stage,
    pub coach: PersonRef,
    pub co_organizer: Option<String>,
    pub viewer: TeamViewer,
    pub today: NaiveDate,
    pub bootcamp: PhaseSpan,
    pub budget: Ore,
    pub members: Vec<MemberView>,
    pub sessions: Vec<SessionView>,
    /// Empty for viewers outside the team.
    pub handovers: Vec<HandoverView>,
}

impl TeamPage {
    pub fn session(&self, id: &str) -> Option<&SessionView> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// The first session today or later that is not cancelled.
    pub fn next_session(&self) -> Option<&SessionView> {
        self.sessions
            .iter()
            .find(|s| !s.cancelled && s.date >= self.today)
    }

    /// The held (not cancelled) session before `date`, if any.
    pub fn session_before(&self, date: NaiveDate) -> Option<&SessionView> {
        self.sessions
            .iter()
            .rfind(|s| !s.cancelled && s.date < date)
    }

    /// The newest handover of a session before `date`.
    pub fn handover_before(&self, date: NaiveDate) -> Option<&HandoverView> {
        self.handovers.iter().rfind(|h| h.date < date)
    }

    pub fn handover_of(&self, session: &str) -> Option<&HandoverView> {
        self.handovers.iter().find(|h| h.session_id == session)
    }

    /// Who joined or left after the session before `date`, up to `date`.
    pub fn lineup_changes_before(&self, date: NaiveDate) -> Vec<LineupChange> {
        let Some(previous) = self.session_before(date) else {
            return Vec::new();
        };
        let members: Vec<Membership> = self
            .members
            .iter()
            .map(|m| Membership {
                name: m.name.clone(),
                joined_on: m.joined_on,
                left_on: m.left_on,
            })
            .collect();
        changes_between(&members, previous.date, date)
    }
}

/// One line of the coach's overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachRow {
    pub team_id: String,
    pub title: String,
    pub round_name: String,
    pub next_session: Option<NaiveDate>,
    /// Present / marked, for the last three held sessions, oldest first.
    pub attendance: Vec<(u32, u32)>,
    pub last_handover: Option<NaiveDate>,
    pub sessions_held: u32,
    pub sessions_total: u32,
    /// Someone joined or left since the last held session.
    pub lineup_changed: bool,
    /// A held session has no handover.
    pub missed_handover: bool,
    /// Share of the budget spent, and of the bootcamp's days gone, 0–100.
    pub budget_percent: u32,
    pub time_percent: u32,
    /// Past half-way with less than a third of the budget spent.
    pub budget_lagging: bool,
}

impl CoachRow {
    pub fn flag_count(&self) -> u32 {
        u32::from(self.lineup_changed)
            + u32::from(self.missed_handover)
            + u32::from(self.budget_lagging)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachOverview {
    pub rows: Vec<CoachRow>,
    pub sort: String,
    /// An organizer sees every team (also one who coaches); a coach their own.
    pub all_teams: bool,
}

/// A refusal naming one field.
#[cfg(feature = "ssr")]
fn invalid(field: &str, problem: crate::domain::Problem, echo: crate::error::Echo) -> AppError {
    AppError::invalid(FieldErrors::single(field, problem), echo)
}

#[server(prefix = "/api", endpoint = "round_teams")]
pub async fn fetch_round_teams(round_id: String) -> Result<RoundTeams, AppError> {
    context::require_role(Role::Organizer).await?;
    server::form::round_teams(checked_id(&round_id)?).await
}

/// Organizers: name (or clear, with an empty address) the round's co-organizer.
#[server(prefix = "/api", endpoint = "set_co_organizer")]
pub async fn set_co_organizer(round_id: String, email: String) -> Result<(), AppError> {
    context::require_role(Role::Organizer).await?;
    let round_id = checked_id(&round_id)?;
    let echo = vec![("email".to_owned(), email.clone())];
    let email = match email.trim() {
        "" => None,
        typed => Some(Email::parse(typed).map_err(|p| invalid("email", p, echo.clone()))?),
    };
    server::form::set_co_organizer(round_id, email, echo).await
}

#[server(prefix = "/api", endpoint = "team_form")]
pub async fn fetch_team_form(idea_id: String) -> Result<TeamForm, AppError> {
    context::require_role(Role::Organizer).await?;
    server::form::team_form(checked_id(&idea_id)?).await
}

/// Organizers: form the team of a selected proposal (moves it to "in test").
#[server(prefix = "/api", endpoint = "form_team")]
pub async fn form_team(
    idea_id: String,
    #[server(default)] coach: String,
    #[server(default)] members: Vec<String>,
    #[server(default)] emails: String,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let idea_id = checked_id(&idea_id)?;
    let echo = vec![
        ("coach".to_owned(), coach.clone()),
        ("emails".to_owned(), emails.clone()),
    ];
    let mut errors = FieldErrors::new();
    let coach = match coach.trim() {
        "" => {
            errors.add("coach", crate::domain::Problem::Required);
            None
        }
        id => checked_id(id).ok().or_else(|| {
            errors.add("coach", crate::domain::Problem::ChoiceInvalid);
            None
        }),
    };
    let mut member_ids = Vec::new();
    for id in members.iter().filter(|m| !m.trim().is_empty()) {
        match checked_id(id) {
            Ok(id) if !member_ids.iter().any(|m: &String| m == id) => {
                member_ids.push(id.to_owned())
            }
            Ok(_) => {}
            Err(_) => errors.add("members", crate::domain::Problem::ChoiceInvalid),
        }
    }
    let mut addresses = Vec::new();
    for typed in emails
        .split([',', ';', '\n', ' '])
        .filter(|e| !e.trim().is_empty())
    {
        match Email::parse(typed) {
            Ok(email) => addresses.push(email),
            Err(problem) => {
                errors.add("emails", problem);
                break;
            }
        }
    }
    if !errors.is_empty() {
        return Err(AppError::invalid(errors, echo));
    }
    let coach = coach.unwrap_or_default().to_owned();
    server::form::form_team(&user, idea_id, &coach, member_ids, addresses, echo).await
}

#[server(prefix = "/api", endpoint = "team")]
pub async fn fetch_team(team_id: String) -> Result<TeamPage, AppError> {
    // Any signed-in person; what they see depends on who they are in the team.
    let user = context::require_user().await?;
    server::team_page(&user, checked_id(&team_id)?).await
}

/// The team's coach or an organizer: add a member by e-mail, with a reason.
#[server(prefix = "/api", endpoint = "add_team_member")]
pub async fn add_team_member(
    team_id: String,
    #[server(default)] email: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let team_id = checked_id(&team_id)?;
    let echo = vec![
        ("email".to_owned(), email.clone()),
        ("reason".to_owned(), reason.clone()),
    ];
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&email));
    let reason = errors.check("reason", Reason::parse(&reason));
    match (email, reason) {
        (Some(email), Some(reason)) => {
            server::members::add(&user, team_id, email, reason, echo).await
        }
        _ => Err(AppError::invalid(errors, echo)),
    }
}

/// The team's coach or an organizer: a member leaves the team, with a reason.
#[server(prefix = "/api", endpoint = "remove_team_member")]
pub async fn remove_team_member(
    team_id: String,
    member_id: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let team_id = checked_id(&team_id)?;
    let member_id = checked_id(&member_id)?;
    let echo = vec![("reason".to_owned(), reason.clone())];
    let reason = Reason::parse(&reason).map_err(|p| invalid("reason", p, echo.clone()))?;
    server::members::remove(&user, team_id, member_id, reason, echo).await
}

/// The team's coach or an organizer: who was there.
#[server(prefix = "/api", endpoint = "save_attendance")]
pub async fn save_attendance(
    session_id: String,
    #[server(default)] marks: Vec<String>,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let session_id = checked_id(&session_id)?;
    let marks = Attendance::parse_marks(&marks).map_err(|p| invalid("marks", p, Vec::new()))?;
    server::sessions::save_attendance(&user, session_id, marks).await
}

/// The team, its coach or an organizer: the session's handover note.
#[server(prefix = "/api", endpoint = "save_handover")]
pub async fn save_handover(
    session_id: String,
    #[server(default)] handover: HandoverInput,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let session_id = checked_id(&session_id)?;
    let echo = echo_of(&handover);
    let handover =
        Handover::parse(&handover).map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    server::sessions::save_handover(&user, session_id, handover, echo).await
}

/// The team's coach or an organizer: move a session (the reason stays as a trace).
#[server(prefix = "/api", endpoint = "move_session")]
pub async fn move_session(
    session_id: String,
    #[server(default)] change: SessionMoveInput,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let session_id = checked_id(&session_id)?;
    server::sessions::move_session(&user, session_id, change).await
}

/// The team's coach or an organizer: cancel a session, with a reason.
#[server(prefix = "/api", endpoint = "cancel_session")]
pub async fn cancel_session(
    session_id: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let session_id = checked_id(&session_id)?;
    let echo = vec![("cancel_reason".to_owned(), reason.clone())];
    let reason = Reason::parse(&reason).map_err(|p| invalid("cancel_reason", p, echo.clone()))?;
    server::sessions::cancel(&user, session_id, reason, echo).await
}

/// Coaches (their teams) and organizers (every team).
#[server(prefix = "/api", endpoint = "coach_overview")]
pub async fn fetch_coach_overview(
    #[server(default)] sort: String,
) -> Result<CoachOverview, AppError> {
    let user = context::require_any_role(&[Role::Coach, Role::Organizer]).await?;
    server::overview::coach(&user, &sort).await
}

/// "Mina team": the teams the viewer is a member of.
#[server(prefix = "/api", endpoint = "my_teams")]
pub async fn fetch_my_teams() -> Result<Vec<TeamSummary>, AppError> {
    let user = context::require_user().await?;
    server::overview::mine(&user).await
}
