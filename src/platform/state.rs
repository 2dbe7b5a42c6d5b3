//! What every request handler and server function can reach.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use crate::platform::db_health::DbHealth;
use crate::platform::feature_state::FeatureState;
use crate::platform::live::LiveVotes;
use surrealdb::Surreal;
use surrealdb::engine::any::Any;

/// Cloned for every request and middleware (axum's `State`), so one pointer: its parts are
/// shared, never copied.
#[derive(Clone)]
pub struct AppState(Arc<AppParts>);

impl AppState {
    pub fn new(parts: AppParts) -> Self {
        AppState(Arc::new(parts))
    }
}

impl std::ops::Deref for AppState {
    type Target = AppParts;

    fn deref(&self) -> &AppParts {
        &self.0
    }
}

pub struct AppParts {
    /// Shared, not cloned: cloning a `Surreal` handle opens a new database session.
    pub db: Arc<Surreal<Any>>,
    pub leptos_options: LeptosOptions,
    pub secure_cookies: bool,
    /// Where passwords are hashed: a few at a time (`platform::blocking`).
    pub password_hashing: crate::platform::blocking::BlockingPool,
    /// A session ends after this long without use.
    pub session_idle: std::time::Duration,
    /// How often sign-ins may fail, and sign-ups, comments and code batches be made.
    pub rate_limits: crate::platform::rate_limits::RateLimits,
    /// The header a reverse proxy names the client's address in, if any (lower case).
    pub client_address_header: Option<String>,
    pub public_url: Option<String>,
    /// The municipality's identity provider, when sign-in with it is configured.
    pub oidc: Option<Arc<crate::platform::oidc::Provider>>,
    /// Whether people may sign in and sign up with a password.
    pub local_passwords: bool,
    /// E-mail domains allowed by the configuration (organizers may add more).
    pub allowed_email_domains: Vec<String>,
    /// Tells live views (the projector) that a vote has new ballots.
    pub live: Arc<LiveVotes>,
    /// Whether the database answers (a SurrealDB server may restart).
    pub db_health: Arc<DbHealth>,
    /// What the features keep for the life of the app (the vote's page cache, ...).
    pub features: Arc<FeatureState>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
