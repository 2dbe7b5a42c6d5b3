//! The coach's overview: every team they run, with its next session, attendance trend,
//! last handover and what needs attention; sortable, and readable on a phone.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::features::teams::{CoachOverview, CoachRow, fetch_coach_overview};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn CoachPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let overview = Resource::new(
        move || query.read().get("sort").unwrap_or_default(),
        fetch_coach_overview,
    );
    view! {
        <Title text=i18n.t(T::CoachOverviewTitle) />
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
fn Overview(overview: CoachOverview) -> impl IntoView {
    let i18n = use_i18n();
    let title = if overview.all_teams {
        i18n.t(T::AllTeamsTitle)
    } else {
        i18n.t(T::CoachOverviewTitle)
    };
    let sort_links = [("next", T::SortNext), ("title", T::SortTitle), ("flags", T::SortFlags)]
        .into_iter()
        .map(|(key, text)| {
            let current = overview.sort == key;
            view! {
                " "
                <a href=format!("/coach?sort={key}") aria-current=current.then_some("true")>{i18n.t(text)}</a>
            }
        })
        .collect_view();
    let rows = overview
        .rows
        .iter()
        .cloned()
        .map(|row| view! { <Row row /> })
        .collect_view();
    view! {
        <h1>{title}</h1>
        {if overview.rows.is_empty() {
            view! { <p>{i18n.t(T::NoTeamsToCoach)}</p> }.into_any()
        } else {
            view! {
                <p class="filters">{i18n.t(T::SortBy)}{sort_links}</p>
                <div class="table-scroll">
                    <table class="coach-overview">
                        <caption class="visually-hidden">{title}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t(T::TeamColumn)}</th>
                                <th scope="col">{i18n.t(T::NextSession)}</th>
                                <th scope="col">{i18n.t(T::AttendanceColumn)}</th>
                                <th scope="col">{i18n.t(T::LastHandover)}</th>
                                <th scope="col">{i18n.t(T::HeldColumn)}</th>
                                <th scope="col">{i18n.t(T::BudgetVsTimeColumn)}</th>
                                <th scope="col">{i18n.t(T::FlagsColumn)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
    }
}

#[component]
fn Row(row: CoachRow) -> impl IntoView {
    let i18n = use_i18n();
    let trend = row
        .attendance
        .iter()
        .map(|(present, marked)| format!("{present}/{marked}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut flags = Vec::new();
    if row.lineup_changed {
        flags.push(i18n.t(T::FlagLineup));
    }
    if row.missed_handover {
        flags.push(i18n.t(T::FlagHandover));
    }
    if row.budget_lagging {
        flags.push(i18n.t(T::FlagBudget));
    }
    let flags = if flags.is_empty() {
        view! { <span class="meta">{i18n.t(T::NoFlags)}</span> }.into_any()
    } else {
        let tags = flags
            .into_iter()
            .map(|f| view! { <span class="tag tag--warning">{f}</span>" " })
            .collect_view();
        view! { <span>{tags}</span> }.into_any()
    };
    view! {
        <tr>
            <th scope="row">
                <a href=format!("/teams/{}", row.team_id)>{row.title.clone()}</a>
                <br /><span class="meta">{row.round_name.clone()}</span>
            </th>
            <td>{row.next_session.map(|d| i18n.date(d)).unwrap_or_else(|| "–".into())}</td>
            <td>{trend}</td>
            <td>{row.last_handover.map(|d| i18n.date(d)).unwrap_or_else(|| "–".into())}</td>
            <td>{format!("{}/{}", row.sessions_held, row.sessions_total)}</td>
            <td>{format!("{} % / {} %", row.budget_percent, row.time_percent)}</td>
            <td>{flags}</td>
        </tr>
    }
}
