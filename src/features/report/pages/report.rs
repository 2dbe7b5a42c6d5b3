//! The round's results report (`/rounds/<id>/report`): one page, printable (each section on
//! its own page, no navigation, links written out), with headings in order and the chart's
//! numbers as a table. The Markdown download says the same.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::funnel::FunnelChart;
use super::text::{self as words, SECTION_KINDS};
use crate::domain::retro::RetroKind;
use crate::features::report::{RoundReport, fetch_report};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn ReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let report = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        fetch_report,
    );
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match report.await {
                    Ok(report) => view! { <Report report /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Report(report: RoundReport) -> impl IntoView {
    let i18n = use_i18n();
    let did = words::what_we_did(i18n, &report)
        .into_iter()
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    let proposals = words::by_category(&report)
        .into_iter()
        .map(|(category, list)| {
            let items = list
                .into_iter()
                .map(|p| {
                    let learnings = p
                        .learnings
                        .iter()
                        .map(|(t, l)| view! { <li><strong>{t.clone()}": "</strong>{l.clone()}</li> })
                        .collect_view();
                    view! {
                        <article class="report-proposal">
                            <h4><a href=format!("/proposals/{}", p.id)>{p.title.clone()}</a></h4>
                            {(!p.members.is_empty()).then(|| view! {
                                <p class="meta">{i18n.t(T::ReportTeam)}": "{p.members.join(", ")}</p>
                            })}
                            {(!p.summary.is_empty()).then(|| view! { <p class="pre-line">{p.summary.clone()}</p> })}
                            <p><strong>{i18n.t(T::FollowUpTitle)}" "</strong>{words::outcome_line(i18n, p)}</p>
                            {(!p.learnings.is_empty()).then(|| view! { <ul>{learnings}</ul> })}
                        </article>
                    }
                })
                .collect_view();
            view! {
                <h3>{words::category_name(i18n, category)}</h3>
                {items}
            }
        })
        .collect_view()
        .into_any();
    let sections = SECTION_KINDS
        .into_iter()
        .map(|kind| {
            let heading_id = format!("report-{}", kind.as_str());
            let items: Vec<_> = report.items_of(kind).cloned().collect();
            let list = items
                .iter()
                .map(|item| {
                    view! {
                        <li>
                            {(!item.heading.is_empty()).then(|| view! { <strong>{item.heading.clone()}" "</strong> })}
                            {item.text.clone()}
                        </li>
                    }
                })
                .collect_view();
            let empty = items.is_empty() && kind != RetroKind::Learning;
            let team_learnings = (kind == RetroKind::Learning).then(|| {
                let rows = report
                    .proposals
                    .iter()
                    .flat_map(|p| p.learnings.iter().map(move |(t, l)| (p.title.clone(), t.clone(), l.clone())))
                    .map(|(proposal, title, learned)| view! {
                        <li><strong>{title}</strong>" ("{proposal}"): "{learned}</li>
                    })
                    .collect_view();
                view! {
                    <h3>{i18n.t(T::ReportTeamLearnings)}</h3>
                    <ul>{rows}</ul>
                }
            });
            view! {
                <section class="report-section" aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>{words::kind_heading(i18n, kind)}</h2>
                    {if empty {
                        view! { <p class="meta">{i18n.t(T::ReportNothingChosen)}</p> }.into_any()
                    } else {
                        view! { <ul>{list}</ul> }.into_any()
                    }}
                    {team_learnings}
                </section>
            }
        })
        .collect_view()
        .into_any();
    let title = format!("{}: {}", i18n.t(T::ReportTitle), report.round_name);
    // Printing needs JavaScript: the button appears once the page is live.
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let print = move |_| {
        #[cfg(feature = "hydrate")]
        let _ = window().print();
    };
    view! {
        <Title text=title.clone() />
        <div class="report">
            <p class="breadcrumb no-print"><a href=format!("/rounds/{}", report.round_id)>{report.round_name.clone()}</a></p>
            <h1>{title}</h1>
            <p class="meta">{words::generated(i18n, &report)}</p>
            <p class="button-row no-print">
                {move || live.get().then(|| view! {
                    <button type="button" class="secondary" on:click=print>{i18n.t(T::ReportPrint)}</button>
                })}
                <a class="button secondary" href=format!("/rounds/{}/report.md", report.round_id) download="">{i18n.t(T::ReportDownloadMd)}</a>
            </p>
            <section class="report-section report-section--first" aria-labelledby="report-did">
                <h2 id="report-did">{i18n.t(T::ReportWhatWeDid)}</h2>
                <ul>{did}</ul>
            </section>
            <section class="report-section" aria-labelledby="report-proposals">
                <h2 id="report-proposals">{i18n.t(T::ReportProposals)}</h2>
                {proposals}
            </section>
            {sections}
            {view! { <FiguresSection figures=report.figures.clone() /> }.into_any()}
        </div>
    }
}

#[component]
fn FiguresSection(figures: crate::features::report::Figures) -> impl IntoView {
    let i18n = use_i18n();
    let figure_rows = words::figure_rows(i18n, &figures)
        .into_iter()
        .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td class="number">{value}</td></tr> })
        .collect_view();
    view! {
        <section class="report-section" aria-labelledby="report-figures">
            <h2 id="report-figures">{i18n.t(T::ReportFigures)}</h2>
            {view! { <FunnelChart figures title=i18n.t(T::ReportFunnel) id="report-funnel" /> }.into_any()}
            <table class="results">
                <caption>{i18n.t(T::ReportFigures)}</caption>
                <thead><tr><th scope="col">{i18n.t(T::ReportFigure)}</th><th scope="col" class="number">{i18n.t(T::ReportCount)}</th></tr></thead>
                <tbody>{figure_rows}</tbody>
            </table>
        </section>
    }
}
