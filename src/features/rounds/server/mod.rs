//! What the round server functions do, behind their authorisation.

pub mod queries;

use chrono::NaiveDate;

use crate::domain::round::{NewRound, RoundInput, ScheduleStatus};
use crate::domain::{Category, Problem, Role};
use crate::error::{AppError, Echo, echo_of};
use crate::features::proposals::server::ideas;
use crate::features::rounds::server::queries::{self as repo, RoundRow, WriteRoundError};
use crate::features::rounds::{HomeOverview, IdeaView, RoundDetail, RoundView};
use crate::platform::context;
use crate::platform::ids::checked_id;

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn to_view(row: &RoundRow, today: NaiveDate) -> Result<RoundView, AppError> {
    let round = row.record.to_domain().ok_or_else(|| {
        tracing::error!(id = row.id, "stored round breaks the round rules");
        AppError::Internal
    })?;
    Ok(RoundView {
        id: row.id.clone(),
        name: round.name.as_str().to_owned(),
        format: round.format,
        default_budget: round.default_budget,
        status: round.schedule.status_on(today),
        schedule: round.schedule,
    })
}

pub async fn list() -> Result<Vec<RoundView>, AppError> {
    let state = context::state()?;
    let today = today();
    repo::list(&state.db)
        .await?
        .iter()
        .map(|row| to_view(row, today))
        .collect()
}

async fn detail_of(view: RoundView, today: NaiveDate) -> Result<RoundDetail, AppError> {
    let state = context::state()?;
    let ideas = ideas::titles_of_round(&state.db, &view.id)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(IdeaView {
                category: Category::parse(row.category.as_deref()?).ok()?,
                id: row.id,
                title: row.title,
            })
        })
        .collect();
    let can_edit = context::current_user()
        .await?
        .is_some_and(|user| user.has(Role::Organizer));
    Ok(RoundDetail {
        round: view,
        ideas,
        today,
        can_edit,
    })
}

pub async fn detail(id: &str) -> Result<RoundDetail, AppError> {
    let id = checked_id(id)?;
    let state = context::state()?;
    let today = today();
    let row = repo::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    detail_of(to_view(&row, today)?, today).await
}

/// The round people care about today: one in progress, else the next to start, else the
/// one that finished last.
pub fn pick_current(rounds: &[RoundView]) -> Option<&RoundView> {
    let active = |r: &&RoundView| {
        matches!(
            r.status,
            ScheduleStatus::InPhase(_) | ScheduleStatus::Between { .. }
        )
    };
    rounds
        .iter()
        .filter(active)
        .max_by_key(|r| r.schedule.first_day())
        .or_else(|| {
            rounds
                .iter()
                .filter(|r| r.status == ScheduleStatus::NotStarted)
                .min_by_key(|r| r.schedule.first_day())
        })
        .or_else(|| rounds.iter().max_by_key(|r| r.schedule.last_day()))
}

pub async fn home_overview() -> Result<HomeOverview, AppError> {
    let rounds = list().await?;
    let current = match pick_current(&rounds) {
        Some(view) => Some(detail_of(view.clone(), today()).await?),
        None => None,
    };
    Ok(HomeOverview { current, rounds })
}

pub async fn for_edit(id: &str) -> Result<RoundInput, AppError> {
    context::require_role(Role::Organizer).await?;
    let id = checked_id(id)?;
    let state = context::state()?;
    let row = repo::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let round = row.record.to_domain().ok_or(AppError::Internal)?;
    Ok(RoundInput::from_round(&round))
}

fn echo(input: &RoundInput) -> Echo {
    echo_of(input)
}

fn parse(input: &RoundInput) -> Result<NewRound, AppError> {
    NewRound::parse(input).map_err(|errors| AppError::invalid(errors, echo(input)))
}

fn write_error(error: WriteRoundError, input: &RoundInput) -> AppError {
    match error {
        WriteRoundError::NameTaken => {
            AppError::conflict("name", Problem::RoundNameTaken, echo(input))
        }
        WriteRoundError::Db(e) => e.into(),
    }
}

pub async fn create(input: RoundInput) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let round = parse(&input)?;
    let state = context::state()?;
    let id = repo::create(&state.db, &round, Some(&user.id))
        .await
        .map_err(|e| write_error(e, &input))?;
    tracing::info!(id, by = user.id, "round created");
    leptos_axum::redirect(&format!("/rounds/{id}"));
    Ok(())
}

pub async fn update(id: &str, input: RoundInput) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let id = checked_id(id)?;
    let round = parse(&input)?;
    let state = context::state()?;
    let found = repo::update(&state.db, id, &round)
        .await
        .map_err(|e| write_error(e, &input))?;
    if !found {
        return Err(AppError::NotFound);
    }
    tracing::info!(id, by = user.id, "round updated");
    leptos_axum::redirect(&format!("/rounds/{id}?saved=1"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::round::RoundInput;
    use crate::startup::demo::open_round;

    fn view(id: &str, input: &RoundInput, today: NaiveDate) -> RoundView {
        let round = NewRound::parse(input).unwrap();
        RoundView {
            id: id.into(),
            name: id.into(),
            format: round.format,
            default_budget: round.default_budget,
            status: round.schedule.status_on(today),
            schedule: round.schedule,
        }
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn picks_the_round_in_progress_over_finished_and_upcoming() {
        let today = day("2026-11-23");
        let finished = view("old", &open_round(day("2020-01-01")), today);
        let running = view("now", &open_round(today), today);
        let upcoming = view("next", &open_round(day("2027-06-01")), today);
        let rounds = [finished.clone(), upcoming.clone(), running];
        assert_eq!(pick_current(&rounds).unwrap().id, "now");
        let rounds = [finished.clone(), upcoming];
        assert_eq!(pick_current(&rounds).unwrap().id, "next");
        let rounds = [finished];
        assert_eq!(pick_current(&rounds).unwrap().id, "old");
        assert!(pick_current(&[]).is_none());
    }
}
