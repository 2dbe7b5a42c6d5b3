//! Changing a team's line-up: add someone by e-mail or let a member leave, each with a
//! reason, and the whole membership history.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use crate::features::teams::{AddTeamMember, MemberView, RemoveTeamMember, TeamPage, fetch_team};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "email" => T::EmailLabel,
        _ => T::ChangeReasonLabel,
    })
    .to_owned()
}

#[component]
pub fn TeamMembersPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let location = use_location();
    let query = use_query_map();
    let team = Resource::new(
        // Keyed on the query too: a form that redirects back here (`?saved=1`) loads it anew.
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                location.search.get(),
            )
        },
        |(id, _)| fetch_team(id),
    );
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Title text=i18n.t(T::ManageMembers) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match team.await {
                    Ok(team) if team.viewer.runs_team() => view! { <Members team saved=saved() /> }.into_any(),
                    Ok(_) => view! { <ErrorView error=crate::error::AppError::Forbidden /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Members(team: TeamPage, saved: bool) -> impl IntoView {
    let i18n = use_i18n();
    let add = ServerAction::<AddTeamMember>::new();
    let add_error = action_error(add);
    let remove = ServerAction::<RemoveTeamMember>::new();
    let remove_error = action_error(remove);
    let current = team
        .members
        .iter()
        .filter(|m| m.is_current())
        .cloned()
        .enumerate()
        .map(
            |(i, m)| view! { <RemoveRow team_id=team.id.clone() member=m index=i action=remove /> },
        )
        .collect_view();
    let history = team
        .members
        .iter()
        .map(|m| {
            let joined = format!("{} {}", i18n.t(T::JoinedOn), i18n.date(m.joined_on));
            let reason = (!m.joined_reason.is_empty()).then(|| format!(" ({})", m.joined_reason));
            let left = m.left_on.map(|d| {
                format!(
                    ", {} {}: {}",
                    i18n.t(T::LeftOn),
                    i18n.date(d),
                    m.left_reason
                )
            });
            view! { <li>{m.name.clone()}" – "{joined}{reason}{left}</li> }
        })
        .collect_view();
    view! {
        <p class="breadcrumb"><a href=format!("/teams/{}", team.id)>{team.title.clone()}</a></p>
        <h1>{i18n.t(T::ManageMembers)}</h1>
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::MembersSaved)}</div> })}
        <FormErrors error=remove_error labels=label />
        <ul class="plain-list">{current}</ul>
        <section aria-labelledby="add-heading">
            <h2 id="add-heading">{i18n.t(T::AddMemberHeading)}</h2>
            <FormErrors error=add_error labels=label />
            <ActionForm action=add attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="team_id" value=team.id.clone() />
                <Field name="email" label=i18n.t(T::EmailLabel) kind="email" error=add_error
                    value=shown_value(add_error, "email", String::new()) autocomplete="off" />
                <Field name="reason" label=i18n.t(T::ChangeReasonLabel) error=add_error
                    value=shown_value(add_error, "reason", String::new()) />
                <div><button type="submit" disabled=move || add.pending().get()>{i18n.t(T::AddMember)}</button></div>
            </ActionForm>
        </section>
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{i18n.t(T::MembersLabel)}</h2>
            <ul>{history}</ul>
        </section>
    }
}

#[component]
fn RemoveRow(
    team_id: String,
    member: MemberView,
    index: usize,
    action: ServerAction<RemoveTeamMember>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("f-reason-{index}");
    view! {
        <li>
            <ActionForm action attr:class="inline-form">
                <input type="hidden" name="team_id" value=team_id />
                <input type="hidden" name="member_id" value=member.user_id.clone() />
                <strong>{member.name.clone()}</strong>
                " "
                <label for=id.clone()>{i18n.t(T::ChangeReasonLabel)}</label>
                " "
                <input id=id name="reason" type="text" required=true />
                " "
                <button type="submit" class="secondary button-small">
                    {i18n.t(T::RemoveMember)}
                    <span class="visually-hidden">": "{member.name.clone()}</span>
                </button>
            </ActionForm>
        </li>
    }
}
