//! Pieces several team screens show: the handover card, the line-up warning, a session's
//! time and attendance names.

use leptos::prelude::*;

use crate::domain::team::{Attendance, LineupChange};
use crate::features::teams::{HandoverView, SessionView};
use crate::i18n::{I18n, T, use_i18n};

pub fn attendance_label(i18n: I18n, attendance: Attendance) -> &'static str {
    i18n.t(match attendance {
        Attendance::Present => T::PresentLabel,
        Attendance::Away => T::AwayLabel,
        Attendance::Excused => T::ExcusedLabel,
    })
}

/// "Träff 3 · 26 oktober 2018, 13:00–15:00".
pub fn session_when(i18n: I18n, session: &SessionView) -> String {
    format!(
        "{} {} · {}, {}–{}",
        i18n.t(T::SessionNumber),
        session.number,
        i18n.date(session.date),
        session.starts_at,
        session.ends_at
    )
}

/// The three parts of a handover, with who wrote it.
#[component]
pub fn HandoverCard(handover: HandoverView, #[prop(into)] heading: String) -> impl IntoView {
    let i18n = use_i18n();
    let learned = (!handover.learned.is_empty()).then(|| {
        view! {
            <dt>{i18n.t(T::HandoverLearned)}</dt>
            <dd class="pre-line">{handover.learned.clone()}</dd>
        }
    });
    let byline = format!(
        "{} · {}",
        i18n.date(handover.date),
        handover.by_name.clone().unwrap_or_default()
    );
    view! {
        <section class="card handover" aria-labelledby=format!("h-{}", handover.session_id)>
            <h2 id=format!("h-{}", handover.session_id)>{heading}</h2>
            <p class="meta">{byline}</p>
            <dl>
                <dt>{i18n.t(T::HandoverDid)}</dt>
                <dd class="pre-line">{handover.did.clone()}</dd>
                {learned}
                <dt>{i18n.t(T::HandoverNext)}</dt>
                <dd class="pre-line">{handover.next_steps.clone()}</dd>
            </dl>
        </section>
    }
}

/// The warning that the line-up changed, naming who joined and who left.
#[component]
pub fn LineupNotice(changes: Vec<LineupChange>) -> impl IntoView {
    let i18n = use_i18n();
    (!changes.is_empty()).then(|| {
        let items = changes
            .into_iter()
            .map(|c| {
                let what = if c.joined {
                    i18n.t(T::JoinedOn)
                } else {
                    i18n.t(T::LeftOn)
                };
                view! { <li>{c.name}" "{what}" "{i18n.date(c.on)}</li> }
            })
            .collect_view();
        view! {
            <div class="alert alert--warning" role="note">
                <p><strong>{i18n.t(T::LineupChanged)}</strong></p>
                <ul>{items}</ul>
            </div>
        }
    })
}
