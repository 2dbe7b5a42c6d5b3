//! The bell's page: what happened to the viewer's proposals, newest first.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::features::notifications::{
    MarkNotificationsRead, NotificationKind, fetch_notifications,
};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::successes;
use crate::ui::stage_badge::StageBadge;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let mark = ServerAction::<MarkNotificationsRead>::new();
    let marked = successes(mark);
    let list = Resource::new(move || marked.get(), |_| fetch_notifications());
    view! {
        <Title text=i18n.t(T::NotificationsTitle) />
        <h1>{i18n.t(T::NotificationsTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(items) if items.is_empty() => view! { <p>{i18n.t(T::NoNotifications)}</p> }.into_any(),
                    Ok(items) => {
                        let any_unread = items.iter().any(|n| !n.read);
                        let rows = items
                            .into_iter()
                            .map(|n| {
                                let href = match &n.kind {
                                    NotificationKind::JoinedTeam { team_id }
                                    | NotificationKind::SessionTomorrow { team_id, .. } => format!("/teams/{team_id}"),
                                    NotificationKind::Decision => format!("/proposals/{}/follow-up", n.idea_id),
                                    NotificationKind::ActionAssigned
                                    | NotificationKind::CheckinDue
                                    | NotificationKind::ActionOverdue => "/my/follow-up".to_owned(),
                                    _ => format!("/proposals/{}", n.idea_id),
                                };
                                let what = match n.kind {
                                    NotificationKind::Stage(stage) => view! {
                                        " "{i18n.t(T::NotifMovedTo)}" "<StageBadge stage />
                                    }
                                    .into_any(),
                                    NotificationKind::Comment => view! { " "{i18n.t(T::NotifComment)} }.into_any(),
                                    NotificationKind::JoinedTeam { .. } => view! { " – "{i18n.t(T::NotifiedJoinedTeam)} }.into_any(),
                                    NotificationKind::SessionTomorrow { date, starts_at, .. } => view! {
                                        " – "{i18n.t(T::NotifiedSessionTomorrow)}" "{i18n.date(date)}" "{starts_at}
                                    }
                                    .into_any(),
                                    NotificationKind::Decision => view! { " – "{i18n.t(T::NotifiedDecision)} }.into_any(),
                                    NotificationKind::ActionAssigned => view! { " – "{i18n.t(T::NotifiedActionAssigned)} }.into_any(),
                                    NotificationKind::CheckinDue => view! { " – "{i18n.t(T::NotifiedCheckinDue)} }.into_any(),
                                    NotificationKind::ActionOverdue => view! { " – "{i18n.t(T::NotifiedActionOverdue)} }.into_any(),
                                };
                                view! {
                                    <li class=if n.read { "notification" } else { "notification notification--unread" }>
                                        {(!n.read).then(|| view! { <span class="badge badge--new">{i18n.t(T::NewBadge)}</span>" " })}
                                        <a href=href>{n.idea_title.clone()}</a>
                                        {what}
                                        <span class="meta">" · "{i18n.date_time(n.at)}</span>
                                    </li>
                                }
                            })
                            .collect_view();
                        view! {
                            {any_unread.then(|| view! {
                                <ActionForm action=mark>
                                    <button type="submit">{i18n.t(T::MarkAllRead)}</button>
                                </ActionForm>
                            })}
                            <ul class="notifications">{rows}</ul>
                        }
                        .into_any()
                    }
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}
