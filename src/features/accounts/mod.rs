//! Sign up, sign in (with a password or the municipality's identity provider), sign out,
//! who is signed in, and the password links organizers make.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;

/// The plain route that sends a browser to the identity provider.
#[cfg(feature = "ssr")]
pub use server::provider::start as start_provider_sign_in;
#[cfg(feature = "ssr")]
use {
    crate::domain::return_path::safe_return_path,
    crate::domain::{Email, FieldErrors, NewPassword, Password, PersonName},
    crate::platform::{context, sessions},
};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Role;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: String,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
    /// Unread notifications (the bell); filled in only by `fetch_current_user`.
    pub unread: u32,
}

impl CurrentUser {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// Anyone: who is signed in (none for a visitor), with their unread notifications.
#[server(prefix = "/api", endpoint = "current_user")]
pub async fn fetch_current_user() -> Result<Option<CurrentUser>, AppError> {
    let Some(user) = context::current_user().await? else {
        return Ok(None);
    };
    let unread = crate::features::notifications::unread_count(&user.id).await?;
    Ok(Some(CurrentUser {
        id: user.id,
        name: user.name,
        email: user.email,
        roles: user.roles,
        unread,
    }))
}

/// How people sign in here: with the municipality's account, a password, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInOptions {
    pub provider: bool,
    pub passwords: bool,
}

/// Passwords only: what a page shows when it could not ask (the form says what is wrong
/// when sent).
impl Default for SignInOptions {
    fn default() -> Self {
        SignInOptions {
            provider: false,
            passwords: true,
        }
    }
}

/// Anyone: which ways of signing in this installation offers.
#[server(prefix = "/api", endpoint = "sign_in_options")]
pub async fn fetch_sign_in_options() -> Result<SignInOptions, AppError> {
    let state = context::state()?;
    Ok(SignInOptions {
        provider: state.oidc.is_some(),
        passwords: state.local_passwords,
    })
}

/// Anyone the identity provider sends back (the callback page): finishes that sign-in and
/// goes to the page it started from. Refused (no session) when the answer does not belong
/// to a sign-in this browser started, the token fails its checks, or the e-mail is not
/// verified or not allowed.
#[server(prefix = "/api", endpoint = "finish_provider_sign_in")]
pub async fn finish_provider_sign_in(
    #[server(default)] code: String,
    #[server(default)] state: String,
    #[server(default)] error: String,
    #[server(default)] iss: String,
) -> Result<(), AppError> {
    let answer = server::provider::Answer {
        code,
        state,
        error,
        iss,
    };
    let next = server::provider::finish(answer).await?;
    leptos_axum::redirect(&next);
    Ok(())
}

/// Anyone whose address the sign-up rule lets in: makes an account and signs it in.
#[server(prefix = "/api", endpoint = "sign_up")]
pub async fn sign_up(name: String, email: String, password: String) -> Result<(), AppError> {
    let echo = vec![
        ("name".to_owned(), name.clone()),
        ("email".to_owned(), email.clone()),
    ];
    let mut errors = FieldErrors::new();
    let name = errors.check("name", PersonName::parse(&name));
    let email = errors.check("email", Email::parse(&email));
    let password = errors.check("password", NewPassword::parse(&password, email.as_ref()));
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        return Err(AppError::invalid(errors, echo));
    };
    server::passwords_in_use(&echo)?;
    crate::features::people::check_may_sign_up(&email, echo.clone()).await?;
    server::sign_up(&name, &email, password, echo).await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Anyone: signs in with e-mail and password, then goes back to `next`.
#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    /// The page to return to (a path of this site; anything else goes home).
    #[server(default)]
    next: String,
) -> Result<(), AppError> {
    let echo = vec![("email".to_owned(), email.clone())];
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&email));
    let password = errors.check("password", Password::parse(&password));
    let (Some(email), Some(password)) = (email, password) else {
        return Err(AppError::invalid(errors, echo));
    };
    server::passwords_in_use(&echo)?;
    server::sign_in(&email, password, echo).await?;
    leptos_axum::redirect(safe_return_path(&next).unwrap_or("/"));
    Ok(())
}

/// Anyone: ends the session of this browser.
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    sessions::end(&context::state()?).await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// The organizer's page for someone's password link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordLink {
    pub user_id: String,
    pub name: String,
    pub email: String,
    /// The link, shown right after it was made (and while it can still be used).
    pub link: Option<String>,
    pub minutes_left: Option<u32>,
}

/// Whose password a link sets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetLinkView {
    pub name: String,
}

/// Organizers: makes a one-time link (an hour) for `user_id` to choose a new password, and
/// goes to the page that shows it; the person's earlier links stop working.
#[server(prefix = "/api", endpoint = "make_password_link")]
pub async fn make_password_link(user_id: String) -> Result<(), AppError> {
    let organizer = context::require_role(Role::Organizer).await?;
    let user_id = crate::platform::ids::checked_id(&user_id)?;
    let token = server::resets::make(&organizer, user_id).await?;
    leptos_axum::redirect(&format!("/people/{user_id}/password?link={token}"));
    Ok(())
}

/// Organizers: the person a password link is for, and the link if `link` is its live token.
#[server(prefix = "/api", endpoint = "password_link")]
pub async fn fetch_password_link(
    user_id: String,
    #[server(default)] link: String,
) -> Result<PasswordLink, AppError> {
    context::require_role(Role::Organizer).await?;
    let user_id = crate::platform::ids::checked_id(&user_id)?;
    server::resets::for_organizer(user_id, link.trim()).await
}

/// Anyone with the link: whose password it sets; 404 once used, replaced or expired.
#[server(prefix = "/api", endpoint = "reset_link")]
pub async fn fetch_reset_link(token: String) -> Result<ResetLinkView, AppError> {
    server::resets::check(token.trim()).await
}

/// Anyone with the link: sets the new password, ends every other session of the account,
/// and signs in here.
#[server(prefix = "/api", endpoint = "reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    server::resets::reset(token.trim(), &password).await?;
    leptos_axum::redirect("/");
    Ok(())
}
