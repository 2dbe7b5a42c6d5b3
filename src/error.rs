//! The one error type every server function returns. Each variant has an HTTP status;
//! the browser shows a translated message, the server log gets the cause.

use leptos::prelude::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::codec::JsonEncoding;
use serde::{Deserialize, Serialize};

use crate::domain::{FieldErrors, Problem};

/// Form values sent back with a refused form so that, with JavaScript off, the page that
/// shows the error can show what was typed too. Never holds a password.
pub type Echo = Vec<(String, String)>;

/// Seconds to wait when the database does not answer.
pub const UNAVAILABLE_RETRY_AFTER: u32 = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// 422: the input was understood but breaks a rule; the messages name the fields.
    #[error("invalid input: {0:?}")]
    Invalid(FieldErrors, Echo),
    /// 400: the request itself could not be read (missing or malformed arguments).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// 401: signing in is needed.
    #[error("not signed in")]
    Unauthorized,
    /// 401: the e-mail and password did not match an account.
    #[error("wrong credentials")]
    SignInFailed(FieldErrors, Echo),
    /// 403: signed in, but the role for this is missing.
    #[error("forbidden")]
    Forbidden,
    /// 404
    #[error("not found")]
    NotFound,
    /// 409: clashes with what exists (a taken e-mail, a duplicate name).
    #[error("conflict: {0:?}")]
    Conflict(FieldErrors, Echo),
    /// 429: too many attempts; the problem says how many seconds to wait.
    #[error("too many requests: {0:?}")]
    RateLimited(FieldErrors, Echo, u32),
    /// 500: our fault; details are in the server log, not sent to the browser.
    #[error("internal error")]
    Internal,
    /// 503: the database does not answer (a SurrealDB server restarting); try again.
    #[error("database unavailable")]
    Unavailable,
}

impl AppError {
    pub fn invalid(errors: FieldErrors, echo: Echo) -> Self {
        AppError::Invalid(errors, echo)
    }

    pub fn conflict(field: &str, problem: Problem, echo: Echo) -> Self {
        AppError::Conflict(FieldErrors::single(field, problem), echo)
    }

    /// Seconds a client should wait before trying again (the `Retry-After` header).
    pub fn retry_after(&self) -> Option<u32> {
        match self {
            AppError::RateLimited(_, _, seconds) => Some(*seconds),
            AppError::Unavailable => Some(crate::error::UNAVAILABLE_RETRY_AFTER),
            _ => None,
        }
    }

    pub fn status_code(&self) -> u16 {
        match self {
            AppError::Invalid(..) => 422,
            AppError::BadRequest(_) => 400,
            AppError::Unauthorized | AppError::SignInFailed(..) => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Conflict(..) => 409,
            AppError::RateLimited(..) => 429,
            AppError::Internal => 500,
            AppError::Unavailable => 503,
        }
    }

    /// Problems per field, for showing next to the inputs.
    pub fn field_errors(&self) -> Option<&FieldErrors> {
        match self {
            AppError::Invalid(errors, _)
            | AppError::Conflict(errors, _)
            | AppError::RateLimited(errors, _, _)
            | AppError::SignInFailed(errors, _) => Some(errors),
            _ => None,
        }
    }

    /// What the person had typed in `field`, if the form was refused.
    pub fn echoed(&self, field: &str) -> Option<&str> {
        match self {
            AppError::Invalid(_, echo)
            | AppError::Conflict(_, echo)
            | AppError::RateLimited(_, echo, _)
            | AppError::SignInFailed(_, echo) => echo
                .iter()
                .find(|(name, _)| name == field)
                .map(|(_, value)| value.as_str()),
            _ => None,
        }
    }
}

/// The text fields of a form struct, as an echo for a refused form.
pub fn echo_of<T: Serialize>(form: &T) -> Echo {
    let value = serde_json::to_value(form).unwrap_or_default();
    value
        .as_object()
        .map(|fields| {
            fields
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(msg)
            | ServerFnErrorErr::MissingArg(msg)
            | ServerFnErrorErr::Deserialization(msg) => AppError::BadRequest(msg),
            ServerFnErrorErr::UnsupportedRequestMethod(msg) => AppError::BadRequest(msg),
            _ => AppError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_match_the_contract() {
        let fields = FieldErrors::single("email", Problem::Required);
        assert_eq!(AppError::invalid(fields.clone(), vec![]).status_code(), 422);
        assert_eq!(AppError::BadRequest("x".into()).status_code(), 400);
        assert_eq!(AppError::Unauthorized.status_code(), 401);
        assert_eq!(AppError::Forbidden.status_code(), 403);
        assert_eq!(AppError::NotFound.status_code(), 404);
        assert_eq!(AppError::Conflict(fields, vec![]).status_code(), 409);
        assert_eq!(AppError::Internal.status_code(), 500);
        let limited = AppError::RateLimited(FieldErrors::new(), vec![], 4);
        assert_eq!(limited.status_code(), 429);
        assert_eq!(limited.retry_after(), Some(4));
    }

    #[test]
    fn echo_returns_typed_value() {
        let err = AppError::invalid(
            FieldErrors::single("name", Problem::Required),
            vec![("email".into(), "a@b.se".into())],
        );
        assert_eq!(err.echoed("email"), Some("a@b.se"));
        assert_eq!(err.echoed("name"), None);
    }

    #[test]
    fn malformed_arguments_are_bad_requests() {
        let err = AppError::from_server_fn_error(ServerFnErrorErr::Args("missing".into()));
        assert_eq!(err.status_code(), 400);
    }
}
