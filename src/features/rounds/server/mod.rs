//! The rounds service (called by `mod.rs` with the caller checked and the input parsed): the
//! list, a round's page, create and update; the round store and the demo round.

pub mod demo;
pub mod queries;

use chrono::NaiveDate;

use crate::domain::round::{NewRound, RoundInput, ScheduleStatus};
use crate::domain::{Category, Problem, Role};
use crate::error::{AppError, Echo};
use crate::features::proposals::idea_store as ideas;
use crate::features::rounds::server::queries::{self as repo, RoundRow, WriteRoundError};
use crate::features::rounds::{HomeOverview, IdeaView, RoundDetail, RoundView};
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};
use crate::platform::ids::checked_id;

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

async fn detail_of(
    viewer: Option<&SignedIn>,
    view: RoundView,
    today: NaiveDate,
) -> Result<RoundDetail, AppError> {
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
    let can_edit = viewer.is_some_and(|user| user.has(Role::Organizer));
    Ok(RoundDetail {
        round: view,
        ideas,
        today,
        can_edit,
    })
}

pub async fn detail(viewer: Option<&SignedIn>, id: &str) -> Result<RoundDetail, AppError> {
    let state = context::state()?;
    let today = today();
    let row = repo::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    detail_of(viewer, to_view(&row, today)?, today).await
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

pub async fn home_overview(viewer: Option<&SignedIn>) -> Result<HomeOverview, AppError> {
    let rounds = list().await?;
    let current = match pick_current(&rounds) {
        Some(view) => Some(detail_of(viewer, view.clone(), today()).await?),
        None => None,
    };
    Ok(HomeOverview { current, rounds })
}

pub async fn for_edit(id: &str) -> Result<RoundInput, AppError> {
    let (_, round) = find_round(id).await?;
    Ok(RoundInput::from_round(&round))
}

fn write_error(error: WriteRoundError, echo: Echo) -> AppError {
    match error {
        WriteRoundError::NameTaken => AppError::conflict("name", Problem::RoundNameTaken, echo),
        WriteRoundError::Db(e) => e.into(),
    }
}

pub async fn create(user: &SignedIn, round: NewRound, echo: Echo) -> Result<(), AppError> {
    let state = context::state()?;
    let id = repo::create(&state.db, &round, Some(&user.id))
        .await
        .map_err(|e| write_error(e, echo))?;
    tracing::info!(id, by = user.id, "round created");
    leptos_axum::redirect(&format!("/rounds/{id}"));
    Ok(())
}

pub async fn update(
    user: &SignedIn,
    id: &str,
    round: NewRound,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let found = repo::update(&state.db, id, &round)
        .await
        .map_err(|e| write_error(e, echo))?;
    if !found {
        return Err(AppError::NotFound);
    }
    tracing::info!(id, by = user.id, "round updated");
    leptos_axum::redirect(&format!("/rounds/{id}?saved=1"));
    Ok(())
}

/// A round and its parsed rules; 404 when there is no such round.
pub async fn find_round(id: &str) -> Result<(RoundRow, NewRound), AppError> {
    let id = checked_id(id)?;
    let state = context::state()?;
    let row = repo::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let round = row.record.to_domain().ok_or_else(|| {
        tracing::error!(id = row.id, "stored round breaks the round rules");
        AppError::Internal
    })?;
    Ok((row, round))
}

#[cfg(test)]
mod tests {
    use super::demo::open_round;
    use super::*;
    use crate::domain::round::RoundInput;

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
