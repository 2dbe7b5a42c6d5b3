//! `/rounds/<id>/vote/paper`: the organizer enters each counted box of paper ballots
//! (totals per proposal, ballots in the box, who counted, who confirmed) and corrects an
//! entry with a reason (`?rata=<entry>`); every entry stays listed, replaced ones marked.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::vote::paper::count_field;
use crate::domain::vote::summary::wrap_title;
use crate::features::vote::{PaperEntry, PaperPage, SavePaperCount, fetch_paper_counts};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value, successes};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    match field {
        "box_name" => i18n.t(T::PaperBoxLabel).to_owned(),
        "ballots" => i18n.t(T::PaperBallotsLabel).to_owned(),
        "counted_by" => i18n.t(T::CountedByLabel).to_owned(),
        "confirmed_by" => i18n.t(T::ConfirmedByLabel).to_owned(),
        "reason" => i18n.t(T::CorrectionReasonLabel).to_owned(),
        other => match other
            .strip_prefix("counts_")
            .and_then(|n| n.parse::<usize>().ok())
        {
            Some(n) => format!("{} {}", i18n.t(T::VotesForProposalNumber), n + 1),
            None => i18n.t(T::PaperTitle).to_owned(),
        },
    }
}

#[component]
pub fn PaperPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let save = ServerAction::<SavePaperCount>::new();
    let data = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                successes(save).get(),
            )
        },
        |(id, _)| fetch_paper_counts(id),
    );
    let correcting = move || query.read().get("rata").unwrap_or_default();
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Title text=i18n.t(T::PaperTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <Paper page correcting=correcting() saved=saved() save /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Paper(
    page: PaperPage,
    correcting: String,
    saved: bool,
    save: ServerAction<SavePaperCount>,
) -> impl IntoView {
    let i18n = use_i18n();
    let corrected = page
        .entries
        .iter()
        .find(|e| e.id == correcting && !e.superseded && page.can_correct)
        .cloned();
    let form = match corrected {
        Some(entry) => view! {
            <h2>{i18n.t(T::CorrectPaperHeading)}" – "{entry.box_name.clone()}</h2>
            <CountForm page=page.clone() entry=Some(entry) save />
        }
        .into_any(),
        None if page.can_enter => view! {
            <h2>{i18n.t(T::NewPaperHeading)}</h2>
            <CountForm page=page.clone() entry=None save />
        }
        .into_any(),
        None => view! { <p class="alert alert--info">{i18n.t(T::PaperClosedNote)}</p> }.into_any(),
    };
    view! {
        <p class="breadcrumb"><a href=format!("/rounds/{}/vote", page.round_id)>{page.round_name.clone()}" – "{i18n.t(T::VoteTitle)}</a></p>
        <h1>{i18n.t(T::PaperTitle)}</h1>
        <p>{i18n.t(T::PaperIntro)}</p>
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::PaperSaved)}</div> })}
        {form}
        <h2>{i18n.t(T::PaperEntriesHeading)}</h2>
        <PaperEntries page=page.clone() with_links=true />
    }
}

#[component]
fn CountForm(
    page: PaperPage,
    entry: Option<PaperEntry>,
    save: ServerAction<SavePaperCount>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = action_error(save);
    let start = |value: Option<String>| value.unwrap_or_default();
    let counts = page
        .ideas
        .iter()
        .enumerate()
        .map(|(i, idea)| {
            let field = count_field(i);
            let id = format!("f-{field}");
            let label_for = id.clone();
            let error_id = format!("{id}-error");
            let described_by = error_id.clone();
            let initial = entry
                .as_ref()
                .and_then(|e| e.counts.get(i))
                .map(u32::to_string)
                .unwrap_or_default();
            let shown = {
                let field = field.clone();
                Signal::derive(move || match error.get() {
                    Some(e) => e.echoed(&field).map(str::to_owned).unwrap_or_default(),
                    None => initial.clone(),
                })
            };
            let problem = {
                let field = field.clone();
                Memo::new(move |_| {
                    error
                        .get()
                        .and_then(|e| e.field_errors().and_then(|f| f.for_field(&field)))
                })
            };
            view! {
                <div class="field field--count">
                    <label for=label_for>{idea.title.clone()}</label>
                    {move || problem.get().map(|p| view! { <p class="field-error" id=error_id.clone()>{i18n.problem(p)}</p> })}
                    <input id=id name=format!("paper[counts][{i}]") type="text" inputmode="numeric"
                        value=move || shown.get()
                        aria-invalid=move || problem.get().is_some().then_some("true")
                        aria-describedby=move || problem.get().is_some().then(|| described_by.clone()) />
                </div>
            }
        })
        .collect_view();
    let replaces = entry.as_ref().map(|e| e.id.clone()).unwrap_or_default();
    let box_name = entry.as_ref().map(|e| e.box_name.clone());
    let is_correction = entry.is_some();
    view! {
        <FormErrors error labels=label />
        <ActionForm action=save attr:class="stack" attr:novalidate=true>
            <input type="hidden" name="round_id" value=page.round_id.clone() />
            <input type="hidden" name="replaces" value=replaces />
            {match box_name {
                Some(name) => view! { <input type="hidden" name="paper[box_name]" value=name /> }.into_any(),
                None => view! {
                    <Field name="box_name" form_name="paper[box_name]".to_owned() label=i18n.t(T::PaperBoxLabel)
                        hint=T::PaperBoxHint error value=shown_value(error, "box_name", String::new()) />
                }
                .into_any(),
            }}
            <Field name="ballots" form_name="paper[ballots]".to_owned() label=i18n.t(T::PaperBallotsLabel)
                inputmode="numeric" error
                value=shown_value(error, "ballots", start(entry.as_ref().map(|e| e.ballots.to_string()))) />
            <fieldset class="field">
                <legend>{i18n.t(T::PaperVotesLegend)}</legend>
                {counts}
            </fieldset>
            <Field name="counted_by" form_name="paper[counted_by]".to_owned() label=i18n.t(T::CountedByLabel)
                error value=shown_value(error, "counted_by", start(entry.as_ref().map(|e| e.counted_by.clone()))) />
            <Field name="confirmed_by" form_name="paper[confirmed_by]".to_owned() label=i18n.t(T::ConfirmedByLabel)
                hint=T::ConfirmedByHint error
                value=shown_value(error, "confirmed_by", start(entry.as_ref().map(|e| e.confirmed_by.clone()))) />
            {is_correction.then(|| view! {
                <Field name="reason" form_name="paper[reason]".to_owned() label=i18n.t(T::CorrectionReasonLabel)
                    rows=2 error value=shown_value(error, "reason", String::new()) />
            })}
            <div>
                <button type="submit" disabled=move || save.pending().get()>{i18n.t(T::SavePaperCount)}</button>
            </div>
        </ActionForm>
    }
}

/// Every entry with its figures; replaced ones marked, with the reason of their correction.
#[component]
pub fn PaperEntries(page: PaperPage, with_links: bool) -> impl IntoView {
    let i18n = use_i18n();
    if page.entries.is_empty() {
        return view! { <p>{i18n.t(T::NoPaperEntries)}</p> }.into_any();
    }
    let heads = page
        .ideas
        .iter()
        .map(|idea| {
            // Short headers keep the table narrow; the full title is in the form above.
            let short = wrap_title(&idea.title, 18, 2).join(" ");
            view! { <th scope="col" class="number" title=idea.title.clone()>{short}</th> }
        })
        .collect_view();
    let rows = page
        .entries
        .iter()
        .map(|entry| {
            let counts = entry
                .counts
                .iter()
                .map(|c| view! { <td class="number">{*c}</td> })
                .collect_view();
            let state = if entry.superseded {
                i18n.t(T::PaperReplaced)
            } else {
                i18n.t(T::PaperActive)
            };
            let link = (with_links && page.can_correct && !entry.superseded).then(|| {
                view! {
                    <a href=format!("/rounds/{}/vote/paper?rata={}", page.round_id, entry.id)>
                        {i18n.t(T::CorrectPaper)}<span class="visually-hidden">" – "{entry.box_name.clone()}</span>
                    </a>
                }
            });
            view! {
                <tr class:superseded=entry.superseded>
                    <th scope="row">{entry.box_name.clone()}{(entry.version > 1).then(|| format!(" (v{})", entry.version))}</th>
                    <td>{state}{(!entry.reason.is_empty()).then(|| view! { <br />{i18n.t(T::ReasonWord)}": "{entry.reason.clone()} })}</td>
                    <td class="number">{entry.ballots}</td>
                    {counts}
                    <td>{entry.counted_by.clone()}" / "{entry.confirmed_by.clone()}</td>
                    <td>{entry.entered_by.clone()}", "{i18n.date_time(entry.at)}</td>
                    {with_links.then(|| view! { <td>{link}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-label=i18n.t(T::PaperEntriesHeading) tabindex="0">
            <table class="results paper-entries">
                <caption class="visually-hidden">{i18n.t(T::PaperEntriesHeading)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t(T::PaperBoxLabel)}</th>
                        <th scope="col">{i18n.t(T::StatusWord)}</th>
                        <th scope="col" class="number">{i18n.t(T::PaperBallotsLabel)}</th>
                        {heads}
                        <th scope="col">{i18n.t(T::CountersWord)}</th>
                        <th scope="col">{i18n.t(T::EnteredWord)}</th>
                        {with_links.then(|| view! { <th scope="col"><span class="visually-hidden">{i18n.t(T::CorrectPaper)}</span></th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
