//! "Mina team": the teams the viewer is in.

use leptos::prelude::*;
use leptos_meta::Title;

use super::round_teams::TeamCard;
use crate::features::teams::fetch_my_teams;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn MyTeamsPage() -> impl IntoView {
    let i18n = use_i18n();
    let teams = Resource::new(|| (), |_| fetch_my_teams());
    view! {
        <Title text=i18n.t(T::MyTeamsTitle) />
        <h1>{i18n.t(T::MyTeamsTitle)}</h1>
        <p><a href="/my/calendar">{i18n.t(T::AddToCalendar)}</a></p>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match teams.await {
                    Ok(teams) if teams.is_empty() => view! { <p>{i18n.t(T::NoMyTeams)}</p> }.into_any(),
                    Ok(teams) => {
                        let cards = teams
                            .into_iter()
                            .map(|team| view! { <TeamCard team show_round=true /> })
                            .collect_view();
                        view! { <ul class="cards">{cards}</ul> }.into_any()
                    }
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}
