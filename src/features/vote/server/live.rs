//! `GET /rounds/<id>/vote/live`: server-sent events with the live tally. A fresh tally is
//! sent at once, shortly after each new ballot (bursts are gathered into one update every
//! quarter second), and every few seconds regardless, so that a scheduled opening or
//! closing shows without a ballot.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures::Stream;
use tokio::sync::watch;

use super::live_tally;
use crate::features::vote::server::queries as repo;
use crate::platform::ids::checked_id;
use crate::platform::state::AppState;

const GATHER: Duration = Duration::from_millis(250);
const REFRESH: Duration = Duration::from_secs(5);

pub async fn tally_events(
    State(state): State<AppState>,
    Path(round_id): Path<String>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, StatusCode> {
    let id = checked_id(&round_id)
        .map_err(|_| StatusCode::NOT_FOUND)?
        .to_owned();
    match repo::by_id(&state.db, &id).await {
        Ok(Some(_)) => {}
        Ok(None) => return Err(StatusCode::NOT_FOUND),
        Err(error) => {
            tracing::error!(%error, "vote lookup failed");
            return Err(StatusCode::INTERNAL_SERVER_ERROR);
        }
    }
    let changes = state.live.subscribe(&id);
    let stream = futures::stream::unfold(
        (state, id, changes, true),
        |(state, id, mut changes, first)| async move {
            if !first {
                wait_for_news(&mut changes).await?;
            }
            let event = tally_event(&state, &id).await?;
            Some((Ok(event), (state, id, changes, false)))
        },
    );
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// Returns after a change (gathering the burst that follows it) or after `REFRESH`;
/// `None` when the app is shutting down.
async fn wait_for_news(changes: &mut watch::Receiver<u64>) -> Option<()> {
    match tokio::time::timeout(REFRESH, changes.changed()).await {
        Ok(Err(_)) => return None,
        Ok(Ok(())) => tokio::time::sleep(GATHER).await,
        Err(_) => {}
    }
    changes.borrow_and_update();
    Some(())
}

async fn tally_event(state: &AppState, id: &str) -> Option<Event> {
    let vote = match repo::by_id(&state.db, id).await {
        Ok(vote) => vote?,
        Err(error) => {
            tracing::error!(%error, "live tally: vote lookup failed");
            return None;
        }
    };
    let tally = match live_tally(state, id, &vote).await {
        Ok(tally) => tally,
        Err(error) => {
            tracing::error!(?error, "live tally failed");
            return None;
        }
    };
    Event::default().event("tally").json_data(&tally).ok()
}
