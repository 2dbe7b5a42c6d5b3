//! The organizers' overdue view (`/follow-up`): open actions past their due day and open
//! actions with a check-in waiting for an answer, across all rounds.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use super::action_card::ActionCard;
use crate::features::followup::{ActionView, fetch_overdue};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn OverduePage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let overdue = Resource::new(move || location.search.get(), |_| fetch_overdue());
    view! {
        <Title text=i18n.t(T::OverdueTitle) />
        <h1>{i18n.t(T::OverdueTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match overdue.await {
                    Ok(view) => view! {
                        <section aria-labelledby="late-heading">
                            <h2 id="late-heading">{i18n.t(T::OverdueActions)}" ("{view.actions.len()}")"</h2>
                            <Cards actions=view.actions />
                        </section>
                        <section aria-labelledby="waiting-heading">
                            <h2 id="waiting-heading">{i18n.t(T::CheckinsWaiting)}" ("{view.checkins_waiting.len()}")"</h2>
                            <Cards actions=view.checkins_waiting />
                        </section>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Cards(actions: Vec<ActionView>) -> impl IntoView {
    let i18n = use_i18n();
    if actions.is_empty() {
        return view! { <p>{i18n.t(T::NothingLate)}</p> }.into_any();
    }
    actions
        .into_iter()
        .map(|action| view! { <ActionCard action back="/follow-up" show_proposal=true /> })
        .collect_view()
        .into_any()
}
