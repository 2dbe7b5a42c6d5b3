//! "Min kalender": the addresses to subscribe to in Outlook or Google Calendar (each in a
//! read-only field, easy to copy on a phone), one-off downloads, and changing the key.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};

use crate::features::calendar::{CalendarLinks, FeedLink, ResetCalendar, fetch_calendar_links};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn MyCalendarPage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let query = use_query_map();
    // Keyed on the query: after a reset the page shows the new addresses.
    let links = Resource::new(move || location.search.get(), |_| fetch_calendar_links());
    let reset = move || query.read().get("reset").is_some();
    view! {
        <Title text=i18n.t(T::MyCalendarTitle) />
        <h1>{i18n.t(T::MyCalendarTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match links.await {
                    Ok(links) => view! { <Links links reset=reset() /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Feed(feed: FeedLink, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let download = format!("{}?download=1", feed.url);
    let label_for = id.clone();
    view! {
        <li class="field">
            <label for=label_for>{feed.name.clone()}</label>
            <input id=id type="url" readonly=true value=feed.url.clone() />
            <a href=download rel="external" download="">{i18n.t(T::DownloadIcs)}<span class="visually-hidden">": "{feed.name.clone()}</span></a>
        </li>
    }
}

#[component]
fn Links(links: CalendarLinks, reset: bool) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ResetCalendar>::new();
    let list = |feeds: Vec<FeedLink>, prefix: &'static str| {
        if feeds.is_empty() {
            view! { <p>{i18n.t(T::NoFeeds)}</p> }.into_any()
        } else {
            let items = feeds
                .into_iter()
                .enumerate()
                .map(|(i, feed)| view! { <Feed feed id=format!("{prefix}-{i}") /> })
                .collect_view();
            view! { <ul class="plain-list feeds">{items}</ul> }.into_any()
        }
    };
    view! {
        {reset.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::CalendarReset)}</div> })}
        <p>{i18n.t(T::CalendarIntro)}</p>
        <section aria-labelledby="mine-heading">
            <h2 id="mine-heading">{i18n.t(T::MySessionsFeed)}</h2>
            <ul class="plain-list feeds"><Feed feed=links.person.clone() id="feed-person".to_owned() /></ul>
        </section>
        <section aria-labelledby="team-feeds-heading">
            <h2 id="team-feeds-heading">{i18n.t(T::TeamFeeds)}</h2>
            {list(links.teams.clone(), "feed-team")}
        </section>
        <section aria-labelledby="round-feeds-heading">
            <h2 id="round-feeds-heading">{i18n.t(T::RoundFeeds)}</h2>
            {list(links.rounds.clone(), "feed-round")}
        </section>
        <section class="card" aria-labelledby="reset-heading">
            <h2 id="reset-heading">{i18n.t(T::ResetCalendar)}</h2>
            <p>{i18n.t(T::CalendarSecret)}" "{i18n.t(T::ResetCalendarHint)}</p>
            <ActionForm action>
                <button type="submit" class="secondary" disabled=move || action.pending().get()>{i18n.t(T::ResetCalendar)}</button>
            </ActionForm>
        </section>
    }
}
