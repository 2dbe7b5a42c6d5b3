//! A proposal's follow-up page (`/proposals/<id>/follow-up`), "Vad händer nu?": the
//! decision (or, for an organizer while the proposal is in learnings, the form to make it),
//! the follow-up actions with their check-ins, the form for a new action, and for a parked
//! proposal the way into a later round. All staff read it; the proposer follows their idea
//! here after the bootcamp.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::action_card::ActionCard;
use super::outcome_name;
use crate::domain::followup::Outcome;
use crate::features::followup::{
    AddFollowUpAction, BringIntoRound, DecisionView, FollowUpPage, RecordDecision, fetch_follow_up,
};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;
use crate::ui::radio_group::RadioGroup;
use crate::ui::stage_badge::StageBadge;

#[component]
pub fn FollowUpPageView() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let location = use_location();
    let page = Resource::new(
        // Keyed on the query too: each form redirects back here with `?…=1`.
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                location.search.get(),
            )
        },
        |(id, _)| fetch_follow_up(id),
    );
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <FollowUp page /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn notice(i18n: I18n) -> Option<&'static str> {
    let query = use_query_map();
    let q = query.read_untracked();
    [
        ("decided", T::DecisionSaved),
        ("added", T::ActionAdded),
        ("saved", T::ActionSaved),
    ]
    .into_iter()
    .find(|(key, _)| q.get(key).is_some())
    .map(|(_, text)| i18n.t(text))
}

#[component]
fn FollowUp(page: FollowUpPage) -> impl IntoView {
    let i18n = use_i18n();
    let decision = match (&page.decision, page.can_decide) {
        (Some(decision), _) => view! { <DecisionCard decision=decision.clone() /> }.into_any(),
        (None, true) => view! { <DecisionForm idea_id=page.idea_id.clone() /> }.into_any(),
        (None, false) => view! { <p>{i18n.t(T::NoDecisionYet)}</p> }.into_any(),
    };
    let actions = if page.actions.is_empty() {
        view! { <p>{i18n.t(T::NoActionsYet)}</p> }.into_any()
    } else {
        page.actions
            .iter()
            .cloned()
            .map(|action| view! { <ActionCard action back="" show_proposal=false /> })
            .collect_view()
            .into_any()
    };
    let add = page
        .can_add_actions
        .then(|| view! { <ActionForm_ idea_id=page.idea_id.clone() /> });
    let bring_in = (!page.later_rounds.is_empty()).then(|| {
        view! { <BringInForm idea_id=page.idea_id.clone() rounds=page.later_rounds.clone() /> }
    });
    let copied_from = page.copied_from.clone().map(|from| {
        view! {
            <p>{i18n.t(T::CopiedFrom)}": "
                <a href=format!("/proposals/{}/follow-up", from.id)>{from.title}</a>" ("{from.round_name}")"
            </p>
        }
    });
    let copies = (!page.copies.is_empty()).then(|| {
        let items = page
            .copies
            .iter()
            .map(|c| view! { <li><a href=format!("/proposals/{}", c.id)>{c.title.clone()}</a>" ("{c.round_name.clone()}")"</li> })
            .collect_view();
        view! {
            <p>{i18n.t(T::BroughtInto)}</p>
            <ul>{items}</ul>
        }
    });
    let team = page.team_id.clone().map(|id| {
        view! { " · "<a href=format!("/teams/{id}/cards")>{i18n.t(T::CardsLink)}</a> }
    });
    view! {
        <Title text=format!("{} – {}", i18n.t(T::FollowUpTitle), page.title) />
        <p class="breadcrumb">
            <a href=format!("/rounds/{}", page.round_id)>{page.round_name.clone()}</a>
        </p>
        <h1>{i18n.t(T::FollowUpTitle)}</h1>
        <p class="meta">
            <a href=format!("/proposals/{}", page.idea_id)>{page.title.clone()}</a>" "
            <StageBadge stage=page.stage />
            {team}
        </p>
        {notice(i18n).map(|text| view! { <div class="alert alert--ok" role="status">{text}</div> })}
        {copied_from}
        <section aria-labelledby="decision-heading">
            <h2 id="decision-heading">{i18n.t(T::DecisionHeading)}</h2>
            {decision}
            {copies}
            {bring_in}
        </section>
        <section aria-labelledby="actions-heading">
            <h2 id="actions-heading">{i18n.t(T::ActionsHeading)}</h2>
            {actions}
            {add}
        </section>
    }
}

#[component]
pub fn DecisionCard(decision: DecisionView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="card">
            <p><strong>{outcome_name(i18n, decision.outcome)}</strong></p>
            <p class="pre-line">{decision.rationale.clone()}</p>
            <p class="meta">
                {decision.by_name.clone().map(|name| view! { {i18n.t(T::DecidedBy)}" "{name}" · " })}
                {i18n.date_time(decision.at)}
            </p>
        </div>
    }
}

fn decision_label(i18n: I18n, field: &str) -> String {
    i18n.t(if field == "outcome" {
        T::OutcomeLabel
    } else {
        T::RationaleLabel
    })
    .to_owned()
}

#[component]
fn DecisionForm(idea_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecordDecision>::new();
    let error = action_error(action);
    let choices = Outcome::ALL
        .into_iter()
        .map(|o| (o.as_str(), outcome_name(i18n, o)))
        .collect();
    view! {
        <FormErrors error labels=decision_label />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            <input type="hidden" name="idea_id" value=idea_id />
            <RadioGroup name="outcome" form_name="decision[outcome]".to_owned() legend=i18n.t(T::OutcomeLabel)
                choices error value=shown_value(error, "outcome", String::new()) />
            <Field name="rationale" form_name="decision[rationale]".to_owned() label=i18n.t(T::RationaleLabel)
                hint=T::RationaleHint error rows=4 value=shown_value(error, "rationale", String::new()) />
            <div>
                <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::RecordDecisionButton)}</button>
            </div>
        </ActionForm>
    }
}

fn action_label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "owner" => T::ActionOwnerEmail,
        "due" => T::ActionDue,
        _ => T::ActionWhat,
    })
    .to_owned()
}

/// The new-action form (named with a trailing `_` so it does not shadow `ActionForm`).
#[component]
fn ActionForm_(idea_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddFollowUpAction>::new();
    let error = action_error(action);
    view! {
        <section class="card" aria-labelledby="new-action-heading">
            <h3 id="new-action-heading">{i18n.t(T::NewAction)}</h3>
            <FormErrors error labels=action_label />
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="idea_id" value=idea_id />
                <Field name="what" form_name="action[what]".to_owned() label=i18n.t(T::ActionWhat) error
                    value=shown_value(error, "what", String::new()) />
                <Field name="owner" form_name="action[owner]".to_owned() label=i18n.t(T::ActionOwnerEmail) error
                    kind="email" hint=T::ActionOwnerHint value=shown_value(error, "owner", String::new()) />
                <Field name="due" form_name="action[due]".to_owned() label=i18n.t(T::ActionDue) error kind="date"
                    value=shown_value(error, "due", String::new()) />
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::AddAction)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn BringInForm(
    idea_id: String,
    rounds: Vec<crate::features::followup::RoundOption>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<BringIntoRound>::new();
    let error = action_error(action);
    let options = rounds
        .into_iter()
        .map(|r| view! { <option value=r.id>{r.name}</option> })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="bring-in-heading">
            <h3 id="bring-in-heading">{i18n.t(T::BringInHeading)}</h3>
            <p class="hint">{i18n.t(T::BringInHint)}</p>
            <FormErrors error labels=|i18n, _| i18n.t(T::RoundLabel).to_owned() />
            <ActionForm action attr:class="stack">
                <input type="hidden" name="idea_id" value=idea_id />
                <div class="field">
                    <label for="f-round_id">{i18n.t(T::RoundLabel)}</label>
                    <select id="f-round_id" name="round_id">{options}</select>
                </div>
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::BringInButton)}</button>
                </div>
            </ActionForm>
        </section>
    }
}
