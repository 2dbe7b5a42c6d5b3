//! What the team server functions do: who the viewer is in a team, the team's page, the
//! round's teams and forming a team (`form`), members (`members`), sessions (`sessions`),
//! and the coach's overview and "Mina team" (`overview`).

pub mod form;
pub mod forming;
pub mod members;
pub mod overview;
pub mod overview_queries;
pub mod queries;
pub mod reminders;
pub mod session_queries;
pub mod sessions;

pub use queries as team_store;
pub use queries::TeamRow;

use chrono::NaiveDate;

use crate::domain::proposal::Stage;
use crate::domain::round::Phase;
use crate::domain::team::TeamViewer;
use crate::domain::{Category, Ore, Role};
use crate::error::AppError;
use crate::features::rounds::find_round;
use crate::features::teams::server::session_queries::{ChangeRow, MarkRow, SessionRow};
use crate::features::teams::{
    HandoverView, MemberView, PersonRef, SessionChangeView, SessionView, TeamPage,
};
use crate::platform::clock::{local_time, today};
use crate::platform::context::{self, SignedIn};
use crate::platform::db::Db;
use crate::platform::ids::key_of;

/// A team by id; 404 when there is none.
pub async fn find_team(db: &Db, id: &str) -> Result<TeamRow, AppError> {
    queries::by_id(db, id).await?.ok_or(AppError::NotFound)
}

/// Who `user` is in `team`.
pub async fn viewer_of(db: &Db, team: &TeamRow, user: &SignedIn) -> Result<TeamViewer, AppError> {
    let co_organizer = team
        .co_organizer
        .as_ref()
        .is_some_and(|id| key_of(id) == user.id);
    Ok(TeamViewer {
        organizer: user.has(Role::Organizer) || co_organizer,
        coach: team.coach_id == user.id,
        member: queries::is_current_member(db, &team.id, &user.id).await?,
    })
}

pub fn category_of(stored: Option<&str>) -> Option<Category> {
    stored.and_then(|c| Category::parse(c).ok())
}

pub fn date_of(stored: &str) -> Option<NaiveDate> {
    stored.parse().ok()
}

/// A member as `workspace` viewers see them (others get neither e-mail nor reasons).
fn member_view(row: &queries::MemberRow, show_email: bool) -> Option<MemberView> {
    Some(MemberView {
        user_id: row.user_id.clone(),
        name: row.name.clone(),
        email: if show_email {
            row.email.clone()
        } else {
            String::new()
        },
        joined_on: date_of(&row.joined_on)?,
        // Reasons may say why someone left: for the team, its coach and organizers only.
        joined_reason: if show_email {
            row.joined_reason.clone()
        } else {
            String::new()
        },
        left_on: row.left_on.as_deref().and_then(date_of),
        left_reason: if show_email {
            row.left_reason.clone()
        } else {
            String::new()
        },
    })
}

fn change_view(row: &ChangeRow, workspace: bool) -> SessionChangeView {
    SessionChangeView {
        cancelled: row.kind == "cancelled",
        from_date: row.from_date.clone(),
        from_starts_at: row.from_starts_at.clone(),
        to_date: row.to_date.clone(),
        to_starts_at: row.to_starts_at.clone(),
        reason: if workspace {
            row.reason.clone()
        } else {
            String::new()
        },
        by_name: row.by_name.clone().filter(|_| workspace),
        at: local_time(row.at),
    }
}

/// The sessions in date order, numbered, with their trace and (for the team) the marks.
pub fn session_views(
    sessions: &[SessionRow],
    changes: &[ChangeRow],
    marks: &[MarkRow],
    workspace: bool,
) -> Vec<SessionView> {
    sessions
        .iter()
        .filter_map(|s| Some((s, date_of(&s.date)?)))
        .enumerate()
        .map(|(i, (s, date))| SessionView {
            id: s.id.clone(),
            number: u32::try_from(i + 1).unwrap_or(u32::MAX),
            date,
            starts_at: s.starts_at.clone(),
            ends_at: s.ends_at.clone(),
            cancelled: s.cancelled,
            changes: changes
                .iter()
                .filter(|c| c.session_id == s.id)
                .map(|c| change_view(c, workspace))
                .collect(),
            marks: marks
                .iter()
                .filter(|m| m.session_id == s.id)
                .filter_map(|m| Some((m.user_id.clone(), m.status()?)))
                .collect(),
        })
        .collect()
}

pub fn handover_view(s: &SessionRow) -> Option<HandoverView> {
    if s.did.is_empty() && s.next_steps.is_empty() {
        return None;
    }
    Some(HandoverView {
        session_id: s.id.clone(),
        date: date_of(&s.date)?,
        did: s.did.clone(),
        learned: s.learned.clone(),
        next_steps: s.next_steps.clone(),
        by_name: s.handover_by_name.clone(),
        at: s.handover_at.map(local_time),
    })
}

pub async fn team_page(user: &SignedIn, id: &str) -> Result<TeamPage, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let team = find_team(db, id).await?;
    let viewer = viewer_of(db, &team, user).await?;
    let (_, round) = find_round(&team.round_id).await?;
    let workspace = viewer.sees_workspace();
    let members = queries::members(db, &team.id).await?;
    let sessions = session_queries::of_team(db, &team.id).await?;
    let changes = session_queries::changes_of_team(db, &team.id).await?;
    let marks = if workspace {
        session_queries::marks_of_teams(db, std::slice::from_ref(&team.id)).await?
    } else {
        Vec::new()
    };
    let handovers = if workspace {
        sessions.iter().filter_map(handover_view).collect()
    } else {
        Vec::new()
    };
    Ok(TeamPage {
        id: team.id.clone(),
        round_id: team.round_id.clone(),
        round_name: team.round_name.clone(),
        idea_id: team.idea_id.clone(),
        title: team.title.clone(),
        category: category_of(team.category.as_deref()),
        stage: Stage::parse(&team.stage).unwrap_or(Stage::InTest),
        coach: PersonRef {
            id: team.coach_id.clone(),
            name: team.coach_name.clone(),
        },
        co_organizer: team.co_organizer_name.clone(),
        viewer,
        today: today(),
        bootcamp: round.schedule.span(Phase::Bootcamp),
        budget: Ore(team.budget_ore),
        members: members
            .iter()
            .filter_map(|m| member_view(m, workspace))
            .collect(),
        sessions: session_views(&sessions, &changes, &marks, workspace),
        handovers,
    })
}
