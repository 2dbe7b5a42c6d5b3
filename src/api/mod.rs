//! Server functions, one file per area. Each is thin: authorise, parse into domain types,
//! call `server::`, map the result. The types here are what the browser receives.

pub mod board;
pub mod council;
pub mod language;
pub mod notifications;
pub mod people;
pub mod proposals;
pub mod rounds;
pub mod session;
pub mod signups;
pub mod votes;
