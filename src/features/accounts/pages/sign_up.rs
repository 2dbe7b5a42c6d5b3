//! Create an account: name, e-mail, password; or, where the municipality's account is
//! used, by signing in with it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::features::accounts::pages::provider_button::ProviderButton;
use crate::features::accounts::{SignUp, fetch_sign_in_options};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "name" => T::Name,
        "email" => T::Email,
        _ => T::Password,
    })
    .to_owned()
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let i18n = use_i18n();
    let options = Resource::new(|| (), |_| fetch_sign_in_options());
    view! {
        <Title text=i18n.t(T::SignUpTitle) />
        <h1>{i18n.t(T::SignUpTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                let options = options.await.unwrap_or_default();
                let hint = match (options.provider, options.passwords) {
                    (true, true) => Some(T::ProviderSignUpHint),
                    (true, false) => Some(T::ProviderMakesAccounts),
                    _ => None,
                };
                view! {
                    {hint.map(|hint| view! {
                        <p>{i18n.t(hint)}</p>
                        <ProviderButton next=String::new() />
                    })}
                    {options.passwords.then(|| view! { <PasswordSignUp /> })}
                }
            })}
        </Transition>
    }
}

#[component]
fn PasswordSignUp() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignUp>::new();
    let error = action_error(action);
    view! {
        <FormErrors error labels=label />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            <Field
                name="name"
                label=i18n.t(T::Name)
                autocomplete="name"
                required=true
                error
                value=shown_value(error, "name", String::new())
            />
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
                autocomplete="new-password"
                hint=T::PasswordHint
                required=true
                error
            />
            <div>
                <button type="submit" disabled=move || action.pending().get()>
                    {i18n.t(T::CreateAccount)}
                </button>
            </div>
        </ActionForm>
        <p>
            <a href="/sign-in">{i18n.t(T::HaveAccount)}</a>
        </p>
    }
}
