//! The coach-note section shown on the team page and on each session page.

pub mod notes;
