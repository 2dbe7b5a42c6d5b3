//! Downloads: plain axum handlers behind the same session cookie as the pages.

pub mod csv;
pub mod signups;
