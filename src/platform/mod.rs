//! What every feature stands on and none owns (server only): settings, the database and
//! its schema, app state, the request context, sessions, passwords, headers, ids, csv, qr.

pub mod audit;
pub mod auth;
pub mod backup;
pub mod batches;
pub mod blocking;
pub mod clock;
pub mod context;
pub mod csv;
pub mod db;
pub mod db_error;
pub mod db_health;
pub mod downloads;
pub mod error_status;
pub mod favicon;
pub mod feature_state;
pub mod headers;
pub mod ids;
pub mod live;
pub mod oidc;
pub mod public_url;
pub mod qr;
pub mod rate_limits;
pub mod same_origin;
pub mod session_queries;
pub mod sessions;
pub mod settings;
pub mod state;
pub mod static_files;
pub mod telemetry;
pub mod users;
