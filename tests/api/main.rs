//! Integration tests: each module starts the real app on a random port and talks HTTP to
//! it. One test binary (not one per file) keeps link time and disk use down.

mod common;

mod accessibility;
mod accounts;
mod audit;
mod backup;
mod ballot_page;
mod budget;
mod calendar;
mod coach_notes;
mod council;
mod demo;
mod exports;
mod followup;
mod headers;
mod instances;
mod learnings;
mod pages;
mod password_reset;
mod privacy;
mod proposal_stages;
mod proposals;
mod provider_sign_in;
mod rate_limits;
mod report;
mod restart;
mod results_access;
mod retro;
mod roles;
mod rounds;
mod same_origin;
mod schema_upgrade;
mod sessions;
mod signups;
mod team_access;
mod teams;
mod trust;
mod vote_crash;
mod vote_integrity;
mod votes;
