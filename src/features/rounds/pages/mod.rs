//! Rounds: the home page, the list, one round's page, and the form to create or edit one.

pub mod detail;
pub mod edit;
pub mod form;
pub mod home;
pub mod list;
pub mod new;
pub mod round_links;
pub mod timeline;
