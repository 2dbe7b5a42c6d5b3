//! The funnel as a server-rendered SVG (bars with their numbers) and the same numbers as a
//! table for screen readers and print: readable with JavaScript off.

use leptos::prelude::*;

use super::text::step_name;
use crate::features::report::Figures;
use crate::i18n::{T, use_i18n};

const WIDTH: u32 = 600;
const ROW: u32 = 34;
const LABEL: u32 = 220;

#[component]
pub fn FunnelChart(
    figures: Figures,
    #[prop(into)] title: String,
    /// Unique on the page: the dashboard shows one chart per round.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let steps = figures.funnel();
    let max = steps.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW * steps.len() as u32 + 10;
    let bars = steps
        .iter()
        .enumerate()
        .map(|(i, (step, n))| {
            let y = 5 + ROW * i as u32;
            let width = (WIDTH - LABEL - 60) * n / max;
            view! {
                <text x="0" y=y + 21 class="funnel__label">{step_name(i18n, *step)}</text>
                <rect x=LABEL y=y + 4 width=width.max(2) height=ROW - 10 fill="#1f5f8b" />
                <text x=LABEL + width + 8 y=y + 21 class="funnel__value">{n.to_string()}</text>
            }
        })
        .collect_view();
    let rows = steps
        .iter()
        .map(|(step, n)| view! { <tr><th scope="row">{step_name(i18n, *step)}</th><td class="number">{n.to_string()}</td></tr> })
        .collect_view();
    let title_id = format!("{id}-title");
    view! {
        <figure class="funnel">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby=title_id.clone()>
                <title id=title_id.clone()>{title.clone()}</title>
                {bars}
            </svg>
            <figcaption>
                <table class="results">
                    <caption>{title}</caption>
                    <thead><tr><th scope="col">{i18n.t(T::ReportFigure)}</th><th scope="col" class="number">{i18n.t(T::ReportCount)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </figcaption>
        </figure>
    }
}
