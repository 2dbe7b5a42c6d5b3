//! "Min uppföljning" (`/my/follow-up`): the follow-up actions the signed-in person owns,
//! with the check-ins waiting for their short status.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};

use super::action_card::ActionCard;
use crate::features::followup::fetch_my_follow_up;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn MyFollowUpPage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let query = use_query_map();
    let actions = Resource::new(move || location.search.get(), |_| fetch_my_follow_up());
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Title text=i18n.t(T::MyFollowUpTitle) />
        <h1>{i18n.t(T::MyFollowUpTitle)}</h1>
        {move || saved().then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::ActionSaved)}</div> })}
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match actions.await {
                    Ok(actions) if actions.is_empty() => view! { <p>{i18n.t(T::NoOwnActions)}</p> }.into_any(),
                    Ok(actions) => {
                        let waiting = actions.iter().filter(|a| a.checkins.iter().any(|c| c.waiting)).count();
                        let cards = actions
                            .into_iter()
                            .map(|action| view! { <ActionCard action back="/my/follow-up" show_proposal=true /> })
                            .collect_view();
                        view! {
                            {(waiting > 0).then(|| view! {
                                <p class="alert alert--warning">{i18n.t(T::CheckinsWaitingForYou)}": "{waiting}</p>
                            })}
                            <h2 class="visually-hidden">{i18n.t(T::ActionsHeading)}</h2>
                            {cards}
                        }
                        .into_any()
                    }
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}
