//! The organizers' dashboard (`/dashboard`): the funnel across rounds and per round, the
//! follow-up's late items, participation, and budget use per team.

use leptos::prelude::*;
use leptos_meta::Title;

use super::budget_chart::BudgetChart;
use crate::features::dashboard::{Dashboard, fetch_dashboard};
use crate::features::report::pages::funnel::FunnelChart;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let dashboard = Resource::new(|| (), |_| fetch_dashboard());
    view! {
        <Title text=i18n.t(T::DashboardTitle) />
        <h1>{i18n.t(T::DashboardTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match dashboard.await {
                    Ok(dashboard) => view! { <Board dashboard /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Board(dashboard: Dashboard) -> impl IntoView {
    let i18n = use_i18n();
    let per_round = dashboard
        .rounds
        .iter()
        .filter(|r| r.figures.submitted > 0)
        .map(|r| {
            let title = format!("{}: {}", i18n.t(T::ReportFunnel), r.name);
            view! {
                <h3><a href=format!("/rounds/{}/report", r.round_id)>{r.name.clone()}</a></h3>
                {view! { <FunnelChart figures=r.figures.clone() title id=format!("funnel-{}", r.round_id) /> }.into_any()}
            }
        })
        .collect_view();
    let participation = dashboard
        .rounds
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{r.name.clone()}</th>
                    <td class="number">{r.proposers}</td>
                    <td class="number">{r.voted_with_account}</td>
                    <td class="number">{r.figures.participants}</td>
                </tr>
            }
        })
        .collect_view();
    let across = format!(
        "{}: {}",
        i18n.t(T::ReportFunnel),
        i18n.t(T::DashboardAllRounds)
    );
    view! {
        <section aria-labelledby="late-heading" class="card">
            <h2 id="late-heading">{i18n.t(T::DashboardLate)}</h2>
            <p>
                <a href="/follow-up">
                    {i18n.t(T::OverdueActions)}": "{dashboard.overdue_actions}" · "
                    {i18n.t(T::CheckinsWaiting)}": "{dashboard.checkins_waiting}
                </a>
            </p>
        </section>
        <section aria-labelledby="funnel-heading">
            <h2 id="funnel-heading">{i18n.t(T::ReportFunnel)}</h2>
            {view! { <FunnelChart figures=dashboard.totals.clone() title=across id="funnel-all" /> }.into_any()}
            {per_round.into_any()}
        </section>
        <section aria-labelledby="participation-heading">
            <h2 id="participation-heading">{i18n.t(T::DashboardParticipation)}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(T::DashboardParticipation)>
                <table class="results">
                    <caption>{i18n.t(T::DashboardParticipation)}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t(T::RoundLabel)}</th>
                        <th scope="col" class="number">{i18n.t(T::DashboardSubmitted)}</th>
                        <th scope="col" class="number">{i18n.t(T::DashboardVoted)}</th>
                        <th scope="col" class="number">{i18n.t(T::DashboardInTeams)}</th>
                    </tr></thead>
                    <tbody>{participation}</tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="budgets-heading">
            <h2 id="budgets-heading">{i18n.t(T::DashboardBudgets)}</h2>
            {view! { <BudgetChart budgets=dashboard.budgets.clone() /> }.into_any()}
        </section>
    }
}
