//! Organizers read the audit log here: a plain GET form filters it (works without
//! JavaScript, and the address can be bookmarked), and the same filter downloads as CSV.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::domain::audit::AuditAction;
use crate::features::audit::{AuditEntry, actor_text, fetch_audit_log};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let wanted = move |key: &str| query.read().get(key).unwrap_or_default();
    let entries = Resource::new(
        move || (wanted("action"), wanted("from"), wanted("to")),
        |(action, from, to)| fetch_audit_log(action, from, to),
    );
    let csv_href = move || {
        format!(
            "/audit.csv?action={}&from={}&to={}",
            urlencoding(&wanted("action")),
            urlencoding(&wanted("from")),
            urlencoding(&wanted("to"))
        )
    };
    let options = move || {
        let chosen = wanted("action");
        AuditAction::ALL
            .iter()
            .map(|action| {
                view! {
                    <option value=action.as_str() selected=chosen == action.as_str()>
                        {i18n.audit_action(*action)}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <Title text=i18n.t(T::AuditTitle) />
        <h1>{i18n.t(T::AuditTitle)}</h1>
        <p>{i18n.t(T::AuditIntro)}</p>
        <form method="get" action="/audit" class="audit-filter">
            <div class="field">
                <label for="audit-action">{i18n.t(T::AuditAction)}</label>
                <select id="audit-action" name="action">
                    <option value="">{i18n.t(T::AuditAllKinds)}</option>
                    {options}
                </select>
            </div>
            <div class="field">
                <label for="audit-from">{i18n.t(T::AuditFrom)}</label>
                <input id="audit-from" type="date" name="from" value=move || wanted("from") />
            </div>
            <div class="field">
                <label for="audit-to">{i18n.t(T::AuditTo)}</label>
                <input id="audit-to" type="date" name="to" value=move || wanted("to") />
            </div>
            <div>
                <button type="submit">{i18n.t(T::AuditShow)}</button>
            </div>
        </form>
        <p>
            <a href=csv_href rel="external" download="">{i18n.t(T::AuditDownload)}</a>
        </p>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match entries.await {
                    Ok(entries) => view! { <Entries entries /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// Just enough escaping for the three filter values in the CSV link.
fn urlencoding(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

#[component]
fn Entries(entries: Vec<AuditEntry>) -> impl IntoView {
    let i18n = use_i18n();
    if entries.is_empty() {
        return view! { <p>{i18n.t(T::AuditEmpty)}</p> }.into_any();
    }
    let capped = (entries.len() >= crate::features::audit::SHOWN)
        .then(|| view! { <p>{i18n.t(T::AuditShowingNewest)}</p> });
    let rows = entries
        .into_iter()
        .map(|entry| {
            view! {
                <tr>
                    <td>{entry.at}</td>
                    <td>{actor_text(i18n, &entry.actor)}</td>
                    <td>{i18n.audit_action(entry.action)}</td>
                    <td>{entry.subject}</td>
                    <td>{entry.person.map(|p| actor_text(i18n, &p))}</td>
                    <td>{entry.round_name}</td>
                    <td>{entry.details}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {capped}
        <div class="table-scroll" role="region" aria-label=i18n.t(T::AuditTitle) tabindex="0">
            <table class="audit">
                <thead>
                    <tr>
                        <th scope="col">{i18n.t(T::AuditAt)}</th>
                        <th scope="col">{i18n.t(T::AuditActor)}</th>
                        <th scope="col">{i18n.t(T::AuditAction)}</th>
                        <th scope="col">{i18n.t(T::AuditSubject)}</th>
                        <th scope="col">{i18n.t(T::AuditPerson)}</th>
                        <th scope="col">{i18n.t(T::AuditRound)}</th>
                        <th scope="col">{i18n.t(T::AuditDetails)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
