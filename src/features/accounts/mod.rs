//! Sign up, sign in, sign out, and who is signed in.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
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
