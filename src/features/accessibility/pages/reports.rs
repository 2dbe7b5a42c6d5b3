//! Organizers read the reported barriers here and mark them handled.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::features::accessibility::{BarrierReport, HandleBarrierReport, fetch_barrier_reports};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn BarrierReportsPage() -> impl IntoView {
    let i18n = use_i18n();
    let handle = ServerAction::<HandleBarrierReport>::new();
    let reports = Resource::new(move || handle.version().get(), |_| fetch_barrier_reports());
    view! {
        <Title text=i18n.t(T::BarrierReportsTitle) />
        <h1>{i18n.t(T::BarrierReportsTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match reports.await {
                    Ok(reports) if reports.is_empty() => {
                        view! { <p>{i18n.t(T::BarrierReportsEmpty)}</p> }.into_any()
                    }
                    Ok(reports) => {
                        let items = reports
                            .into_iter()
                            .map(|report| view! { <Report report handle /> })
                            .collect_view();
                        view! { <ul class="barrier-reports">{items}</ul> }.into_any()
                    }
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Report(report: BarrierReport, handle: ServerAction<HandleBarrierReport>) -> impl IntoView {
    let i18n = use_i18n();
    let who = report
        .reporter
        .clone()
        .unwrap_or_else(|| i18n.t(T::BarrierAnonymous).to_owned());
    let (id, at) = (report.id.clone(), report.at.clone());
    let state = if report.handled {
        view! { <p><strong>{i18n.t(T::BarrierHandled)}</strong></p> }.into_any()
    } else {
        view! {
            <ActionForm action=handle>
                <input type="hidden" name="id" value=id />
                <button type="submit" class="secondary">
                    {i18n.t(T::BarrierMarkHandled)}
                    <span class="visually-hidden">" – "{at}</span>
                </button>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        <li class="card">
            <p>
                <strong>{report.at.clone()}</strong>
                " · "
                {who}
                {(!report.page.is_empty()).then(|| format!(" · {}", report.page))}
            </p>
            <p class="pre-line">{report.description}</p>
            {(!report.contact.is_empty())
                .then(|| view! { <p>{i18n.t(T::A11yContactLabel)}": "{report.contact}</p> })}
            {state}
        </li>
    }
}
