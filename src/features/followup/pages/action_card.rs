//! One follow-up action as every follow-up screen shows it: what, who, by when and its
//! status; the check-ins with their answers (and the answer form when one is waiting); the
//! history; and for the owner or an organizer the status form.

use leptos::prelude::*;

use super::action_status_name;
use crate::domain::followup::ActionStatus;
use crate::features::followup::{
    ActionEventKind, ActionView, AnswerCheckin, CheckinView, ReassignAction, SetActionStatus,
};
use crate::i18n::{T, use_i18n};
use crate::ui::field::action_error;
use crate::ui::form_status::FormErrors;

/// `back` is the page to come back to after a form (`/my/follow-up`, `/follow-up`, or ""
/// for the proposal's follow-up page); `show_proposal` names the proposal in the heading.
#[component]
pub fn ActionCard(action: ActionView, back: &'static str, show_proposal: bool) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("action-{}", action.id);
    let status_tag = if action.overdue {
        view! { <span class="tag tag--warning">{i18n.t(T::Overdue)}</span> }.into_any()
    } else {
        view! { <span class="tag">{action_status_name(i18n, action.status)}</span> }.into_any()
    };
    let proposal = show_proposal.then(|| {
        view! {
            <p class="meta">
                <a href=format!("/proposals/{}/follow-up", action.idea_id)>{action.idea_title.clone()}</a>
                " · "{action.round_name.clone()}
            </p>
        }
    });
    let why = (!action.why.is_empty()).then(|| {
        view! { <p><strong>{i18n.t(T::DroppedWhy)}": "</strong>{action.why.clone()}</p> }
    });
    let checkins = action
        .checkins
        .iter()
        .cloned()
        .map(|c| view! { <Checkin checkin=c can_answer=action.can_update back /> })
        .collect_view();
    let history = action
        .history
        .iter()
        .map(|e| {
            let what = match e.kind {
                ActionEventKind::Checkin => i18n.t(T::CheckinAnswered).to_owned(),
                ActionEventKind::Owner => i18n.t(T::NewOwner).to_owned(),
                ActionEventKind::Status => action_status_name(i18n, e.status).to_owned(),
            };
            let text = (!e.text.is_empty()).then(|| view! { ": "<span class="pre-line">{e.text.clone()}</span> });
            view! {
                <li>
                    <span class="meta">{i18n.date_time(e.at)}" · "{e.by_name.clone().unwrap_or_default()}" · "</span>
                    {what}{text}
                </li>
            }
        })
        .collect_view();
    let status_form = action
        .can_update
        .then(|| view! { <StatusForm action_id=action.id.clone() status=action.status back /> });
    let reassign_form = action
        .can_reassign
        .then(|| view! { <ReassignForm action_id=action.id.clone() /> });
    let checkins = if action.checkins.is_empty() {
        view! { <p class="meta">{i18n.t(T::NoCheckinsLeft)}</p> }.into_any()
    } else {
        view! { <ul class="plain">{checkins}</ul> }.into_any()
    };
    view! {
        <article class="card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{action.what.clone()}</h3>
            {proposal}
            <p class="meta">
                {status_tag}" "
                {i18n.t(T::ActionOwner)}": "{action.owner_name.clone()}
                " · "{i18n.t(T::ActionDue)}": "{i18n.date(action.due)}
            </p>
            {why}
            <h4>{i18n.t(T::CheckinsHeading)}</h4>
            {checkins}
            <details>
                <summary>{i18n.t(T::ActionHistory)}</summary>
                <ul>{history}</ul>
            </details>
            {status_form}
            {reassign_form}
        </article>
    }
}

#[component]
fn Checkin(checkin: CheckinView, can_answer: bool, back: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let label = format!(
        "{} {} · {}",
        checkin.months,
        i18n.t(T::MonthsAfter),
        i18n.date(checkin.due)
    );
    let body = match (&checkin.answer, checkin.waiting && can_answer) {
        (Some(answer), _) => view! { <span class="pre-line">{answer.clone()}</span> }.into_any(),
        (None, true) => {
            view! { <AnswerForm checkin_id=checkin.id.clone() label=label.clone() back /> }
                .into_any()
        }
        (None, false) if checkin.waiting => {
            view! { <span class="tag tag--warning">{i18n.t(T::CheckinWaiting)}</span> }.into_any()
        }
        (None, false) => view! { <span class="meta">{i18n.t(T::CheckinLater)}</span> }.into_any(),
    };
    view! {
        <li>
            <strong>{label}</strong>" "
            {body}
        </li>
    }
}

#[component]
fn AnswerForm(checkin_id: String, label: String, back: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AnswerCheckin>::new();
    let error = action_error(action);
    let id = format!("f-answer-{checkin_id}");
    view! {
        <FormErrors error labels=|i18n, _| i18n.t(T::CheckinAnswerLabel).to_owned() target=id.clone() />
        <ActionForm action attr:class="stack">
            <input type="hidden" name="checkin_id" value=checkin_id />
            <input type="hidden" name="back" value=back />
            <div class="field">
                <label for=id.clone()>{i18n.t(T::CheckinAnswerLabel)}<span class="visually-hidden">" ("{label}")"</span></label>
                <p class="hint">{i18n.t(T::CheckinAnswerHint)}</p>
                <textarea id=id name="answer" rows="2"></textarea>
            </div>
            <div>
                <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SendCheckin)}</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn StatusForm(action_id: String, status: ActionStatus, back: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetActionStatus>::new();
    let error = action_error(action);
    let choices = ActionStatus::ALL
        .into_iter()
        .filter(|s| *s != status)
        .map(|s| (s.as_str(), action_status_name(i18n, s)))
        .collect::<Vec<_>>();
    // Radios written here, not with `RadioGroup`: each card's ids must differ on a page
    // with several actions.
    let radios = choices
        .into_iter()
        .map(|(value, label)| {
            let id = format!("f-status-{action_id}-{value}");
            view! {
                <label class="choice" for=id.clone()>
                    <input type="radio" id=id.clone() name="change[status]" value=value />
                    {label}
                </label>
            }
        })
        .collect_view();
    let why_id = format!("f-why-{action_id}");
    view! {
        <details>
            <summary>{i18n.t(T::ChangeActionStatus)}</summary>
            <FormErrors error labels=|i18n, field| i18n.t(if field == "why" { T::DroppedWhy } else { T::StatusWord }).to_owned()
                target=why_id.clone() />
            <ActionForm action attr:class="stack">
                <input type="hidden" name="action_id" value=action_id.clone() />
                <input type="hidden" name="back" value=back />
                <fieldset class="field choices">
                    <legend>{i18n.t(T::StatusWord)}</legend>
                    {radios}
                </fieldset>
                <div class="field">
                    <label for=why_id.clone()>{i18n.t(T::DroppedWhy)}</label>
                    <p class="hint">{i18n.t(T::DroppedWhyHint)}</p>
                    <textarea id=why_id name="change[why]" rows="2"></textarea>
                </div>
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveStatus)}</button>
                </div>
            </ActionForm>
        </details>
    }
}

#[component]
fn ReassignForm(action_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ReassignAction>::new();
    let error = action_error(action);
    let id = format!("f-owner-{action_id}");
    view! {
        <details>
            <summary>{i18n.t(T::ChangeOwner)}</summary>
            <FormErrors error labels=|i18n, _| i18n.t(T::ActionOwnerEmail).to_owned() target=id.clone() />
            <ActionForm action attr:class="stack">
                <input type="hidden" name="action_id" value=action_id />
                <div class="field">
                    <label for=id.clone()>{i18n.t(T::ActionOwnerEmail)}</label>
                    <input id=id name="owner" type="email" autocomplete="off" />
                </div>
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveOwner)}</button>
                </div>
            </ActionForm>
        </details>
    }
}
