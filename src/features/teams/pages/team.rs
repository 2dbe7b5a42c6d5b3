//! A team's page: the next session with the last handover on top (and any line-up change),
//! the members, the sessions with attendance, and the way to the session pages.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::parts::{HandoverCard, LineupNotice, session_when};
use crate::features::budget::pages::bar::BudgetCard;
use crate::features::coach_notes::pages::notes::CoachNotesSection;
use crate::features::teams::{TeamPage, fetch_team};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::stage_badge::StageBadge;

#[component]
pub fn TeamPageView() -> impl IntoView {
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
    let formed = move || query.read().get("formed").is_some();
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match team.await {
                    Ok(team) => view! { <Team team formed=formed() /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Team(team: TeamPage, formed: bool) -> impl IntoView {
    let i18n = use_i18n();
    let workspace = team.viewer.sees_workspace();
    let next = team.next_session().cloned();
    let next_view = match &next {
        Some(session) => {
            let href = format!("/teams/{}/sessions/{}", team.id, session.id);
            let when = session_when(i18n, session);
            let changes = team.lineup_changes_before(session.date);
            view! {
                <p>
                    {if workspace {
                        view! { <a href=href>{when}</a> }.into_any()
                    } else {
                        view! { <span>{when}</span> }.into_any()
                    }}
                </p>
                <LineupNotice changes />
            }
            .into_any()
        }
        None => view! { <p>{i18n.t(T::NoNextSession)}</p> }.into_any(),
    };
    let last_handover = workspace.then(|| {
        // The newest handover written, whichever session it belongs to.
        match team.handovers.last().cloned() {
            Some(handover) => {
                view! { <HandoverCard handover heading=i18n.t(T::LastHandover) /> }.into_any()
            }
            None => view! { <p class="meta">{i18n.t(T::NoHandoverYet)}</p> }.into_any(),
        }
    });
    let current: Vec<_> = team
        .members
        .iter()
        .filter(|m| m.is_current())
        .cloned()
        .collect();
    let current_count = current.len();
    let members = current
        .into_iter()
        .map(|m| {
            let email = (!m.email.is_empty())
                .then(|| view! { " " <span class="meta">{m.email.clone()}</span> });
            view! { <li>{m.name.clone()}{email}</li> }
        })
        .collect_view();
    let former: Vec<_> = team
        .members
        .iter()
        .filter(|m| !m.is_current())
        .cloned()
        .collect();
    let former_view = (!former.is_empty()).then(|| {
        let items = former
            .into_iter()
            .map(|m| {
                let left = m.left_on.map(|d| i18n.date(d)).unwrap_or_default();
                view! { <li>{m.name.clone()}" – "{i18n.t(T::LeftOn)}" "{left}": "{m.left_reason.clone()}</li> }
            })
            .collect_view();
        view! {
            <h3>{i18n.t(T::FormerMembers)}</h3>
            <ul>{items}</ul>
        }
    });
    let rows = team
        .sessions
        .iter()
        .map(|s| {
            let href = format!("/teams/{}/sessions/{}", team.id, s.id);
            let status = if s.cancelled {
                i18n.t(T::CancelledTag)
            } else if !s.changes.is_empty() {
                i18n.t(T::MovedTag)
            } else {
                ""
            };
            let number = format!("{} {}", i18n.t(T::SessionNumber), s.number);
            let attendance = if workspace && !s.marks.is_empty() {
                format!("{}/{}", s.present(), s.marks.len())
            } else {
                String::new()
            };
            let handover = if !workspace {
                ""
            } else if team.handover_of(&s.id).is_some() {
                i18n.t(T::YesText)
            } else {
                i18n.t(T::NoText)
            };
            view! {
                <tr class:muted=s.cancelled>
                    <th scope="row">
                        {if workspace {
                            view! { <a href=href>{number}</a> }.into_any()
                        } else {
                            view! { <span>{number}</span> }.into_any()
                        }}
                    </th>
                    <td>{i18n.date(s.date)}</td>
                    <td>{format!("{}–{}", s.starts_at, s.ends_at)}</td>
                    <td>{status}</td>
                    {workspace.then(|| view! { <td>{attendance}</td><td>{handover}</td> })}
                </tr>
            }
        })
        .collect_view();
    let category = team
        .category
        .map(|c| view! { <span class="tag">{i18n.category(c)}</span> " " });
    let co = team
        .co_organizer
        .clone()
        .map(|name| view! { " · "{i18n.t(T::CoOrganizerShort)}": "{name} });
    view! {
        <Title text=team.title.clone() />
        <p class="breadcrumb">
            <a href=format!("/rounds/{}", team.round_id)>{team.round_name.clone()}</a>
        </p>
        <h1>{team.title.clone()}</h1>
        {formed.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::TeamFormed)}</div> })}
        <p class="meta">
            {category}
            <StageBadge stage=team.stage />
            " "{i18n.t(T::CoachLabel)}": "{team.coach.name.clone()}
            {co}
            " · "<a href=format!("/proposals/{}", team.idea_id)>{i18n.t(T::ProposalLink)}</a>
            " · "<a href=format!("/teams/{}/cards", team.id)>{i18n.t(T::CardsLink)}</a>
            {workspace.then(|| view! { " · "<a href="/my/calendar">{i18n.t(T::AddToCalendar)}</a> })}
        </p>
        <section class="card" aria-labelledby="next-heading">
            <h2 id="next-heading">{i18n.t(T::NextSession)}</h2>
            {next_view}
        </section>
        {last_handover}
        {workspace.then(|| view! { <BudgetCard team_id=team.id.clone() /> })}
        <section aria-labelledby="members-heading">
            <h2 id="members-heading">{i18n.t(T::MembersLabel)}" ("{current_count}")"</h2>
            <ul>{members}</ul>
            {former_view}
            {team.viewer.runs_team().then(|| view! {
                <p><a class="button secondary" href=format!("/teams/{}/members", team.id)>{i18n.t(T::ManageMembers)}</a></p>
            })}
        </section>
        <section aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">{i18n.t(T::SessionsHeading)}</h2>
            <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">{i18n.t(T::SessionsHeading)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t(T::SessionNumber)}</th>
                            <th scope="col">{i18n.t(T::DateColumn)}</th>
                            <th scope="col">{i18n.t(T::TimeColumn)}</th>
                            <th scope="col"><span class="visually-hidden">"Status"</span></th>
                            {workspace.then(|| view! {
                                <th scope="col">{i18n.t(T::AttendanceColumn)}</th>
                                <th scope="col">{i18n.t(T::HandoverColumn)}</th>
                            })}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {(!workspace).then(|| view! { <p class="meta">{i18n.t(T::WorkspaceOnly)}</p> })}
        </section>
        {workspace.then(|| view! { <CoachNotesSection team_id=team.id.clone() limit=5 /> })}
    }
}
