//! The council's list for a round: each submitted proposal with how many have scored it,
//! the viewer's own status, and (once visible) the mean per criterion. Organizers set the
//! criteria here before scoring starts.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::features::council::{CouncilItem, CouncilOverview, SetCriteria, fetch_council};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value, successes};
use crate::ui::form_status::FormErrors;
use crate::ui::stage_badge::StageBadge;

fn label(i18n: I18n, _field: &str) -> String {
    i18n.t(T::CriteriaLabel).to_owned()
}

#[component]
pub fn CouncilPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let set_criteria = ServerAction::<SetCriteria>::new();
    let saved_criteria = successes(set_criteria);
    let council = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                saved_criteria.get(),
            )
        },
        |(id, _)| fetch_council(id),
    );
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Title text=i18n.t(T::CouncilTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match council.await {
                    Ok(council) => view! { <Overview council saved=saved() set_criteria /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Overview(
    council: CouncilOverview,
    saved: bool,
    set_criteria: ServerAction<SetCriteria>,
) -> impl IntoView {
    let i18n = use_i18n();
    let criteria = council.criteria.clone();
    let items = if council.items.is_empty() {
        view! { <p>{i18n.t(T::NoCouncilProposals)}</p> }.into_any()
    } else {
        let list = council
            .items
            .iter()
            .cloned()
            .map(|item| view! { <Item item criteria=criteria.clone() /> })
            .collect_view();
        view! { <ul class="cards">{list}</ul> }.into_any()
    };
    view! {
        <p class="breadcrumb"><a href=format!("/rounds/{}", council.round_id)>{council.round_name.clone()}</a></p>
        <h1>{i18n.t(T::CouncilTitle)}</h1>
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::CriteriaSaved)}</div> })}
        <section class="card" aria-labelledby="criteria-title">
            <h2 id="criteria-title">{i18n.t(T::CriteriaLabel)}</h2>
            <ol>{council.criteria.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ol>
            {(council.is_organizer && council.criteria_locked)
                .then(|| view! { <p class="meta">{i18n.t(T::CriteriaLocked)}</p> })}
            {(council.is_organizer && !council.criteria_locked)
                .then(|| view! { <CriteriaForm round_id=council.round_id.clone() criteria=council.criteria.join("\n") action=set_criteria /> })}
        </section>
        {items}
    }
}

#[component]
fn CriteriaForm(
    round_id: String,
    criteria: String,
    action: ServerAction<SetCriteria>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = action_error(action);
    view! {
        <FormErrors error labels=label />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            <input type="hidden" name="round_id" value=round_id />
            <Field name="criteria" label=i18n.t(T::CriteriaLabel) hint=T::CriteriaHint error rows=4
                value=shown_value(error, "criteria", criteria) />
            <div>
                <button type="submit" class="secondary" disabled=move || action.pending().get()>{i18n.t(T::SaveCriteria)}</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn Item(item: CouncilItem, criteria: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let mine = if item.scored_by_me {
        T::ScoredByYou
    } else {
        T::NotScoredByYou
    };
    let means = (!item.summary.is_empty()).then(|| {
        let rows = criteria
            .iter()
            .zip(item.summary.iter())
            .map(|(name, summary)| {
                let mean = summary
                    .map(|s| format!("{:.1}", s.mean))
                    .unwrap_or_else(|| "–".into());
                view! { <li>{name.clone()}": "<strong>{mean}</strong></li> }
            })
            .collect_view();
        view! { <ul class="plain-list">{rows}</ul> }
    });
    view! {
        <li class="card">
            <h2 class="card__title">
                <a href=format!("/proposals/{}/council", item.id)>{item.title.clone()}</a>
            </h2>
            <p class="meta">
                <StageBadge stage=item.stage />
                {item.category.map(|c| view! { " " <span class="tag">{i18n.category(c)}</span> })}
                " · "{item.scored_by}" "{i18n.t(T::ScoredByCount)}" · "{i18n.t(mine)}
            </p>
            {(!item.recused.is_empty()).then(|| view! { <p class="meta">{i18n.t(T::Recused)}": "{item.recused.join(", ")}</p> })}
            {means}
        </li>
    }
}
