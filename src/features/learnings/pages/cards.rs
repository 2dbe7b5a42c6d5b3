//! A team's cards page (`/teams/<id>/cards`): its test cards and learning cards, the links to
//! write new ones, and for the coach or an organizer the move to learnings (refused with a
//! clear message until there is a learning card).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::card_views::{LearningCardBlock, TestCardBlock};
use crate::domain::proposal::StageAction;
use crate::features::learnings::{TeamCards, fetch_team_cards};
use crate::features::proposals::ChangeStage;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::action_error;
use crate::ui::form_status::FormErrors;
use crate::ui::stage_badge::StageBadge;

#[component]
pub fn TeamCardsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let location = use_location();
    let cards = Resource::new(
        // Keyed on the query too: a saved card redirects back here with `?saved=…`.
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                location.search.get(),
            )
        },
        |(id, _)| fetch_team_cards(id),
    );
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match cards.await {
                    Ok(cards) => view! { <Cards cards /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Cards(cards: TeamCards) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let saved = query.read_untracked().get("saved").is_some();
    let team = cards.team_id.clone();
    let tests = if cards.test_cards.is_empty() {
        view! { <p>{i18n.t(T::NoTestCards)}</p> }.into_any()
    } else {
        cards
            .test_cards
            .iter()
            .cloned()
            .map(|card| {
                let edit_href = cards
                    .can_write
                    .then(|| format!("/teams/{team}/test-cards/{}", card.id));
                view! { <TestCardBlock card edit_href /> }
            })
            .collect_view()
            .into_any()
    };
    let learnings = if cards.learning_cards.is_empty() {
        view! { <p>{i18n.t(T::NoLearningCards)}</p> }.into_any()
    } else {
        cards
            .learning_cards
            .iter()
            .cloned()
            .map(|card| {
                let edit_href = cards
                    .can_write
                    .then(|| format!("/teams/{team}/learning-cards/{}", card.id));
                view! { <LearningCardBlock card edit_href /> }
            })
            .collect_view()
            .into_any()
    };
    let new_test = cards.can_write.then(|| {
        view! { <p><a class="button secondary" href=format!("/teams/{team}/test-cards/new")>{i18n.t(T::NewTestCard)}</a></p> }
    });
    let new_learning = cards.can_write.then(|| {
        view! { <p><a class="button secondary" href=format!("/teams/{team}/learning-cards/new")>{i18n.t(T::NewLearningCard)}</a></p> }
    });
    let move_form = cards.can_move_to_learnings.then(|| {
        view! { <MoveToLearnings idea_id=cards.idea_id.clone() /> }
    });
    view! {
        <Title text=format!("{} – {}", i18n.t(T::CardsLink), cards.title) />
        <p class="breadcrumb">
            <a href=format!("/teams/{team}")>{cards.title.clone()}</a>
        </p>
        <h1>{i18n.t(T::CardsLink)}</h1>
        <p class="meta">{cards.title.clone()}" · "{cards.round_name.clone()}" "<StageBadge stage=cards.stage /></p>
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::CardSaved)}</div> })}
        {move_form}
        <section aria-labelledby="test-cards-heading">
            <h2 id="test-cards-heading">{i18n.t(T::TestCardsHeading)}</h2>
            {new_test}
            {tests}
        </section>
        <section aria-labelledby="learning-cards-heading">
            <h2 id="learning-cards-heading">{i18n.t(T::LearningCardsHeading)}</h2>
            {new_learning}
            {learnings}
        </section>
    }
}

/// The move to learnings, through the proposal's stage change (which checks the card).
#[component]
fn MoveToLearnings(idea_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangeStage>::new();
    let error = action_error(action);
    view! {
        <section class="card" aria-labelledby="move-heading">
            <h2 id="move-heading">{i18n.t(T::ActionRecordLearnings)}</h2>
            <p class="hint">{i18n.t(T::MoveToLearningsHint)}</p>
            <FormErrors error labels=|i18n, _| i18n.t(T::ActionRecordLearnings).to_owned() />
            <ActionForm action>
                <input type="hidden" name="id" value=idea_id />
                <input type="hidden" name="action" value=StageAction::RecordLearnings.as_str() />
                <input type="hidden" name="reason" value="" />
                <input type="hidden" name="back" value="" />
                <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::ActionRecordLearnings)}</button>
            </ActionForm>
        </section>
    }
}
