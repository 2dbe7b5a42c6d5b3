//! The way to the municipality's identity provider: a plain link (the server sends the
//! browser on), so it works the same with JavaScript off.

use leptos::prelude::*;

use crate::domain::return_path::returning_to;
use crate::i18n::{T, use_i18n};

#[component]
pub fn ProviderButton(#[prop(into)] next: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p>
            <a class="button" href=move || returning_to("/sign-in/oidc", &next.get()) rel="external">
                {i18n.t(T::SignInWithProvider)}
            </a>
        </p>
    }
}
