//! The HTML shell and the app: providers and the route table only.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::i18n::{I18n, T, current_lang};
use crate::ui::components::layout::{SiteFooter, SiteHeader};
use crate::ui::components::session::SessionProvider;
use crate::ui::pages::{
    council, home::HomePage, not_found::NotFoundPage, notifications::NotificationsPage,
    people::PeoplePage, proposals, rounds, sign_in::SignInPage, sign_up::SignUpPage, signups,
    votes,
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = current_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = I18n(current_lang());
    provide_context(i18n);

    view! {
        <Stylesheet id="leptos" href="/pkg/idesluss.css" />
        <Title formatter=move |page: String| {
            if page.is_empty() {
                i18n.t(T::AppName).to_owned()
            } else {
                format!("{page} – {}", i18n.t(T::AppName))
            }
        } />
        // Pages render whole on the server (SsrMode::Async) so that they read complete
        // without JavaScript and can answer with the right status code.
        <Router>
            <SessionProvider>
                <a class="skip-link" href="#main">{i18n.t(T::SkipToContent)}</a>
                <SiteHeader />
                <main id="main" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                        <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async />
                        <Route path=path!("/sign-up") view=SignUpPage ssr=SsrMode::Async />
                        <Route path=path!("/people") view=PeoplePage ssr=SsrMode::Async />
                        <Route path=path!("/rounds") view=rounds::list::RoundsPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/new") view=rounds::new::NewRoundPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id") view=rounds::detail::RoundPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/edit") view=rounds::edit::EditRoundPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/board") view=proposals::board::BoardPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/proposals/new") view=proposals::new::NewProposalPage ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id") view=proposals::page::ProposalPage ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/edit") view=proposals::edit::EditProposalPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/council") view=council::overview::CouncilPage ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/council") view=council::proposal::CouncilProposalPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/signup") view=signups::form::SignupPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/signups") view=signups::list::SignupsPage ssr=SsrMode::Async />
                        <Route path=path!("/my/proposals") view=proposals::mine::MyProposalsPage ssr=SsrMode::Async />
                        <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote") view=votes::admin::VoteAdminPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/codes") view=votes::codes::CodeSheetPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/screen") view=votes::projector::ProjectorPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/paper") view=votes::paper::PaperPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/results") view=votes::results::VoteResultsPage ssr=SsrMode::Async />
                        <Route path=path!("/rosta") view=votes::ballot::BallotPage ssr=SsrMode::Async />
                        <Route path=path!("/rosta/tack") view=votes::receipt::ReceiptPage ssr=SsrMode::Async />
                    </Routes>
                </main>
                <SiteFooter />
            </SessionProvider>
        </Router>
    }
}
