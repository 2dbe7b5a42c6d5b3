//! `/people/:id/data`: an organizer downloads someone's data on their request, or erases
//! the account.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::features::privacy::{EraseAccount, PersonPrivacy, fetch_person_privacy};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::action_error;
use crate::ui::form_status::FormErrors;

#[component]
pub fn PersonDataPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let erase = ServerAction::<EraseAccount>::new();
    let person = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                erase.version().get(),
            )
        },
        |(id, _)| fetch_person_privacy(id),
    );
    view! {
        <Title text=i18n.t(T::PersonDataTitle) />
        <h1>{i18n.t(T::PersonDataTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match person.await {
                    Ok(person) => view! { <PersonData person erase /> }.into_any(),
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
fn PersonData(person: PersonPrivacy, erase: ServerAction<EraseAccount>) -> impl IntoView {
    let i18n = use_i18n();
    let error = action_error(erase);
    let download = format!("/people/{}/data.json", person.id);
    let erase_form = if person.erased {
        view! { <p class="notice" role="status">{i18n.t(T::Erased)}</p> }.into_any()
    } else {
        view! {
            <h2>{i18n.t(T::EraseTitle)}</h2>
            <p>{i18n.t(T::EraseText)}</p>
            <FormErrors error labels=|i18n, _| i18n.t(T::EraseConfirm).to_owned() />
            <ActionForm action=erase attr:class="stack">
                <input type="hidden" name="user_id" value=person.id.clone() />
                <label class="choice" for="erase-comments">
                    <input id="erase-comments" type="checkbox" name="comments" value="yes" />
                    <span>{i18n.t(T::EraseComments)}</span>
                </label>
                <label class="choice" for="f-confirm">
                    <input id="f-confirm" type="checkbox" name="confirm" value="yes" />
                    <span>{i18n.t(T::EraseConfirm)}</span>
                </label>
                <div>
                    <button type="submit" class="danger" disabled=move || erase.pending().get()>
                        {i18n.t(T::EraseButton)}
                    </button>
                </div>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        <p>
            <strong>{person.name.clone()}</strong>
            " ("
            {person.email.clone()}
            ")"
        </p>
        <p>
            <a class="button secondary" href=download rel="external" download="">
                {i18n.t(T::PersonDataDownload)}
            </a>
        </p>
        {erase_form}
    }
}
