//! Coach notes on a team or session page: the notes the viewer may read (each marked
//! private or shared) and, for the coach and organizers, the form to write one.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::domain::team::NoteVisibility;
use crate::features::coach_notes::{AddCoachNote, CoachNotes, NoteView, fetch_coach_notes};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::field::{Field, action_error, shown_value, successes};
use crate::ui::form_status::FormErrors;
use crate::ui::radio_group::RadioGroup;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "visibility" => T::NoteVisibilityLabel,
        _ => T::NoteBody,
    })
    .to_owned()
}

/// The notes of `team_id`; with `session_id`, only that session's, and new notes are tied
/// to it. `limit` keeps the team page short.
#[component]
pub fn CoachNotesSection(
    team_id: String,
    #[prop(optional)] session_id: Option<String>,
    #[prop(optional)] limit: Option<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddCoachNote>::new();
    let saved = successes(action);
    let notes = Resource::new(
        move || (team_id.clone(), saved.get()),
        |(team_id, _)| fetch_coach_notes(team_id),
    );
    view! {
        <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{i18n.t(T::CoachNotesHeading)}</h2>
            <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
                {
                    let session_id = session_id.clone();
                    move || {
                        let session_id = session_id.clone();
                        Suspend::new(async move {
                            // Outside the team there is nothing to show, not even an error.
                            notes.await.ok().map(|notes| view! { <Notes notes session_id limit action /> })
                        })
                    }
                }
            </Transition>
        </section>
    }
}

#[component]
fn Notes(
    notes: CoachNotes,
    session_id: Option<String>,
    limit: Option<usize>,
    action: ServerAction<AddCoachNote>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Saving without JavaScript comes back with `?noted=1`.
    let noted = use_query_map().read_untracked().get("noted").is_some();
    let shown: Vec<NoteView> = notes
        .notes
        .iter()
        .filter(|n| session_id.is_none() || n.session_id == session_id)
        .take(limit.unwrap_or(usize::MAX))
        .cloned()
        .collect();
    let list = if shown.is_empty() {
        view! { <p>{i18n.t(T::NoNotesYet)}</p> }.into_any()
    } else {
        let items = shown
            .into_iter()
            .map(|n| {
                let tag = match n.visibility {
                    NoteVisibility::CoachOnly => view! { <span class="tag tag--private">{i18n.t(T::PrivateTag)}</span> },
                    NoteVisibility::Team => view! { <span class="tag">{i18n.t(T::SharedTag)}</span> },
                };
                view! {
                    <li class="comment">
                        <p class="meta">{tag}" "{n.author_name.clone()}" · "{i18n.date_time(n.at)}</p>
                        <p class="pre-line">{n.body.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="comments">{items}</ul> }.into_any()
    };
    let form = notes.can_write.then(|| {
        let error = action_error(action);
        let choices = vec![
            (NoteVisibility::CoachOnly.as_str(), i18n.t(T::VisibilityCoach)),
            (NoteVisibility::Team.as_str(), i18n.t(T::VisibilityTeam)),
        ];
        view! {
            <FormErrors error labels=label />
            {move || (noted || action.value().get().is_some_and(|r| r.is_ok())).then(|| view! {
                <p class="alert alert--ok" role="status">{i18n.t(T::NoteSaved)}</p>
            })}
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="team_id" value=notes.team_id.clone() />
                <input type="hidden" name="session_id" value=session_id.clone().unwrap_or_default() />
                <Field name="body" form_name="note[body]".to_owned() label=i18n.t(T::NoteBody)
                    hint=T::NoteBodyHint error rows=3 value=shown_value(error, "body", String::new()) />
                <RadioGroup name="visibility" form_name="note[visibility]".to_owned()
                    legend=i18n.t(T::NoteVisibilityLabel) choices error
                    value=shown_value(error, "visibility", "coach".to_owned()) />
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveNote)}</button>
                </div>
            </ActionForm>
        }
    });
    view! {
        {list}
        {form}
    }
}
