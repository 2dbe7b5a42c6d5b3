//! One file per area; each function is one query (or one transaction).

pub mod ideas;
pub mod rounds;
pub mod sessions;
pub mod users;
