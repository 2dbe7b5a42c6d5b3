//! One folder per feature: its view types and server functions (`mod.rs`), its server-only
//! service and queries (`server/`), and its screens (`pages/`).

pub mod accessibility;
pub mod accounts;
pub mod audit;
pub mod budget;
pub mod calendar;
pub mod coach_notes;
pub mod council;
pub mod dashboard;
pub mod exports;
pub mod followup;
pub mod language;
pub mod learnings;
pub mod notifications;
pub mod people;
pub mod presentation;
pub mod privacy;
pub mod proposals;
pub mod report;
pub mod retro;
pub mod rounds;
pub mod signups;
pub mod teams;
pub mod vote;
