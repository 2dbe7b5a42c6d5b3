//! Sign in: with the municipality's account (when configured) and/or e-mail and password.

use leptos::prelude::*;
use leptos_meta::Title;

use leptos_router::hooks::use_query_map;

use crate::domain::return_path::safe_return_path;
use crate::features::accounts::pages::provider_button::ProviderButton;
use crate::features::accounts::{SignIn, fetch_sign_in_options};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(if field == "email" {
        T::Email
    } else {
        T::Password
    })
    .to_owned()
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let options = Resource::new(|| (), |_| fetch_sign_in_options());
    let query = use_query_map();
    let next = Signal::derive(move || {
        query
            .read()
            .get("till")
            .and_then(|p| safe_return_path(&p).map(str::to_owned))
            .unwrap_or_default()
    });
    view! {
        <Title text=i18n.t(T::SignInTitle) />
        <h1>{i18n.t(T::SignInTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                let options = options.await.unwrap_or_default();
                view! {
                    {options.provider.then(|| view! { <ProviderButton next /> })}
                    {options.passwords.then(|| view! { <PasswordSignIn next with_provider=options.provider /> })}
                }
            })}
        </Transition>
    }
}

#[component]
fn PasswordSignIn(next: Signal<String>, with_provider: bool) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignIn>::new();
    let error = action_error(action);
    view! {
        {with_provider.then(|| view! { <h2>{i18n.t(T::OrWithPassword)}</h2> })}
        <FormErrors error labels=label />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            <input type="hidden" name="next" value=next />
            <Field
                name="email"
                label=i18n.t(T::Email)
                kind="email"
                autocomplete="email"
                required=true
                error
                value=shown_value(error, "email", String::new())
            />
            <Field
                name="password"
                label=i18n.t(T::Password)
                kind="password"
                autocomplete="current-password"
                required=true
                error
            />
            <div>
                <button type="submit" disabled=move || action.pending().get()>
                    {i18n.t(T::SignInButton)}
                </button>
            </div>
        </ActionForm>
        <p>
            <a href="/sign-up">{i18n.t(T::NoAccountYet)}</a>
        </p>
    }
}
