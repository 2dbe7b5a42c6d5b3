//! Configuration, read once at start from environment variables (see README).

use leptos::config::LeptosOptions;

use crate::domain::account_policy::parse_domains;
use crate::platform::backup::Schedule;
use crate::platform::oidc::OidcSettings;
use crate::platform::rate_limits::RateLimits;

pub const DEFAULT_DATABASE_URL: &str = "surrealkv://data/idesluss.db";
pub const DEFAULT_PRIVATE_NOTE_MONTHS: u32 = 12;
pub const DEFAULT_SESSION_IDLE: std::time::Duration = std::time::Duration::from_secs(8 * 3600);

#[derive(Debug, Clone)]
pub struct Settings {
    /// `surrealkv://path` (default, on disk), `mem://` (tests) or `ws://host:port`.
    pub database_url: String,
    pub namespace: String,
    pub database: String,
    /// Root credentials for a SurrealDB server (`ws://`); embedded engines need none.
    pub database_user: Option<String>,
    pub database_password: Option<String>,
    /// Adds `Secure` to cookies; set when the app is served over https.
    pub secure_cookies: bool,
    /// Load the demo rounds and proposals into an empty database at start.
    pub demo_data: bool,
    /// The address people type or scan to vote (`https://idesluss.kommun.se`); when unset,
    /// it is taken from the request's `Host` header.
    pub public_url: Option<String>,
    /// E-mail domains whose people may make an account by themselves
    /// (`IDESLUSS_ALLOWED_EMAIL_DOMAINS`, comma-separated), besides those organizers add.
    pub allowed_email_domains: Vec<String>,
    /// Sites that may show the projector in a frame (`IDESLUSS_PROJECTOR_FRAME_ANCESTORS`,
    /// space- or comma-separated origins); none by default.
    pub projector_frame_ancestors: Vec<String>,
    /// A session ends after this long without use (`IDESLUSS_SESSION_IDLE_HOURS`, 1 to
    /// 720, default 8); 30 days after sign-in at most either way.
    pub session_idle: std::time::Duration,
    /// How often sign-ins may fail, sign-ups, comments and code batches be made
    /// (`IDESLUSS_RATE_LIMITS`, e.g. `sign_in_account=10/15m,comment=30/10m`).
    pub rate_limits: RateLimits,
    /// The header a reverse proxy puts the client's address in (`IDESLUSS_CLIENT_ADDRESS_HEADER`,
    /// e.g. `X-Forwarded-For`, whose last address is taken); without it, the connection's.
    pub client_address_header: Option<String>,
    /// The app writes a backup there every day (`IDESLUSS_BACKUP_DIR`), keeping the newest
    /// `IDESLUSS_BACKUP_KEEP` (default 14).
    pub backups: Option<Schedule>,
    /// Coach-private notes are deleted this many months after their round's follow-up
    /// ends (`IDESLUSS_PRIVATE_NOTE_MONTHS`, 1 to 120, default 12).
    pub private_note_months: u32,
    /// Sign-in with the municipality's identity provider over OpenID Connect
    /// (`IDESLUSS_OIDC_ISSUER`, `_CLIENT_ID`, `_CLIENT_SECRET`).
    pub oidc: Option<OidcSettings>,
    /// Whether people sign in and sign up with a password (`IDESLUSS_LOCAL_PASSWORDS`,
    /// default true); it can be turned off only when `oidc` is set.
    pub local_passwords: bool,
    pub leptos: LeptosOptions,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SettingsError(String);

/// Where settings are read from: the process environment, or a map in tests.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<String>;

fn env(vars: Lookup, name: &str) -> Option<String> {
    vars(name).filter(|v| !v.trim().is_empty())
}

fn env_flag(vars: Lookup, name: &str, default: bool) -> Result<bool, SettingsError> {
    match env(vars, name).as_deref().map(str::to_lowercase).as_deref() {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(SettingsError(format!(
            "{name} must be true or false, not {other:?}"
        ))),
    }
}

impl Settings {
    /// Reads `IDESLUSS_*` variables, and the Leptos options from `LEPTOS_*` variables
    /// (set by cargo-leptos), else from `Cargo.toml` in the working directory (with
    /// `LEPTOS_*` overrides), else from the values compiled in.
    pub fn from_env() -> Result<Self, SettingsError> {
        Self::from_lookup(&|name| std::env::var(name).ok())
    }

    /// As `from_env`, with the `IDESLUSS_*` variables read from `vars`. A public address
    /// (`IDESLUSS_PUBLIC_URL`) means production: cookies are `Secure` when it is https, and
    /// demo data is loaded only when asked for; either can still be set explicitly.
    pub fn from_lookup(vars: Lookup) -> Result<Self, SettingsError> {
        let use_env = std::env::var("LEPTOS_OUTPUT_NAME").is_ok()
            || !std::path::Path::new("Cargo.toml").exists();
        let leptos_conf = if use_env {
            leptos::config::get_configuration(None)
        } else {
            leptos::config::get_configuration(Some("Cargo.toml"))
        }
        .map_err(|e| SettingsError(format!("Leptos configuration: {e}")))?;
        let public_url = match env(vars, "IDESLUSS_PUBLIC_URL") {
            None => None,
            Some(url) => Some(public_url(&url)?),
        };
        let https = public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"));
        let oidc = OidcSettings::from_lookup(vars).map_err(SettingsError)?;
        let local_passwords = env_flag(vars, "IDESLUSS_LOCAL_PASSWORDS", true)?;
        if !local_passwords && oidc.is_none() {
            return Err(SettingsError(
                "IDESLUSS_LOCAL_PASSWORDS=false needs IDESLUSS_OIDC_ISSUER: nobody could sign in"
                    .to_owned(),
            ));
        }
        Ok(Self {
            database_url: env(vars, "IDESLUSS_DATABASE_URL")
                .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            namespace: env(vars, "IDESLUSS_DB_NAMESPACE").unwrap_or_else(|| "idesluss".to_owned()),
            database: env(vars, "IDESLUSS_DB_DATABASE").unwrap_or_else(|| "main".to_owned()),
            database_user: env(vars, "IDESLUSS_DB_USER"),
            database_password: env(vars, "IDESLUSS_DB_PASSWORD"),
            secure_cookies: env_flag(vars, "IDESLUSS_SECURE_COOKIES", https)?,
            demo_data: env_flag(vars, "IDESLUSS_DEMO_DATA", public_url.is_none())?,
            public_url,
            allowed_email_domains: match env(vars, "IDESLUSS_ALLOWED_EMAIL_DOMAINS") {
                None => Vec::new(),
                Some(list) => parse_domains(&list)
                    .map_err(|_| {
                        SettingsError(format!(
                            "IDESLUSS_ALLOWED_EMAIL_DOMAINS must list domains like helsingborg.se, not {list:?}"
                        ))
                    })?
                    .into_iter()
                    .map(|d| d.as_str().to_owned())
                    .collect(),
            },
            projector_frame_ancestors: match env(vars, "IDESLUSS_PROJECTOR_FRAME_ANCESTORS") {
                None => Vec::new(),
                Some(list) => parse_origins(&list).map_err(|bad| {
                    SettingsError(format!(
                        "IDESLUSS_PROJECTOR_FRAME_ANCESTORS must list sites like https://skarm.kommun.se, not {bad:?}"
                    ))
                })?,
            },
            session_idle: match env(vars, "IDESLUSS_SESSION_IDLE_HOURS") {
                None => DEFAULT_SESSION_IDLE,
                Some(hours) => session_idle(&hours)?,
            },
            rate_limits: match env(vars, "IDESLUSS_RATE_LIMITS") {
                None => RateLimits::default(),
                Some(list) => RateLimits::parse(&list).map_err(|bad| {
                    SettingsError(format!(
                        "IDESLUSS_RATE_LIMITS must list limits like sign_in_account=10/15m, not {bad:?}"
                    ))
                })?,
            },
            client_address_header: match env(vars, "IDESLUSS_CLIENT_ADDRESS_HEADER") {
                None => None,
                Some(name) => Some(
                    axum::http::HeaderName::try_from(name.trim())
                        .map_err(|_| {
                            SettingsError(format!(
                                "IDESLUSS_CLIENT_ADDRESS_HEADER must be a header name like X-Forwarded-For, not {name:?}"
                            ))
                        })?
                        .as_str()
                        .to_owned(),
                ),
            },
            backups: match env(vars, "IDESLUSS_BACKUP_DIR") {
                None => None,
                Some(dir) => Some(Schedule {
                    dir: dir.into(),
                    keep: match env(vars, "IDESLUSS_BACKUP_KEEP") {
                        None => 14,
                        Some(keep) => match keep.trim().parse::<usize>() {
                            Ok(n @ 1..=3650) => n,
                            _ => {
                                return Err(SettingsError(format!(
                                    "IDESLUSS_BACKUP_KEEP must be a number of backups from 1 to 3650, not {keep:?}"
                                )));
                            }
                        },
                    },
                }),
            },
            private_note_months: match env(vars, "IDESLUSS_PRIVATE_NOTE_MONTHS") {
                None => DEFAULT_PRIVATE_NOTE_MONTHS,
                Some(months) => match months.trim().parse::<u32>() {
                    Ok(n @ 1..=120) => n,
                    _ => {
                        return Err(SettingsError(format!(
                            "IDESLUSS_PRIVATE_NOTE_MONTHS must be whole months from 1 to 120, not {months:?}"
                        )));
                    }
                },
            },
            oidc,
            local_passwords,
            leptos: with_hash_file_checked(leptos_conf.leptos_options),
        })
    }

    /// Settings for an in-memory app on a random port, as the tests use.
    ///
    /// (File names are never hashed here: a test binary has no hash file beside it.)
    pub fn for_tests(namespace: &str) -> Self {
        let leptos = LeptosOptions::builder()
            .output_name("idesluss")
            .site_root("target/site")
            .site_pkg_dir("pkg")
            .site_addr(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))
            .build();
        Self {
            database_url: "mem://".to_owned(),
            namespace: namespace.to_owned(),
            database: "test".to_owned(),
            database_user: None,
            database_password: None,
            secure_cookies: false,
            demo_data: false,
            public_url: None,
            allowed_email_domains: Vec::new(),
            projector_frame_ancestors: Vec::new(),
            session_idle: DEFAULT_SESSION_IDLE,
            rate_limits: RateLimits::default(),
            client_address_header: None,
            backups: None,
            private_note_months: DEFAULT_PRIVATE_NOTE_MONTHS,
            oidc: None,
            local_passwords: true,
            leptos,
        }
    }
}

/// Origins (`https://host[:port]`, nothing after the host, nothing a header could be
/// bent with) from a space- or comma-separated list, written as browsers send them; the
/// first one that is not, as the error.
fn parse_origins(list: &str) -> Result<Vec<String>, String> {
    list.split([' ', ','])
        .filter(|o| !o.is_empty())
        .map(|origin| {
            let plain_host = origin.split_once("://").is_some_and(|(_, host)| {
                host.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
            });
            crate::platform::same_origin::origin_of(origin)
                .filter(|_| plain_host)
                .ok_or_else(|| origin.to_owned())
        })
        .collect()
}

/// With `hash-files`, cargo-leptos writes the hashed file names into a file beside the
/// server binary, and Leptos refuses to render a page without it. A binary built by plain
/// `cargo build` (as some tests start it) has none: it then links the unhashed names
/// instead of failing on every page.
fn with_hash_file_checked(mut options: LeptosOptions) -> LeptosOptions {
    if options.hash_files {
        let beside_binary = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())));
        if !beside_binary.is_some_and(|file| file.exists()) {
            tracing::warn!(
                file = %options.hash_file,
                "no hash file beside the server binary: serving unhashed file names"
            );
            options.hash_files = false;
        }
    }
    options
}

/// The public address: a site (`https://idesluss.kommun.se`), as browsers send it in
/// `Origin`; a trailing slash is dropped.
fn public_url(url: &str) -> Result<String, SettingsError> {
    let url = url.trim().trim_end_matches('/');
    match parse_origins(url) {
        Ok(origins) if origins.len() == 1 => Ok(origins[0].clone()),
        _ => Err(SettingsError(format!(
            "IDESLUSS_PUBLIC_URL must be a site like https://idesluss.kommun.se, not {url:?}"
        ))),
    }
}

/// Whole hours from 1 to 720 (30 days, the most a session lasts anyway).
fn session_idle(hours: &str) -> Result<std::time::Duration, SettingsError> {
    match hours.trim().parse::<u64>() {
        Ok(h @ 1..=720) => Ok(std::time::Duration::from_secs(h * 3600)),
        _ => Err(SettingsError(format!(
            "IDESLUSS_SESSION_IDLE_HOURS must be whole hours from 1 to 720, not {hours:?}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::{Settings, parse_origins, session_idle};

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(&move |name| {
            vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
        .map_err(|e| e.to_string())
    }

    #[test]
    fn a_public_address_means_production_defaults() {
        let local = settings(&[]).unwrap();
        assert!(local.demo_data && !local.secure_cookies && local.public_url.is_none());
        let real = settings(&[("IDESLUSS_PUBLIC_URL", "https://Idesluss.kommun.se/")]).unwrap();
        assert!(!real.demo_data, "no demo data unless asked for");
        assert!(real.secure_cookies, "https cookies");
        assert_eq!(
            real.public_url.as_deref(),
            Some("https://idesluss.kommun.se")
        );
        let asked = settings(&[
            ("IDESLUSS_PUBLIC_URL", "https://idesluss.kommun.se"),
            ("IDESLUSS_DEMO_DATA", "true"),
        ])
        .unwrap();
        assert!(asked.demo_data);
        let plain = settings(&[("IDESLUSS_PUBLIC_URL", "http://10.0.0.5:3000")]).unwrap();
        assert!(!plain.secure_cookies, "no Secure cookie over plain http");
        for bad in [
            "idesluss.kommun.se",
            "https://x.se/rosta",
            "https://x.se?a=b",
        ] {
            let error = settings(&[("IDESLUSS_PUBLIC_URL", bad)]).unwrap_err();
            assert!(error.contains("IDESLUSS_PUBLIC_URL"), "{bad}: {error}");
        }
    }

    #[test]
    fn limits_and_the_proxy_header_are_checked_at_start() {
        assert!(settings(&[("IDESLUSS_RATE_LIMITS", "comment=many")]).is_err());
        assert!(settings(&[("IDESLUSS_CLIENT_ADDRESS_HEADER", "not a header")]).is_err());
        let proxied = settings(&[("IDESLUSS_CLIENT_ADDRESS_HEADER", "X-Forwarded-For")]).unwrap();
        assert_eq!(
            proxied.client_address_header.as_deref(),
            Some("x-forwarded-for")
        );
    }

    #[test]
    fn the_idle_time_is_whole_hours_up_to_thirty_days() {
        assert_eq!(session_idle("8").unwrap().as_secs(), 8 * 3600);
        assert_eq!(session_idle(" 720 ").unwrap().as_secs(), 720 * 3600);
        for bad in ["0", "721", "-1", "1.5", "åtta", ""] {
            assert!(session_idle(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn framing_origins_are_sites_without_paths() {
        assert_eq!(
            parse_origins("https://Skarm.kommun.se, http://10.0.0.5:8080").unwrap(),
            vec!["https://skarm.kommun.se", "http://10.0.0.5:8080"]
        );
        for bad in [
            "skarm.kommun.se",
            "https://x.se/page",
            "*",
            "javascript://x",
            "https://",
        ] {
            assert_eq!(parse_origins(bad), Err(bad.to_owned()), "{bad}");
        }
    }

    #[test]
    fn passwords_can_be_turned_off_only_with_an_identity_provider() {
        assert!(settings(&[]).unwrap().local_passwords);
        let alone = settings(&[("IDESLUSS_LOCAL_PASSWORDS", "false")]);
        assert!(alone.unwrap_err().contains("IDESLUSS_OIDC_ISSUER"));
        let with_provider = settings(&[
            ("IDESLUSS_LOCAL_PASSWORDS", "false"),
            (
                "IDESLUSS_OIDC_ISSUER",
                "https://login.microsoftonline.com/abc/v2.0",
            ),
            ("IDESLUSS_OIDC_CLIENT_ID", "idesluss"),
            ("IDESLUSS_OIDC_CLIENT_SECRET", "secret"),
        ])
        .unwrap();
        assert!(!with_provider.local_passwords && with_provider.oidc.is_some());
    }
}
