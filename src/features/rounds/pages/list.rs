//! All rounds, newest first; organizers can start a new one.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::domain::Role;
use crate::features::rounds::pages::timeline::RoundStatus;
use crate::features::rounds::{RoundView, list_rounds};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::session::use_user;

#[component]
pub fn RoundsPage() -> impl IntoView {
    let i18n = use_i18n();
    let rounds = Resource::new(|| (), |_| list_rounds());
    let user = use_user();
    let new_link = move || {
        Suspend::new(async move {
            matches!(user.await, Ok(Some(u)) if u.has(Role::Organizer)).then(|| {
                view! {
                    <p>
                        <a class="button" href="/rounds/new">{i18n.t(T::NewRound)}</a>
                    </p>
                }
            })
        })
    };
    view! {
        <Title text=i18n.t(T::RoundsTitle) />
        <h1>{i18n.t(T::RoundsTitle)}</h1>
        <Transition fallback=|| ()>{new_link}</Transition>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rounds.await {
                    Ok(rounds) => view! { <RoundList rounds /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
pub fn RoundList(rounds: Vec<RoundView>) -> impl IntoView {
    let i18n = use_i18n();
    if rounds.is_empty() {
        return view! { <p>{i18n.t(T::NoRoundsYet)}</p> }.into_any();
    }
    let items = rounds
        .into_iter()
        .map(|round| {
            let href = format!("/rounds/{}", round.id);
            let dates = i18n.date_range(round.schedule.first_day(), round.schedule.last_day());
            view! {
                <li>
                    <a href=href>{round.name}</a>
                    " "
                    <RoundStatus status=round.status />
                    <br />
                    <span class="meta">{dates}" · "{i18n.round_format(round.format)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain-list card">{items}</ul> }.into_any()
}
