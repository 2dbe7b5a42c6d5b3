//! The home page: the current round and its timeline, and every round.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::features::rounds::pages::detail::IdeasByCategory;
use crate::features::rounds::pages::list::RoundList;
use crate::features::rounds::pages::round_links::RoundLinks;
use crate::features::rounds::pages::timeline::{PhaseTimeline, RoundStatus};
use crate::features::rounds::{RoundDetail, fetch_home_overview};
use crate::features::vote::fetch_votes_open_now;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let overview = Resource::new(|| (), |_| fetch_home_overview());
    let open_votes = Resource::new(|| (), |_| fetch_votes_open_now());
    view! {
        <Title text="" />
        <h1>{i18n.t(T::HomeTitle)}</h1>
        <p class="lead">{i18n.t(T::HomeIntro)}</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let open = open_votes.await.unwrap_or_default();
                (!open.is_empty()).then(|| {
                    let names = open.into_iter().map(|(_, name)| name).collect::<Vec<_>>().join(", ");
                    view! {
                        <section class="card vote-now" aria-labelledby="vote-now">
                            <h2 id="vote-now">{i18n.t(T::VoteOpenNowHeading)}</h2>
                            <p>{names}</p>
                            <p><a class="button big" href="/rosta" rel="external">{i18n.t(T::GoVote)}</a></p>
                        </section>
                    }
                })
            })}
        </Transition>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(overview) => view! {
                        {match overview.current {
                            Some(current) => view! { <CurrentRound detail=current /> }.into_any(),
                            None => view! { <p>{i18n.t(T::NoRoundsYet)}</p> }.into_any(),
                        }}
                        <h2>{i18n.t(T::OtherRounds)}</h2>
                        <RoundList rounds=overview.rounds />
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn CurrentRound(detail: RoundDetail) -> impl IntoView {
    let i18n = use_i18n();
    let round = detail.round;
    let href = format!("/rounds/{}", round.id);
    view! {
        <section class="card" aria-labelledby="current-round">
            <p class="meta">{i18n.t(T::CurrentRound)}</p>
            <h2 id="current-round">
                <a href=href>{round.name.clone()}</a>
            </h2>
            <p>
                <RoundStatus status=round.status />
                " "
                <span class="meta">{i18n.round_format(round.format)}</span>
            </p>
            <h3>{i18n.t(T::PhaseTimeline)}</h3>
            <RoundLinks round=round.clone() today=detail.today />
            <PhaseTimeline round=round.clone() today=detail.today />
            <IdeasByCategory ideas=detail.ideas />
        </section>
    }
}
