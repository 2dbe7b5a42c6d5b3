//! The round's data (`/rounds/<id>/data`, organizers): every table as CSV and all as JSON;
//! the import of proposals from a spreadsheet (a plain file form), its preview with every
//! problem by line, and the button that imports them all.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::features::exports::{ConfirmImport, DataPage, DraftView, fetch_round_data};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::action_error;
use crate::ui::form_status::FormErrors;

#[component]
pub fn DataPageView() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let page = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                query.read().get("draft").unwrap_or_default(),
            )
        },
        |(id, draft)| fetch_round_data(id, draft),
    );
    view! {
        <Title text=i18n.t(T::DataTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <Data page /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Data(page: DataPage) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let upload_error = query.read_untracked().get("import_error").map(|code| {
        i18n.t(if code == "size" {
            T::ImportTooLargeText
        } else {
            T::ImportMissingText
        })
    });
    let round = page.round_id.clone();
    let links = page
        .tables
        .iter()
        .map(|t| {
            view! { <li><a href=format!("/rounds/{round}/export/{t}.csv") download="">{format!("{t}.csv")}</a></li> }
        })
        .collect_view();
    let draft = page
        .draft
        .clone()
        .map(|draft| view! { <Preview round_id=page.round_id.clone() draft /> });
    view! {
        <p class="breadcrumb"><a href=format!("/rounds/{}", page.round_id)>{page.round_name.clone()}</a></p>
        <h1>{i18n.t(T::DataTitle)}</h1>
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">{i18n.t(T::ExportHeading)}</h2>
            <p>{i18n.t(T::ExportIntro)}</p>
            <ul>
                {links}
                <li><a href=format!("/rounds/{}/export/round.json", page.round_id) download="">"round.json"</a>" – "{i18n.t(T::ExportAllJson)}</li>
            </ul>
        </section>
        <section id="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{i18n.t(T::ImportHeading)}</h2>
            <p>{i18n.t(T::ImportIntro)}</p>
            {upload_error.map(|text| view! { <div class="alert alert--error" role="alert">{text}</div> })}
            <form method="post" action=format!("/rounds/{}/import", page.round_id) enctype="multipart/form-data" class="stack">
                <div class="field">
                    <label for="f-file">{i18n.t(T::ImportFileLabel)}</label>
                    <p class="hint" id="f-file-hint">{i18n.t(T::ImportFileHint)}</p>
                    <input id="f-file" type="file" name="file" accept=".csv,text/csv" aria-describedby="f-file-hint" />
                </div>
                <div>
                    <button type="submit">{i18n.t(T::ImportPreviewButton)}</button>
                </div>
            </form>
            {draft}
        </section>
    }
}

#[component]
fn Preview(round_id: String, draft: DraftView) -> impl IntoView {
    let i18n = use_i18n();
    if !draft.problems.is_empty() {
        let rows = draft
            .problems
            .iter()
            .map(|p| {
                view! {
                    <tr>
                        <td class="number">{p.line}</td>
                        <td>{p.field.clone()}</td>
                        <td>{i18n.problem(p.problem)}</td>
                    </tr>
                }
            })
            .collect_view();
        return view! {
            <div class="alert alert--error" role="alert">
                <p><strong>{i18n.t(T::ImportHasProblems)}</strong>" ("{draft.problems.len()}")"</p>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(T::ImportProblemsCaption)>
                <table class="results">
                    <caption>{i18n.t(T::ImportProblemsCaption)}" – "{draft.file_name.clone()}</caption>
                    <thead><tr>
                        <th scope="col" class="number">{i18n.t(T::ImportLine)}</th>
                        <th scope="col">{i18n.t(T::ImportColumn)}</th>
                        <th scope="col">{i18n.t(T::ImportProblem)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any();
    }
    let action = ServerAction::<ConfirmImport>::new();
    let error = action_error(action);
    let rows = draft
        .preview
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{r.title.clone()}</td>
                    <td>{r.category.map(|c| i18n.category(c)).unwrap_or("")}</td>
                    <td>{r.unit.clone()}</td>
                    <td>{r.proposer.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    let button = format!(
        "{} {} {}",
        i18n.t(T::ImportButton),
        draft.rows,
        i18n.t(T::ProposalsWord)
    );
    view! {
        <div class="alert alert--ok" role="status">
            <p>{i18n.t(T::ImportReady)}" "{draft.rows}" "{i18n.t(T::ProposalsWord)}</p>
        </div>
        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(T::ImportPreviewCaption)>
            <table class="results">
                <caption>{i18n.t(T::ImportPreviewCaption)}" – "{draft.file_name.clone()}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t(T::ProposalTitleLabel)}</th>
                    <th scope="col">{i18n.t(T::CategoryLabel)}</th>
                    <th scope="col">{i18n.t(T::UnitLabel)}</th>
                    <th scope="col">{i18n.t(T::Proposer)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <FormErrors error labels=|i18n, _| i18n.t(T::ImportHeading).to_owned() />
        <ActionForm action>
            <input type="hidden" name="round_id" value=round_id />
            <input type="hidden" name="draft_id" value=draft.id.clone() />
            <button type="submit" disabled=move || action.pending().get()>{button}</button>
        </ActionForm>
    }
    .into_any()
}
