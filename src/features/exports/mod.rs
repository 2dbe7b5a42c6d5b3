//! The round's data in and out, for organizers: every table as CSV (as Swedish spreadsheets
//! open it) and all of them as one JSON document; and importing a round's proposals from a
//! spreadsheet, with a preview that lists every problem by line, importing nothing until
//! every row is right.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use crate::{
    domain::Role,
    platform::{context, ids::checked_id},
};

/// The download and upload routes.
#[cfg(feature = "ssr")]
pub use server::{
    IMPORT_UPLOAD_LIMIT,
    import::upload as import_upload,
    routes::{TABLE_NAMES, export_file},
};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::proposal::import::RowProblem;
use crate::error::AppError;

/// A proposal as the preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRow {
    pub title: String,
    pub category: Option<Category>,
    pub unit: String,
    pub proposer: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftView {
    pub id: String,
    pub file_name: String,
    pub rows: u32,
    pub problems: Vec<RowProblem>,
    /// The first rows, as they will be imported.
    pub preview: Vec<PreviewRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataPage {
    pub round_id: String,
    pub round_name: String,
    pub tables: Vec<String>,
    pub draft: Option<DraftView>,
}

/// Organizers: the round's downloads, and the import's preview when `draft` is given.
#[server(prefix = "/api", endpoint = "round_data")]
pub async fn fetch_round_data(round_id: String, draft: String) -> Result<DataPage, AppError> {
    context::require_role(Role::Organizer).await?;
    let draft = match draft.trim() {
        "" => None,
        id => Some(checked_id(id)?),
    };
    server::import::page(checked_id(&round_id)?, draft).await
}

/// Organizers: import the previewed proposals, all at once, as submitted.
#[server(prefix = "/api", endpoint = "confirm_import")]
pub async fn confirm_import(round_id: String, draft_id: String) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    server::import::confirm(&user, checked_id(&round_id)?, checked_id(&draft_id)?).await
}
