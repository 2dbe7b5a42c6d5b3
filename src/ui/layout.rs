//! Header (brand, main menu, account, language) and footer of every page.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::session::use_user;
use crate::domain::Role;
use crate::domain::return_path::{path_with_query, sign_in_href};
use crate::i18n::{T, use_i18n};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let user = use_user();
    let member_links = move || {
        Suspend::new(async move {
            let Ok(Some(u)) = user.await else {
                return ().into_any();
            };
            let bell_label = format!(
                "{}, {} {}",
                i18n.t(T::NavNotifications),
                u.unread,
                i18n.t(T::UnreadSuffix)
            );
            view! {
                <li>
                    <A href="/my/proposals">{i18n.t(T::NavMyProposals)}</A>
                </li>
                <li>
                    <A href="/my/teams">{i18n.t(T::NavMyTeams)}</A>
                </li>
                <li>
                    <A href="/learnings">{i18n.t(T::LibraryLink)}</A>
                </li>
                <li>
                    <A href="/my/follow-up">{i18n.t(T::NavFollowUp)}</A>
                </li>
                {(u.has(Role::Coach) || u.has(Role::Organizer)).then(|| view! {
                    <li>
                        <A href="/coach">{i18n.t(T::NavCoach)}</A>
                    </li>
                })}
                <li>
                    <A href="/notifications" attr:aria-label=bell_label>
                        <BellIcon />
                        {i18n.t(T::NavNotifications)}
                        {(u.unread > 0).then(|| view! { " " <span class="count-badge" aria-hidden="true">{u.unread}</span> })}
                    </A>
                </li>
                {u.has(Role::Organizer).then(|| view! {
                    <li>
                        <A href="/dashboard">{i18n.t(T::NavDashboard)}</A>
                    </li>
                    <li>
                        <A href="/follow-up">{i18n.t(T::NavOverdue)}</A>
                    </li>
                    <li>
                        <A href="/people">{i18n.t(T::NavPeople)}</A>
                    </li>
                })}
            }
            .into_any()
        })
    };
    // Signing in from the header comes back to this page.
    let location = use_location();
    let sign_in_here = move || {
        sign_in_href(&path_with_query(
            &location.pathname.get(),
            &location.search.get(),
        ))
    };
    let account = move || {
        Suspend::new(async move {
            match user.await {
                Ok(Some(u)) => view! {
                    <span class="who">{i18n.t(T::SignedInAs)} " " <strong>{u.name}</strong></span>
                    <form method="post" action="/api/sign_out">
                        <button type="submit" class="button-link">{i18n.t(T::SignOut)}</button>
                    </form>
                }
                .into_any(),
                _ => view! {
                    <A href=sign_in_here>{i18n.t(T::NavSignIn)}</A>
                    <A href="/sign-up">{i18n.t(T::NavSignUp)}</A>
                }
                .into_any(),
            }
        })
    };
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="/">{i18n.t(T::AppName)}</a>
                <nav class="main-nav" aria-label=i18n.t(T::MainNavLabel)>
                    <ul>
                        <li>
                            <A href="/" exact=true>{i18n.t(T::NavHome)}</A>
                        </li>
                        <li>
                            <A href="/rounds">{i18n.t(T::NavRounds)}</A>
                        </li>
                        <Transition fallback=|| ()>{member_links}</Transition>
                    </ul>
                </nav>
                <div class="header-tools">
                    <Transition fallback=|| ()>{account}</Transition>
                    <LanguageSwitch />
                </div>
            </div>
        </header>
    }
}

/// A plain form: switching language reloads the page in the other language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let other = i18n.0.other();
    view! {
        <form method="post" action="/api/set_language">
            <input type="hidden" name="lang" value=other.code() />
            <button
                type="submit"
                class="button-link"
                lang=other.code()
                title=i18n.t(T::SwitchLanguageLabel)
            >
                {i18n.t(T::SwitchLanguage)}
            </button>
        </form>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{i18n.t(T::FooterText)}</p>
            <p>
                <a href="/personuppgifter">{i18n.t(T::PrivacyFooterLink)}</a>
                " · "
                <a href="/my/data">{i18n.t(T::MyDataTitle)}</a>
                " · "
                <a href="/tillganglighet">{i18n.t(T::A11yFooterLink)}</a>
            </p>
        </footer>
    }
}

/// A bell drawn in SVG (an emoji bell is an empty box where no emoji font is installed).
#[component]
fn BellIcon() -> impl IntoView {
    view! {
        <svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
            <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z" />
        </svg>
    }
}
