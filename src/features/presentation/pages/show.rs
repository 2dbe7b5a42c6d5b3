//! The presentation mode (`/rounds/<id>/presentation/show?slide=N`): one team a screen with
//! the projector's styling, a first screen with the day and place. Arrow keys, space and
//! Page Up/Down move with JavaScript; the previous/next links work without it; a button
//! asks for full screen.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use crate::features::followup::pages::outcome_name;
use crate::features::presentation::{PresentationPage, fetch_presentation};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn ShowPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let page = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        fetch_presentation,
    );
    view! {
        <Title text=i18n.t(T::PresentationTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <Slides page /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Slides(page: PresentationPage) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let total = page.slots.len() + 1;
    let current = Memo::new(move |_| {
        query
            .read()
            .get("slide")
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(0)
            .min(total - 1)
    });
    let base = format!("/rounds/{}/presentation/show", page.round_id);
    let href = {
        let base = base.clone();
        move |n: usize| format!("{base}?slide={n}")
    };
    // Keys move between the screens (with JavaScript).
    let navigate = use_navigate();
    let key_href = href.clone();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        // Keys with a modifier (Alt+← is the browser's back) and keys meant for a focused
        // button, link or field are left alone.
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
            return;
        }
        let on_control = ev
            .target()
            .and_then(|t| {
                leptos::wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::Element>(t).ok()
            })
            .is_some_and(|e| {
                matches!(
                    e.tag_name().to_ascii_lowercase().as_str(),
                    "a" | "button" | "input" | "textarea" | "select"
                )
            });
        if on_control {
            return;
        }
        let now = current.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => (now + 1 < total).then_some(now + 1),
            "ArrowLeft" | "ArrowUp" | "PageUp" => now.checked_sub(1),
            "Home" => Some(0),
            "End" => Some(total - 1),
            _ => None,
        };
        if let Some(n) = next {
            ev.prevent_default();
            navigate(&key_href(n), Default::default());
        }
    });
    on_cleanup(move || handle.remove());
    // Full screen needs JavaScript: the button appears once the page is live.
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let full_screen = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    };
    let slides = page.clone();
    let screen = move || {
        let n = current.get();
        if n == 0 {
            let when = slides.plan.as_ref().map(|p| {
                format!(
                    "{}, {}–{} · {}",
                    i18n.date(p.date),
                    p.starts_at.format("%H:%M"),
                    p.ends_at.format("%H:%M"),
                    p.place
                )
            });
            let agenda = slides
                .slots
                .iter()
                .map(|s| view! { <li>{s.title.clone()}</li> })
                .collect_view();
            return view! {
                <h1>{i18n.t(T::PresentationTitle)}": "{slides.round_name.clone()}</h1>
                {when.map(|w| view! { <p class="projector__count">{w}</p> })}
                <ol class="slide__agenda">{agenda}</ol>
            }
            .into_any();
        }
        let slot = slides.slots[n - 1].clone();
        let learnings = slot
            .learnings
            .iter()
            .map(|(title, learned)| view! { <li><strong>{title.clone()}</strong>": "{learned.clone()}</li> })
            .collect_view();
        view! {
            <p class="projector__count">{n}" / "{total - 1}
                {slot.category.map(|c| view! { " · "{i18n.category(c)} })}
            </p>
            <h1>{slot.title.clone()}</h1>
            <p>{slot.members.join(", ")}" · "{i18n.t(T::CoachLabel)}": "{slot.coach_name.clone()}</p>
            {(!slot.summary.is_empty()).then(|| view! { <p class="slide__summary pre-line">{slot.summary.clone()}</p> })}
            {(!slot.learnings.is_empty()).then(|| view! {
                <h2>{i18n.t(T::LearningCardsHeading)}</h2>
                <ul>{learnings}</ul>
            })}
            {slot.outcome.map(|o| view! { <p><strong>{i18n.t(T::FollowUpTitle)}" "</strong>{outcome_name(i18n, o)}</p> })}
        }
        .into_any()
    };
    let prev_href = href.clone();
    let next_href = href;
    view! {
        <div class="projector slides">
            <section class="slide" aria-live="polite">{screen}</section>
            <nav class="slide__nav" aria-label=i18n.t(T::SlidesNav)>
                {move || (current.get() > 0).then(|| view! {
                    <a class="button secondary" href=prev_href(current.get() - 1) rel="prev">{i18n.t(T::PreviousSlide)}</a>
                })}
                {move || (current.get() + 1 < total).then(|| view! {
                    <a class="button" href=next_href(current.get() + 1) rel="next">{i18n.t(T::NextSlide)}</a>
                })}
                {move || live.get().then(|| view! {
                    <button type="button" class="secondary" on:click=full_screen>{i18n.t(T::FullScreen)}</button>
                })}
                <a href=format!("/rounds/{}/presentation", page.round_id)>{i18n.t(T::LeavePresentation)}</a>
                <p class="hint">{i18n.t(T::SlidesKeysHint)}</p>
            </nav>
        </div>
    }
}
