//! One proposal: its full text, the history of every stage change, the viewer's stage
//! actions and the question/comment thread.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::proposal::Stage;
use crate::features::followup::pages::summary::FollowUpSummary;
use crate::features::proposals::{AddComment, ChangeStage, ProposalView, fetch_proposal};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value, successes};
use crate::ui::form_status::FormErrors;
use crate::ui::stage_badge::StageBadge;

fn label(i18n: crate::i18n::I18n, field: &str) -> String {
    match field {
        "reason" => i18n.t(T::ReasonLabel).to_owned(),
        "body" => i18n.t(T::CommentLabel).to_owned(),
        _ => i18n.t(T::MoveTitle).to_owned(),
    }
}

#[component]
pub fn ProposalPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let move_action = ServerAction::<ChangeStage>::new();
    let moved = successes(move_action);
    let comment_action = ServerAction::<AddComment>::new();
    let commented = successes(comment_action);
    // Fetched again after each move or comment, so the page shows what was done.
    let proposal = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                moved.get(),
                commented.get(),
            )
        },
        |(id, _, _)| fetch_proposal(id),
    );
    let notice = move || {
        let q = query.read();
        if q.get("sent").is_some() {
            Some(T::SentIn)
        } else if q.get("moved").is_some() {
            Some(T::Moved)
        } else {
            None
        }
    };
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match proposal.await {
                    Ok(p) => view! {
                        {notice().map(|n| view! { <div class="alert alert--ok" role="status">{i18n.t(n)}</div> })}
                        <ProposalText p=p.clone() />
                        <StageActions p=p.clone() action=move_action />
                        {matches!(p.stage, Stage::Learnings | Stage::FollowUp).then(|| view! {
                            <FollowUpSummary idea_id=p.id.clone() />
                        })}
                        <History p=p.clone() />
                        <Comments p action=comment_action />
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ProposalText(p: ProposalView) -> impl IntoView {
    let i18n = use_i18n();
    let section = |label: T, text: String| {
        (!text.is_empty()).then(|| {
            view! {
                <h2>{i18n.t(label)}</h2>
                <p class="pre-line">{text}</p>
            }
        })
    };
    let people = {
        let mut line = p.proposer_name.clone().unwrap_or_default();
        if !p.co_proposer_names.is_empty() {
            line = format!(
                "{line} ({} {})",
                i18n.t(T::CoProposers).to_lowercase(),
                p.co_proposer_names.join(", ")
            );
        }
        line
    };
    view! {
        <Title text=p.title.clone() />
        <p class="breadcrumb">
            <a href=format!("/rounds/{}/board", p.round_id)>{p.round_name.clone()}" – "{i18n.t(T::BoardTitle)}</a>
        </p>
        <h1>{p.title.clone()}</h1>
        <p class="meta">
            <StageBadge stage=p.stage />
            {p.category.map(|c| view! { " " <span class="tag">{i18n.category(c)}</span> })}
            {(!p.unit.is_empty()).then(|| view! { " " <span class="tag">{p.unit.clone()}</span> })}
            {p.stage.has_team().then(|| view! {
                " · " <a href=format!("/teams/{}", p.id)>{i18n.t(T::TeamLink)}</a>
                " · " <a href=format!("/teams/{}/cards", p.id)>{i18n.t(T::CardsLink)}</a>
            })}
        </p>
        {(!people.is_empty()).then(|| view! {
            <p><strong>{i18n.t(T::Proposer)}": "</strong>{people}</p>
        })}
        {p.can_edit.then(|| view! {
            <p><a class="button" href=format!("/proposals/{}/edit", p.id)>{i18n.t(T::EditProposalTitle)}</a></p>
        })}
        {section(T::ProblemLabel, p.problem.clone())}
        {p.perspective.map(|v| view! {
            <h2>{i18n.t(T::PerspectiveLabel)}</h2>
            <p>{i18n.perspective(v)}</p>
        })}
        {section(T::IdeaLabel, p.idea.clone())}
        {section(T::FirstTestLabel, p.first_test.clone())}
        {section(T::SuccessSignalLabel, p.success_signal.clone())}
    }
}

#[component]
fn StageActions(p: ProposalView, action: ServerAction<ChangeStage>) -> impl IntoView {
    let i18n = use_i18n();
    if p.actions.is_empty() {
        return ().into_any();
    }
    let error = action_error(action);
    let buttons = p
        .actions
        .iter()
        .map(|a| {
            view! {
                <button type="submit" name="action" value=a.as_str() disabled=move || action.pending().get()>
                    {i18n.action(*a)}
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="move-title">
            <h2 id="move-title">{i18n.t(T::MoveTitle)}</h2>
            <FormErrors error labels=label />
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="id" value=p.id.clone() />
                <input type="hidden" name="back" value="" />
                <Field name="reason" label=i18n.t(T::ReasonLabel) hint=T::ReasonHint error rows=3
                    value=shown_value(error, "reason", String::new()) />
                <div class="button-row">{buttons}</div>
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn History(p: ProposalView) -> impl IntoView {
    let i18n = use_i18n();
    let items = p
        .events
        .into_iter()
        .map(|e| {
            view! {
                <li>
                    <time>{i18n.date_time(e.at)}</time>
                    " – "
                    <strong>{i18n.action(e.action)}</strong>
                    {e.by_name.map(|n| view! { " (" {n} ")" })}
                    " → "
                    <StageBadge stage=e.to />
                    {(!e.reason.is_empty()).then(|| view! { <p class="pre-line quote">{e.reason.clone()}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="history-title">
            <h2 id="history-title">{i18n.t(T::History)}</h2>
            <ol class="history">{items}</ol>
        </section>
    }
}

#[component]
fn Comments(p: ProposalView, action: ServerAction<AddComment>) -> impl IntoView {
    let i18n = use_i18n();
    let error = action_error(action);
    let items = p
        .comments
        .iter()
        .map(|c| {
            view! {
                <li class="comment">
                    <p class="meta"><strong>{c.author_name.clone()}</strong>" · "<time>{i18n.date_time(c.at)}</time></p>
                    <p class="pre-line">{c.body.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let empty = p.comments.is_empty();
    view! {
        <section id="comments" aria-labelledby="comments-title">
            <h2 id="comments-title">{i18n.t(T::CommentsTitle)}</h2>
            {empty.then(|| view! { <p>{i18n.t(T::NoComments)}</p> })}
            <ul class="comments">{items}</ul>
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="id" value=p.id.clone() />
                <Field name="body" label=i18n.t(T::CommentLabel) error rows=3
                    value=shown_value(error, "body", String::new()) />
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SendComment)}</button>
                </div>
            </ActionForm>
        </section>
    }
}
