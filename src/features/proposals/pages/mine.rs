//! "Mina förslag": each of the viewer's proposals, its stage, and the latest question or
//! decision.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::domain::proposal::Stage;
use crate::features::proposals::{MyProposal, my_proposals};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::stage_badge::StageBadge;

#[component]
pub fn MyProposalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let mine = Resource::new(|| (), |_| my_proposals());
    view! {
        <Title text=i18n.t(T::MyProposalsTitle) />
        <h1>{i18n.t(T::MyProposalsTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match mine.await {
                    Ok(list) if list.is_empty() => view! { <p>{i18n.t(T::NoMyProposals)}</p> }.into_any(),
                    Ok(list) => {
                        let items = list.into_iter().map(|p| view! { <Mine p /> }).collect_view();
                        view! { <ul class="cards">{items}</ul> }.into_any()
                    }
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Mine(p: MyProposal) -> impl IntoView {
    let i18n = use_i18n();
    let href = if p.stage.is_editable_by_proposer() && p.stage == Stage::Draft {
        format!("/proposals/{}/edit", p.id)
    } else {
        format!("/proposals/{}", p.id)
    };
    view! {
        <li class="card">
            <h2 class="card__title"><a href=href>{p.title.clone()}</a></h2>
            <p class="meta">
                <StageBadge stage=p.stage />
                " · "{p.round_name.clone()}" · "{i18n.t(T::Updated)}" "{i18n.date_time(p.updated)}
            </p>
            {p.latest.clone().map(|(action, reason)| view! {
                <p><strong>{i18n.t(T::LatestNote)}" – "{i18n.action(action)}": "</strong></p>
                <p class="pre-line quote">{reason}</p>
            })}
        </li>
    }
}
