//! `GET /rounds/<id>/signups.csv`: the sign-ups of a round, for organizers.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::csv;
use crate::domain::Role;
use crate::i18n::{I18n, T, lang_of_request};
use crate::server::auth::{SESSION_COOKIE, cookie_value, token_hash};
use crate::server::ids::checked_id;
use crate::server::repo::{rounds, sessions, signups};
use crate::server::signups::to_view;
use crate::server::state::AppState;

fn plain(status: StatusCode, text: &'static str) -> Response {
    (status, text).into_response()
}

pub async fn signups_csv(
    State(state): State<AppState>,
    Path(round_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let token = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|h| cookie_value(h, SESSION_COOKIE).map(str::to_owned));
    let Some(token) = token else {
        return plain(StatusCode::UNAUTHORIZED, i18n.t(T::SignInRequiredText));
    };
    let user = match sessions::user_of(&state.db, &token_hash(&token)).await {
        Ok(Some(user)) => user,
        Ok(None) => return plain(StatusCode::UNAUTHORIZED, i18n.t(T::SignInRequiredText)),
        Err(error) => {
            tracing::error!(%error, "session lookup failed");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            );
        }
    };
    if !user.roles().contains(&Role::Organizer) {
        return plain(StatusCode::FORBIDDEN, i18n.t(T::ForbiddenText));
    }
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
    let body = csv::document(&header_row, &lines);
    let disposition = format!("attachment; filename=\"anmalningar-{round_id}.csv\"");
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
