//! Where the municipality's identity provider sends the browser back: the sign-in is
//! finished while the page renders on the server, which then redirects to the page the
//! person came from; a refused answer is shown here, with its status code, and a way to
//! start again.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::error::AppError;
use crate::features::accounts::finish_provider_sign_in;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn ProviderCallbackPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let answer = move || {
        let query = query.read();
        let value = |name: &str| query.get(name).unwrap_or_default();
        (value("code"), value("state"), value("error"), value("iss"))
    };
    let finished = Resource::new(answer, |(code, state, error, iss)| {
        finish_provider_sign_in(code, state, error, iss)
    });
    view! {
        <Title text=i18n.t(T::ProviderSignInTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match finished.await {
                    Ok(()) => view! {
                        <h1>{i18n.t(T::ProviderSignInTitle)}</h1>
                        <p>
                            <a href="/">{i18n.t(T::BackHome)}</a>
                        </p>
                    }
                    .into_any(),
                    Err(error) => refused(error).into_any(),
                }
            })}
        </Transition>
    }
}

/// The problem, or the general error page for anything that is not one.
fn refused(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    let Some(problem) = error
        .field_errors()
        .and_then(|errors| errors.for_field("sign_in"))
    else {
        return view! { <ErrorView error /> }.into_any();
    };
    #[cfg(feature = "ssr")]
    crate::ui::error_view::set_page_status(&error);
    view! {
        <h1>{i18n.t(T::ProviderSignInTitle)}</h1>
        <p class="error" role="alert">{i18n.problem(problem)}</p>
        <p>
            <a class="button" href="/sign-in/oidc" rel="external">
                {i18n.t(T::ProviderSignInAgain)}
            </a>
        </p>
        <p>
            <a href="/">{i18n.t(T::BackHome)}</a>
        </p>
    }
    .into_any()
}
