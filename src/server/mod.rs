//! Server-only code: the only place that touches SurrealDB, sessions, crypto and files.

pub mod auth;
pub mod cli;
pub mod context;
pub mod council;
pub mod db;
pub mod db_error;
pub mod demo;
pub mod error_status;
pub mod export;
pub mod favicon;
pub mod headers;
pub mod ids;
pub mod live;
pub mod notifications;
pub mod people;
pub mod proposals;
pub mod qr;
pub mod repo;
pub mod rounds;
pub mod session;
pub mod settings;
pub mod signups;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod votes;
