//! The round's retrospective (`/rounds/<id>/retro`): the items under their five headings,
//! most +1 first; the form for a new item; +1 buttons; and for organizers the choice for
//! the report and the report's wording. Every form works without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::kind_name;
use crate::domain::retro::RetroKind;
use crate::features::retro::{
    AddRetroItem, ChooseRetroItem, PlusOne, RetroItemView, RetroPage, RewordRetroItem, fetch_retro,
};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;
use crate::ui::radio_group::RadioGroup;

#[component]
pub fn RetroPageView() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let location = use_location();
    let retro = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                location.search.get(),
            )
        },
        |(id, _)| fetch_retro(id),
    );
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match retro.await {
                    Ok(page) => view! { <Retro page /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "kind" => T::RetroKindLabel,
        "heading" => T::RetroHeadingLabel,
        "item_id" => T::PlusOneButton,
        _ => T::RetroTextLabel,
    })
    .to_owned()
}

#[component]
fn Retro(page: RetroPage) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let saved = ["added", "chosen", "reworded"]
        .into_iter()
        .any(|k| query.read_untracked().get(k).is_some());
    let plus = ServerAction::<PlusOne>::new();
    let plus_error = action_error(plus);
    let sections = RetroKind::ALL
        .into_iter()
        .map(|kind| {
            let items: Vec<RetroItemView> = page.items.iter().filter(|i| i.kind == kind).cloned().collect();
            let heading_id = format!("retro-{}", kind.as_str());
            let list = if items.is_empty() {
                view! { <p>{i18n.t(T::RetroNoItems)}</p> }.into_any()
            } else {
                let rows = items
                    .into_iter()
                    .map(|item| view! { <Item item can_write=page.can_write organizer=page.is_organizer plus /> })
                    .collect_view();
                view! { <ul class="retro-items">{rows}</ul> }.into_any()
            };
            view! {
                <section aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>{kind_name(i18n, kind)}</h2>
                    {list}
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text=format!("{} – {}", i18n.t(T::RetroTitle), page.round_name) />
        <p class="breadcrumb"><a href=format!("/rounds/{}", page.round_id)>{page.round_name.clone()}</a></p>
        <h1>{i18n.t(T::RetroTitle)}</h1>
        <p>{i18n.t(T::RetroIntro)}</p>
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::ActionSaved)}</div> })}
        <FormErrors error=plus_error labels=label />
        {page.can_write.then(|| view! { <NewItem round_id=page.round_id.clone() /> })}
        {sections}
    }
}

#[component]
fn NewItem(round_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddRetroItem>::new();
    let error = action_error(action);
    let choices = RetroKind::ALL
        .into_iter()
        .map(|k| (k.as_str(), kind_name(i18n, k)))
        .collect();
    view! {
        <section class="card" aria-labelledby="new-retro-heading">
            <h2 id="new-retro-heading">{i18n.t(T::RetroNewItem)}</h2>
            <FormErrors error labels=label />
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="round_id" value=round_id />
                <RadioGroup name="kind" form_name="item[kind]".to_owned() legend=i18n.t(T::RetroKindLabel)
                    choices error value=shown_value(error, "kind", String::new()) />
                <Field name="heading" form_name="item[heading]".to_owned() label=i18n.t(T::RetroHeadingLabel)
                    error value=shown_value(error, "heading", String::new()) />
                <Field name="text" form_name="item[text]".to_owned() label=i18n.t(T::RetroTextLabel)
                    error rows=3 value=shown_value(error, "text", String::new()) />
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::RetroAddButton)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn Item(
    item: RetroItemView,
    can_write: bool,
    organizer: bool,
    plus: ServerAction<PlusOne>,
) -> impl IntoView {
    let i18n = use_i18n();
    let count = format!("+{}", item.plus_ones);
    let (plus_id, plus_text) = (item.id.clone(), item.text.clone());
    let plus_button = (can_write && !item.mine && !item.plus_oned).then(move || {
        view! {
            <ActionForm action=plus attr:class="inline">
                <input type="hidden" name="item_id" value=plus_id />
                <button type="submit" class="secondary">
                    {i18n.t(T::PlusOneButton)}<span class="visually-hidden">": "{plus_text}</span>
                </button>
            </ActionForm>
        }
    });
    let chosen_tag = item
        .chosen
        .then(|| view! { <span class="tag">{i18n.t(T::RetroInReport)}</span>" " });
    let reworded = item.report_text.clone().map(|text| {
        let heading = item.report_heading.clone().filter(|h| !h.is_empty());
        view! {
            <p class="meta">{i18n.t(T::RetroReportWording)}": "
                {heading.map(|h| view! { <strong>{h}" – "</strong> })}{text}
            </p>
        }
    });
    let controls = organizer.then(|| view! { <OrganizerControls item=item.clone() /> });
    view! {
        <li id=format!("item-{}", item.id) class="retro-item">
            <p>
                {chosen_tag}
                {(!item.heading.is_empty()).then(|| view! { <strong>{item.heading.clone()}" – "</strong> })}
                <span class="pre-line">{item.text.clone()}</span>
            </p>
            <p class="meta">
                <span aria-hidden="true">{count}</span>
                <span class="visually-hidden">{format!("{} {}", item.plus_ones, i18n.t(T::PlusOnes))}</span>
                {item.author_name.clone().map(|name| view! { " · "{name} })}
                {item.plus_oned.then(|| view! { " · "{i18n.t(T::YouPlusOned)} })}
            </p>
            {reworded}
            {plus_button}
            {controls}
        </li>
    }
}

#[component]
fn OrganizerControls(item: RetroItemView) -> impl IntoView {
    let i18n = use_i18n();
    let choose = ServerAction::<ChooseRetroItem>::new();
    let reword = ServerAction::<RewordRetroItem>::new();
    let reword_error = action_error(reword);
    let toggle = if item.chosen {
        T::RetroLeaveOut
    } else {
        T::RetroChoose
    };
    let heading_id = format!("f-heading-{}", item.id);
    let text_id = format!("f-text-{}", item.id);
    let (choose_id, choose_text) = (item.id.clone(), item.text.clone());
    let next = if item.chosen { "false" } else { "true" };
    let heading = item
        .report_heading
        .clone()
        .unwrap_or_else(|| item.heading.clone());
    let text = item
        .report_text
        .clone()
        .unwrap_or_else(|| item.text.clone());
    let kind = item.kind.as_str();
    let id = item.id;
    view! {
        <ActionForm action=choose attr:class="inline">
            <input type="hidden" name="item_id" value=choose_id />
            <input type="hidden" name="chosen" value=next />
            <button type="submit" class="secondary">
                {i18n.t(toggle)}<span class="visually-hidden">": "{choose_text}</span>
            </button>
        </ActionForm>
        <details>
            <summary>{i18n.t(T::RetroRewordSummary)}</summary>
            <FormErrors error=reword_error labels=label target=text_id.clone() />
            <ActionForm action=reword attr:class="stack">
                <input type="hidden" name="item_id" value=id />
                <input type="hidden" name="item[kind]" value=kind />
                <div class="field">
                    <label for=heading_id.clone()>{i18n.t(T::RetroHeadingLabel)}</label>
                    <input id=heading_id.clone() name="item[heading]" value=heading />
                </div>
                <div class="field">
                    <label for=text_id.clone()>{i18n.t(T::RetroTextLabel)}</label>
                    <textarea id=text_id.clone() name="item[text]" rows="3">{text}</textarea>
                </div>
                <div>
                    <button type="submit">{i18n.t(T::RetroSaveWording)}</button>
                </div>
            </ActionForm>
        </details>
    }
}
