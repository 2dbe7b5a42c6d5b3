//! One file per area; each function is one query (or one transaction).

pub mod account_policy;
pub mod comments;
pub mod council;
pub mod idea_events;
pub mod ideas;
pub mod notifications;
pub mod paper_counts;
pub mod rounds;
pub mod sessions;
pub mod signups;
pub mod users;
pub mod votes;
