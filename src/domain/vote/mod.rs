//! The staff-day vote (omröstning): its rules, voter codes, ballots and the tally.

pub mod access;
pub mod ballot;
pub mod code;
pub mod paper;
pub mod rules;
pub mod status;
pub mod summary;
pub mod tally;

pub use access::VoteAccess;
pub use ballot::Ballot;
pub use code::VoterCode;
pub use rules::{VoteRules, VoteRulesInput};
pub use status::VoteStatus;
