//! The exports' tables (`tables`), their download routes (`routes`) and the import
//! (`import`).

pub mod import;
pub mod routes;
pub mod tables;

/// The largest spreadsheet accepted (2,000 proposals fit easily).
pub const IMPORT_UPLOAD_LIMIT: usize = 2 * 1024 * 1024;
