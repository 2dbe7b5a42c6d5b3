//! Builds the app from settings: database, schema, demo data, routes, listener.

pub mod cli;
pub mod demo;
mod reminders;

use std::future::Future;

use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

use crate::app::{App, shell};
use crate::features::vote::{BallotPages, CastQueue, CodeLookups, ProjectorFraming};
use crate::platform::error_status::error_status;
use crate::platform::feature_state::FeatureState;
use crate::platform::headers::{self, security_headers};
use crate::platform::same_origin::same_origin_only;
use crate::platform::settings::Settings;
use crate::platform::state::{AppParts, AppState};
use crate::platform::{db, db_health, favicon, static_files};

pub struct Application {
    listener: TcpListener,
    router: Router,
    port: u16,
    db: db::Db,
    live: std::sync::Arc<crate::platform::live::LiveVotes>,
    /// Set for a SurrealDB server: the health the watchdog keeps.
    watchdog: Option<std::sync::Arc<db_health::DbHealth>>,
    session_idle: std::time::Duration,
    backups: Option<crate::platform::backup::Schedule>,
    private_note_months: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("database: {0}")]
    Database(#[from] db::DbSetupError),
    #[error("backups: could not make the folder {dir}: {source}")]
    BackupDir { dir: String, source: std::io::Error },
    #[error("could not listen on {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        if let Some(schedule) = &settings.backups {
            std::fs::create_dir_all(&schedule.dir).map_err(|source| StartupError::BackupDir {
                dir: schedule.dir.display().to_string(),
                source,
            })?;
        }
        let db = db::connect(&settings).await?;
        if settings.demo_data {
            demo::load_if_empty(&db).await?;
        }
        let state = AppState::new(AppParts {
            db: db.clone(),
            leptos_options: settings.leptos.clone(),
            secure_cookies: settings.secure_cookies,
            session_idle: settings.session_idle,
            rate_limits: settings.rate_limits.clone(),
            client_address_header: settings.client_address_header.clone(),
            password_hashing: crate::platform::blocking::BlockingPool::for_this_machine(),
            public_url: settings.public_url.clone(),
            allowed_email_domains: settings.allowed_email_domains.clone(),
            oidc: settings
                .oidc
                .clone()
                .map(|oidc| std::sync::Arc::new(crate::platform::oidc::Provider::new(oidc))),
            local_passwords: settings.local_passwords,
            live: Default::default(),
            db_health: std::sync::Arc::new(db_health::DbHealth::of(&settings.database_url)),
            features: std::sync::Arc::new(
                FeatureState::default()
                    .with(BallotPages::default())
                    .with(CastQueue::default())
                    .with(CodeLookups::default())
                    .with(ProjectorFraming::allowing(
                        &settings.projector_frame_ancestors,
                    )),
            ),
        });
        let live = state.live.clone();
        let watchdog = state
            .db_health
            .can_go_away()
            .then(|| state.db_health.clone());
        let addr = settings.leptos.site_addr;
        let listener = listen(addr).map_err(|source| StartupError::Listen { addr, source })?;
        let port = listener
            .local_addr()
            .map(|a| a.port())
            .unwrap_or(addr.port());
        Ok(Self {
            listener,
            router: router(state),
            port,
            db,
            live,
            watchdog,
            session_idle: settings.session_idle,
            backups: settings.backups.clone(),
            private_note_months: settings.private_note_months,
        })
    }

    /// The database handle, for tests and administration.
    pub fn db(&self) -> db::Db {
        self.db.clone()
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(std::future::pending()).await
    }

    /// Serves until `shutdown` completes, then drops the database handle.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let reminders = tokio::spawn(reminders::remind_every(self.db.clone(), REMINDER_CHECK));
        let purge = tokio::spawn(crate::platform::sessions::purge_every(
            self.db.clone(),
            self.session_idle,
            SESSION_PURGE,
        ));
        let news = tokio::spawn(crate::features::vote::follow_ballot_news(
            self.db.clone(),
            self.live.clone(),
        ));
        let retention = tokio::spawn(crate::features::privacy::delete_private_notes_every(
            self.db.clone(),
            self.private_note_months,
            DAILY,
        ));
        let backups = self.backups.clone().map(|schedule| {
            tokio::spawn(crate::platform::backup::write_every(
                self.db.clone(),
                schedule,
                DAILY,
            ))
        });
        let watchdog = self
            .watchdog
            .map(|health| tokio::spawn(db_health::watch(self.db.clone(), health)));
        let served = axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        reminders.abort();
        purge.abort();
        news.abort();
        retention.abort();
        if let Some(backups) = backups {
            backups.abort();
        }
        if let Some(watchdog) = watchdog {
            watchdog.abort();
        }
        served
    }
}

/// How often the app writes a backup (when given a folder for them) and deletes the
/// coach-private notes past their retention.
const DAILY: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

/// How often ended sign-in sessions are deleted.
const SESSION_PURGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// How often the app looks for sessions tomorrow, check-ins due and overdue actions.
const REMINDER_CHECK: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// A listener with room for a hall of people connecting at the same moment (the default
/// queue of 1,024 would drop connection attempts at a vote of 2,000).
fn listen(addr: std::net::SocketAddr) -> std::io::Result<TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(4096)
}

fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let context_state = state.clone();
    let shell_options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .route("/favicon.svg", axum::routing::get(favicon::icon))
        .route("/favicon.ico", axum::routing::get(favicon::icon))
        .route("/robots.txt", axum::routing::get(favicon::robots))
        .route(
            "/manifest.webmanifest",
            axum::routing::get(favicon::manifest),
        )
        .route(
            "/icons/{file}",
            axum::routing::get(favicon::home_screen_icon),
        )
        .route(
            "/sign-in/oidc",
            axum::routing::get(crate::features::accounts::start_provider_sign_in),
        )
        .route(
            "/my/data.json",
            axum::routing::get(crate::features::privacy::my_data),
        )
        .route(
            "/people/{id}/data.json",
            axum::routing::get(crate::features::privacy::person_data),
        )
        .route(
            "/audit.csv",
            axum::routing::get(crate::features::audit::audit_csv),
        )
        .route(
            "/rounds/{id}/signups.csv",
            axum::routing::get(crate::features::signups::signups_csv),
        )
        .route(
            "/rounds/{id}/vote/results.csv",
            axum::routing::get(crate::features::vote::results_csv),
        )
        .route(
            "/rounds/{id}/export/{file}",
            axum::routing::get(crate::features::exports::export_file),
        )
        .route(
            "/rounds/{id}/import",
            axum::routing::post(crate::features::exports::import_upload).layer(
                axum::extract::DefaultBodyLimit::max(crate::features::exports::IMPORT_UPLOAD_LIMIT),
            ),
        )
        .route(
            "/rounds/{id}/report.md",
            axum::routing::get(crate::features::report::report_markdown),
        )
        .route(
            "/rounds/{id}/budgets.csv",
            axum::routing::get(crate::features::budget::budgets_csv),
        )
        .route(
            "/expenses/{id}/receipt",
            axum::routing::post(crate::features::budget::upload_receipt).layer(
                axum::extract::DefaultBodyLimit::max(crate::features::budget::RECEIPT_UPLOAD_LIMIT),
            ),
        )
        .route(
            "/receipts/{id}",
            axum::routing::get(crate::features::budget::download_receipt),
        )
        .route(
            "/calendar/rounds/{file}",
            axum::routing::get(crate::features::calendar::round_feed),
        )
        .route(
            "/calendar/teams/{team}/{file}",
            axum::routing::get(crate::features::calendar::team_feed),
        )
        .route(
            "/calendar/people/{file}",
            axum::routing::get(crate::features::calendar::person_feed),
        )
        .route(
            "/rounds/{id}/vote/live",
            axum::routing::get(crate::features::vote::tally_events),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(context_state.clone());
                headers::provide_page_nonce();
            },
            move || shell(shell_options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            {
                let state = state.clone();
                move || {
                    provide_context(state.clone());
                    headers::provide_page_nonce();
                }
            },
            shell,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::features::vote::cached_ballot_page,
        ))
        .layer(axum::middleware::from_fn(error_status))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            db_health::database_guard,
        ))
        .layer(axum::middleware::from_fn(
            crate::features::vote::ballot_not_cached,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::features::vote::projector_framing,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            same_origin_only,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security_headers,
        ))
        .layer(axum::middleware::from_fn(static_files::cache_headers))
        .layer(static_files::compression())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
