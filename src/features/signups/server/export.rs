//! `GET /rounds/<id>/signups.csv`: the sign-ups of a round, for organizers.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use crate::features::rounds::round_store as rounds;
use crate::features::signups::server::queries as signups;
use crate::features::signups::server::to_view;
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::csv;
use crate::platform::downloads::{log_export, plain, require_organizer};
use crate::platform::ids::checked_id;
use crate::platform::state::AppState;

pub async fn signups_csv(
    State(state): State<AppState>,
    Path(round_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let user = match require_organizer(&state, &headers, i18n).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let Ok(round_id) = checked_id(&round_id) else {
        return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    };
    let found = rounds::by_id(&state.db, round_id).await;
    let rows = match found {
        Ok(Some(_)) => signups::of_round(&state.db, round_id).await,
        Ok(None) => return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText)),
        Err(error) => Err(error),
    };
    let rows = match rows {
        Ok(rows) => rows,
        Err(error) => {
            tracing::error!(%error, "sign-ups could not be read");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            );
        }
    };
    let lines: Vec<Vec<String>> = rows
        .iter()
        .filter_map(to_view)
        .map(|v| {
            vec![
                v.name,
                v.email,
                v.signup
                    .categories
                    .iter()
                    .map(|c| i18n.category(*c))
                    .collect::<Vec<_>>()
                    .join(", "),
                i18n.availability(v.signup.availability),
                i18n.manager(v.signup.manager).to_owned(),
                v.signup.note,
                v.at.format("%Y-%m-%d %H:%M").to_string(),
            ]
        })
        .collect();
    let header_row = [
        i18n.t(T::Name),
        i18n.t(T::Email),
        i18n.t(T::InterestsLabel),
        i18n.t(T::AvailabilityLabel),
        i18n.t(T::ManagerLabel),
        i18n.t(T::SignupNote),
        i18n.t(T::SignedUpAt),
    ];
    let file = format!("anmalningar-{round_id}.csv");
    log_export(&state, &user, &file, round_id).await;
    csv::attachment(csv::document(&header_row, &lines), &file)
}
