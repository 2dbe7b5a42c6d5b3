//! The budget screens: the team's ledger, the bar and chart, the card on the team page and
//! the organizer's overview.

pub mod bar;
pub mod chart;
pub mod ledger;
pub mod overview;
