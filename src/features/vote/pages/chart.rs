//! Totals as an SVG bar chart, one figure per category, bars on one scale so that
//! categories compare. Screen readers get each figure's numbers as its label.

use leptos::prelude::*;

use crate::domain::Category;
use crate::domain::vote::summary::wrap_title;
use crate::features::vote::{BallotIdea, IdeaTotal};
use crate::i18n::{T, use_i18n};

/// Each proposal's row holds a title of up to two lines beside its bar.
const ROW: u32 = 80;
const LABEL_WIDTH: u32 = 560;
const BAR_SPACE: u32 = 360;
const TITLE_CHARS: usize = 34;

fn votes_of(totals: &[IdeaTotal], id: &str) -> u32 {
    totals.iter().find(|t| t.id == id).map_or(0, |t| t.votes)
}

#[component]
pub fn TallyChart(ideas: Vec<BallotIdea>, totals: Vec<IdeaTotal>) -> impl IntoView {
    let i18n = use_i18n();
    let most = totals.iter().map(|t| t.votes).max().unwrap_or(0).max(1);
    Category::ALL
        .into_iter()
        .filter_map(|category| {
            let group: Vec<BallotIdea> = ideas
                .iter()
                .filter(|i| i.category.unwrap_or(Category::Test) == category)
                .cloned()
                .collect();
            if group.is_empty() {
                return None;
            }
            let height = ROW * u32::try_from(group.len()).unwrap_or(1);
            let parts: Vec<String> = group
                .iter()
                .map(|idea| format!("{}: {}", idea.title, votes_of(&totals, &idea.id)))
                .collect();
            let summary = format!("{}. {}", i18n.category(category), parts.join("; "));
            let rows = group
                .into_iter()
                .enumerate()
                .map(|(i, idea)| {
                    let top = ROW * u32::try_from(i).unwrap_or(0);
                    let votes = votes_of(&totals, &idea.id);
                    let width = BAR_SPACE * votes / most;
                    view! {
                        <text x="0" y={top + 34} class="chart__label">
                            {wrap_title(&idea.title, TITLE_CHARS, 2)
                                .into_iter()
                                .enumerate()
                                .map(|(n, line)| view! { <tspan x="0" dy=if n == 0 { "0" } else { "30" }>{line}</tspan> })
                                .collect_view()}
                        </text>
                        <rect x=LABEL_WIDTH y={top + 14} height="44" width=width class="chart__bar" />
                        <text x={LABEL_WIDTH + width + 12} y={top + 46} class="chart__value">
                            {votes}
                        </text>
                    }
                })
                .collect_view();
            Some(view! {
                <figure class="chart">
                    <figcaption>{i18n.category(category)}</figcaption>
                    <svg viewBox=format!("0 0 1000 {height}") role="img" aria-label=summary
                        preserveAspectRatio="xMinYMin meet">
                        {rows}
                    </svg>
                    <p class="visually-hidden">{i18n.t(T::ChartVotesNote)}</p>
                </figure>
            })
        })
        .collect_view()
}
