//! An organizer edits a round.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::form::{RoundFields, label};
use crate::features::rounds::{UpdateRound, round_for_edit};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::action_error;
use crate::ui::form_status::FormErrors;

#[component]
pub fn EditRoundPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let initial = Resource::new(id, round_for_edit);
    let action = ServerAction::<UpdateRound>::new();
    let error = action_error(action);
    view! {
        <Title text=i18n.t(T::EditRound) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match initial.await {
                    Ok(input) => view! {
                        <h1>{i18n.t(T::EditRound)}</h1>
                        <FormErrors error labels=label />
                        <ActionForm action attr:class="stack" attr:novalidate=true>
                            <input type="hidden" name="id" value=id() />
                            <RoundFields initial=input error />
                            <div>
                                <button type="submit" disabled=move || action.pending().get()>
                                    {i18n.t(T::SaveRound)}
                                </button>
                            </div>
                        </ActionForm>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}
