//! What the sign-up server functions do: open until the bootcamp starts; organizers list.

pub mod export;
pub mod queries;

use chrono::NaiveDate;

use crate::domain::round::{NewRound, Phase};
use crate::domain::signup::{Signup, SignupInput};
use crate::domain::{Problem, Role};
use crate::error::{AppError, echo_of};
use crate::features::proposals::server::{round, today};
use crate::features::signups::server::queries::{self as repo, SignupRow};
use crate::features::signups::{SignupForm, SignupList, SignupView};
use crate::platform::context;
use crate::platform::ids::local_time;

/// The day sign-ups close: the first day of the bootcamp.
fn closes(round: &NewRound) -> NaiveDate {
    round.schedule.span(Phase::Bootcamp).start
}

pub async fn form(round_id: &str) -> Result<SignupForm, AppError> {
    let user = context::require_user().await?;
    let (row, round) = round(round_id).await?;
    let state = context::state()?;
    let mine = repo::of_person(&state.db, &row.id, &user.id)
        .await?
        .and_then(|r| r.to_domain());
    Ok(SignupForm {
        round_id: row.id.clone(),
        round_name: round.name.as_str().to_owned(),
        signed_up: mine.is_some(),
        input: mine
            .as_ref()
            .map(SignupInput::from_signup)
            .unwrap_or_default(),
        closes: closes(&round),
        open: today() < closes(&round),
    })
}

pub async fn save(round_id: &str, input: SignupInput) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let (row, round) = round(round_id).await?;
    let signup = Signup::parse(&input).map_err(|e| AppError::invalid(e, echo_of(&input)))?;
    let closed = closes(&round);
    if today() >= closed {
        return Err(AppError::conflict(
            "form",
            Problem::SignupClosed { closed },
            echo_of(&input),
        ));
    }
    let state = context::state()?;
    repo::save(&state.db, &row.id, &user.id, &signup).await?;
    tracing::info!(round = row.id, by = user.id, "signed up");
    leptos_axum::redirect(&format!("/rounds/{}/signup?saved=1", row.id));
    Ok(())
}

pub fn to_view(row: &SignupRow) -> Option<SignupView> {
    Some(SignupView {
        name: row.user_name.clone(),
        email: row.user_email.clone(),
        signup: row.to_domain()?,
        at: local_time(row.at),
    })
}

pub async fn list(round_id: &str) -> Result<SignupList, AppError> {
    context::require_role(Role::Organizer).await?;
    let (row, round) = round(round_id).await?;
    let state = context::state()?;
    let signups = repo::of_round(&state.db, &row.id)
        .await?
        .iter()
        .filter_map(to_view)
        .collect();
    Ok(SignupList {
        round_id: row.id,
        round_name: round.name.as_str().to_owned(),
        signups,
    })
}
