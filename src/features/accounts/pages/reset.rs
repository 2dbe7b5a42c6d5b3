//! The page a password link opens: choose a new password, and be signed in here (every
//! other session of the account ends).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::domain::Problem;
use crate::features::accounts::{ResetPassword, fetch_reset_link};
use crate::i18n::{T, use_i18n};
use crate::ui::field::{Field, action_error};
use crate::ui::form_status::FormErrors;

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let link = Resource::new(token, fetch_reset_link);
    let action = ServerAction::<ResetPassword>::new();
    let error = action_error(action);
    view! {
        <Title text=i18n.t(T::ResetTitle) />
        <h1>{i18n.t(T::ResetTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match link.await {
                    Ok(link) => view! {
                        <p>{i18n.t(T::ResetFor)}" "<strong>{link.name}</strong></p>
                        <p>{i18n.t(T::ResetSignsOutElsewhere)}</p>
                        <FormErrors error labels=|i18n, _| i18n.t(T::ResetPasswordLabel).to_owned() />
                        <ActionForm action attr:class="stack" attr:novalidate=true>
                            <input type="hidden" name="token" value=token />
                            <Field
                                name="password"
                                label=i18n.t(T::ResetPasswordLabel)
                                hint=T::PasswordHint
                                kind="password"
                                autocomplete="new-password"
                                required=true
                                error
                            />
                            <div>
                                <button type="submit" disabled=move || action.pending().get()>
                                    {i18n.t(T::ResetButton)}
                                </button>
                            </div>
                        </ActionForm>
                    }
                    .into_any(),
                    Err(_) => view! {
                        <p class="error" role="alert">{i18n.problem(Problem::PasswordLinkGone)}</p>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}
