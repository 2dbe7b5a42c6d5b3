//! The test-card form (`/teams/<id>/test-cards/new` or `/…/<card>`): the Strategyzer steps
//! with their 1–3 ratings, the status and, once done, the result and its evidence.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::card_views::{result_name, status_name};
use crate::domain::learning::{TestCardInput, TestResult, TestStatus};
use crate::error::AppError;
use crate::features::learnings::{SaveTestCard, TeamCards, fetch_team_cards};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;
use crate::ui::radio_group::RadioGroup;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "name" => T::TestName,
        "owner" => T::TestOwner,
        "deadline" => T::TestDeadline,
        "duration" => T::TestDuration,
        "hypothesis" => T::WeBelieve,
        "critical" => T::Critical,
        "test" => T::ToVerify,
        "cost" => T::TestCost,
        "reliability" => T::DataReliability,
        "metric" => T::AndMeasure,
        "criteria" => T::WeAreRightIf,
        "status" => T::StatusWord,
        "result" => T::TestResultLabel,
        "evidence" => T::Evidence,
        _ => T::TestCardsHeading,
    })
    .to_owned()
}

/// The 1–3 choices of a rating.
pub fn rating_choices(i18n: I18n) -> Vec<(&'static str, &'static str)> {
    vec![
        ("1", i18n.t(T::RatingLow)),
        ("2", i18n.t(T::RatingMid)),
        ("3", i18n.t(T::RatingHigh)),
    ]
}

#[component]
pub fn TestCardFormPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let cards = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        fetch_team_cards,
    );
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                let card_id = params.read_untracked().get("card").unwrap_or_default();
                match cards.await {
                    Ok(cards) if !cards.can_write => view! { <ErrorView error=AppError::Forbidden /> }.into_any(),
                    Ok(cards) => match card_input(&cards, &card_id) {
                        Some((id, input)) => view! { <TestCardForm cards id input /> }.into_any(),
                        None => view! { <ErrorView error=AppError::NotFound /> }.into_any(),
                    },
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The card to edit (`new`: an empty planned card), as typed values.
fn card_input(cards: &TeamCards, card_id: &str) -> Option<(String, TestCardInput)> {
    if card_id == "new" {
        return Some((
            String::new(),
            TestCardInput {
                status: TestStatus::Planned.as_str().to_owned(),
                ..Default::default()
            },
        ));
    }
    let card = cards.test_cards.iter().find(|c| c.id == card_id)?;
    Some((card.id.clone(), card.to_input()))
}

#[component]
fn TestCardForm(cards: TeamCards, id: String, input: TestCardInput) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveTestCard>::new();
    let error = action_error(action);
    let heading = if id.is_empty() {
        T::NewTestCard
    } else {
        T::Edit
    };
    let value =
        move |field: &'static str, initial: &str| shown_value(error, field, initial.to_owned());
    let statuses = TestStatus::ALL
        .into_iter()
        .map(|s| (s.as_str(), status_name(i18n, s)))
        .collect();
    let mut results = vec![("", i18n.t(T::ResultNone))];
    results.extend(
        TestResult::ALL
            .into_iter()
            .map(|r| (r.as_str(), result_name(i18n, r))),
    );
    let text = move |name: &'static str, label: T, hint: Option<T>, rows: u32, initial: &str| {
        let form_name = format!("card[{name}]");
        let shown = value(name, initial);
        match hint {
            Some(hint) => {
                view! { <Field name form_name label=i18n.t(label) error rows hint value=shown /> }
                    .into_any()
            }
            None => view! { <Field name form_name label=i18n.t(label) error rows value=shown /> }
                .into_any(),
        }
    };
    let line = move |name: &'static str, label: T, kind: &'static str, initial: &str| {
        let form_name = format!("card[{name}]");
        view! { <Field name form_name label=i18n.t(label) error kind value=value(name, initial) /> }
    };
    let rating = move |name: &'static str, legend: T, initial: &str| {
        view! {
            <RadioGroup name form_name=format!("card[{name}]") legend=i18n.t(legend)
                choices=rating_choices(i18n) error value=value(name, initial) />
        }
    };
    view! {
        <Title text=format!("{} – {}", i18n.t(heading), cards.title) />
        <p class="breadcrumb">
            <a href=format!("/teams/{}/cards", cards.team_id)>{i18n.t(T::CardsLink)}</a>
        </p>
        <h1>{i18n.t(heading)}" – "{i18n.t(T::TestCardsHeading)}</h1>
        <p class="meta">{cards.title.clone()}</p>
        <FormErrors error labels=label />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            <input type="hidden" name="team_id" value=cards.team_id.clone() />
            <input type="hidden" name="card_id" value=id />
            {line("name", T::TestName, "text", &input.name)}
            {line("owner", T::TestOwner, "text", &input.owner)}
            {line("deadline", T::TestDeadline, "date", &input.deadline)}
            {line("duration", T::TestDuration, "text", &input.duration)}
            {text("hypothesis", T::WeBelieve, None, 3, &input.hypothesis)}
            {rating("critical", T::Critical, &input.critical)}
            {text("test", T::ToVerify, None, 3, &input.test)}
            {rating("cost", T::TestCost, &input.cost)}
            {rating("reliability", T::DataReliability, &input.reliability)}
            {text("metric", T::AndMeasure, None, 2, &input.metric)}
            {text("criteria", T::WeAreRightIf, None, 2, &input.criteria)}
            <RadioGroup name="status" form_name="card[status]".to_owned() legend=i18n.t(T::StatusWord)
                choices=statuses error value=value("status", &input.status) />
            <RadioGroup name="result" form_name="card[result]".to_owned() legend=i18n.t(T::TestResultLabel)
                choices=results error value=value("result", &input.result) />
            {text("evidence", T::Evidence, Some(T::EvidenceHint), 5, &input.evidence)}
            <div>
                <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveCard)}</button>
            </div>
        </ActionForm>
    }
}
