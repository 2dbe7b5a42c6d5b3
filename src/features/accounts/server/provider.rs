//! Signing in with the municipality's identity provider (OpenID Connect). The browser is
//! sent there from `/sign-in/oidc` with a `state` kept in a cookie; it comes back to the
//! callback page, whose answer must carry the same state, a code the provider trades for
//! an ID token (with this sign-in's PKCE verifier), and a token with this sign-in's nonce.
//! The account is the one linked to the provider's person (`sub`), else the one with their
//! verified e-mail, else a new one when the sign-up rule allows that address.

use axum::extract::{Query, Request, State};
use axum::http::header::{RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use crate::domain::audit::AuditAction;
use crate::domain::return_path::safe_return_path;
use crate::domain::{Email, FieldErrors, PersonName, Problem};
use crate::error::AppError;
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::audit::{self, Entry};
use crate::platform::downloads::plain;
use crate::platform::oidc::{IdClaims, LoginSecrets, OidcError, logins};
use crate::platform::public_url::site_base_for;
use crate::platform::rate_limits::Counted;
use crate::platform::state::AppState;
use crate::platform::users::{self, CreateUserError, NO_PASSWORD};
use crate::platform::{context, sessions};

/// Where the provider sends the browser back (register it with the provider).
pub const CALLBACK_PATH: &str = "/sign-in/oidc/callback";

/// The cookie that holds the `state` of the sign-in this browser started. Over https it
/// is a `__Host-` cookie, which no other site under the municipality's domain can set.
fn login_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-idesluss_oidc"
    } else {
        "idesluss_oidc"
    }
}

fn login_cookie(value: &str, max_age: i64, secure: bool) -> String {
    let name = login_cookie_name(secure);
    let attributes = if secure {
        "Path=/; Secure"
    } else {
        "Path=/sign-in/oidc"
    };
    format!("{name}={value}; {attributes}; HttpOnly; SameSite=Lax; Max-Age={max_age}")
}

#[derive(Debug, serde::Deserialize)]
pub struct StartQuery {
    /// The page to come back to.
    till: Option<String>,
}

/// `GET /sign-in/oidc?till=/path`: starts a sign-in and sends the browser to the provider.
/// Limited per client address (each start keeps a row for ten minutes), ten times as
/// generously while a vote is open.
pub async fn start(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let headers = &parts.headers;
    let i18n = I18n(lang_of_request(headers));
    let Some(provider) = state.oidc.clone() else {
        return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    };
    let query = Query::<StartQuery>::try_from_uri(&parts.uri)
        .map(|Query(query)| query)
        .unwrap_or(StartQuery { till: None });
    match limit_per_address(&state, &context::client_address_of(&state, &parts)).await {
        Ok(()) => {}
        Err(AppError::RateLimited(_, _, seconds)) => {
            let text = i18n.problem(Problem::TooManyAttempts {
                retry_after: seconds,
            });
            let mut response = (StatusCode::TOO_MANY_REQUESTS, text).into_response();
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(seconds));
            return response;
        }
        Err(error) => {
            tracing::error!(?error, "could not count a sign-in");
            let status = StatusCode::from_u16(error.status_code())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            return plain(status, crate::ui::error_view::error_text(i18n, &error).1);
        }
    }
    let next = query
        .till
        .as_deref()
        .and_then(safe_return_path)
        .unwrap_or("/");
    let secrets = LoginSecrets::new();
    let redirect_uri = format!("{}{CALLBACK_PATH}", site_base_for(&state, Some(headers)));
    let url = match provider.authorization_url(&secrets, &redirect_uri).await {
        Ok(url) => url,
        Err(error) => {
            tracing::warn!(%error, "cannot send anyone to the identity provider");
            let mut response = plain(StatusCode::SERVICE_UNAVAILABLE, i18n.t(T::UnavailableText));
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(60));
            return response;
        }
    };
    if let Err(error) = logins::begin(&state.db, &secrets, next, &redirect_uri).await {
        tracing::error!(%error, "could not keep a sign-in");
        return plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            i18n.t(T::InternalErrorText),
        );
    }
    let cookie = login_cookie(
        &secrets.state,
        logins::LOGIN_MINUTES * 60,
        state.secure_cookies,
    );
    let mut response = Redirect::to(&url).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}

/// During a vote a hall behind one address signs in together: this many times the limit,
/// but never without one (each start keeps a row for ten minutes).
const HALL_FACTOR: u32 = 10;

async fn limit_per_address(state: &AppState, address: &str) -> Result<(), AppError> {
    let counted = Counted::ProviderSignInPerAddress;
    let mut most = state.rate_limits.of(counted).most;
    if crate::features::vote::a_vote_is_open(&state.db).await? {
        most = most.saturating_mul(HALL_FACTOR);
    }
    context::rate_counter(state)
        .take_up_to(counted, address, most)
        .await?
        .or_refuse("sign_in", &Vec::new())
}

/// What the provider sent the browser back with.
pub struct Answer {
    pub code: String,
    pub state: String,
    /// Set when the person cancelled or the provider refused them.
    pub error: String,
    /// The provider's name for itself (RFC 9207), when it sends it.
    pub iss: String,
}

fn refused(problem: Problem) -> AppError {
    AppError::invalid(FieldErrors::single("sign_in", problem), Vec::new())
}

/// Finishes the sign-in the answer belongs to: the session starts and the path to go to
/// is returned; anything amiss is refused with a problem and no session.
pub async fn finish(answer: Answer) -> Result<String, AppError> {
    let state = context::state()?;
    let provider = state.oidc.clone().ok_or(AppError::NotFound)?;
    let started_here = context::request_cookie(login_cookie_name(state.secure_cookies))
        .is_some_and(|cookie| !answer.state.is_empty() && cookie == answer.state);
    context::set_cookie(&login_cookie("", 0, state.secure_cookies));
    let pending = if started_here {
        logins::take(&state.db, &answer.state).await?
    } else {
        None
    };
    if !answer.error.is_empty() {
        tracing::info!(
            error = answer.error,
            "sign-in cancelled at the identity provider"
        );
        return Err(refused(Problem::ProviderCancelled));
    }
    let Some(pending) = pending else {
        return Err(refused(Problem::ProviderLoginStale));
    };
    if !answer.iss.is_empty() && answer.iss != provider.issuer() {
        tracing::warn!(iss = answer.iss, "an answer from another issuer");
        return Err(refused(Problem::ProviderAnswerRefused));
    }
    let claims = provider
        .sign_in(
            &answer.code,
            &pending.verifier,
            &pending.nonce,
            &pending.redirect_uri,
        )
        .await
        .map_err(|error| match error {
            OidcError::Unreachable(why) => {
                tracing::warn!(why, "the identity provider did not answer");
                AppError::Unavailable
            }
            OidcError::Refused(why) => {
                tracing::warn!(why, "the identity provider's answer was refused");
                refused(Problem::ProviderAnswerRefused)
            }
        })?;
    let email = claims
        .verified_email()
        .and_then(|email| Email::parse(email).ok())
        .ok_or_else(|| refused(Problem::ProviderEmailUnverified))?;
    if !crate::features::people::may_sign_up(&email).await? {
        let entry = Entry::new(AuditAction::SignInRefused, None, "oidc").details(email.domain());
        audit::record(&state.db, entry).await;
        return Err(refused(Problem::ProviderEmailNotAllowed));
    }
    let user_id = account_for(&state, provider.issuer(), &email, &claims).await?;
    sessions::start(&state, &user_id).await?;
    tracing::info!(user_id, "signed in with the identity provider");
    Ok(pending.next)
}

/// The account the provider's person has: the one linked to them, else the one with their
/// verified e-mail (linked now: its old password goes the first time), else a new one with
/// the provider's name for them. An e-mail whose account is linked to someone else at the
/// same provider (an address given to a new employee) is refused.
async fn account_for(
    state: &AppState,
    issuer: &str,
    email: &Email,
    claims: &IdClaims,
) -> Result<String, AppError> {
    let subject = format!("{issuer}#{}", claims.sub);
    if let Some(id) = users::by_provider_subject(&state.db, &subject).await? {
        // The provider's address is the account's, even after a change of name there.
        if !users::follow_email(&state.db, &id, email).await? {
            tracing::warn!(
                user_id = id,
                "the provider's new address belongs to another account"
            );
        }
        return Ok(id);
    }
    let name = claims
        .full_name()
        .and_then(|name| PersonName::parse(&name).ok());
    if let Some(account) = users::credentials_by_email(&state.db, email).await? {
        let someone_else = account
            .provider_subject
            .as_deref()
            .is_some_and(|linked| linked.starts_with(&format!("{issuer}#")));
        if someone_else {
            let entry = Entry::new(AuditAction::SignInRefused, None, "oidc")
                .about(&account.id)
                .details(format!("{}: linked to another person", email.domain()));
            audit::record(&state.db, entry).await;
            return Err(refused(Problem::ProviderAccountTaken));
        }
        if users::link_to_provider(&state.db, &account.id, &subject, name.as_ref()).await? {
            let entry = Entry::new(
                AuditAction::AccountLinkedToProvider,
                Some(&account.id),
                format!("user:{}", account.id),
            );
            audit::record(&state.db, entry.about(&account.id)).await;
        }
        return Ok(account.id);
    }
    let name = name
        .or_else(|| PersonName::parse(email.as_str().split('@').next().unwrap_or_default()).ok())
        .ok_or(AppError::Internal)?;
    let id = match users::create(&state.db, &name, email, NO_PASSWORD.to_owned(), &[]).await {
        Ok(id) => id,
        // Two first sign-ins of the same person at once: the other one made it.
        Err(CreateUserError::EmailTaken) => users::credentials_by_email(&state.db, email)
            .await?
            .map(|account| account.id)
            .ok_or(AppError::Internal)?,
        Err(CreateUserError::Db(e)) => return Err(e.into()),
    };
    if users::link_to_provider(&state.db, &id, &subject, None).await? {
        let entry = Entry::new(
            AuditAction::AccountMadeBySignIn,
            Some(&id),
            format!("user:{id}"),
        );
        audit::record(&state.db, entry.about(&id)).await;
    }
    Ok(id)
}
