//! The accessibility statement and the organizers' list of reported barriers.

pub mod reports;
pub mod statement;
