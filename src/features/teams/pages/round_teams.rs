//! The organizer's page of a round's teams: the co-organizer, the teams formed and the
//! selected proposals still waiting for one.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use crate::features::teams::{RoundTeams, SetCoOrganizer, TeamSummary, fetch_round_teams};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, _field: &str) -> String {
    i18n.t(T::CoOrganizerLabel).to_owned()
}

#[component]
pub fn RoundTeamsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let location = use_location();
    let query = use_query_map();
    let teams = Resource::new(
        // Keyed on the query too: a form that redirects back here (`?saved=1`) loads it anew.
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                location.search.get(),
            )
        },
        |(id, _)| fetch_round_teams(id),
    );
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Title text=i18n.t(T::TeamsTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match teams.await {
                    Ok(teams) => view! { <RoundTeamsView teams saved=saved() /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// One team as a card: its proposal, coach and members.
#[component]
pub fn TeamCard(team: TeamSummary, #[prop(optional)] show_round: bool) -> impl IntoView {
    let i18n = use_i18n();
    let category = team
        .category
        .map(|c| view! { <span class="tag">{i18n.category(c)}</span> });
    view! {
        <li class="card">
            <h3 class="card__title"><a href=format!("/teams/{}", team.id)>{team.title.clone()}</a></h3>
            <p class="meta">
                {category}
                {show_round.then(|| format!(" {} · ", team.round_name))}
                {format!(" {}: {}", i18n.t(T::CoachLabel), team.coach_name)}
            </p>
            <p>{format!("{}: {}", i18n.t(T::MembersLabel), team.members.join(", "))}</p>
        </li>
    }
}

#[component]
fn RoundTeamsView(teams: RoundTeams, saved: bool) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetCoOrganizer>::new();
    let error = action_error(action);
    let email = shown_value(error, "email", teams.co_organizer_email.clone());
    let named = match &teams.co_organizer {
        Some(person) => format!("{}: {}", i18n.t(T::CoOrganizerShort), person.name),
        None => i18n.t(T::NoCoOrganizer).to_owned(),
    };
    let cards = teams
        .teams
        .iter()
        .cloned()
        .map(|team| view! { <TeamCard team /> })
        .collect_view();
    let waiting = teams
        .waiting
        .iter()
        .map(|p| {
            let category = p
                .category
                .map(|c| view! { <span class="tag">{i18n.category(c)}</span> " " });
            view! {
                <li>
                    {category}
                    <a href=format!("/proposals/{}", p.id)>{p.title.clone()}</a>
                    " "
                    <a class="button button-small" href=format!("/proposals/{}/team", p.id)>
                        {i18n.t(T::FormTeamLink)}
                        <span class="visually-hidden">": "{p.title.clone()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="breadcrumb"><a href=format!("/rounds/{}", teams.round_id)>{teams.round_name.clone()}</a></p>
        <h1>{i18n.t(T::TeamsTitle)}</h1>
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::SavedNotice)}</div> })}
        <section aria-labelledby="waiting-heading">
            <h2 id="waiting-heading">{i18n.t(T::WaitingForTeam)}</h2>
            {if teams.waiting.is_empty() {
                view! { <p>{i18n.t(T::NoWaiting)}</p> }.into_any()
            } else {
                view! { <ul class="plain-list">{waiting}</ul> }.into_any()
            }}
        </section>
        <section aria-labelledby="teams-heading">
            <h2 id="teams-heading">{i18n.t(T::TeamsTitle)}</h2>
            {if teams.teams.is_empty() {
                view! { <p>{i18n.t(T::NoTeamsYet)}</p> }.into_any()
            } else {
                view! { <ul class="cards">{cards}</ul> }.into_any()
            }}
        </section>
        <section aria-labelledby="co-heading">
            <h2 id="co-heading">{i18n.t(T::CoOrganizerHeading)}</h2>
            <p>{named}</p>
            <FormErrors error labels=label />
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="round_id" value=teams.round_id.clone() />
                <Field name="email" label=i18n.t(T::CoOrganizerLabel) kind="email"
                    hint=T::CoOrganizerHint error value=email autocomplete="off" />
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveCoOrganizer)}</button>
                </div>
            </ActionForm>
        </section>
    }
}
