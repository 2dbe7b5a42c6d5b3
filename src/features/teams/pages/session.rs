//! One session: the previous handover and any line-up change on top, then attendance, this
//! session's handover, and moving or cancelling it (with the trace of earlier changes).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::parts::{HandoverCard, LineupNotice, attendance_label, session_when};
use crate::domain::team::Attendance;
use crate::features::coach_notes::pages::notes::CoachNotesSection;
use crate::features::teams::{
    CancelSession, MoveSession, SaveAttendance, SaveHandover, SessionView, TeamPage, fetch_team,
};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, field_problem, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "did" => T::HandoverDid,
        "learned" => T::HandoverLearned,
        "next_steps" => T::HandoverNext,
        "date" => T::NewDate,
        "starts_at" => T::StartsAtLabel,
        "ends_at" => T::EndsAtLabel,
        "reason" | "cancel_reason" => T::ChangeReasonLabel,
        _ => T::AttendanceHeading,
    })
    .to_owned()
}

#[component]
pub fn SessionPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let location = use_location();
    let query = use_query_map();
    let team = Resource::new(
        // Keyed on the query too: a form that redirects back here (`?saved=1`) loads it anew.
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                location.search.get(),
            )
        },
        |(id, _)| fetch_team(id),
    );
    let session_id = move || params.read().get("session").unwrap_or_default();
    let done = move || {
        let q = query.read();
        [
            ("attendance", T::AttendanceSaved),
            ("handover", T::HandoverSaved),
            ("moved", T::SessionMovedNotice),
            ("cancelled", T::SessionCancelledNotice),
        ]
        .into_iter()
        .find(|(key, _)| q.get(key).is_some())
        .map(|(_, text)| text)
    };
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                let team = match team.await {
                    Ok(team) => team,
                    Err(error) => return view! { <ErrorView error /> }.into_any(),
                };
                let Some(session) = team.session(&session_id()).cloned() else {
                    return view! { <ErrorView error=crate::error::AppError::NotFound /> }.into_any();
                };
                if !team.viewer.sees_workspace() {
                    return view! { <ErrorView error=crate::error::AppError::Forbidden /> }.into_any();
                }
                view! { <Session team session done=done() /> }.into_any()
            })}
        </Transition>
    }
}

#[component]
fn Session(team: TeamPage, session: SessionView, done: Option<T>) -> impl IntoView {
    let i18n = use_i18n();
    let when = session_when(i18n, &session);
    let previous = team.handover_before(session.date).cloned();
    let changes = team.lineup_changes_before(session.date);
    let own = team.handover_of(&session.id).cloned();
    let runs = team.viewer.runs_team();
    let trace =
        (!session.changes.is_empty()).then(|| {
            let items = session
            .changes
            .iter()
            .map(|c| {
                let what = if c.cancelled {
                    format!("{} {} {}", i18n.t(T::CancelledWas), c.from_date, c.from_starts_at)
                } else {
                    format!(
                        "{} {} {} → {} {}",
                        i18n.t(T::MovedFrom),
                        c.from_date,
                        c.from_starts_at,
                        c.to_date.clone().unwrap_or_default(),
                        c.to_starts_at.clone().unwrap_or_default()
                    )
                };
                let by = c.by_name.clone().unwrap_or_default();
                view! { <li>{what}": "{c.reason.clone()}" ("{by}", "{i18n.date_time(c.at)}")"</li> }
            })
            .collect_view();
            view! {
                <section aria-labelledby="trace-heading">
                    <h2 id="trace-heading">{i18n.t(T::SessionTrace)}</h2>
                    <ul>{items}</ul>
                </section>
            }
        });
    view! {
        <Title text=when.clone() />
        <p class="breadcrumb">
            <a href=format!("/teams/{}", team.id)>{team.title.clone()}</a>
        </p>
        <h1>{when}</h1>
        {session.cancelled.then(|| view! { <p class="alert alert--warning">{i18n.t(T::CancelledTag)}</p> })}
        {done.map(|text| view! { <div class="alert alert--ok" role="status">{i18n.t(text)}</div> })}
        <LineupNotice changes />
        {previous.map(|handover| view! { <HandoverCard handover heading=i18n.t(T::PreviousHandover) /> })}
        {(runs && !session.cancelled).then(|| view! { <AttendanceForm team=team.clone() session=session.clone() /> })}
        {(!session.cancelled).then(|| view! { <HandoverForm session_id=session.id.clone() current=own /> })}
        <CoachNotesSection team_id=team.id.clone() session_id=session.id.clone() />
        {runs.then(|| view! { <MoveForm session=session.clone() /> })}
        {trace}
    }
}

#[component]
fn AttendanceForm(team: TeamPage, session: SessionView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveAttendance>::new();
    let error = action_error(action);
    // Everyone in the team on the session's day.
    let groups = team
        .members
        .iter()
        .filter(|m| m.joined_on <= session.date && m.left_on.is_none_or(|left| left > session.date))
        .enumerate()
        .map(|(i, m)| {
            let marked = session
                .marks
                .iter()
                .find(|(who, _)| *who == m.user_id)
                .map(|(_, a)| *a);
            let options = Attendance::ALL
                .into_iter()
                .map(|a| {
                    let id = format!("att-{i}-{}", a.as_str());
                    let label_for = id.clone();
                    view! {
                        <label class="choice" for=label_for>
                            <input type="radio" id=id name=format!("marks[{i}]")
                                value=format!("{}:{}", m.user_id, a.as_str()) checked=marked == Some(a) />
                            {attendance_label(i18n, a)}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field choices attendance">
                    <legend>{m.name.clone()}</legend>
                    {options}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="attendance-heading">
            <h2 id="attendance-heading">{i18n.t(T::AttendanceHeading)}</h2>
            <FormErrors error labels=label />
            <ActionForm action attr:class="stack">
                <input type="hidden" name="session_id" value=session.id.clone() />
                {groups}
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveAttendance)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn HandoverForm(
    session_id: String,
    current: Option<crate::features::teams::HandoverView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveHandover>::new();
    let error = action_error(action);
    let start = |text: Option<String>| text.unwrap_or_default();
    let did = shown_value(error, "did", start(current.as_ref().map(|h| h.did.clone())));
    let learned = shown_value(
        error,
        "learned",
        start(current.as_ref().map(|h| h.learned.clone())),
    );
    let next = shown_value(
        error,
        "next_steps",
        start(current.as_ref().map(|h| h.next_steps.clone())),
    );
    view! {
        <section aria-labelledby="handover-heading">
            <h2 id="handover-heading">{i18n.t(T::HandoverHeading)}</h2>
            <p class="hint">{i18n.t(T::HandoverIntro)}</p>
            <FormErrors error labels=label />
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="session_id" value=session_id />
                <Field name="did" form_name="handover[did]".to_owned() label=i18n.t(T::HandoverDid) error rows=3 value=did />
                <Field name="learned" form_name="handover[learned]".to_owned() label=i18n.t(T::HandoverLearned) error rows=3 value=learned />
                <Field name="next_steps" form_name="handover[next_steps]".to_owned() label=i18n.t(T::HandoverNext) error rows=3 value=next />
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveHandover)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn MoveForm(session: SessionView) -> impl IntoView {
    let i18n = use_i18n();
    let move_action = ServerAction::<MoveSession>::new();
    let move_error = action_error(move_action);
    let cancel_action = ServerAction::<CancelSession>::new();
    let cancel_error = action_error(cancel_action);
    let cancel_problem = field_problem(cancel_error, "cancel_reason");
    let value = move |field: &'static str, start: String| shown_value(move_error, field, start);
    let cancel_id = session.id.clone();
    view! {
        <section aria-labelledby="move-heading">
            <h2 id="move-heading">{i18n.t(T::MoveSessionHeading)}</h2>
            <FormErrors error=move_error labels=label />
            <ActionForm action=move_action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="session_id" value=session.id.clone() />
                <Field name="date" form_name="change[date]".to_owned() label=i18n.t(T::NewDate) error=move_error
                    value=value("date", session.date.to_string()) />
                <div class="date-pair">
                    <Field name="starts_at" form_name="change[starts_at]".to_owned() label=i18n.t(T::StartsAtLabel)
                        error=move_error inputmode="numeric" value=value("starts_at", session.starts_at.clone()) />
                    <Field name="ends_at" form_name="change[ends_at]".to_owned() label=i18n.t(T::EndsAtLabel)
                        error=move_error inputmode="numeric" value=value("ends_at", session.ends_at.clone()) />
                </div>
                <Field name="reason" form_name="change[reason]".to_owned() label=i18n.t(T::ChangeReasonLabel)
                    error=move_error value=value("reason", String::new()) />
                <div>
                    <button type="submit" class="secondary" disabled=move || move_action.pending().get()>{i18n.t(T::MoveSessionHeading)}</button>
                </div>
            </ActionForm>
        </section>
        {(!session.cancelled).then(move || view! {
            <section aria-labelledby="cancel-heading">
                <h2 id="cancel-heading">{i18n.t(T::CancelSessionHeading)}</h2>
                <ActionForm action=cancel_action attr:class="stack" attr:novalidate=true>
                    <input type="hidden" name="session_id" value=cancel_id />
                    <div class="field">
                        <label for="f-cancel_reason">{i18n.t(T::ChangeReasonLabel)}</label>
                        {move || cancel_problem.get().map(|p| view! { <p class="field-error" id="f-cancel_reason-error">{i18n.problem(p)}</p> })}
                        <input id="f-cancel_reason" name="reason" type="text"
                            aria-invalid=move || cancel_problem.get().is_some().then_some("true")
                            aria-describedby=move || cancel_problem.get().is_some().then_some("f-cancel_reason-error")
                            value=move || shown_value(cancel_error, "cancel_reason", String::new()).get() />
                    </div>
                    <div>
                        <button type="submit" class="danger" disabled=move || cancel_action.pending().get()>{i18n.t(T::CancelSessionHeading)}</button>
                    </div>
                </ActionForm>
            </section>
        })}
    }
}
