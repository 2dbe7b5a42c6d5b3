//! How a test card and a learning card read, on the team's cards page and in the library:
//! the Strategyzer steps as a definition list, the ratings as "2 of 3".

use leptos::prelude::*;

use crate::domain::learning::{TestResult, TestStatus};
use crate::features::learnings::{LearningCardView, TestCardView};
use crate::i18n::{I18n, T, use_i18n};

pub fn status_name(i18n: I18n, status: TestStatus) -> &'static str {
    i18n.t(match status {
        TestStatus::Planned => T::StatusPlanned,
        TestStatus::Running => T::StatusRunning,
        TestStatus::Done => T::StatusDone,
    })
}

pub fn result_name(i18n: I18n, result: TestResult) -> &'static str {
    i18n.t(match result {
        TestResult::Confirmed => T::ResultConfirmed,
        TestResult::Refuted => T::ResultRefuted,
        TestResult::Unclear => T::ResultUnclear,
    })
}

fn rating(i18n: I18n, label: T, n: u8) -> impl IntoView {
    view! { <span class="meta">{i18n.t(label)}": "{n}" "{i18n.t(T::RatingOf)}</span> }
}

#[component]
pub fn TestCardBlock(card: TestCardView, edit_href: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let result = card
        .result
        .map(|r| view! { " "<span class="tag">{result_name(i18n, r)}</span> });
    let facts = [
        (!card.owner.is_empty()).then(|| format!("{}: {}", i18n.t(T::TestOwner), card.owner)),
        card.deadline
            .map(|d| format!("{}: {}", i18n.t(T::TestDeadline), i18n.date(d))),
        (!card.duration.is_empty())
            .then(|| format!("{}: {}", i18n.t(T::TestDuration), card.duration)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let evidence = (!card.evidence.is_empty()).then(|| {
        view! {
            <dt>{i18n.t(T::Evidence)}</dt>
            <dd class="pre-line">{card.evidence.clone()}</dd>
        }
    });
    let heading_id = format!("test-card-{}", card.id);
    view! {
        <article class="card learning-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{card.name.clone()}</h3>
            <p class="meta">
                <span class="tag">{status_name(i18n, card.status)}</span>
                {result}
                {(!facts.is_empty()).then(|| view! { " "{facts} })}
            </p>
            <dl class="steps">
                <dt>{i18n.t(T::WeBelieve)}</dt>
                <dd><span class="pre-line">{card.hypothesis.clone()}</span><br />{rating(i18n, T::Critical, card.critical)}</dd>
                <dt>{i18n.t(T::ToVerify)}</dt>
                <dd>
                    <span class="pre-line">{card.test.clone()}</span><br />
                    {rating(i18n, T::TestCost, card.cost)}" · "{rating(i18n, T::DataReliability, card.reliability)}
                </dd>
                <dt>{i18n.t(T::AndMeasure)}</dt>
                <dd class="pre-line">{card.metric.clone()}</dd>
                <dt>{i18n.t(T::WeAreRightIf)}</dt>
                <dd class="pre-line">{card.criteria.clone()}</dd>
                {evidence}
            </dl>
            {edit_href.map(|href| view! {
                <p><a href=href>{i18n.t(T::Edit)}<span class="visually-hidden">": "{card.name.clone()}</span></a></p>
            })}
        </article>
    }
}

#[component]
pub fn LearningCardBlock(
    card: LearningCardView,
    edit_href: Option<String>,
    /// Where the card comes from (the library shows the proposal and the round).
    #[prop(optional)]
    source: Option<AnyView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let tests = (!card.tests.is_empty()).then(|| {
        let items = card
            .tests
            .iter()
            .map(|t| {
                let result = t.result.map(|r| format!(" ({})", result_name(i18n, r)));
                view! { <li>{t.name.clone()}{result}</li> }
            })
            .collect_view();
        view! {
            <dt>{i18n.t(T::BasedOnTests)}</dt>
            <dd><ul>{items}</ul></dd>
        }
    });
    let heading_id = format!("learning-card-{}", card.id);
    view! {
        <article class="card learning-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{card.title.clone()}</h3>
            {source}
            <dl class="steps">
                <dt>{i18n.t(T::WeBelieved)}</dt>
                <dd class="pre-line">{card.believed.clone()}</dd>
                <dt>{i18n.t(T::WeObserved)}</dt>
                <dd class="pre-line">{card.observed.clone()}</dd>
                <dt>{i18n.t(T::WeLearned)}</dt>
                <dd class="pre-line">{card.learned.clone()}</dd>
                <dt>{i18n.t(T::ThereforeWeWill)}</dt>
                <dd class="pre-line">{card.therefore.clone()}</dd>
                {tests}
            </dl>
            {edit_href.map(|href| view! {
                <p><a href=href>{i18n.t(T::Edit)}<span class="visually-hidden">": "{card.title.clone()}</span></a></p>
            })}
        </article>
    }
}
