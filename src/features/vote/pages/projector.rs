//! The projector view for the hall: join address and QR code, ballots so far, and the live
//! totals (when the rules allow). It loads no app code (`is_projector_page`): the page is
//! rendered whole on the server, and a few lines of script keep its live part current.

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
    let tally = projector.tally;
    let status = i18n.t(match tally.status {
        VoteStatus::NotOpen => T::VoteNotOpenStatus,
        VoteStatus::Open => T::VoteOpenStatus,
        VoteStatus::Closed => T::VoteClosedStatus,
    });
    let counted = i18n.t(if tally.status == VoteStatus::Closed {
        T::BallotsInAll
    } else {
        T::BallotsSoFar
    });
    let feed = format!("/rounds/{}/vote/live", projector.round_id);
    view! {
        <div class="projector">
            <section class="projector__join" aria-labelledby="join-heading">
                <h1 id="join-heading">{projector.round_name}</h1>
                <p class="projector__go">{i18n.t(T::ProjectorGoTo)}</p>
                <p class="projector__url">{shown_url(&projector.join_url)}</p>
                <div class="projector__qr" inner_html=projector.qr_svg></div>
                <p>{i18n.t(T::ProjectorCodeHint)}</p>
            </section>
            <section class="projector__live" aria-labelledby="live-heading" data-live-feed=feed>
                <h2 id="live-heading">{status}</h2>
                <p class="projector__count">
                    <span class="projector__number" data-testid="ballot-count">{tally.ballots}</span>
                    " "{counted}
                </p>
                {match tally.totals {
                    Some(totals) => view! { <TallyChart ideas=projector.ideas totals /> }.into_any(),
                    None => view! { <p class="projector__hidden">{i18n.t(T::TotalsAfterClose)}</p> }.into_any(),
                }}
            </section>
        </div>
        <script nonce=leptos::nonce::use_nonce() inner_html=PROJECTOR_SCRIPT></script>
    }
}

/// The projector's only script. The vote's server-sent events (which the browser reconnects
/// by itself) say that something changed; the live part is then taken from the page
/// fetched anew, so it is rendered in one place, on the server. One fetch at a time: news
/// arriving meanwhile fetches once more after it. Without JavaScript a reload shows the
/// latest.
const PROJECTOR_SCRIPT: &str = r#"(() => {
  const live = () => document.querySelector('[data-live-feed]');
  const first = live();
  if (!first || !window.EventSource) return;
  const news = new EventSource(first.dataset.liveFeed);
  let busy = false, again = false;
  const refresh = async () => {
    if (busy) { again = true; return; }
    busy = true;
    try {
      const answer = await fetch(location.href, { headers: { accept: 'text/html' } });
      if (answer.ok) {
        const page = new DOMParser().parseFromString(await answer.text(), 'text/html');
        const fresh = page.querySelector('[data-live-feed]');
        const shown = live();
        if (!shown) { news.close(); return; }
        if (fresh) shown.replaceWith(fresh);
      }
    } catch (_) {
      // The next news or the regular refresh tries again.
    } finally {
      busy = false;
      if (again && live()) { again = false; refresh(); }
    }
  };
  news.addEventListener('tally', refresh);
})();"#;
