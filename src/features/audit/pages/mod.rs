//! The audit log's page.

pub mod log;
