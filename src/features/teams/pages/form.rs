//! Forming a team from a selected proposal: a coach, members from the sign-ups (with their
//! interests, hours, manager's approval and current team) and the proposers, or anyone by
//! e-mail; the sessions the round's format will add.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::features::teams::{Candidate, FormTeam, TeamForm, fetch_team_form};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, field_problem, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "coach" => T::CoachLabel,
        "members" => T::MembersLabel,
        "emails" => T::OtherMembersLabel,
        _ => T::FormTeamTitle,
    })
    .to_owned()
}

#[component]
pub fn TeamFormPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let form = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        fetch_team_form,
    );
    view! {
        <Title text=i18n.t(T::FormTeamTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(form) => view! { <TeamFormView form /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// What the picker says about a person: interests, hours, manager, current team.
fn candidate_facts(i18n: I18n, c: &Candidate) -> String {
    let mut facts = Vec::new();
    if c.is_owner {
        facts.push(i18n.t(T::ProposerTag).to_owned());
    }
    if !c.categories.is_empty() {
        facts.push(
            c.categories
                .iter()
                .map(|cat| i18n.category(*cat))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    match (c.availability, c.manager) {
        (Some(availability), Some(manager)) => {
            facts.push(i18n.availability(availability));
            facts.push(i18n.manager(manager).to_owned());
        }
        _ if !c.is_owner => facts.push(i18n.t(T::NotSignedUp).to_owned()),
        _ => {}
    }
    if !c.placed_with.is_empty() {
        facts.push(format!(
            "{} {}",
            i18n.t(T::PlacedWith),
            c.placed_with.join(", ")
        ));
    }
    facts.join(" · ")
}

#[component]
fn TeamFormView(form: TeamForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<FormTeam>::new();
    let error = action_error(action);
    let coach_problem = field_problem(error, "coach");
    let members_problem = field_problem(error, "members");
    let chosen_coach = shown_value(error, "coach", String::new());
    let coach_options = form
        .coaches
        .iter()
        .map(|c| {
            let id = c.id.clone();
            let selected = move || chosen_coach.get() == id;
            view! { <option value=c.id.clone() selected=selected>{c.name.clone()}</option> }
        })
        .collect_view();
    let boxes = form
        .candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let id = if i == 0 { "f-members".to_owned() } else { format!("f-member-{i}") };
            let facts = candidate_facts(i18n, c);
            let label_for = id.clone();
            view! {
                <label class="choice candidate" for=label_for>
                    <input type="checkbox" id=id name=format!("members[{i}]") value=c.user_id.clone() checked=c.is_owner />
                    <span>
                        <strong>{c.name.clone()}</strong>" "<span class="meta">{c.email.clone()}</span>
                        <br /><span class="meta">{facts}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    let sessions = form
        .sessions
        .iter()
        .map(|s| {
            view! {
                <li>{format!("{}, {}–{}", i18n.date(s.date), s.starts_at.format("%H:%M"), s.ends_at.format("%H:%M"))}</li>
            }
        })
        .collect_view();
    let no_coaches = form.coaches.is_empty();
    view! {
        <p class="breadcrumb">
            <a href=format!("/rounds/{}", form.round_id)>{form.round_name.clone()}</a>
            " › "
            <a href=format!("/rounds/{}/teams", form.round_id)>{i18n.t(T::TeamsTitle)}</a>
        </p>
        <h1>{i18n.t(T::FormTeamTitle)}": "{form.title.clone()}</h1>
        <p>{i18n.t(T::FormTeamIntro)}</p>
        {no_coaches.then(|| view! { <p class="alert alert--warning">{i18n.t(T::NoCoaches)}</p> })}
        <FormErrors error labels=label />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            <input type="hidden" name="idea_id" value=form.idea_id.clone() />
            <div class="field">
                <label for="f-coach">{i18n.t(T::CoachLabel)}</label>
                {move || coach_problem.get().map(|p| view! { <p class="field-error" id="f-coach-error">{i18n.problem(p)}</p> })}
                <select id="f-coach" name="coach" aria-invalid=move || coach_problem.get().is_some().then_some("true")>
                    <option value="">{i18n.t(T::ChooseCoach)}</option>
                    {coach_options}
                </select>
            </div>
            <fieldset class="field choices" aria-describedby=move || members_problem.get().is_some().then_some("f-members-error")>
                <legend>{i18n.t(T::MembersLabel)}</legend>
                {move || members_problem.get().map(|p| view! { <p class="field-error" id="f-members-error">{i18n.problem(p)}</p> })}
                {boxes}
            </fieldset>
            <Field name="emails" label=i18n.t(T::OtherMembersLabel) hint=T::OtherMembersHint
                error rows=3 value=shown_value(error, "emails", String::new()) />
            <section aria-labelledby="plan-heading">
                <h2 id="plan-heading">{i18n.t(T::PlannedSessions)}</h2>
                <ol>{sessions}</ol>
                <p>{i18n.t(T::TeamBudget)}": "{form.budget.format_sek()}</p>
            </section>
            <div>
                <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::FormTeamButton)}</button>
            </div>
        </ActionForm>
    }
}
