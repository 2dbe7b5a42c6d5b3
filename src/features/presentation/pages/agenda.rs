//! The final presentation's agenda (`/rounds/<id>/presentation`): when and where, the teams
//! in their order with their outcome summaries; the plan form for organizers and the
//! summary form for each team; the way into the presentation mode.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use crate::features::followup::pages::outcome_name;
use crate::features::presentation::{
    PlanPresentation, PresentationPage, SaveOutcomeSummary, Slot, fetch_presentation,
};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;

#[component]
pub fn AgendaPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let location = use_location();
    let page = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                location.search.get(),
            )
        },
        |(id, _)| fetch_presentation(id),
    );
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <Agenda page /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Agenda(page: PresentationPage) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let saved = ["planned", "summary"]
        .into_iter()
        .any(|k| query.read_untracked().get(k).is_some());
    let when = match &page.plan {
        Some(plan) => view! {
            <p class="lead">
                {i18n.date(plan.date)}", "{plan.starts_at.format("%H:%M").to_string()}"–"{plan.ends_at.format("%H:%M").to_string()}
                " · "{plan.place.clone()}
            </p>
        }
        .into_any(),
        None => view! { <p>{i18n.t(T::PresentationNotPlanned)}</p> }.into_any(),
    };
    let slots = page
        .slots
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, entry)| view! { <SlotCard number=i + 1 entry /> })
        .collect_view();
    let plan_form = page
        .can_plan
        .then(|| view! { <PlanForm page=page.clone() /> });
    view! {
        <Title text=format!("{} – {}", i18n.t(T::PresentationTitle), page.round_name) />
        <p class="breadcrumb"><a href=format!("/rounds/{}", page.round_id)>{page.round_name.clone()}</a></p>
        <h1>{i18n.t(T::PresentationTitle)}</h1>
        {when}
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::ActionSaved)}</div> })}
        <p>
            <a class="button" href=format!("/rounds/{}/presentation/show", page.round_id)>{i18n.t(T::StartPresentation)}</a>
        </p>
        <section aria-labelledby="slots-heading">
            <h2 id="slots-heading">{i18n.t(T::PresentationOrder)}</h2>
            {if page.slots.is_empty() {
                view! { <p>{i18n.t(T::NoTeamsYet)}</p> }.into_any()
            } else {
                view! { <ol class="plain">{slots}</ol> }.into_any()
            }}
        </section>
        {plan_form}
    }
}

#[component]
fn SlotCard(number: usize, entry: Slot) -> impl IntoView {
    let i18n = use_i18n();
    let slot = entry;
    let heading_id = format!("slot-{}", slot.team_id);
    let summary = if slot.summary.is_empty() {
        view! { <p class="meta">{i18n.t(T::NoSummaryYet)}</p> }.into_any()
    } else {
        view! { <p class="pre-line">{slot.summary.clone()}</p> }.into_any()
    };
    let form = slot.can_write_summary.then(
        || view! { <SummaryForm team_id=slot.team_id.clone() summary=slot.summary.clone() /> },
    );
    view! {
        <li class="card" id=heading_id.clone()>
            <h3>{number}". "<a href=format!("/teams/{}", slot.team_id)>{slot.title.clone()}</a></h3>
            <p class="meta">
                {slot.category.map(|c| view! { <span class="tag">{i18n.category(c)}</span>" " })}
                {slot.members.join(", ")}" · "{i18n.t(T::CoachLabel)}": "{slot.coach_name.clone()}
                {slot.outcome.map(|o| view! { " · "{outcome_name(i18n, o)} })}
            </p>
            {summary}
            {form}
        </li>
    }
}

#[component]
fn SummaryForm(team_id: String, summary: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveOutcomeSummary>::new();
    let error = action_error(action);
    let id = format!("f-summary-{team_id}");
    view! {
        <details>
            <summary>{i18n.t(T::WriteSummary)}</summary>
            <FormErrors error labels=|i18n, _| i18n.t(T::OutcomeSummaryLabel).to_owned() target=id.clone() />
            <ActionForm action attr:class="stack">
                <input type="hidden" name="team_id" value=team_id />
                <div class="field">
                    <label for=id.clone()>{i18n.t(T::OutcomeSummaryLabel)}</label>
                    <p class="hint">{i18n.t(T::OutcomeSummaryHint)}</p>
                    <textarea id=id.clone() name="summary" rows="4">{summary}</textarea>
                </div>
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveSummary)}</button>
                </div>
            </ActionForm>
        </details>
    }
}

fn plan_label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "date" => T::PresentationDate,
        "starts_at" => T::PresentationStarts,
        "ends_at" => T::PresentationEnds,
        "positions" => T::PresentationOrder,
        _ => T::PresentationPlace,
    })
    .to_owned()
}

#[component]
fn PlanForm(page: PresentationPage) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PlanPresentation>::new();
    let error = action_error(action);
    let (date, starts, ends, place) = match &page.plan {
        Some(p) => (
            p.date.to_string(),
            p.starts_at.format("%H:%M").to_string(),
            p.ends_at.format("%H:%M").to_string(),
            p.place.clone(),
        ),
        None => (
            page.phase.start.to_string(),
            "13:00".to_owned(),
            "16:00".to_owned(),
            String::new(),
        ),
    };
    let positions = page
        .slots
        .iter()
        .enumerate()
        .map(|(i, slot)| {
            let id = format!("f-position-{i}");
            view! {
                <div class="field field--inline">
                    <input type="hidden" name=format!("teams[{i}]") value=slot.team_id.clone() />
                    <label for=id.clone()>{slot.title.clone()}</label>
                    <input id=id name=format!("positions[{i}]") type="number" min="1" max="100"
                        inputmode="numeric" value=(i + 1).to_string() class="input--short" />
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{i18n.t(T::PlanPresentation)}</h2>
            <FormErrors error labels=plan_label />
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="round_id" value=page.round_id.clone() />
                <Field name="date" form_name="plan[date]".to_owned() label=i18n.t(T::PresentationDate) kind="date"
                    error value=shown_value(error, "date", date) />
                <Field name="starts_at" form_name="plan[starts_at]".to_owned() label=i18n.t(T::PresentationStarts)
                    kind="time" error value=shown_value(error, "starts_at", starts) />
                <Field name="ends_at" form_name="plan[ends_at]".to_owned() label=i18n.t(T::PresentationEnds)
                    kind="time" error value=shown_value(error, "ends_at", ends) />
                <Field name="place" form_name="plan[place]".to_owned() label=i18n.t(T::PresentationPlace)
                    error value=shown_value(error, "place", place) />
                <fieldset class="field" id="f-positions" tabindex="-1">
                    <legend>{i18n.t(T::PresentationOrder)}</legend>
                    <p class="hint">{i18n.t(T::PresentationOrderHint)}</p>
                    {positions}
                </fieldset>
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SavePlan)}</button>
                </div>
            </ActionForm>
        </section>
    }
}
