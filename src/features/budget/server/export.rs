//! The organizer's overview of every team's budget in a round, and the same as CSV
//! (`GET /rounds/<id>/budgets.csv`, the sign-up CSV's conventions).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::ledger_of;
use crate::domain::Ore;
use crate::domain::budget::{BudgetSummary, is_lagging};
use crate::domain::round::Phase;
use crate::error::AppError;
use crate::features::budget::{BudgetOverview, BudgetRow};
use crate::features::rounds::{find_round, round_store};
use crate::features::teams::team_store;
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::clock::today;
use crate::platform::csv;
use crate::platform::db::Db;
use crate::platform::downloads::{log_export, plain, require_organizer};
use crate::platform::ids::checked_id;

async fn rows(
    db: &Db,
    round_id: &str,
    bootcamp: crate::domain::round::PhaseSpan,
) -> Result<Vec<BudgetRow>, AppError> {
    let teams = team_store::of_round(db, round_id).await?;
    let today = today();
    let mut rows = Vec::with_capacity(teams.len());
    for team in teams {
        let (_, summary) = ledger_of(db, &team).await?;
        rows.push(BudgetRow {
            lagging: is_lagging(today, bootcamp, summary.budget, summary.spent),
            team_id: team.id,
            title: team.title,
            coach_name: team.coach_name,
            summary,
        });
    }
    Ok(rows)
}

fn total(rows: &[BudgetRow]) -> BudgetSummary {
    let sum = |f: fn(&BudgetSummary) -> Ore| Ore(rows.iter().map(|r| f(&r.summary).0).sum());
    BudgetSummary {
        budget: sum(|s| s.budget),
        spent: sum(|s| s.spent),
        pending: sum(|s| s.pending),
        left: sum(|s| s.left),
    }
}

pub async fn overview(round_id: &str) -> Result<BudgetOverview, AppError> {
    let (row, round) = find_round(round_id).await?;
    let state = crate::platform::context::state()?;
    let rows = rows(&state.db, &row.id, round.schedule.span(Phase::Bootcamp)).await?;
    Ok(BudgetOverview {
        round_id: row.id,
        round_name: round.name.as_str().to_owned(),
        total: total(&rows),
        rows,
    })
}

pub async fn budgets_csv(
    State(state): State<crate::platform::state::AppState>,
    Path(round_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let user = match require_organizer(&state, &headers, i18n).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let not_found = || plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    let Ok(round_id) = checked_id(&round_id) else {
        return not_found();
    };
    let round = match round_store::by_id(&state.db, round_id).await {
        Ok(Some(row)) => row.record.to_domain(),
        Ok(None) => return not_found(),
        Err(error) => {
            tracing::error!(%error, "round could not be read");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            );
        }
    };
    let Some(round) = round else {
        return plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            i18n.t(T::InternalErrorText),
        );
    };
    let rows = match rows(&state.db, round_id, round.schedule.span(Phase::Bootcamp)).await {
        Ok(rows) => rows,
        Err(error) => {
            tracing::error!(?error, "budgets could not be read");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            );
        }
    };
    let yes_no = |b: bool| i18n.t(if b { T::YesText } else { T::NoText }).to_owned();
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.title.clone(),
                r.coach_name.clone(),
                r.summary.budget.format_number(),
                r.summary.spent.format_number(),
                r.summary.pending.format_number(),
                r.summary.left.format_number(),
                yes_no(r.lagging),
            ]
        })
        .collect();
    let header_row = [
        i18n.t(T::TeamColumn),
        i18n.t(T::CoachLabel),
        i18n.t(T::BudgetColumn),
        i18n.t(T::SpentColumn),
        i18n.t(T::PendingColumn),
        i18n.t(T::LeftColumn),
        i18n.t(T::LaggingColumn),
    ];
    let file = format!("budgetar-{round_id}.csv");
    log_export(&state, &user, &file, round_id).await;
    csv::attachment(csv::document(&header_row, &lines), &file)
}
