//! What the sign-up server functions do: open until the bootcamp starts; organizers list.

pub mod export;
pub mod queries;

use chrono::NaiveDate;

use crate::domain::Problem;
use crate::domain::round::{NewRound, Phase};
use crate::domain::signup::{Signup, SignupInput};
use crate::error::{AppError, Echo};
use crate::features::rounds::find_round;
use crate::features::signups::server::queries::{self as repo, SignupRow};
use crate::features::signups::{SignupForm, SignupList, SignupView};
use crate::platform::clock::local_time;
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};

/// The day sign-ups close: the first day of the bootcamp.
fn closes(round: &NewRound) -> NaiveDate {
    round.schedule.span(Phase::Bootcamp).start
}

pub async fn form(user: &SignedIn, round_id: &str) -> Result<SignupForm, AppError> {
    let (row, round) = find_round(round_id).await?;
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

pub async fn save(
    user: &SignedIn,
    round_id: &str,
    signup: Signup,
    echo: Echo,
) -> Result<(), AppError> {
    let (row, round) = find_round(round_id).await?;
    let closed = closes(&round);
    if today() >= closed {
        return Err(AppError::conflict(
            "form",
            Problem::SignupClosed { closed },
            echo,
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
    let (row, round) = find_round(round_id).await?;
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
