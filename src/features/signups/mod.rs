//! Sign-ups to take part in testing: the staff member's own form, and the organizer's list
//! (also downloadable as CSV from `/rounds/<id>/signups.csv`).

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::Role,
    crate::error::echo_of,
    crate::platform::{context, ids::checked_id},
};

/// The organizer's download of a round's sign-ups (a plain route), and the round's
/// sign-ups for the team picker (teams).
#[cfg(feature = "ssr")]
pub use server::{
    export::signups_csv,
    queries::{SignupRow, of_round as signups_of_round},
};

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::signup::{Signup, SignupInput};
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupForm {
    pub round_id: String,
    pub round_name: String,
    pub input: SignupInput,
    pub signed_up: bool,
    /// Sign-ups are open until the bootcamp starts on this day.
    pub closes: NaiveDate,
    pub open: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupView {
    pub name: String,
    pub email: String,
    pub signup: Signup,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupList {
    pub round_id: String,
    pub round_name: String,
    pub signups: Vec<SignupView>,
}

#[server(prefix = "/api", endpoint = "signup_form")]
pub async fn fetch_signup_form(round_id: String) -> Result<SignupForm, AppError> {
    let user = context::require_user().await?;
    server::form(&user, checked_id(&round_id)?).await
}

/// Staff: sign up (again replaces the answers) until the bootcamp starts.
#[server(prefix = "/api", endpoint = "save_signup")]
pub async fn save_signup(round_id: String, signup: SignupInput) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let round_id = checked_id(&round_id)?;
    let echo = echo_of(&signup);
    let signup = Signup::parse(&signup).map_err(|e| AppError::invalid(e, echo.clone()))?;
    server::save(&user, round_id, signup, echo).await
}

/// Organizers: everyone signed up for a round.
#[server(prefix = "/api", endpoint = "signups")]
pub async fn list_signups(round_id: String) -> Result<SignupList, AppError> {
    context::require_role(Role::Organizer).await?;
    server::list(checked_id(&round_id)?).await
}
