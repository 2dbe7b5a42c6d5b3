//! The organizer's side: the round's teams, its co-organizer, and forming a team from a
//! selected proposal.

use surrealdb::types::RecordId;

use super::forming::{self, FormError, NewTeam};
use super::session_queries::PlanRow;
use super::{category_of, queries};
use crate::domain::proposal::Stage;
use crate::domain::round::Phase;
use crate::domain::team::plan_sessions;
use crate::domain::{Email, Problem, Role};
use crate::error::{AppError, Echo};
use crate::features::proposals::{idea_store, stage_of};
use crate::features::rounds::find_round;
use crate::features::signups::signups_of_round;
use crate::features::teams::{
    Candidate, PersonRef, RoundTeams, TeamForm, TeamSummary, WaitingProposal,
};
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};
use crate::platform::db::Db;
use crate::platform::ids::key_of;
use crate::platform::users;

pub async fn summaries(db: &Db, teams: &[queries::TeamRow]) -> Result<Vec<TeamSummary>, AppError> {
    let mut out = Vec::with_capacity(teams.len());
    for team in teams {
        let members = queries::members(db, &team.id).await?;
        out.push(TeamSummary {
            id: team.id.clone(),
            title: team.title.clone(),
            category: category_of(team.category.as_deref()),
            round_id: team.round_id.clone(),
            round_name: team.round_name.clone(),
            coach_name: team.coach_name.clone(),
            members: members
                .into_iter()
                .filter(|m| m.left_on.is_none())
                .map(|m| m.name)
                .collect(),
        });
    }
    Ok(out)
}

pub async fn round_teams(round_id: &str) -> Result<RoundTeams, AppError> {
    let (row, round) = find_round(round_id).await?;
    let state = context::state()?;
    let db = &state.db;
    let teams = queries::of_round(db, &row.id).await?;
    let co: Option<queries::CoOrganizerRow> = queries::co_organizer(db, &row.id).await?;
    Ok(RoundTeams {
        round_id: row.id.clone(),
        round_name: round.name.as_str().to_owned(),
        co_organizer_email: co.as_ref().map(|c| c.email.clone()).unwrap_or_default(),
        co_organizer: co.map(|c| PersonRef {
            id: c.id,
            name: c.name,
        }),
        teams: summaries(db, &teams).await?,
        waiting: forming::waiting_for_team(db, &row.id)
            .await?
            .into_iter()
            .map(|w| WaitingProposal {
                category: category_of(w.category.as_deref()),
                id: w.id,
                title: w.title,
            })
            .collect(),
    })
}

/// The account with this address, or the problem to show under `field`.
async fn account_of(db: &Db, email: &Email) -> Result<Option<String>, AppError> {
    Ok(users::ids_by_emails(db, std::slice::from_ref(email))
        .await?
        .into_iter()
        .next()
        .map(|row| row.id))
}

pub async fn set_co_organizer(
    round_id: &str,
    email: Option<Email>,
    echo: Echo,
) -> Result<(), AppError> {
    let (row, _) = find_round(round_id).await?;
    let state = context::state()?;
    let person = match &email {
        None => None,
        Some(email) => Some(account_of(&state.db, email).await?.ok_or_else(|| {
            AppError::invalid(
                crate::domain::FieldErrors::single("email", Problem::UnknownColleague),
                echo.clone(),
            )
        })?),
    };
    queries::set_co_organizer(&state.db, &row.id, person.as_deref()).await?;
    tracing::info!(round = row.id, "co-organizer named");
    leptos_axum::redirect(&format!("/rounds/{}/teams?saved=1", row.id));
    Ok(())
}

async fn coaches(db: &Db) -> Result<Vec<PersonRef>, AppError> {
    Ok(users::list(db)
        .await?
        .into_iter()
        .filter(|u| u.roles().contains(&Role::Coach))
        .map(|u| PersonRef {
            id: u.id,
            name: u.name,
        })
        .collect())
}

pub async fn team_form(idea_id: &str) -> Result<TeamForm, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let idea = idea_store::by_id(db, idea_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (round_row, round) = find_round(&idea.round_id).await?;
    let placements = forming::placements(db, &round_row.id).await?;
    let placed = |user: &str| -> Vec<String> {
        placements
            .iter()
            .filter(|p| p.user_id == user)
            .map(|p| p.title.clone())
            .collect()
    };
    let owner_ids: Vec<String> = idea.owners().iter().map(key_of).collect();
    let mut candidates: Vec<Candidate> = Vec::new();
    for (i, owner) in owner_ids.iter().enumerate() {
        let name = if i == 0 {
            idea.proposer_name.clone()
        } else {
            idea.co_proposer_names.get(i - 1).cloned()
        };
        let email = users::by_id(db, owner).await?.map(|u| u.email);
        candidates.push(Candidate {
            user_id: owner.clone(),
            name: name.unwrap_or_default(),
            email: email.unwrap_or_default(),
            is_owner: true,
            categories: Vec::new(),
            availability: None,
            manager: None,
            placed_with: placed(owner),
        });
    }
    for signup in signups_of_round(db, &round_row.id).await? {
        let answers = signup.to_domain();
        if let Some(owner) = candidates.iter_mut().find(|c| c.user_id == signup.user_id) {
            if let Some(answers) = answers {
                owner.categories = answers.categories;
                owner.availability = Some(answers.availability);
                owner.manager = Some(answers.manager);
            }
            continue;
        }
        candidates.push(Candidate {
            placed_with: placed(&signup.user_id),
            user_id: signup.user_id.clone(),
            name: signup.user_name.clone(),
            email: signup.user_email.clone(),
            is_owner: false,
            categories: answers
                .as_ref()
                .map(|a| a.categories.clone())
                .unwrap_or_default(),
            availability: answers.as_ref().map(|a| a.availability),
            manager: answers.as_ref().map(|a| a.manager),
        });
    }
    // People interested in the proposal's category come first, then by name.
    let category = category_of(idea.category.as_deref());
    candidates.sort_by_key(|c| {
        (
            !c.is_owner,
            !category.is_some_and(|cat| c.categories.contains(&cat)),
            c.name.to_lowercase(),
        )
    });
    Ok(TeamForm {
        round_id: round_row.id.clone(),
        round_name: round.name.as_str().to_owned(),
        idea_id: idea.id.clone(),
        title: idea.title.clone(),
        category,
        candidates,
        coaches: coaches(db).await?,
        sessions: plan_sessions(round.format, round.schedule.span(Phase::Bootcamp)),
        budget: round.default_budget,
    })
}

pub async fn form_team(
    user: &SignedIn,
    idea_id: &str,
    coach: &str,
    mut members: Vec<String>,
    mut emails: Vec<Email>,
    echo: Echo,
) -> Result<(), AppError> {
    // The same address twice is one person.
    emails.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    emails.dedup_by(|a, b| a.as_str() == b.as_str());
    let state = context::state()?;
    let db = &state.db;
    let idea = idea_store::by_id(db, idea_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let conflict = |problem| AppError::conflict("form", problem, echo.clone());
    match stage_of(&idea)? {
        Stage::Selected => {}
        Stage::InTest | Stage::Learnings | Stage::FollowUp => {
            return Err(conflict(Problem::TeamExists));
        }
        _ => return Err(conflict(Problem::NotSelectedForTest)),
    }
    let field = |name: &str, problem| {
        AppError::invalid(
            crate::domain::FieldErrors::single(name, problem),
            echo.clone(),
        )
    };
    let is_coach = users::by_id(db, coach)
        .await?
        .is_some_and(|u| u.roles().contains(&Role::Coach));
    if !is_coach {
        return Err(field("coach", Problem::NotACoach));
    }
    if !emails.is_empty() {
        let found = users::ids_by_emails(db, &emails).await?;
        if found.len() < emails.len() {
            return Err(field("emails", Problem::UnknownColleague));
        }
        for row in found {
            if !members.contains(&row.id) {
                members.push(row.id);
            }
        }
    }
    let known = users::list(db).await?;
    members.retain(|m| known.iter().any(|u| u.id == *m));
    if members.is_empty() {
        return Err(field("members", Problem::NoMembers));
    }
    let (round_row, round) = find_round(&idea.round_id).await?;
    let sessions: Vec<PlanRow> = plan_sessions(round.format, round.schedule.span(Phase::Bootcamp))
        .iter()
        .map(PlanRow::from)
        .collect();
    let owners: Vec<RecordId> = idea.owners();
    let created = forming::create(
        db,
        NewTeam {
            round: &round_row.id,
            idea: &idea.id,
            coach,
            budget_ore: round.default_budget.0,
            by: &user.id,
            members,
            owners,
            joined_on: today().to_string(),
            sessions,
        },
    )
    .await;
    match created {
        Ok(team) => {
            tracing::info!(team, by = user.id, "team formed");
            leptos_axum::redirect(&format!("/teams/{team}?formed=1"));
            Ok(())
        }
        Err(FormError::AlreadyFormed) => Err(conflict(Problem::TeamExists)),
        Err(FormError::Db(e)) => Err(e.into()),
    }
}
