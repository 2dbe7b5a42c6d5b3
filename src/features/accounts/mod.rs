//! Sign up, sign in, sign out, and who is signed in.

pub mod pages;

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

#[server(prefix = "/api", endpoint = "current_user")]
pub async fn fetch_current_user() -> Result<Option<CurrentUser>, AppError> {
    use crate::features::notifications::server::queries as notifications;
    use crate::platform::context;
    let Some(mut user) = context::current_user().await? else {
        return Ok(None);
    };
    let state = context::state()?;
    let unread = notifications::unread_count(&state.db, &user.id).await?;
    user.unread = u32::try_from(unread).unwrap_or(u32::MAX);
    Ok(Some(user))
}

#[server(prefix = "/api", endpoint = "sign_up")]
pub async fn sign_up(name: String, email: String, password: String) -> Result<(), AppError> {
    use crate::domain::{Email, FieldErrors, NewPassword, PersonName, Problem};
    use crate::platform::users::{self, CreateUserError};
    use crate::platform::{auth, context, sessions as session};

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
    crate::features::people::server::check_may_sign_up(&email, echo.clone()).await?;
    let state = context::state()?;
    let hash = session::blocking(move || auth::hash_password(password.expose())).await?;
    let id = users::create(&state.db, &name, &email, hash, &[])
        .await
        .map_err(|e| match e {
            CreateUserError::EmailTaken => AppError::conflict("email", Problem::EmailTaken, echo),
            CreateUserError::Db(e) => e.into(),
        })?;
    session::start(&state, &id).await?;
    leptos_axum::redirect("/");
    Ok(())
}

#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    /// The page to return to (a path of this site; anything else goes home).
    #[server(default)]
    next: String,
) -> Result<(), AppError> {
    use crate::domain::{Email, FieldErrors, Password, Problem};
    use crate::platform::users;
    use crate::platform::{auth, context, sessions as session};

    let echo = vec![("email".to_owned(), email.clone())];
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&email));
    let password = errors.check("password", Password::parse(&password));
    let (Some(email), Some(password)) = (email, password) else {
        return Err(AppError::invalid(errors, echo));
    };
    let state = context::state()?;
    let account = users::credentials_by_email(&state.db, &email).await?;
    let hash = account
        .as_ref()
        .map(|a| a.password_hash.clone())
        .unwrap_or_else(|| auth::dummy_hash().to_owned());
    let matches = session::blocking(move || {
        Ok::<_, std::convert::Infallible>(auth::verify_password(password.expose(), &hash))
    })
    .await?;
    let Some(account) = account.filter(|_| matches) else {
        let errors = FieldErrors::single("password", Problem::WrongCredentials);
        return Err(AppError::SignInFailed(errors, echo));
    };
    session::start(&state, &account.id).await?;
    let back = crate::domain::return_path::safe_return_path(&next).unwrap_or("/");
    leptos_axum::redirect(back);
    Ok(())
}

#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::platform::{context, sessions as session};

    let state = context::state()?;
    session::end(&state).await?;
    leptos_axum::redirect("/");
    Ok(())
}
