//! The proposer works on their draft, or answers a question and sends it in again.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::form::ProposalFormView;
use crate::features::proposals::fetch_proposal_form;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn EditProposalPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let form = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        |id| fetch_proposal_form(String::new(), id),
    );
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(form) => view! { <ProposalFormView form saved=saved() /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}
