//! Print-ready voter code cards: the code, a QR code that opens the ballot with the code
//! filled in, and the short address for typing it. One sheet of cards per page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::features::vote::{CodeCard, CodeSheet, fetch_code_sheet};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn CodeSheetPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let sheet = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                query
                    .read()
                    .get("fran")
                    .and_then(|f| f.parse::<u32>().ok())
                    .unwrap_or(1),
                query
                    .read()
                    .get("antal")
                    .and_then(|f| f.parse::<u32>().ok())
                    .unwrap_or(0),
            )
        },
        |(id, from, count)| fetch_code_sheet(id, from, count),
    );
    view! {
        <Title text=i18n.t(T::PrintCodes) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match sheet.await {
                    Ok(sheet) => view! { <Sheet sheet /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Sheet(sheet: CodeSheet) -> impl IntoView {
    let i18n = use_i18n();
    let last = sheet.from + u32::try_from(sheet.cards.len()).unwrap_or(0);
    let base = format!("/rounds/{}/vote/codes", sheet.round_id);
    let previous = (sheet.from > 1).then(|| {
        let from = sheet.from.saturating_sub(sheet.per_sheet).max(1);
        view! { <a class="button secondary" href=format!("{base}?fran={from}")>{i18n.t(T::PreviousSheet)}</a> }
    });
    let next = (last <= sheet.total).then(|| {
        view! { <a class="button secondary" href=format!("{base}?fran={last}")>{i18n.t(T::NextSheet)}</a> }
    });
    let all = (sheet.total > sheet.per_sheet).then(|| {
        view! { <a class="button" href=format!("{base}?fran=1&antal={}", sheet.total)>{i18n.t(T::PrintAllCodes)}</a> }
    });
    let for_vote = format!("{} – {}", sheet.round_name, i18n.date(sheet.vote_day));
    let range = if sheet.cards.is_empty() {
        i18n.t(T::NoCodesYet).to_owned()
    } else {
        format!(
            "{} {}–{} ({} {})",
            i18n.t(T::CardsNumbered),
            sheet.from,
            last - 1,
            i18n.t(T::OfTotal),
            sheet.total
        )
    };
    let join = sheet.join_url.clone();
    let cards = sheet
        .cards
        .into_iter()
        .map(|card| view! { <Card card join=join.clone() for_vote=for_vote.clone() /> })
        .collect_view();
    view! {
        <div class="no-print">
            <p class="breadcrumb"><a href=format!("/rounds/{}/vote", sheet.round_id)>{sheet.round_name.clone()}</a></p>
            <h1>{i18n.t(T::PrintCodes)}</h1>
            <p>{range}</p>
            <p>{i18n.t(T::PrintHint)}</p>
            <p class="button-row">{previous}{next}{all}</p>
        </div>
        <ul class="code-cards">{cards}</ul>
    }
}

#[component]
fn Card(card: CodeCard, join: String, for_vote: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="code-card" class:code-card--used=card.used>
            <p class="code-card__title">{i18n.t(T::YourVoterCode)}</p>
            <p class="code-card__vote">{for_vote}</p>
            <p class="code-card__code">{card.code.clone()}</p>
            <div class="code-card__qr" inner_html=card.qr_svg></div>
            <p class="code-card__how">{i18n.t(T::ScanOrGoTo)}" "<strong>{join}</strong></p>
            <p class="code-card__number">
                "#"{card.number}
                {card.used.then(|| view! { " · " {i18n.t(T::CodeUsedMark)} })}
            </p>
        </li>
    }
}
