//! The HTML shell and the app: providers and the route table only (each page a lazy
//! route, see `pages.rs`).

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, SsrMode, path};

use crate::pages;

use crate::i18n::{I18n, T, current_lang};
use crate::ui::layout::{SiteFooter, SiteHeader};
use crate::ui::not_found::NotFoundPage;
use crate::ui::session::SessionProvider;

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = current_lang();
    let hydrates = request_path().is_none_or(|path| loads_app_code(&path));
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
                {hydrates.then(|| view! { <HydrationScripts options /> })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Whether a page loads the app's code (wasm). The pages a hall opens — the home page with
/// its "vote now" button, the voter's pages and the projector — are complete without it
/// (server-rendered links and forms), so they do not load it; following a link from them
/// to any other page loads the app there.
pub fn loads_app_code(path: &str) -> bool {
    use crate::features::vote::{is_projector_page, is_voter_page};
    path != "/" && !is_voter_page(path) && !is_projector_page(path)
}

/// The path of the page being rendered on the server.
fn request_path() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        use_context::<axum::http::request::Parts>().map(|parts| parts.uri.path().to_owned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
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
                        <Route path=path!("/") view={Lazy::<pages::HomeRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/sign-in") view={Lazy::<pages::SignInRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/sign-up") view={Lazy::<pages::SignUpRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/sign-in/oidc/callback") view={Lazy::<pages::ProviderCallbackRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/people") view={Lazy::<pages::PeopleRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/personuppgifter") view={Lazy::<pages::PrivacyRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/my/data") view={Lazy::<pages::MyDataRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/people/:id/data") view={Lazy::<pages::PersonDataRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/tillganglighet") view={Lazy::<pages::AccessibilityRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/tillganglighet/rapporter") view={Lazy::<pages::BarrierReportsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/audit") view={Lazy::<pages::AuditLogRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/people/:id/password") view={Lazy::<pages::PasswordLinkRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/aterstall/:token") view={Lazy::<pages::ResetPasswordRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds") view={Lazy::<pages::RoundsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/new") view={Lazy::<pages::NewRoundRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id") view={Lazy::<pages::RoundRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/edit") view={Lazy::<pages::EditRoundRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/board") view={Lazy::<pages::BoardRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/proposals/new") view={Lazy::<pages::NewProposalRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id") view={Lazy::<pages::ProposalRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/edit") view={Lazy::<pages::EditProposalRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/council") view={Lazy::<pages::CouncilRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/council") view={Lazy::<pages::CouncilProposalRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/signup") view={Lazy::<pages::SignupRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/signups") view={Lazy::<pages::SignupsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/my/proposals") view={Lazy::<pages::MyProposalsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/notifications") view={Lazy::<pages::NotificationsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote") view={Lazy::<pages::VoteAdminRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/codes") view={Lazy::<pages::CodeSheetRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/screen") view={Lazy::<pages::ProjectorRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/paper") view={Lazy::<pages::PaperRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/vote/results") view={Lazy::<pages::VoteResultsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/teams") view={Lazy::<pages::RoundTeamsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/team") view={Lazy::<pages::TeamFormRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id") view={Lazy::<pages::TeamPageViewRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/members") view={Lazy::<pages::TeamMembersRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/sessions/:session") view={Lazy::<pages::SessionRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/budget") view={Lazy::<pages::TeamBudgetRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/budgets") view={Lazy::<pages::BudgetsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/my/calendar") view={Lazy::<pages::MyCalendarRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/coach") view={Lazy::<pages::CoachRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/my/teams") view={Lazy::<pages::MyTeamsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/cards") view={Lazy::<pages::TeamCardsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/test-cards/:card") view={Lazy::<pages::TestCardFormRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/learning-cards/:card") view={Lazy::<pages::LearningCardFormRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/proposals/:id/follow-up") view={Lazy::<pages::FollowUpPageViewRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/my/follow-up") view={Lazy::<pages::MyFollowUpRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/follow-up") view={Lazy::<pages::OverdueRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/presentation") view={Lazy::<pages::AgendaRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/presentation/show") view={Lazy::<pages::ShowRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/dashboard") view={Lazy::<pages::DashboardRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/data") view={Lazy::<pages::DataPageViewRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/report") view={Lazy::<pages::ReportRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rounds/:id/retro") view={Lazy::<pages::RetroPageViewRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/learnings") view={Lazy::<pages::LibraryRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rosta") view={Lazy::<pages::BallotRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/rosta/tack") view={Lazy::<pages::ReceiptRoute>::new()} ssr=SsrMode::Async />
                    </Routes>
                </main>
                <SiteFooter />
            </SessionProvider>
        </Router>
    }
}
