//! The proposal form, shared by "new" and "work on": the fields, the live guide, and the
//! two ways to save (draft, or send in). Field names are `proposal[<key>]`.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::domain::Category;
use crate::domain::proposal::{Completeness, Part, Perspective, ProposalInput, Stage};
use crate::features::proposals::pages::completeness_guide::CompletenessGuide;
use crate::features::proposals::{ProposalForm, SaveProposal};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;
use crate::ui::radio_group::RadioGroup;

/// The visible label of a proposal field, for the error summary.
pub fn label(i18n: I18n, field: &str) -> String {
    if let Some(part) = Part::ALL.into_iter().find(|p| p.field() == field) {
        return i18n.part(part).to_owned();
    }
    match field {
        "co_proposers" => i18n.t(T::CoProposersLabel).to_owned(),
        _ => i18n.t(T::NewProposalTitle).to_owned(),
    }
}

fn form_name(key: &str) -> String {
    format!("proposal[{key}]")
}

#[component]
pub fn ProposalFormView(form: ProposalForm, saved: bool) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveProposal>::new();
    let error = action_error(action);
    let initial = form.input.clone();
    let shown = move |key: &'static str, initial: &str| shown_value(error, key, initial.to_owned());
    // What is typed now, part by part, for the live guide.
    let title = RwSignal::new(initial.title.clone());
    let problem = RwSignal::new(initial.problem.clone());
    let perspective = RwSignal::new(initial.perspective.clone());
    let idea = RwSignal::new(initial.idea.clone());
    let first_test = RwSignal::new(initial.first_test.clone());
    let success_signal = RwSignal::new(initial.success_signal.clone());
    let category = RwSignal::new(initial.category.clone());
    let unit = RwSignal::new(initial.unit.clone());
    let typed = move || ProposalInput {
        title: title.get(),
        problem: problem.get(),
        perspective: perspective.get(),
        idea: idea.get(),
        first_test: first_test.get(),
        success_signal: success_signal.get(),
        category: category.get(),
        unit: unit.get(),
        co_proposers: String::new(),
    };
    let completeness = Memo::new(move |_| Completeness::of(&typed()));
    let track = |signal: RwSignal<String>| Callback::new(move |v: String| signal.set(v));
    let is_new = form.id.is_empty();
    let heading = if is_new {
        T::NewProposalTitle
    } else {
        T::EditProposalTitle
    };
    let send_label = if form.stage == Stage::NeedsDetail {
        T::ResubmitProposal
    } else {
        T::SubmitProposal
    };
    let perspectives = Perspective::ALL
        .into_iter()
        .map(|p| (p.as_str(), i18n.perspective(p)))
        .collect();
    let categories = Category::ALL
        .into_iter()
        .map(|c| (c.as_str(), i18n.category(c)))
        .collect();
    let window = i18n.date_range(form.submission_opens, form.submission_closes);
    view! {
        <Title text=i18n.t(heading) />
        <p class="breadcrumb">
            <a href=format!("/rounds/{}", form.round_id)>{form.round_name.clone()}</a>
        </p>
        <h1>{i18n.t(heading)}</h1>
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::DraftSaved)}</div> })}
        <p>
            <strong>{i18n.t(T::SubmissionWindow)}": "</strong>
            {window}
        </p>
        {(!form.submission_open && form.stage == Stage::Draft)
            .then(|| view! { <p class="alert alert--info">{i18n.t(T::SubmissionClosedNotice)}</p> })}
        {form.question.clone().map(|q| view! {
            <section class="alert alert--info" aria-labelledby="question-title">
                <h2 id="question-title">{i18n.t(T::QuestionToYou)}</h2>
                <p class="pre-line">{q}</p>
            </section>
        })}
        <p class="notice">{i18n.t(T::SecrecyNotice)}</p>
        <FormErrors error labels=label />
        <div class="form-with-guide">
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="round_id" value=form.round_id.clone() />
                <input type="hidden" name="id" value=form.id.clone() />
                <Field name="title" form_name=form_name("title") label=i18n.t(T::ProposalTitleLabel)
                    hint=T::ProposalTitleHint error value=shown("title", &initial.title) on_input=track(title) />
                <Field name="problem" form_name=form_name("problem") label=i18n.t(T::ProblemLabel)
                    hint=T::ProblemHint error value=shown("problem", &initial.problem) rows=5 on_input=track(problem) />
                <RadioGroup name="perspective" form_name=form_name("perspective")
                    legend=i18n.t(T::PerspectiveLabel) choices=perspectives error
                    value=shown("perspective", &initial.perspective) on_change=track(perspective) />
                <Field name="idea" form_name=form_name("idea") label=i18n.t(T::IdeaLabel)
                    hint=T::IdeaHint error value=shown("idea", &initial.idea) rows=5 on_input=track(idea) />
                <Field name="first_test" form_name=form_name("first_test") label=i18n.t(T::FirstTestLabel)
                    hint=T::FirstTestHint error value=shown("first_test", &initial.first_test) rows=3 on_input=track(first_test) />
                <Field name="success_signal" form_name=form_name("success_signal") label=i18n.t(T::SuccessSignalLabel)
                    hint=T::SuccessSignalHint error value=shown("success_signal", &initial.success_signal) rows=3
                    on_input=track(success_signal) />
                <RadioGroup name="category" form_name=form_name("category")
                    legend=i18n.t(T::CategoryLabel) hint=T::CategoryHint choices=categories error
                    value=shown("category", &initial.category) on_change=track(category) />
                <Field name="unit" form_name=form_name("unit") label=i18n.t(T::UnitLabel)
                    error value=shown("unit", &initial.unit) on_input=track(unit) />
                <Field name="co_proposers" form_name=form_name("co_proposers") label=i18n.t(T::CoProposersLabel)
                    hint=T::CoProposersHint error value=shown("co_proposers", &initial.co_proposers) />
                <div class="button-row">
                    <button type="submit" name="intent" value="submit" disabled=move || action.pending().get()>
                        {i18n.t(send_label)}
                    </button>
                    <button type="submit" name="intent" value="draft" class="secondary"
                        disabled=move || action.pending().get()>
                        {i18n.t(T::SaveDraft)}
                    </button>
                </div>
            </ActionForm>
            <CompletenessGuide completeness />
        </div>
    }
}
