//! The projector view for the hall: join address and QR code, ballots so far, and the live
//! totals (when the rules allow) updating through server-sent events without a reload.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::chart::TallyChart;
use crate::domain::vote::VoteStatus;
use crate::features::vote::{Projector, fetch_projector};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn ProjectorPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let projector = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        fetch_projector,
    );
    view! {
        <Title text=i18n.t(T::ProjectorTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match projector.await {
                    Ok(projector) => view! { <Screen projector /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The address as people type it: without `https://`.
fn shown_url(url: &str) -> String {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .to_owned()
}

#[component]
fn Screen(projector: Projector) -> impl IntoView {
    let i18n = use_i18n();
    let tally = RwSignal::new(projector.tally.clone());
    let feed = format!("/rounds/{}/vote/live", projector.round_id);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        crate::features::vote::pages::live_feed::follow(&feed, tally);
        #[cfg(not(feature = "hydrate"))]
        let _ = &feed;
    });
    let status = move || {
        i18n.t(match tally.read().status {
            VoteStatus::NotOpen => T::VoteNotOpenStatus,
            VoteStatus::Open => T::VoteOpenStatus,
            VoteStatus::Closed => T::VoteClosedStatus,
        })
    };
    let totals = Signal::derive(move || tally.read().totals.clone());
    let shown = Memo::new(move |_| tally.read().totals.is_some());
    let ideas = projector.ideas.clone();
    view! {
        <div class="projector">
            <section class="projector__join" aria-labelledby="join-heading">
                <h1 id="join-heading">{projector.round_name.clone()}</h1>
                <p class="projector__go">{i18n.t(T::ProjectorGoTo)}</p>
                <p class="projector__url">{shown_url(&projector.join_url)}</p>
                <div class="projector__qr" inner_html=projector.qr_svg.clone()></div>
                <p>{i18n.t(T::ProjectorCodeHint)}</p>
            </section>
            <section class="projector__live" aria-labelledby="live-heading">
                <h2 id="live-heading">{status}</h2>
                <p class="projector__count">
                    <span class="projector__number" data-testid="ballot-count">{move || tally.read().ballots}</span>
                    " "{move || i18n.t(if tally.read().status == VoteStatus::Closed { T::BallotsInAll } else { T::BallotsSoFar })}
                </p>
                {move || if shown.get() {
                    view! { <TallyChart ideas=ideas.clone() totals /> }.into_any()
                } else {
                    view! { <p class="projector__hidden">{i18n.t(T::TotalsAfterClose)}</p> }.into_any()
                }}
            </section>
        </div>
    }
}
