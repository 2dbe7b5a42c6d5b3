//! The organizer's overview of every team's budget in a round, with the CSV download.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::features::budget::{BudgetOverview, fetch_budget_overview};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn BudgetsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let overview = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        fetch_budget_overview,
    );
    view! {
        <Title text=i18n.t(T::BudgetsTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(overview) => view! { <Overview overview /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Overview(overview: BudgetOverview) -> impl IntoView {
    let i18n = use_i18n();
    let rows = overview
        .rows
        .iter()
        .map(|r| {
            let lagging = if r.lagging { i18n.t(T::YesText) } else { "" };
            view! {
                <tr>
                    <th scope="row"><a href=format!("/teams/{}/budget", r.team_id)>{r.title.clone()}</a></th>
                    <td>{r.coach_name.clone()}</td>
                    <td class="number">{r.summary.budget.format_sek()}</td>
                    <td class="number">{r.summary.spent.format_sek()}</td>
                    <td class="number">{r.summary.pending.format_sek()}</td>
                    <td class="number">{r.summary.left.format_sek()}</td>
                    <td>{lagging}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="breadcrumb"><a href=format!("/rounds/{}", overview.round_id)>{overview.round_name.clone()}</a></p>
        <h1>{i18n.t(T::BudgetsTitle)}</h1>
        <p>
            <a class="button secondary" href=format!("/rounds/{}/budgets.csv", overview.round_id) rel="external" download="">
                {i18n.t(T::ExportCsv)}
            </a>
        </p>
        <div class="table-scroll">
            <table>
                <caption class="visually-hidden">{i18n.t(T::BudgetsTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t(T::TeamColumn)}</th>
                        <th scope="col">{i18n.t(T::CoachLabel)}</th>
                        <th scope="col">{i18n.t(T::BudgetColumn)}</th>
                        <th scope="col">{i18n.t(T::SpentColumn)}</th>
                        <th scope="col">{i18n.t(T::PendingColumn)}</th>
                        <th scope="col">{i18n.t(T::LeftColumn)}</th>
                        <th scope="col">{i18n.t(T::LaggingColumn)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{i18n.t(T::TotalRow)}</th>
                        <td></td>
                        <td class="number">{overview.total.budget.format_sek()}</td>
                        <td class="number">{overview.total.spent.format_sek()}</td>
                        <td class="number">{overview.total.pending.format_sek()}</td>
                        <td class="number">{overview.total.left.format_sek()}</td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
