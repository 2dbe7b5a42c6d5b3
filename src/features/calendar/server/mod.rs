//! The person's calendar token and the addresses built from it.

pub mod feeds;
pub mod ics;
pub mod queries;

use crate::error::AppError;
use crate::features::calendar::{CalendarLinks, FeedLink};
use crate::features::rounds::round_store;
use crate::platform::context::{self, SignedIn};
use crate::platform::public_url::site_base;

pub async fn links(user: &SignedIn) -> Result<CalendarLinks, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let token = queries::token_of(db, &user.id).await?;
    let base = site_base(&state);
    let teams = feeds::my_teams(db, &user.id).await?;
    let rounds = round_store::list(db).await?;
    Ok(CalendarLinks {
        person: FeedLink {
            name: user.name.clone(),
            url: format!("{base}/calendar/people/{token}.ics"),
        },
        teams: teams
            .into_iter()
            .map(|t| FeedLink {
                url: format!("{base}/calendar/teams/{}/{token}.ics", t.id),
                name: t.title,
            })
            .collect(),
        rounds: rounds
            .into_iter()
            .map(|r| FeedLink {
                url: format!("{base}/calendar/rounds/{}.ics", r.id),
                name: r.record.name,
            })
            .collect(),
    })
}

pub async fn reset(user: &SignedIn) -> Result<(), AppError> {
    let state = context::state()?;
    queries::reset(&state.db, &user.id).await?;
    tracing::info!(by = user.id, "calendar token reset");
    leptos_axum::redirect("/my/calendar?reset=1");
    Ok(())
}
