//! Every page as a lazy route: its code is a chunk of its own in the browser (cargo-leptos
//! `--split`), loaded when the page is first shown, so a phone opening the ballot loads the
//! ballot's code and not the organizers' pages. On the server nothing changes: the page
//! renders whole, as before.
//!
//! Built without `--split` the browser part would not start at all: every build of the app
//! that a browser loads is made with `cargo leptos build --split` (the scripts do).

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

use crate::features::accounts::pages::{
    password_link::PasswordLinkPage, provider_callback::ProviderCallbackPage,
    reset::ResetPasswordPage, sign_in::SignInPage, sign_up::SignUpPage,
};
use crate::features::notifications::pages::list::NotificationsPage;
use crate::features::people::pages::people::PeoplePage;
use crate::features::rounds::pages::home::HomePage;
use crate::features::{
    accessibility, audit, budget, calendar, council, dashboard, exports, followup, learnings,
    presentation, privacy, proposals, report, retro, rounds, signups, teams, vote,
};

/// `Name => Page`: a lazy route `Name` that shows the component `Page`.
macro_rules! lazy_pages {
    ($($route:ident => $page:path),* $(,)?) => {
        $(
            pub struct $route;

            #[lazy_route]
            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                fn view(_this: Self) -> AnyView {
                    $page().into_any()
                }
            }
        )*
    };
}

lazy_pages! {
    HomeRoute => HomePage,
    SignInRoute => SignInPage,
    SignUpRoute => SignUpPage,
    ProviderCallbackRoute => ProviderCallbackPage,
    PeopleRoute => PeoplePage,
    AuditLogRoute => audit::pages::log::AuditLogPage,
    PrivacyRoute => privacy::pages::policy::PrivacyPage,
    MyDataRoute => privacy::pages::my_data::MyDataPage,
    PersonDataRoute => privacy::pages::person::PersonDataPage,
    AccessibilityRoute => accessibility::pages::statement::AccessibilityStatementPage,
    BarrierReportsRoute => accessibility::pages::reports::BarrierReportsPage,
    PasswordLinkRoute => PasswordLinkPage,
    ResetPasswordRoute => ResetPasswordPage,
    RoundsRoute => rounds::pages::list::RoundsPage,
    NewRoundRoute => rounds::pages::new::NewRoundPage,
    RoundRoute => rounds::pages::detail::RoundPage,
    EditRoundRoute => rounds::pages::edit::EditRoundPage,
    BoardRoute => proposals::pages::board::BoardPage,
    NewProposalRoute => proposals::pages::new::NewProposalPage,
    ProposalRoute => proposals::pages::page::ProposalPage,
    EditProposalRoute => proposals::pages::edit::EditProposalPage,
    CouncilRoute => council::pages::overview::CouncilPage,
    CouncilProposalRoute => council::pages::proposal::CouncilProposalPage,
    SignupRoute => signups::pages::form::SignupPage,
    SignupsRoute => signups::pages::list::SignupsPage,
    MyProposalsRoute => proposals::pages::mine::MyProposalsPage,
    NotificationsRoute => NotificationsPage,
    VoteAdminRoute => vote::pages::admin::VoteAdminPage,
    CodeSheetRoute => vote::pages::codes::CodeSheetPage,
    ProjectorRoute => vote::pages::projector::ProjectorPage,
    PaperRoute => vote::pages::paper::PaperPage,
    VoteResultsRoute => vote::pages::results::VoteResultsPage,
    RoundTeamsRoute => teams::pages::round_teams::RoundTeamsPage,
    TeamFormRoute => teams::pages::form::TeamFormPage,
    TeamPageViewRoute => teams::pages::team::TeamPageView,
    TeamMembersRoute => teams::pages::members::TeamMembersPage,
    SessionRoute => teams::pages::session::SessionPage,
    TeamBudgetRoute => budget::pages::ledger::TeamBudgetPage,
    BudgetsRoute => budget::pages::overview::BudgetsPage,
    MyCalendarRoute => calendar::pages::links::MyCalendarPage,
    CoachRoute => teams::pages::coach::CoachPage,
    MyTeamsRoute => teams::pages::mine::MyTeamsPage,
    TeamCardsRoute => learnings::pages::cards::TeamCardsPage,
    TestCardFormRoute => learnings::pages::test_card_form::TestCardFormPage,
    LearningCardFormRoute => learnings::pages::learning_card_form::LearningCardFormPage,
    FollowUpPageViewRoute => followup::pages::proposal::FollowUpPageView,
    MyFollowUpRoute => followup::pages::mine::MyFollowUpPage,
    OverdueRoute => followup::pages::overdue::OverduePage,
    AgendaRoute => presentation::pages::agenda::AgendaPage,
    ShowRoute => presentation::pages::show::ShowPage,
    DashboardRoute => dashboard::pages::dashboard::DashboardPage,
    DataPageViewRoute => exports::pages::data::DataPageView,
    ReportRoute => report::pages::report::ReportPage,
    RetroPageViewRoute => retro::pages::retro::RetroPageView,
    LibraryRoute => learnings::pages::library::LibraryPage,
    BallotRoute => vote::pages::ballot::BallotPage,
    ReceiptRoute => vote::pages::receipt::ReceiptPage,
}
