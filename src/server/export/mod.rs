//! Downloads: plain axum handlers behind the same session cookie as the pages.

pub mod access;
pub mod csv;
pub mod signups;
pub mod votes;
