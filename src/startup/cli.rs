//! The server binary's command line: serve (default) and organizer administration.

use std::io::BufRead;
use std::process::ExitCode;

use crate::domain::{Email, NewPassword, PersonName, Problem, Role};
use crate::i18n::{I18n, Lang};
use crate::platform::settings::Settings;
use crate::platform::users::{self, CreateUserError};
use crate::platform::{auth, db, telemetry};
use crate::startup::Application;

const USAGE: &str = "\
Idesluss – idea-testing Bootcamp

USAGE:
    idesluss [serve] [--no-demo]
        Run the web app (address from LEPTOS_SITE_ADDR, default 127.0.0.1:3000).
        Demo data is loaded into an empty database unless --no-demo or IDESLUSS_DEMO_DATA=false.

    idesluss admin create --name <NAME> --email <EMAIL> [--password-stdin]
        Create an account with the organizer role. The password is read from the
        IDESLUSS_ADMIN_PASSWORD environment variable, or from the first line of
        standard input with --password-stdin.

    idesluss admin grant --email <EMAIL>
        Give the organizer role to an existing account.

    idesluss backup <FILE>
        Write the whole database to FILE (SurrealQL). With the embedded database, stop the
        app first, or let it write its own (IDESLUSS_BACKUP_DIR).

    idesluss restore <FILE> [--force]
        Put a backup into the database, then bring its schema up to date. Refused if the
        database holds data, unless --force (which replaces everything in it).

    idesluss help
        Show this text.

Configuration is read from IDESLUSS_* environment variables (see README).";

pub async fn run(args: Vec<String>) -> ExitCode {
    telemetry::init();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match words.as_slice() {
        [] | ["serve", ..] | ["--no-demo"] => serve(&words).await,
        ["admin", "create", rest @ ..] => admin_create(rest).await,
        ["admin", "grant", rest @ ..] => admin_grant(rest).await,
        ["backup", file] => backup(file).await,
        ["restore", file] => restore(file, false).await,
        ["restore", file, "--force"] | ["restore", "--force", file] => restore(file, true).await,
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown command\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn settings() -> Result<Settings, String> {
    Settings::from_env().map_err(|e| e.to_string())
}

async fn serve(words: &[&str]) -> Result<(), String> {
    let mut settings = settings()?;
    if words.contains(&"--no-demo") {
        settings.demo_data = false;
    }
    let app = Application::build(settings)
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!("Idesluss listens on http://127.0.0.1:{}", app.port());
    app.run_until(shutdown_signal())
        .await
        .map_err(|e| e.to_string())
}

async fn shutdown_signal() {
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!("shutting down");
}

fn explain(problem: Problem) -> String {
    I18n(Lang::En).problem(problem)
}

/// The value after `--flag` in `rest`.
fn flag<'a>(rest: &[&'a str], name: &str) -> Option<&'a str> {
    rest.iter()
        .position(|w| *w == name)
        .and_then(|i| rest.get(i + 1).copied())
}

fn read_password(rest: &[&str]) -> Result<String, String> {
    if rest.contains(&"--password-stdin") {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("could not read the password: {e}"))?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
    }
    std::env::var("IDESLUSS_ADMIN_PASSWORD")
        .map_err(|_| "set IDESLUSS_ADMIN_PASSWORD or pass --password-stdin".to_owned())
}

async fn admin_create(rest: &[&str]) -> Result<(), String> {
    let name = PersonName::parse(flag(rest, "--name").unwrap_or_default())
        .map_err(|p| format!("--name: {}", explain(p)))?;
    let email = Email::parse(flag(rest, "--email").unwrap_or_default())
        .map_err(|p| format!("--email: {}", explain(p)))?;
    let password = NewPassword::parse(&read_password(rest)?, Some(&email))
        .map_err(|p| format!("password: {}", explain(p)))?;
    let hash = auth::hash_password(password.expose()).map_err(|e| e.to_string())?;
    let db = db::connect(&settings()?).await.map_err(|e| e.to_string())?;
    match users::create(&db, &name, &email, hash, &[Role::Organizer]).await {
        Ok(_) => {
            println!("Created organizer {} <{}>", name.as_str(), email);
            Ok(())
        }
        Err(CreateUserError::EmailTaken) => Err(format!(
            "an account with {email} exists; use `idesluss admin grant --email {email}`"
        )),
        Err(CreateUserError::Db(e)) => Err(e.to_string()),
    }
}

async fn admin_grant(rest: &[&str]) -> Result<(), String> {
    let email = Email::parse(flag(rest, "--email").unwrap_or_default())
        .map_err(|p| format!("--email: {}", explain(p)))?;
    let db = db::connect(&settings()?).await.map_err(|e| e.to_string())?;
    let account = users::credentials_by_email(&db, &email)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no account with {email}"))?;
    users::set_role(&db, &account.id, Role::Organizer, true)
        .await
        .map_err(|e| e.to_string())?;
    println!("{email} is now an organizer");
    Ok(())
}

/// The database as it is, for a backup or a restore: a clear word when another process
/// holds the embedded one, or when it is a server (whose own `surreal export` is the tool).
async fn open_for_backup() -> Result<surrealdb::Surreal<surrealdb::engine::any::Any>, String> {
    let settings = settings()?;
    if settings.database_url.starts_with("ws") {
        return Err(format!(
            "{} is a SurrealDB server: back it up with `surreal export` / `surreal import` (see README)",
            settings.database_url
        ));
    }
    db::open(&settings).await.map_err(|e| {
        format!("{e}\n(is the app running on this database? stop it first, or set IDESLUSS_BACKUP_DIR and let it write its own backups)")
    })
}

async fn backup(file: &str) -> Result<(), String> {
    let db = open_for_backup().await?;
    let bytes = crate::platform::backup::write(&db, std::path::Path::new(file))
        .await
        .map_err(|e| e.to_string())?;
    println!("Backup written to {file} ({} KiB)", bytes.div_ceil(1024));
    Ok(())
}

async fn restore(file: &str, force: bool) -> Result<(), String> {
    let db = open_for_backup().await?;
    crate::platform::backup::restore(&db, std::path::Path::new(file), force)
        .await
        .map_err(|e| e.to_string())?;
    println!("Restored {file}");
    Ok(())
}
