//! `GET /rounds/<id>/vote/results.csv`: the totals per proposal (nothing about voters),
//! for organizers.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use crate::domain::vote::tally::Outcome;
use crate::features::vote::server::queries as repo;
use crate::features::vote::server::results::tally;
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::csv;
use crate::platform::downloads::{log_export, plain, require_organizer};
use crate::platform::ids::checked_id;
use crate::platform::state::AppState;

/// The vote's totals as a table: a header and one row per proposal on the ballot (`None`
/// when the round has no vote). Never anything about who voted.
pub async fn result_table(
    state: &AppState,
    id: &str,
    i18n: I18n,
) -> Result<Option<(Vec<&'static str>, Vec<Vec<String>>)>, crate::error::AppError> {
    let Some(vote) = repo::by_id(&state.db, id).await? else {
        return Ok(None);
    };
    let (_, results) = tally(state, id, &vote).await?;
    let lines: Vec<Vec<String>> = results
        .iter()
        .flat_map(|group| {
            group.rows.iter().map(move |row| {
                vec![
                    i18n.category(group.category).to_owned(),
                    row.place.to_string(),
                    row.candidate.title.clone(),
                    row.candidate.votes.to_string(),
                    (row.candidate.votes - row.candidate.paper).to_string(),
                    row.candidate.paper.to_string(),
                    i18n.t(if row.tied { T::Yes } else { T::No }).to_owned(),
                    i18n.t(match row.outcome {
                        Outcome::Winner => T::OutcomeWinner,
                        Outcome::TiedForLastPlace => T::OutcomeTied,
                        Outcome::Other => T::OutcomeOther,
                    })
                    .to_owned(),
                ]
            })
        })
        .collect();
    let header_row = vec![
        i18n.t(T::CategoryLabel),
        i18n.t(T::PlaceLabel),
        i18n.t(T::ProposalTitleLabel),
        i18n.t(T::VotesLabel),
        i18n.t(T::DigitalVotesLabel),
        i18n.t(T::PaperVotesLabel),
        i18n.t(T::TiedLabel),
        i18n.t(T::OutcomeLabel),
    ];
    Ok(Some((header_row, lines)))
}

pub async fn results_csv(
    State(state): State<AppState>,
    Path(round_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let user = match require_organizer(&state, &headers, i18n).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let Ok(id) = checked_id(&round_id) else {
        return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    };
    match result_table(&state, id, i18n).await {
        Ok(Some((header_row, lines))) => {
            let file = format!("omrostning-{id}.csv");
            log_export(&state, &user, &file, id).await;
            csv::attachment(csv::document(&header_row, &lines), &file)
        }
        Ok(None) => plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText)),
        Err(error) => {
            tracing::error!(?error, "vote results could not be read");
            plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            )
        }
    }
}
