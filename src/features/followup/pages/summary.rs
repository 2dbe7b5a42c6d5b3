//! "Vad händer nu?" on the proposal page: the decision and the actions in short, with the
//! way to the follow-up page. Shown from learnings on.

use leptos::prelude::*;

use super::{action_status_name, outcome_name};
use crate::features::followup::fetch_follow_up;
use crate::i18n::{T, use_i18n};

#[component]
pub fn FollowUpSummary(idea_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/proposals/{idea_id}/follow-up");
    let page = Resource::new(move || idea_id.clone(), fetch_follow_up);
    view! {
        <section class="card" aria-labelledby="follow-up-heading">
            <h2 id="follow-up-heading">{i18n.t(T::FollowUpTitle)}</h2>
            <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
                {move || Suspend::new(async move {
                    page.await.ok().map(|page| {
                        let decision = match page.decision {
                            Some(d) => view! {
                                <p><strong>{outcome_name(i18n, d.outcome)}</strong>" – "<span class="pre-line">{d.rationale}</span></p>
                            }
                            .into_any(),
                            None => view! { <p>{i18n.t(T::NoDecisionYet)}</p> }.into_any(),
                        };
                        let actions = page
                            .actions
                            .into_iter()
                            .map(|a| {
                                let status = if a.overdue { i18n.t(T::Overdue) } else { action_status_name(i18n, a.status) };
                                view! { <li>{a.what}" – "{a.owner_name}", "{i18n.date(a.due)}" ("{status}")"</li> }
                            })
                            .collect_view();
                        view! {
                            {decision}
                            <ul>{actions}</ul>
                        }
                    })
                })}
            </Transition>
            <p><a href=href>{i18n.t(T::OpenFollowUp)}</a></p>
        </section>
    }
}
