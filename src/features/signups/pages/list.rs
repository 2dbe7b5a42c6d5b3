//! The organizer's list of sign-ups for a round, with a CSV download.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::features::signups::{SignupList, list_signups};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn SignupsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let list = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        list_signups,
    );
    view! {
        <Title text=i18n.t(T::SignupsTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! { <Signups list /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Signups(list: SignupList) -> impl IntoView {
    let i18n = use_i18n();
    let rows = list
        .signups
        .iter()
        .map(|s| {
            let categories = s
                .signup
                .categories
                .iter()
                .map(|c| i18n.category(*c))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr>
                    <th scope="row">{s.name.clone()}<br /><span class="meta">{s.email.clone()}</span></th>
                    <td>{categories}</td>
                    <td>{i18n.availability(s.signup.availability)}</td>
                    <td>{i18n.manager(s.signup.manager)}</td>
                    <td class="pre-line">{s.signup.note.clone()}</td>
                    <td>{i18n.date_time(s.at)}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = list.signups.is_empty();
    view! {
        <p class="breadcrumb"><a href=format!("/rounds/{}", list.round_id)>{list.round_name.clone()}</a></p>
        <h1>{i18n.t(T::SignupsTitle)}</h1>
        <p>
            // A file download, not a page: a plain link, so the router leaves it alone.
            <a class="button secondary" href=format!("/rounds/{}/signups.csv", list.round_id) rel="external" download="">
                {i18n.t(T::ExportCsv)}
            </a>
        </p>
        {if empty {
            view! { <p>{i18n.t(T::NoSignups)}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                    <table>
                        <caption class="visually-hidden">{i18n.t(T::SignupsTitle)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t(T::PersonColumn)}</th>
                                <th scope="col">{i18n.t(T::InterestsLabel)}</th>
                                <th scope="col">{i18n.t(T::AvailabilityLabel)}</th>
                                <th scope="col">{i18n.t(T::ManagerLabel)}</th>
                                <th scope="col">{i18n.t(T::SignupNote)}</th>
                                <th scope="col">{i18n.t(T::SignedUpAt)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
    }
}
