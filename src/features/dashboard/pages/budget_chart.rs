//! Budget use per team as server-rendered SVG bars (spent against each team's budget), with
//! the same numbers in a table for screen readers and print.

use leptos::prelude::*;

use crate::features::dashboard::TeamBudget;
use crate::i18n::{T, use_i18n};

const WIDTH: i64 = 600;
const ROW: i64 = 30;
const LABEL: i64 = 260;

/// Text that fits the label column.
fn short(title: &str) -> String {
    if title.chars().count() > 34 {
        format!("{}…", title.chars().take(33).collect::<String>())
    } else {
        title.to_owned()
    }
}

#[component]
pub fn BudgetChart(budgets: Vec<TeamBudget>) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t(T::DashboardBudgets);
    let height = ROW * budgets.len() as i64 + 10;
    let bars = budgets
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = 5 + ROW * i as i64;
            let track = WIDTH - LABEL - 70;
            let used = if b.budget.0 > 0 {
                (track * b.spent.0.min(b.budget.0) / b.budget.0).max(1)
            } else {
                1
            };
            let percent = if b.budget.0 > 0 { b.spent.0 * 100 / b.budget.0 } else { 0 };
            view! {
                <text x="0" y=y + 19 class="funnel__label">{short(&b.title)}</text>
                <rect x=LABEL y=y + 4 width=track height=ROW - 10 fill="#e3e8ee" />
                <rect x=LABEL y=y + 4 width=used height=ROW - 10 fill="#1f5f8b" />
                <text x=LABEL + track + 8 y=y + 19 class="funnel__value">{format!("{percent} %")}</text>
            }
        })
        .collect_view();
    let rows = budgets
        .iter()
        .map(|b| {
            view! {
                <tr>
                    <th scope="row"><a href=format!("/teams/{}/budget", b.team_id)>{b.title.clone()}</a></th>
                    <td>{b.round_name.clone()}</td>
                    <td class="number">{b.spent.format_sek()}</td>
                    <td class="number">{b.budget.format_sek()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="funnel">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="budget-chart-title">
                <title id="budget-chart-title">{title}</title>
                {bars}
            </svg>
            <figcaption>
                <div class="table-scroll" tabindex="0" role="region" aria-label=title>
                    <table class="results">
                        <caption>{title}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.t(T::FiguresTeams)}</th>
                            <th scope="col">{i18n.t(T::RoundLabel)}</th>
                            <th scope="col" class="number">{i18n.t(T::FiguresSpent)}</th>
                            <th scope="col" class="number">{i18n.t(T::FiguresBudget)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </figcaption>
        </figure>
    }
}
