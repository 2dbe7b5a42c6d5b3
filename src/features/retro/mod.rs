//! The round's retrospective: participants and coaches add items under worked well / did
//! not work / learnings / do differently next time / recommendations to the department;
//! others give +1 (once each); the organizer chooses the items for the results report and
//! may reword them there (the author's own words stay as written).

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::Role,
    crate::domain::retro::RetroItem,
    crate::error::echo_of,
    crate::platform::{context, ids::checked_id},
};

/// What the results report builds on.
#[cfg(feature = "ssr")]
pub use server::queries::of_round as retro_items_of_round;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::retro::{RetroItemInput, RetroKind};
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetroItemView {
    pub id: String,
    pub kind: RetroKind,
    pub heading: String,
    pub text: String,
    /// The organizer's wording for the report, when it differs.
    pub report_heading: Option<String>,
    pub report_text: Option<String>,
    pub author_name: Option<String>,
    pub plus_ones: u32,
    pub chosen: bool,
    /// The viewer wrote it.
    pub mine: bool,
    /// The viewer gave it a +1.
    pub plus_oned: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetroPage {
    pub round_id: String,
    pub round_name: String,
    /// A participant, coach or organizer of the round: may add items and give +1.
    pub can_write: bool,
    pub is_organizer: bool,
    pub items: Vec<RetroItemView>,
}

/// Any signed-in person: the round's retrospective.
#[server(prefix = "/api", endpoint = "retro")]
pub async fn fetch_retro(round_id: String) -> Result<RetroPage, AppError> {
    let user = context::require_user().await?;
    server::page(&user, checked_id(&round_id)?).await
}

/// The round's participants, coaches and organizers: a new item.
#[server(prefix = "/api", endpoint = "add_retro_item")]
pub async fn add_retro_item(
    round_id: String,
    #[server(default)] item: RetroItemInput,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let round_id = checked_id(&round_id)?;
    let item =
        RetroItem::parse(&item).map_err(|errors| AppError::invalid(errors, echo_of(&item)))?;
    server::add(&user, round_id, item).await
}

/// The round's participants, coaches and organizers: +1 on someone else's item, once.
#[server(prefix = "/api", endpoint = "plus_one")]
pub async fn plus_one(item_id: String) -> Result<(), AppError> {
    let user = context::require_user().await?;
    server::plus_one(&user, checked_id(&item_id)?).await
}

/// Organizers: whether the item goes into the report.
#[server(prefix = "/api", endpoint = "choose_retro_item")]
pub async fn choose_retro_item(
    item_id: String,
    #[server(default)] chosen: String,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let chosen = match chosen.trim() {
        "true" | "on" => true,
        "false" | "" => false,
        _ => {
            return Err(AppError::invalid(
                crate::domain::FieldErrors::single("chosen", crate::domain::Problem::ChoiceInvalid),
                Vec::new(),
            ));
        }
    };
    server::choose(&user, checked_id(&item_id)?, chosen).await
}

/// Organizers: the item's wording in the report.
#[server(prefix = "/api", endpoint = "reword_retro_item")]
pub async fn reword_retro_item(
    item_id: String,
    #[server(default)] item: RetroItemInput,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let item_id = checked_id(&item_id)?;
    let item =
        RetroItem::parse(&item).map_err(|errors| AppError::invalid(errors, echo_of(&item)))?;
    server::reword(&user, item_id, item).await
}
