//! The final presentation's screens: the agenda (with the plan and the summaries' forms)
//! and the presentation mode.

pub mod agenda;
pub mod show;
