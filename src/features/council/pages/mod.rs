//! The council meeting (rådsmöte): the round's list, and one proposal's scores and decision.

pub mod overview;
pub mod proposal;
