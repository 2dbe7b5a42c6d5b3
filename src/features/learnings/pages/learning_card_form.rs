//! The learning-card form (`/teams/<id>/learning-cards/new` or `/…/<card>`): the four
//! steps and the team's test cards behind the learning.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::domain::learning::LearningCardInput;
use crate::error::AppError;
use crate::features::learnings::{SaveLearningCard, TeamCards, fetch_team_cards};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, field_problem, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "title" => T::CardTitle,
        "believed" => T::WeBelieved,
        "observed" => T::WeObserved,
        "learned" => T::WeLearned,
        "therefore" => T::ThereforeWeWill,
        "tests" => T::BasedOnTests,
        _ => T::LearningCardsHeading,
    })
    .to_owned()
}

#[component]
pub fn LearningCardFormPage() -> impl IntoView {
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
                        Some((id, input, tests)) => view! { <LearningCardForm cards id input tests /> }.into_any(),
                        None => view! { <ErrorView error=AppError::NotFound /> }.into_any(),
                    },
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The card to edit (`new`: an empty card) with the ids of its test cards.
fn card_input(
    cards: &TeamCards,
    card_id: &str,
) -> Option<(String, LearningCardInput, Vec<String>)> {
    if card_id == "new" {
        return Some((String::new(), LearningCardInput::default(), Vec::new()));
    }
    let card = cards.learning_cards.iter().find(|c| c.id == card_id)?;
    let tests = card.tests.iter().map(|t| t.id.clone()).collect();
    Some((card.id.clone(), card.to_input(), tests))
}

#[component]
fn LearningCardForm(
    cards: TeamCards,
    id: String,
    input: LearningCardInput,
    tests: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveLearningCard>::new();
    let error = action_error(action);
    let heading = if id.is_empty() {
        T::NewLearningCard
    } else {
        T::Edit
    };
    let text = move |name: &'static str, label: T, rows: u32, initial: &str| {
        let form_name = format!("card[{name}]");
        let shown = shown_value(error, name, initial.to_owned());
        view! { <Field name form_name label=i18n.t(label) error rows value=shown /> }
    };
    let tests_problem = field_problem(error, "tests");
    let choices = cards
        .test_cards
        .iter()
        .enumerate()
        .map(|(i, card)| {
            let id = if i == 0 { "f-tests".to_owned() } else { format!("f-tests-{i}") };
            view! {
                <label class="choice" for=id.clone()>
                    <input type="checkbox" id=id.clone() name=format!("tests[{i}]") value=card.id.clone()
                        checked=tests.contains(&card.id) />
                    {card.name.clone()}
                </label>
            }
        })
        .collect_view();
    let linked = (!cards.test_cards.is_empty()).then(|| {
        view! {
            <fieldset class="field choices" aria-describedby=move || tests_problem.get().is_some().then_some("f-tests-error")>
                <legend>{i18n.t(T::BasedOnTests)}</legend>
                {move || tests_problem.get().map(|p| view! { <p class="field-error" id="f-tests-error">{i18n.problem(p)}</p> })}
                {choices}
            </fieldset>
        }
    });
    view! {
        <Title text=format!("{} – {}", i18n.t(heading), cards.title) />
        <p class="breadcrumb">
            <a href=format!("/teams/{}/cards", cards.team_id)>{i18n.t(T::CardsLink)}</a>
        </p>
        <h1>{i18n.t(heading)}" – "{i18n.t(T::LearningCardsHeading)}</h1>
        <p class="meta">{cards.title.clone()}</p>
        <p class="hint">{i18n.t(T::LearningCardIntro)}</p>
        <FormErrors error labels=label />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            <input type="hidden" name="team_id" value=cards.team_id.clone() />
            <input type="hidden" name="card_id" value=id />
            <Field name="title" form_name="card[title]".to_owned() label=i18n.t(T::CardTitle) error
                value=shown_value(error, "title", input.title.clone()) />
            {text("believed", T::WeBelieved, 3, &input.believed)}
            {text("observed", T::WeObserved, 3, &input.observed)}
            {text("learned", T::WeLearned, 3, &input.learned)}
            {text("therefore", T::ThereforeWeWill, 3, &input.therefore)}
            {linked}
            <div>
                <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveCard)}</button>
            </div>
        </ActionForm>
    }
}
