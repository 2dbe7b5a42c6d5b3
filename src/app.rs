//! The HTML shell and the app: providers and the route table only.

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::features::accounts::pages::{sign_in::SignInPage, sign_up::SignUpPage};
use crate::features::notifications::pages::list::NotificationsPage;
use crate::features::people::pages::people::PeoplePage;
use crate::features::rounds::pages::home::HomePage;
use crate::features::{
    budget, calendar, council, dashboard, exports, followup, learnings, presentation, proposals,
    report, retro, rounds, signups, teams, vote,
};
use crate::i18n::{I18n, T, current_lang};
use crate::ui::layout::{SiteFooter, SiteHeader};
use crate::ui::not_found::NotFoundPage;
use crate::ui::session::SessionProvider;

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
                <link rel="manifest" href="/manifest.webmanifest" />
                <link rel="apple-touch-icon" href="/icons/icon-192.png" />
                <meta name="theme-color" content="#0b5cad" />
                // Hashed names (cargo-leptos `hash-files`) let browsers keep the files a year.
                <HashedStylesheet options=options.clone() id="leptos" />
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
                        <Route path=path!("/rounds") view=rounds::pages::list::RoundsPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/new") view=rounds::pages::new::NewRoundPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id") view=rounds::pages::detail::RoundPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/edit") view=rounds::pages::edit::EditRoundPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/board") view=proposals::pages::board::BoardPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/proposals/new") view=proposals::pages::new::NewProposalPage ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id") view=proposals::pages::page::ProposalPage ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/edit") view=proposals::pages::edit::EditProposalPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/council") view=council::pages::overview::CouncilPage ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/council") view=council::pages::proposal::CouncilProposalPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/signup") view=signups::pages::form::SignupPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/signups") view=signups::pages::list::SignupsPage ssr=SsrMode::Async />
                        <Route path=path!("/my/proposals") view=proposals::pages::mine::MyProposalsPage ssr=SsrMode::Async />
                        <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote") view=vote::pages::admin::VoteAdminPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/codes") view=vote::pages::codes::CodeSheetPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/screen") view=vote::pages::projector::ProjectorPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/paper") view=vote::pages::paper::PaperPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/results") view=vote::pages::results::VoteResultsPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/teams") view=teams::pages::round_teams::RoundTeamsPage ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/team") view=teams::pages::form::TeamFormPage ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id") view=teams::pages::team::TeamPageView ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/members") view=teams::pages::members::TeamMembersPage ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/sessions/:session") view=teams::pages::session::SessionPage ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/budget") view=budget::pages::ledger::TeamBudgetPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/budgets") view=budget::pages::overview::BudgetsPage ssr=SsrMode::Async />
                        <Route path=path!("/my/calendar") view=calendar::pages::links::MyCalendarPage ssr=SsrMode::Async />
                        <Route path=path!("/coach") view=teams::pages::coach::CoachPage ssr=SsrMode::Async />
                        <Route path=path!("/my/teams") view=teams::pages::mine::MyTeamsPage ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/cards") view=learnings::pages::cards::TeamCardsPage ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/test-cards/:card") view=learnings::pages::test_card_form::TestCardFormPage ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/learning-cards/:card") view=learnings::pages::learning_card_form::LearningCardFormPage ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/follow-up") view=followup::pages::proposal::FollowUpPageView ssr=SsrMode::Async />
                        <Route path=path!("/my/follow-up") view=followup::pages::mine::MyFollowUpPage ssr=SsrMode::Async />
                        <Route path=path!("/follow-up") view=followup::pages::overdue::OverduePage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/presentation") view=presentation::pages::agenda::AgendaPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/presentation/show") view=presentation::pages::show::ShowPage ssr=SsrMode::Async />
                        <Route path=path!("/dashboard") view=dashboard::pages::dashboard::DashboardPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/data") view=exports::pages::data::DataPageView ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/report") view=report::pages::report::ReportPage ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/retro") view=retro::pages::retro::RetroPageView ssr=SsrMode::Async />
                        <Route path=path!("/learnings") view=learnings::pages::library::LibraryPage ssr=SsrMode::Async />
                        <Route path=path!("/rosta") view=vote::pages::ballot::BallotPage ssr=SsrMode::Async />
                        <Route path=path!("/rosta/tack") view=vote::pages::receipt::ReceiptPage ssr=SsrMode::Async />
                    </Routes>
                </main>
                <SiteFooter />
            </SessionProvider>
        </Router>
    }
}
