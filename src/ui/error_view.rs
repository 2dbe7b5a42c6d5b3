//! A whole-page message for an error: not signed in, not allowed, not found, or ours.

use leptos::prelude::*;
use leptos_meta::Title;

use leptos_router::hooks::use_location;

use crate::domain::return_path::{path_with_query, sign_in_href};
use crate::error::AppError;
use crate::i18n::{I18n, T, use_i18n};

/// Title and explanation for an error, in the reader's language.
pub fn error_text(i18n: I18n, error: &AppError) -> (&'static str, &'static str) {
    match error {
        AppError::Unauthorized | AppError::SignInFailed(..) => (
            i18n.t(T::SignInRequiredTitle),
            i18n.t(T::SignInRequiredText),
        ),
        AppError::Forbidden => (i18n.t(T::ForbiddenTitle), i18n.t(T::ForbiddenText)),
        AppError::NotFound => (i18n.t(T::NotFoundTitle), i18n.t(T::NotFoundText)),
        AppError::Conflict(..) | AppError::RateLimited(..) => {
            (i18n.t(T::ErrorTitle), i18n.t(T::ConflictText))
        }
        AppError::Invalid(..) | AppError::BadRequest(_) => {
            (i18n.t(T::ErrorTitle), i18n.t(T::BadRequestText))
        }
        AppError::Internal => (i18n.t(T::ErrorTitle), i18n.t(T::InternalErrorText)),
        AppError::Unavailable => (i18n.t(T::UnavailableTitle), i18n.t(T::UnavailableText)),
    }
}

#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    set_page_status(&error);
    let (title, text) = error_text(i18n, &error);
    let here = current_path();
    let sign_in = matches!(error, AppError::Unauthorized).then(|| {
        view! {
            <p>
                <a class="button" href=sign_in_href(&here)>{i18n.t(T::NavSignIn)}</a>
            </p>
        }
    });
    view! {
        <Title text=title />
        <h1>{title}</h1>
        <p>{text}</p>
        {sign_in}
        <p>
            <a href="/">{i18n.t(T::BackHome)}</a>
        </p>
    }
}

/// While the server renders the page, answer with the error's status code.
#[cfg(feature = "ssr")]
pub fn set_page_status(error: &AppError) {
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        axum::http::StatusCode::from_u16(error.status_code()),
    ) {
        response.set_status(status);
    }
}

/// The page being shown, as a path with its query (to come back to after signing in).
pub fn current_path() -> String {
    let location = use_location();
    path_with_query(
        &location.pathname.get_untracked(),
        &location.search.get_untracked(),
    )
}
