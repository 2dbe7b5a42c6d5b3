//! The staff-day vote: the organizer's page, the code cards, the voter's ballot and
//! receipt, the projector view and the results.

pub mod admin;
pub mod ballot;
pub mod chart;
pub mod codes;
pub mod paper;
pub mod projector;
pub mod receipt;
pub mod results;
pub mod rules_form;
