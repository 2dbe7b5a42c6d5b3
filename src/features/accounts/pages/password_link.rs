//! Organizers make a one-time link for someone to choose a new password, and see it once,
//! to hand over in person or by phone (no e-mail server needed).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::features::accounts::{MakePasswordLink, PasswordLink, fetch_password_link};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::action_error;
use crate::ui::form_status::FormErrors;

#[component]
pub fn PasswordLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let person = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                query.read().get("link").unwrap_or_default(),
            )
        },
        |(user_id, link)| fetch_password_link(user_id, link),
    );
    view! {
        <Title text=i18n.t(T::PasswordLinkTitle) />
        <h1>{i18n.t(T::PasswordLinkTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match person.await {
                    Ok(person) => view! { <LinkView person /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
        <p>
            <a href="/people">{i18n.t(T::BackToPeople)}</a>
        </p>
    }
}

#[component]
fn LinkView(person: PasswordLink) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MakePasswordLink>::new();
    let error = action_error(action);
    let shown = person.link.clone().map(|link| {
        view! {
            <div class="notice" role="status">
                <div class="field">
                    <label for="password-link">{i18n.t(T::PasswordLinkMade)}</label>
                    <input id="password-link" type="url" readonly=true value=link />
                </div>
                <p>{i18n.t(T::PasswordLinkHandOver)}</p>
            </div>
        }
    });
    view! {
        <p>
            <strong>{person.name.clone()}</strong>
            " ("
            {person.email.clone()}
            ")"
        </p>
        <p>{i18n.t(T::PasswordLinkIntro)}</p>
        {shown}
        <FormErrors error labels=|i18n, _| i18n.t(T::PasswordLinkTitle).to_owned() />
        <ActionForm action>
            <input type="hidden" name="user_id" value=person.user_id.clone() />
            <button type="submit" disabled=move || action.pending().get()>
                {i18n.t(T::PasswordLinkMake)}
            </button>
        </ActionForm>
    }
}
