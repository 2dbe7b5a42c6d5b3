//! Organizers grant and revoke roles here.

use leptos::prelude::*;
use leptos_meta::Title;

use super::signup_rule::SignupRule;
use crate::domain::Role;
use crate::features::people::{
    GrantRole, Person, RevokeRole, SaveAccountPolicy, fetch_account_policy, list_people,
};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{action_error, successes};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, _field: &str) -> String {
    i18n.t(T::Roles).to_owned()
}

#[component]
pub fn PeoplePage() -> impl IntoView {
    let i18n = use_i18n();
    let grant = ServerAction::<GrantRole>::new();
    let revoke = ServerAction::<RevokeRole>::new();
    let people = Resource::new(
        move || (grant.version().get(), revoke.version().get()),
        |_| list_people(),
    );
    let save_policy = ServerAction::<SaveAccountPolicy>::new();
    let policy = Resource::new(
        move || successes(save_policy).get(),
        |_| fetch_account_policy(),
    );
    let grant_error = action_error(grant);
    let revoke_error = action_error(revoke);
    view! {
        <Title text=i18n.t(T::PeopleTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match people.await {
                    Ok(people) => view! {
                        <h1>{i18n.t(T::PeopleTitle)}</h1>
                        <p>{i18n.t(T::PeopleIntro)}</p>
                        <ul class="admin-links">
                            <li><a href="/audit">{i18n.t(T::AuditTitle)}</a></li>
                            <li><a href="/tillganglighet/rapporter">{i18n.t(T::BarrierReportsLink)}</a></li>
                        </ul>
                        <FormErrors error=grant_error labels=label />
                        <FormErrors error=revoke_error labels=label />
                        <PeopleTable people grant revoke />
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                policy.await.ok().map(|policy| view! { <SignupRule policy save=save_policy /> })
            })}
        </Transition>
    }
}

#[component]
fn PeopleTable(
    people: Vec<Person>,
    grant: ServerAction<GrantRole>,
    revoke: ServerAction<RevokeRole>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = people
        .into_iter()
        .map(|person| {
            let roles_text = std::iter::once(i18n.t(T::RoleStaff))
                .chain(person.roles.iter().map(|r| i18n.role(*r)))
                .collect::<Vec<_>>()
                .join(", ");
            let buttons = Role::ALL
                .into_iter()
                .map(|role| {
                    let has = person.roles.contains(&role);
                    view! { <RoleButton person=person.clone() role has grant revoke /> }
                })
                .collect_view();
            view! {
                <tr>
                    <td>{person.name.clone()}</td>
                    <td>{person.email.clone()}</td>
                    <td>{roles_text}</td>
                    <td>
                        <div class="role-actions">
                            {buttons}
                            <a class="button secondary" href=format!("/people/{}/password", person.id)>
                                {i18n.t(T::PasswordLinkButton)}
                                <span class="visually-hidden">" – "{person.name.clone()}</span>
                            </a>
                            <a class="button secondary" href=format!("/people/{}/data", person.id)>
                                {i18n.t(T::PersonDataLink)}
                                <span class="visually-hidden">" – "{person.name.clone()}</span>
                            </a>
                        </div>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="people">
            <thead>
                <tr>
                    <th scope="col">{i18n.t(T::Name)}</th>
                    <th scope="col">{i18n.t(T::Email)}</th>
                    <th scope="col">{i18n.t(T::Roles)}</th>
                    <th scope="col">
                        <span class="visually-hidden">{i18n.t(T::Grant)}</span>
                    </th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One form per person and role: "Grant role: Coach" or "Revoke role: Coach".
#[component]
fn RoleButton(
    person: Person,
    role: Role,
    has: bool,
    grant: ServerAction<GrantRole>,
    revoke: ServerAction<RevokeRole>,
) -> impl IntoView {
    let i18n = use_i18n();
    let verb = i18n.t(if has { T::Revoke } else { T::Grant });
    let fields = view! {
        <input type="hidden" name="user_id" value=person.id.clone() />
        <input type="hidden" name="role" value=role.as_str() />
        <button type="submit" class:secondary=has>
            {verb}": "{i18n.role(role)}
            <span class="visually-hidden">" – "{person.name.clone()}</span>
        </button>
    };
    if has {
        view! { <ActionForm action=revoke>{fields}</ActionForm> }.into_any()
    } else {
        view! { <ActionForm action=grant>{fields}</ActionForm> }.into_any()
    }
}
