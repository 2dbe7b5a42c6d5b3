//! One round: status, format, budget, timeline and its proposals by category.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::Category;
use crate::features::rounds::pages::round_links::RoundLinks;
use crate::features::rounds::pages::timeline::{PhaseTimeline, RoundStatus};
use crate::features::rounds::{IdeaView, RoundDetail, fetch_round_detail};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn RoundPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let detail = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        fetch_round_detail,
    );
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(detail) => view! { <RoundView detail saved=saved() /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn RoundView(detail: RoundDetail, saved: bool) -> impl IntoView {
    let i18n = use_i18n();
    let round = detail.round;
    let edit_href = format!("/rounds/{}/edit", round.id);
    view! {
        <Title text=round.name.clone() />
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::RoundSaved)}</div> })}
        <h1>{round.name.clone()}</h1>
        <p>
            <RoundStatus status=round.status />
        </p>
        <dl class="card">
            <dt>{i18n.t(T::Format)}</dt>
            <dd>{i18n.round_format(round.format)}</dd>
            <dt>{i18n.t(T::DefaultBudget)}</dt>
            <dd>{round.default_budget.format_sek()}</dd>
        </dl>
        {detail.can_edit.then(|| view! {
            <p class="button-row">
                <a class="button" href=edit_href>{i18n.t(T::EditRound)}</a>
                <a class="button secondary" href=format!("/rounds/{}/signups", round.id)>{i18n.t(T::OpenSignups)}</a>
                <a class="button secondary" href=format!("/rounds/{}/council", round.id)>{i18n.t(T::OpenCouncil)}</a>
                <a class="button secondary" href=format!("/rounds/{}/vote", round.id)>{i18n.t(T::OpenVoteAdmin)}</a>
                <a class="button secondary" href=format!("/rounds/{}/teams", round.id)>{i18n.t(T::TeamsTitle)}</a>
                <a class="button secondary" href=format!("/rounds/{}/budgets", round.id)>{i18n.t(T::BudgetsTitle)}</a>
                <a class="button secondary" href=format!("/rounds/{}/data", round.id)>{i18n.t(T::DataTitle)}</a>
            </p>
        })}
        <RoundLinks round=round.clone() today=detail.today />
        <nav class="button-row" aria-label=i18n.t(T::RoundResultsNav)>
            <a class="button secondary" href=format!("/rounds/{}/presentation", round.id)>{i18n.t(T::PresentationTitle)}</a>
            <a class="button secondary" href=format!("/rounds/{}/retro", round.id)>{i18n.t(T::RetroTitle)}</a>
            <a class="button secondary" href=format!("/rounds/{}/report", round.id)>{i18n.t(T::ReportTitle)}</a>
        </nav>
        <h2>{i18n.t(T::PhaseTimeline)}</h2>
        <PhaseTimeline round=round.clone() today=detail.today />
        <IdeasByCategory ideas=detail.ideas />
    }
}

#[component]
pub fn IdeasByCategory(ideas: Vec<IdeaView>) -> impl IntoView {
    let i18n = use_i18n();
    if ideas.is_empty() {
        return view! {
            <h2>{i18n.t(T::RoundIdeas)}</h2>
            <p>{i18n.t(T::NoIdeasYet)}</p>
        }
        .into_any();
    }
    let columns = Category::ALL
        .into_iter()
        .map(|category| {
            let titles = ideas
                .iter()
                .filter(|idea| idea.category == category)
                .map(|idea| view! { <li><a href=format!("/proposals/{}", idea.id)>{idea.title.clone()}</a></li> })
                .collect_view();
            view! {
                <section class="card">
                    <h3>{i18n.category(category)}</h3>
                    <ul>{titles}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n.t(T::RoundIdeas)}</h2>
        <div class="categories">{columns}</div>
    }
    .into_any()
}
