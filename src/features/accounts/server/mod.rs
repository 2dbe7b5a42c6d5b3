//! Making an account and checking a password; both hash off the async threads, and a
//! sign-in for an unknown address costs as much as one for a known address. Failed
//! sign-ins are limited per account and per client address (not while a vote is open),
//! sign-ups per address.

pub mod provider;
mod reset_queries;
pub mod resets;

use crate::domain::{Email, NewPassword, Password, PersonName, Problem};
use crate::error::{AppError, Echo};
use crate::platform::rate_limits::Counted;
use crate::platform::users::{self, CreateUserError};
use crate::platform::{auth, context, sessions};

/// A limit per client address, except while a vote is open: a hall signing up or in behind
/// one NAT address is never turned away for being many, or for its typos together.
async fn hall_exempt(
    state: &crate::platform::state::AppState,
    limited: Result<(), AppError>,
) -> Result<(), AppError> {
    match limited {
        Err(refusal) if !crate::features::vote::a_vote_is_open(&state.db).await? => Err(refusal),
        _ => Ok(()),
    }
}

/// 422 when passwords are turned off here (people sign in with the identity provider).
pub fn passwords_in_use(echo: &Echo) -> Result<(), AppError> {
    if context::state()?.local_passwords {
        Ok(())
    } else {
        Err(AppError::invalid(
            crate::domain::FieldErrors::single("password", Problem::PasswordsTurnedOff),
            echo.clone(),
        ))
    }
}

/// Makes the account and signs it in; 409 when the address has an account already.
pub async fn sign_up(
    name: &PersonName,
    email: &Email,
    password: NewPassword,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let limited = context::rate_counter(&state)
        .take(Counted::SignUpPerAddress, &context::client_address())
        .await?
        .or_refuse("email", &echo);
    hall_exempt(&state, limited).await?;
    let hash = state
        .password_hashing
        .run(move || auth::hash_password(password.expose()))
        .await?;
    let id = users::create(&state.db, name, email, hash, &[])
        .await
        .map_err(|e| match e {
            CreateUserError::EmailTaken => AppError::conflict("email", Problem::EmailTaken, echo),
            CreateUserError::Db(e) => e.into(),
        })?;
    sessions::start(&state, &id).await
}

/// Starts a session when the password matches; one answer for a wrong address or password.
pub async fn sign_in(email: &Email, password: Password, echo: Echo) -> Result<(), AppError> {
    let state = context::state()?;
    let limits = context::rate_counter(&state);
    let address = context::client_address();
    limits
        .check(Counted::FailedSignInPerAccount, email.as_str())
        .await?
        .or_refuse("password", &echo)?;
    // Each account's own limit always holds; the address's not during a vote.
    let limited = limits
        .check(Counted::FailedSignInPerAddress, &address)
        .await?
        .or_refuse("password", &echo);
    hall_exempt(&state, limited).await?;
    // An account without a password (the identity provider's, an erased one) costs as much
    // as an unknown address, and matches nothing.
    let account = users::credentials_by_email(&state.db, email)
        .await?
        .filter(|a| auth::is_password_hash(&a.password_hash));
    let hash = account
        .as_ref()
        .map(|a| a.password_hash.clone())
        .unwrap_or_else(|| auth::dummy_hash().to_owned());
    let matches = state
        .password_hashing
        .run(move || {
            Ok::<_, std::convert::Infallible>(auth::verify_password(password.expose(), &hash))
        })
        .await?;
    let Some(account) = account.filter(|_| matches) else {
        limits
            .note(Counted::FailedSignInPerAccount, email.as_str())
            .await?;
        limits
            .note(Counted::FailedSignInPerAddress, &address)
            .await?;
        let errors = crate::domain::FieldErrors::single("password", Problem::WrongCredentials);
        return Err(AppError::SignInFailed(errors, echo));
    };
    sessions::start(&state, &account.id).await
}
