//! The round's data page: downloads and the import.

pub mod data;
