//! The team screens: the round's teams, forming a team, the team page, a session, the
//! line-up, the coach's overview and "Mina team".

pub mod coach;
pub mod form;
pub mod members;
pub mod mine;
pub mod parts;
pub mod round_teams;
pub mod session;
pub mod team;
