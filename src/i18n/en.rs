//! English, for staff who prefer it.

use super::T;
use crate::domain::Problem;
use crate::domain::round::{Phase, RoundFormat};

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn text(key: T) -> &'static str {
    match key {
        T::AppName => "Idesluss",
        T::AppTagline => "The idea lab's Bootcamp for social services",
        T::SkipToContent => "Skip to content",
        T::MainNavLabel => "Main menu",
        T::NavHome => "Home",
        T::NavRounds => "Rounds",
        T::NavPeople => "People",
        T::NavSignIn => "Sign in",
        T::NavSignUp => "Create account",
        T::SignOut => "Sign out",
        T::SignedInAs => "Signed in as",
        T::SwitchLanguage => "På svenska",
        T::SwitchLanguageLabel => "Byt till svenska",
        T::FooterText => {
            "Idesluss – ideas tested for real. Never write service users' personal data here."
        }
        T::Loading => "Loading …",
        T::HomeTitle => "Bootcamp for new ways of working",
        T::HomeIntro => {
            "Submit ideas, vote at the staff days and test ideas in small teams with a coach from the idea lab."
        }
        T::CurrentRound => "Current round",
        T::NoRoundsYet => "There is no round yet.",
        T::PhaseTimeline => "Timeline",
        T::StatusNotStarted => "Not started",
        T::StatusInPhase => "Now:",
        T::StatusBetween => "Next:",
        T::StatusFinished => "Finished",
        T::PhaseNow => "now",
        T::PhaseDone => "done",
        T::PhaseComing => "upcoming",
        T::OtherRounds => "All rounds",
        T::PhaseSubmission => "Proposals submitted",
        T::PhaseCouncil => "Council meeting",
        T::PhaseVote => "Vote at the staff days",
        T::PhaseBootcamp => "Bootcamp",
        T::PhaseFinal => "Final presentation",
        T::PhaseFollowUp => "Follow-up",
        T::CategoryExplore => "Explore",
        T::CategoryTest => "Test",
        T::CategoryScale => "Scale up",
        T::RoleStaff => "Staff",
        T::RoleCouncilMember => "Council member",
        T::RoleCoach => "Coach",
        T::RoleOrganizer => "Organizer",
        T::Monday => "Monday",
        T::Tuesday => "Tuesday",
        T::Wednesday => "Wednesday",
        T::Thursday => "Thursday",
        T::Friday => "Friday",
        T::RoundsTitle => "Rounds",
        T::NewRound => "New round",
        T::EditRound => "Edit round",
        T::RoundName => "Name",
        T::RoundFormatLabel => "Format",
        T::FormatWeekly => "Weekly sessions",
        T::FormatIntensive => "One intensive week",
        T::Weekday => "Weekday",
        T::SessionHours => "Hours per session",
        T::Weeks => "Number of weeks",
        T::IntensiveDays => "Number of days (intensive week)",
        T::DefaultBudget => "Budget per team (SEK)",
        T::DefaultBudgetHint => "Money the team spends during the Bootcamp, e.g. 5 000.",
        T::PhaseDates => "Dates of each phase",
        T::PhaseStart => "From",
        T::PhaseEnd => "To",
        T::CreateRound => "Create round",
        T::SaveRound => "Save changes",
        T::RoundSaved => "The round is saved.",
        T::RoundIdeas => "Proposals",
        T::NoIdeasYet => "No proposals yet.",
        T::Edit => "Edit",
        T::Format => "Format",
        T::SignUpTitle => "Create account",
        T::SignInTitle => "Sign in",
        T::Name => "Name",
        T::Email => "E-mail",
        T::Password => "Password",
        T::PasswordHint => "At least 10 characters. A sentence you remember works well.",
        T::CreateAccount => "Create account",
        T::SignInButton => "Sign in",
        T::NoAccountYet => "No account yet? Create one",
        T::HaveAccount => "Already have an account? Sign in",
        T::PeopleTitle => "People and roles",
        T::PeopleIntro => "Everyone signed in is staff. Roles add rights.",
        T::Roles => "Roles",
        T::Grant => "Grant role",
        T::Revoke => "Revoke role",
        T::PrivacyTitle => "How personal data is handled",
        T::PrivacyIntro => {
            "Idésluss is used by the social services' staff to submit ideas, score them, vote and test them in teams. The department is the data controller. This page says what is stored about you, why, for how long and whom to ask."
        }
        T::PrivacyWhatTitle => "What is stored",
        T::PrivacyWhatAccount => {
            "Your account: name, e-mail address, roles, and a password stored only as a hash (argon2id), never as text. If you sign in with the municipality's account, the name and confirmed e-mail address come from there, and no password is stored."
        }
        T::PrivacyWhatWork => {
            "What you do in the service: proposals you submitted or stand behind, comments, the council's scores, Bootcamp sign-ups, team memberships, coach notes, expenses and receipts, learning cards and follow-ups, and notifications to you."
        }
        T::PrivacyWhatTechnical => {
            "Technical: sign-ins (only a hash of their key), counters against abuse (only hashes, no addresses), and a log of important changes (who, what, when)."
        }
        T::PrivacyWhatNotBallots => {
            "Ballots are never stored with who cast them: neither the ballot nor the log says who chose what."
        }
        T::PrivacyWhyTitle => "Why",
        T::PrivacyWhyText => {
            "To run the department's idea testing (a task in the public interest): ideas can be followed from proposal to decision and follow-up, and it can be seen who decided what."
        }
        T::PrivacyHowLongTitle => "For how long",
        T::PrivacyHowLongText => {
            "Sign-ins end after eight hours without use and after 30 days at most. A coach's private notes are deleted automatically a year after the round's follow-up ends (configurable). Accounts and what you wrote stay until you or an organizer asks for erasure; the log is kept as an audit trail."
        }
        T::PrivacySecrecyTitle => "The secrecy guard",
        T::PrivacySecrecyText => {
            "Idésluss is not for information about service users. Every free-text field stops text that looks like a personal identity number, with a message saying why. Write about service users so that nobody can be recognised."
        }
        T::PrivacyRightsTitle => "Your rights",
        T::PrivacyRightsText => {
            "You can download everything stored about you under My data. If you want something corrected or erased, ask the Bootcamp's organizers; they can also download the data for you. On erasure the name, e-mail and password go; proposals and comments stay under \"Former staff member\" unless you ask for them to go too. Questions can also go to the department's data protection officer, and complaints to the Swedish Authority for Privacy Protection (IMY)."
        }
        T::PrivacyFooterLink => "Personal data",
        T::MyDataTitle => "My data",
        T::MyDataText => {
            "Download everything stored about you here: your account and everything in the service that names you, as a readable JSON file."
        }
        T::MyDataDownload => "Download my data (JSON)",
        T::PersonDataTitle => "Personal data of a person",
        T::PersonDataDownload => "Download the person's data (JSON)",
        T::EraseTitle => "Erase the account",
        T::EraseText => {
            "The name, e-mail and password are erased, with sign-ins, links, calendar keys, notifications and sign-ups. Proposals, scores and cards stay under \"Former staff member\". It cannot be undone."
        }
        T::EraseComments => "Also remove the person's comments",
        T::EraseConfirm => "I understand that the erasure cannot be undone",
        T::EraseButton => "Erase the account",
        T::Erased => "The account is erased.",
        T::PersonDataLink => "Personal data",
        T::AuditAccountErased => "Account erased",
        T::AuditPrivateNotesDeleted => "Private notes deleted",
        T::AuditAccountMadeBySignIn => "Account made at sign-in with the municipality's account",
        T::AuditAccountLinkedToProvider => {
            "Account linked to the municipality's sign-in (password removed)"
        }
        T::AuditSignInRefused => "Sign-in with the municipality's account refused",
        T::SignInWithProvider => "Sign in with the municipality's account",
        T::OrWithPassword => "Or with e-mail and password (if you are outside the municipality)",
        T::ProviderSignInTitle => "Signing in with the municipality's account",
        T::ProviderSignInAgain => "Try again",
        T::ProviderSignUpHint => {
            "Do you work for the municipality? Sign in with the municipality's account instead, and your account is made without a password."
        }
        T::ProviderMakesAccounts => {
            "Accounts are made here the first time you sign in with the municipality's account. Passwords are not used."
        }
        T::A11yTitle => "Accessibility statement",
        T::A11yIntro => {
            "Idésluss is run by the municipality's social services. We want as many people as possible to be able to use it, on phones and computers, with a keyboard, screen readers and magnification. This statement describes how Idésluss meets the Swedish act (2018:1937) on accessibility of digital public services, the known shortcomings, and how to report a problem so that we can fix it."
        }
        T::A11yHowTitle => "How accessible is the service?",
        T::A11yHowText => {
            "The service partially complies with the act, because of the shortcomings described below. We follow WCAG 2.1 level AA (the EN 301 549 standard)."
        }
        T::A11yKnownTitle => "Content that is not accessible",
        T::A11yKnownSession => {
            "A sign-in ends after eight hours without use, without a warning, and text that was not saved may then have to be typed again (WCAG 2.2.1, timing adjustable). Save drafts often."
        }
        T::A11yKnownUploads => {
            "Receipts and other files people upload (photos, PDFs) are not checked for accessibility. The amount, date and description are always there as text beside them."
        }
        T::A11yKnownKeyboard => {
            "We have not yet walked every flow with the keyboard alone. The main flows (submitting a proposal, voting, the projector) are tested automatically; others may have focus-order shortcomings."
        }
        T::A11yReportTitle => "Report accessibility problems",
        T::A11yReportText => {
            "Do you run into a problem that is not described here, or do you think we do not meet the act? Tell us in the form. It goes to the Bootcamp's organizers, who answer within two weeks if you leave contact details. You do not need to be signed in."
        }
        T::A11yPageLabel => "Page or feature (optional)",
        T::A11yDescriptionLabel => "What did not work?",
        T::A11yDescriptionHint => {
            "Describe what you tried to do and what happened. Do not write identity numbers or anything about service users."
        }
        T::A11yContactLabel => "How do we reach you? (optional)",
        T::A11ySend => "Send the report",
        T::A11ySent => "Thank you! The report has been sent to the organizers.",
        T::A11ySupervisionTitle => "Enforcement",
        T::A11ySupervisionText => {
            "The Agency for Digital Government (Digg) supervises the act on accessibility of digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them."
        }
        T::A11yDiggLink => "Report to Digg (digg.se/tdosanmalan)",
        T::A11yTestedTitle => "How we tested the service",
        T::A11yTestedText => {
            "We reviewed the service ourselves. Every change is tested automatically in a browser with and without JavaScript, where forms, headings and buttons are found by their labels and roles, and the ballot, the home page and the projector are measured with Lighthouse (100 of 100 for accessibility). This statement was last updated on 6 December 2026."
        }
        T::A11yFooterLink => "Accessibility",
        T::BarrierReportsTitle => "Reported accessibility problems",
        T::BarrierReportsEmpty => "No reports yet.",
        T::BarrierHandled => "Handled",
        T::BarrierMarkHandled => "Mark as handled",
        T::BarrierAnonymous => "Not signed in",
        T::BarrierReportsLink => "Reported accessibility problems",
        T::AuditTitle => "Audit log",
        T::AuditIntro => {
            "Who did what and when. The log is only ever added to, never changed or deleted. Ballots are logged without names."
        }
        T::AuditAt => "Time",
        T::AuditActor => "Who",
        T::AuditAction => "Event",
        T::AuditSubject => "What",
        T::AuditPerson => "About person",
        T::AuditRound => "Round",
        T::AuditDetails => "Details",
        T::AuditAllKinds => "All events",
        T::AuditFrom => "From date",
        T::AuditTo => "To date",
        T::AuditShow => "Show",
        T::AuditDownload => "Download as CSV",
        T::AuditEmpty => "No events match.",
        T::AuditFilterInvalid => {
            "The filter could not be read: choose an event from the list and dates as YYYY-MM-DD."
        }
        T::AuditFormerStaff => "Former staff member",
        T::AuditNobody => "Nobody (anonymous)",
        T::AuditShowingNewest => "Showing the newest 500. The CSV file has them all.",
        T::AuditStageChanged => "Proposal moved",
        T::AuditVoteSaved => "Vote saved",
        T::AuditVoteOpened => "Vote opened",
        T::AuditVoteClosed => "Vote closed",
        T::AuditBallotsCast => "Ballots cast",
        T::AuditSelectionConfirmed => "Selection confirmed",
        T::AuditCodesMade => "Voter codes made",
        T::AuditRoleGranted => "Role granted",
        T::AuditRoleRevoked => "Role revoked",
        T::AuditSignUpRuleChanged => "Sign-up rule changed",
        T::AuditBudgetChanged => "Budget changed",
        T::AuditExpenseDecided => "Expense decided",
        T::AuditFollowUpDecided => "Follow-up decision",
        T::AuditExported => "Export",
        T::AuditPasswordLinkMade => "Password link made",
        T::AuditPasswordSetByLink => "Password set through a link",
        T::PasswordLinkTitle => "Link for a new password",
        T::PasswordLinkButton => "New password",
        T::BackToPeople => "Back to people and roles",
        T::PasswordLinkIntro => {
            "Make a link the person opens to choose a new password. It works for an hour and once. Using it signs the person out on every other device. A new link replaces the previous one."
        }
        T::PasswordLinkMake => "Make a new link",
        T::PasswordLinkMade => "The link (works for an hour, once)",
        T::PasswordLinkHandOver => {
            "Give the link directly to the person, for example in a chat message to their own account. The link is shown only here, now."
        }
        T::ResetTitle => "Choose a new password",
        T::ResetFor => "Account:",
        T::ResetSignsOutElsewhere => {
            "When you save, the account is signed out on every other device, and you are signed in here."
        }
        T::ResetPasswordLabel => "New password",
        T::ResetButton => "Save the password and sign in",
        T::FormHasErrors => "Something needs fixing. See the marked fields below.",
        T::ErrorTitle => "Something went wrong",
        T::NotFoundTitle => "Page not found",
        T::NotFoundText => "We cannot find what you are looking for. Check the address.",
        T::ForbiddenTitle => "Not allowed",
        T::ForbiddenText => "This page needs a role you do not have. Ask an organizer.",
        T::SignInRequiredTitle => "Sign in first",
        T::SignInRequiredText => "You need to be signed in to see this page.",
        T::ConflictText => "This clashes with something that already exists.",
        T::BadRequestText => "The request could not be understood.",
        T::InternalErrorText => "An unexpected error occurred. Please try again shortly.",
        T::TryAgain => "Try again",
        T::UnavailableText => {
            "Idesluss cannot reach its database right now. Wait a few seconds and try again."
        }
        T::UnavailableTitle => "Please try again in a moment",
        T::BackHome => "Back to the home page",
        T::NavMyProposals => "My proposals",
        T::NavNotifications => "Notifications",
        T::UnreadSuffix => "unread",
        T::BoardTitle => "Proposal board",
        T::OpenBoard => "Open the proposal board",
        T::SubmitNewProposal => "Submit a proposal",
        T::NewProposalTitle => "New proposal",
        T::EditProposalTitle => "Work on the proposal",
        T::ProposalTitleLabel => "Title",
        T::ProposalTitleHint => "One short sentence that says what the idea is.",
        T::ProblemLabel => "The problem – and for whom?",
        T::ProblemHint => {
            "What does not work today, for whom, and how does it show? At least 15 words."
        }
        T::PerspectiveLabel => "Whose perspective is the proposal from?",
        T::PerspectiveServiceUsers => "Service users'",
        T::PerspectiveStaff => "Staff's",
        T::PerspectiveBoth => "Both",
        T::IdeaLabel => "The idea",
        T::IdeaHint => "What would you do differently? At least 15 words.",
        T::FirstTestLabel => "What would we test first?",
        T::FirstTestHint => {
            "The smallest try that tells us something, e.g. one unit for four weeks. At least 8 words."
        }
        T::SuccessSignalLabel => "What would show that it works?",
        T::SuccessSignalHint => {
            "A concrete delivery goal, ideally with a number. At least 8 words."
        }
        T::CategoryLabel => "Suggested category",
        T::CategoryHint => {
            "Explore: understand the problem. Test: try a solution. Scale: spread something that works."
        }
        T::UnitLabel => "Unit",
        T::CoProposersLabel => "Co-proposers (optional)",
        T::CoProposersHint => {
            "Colleagues' e-mail addresses, separated by commas. They need an account here."
        }
        T::ChooseOne => "Choose …",
        T::SaveDraft => "Save draft",
        T::SubmitProposal => "Submit the proposal",
        T::ResubmitProposal => "Submit again",
        T::DraftSaved => "The draft is saved. You will find it under My proposals.",
        T::SecrecyNotice => {
            "Never write personal identity numbers or anything else that could identify a service user."
        }
        T::SubmissionWindow => "Submission",
        T::SubmissionClosedNotice => {
            "Submission is not open now. You can save drafts and submit when it opens."
        }
        T::QuestionToYou => "A question for you",
        T::GuideTitle => "How complete is the proposal?",
        T::GuidePartsDone => "parts done",
        T::GuideMissing => "missing",
        T::GuideDone => "done",
        T::Proposer => "Proposer",
        T::CoProposers => "Together with",
        T::History => "History",
        T::CommentsTitle => "Questions and comments",
        T::NoComments => "No comments yet.",
        T::CommentLabel => "Write a question or comment",
        T::SendComment => "Send",
        T::MoveTitle => "Move the proposal",
        T::ReasonLabel => "Rationale or question",
        T::ReasonHint => {
            "Required for a question and for the council's decision. The proposer sees the text."
        }
        T::SentIn => {
            "The proposal is submitted. You will get a notification when something happens."
        }
        T::Moved => "The proposal has been moved.",
        T::StageLabel => "Stage",
        T::ProposalBy => "by",
        T::FilterAll => "All",
        T::FilterSearch => "Search text",
        T::ApplyFilters => "Show",
        T::ViewColumns => "Columns",
        T::ViewList => "List",
        T::ViewChoice => "Show as",
        T::ProposalsShown => "proposals shown",
        T::NoCards => "No proposals.",
        T::TitleColumn => "Proposal",
        T::MyProposalsTitle => "My proposals",
        T::NoMyProposals => "You have no proposals yet. Submit one from a round's page.",
        T::LatestNote => "Latest",
        T::Updated => "Updated",
        T::NotificationsTitle => "Notifications",
        T::NoNotifications => "No notifications.",
        T::MarkAllRead => "Mark all as read",
        T::NotifMovedTo => "moved to",
        T::NotifComment => "got a new comment",
        T::NewBadge => "New",
        T::Open => "Open",
        T::StageDraft => "Draft",
        T::StageSubmitted => "Submitted",
        T::StageNeedsDetail => "Needs more detail",
        T::StageShortlisted => "Shortlisted",
        T::StageNotShortlisted => "Not shortlisted",
        T::StageOnBallot => "On the ballot",
        T::StageSelected => "Selected",
        T::StageNotSelected => "Not selected",
        T::StageInTest => "In test",
        T::StageLearnings => "Learnings",
        T::StageFollowUp => "Follow-up",
        T::ActionSubmit => "Submitted",
        T::ActionResubmit => "Submitted again",
        T::ActionAskForDetail => "Ask for more detail",
        T::ActionShortlist => "Shortlist (council decision)",
        T::ActionDecline => "Decline (council decision)",
        T::ActionPutOnBallot => "Put on the ballot",
        T::ActionSelect => "Mark as selected",
        T::ActionNotSelect => "Mark as not selected",
        T::ActionStartTest => "Start the test",
        T::ActionRecordLearnings => "Move to learnings",
        T::ActionStartFollowUp => "Move to follow-up",
        T::CouncilTitle => "Council meeting",
        T::OpenCouncil => "Go to the council meeting",
        T::CriteriaLabel => "Criteria, one per line",
        T::CriteriaHint => "At most six. The council scores each 1–5.",
        T::SaveCriteria => "Save criteria",
        T::CriteriaLocked => "The criteria are locked because the council has started scoring.",
        T::CriteriaSaved => "The criteria are saved.",
        T::ScoredByCount => "scores",
        T::ScoredByYou => "You have scored",
        T::NotScoredByYou => "You have not scored",
        T::ScoreThis => "Score",
        T::SeeScores => "See scores and decide",
        T::ScoreScaleHint => "1 = little, 5 = a lot",
        T::CouncilComment => "Comment to the council (optional)",
        T::SaveScore => "Save scores",
        T::ScoreSaved => "Your scores are saved.",
        T::OthersHidden => "You will see the others' scores once you have given yours.",
        T::Mean => "Mean",
        T::Spread => "Spread",
        T::CouncilScores => "The council's scores",
        T::Criterion => "Criterion",
        T::CouncilMember => "Council member",
        T::CommentColumn => "Comment",
        T::DecisionTitle => "The council's decision",
        T::NoCouncilProposals => "No submitted proposals yet.",
        T::NoScoresYet => "No scores yet.",
        T::SignupTitle => "Sign up for a test team",
        T::SignupIntro => {
            "If you want to help test ideas in the bootcamp, sign up here. You can change your answers until the bootcamp starts."
        }
        T::InterestsLabel => "What would you most like to test?",
        T::AvailabilityLabel => "How much time can you give?",
        T::AvailHours => "A number of hours a week",
        T::AvailIntensive => "The whole intensive week",
        T::HoursPerWeekLabel => "Hours per week",
        T::HoursHint => "Last time two hours a week was too little; four give time to get going.",
        T::ManagerLabel => "Has your manager agreed that you take part?",
        T::ManagerAgreed => "Yes, my manager agreed",
        T::ManagerNotAgreed => "No, not agreed",
        T::ManagerNotAsked => "Not asked yet",
        T::SignupNote => "Anything else? (optional)",
        T::SignupNoteHint => "For example which proposals you would most like to test.",
        T::SaveSignup => "Send sign-up",
        T::SignupSaved => {
            "Thank you! Your sign-up is saved. You can change it until the bootcamp starts."
        }
        T::SignupClosedNotice => "Sign-up is closed for this round.",
        T::SignupsTitle => "Sign-ups for test teams",
        T::NoSignups => "No sign-ups yet.",
        T::ExportCsv => "Download as CSV",
        T::OpenSignup => "Sign up for a test team",
        T::OpenSignups => "See sign-ups",
        T::SignedUpAt => "Signed up",
        T::PersonColumn => "Person",
        T::VoteTitle => "Vote",
        T::OpenVoteAdmin => "Vote",
        T::GoVote => "Vote",
        T::VoteSaved => "The vote has been saved.",
        T::CodesMade => "New voter codes:",
        T::NothingShortlistedYet => {
            "No proposals are shortlisted yet. Once the council has shortlisted proposals you can create the vote here."
        }
        T::NewVoteIntro => {
            "The vote takes every shortlisted proposal. They move to “On the ballot” when you create it."
        }
        T::ShortlistHeading => "Shortlisted proposals",
        T::VoteRulesHeading => "Rules",
        T::CreateVote => "Create the vote",
        T::SaveVoteRules => "Save the rules",
        T::VotesPerVoterLabel => "Votes per person",
        T::VotesPerVoterHint => "At most one vote per proposal. Empty means 3.",
        T::WinnersPerCategoryLabel => "Winners per category",
        T::WinnersPerCategoryHint => {
            "Optional, for example 2. Empty means you choose freely from the results."
        }
        T::LiveTotalsLabel => "Show live totals on the projector while voting is open",
        T::OpensAtLabel => "Opens",
        T::OpensAtHint => "Optional. Empty: you open it with the button.",
        T::ClosesAtLabel => "Closes",
        T::ClosesAtHint => "Optional. Empty: you close it with the button.",
        T::NotScheduled => "Not set",
        T::VoteNotOpenStatus => "Voting has not opened",
        T::VoteOpenStatus => "Voting is open",
        T::VoteClosedStatus => "Voting is closed",
        T::OpenVoteNow => "Open voting now",
        T::CloseVoteNow => "Close voting now",
        T::BallotsCast => "Ballots cast",
        T::CodesUsed => "Voter codes used",
        T::StaffVoted => "Signed-in staff who voted",
        T::OpenProjector => "Projector view",
        T::PrintCodes => "Print voter codes",
        T::OpenResults => "Results",
        T::JoinAddressIs => "Address for voting:",
        T::VoterCodesHeading => "Voter codes",
        T::VoterCodesIntro => {
            "Voter codes are for people who do not sign in. Each code is good for one ballot. Make as many as you need and print the cards."
        }
        T::CodeCountLabel => "Number of new codes",
        T::CodeCountHint => "1–5,000 at a time.",
        T::MakeCodes => "Make codes",
        T::OnBallotHeading => "On the ballot",
        T::Yes => "Yes",
        T::No => "No",
        T::PreviousSheet => "Previous sheet",
        T::NextSheet => "Next sheet",
        T::NoCodesYet => "No voter codes have been made yet.",
        T::CardsNumbered => "Cards",
        T::OfTotal => "of",
        T::PrintHint => {
            "Print with the browser’s print command (Ctrl+P). No card is split across pages."
        }
        T::YourVoterCode => "Your voter code",
        T::ScanOrGoTo => "Scan the QR code or go to",
        T::CodeUsedMark => "used",
        T::VoterCodeLabel => "Voter code",
        T::VoterCodeHint => "The code is on your card, for example ABCD-EFGH.",
        T::JoinIntro => "Type the code from your voting card, or scan the QR code on the card.",
        T::Continue => "Continue",
        T::SignedInVoting => "Vote as signed in",
        T::VoteSignedIn => "Vote",
        T::YouHaveVoted => "You have voted.",
        T::YourChoices => "Your choices",
        T::OfWord => "of",
        T::ChosenWord => "chosen",
        T::BallotFixHint => r#"Change your ticks and press "Review my choices" again."#,
        T::VoteWithCodeOnly => "In this vote you vote with a voter code from a card.",
        T::CodesNotForYou => "Voter codes are for people without an account.",
        T::VoteAccessLabel => r#"Who may vote"#,
        T::VoteAccessHint => {
            r#"Voter codes reach everyone, also people without an account or voting on paper, but a code passed on can be used by someone else. Accounts give one ballot per account, but only as long as nobody has several accounts (see allowed e-mail domains on the People page). With both, a signed-in person cannot use a code: codes are for people without an account."#
        }
        T::VoteAccessCodes => r#"Voter codes only"#,
        T::VoteAccessAccounts => r#"Signed-in accounts only"#,
        T::VoteAccessBoth => r#"Both: accounts, and codes for people without one"#,
        T::BallotsByCode => r#"Ballots with a code"#,
        T::BallotsByAccount => r#"Ballots signed in"#,
        T::CodesMadeWord => r#"codes made"#,
        T::SignupRuleHeading => r#"Who may make an account"#,
        T::SignupRuleIntro => {
            r#"Only people with an e-mail address in the allowed domains can make an account themselves. That way nobody can make ten accounts with private addresses and vote ten times. Add single addresses for someone without an address in the department, for example a service-user developer on the council."#
        }
        T::SignupRuleOpen => {
            r#"No domain is set: anyone can make an account, and one person can make several."#
        }
        T::ConfiguredDomains => r#"From the server setting (IDESLUSS_ALLOWED_EMAIL_DOMAINS)"#,
        T::AllowedDomainsLabel => r#"Allowed e-mail domains"#,
        T::AllowedDomainsHint => r#"One a line, for example helsingborg.se."#,
        T::AllowedAddressesLabel => r#"Single addresses that may also make an account"#,
        T::AllowedAddressesHint => r#"One e-mail address a line."#,
        T::SaveSignupRule => r#"Save"#,
        T::OutsideAccountsHeading => r#"Accounts outside the rule"#,
        T::OutsideAccountsIntro => {
            r#"These accounts were made before the rule applied or with an address that is no longer allowed. They keep working; review them."#
        }
        T::NoOutsideAccounts => r#"Every account is within the rule."#,
        T::Recused => r#"Recused"#,
        T::RecusedYou => r#"You are behind this proposal and do not score it."#,
        T::ScoreIsFinalHint => {
            r#"Your score is final when you save it: you then see the others' scores and cannot change yours."#
        }
        T::PaperTitle => r#"Paper ballots"#,
        T::PaperIntro => {
            r#"People who vote on paper in the hall put their ballot in a box. When a box is counted it is entered here: the number of ballots, the votes per proposal, who counted and a second person who confirms. A correction needs a reason, and the old figures stay visible."#
        }
        T::PaperSaved => r#"The box is saved."#,
        T::NewPaperHeading => r#"Enter a counted box"#,
        T::CorrectPaperHeading => r#"Correct"#,
        T::PaperClosedNote => r#"New boxes are entered while the vote is open."#,
        T::PaperEntriesHeading => r#"Counted boxes of paper ballots"#,
        T::PaperBoxLabel => r#"Box"#,
        T::PaperBoxHint => r#"A name written on the box, for example "Box 3, hall B"."#,
        T::PaperBallotsLabel => r#"Ballots in the box"#,
        T::PaperVotesLegend => r#"Votes per proposal"#,
        T::VotesForProposalNumber => r#"Votes, proposal"#,
        T::CountedByLabel => r#"Counted by"#,
        T::ConfirmedByLabel => r#"Confirmed by"#,
        T::ConfirmedByHint => r#"Someone other than the person who counted."#,
        T::CorrectionReasonLabel => r#"Why are the figures corrected?"#,
        T::SavePaperCount => r#"Save the box"#,
        T::NoPaperEntries => r#"No boxes are counted in yet."#,
        T::PaperReplaced => r#"Replaced by a correction"#,
        T::PaperActive => r#"Counts"#,
        T::CorrectPaper => r#"Correct"#,
        T::ReasonWord => r#"Reason"#,
        T::StatusWord => r#"Status"#,
        T::CountersWord => r#"Counted / confirmed by"#,
        T::EnteredWord => r#"Entered by"#,
        T::DigitalVotesLabel => r#"Digital votes"#,
        T::PaperVotesLabel => r#"Paper votes"#,
        T::DigitalWord => r#"digital"#,
        T::PaperWord => r#"on paper"#,
        T::StageCountsLabel => "Every stage with its number of proposals",
        T::VotePhaseIs => r#"The round's vote phase is"#,
        T::OpeningOutsidePhase => {
            r#"If you open the vote now, people can vote on another day than the one announced."#
        }
        T::VoteOpenNowHeading => r#"The vote is open now"#,
        T::PrintAllCodes => "Print every code",
        T::ReadWholeProposal => "Read the whole proposal",
        T::BallotsInAll => "ballots in all",
        T::StartTime => "Start time (HH:MM)",
        T::TeamsTitle => "Teams",
        T::NavMyTeams => "My teams",
        T::NavCoach => "Coach",
        T::CoOrganizerHeading => "Co-organizer from the department",
        T::CoOrganizerHint => {
            "The co-organizer's e-mail. Leave empty to remove. The co-organizer sees and helps every team of the round."
        }
        T::CoOrganizerLabel => "Co-organizer (e-mail)",
        T::NoCoOrganizer => "No co-organizer is named yet.",
        T::SaveCoOrganizer => "Save co-organizer",
        T::SavedNotice => "Saved.",
        T::WaitingForTeam => "Selected proposals without a team",
        T::NoWaiting => "No selected proposal is waiting for a team.",
        T::FormTeamLink => "Form a team",
        T::NoTeamsYet => "No teams yet.",
        T::CoachLabel => "Coach",
        T::MembersLabel => "Members",
        T::FormTeamTitle => "Form a team",
        T::FormTeamIntro => {
            "Choose a coach and members. The proposers are ticked already. Forming the team moves the proposal to \"In test\", adds the sessions and notifies everyone."
        }
        T::ChooseCoach => "Choose a coach",
        T::NoCoaches => "Nobody has the coach role yet. Give it under People first.",
        T::ProposerTag => "proposer",
        T::PlacedWith => "Already in",
        T::NotSignedUp => "Not signed up",
        T::OtherMembersLabel => "More members (e-mail)",
        T::OtherMembersHint => {
            "Anyone who did not sign up but should take part: one e-mail per line."
        }
        T::PlannedSessions => "Sessions to be added",
        T::TeamBudget => "Budget",
        T::FormTeamButton => "Form the team",
        T::TeamFormed => "The team is formed. The proposal is now in test.",
        T::CoOrganizerShort => "Co-organizer",
        T::NextSession => "Next session",
        T::NoNextSession => "No more sessions planned.",
        T::LastHandover => "Latest handover",
        T::NoHandoverYet => "No handover has been written yet.",
        T::HandoverDid => "What we did",
        T::HandoverLearned => "What we learned",
        T::HandoverNext => "Who does what before next time",
        T::LineupChanged => "The line-up changed since the last session – read the handover:",
        T::JoinedOn => "joined",
        T::LeftOn => "left",
        T::SessionsHeading => "Sessions",
        T::DateColumn => "Date",
        T::TimeColumn => "Time",
        T::AttendanceColumn => "Attendance",
        T::HandoverColumn => "Handover",
        T::CancelledTag => "Cancelled",
        T::MovedTag => "Moved",
        T::YesText => "Yes",
        T::NoText => "No",
        T::ManageMembers => "Change members",
        T::FormerMembers => "Have left the team",
        T::SessionNumber => "Session",
        T::PreviousHandover => "The previous session's handover",
        T::AttendanceHeading => "Attendance",
        T::PresentLabel => "Present",
        T::AwayLabel => "Away",
        T::ExcusedLabel => "Excused",
        T::SaveAttendance => "Save attendance",
        T::AttendanceSaved => "Attendance saved.",
        T::HandoverHeading => "Handover",
        T::HandoverIntro => {
            "Write so that someone who missed the session catches up in a minute. No personal data about service users."
        }
        T::SaveHandover => "Save the handover",
        T::HandoverSaved => "The handover is saved.",
        T::MoveSessionHeading => "Move the session",
        T::NewDate => "New date (YYYY-MM-DD)",
        T::StartsAtLabel => "Starts (HH:MM)",
        T::EndsAtLabel => "Ends (HH:MM)",
        T::SessionMovedNotice => "The session is moved.",
        T::CancelSessionHeading => "Cancel the session",
        T::SessionCancelledNotice => "The session is cancelled.",
        T::SessionTrace => "Changes to this session",
        T::MovedFrom => "Moved from",
        T::CancelledWas => "Cancelled, was planned for",
        T::AddMemberHeading => "Add a member",
        T::EmailLabel => "E-mail",
        T::AddMember => "Add",
        T::RemoveMember => "Remove from the team",
        T::MembersSaved => "The members are changed.",
        T::CoachOverviewTitle => "My teams as coach",
        T::AllTeamsTitle => "All teams",
        T::SortBy => "Sort by:",
        T::SortNext => "next session",
        T::SortTitle => "name",
        T::SortFlags => "needs attention",
        T::TeamColumn => "Team",
        T::HeldColumn => "Sessions held",
        T::FlagsColumn => "Needs attention",
        T::FlagLineup => "New line-up",
        T::FlagHandover => "Handover missing",
        T::NoFlags => "Nothing now",
        T::NoTeamsToCoach => "You do not coach any team yet.",
        T::MyTeamsTitle => "My teams",
        T::NoMyTeams => "You are not in any team yet.",
        T::ProposalLink => "Read the proposal",
        T::BackToTeam => "Back to the team",
        T::WorkspaceOnly => {
            "Attendance, handovers and notes are shown only to the team, its coach and organizers."
        }
        T::NotifiedJoinedTeam => "you are in the team",
        T::NotifiedSessionTomorrow => "the team meets tomorrow,",
        T::SessionsOf => "sessions",
        T::ChangeReasonLabel => "Reason",
        T::CoachNotesHeading => "Coach notes",
        T::NoNotesYet => "No notes yet.",
        T::NoteBody => "Note",
        T::NoteBodyHint => {
            "Never write service users' names, personal identity numbers or other personal data."
        }
        T::NoteVisibilityLabel => "Who sees the note?",
        T::VisibilityCoach => "Only the coach and organizers",
        T::VisibilityTeam => "The whole team",
        T::SaveNote => "Save the note",
        T::NoteSaved => "The note is saved.",
        T::PrivateTag => "Private",
        T::SharedTag => "Shared with the team",
        T::ReceiptTooLargeText => "The file is too large. A receipt may be at most 5 MB.",
        T::ReceiptMissingText => "Choose a file with the receipt.",
        T::ReceiptTypeText => "The receipt must be a JPEG image, a PNG image or a PDF.",
        T::BudgetColumn => "Budget (SEK)",
        T::SpentColumn => "Spent (SEK)",
        T::PendingColumn => "Awaiting approval (SEK)",
        T::LeftColumn => "Left (SEK)",
        T::LaggingColumn => "Lagging behind",
        T::BudgetTitle => "Budget",
        T::BudgetLeftSuffix => "left",
        T::BudgetSpentOf => "spent of",
        T::BudgetPendingNote => "awaiting an organizer's approval",
        T::BudgetLagging => {
            "The bootcamp is past half-way and less than a third of the budget is spent. The budget must be spent in the bootcamp."
        }
        T::BudgetStatement => "Final statement",
        T::BudgetUnspent => "Unspent",
        T::ExpensesHeading => "Expenses",
        T::NoExpenses => "No expenses yet.",
        T::ExpenseDate => "Date (YYYY-MM-DD)",
        T::ExpenseAmount => "Amount in SEK",
        T::ExpenseAmountHint => "For example 1 234.50",
        T::ExpenseWhat => "What was bought?",
        T::ExpenseCategoryLabel => "Category",
        T::ExpensePaidBy => "Who paid?",
        T::ExpensePaidByHint => "For example \"Anna, out of pocket\" or \"the department's card\".",
        T::LogExpense => "Save the expense",
        T::LogExpenseHeading => "New expense",
        T::ExpenseLogged => "The expense is saved.",
        T::ExpenseWaits => {
            "The expense goes over the budget and waits for an organizer's approval. It does not count until then."
        }
        T::CatMaterial => "Material",
        T::CatFood => "Food and fika",
        T::CatTravel => "Travel",
        T::CatFees => "Fees",
        T::CatOther => "Other",
        T::StatusApproved => "Approved",
        T::StatusPending => "Awaiting approval",
        T::StatusRejected => "Rejected",
        T::ApproveButton => "Approve",
        T::RejectButton => "Reject",
        T::ExpenseDecided => "The decision is saved.",
        T::ReceiptColumn => "Receipt",
        T::DownloadReceipt => "Download the receipt",
        T::AttachReceipt => "Attach a receipt (JPEG, PNG or PDF, at most 5 MB)",
        T::UploadReceipt => "Upload the receipt",
        T::ReceiptSaved => "The receipt is saved.",
        T::ChangeBudgetHeading => "Change the team's budget",
        T::NewBudget => "New budget in SEK",
        T::ChangeBudget => "Change the budget",
        T::BudgetChanged => "The budget is changed.",
        T::BudgetChangesHeading => "Changes to the budget",
        T::SpendingChartTitle => "Spent during the bootcamp",
        T::BudgetsTitle => "The teams' budgets",
        T::TotalRow => "Total",
        T::OpenBudget => "Budget and expenses",
        T::AmountColumn => "Amount",
        T::StatusColumn => "Status",
        T::WhatColumn => "What",
        T::PaidByColumn => "Paid by",
        T::BudgetLine => "Budget",
        T::TodayMarker => "Today",
        T::FlagBudget => "Budget lagging",
        T::BudgetVsTimeColumn => "Budget spent / time gone",
        T::MyCalendarTitle => "My calendar",
        T::CalendarIntro => {
            "Subscribe to the addresses below in Outlook (Add calendar → From internet) or Google Calendar (Other calendars → From URL). Moved and cancelled sessions update by themselves."
        }
        T::MySessionsFeed => "All my sessions",
        T::TeamFeeds => "My teams' sessions",
        T::RoundFeeds => "The rounds' phases",
        T::DownloadIcs => "Download as .ics",
        T::CalendarSecret => {
            "The addresses with your personal key are secret: whoever has them sees your sessions. If an address has gone astray, change the key."
        }
        T::ResetCalendar => "Change the key",
        T::ResetCalendarHint => "The old addresses then stop working.",
        T::CalendarReset => "The key is changed. Subscribe to the new addresses.",
        T::AddToCalendar => "Add to my calendar",
        T::NoFeeds => "None yet.",
        T::TeamLink => "The team",
        T::ReceiptExistsText => {
            "The expense already has a receipt. Ask the coach to replace it if it is wrong."
        }
        T::CardsLink => "Test and learning cards",
        T::NotifiedDecision => "decision on what happens next",
        T::NotifiedActionAssigned => "you own a follow-up action",
        T::NotifiedCheckinDue => "time for a short status update",
        T::NotifiedActionOverdue => "your action is overdue",
        T::TestCardsHeading => "Test cards",
        T::LearningCardsHeading => "Learning cards",
        T::NewTestCard => "New test card",
        T::NewLearningCard => "New learning card",
        T::NoTestCards => "No test cards yet.",
        T::NoLearningCards => "No learning cards yet.",
        T::TestName => "Test name",
        T::TestOwner => "Owner",
        T::TestDeadline => "Deadline",
        T::TestDuration => "Duration",
        T::WeBelieve => "We believe that…",
        T::Critical => "How critical",
        T::ToVerify => "To verify that, we will…",
        T::TestCost => "Cost",
        T::DataReliability => "Data reliability",
        T::AndMeasure => "and measure…",
        T::WeAreRightIf => "We are right if…",
        T::StatusPlanned => "Planned",
        T::StatusRunning => "Running",
        T::StatusDone => "Done",
        T::TestResultLabel => "Result",
        T::ResultNone => "No result yet",
        T::ResultConfirmed => "Confirmed",
        T::ResultRefuted => "Refuted",
        T::ResultUnclear => "Unclear",
        T::Evidence => "Evidence: interview and observation notes",
        T::EvidenceHint => {
            "The \"aha\" moments. Never write a personal identity number or anything that points out a service user."
        }
        T::RatingOf => "of 3",
        T::RatingLow => "1 – low",
        T::RatingMid => "2 – medium",
        T::RatingHigh => "3 – high",
        T::CardTitle => "Title",
        T::WeBelieved => "We believed that…",
        T::WeObserved => "We observed…",
        T::WeLearned => "From that we learned…",
        T::ThereforeWeWill => "Therefore, we will…",
        T::BasedOnTests => "Test cards behind the learning",
        T::LearningCardIntro => {
            "A learning is something you know now that you did not know before."
        }
        T::SaveCard => "Save the card",
        T::CardSaved => "The card is saved.",
        T::MoveToLearningsHint => {
            "Once the team has written at least one learning card, the proposal can move to learnings."
        }
        T::LibraryTitle => "Learnings library",
        T::LibraryIntro => {
            "What earlier teams know now that they did not know before. Search here before you start testing."
        }
        T::LibrarySearch => "Search the learnings",
        T::RoundLabel => "Round",
        T::NoLearningsFound => "No learnings found.",
        T::LearningsFound => "learnings",
        T::LibraryLink => "Learnings",
        T::ActionImport => "Imported",
        T::ActionBringIn => "Brought in from an earlier round",
        T::OutcomeContinueTesting => "Continue testing (e.g. in the department's lab)",
        T::OutcomePrototype => "Build a prototype",
        T::OutcomeScaleUp => "Scale up",
        T::OutcomePark => "Park",
        T::OutcomeStop => "Stop",
        T::ActionOpen => "Open",
        T::ActionDone => "Done",
        T::ActionDropped => "Dropped",
        T::Overdue => "Overdue",
        T::DroppedWhy => "Why it was dropped",
        T::DroppedWhyHint => "Required when the action is dropped.",
        T::CheckinAnswered => "Status update",
        T::ActionOwner => "Owner",
        T::ActionDue => "Due",
        T::CheckinsHeading => "Check-ins",
        T::ActionHistory => "History",
        T::MonthsAfter => "months after the bootcamp",
        T::CheckinWaiting => "Waiting for a status update",
        T::CheckinLater => "Not yet due",
        T::CheckinAnswerLabel => "Short status update",
        T::CheckinAnswerHint => "How is it going? A couple of sentences will do.",
        T::SendCheckin => "Send the status update",
        T::ChangeActionStatus => "Change the status",
        T::SaveStatus => "Save the status",
        T::DecisionSaved => "The decision is recorded and the proposal has moved to follow-up.",
        T::ActionAdded => {
            "The action is added. Check-ins are planned 3, 6 and 12 months after the bootcamp."
        }
        T::ActionSaved => "Saved.",
        T::NoDecisionYet => "No decision yet.",
        T::NoActionsYet => "No follow-up actions yet.",
        T::CopiedFrom => "Brought in from",
        T::BroughtInto => "The proposal has been brought into:",
        T::FollowUpTitle => "What happens next?",
        T::DecisionHeading => "Decision",
        T::ActionsHeading => "Follow-up actions",
        T::DecidedBy => "Decided by",
        T::RationaleLabel => "Rationale",
        T::RationaleHint => "Why, and what happens now. The proposer and the team see it.",
        T::RecordDecisionButton => "Record the decision",
        T::ActionWhat => "What is to be done",
        T::ActionOwnerEmail => "Owner (e-mail)",
        T::ActionOwnerHint => "A colleague with an account in Idesluss.",
        T::NewAction => "New action",
        T::AddAction => "Add the action",
        T::BringInHeading => "Bring into a later round",
        T::BringInHint => {
            "A copy enters the round as submitted and links back here; the history and learnings stay here."
        }
        T::BringInButton => "Bring the proposal in",
        T::OpenFollowUp => "Open the follow-up",
        T::MyFollowUpTitle => "My follow-up",
        T::NoOwnActions => "You own no follow-up actions.",
        T::CheckinsWaitingForYou => "Check-ins waiting for your status update",
        T::OverdueTitle => "Overdue follow-up",
        T::OverdueActions => "Overdue actions",
        T::CheckinsWaiting => "Check-ins without an answer",
        T::NothingLate => "Nothing is late.",
        T::NavFollowUp => "Follow-up",
        T::NavOverdue => "Overdue",
        T::RetroWorkedWell => "What worked well",
        T::RetroDidNotWork => "What did not work",
        T::RetroLearning => "Learnings",
        T::RetroDoDifferently => "What to do differently next time",
        T::RetroRecommendation => "Recommendations to the department",
        T::RetroKindLabel => "Heading in the retrospective",
        T::RetroHeadingLabel => "Short heading (optional)",
        T::RetroTextLabel => "Text",
        T::PlusOneButton => "+1",
        T::RetroNoItems => "No items yet.",
        T::RetroTitle => "Retrospective",
        T::RetroIntro => {
            "What do we take with us? Participants and coaches write, everyone gives +1 to what they agree with, and the organizer chooses what goes into the round's report."
        }
        T::RetroNewItem => "New item",
        T::RetroAddButton => "Add the item",
        T::RetroInReport => "In the report",
        T::RetroReportWording => "In the report",
        T::PlusOnes => "votes",
        T::YouPlusOned => "you gave +1",
        T::RetroLeaveOut => "Leave out of the report",
        T::RetroChoose => "Put in the report",
        T::RetroRewordSummary => "Change the wording in the report",
        T::RetroSaveWording => "Save the wording",
        T::PresentationTitle => "Final presentation",
        T::ReportTitle => "Report",
        T::RoundResultsNav => "The round's results",
        T::PresentationNotPlanned => "The day and place are not set yet.",
        T::StartPresentation => "Start the presentation mode",
        T::PresentationOrder => "Order",
        T::NoSummaryYet => "The team has not written a summary yet.",
        T::WriteSummary => "Write the team's summary",
        T::OutcomeSummaryLabel => "Outcome summary",
        T::OutcomeSummaryHint => {
            "Two to four sentences: what you tested, what you learned and what happens now."
        }
        T::SaveSummary => "Save the summary",
        T::PresentationDate => "Day",
        T::PresentationStarts => "Starts",
        T::PresentationEnds => "Ends",
        T::PresentationPlace => "Place",
        T::PlanPresentation => "Plan the final presentation",
        T::PresentationOrderHint => {
            "Type 1 for the team that goes first, 2 for the next and so on."
        }
        T::SavePlan => "Save the plan",
        T::SlidesNav => "Move between screens",
        T::PreviousSlide => "Previous",
        T::NextSlide => "Next",
        T::FullScreen => "Full screen",
        T::LeavePresentation => "Leave the presentation mode",
        T::SlidesKeysHint => "The arrow keys and space move between screens.",
        T::ReportWhatWeDid => "What we did",
        T::ReportProposals => "The proposals and what happens next",
        T::ReportTeam => "Team",
        T::ReportNothingChosen => "Nothing chosen for the report yet.",
        T::ReportTeamLearnings => "From the teams' learning cards",
        T::ReportFigures => "Figures",
        T::ReportFigure => "Measure",
        T::ReportCount => "Count",
        T::ReportGenerated => "Written by Idesluss from what the round recorded,",
        T::ReportPrint => "Print",
        T::ReportDownloadMd => "Download as Markdown",
        T::ReportFunnel => "From proposal to follow-up",
        T::FunnelSubmitted => "Proposals submitted",
        T::FunnelShortlisted => "Shortlisted by the council",
        T::FunnelOnBallot => "On the ballot",
        T::FunnelSelected => "Selected for testing",
        T::FunnelTested => "Tested",
        T::FunnelFollowedUp => "With a decision on what happens next",
        T::FiguresBallots => "Ballots cast",
        T::FiguresTeams => "Teams",
        T::FiguresParticipants => "Staff in teams",
        T::FiguresCoaches => "Coaches",
        T::FiguresSessions => "Sessions held",
        T::FiguresBudget => "Budget",
        T::FiguresSpent => "Spent",
        T::NoCategory => "No category",
        T::DataTitle => "Export and import",
        T::ExportHeading => "Export the round's data",
        T::ExportIntro => {
            "The CSV files open in Excel (semicolons, UTF-8). The column names are the same in CSV and JSON. Individual ballots and the coaches' private notes are never exported."
        }
        T::ExportAllJson => "every table in one JSON file",
        T::ImportHeading => "Import proposals from a spreadsheet",
        T::ImportIntro => {
            "For example the notes from a workshop, typed into Excel. The proposals enter as submitted with \"imported\" in their history. Nothing is imported until every row is right."
        }
        T::ImportFileLabel => "CSV file",
        T::ImportFileHint => {
            "Columns: Title (required), Category (explore, test or scale), Problem, Idea, First test, Unit, E-mail (the proposer's account). Semicolons or commas; UTF-8 or Excel's Windows-1252."
        }
        T::ImportPreviewButton => "Preview",
        T::ImportTooLargeText => "The file is too large (at most 2 MB).",
        T::ImportMissingText => "Choose a CSV file to upload.",
        T::ImportHasProblems => {
            "The file has problems and has not been imported. Correct the rows and upload it again."
        }
        T::ImportProblemsCaption => "Problems by line",
        T::ImportLine => "Line",
        T::ImportColumn => "Column",
        T::ImportProblem => "Problem",
        T::ImportButton => "Import",
        T::ProposalsWord => "proposals",
        T::ImportReady => "Everything looks right:",
        T::ImportPreviewCaption => "Preview",
        T::DashboardTitle => "Dashboard",
        T::DashboardBudgets => "Budget used per team",
        T::DashboardAllRounds => "all rounds",
        T::DashboardLate => "Late in the follow-up",
        T::DashboardParticipation => "Participation",
        T::DashboardSubmitted => "Sent in proposals",
        T::DashboardVoted => "Voted with an account",
        T::DashboardInTeams => "Took part in a team",
        T::NavDashboard => "Dashboard",
        T::NewOwner => "New owner",
        T::ChangeOwner => "Change the owner",
        T::NoCheckinsLeft => "No check-ins left: the action was added after them.",
        T::SaveOwner => "Save the new owner",
        T::ChooseUpTo => "Choose the proposals you want tested, at most",
        T::ReviewChoices => "Review my choices",
        T::ConfirmHeading => "Are these your choices?",
        T::CastBallotButton => "Yes, cast my vote",
        T::ChangeChoices => "Change",
        T::ReceiptTitle => "Thank you for voting!",
        T::ReceiptStored => "Your ballot is stored:",
        T::ChoicesWord => "choices",
        T::ReceiptAnonymous => {
            "Your ballot is anonymous: it is stored without a name and without a link to your code."
        }
        T::ProjectorTitle => "Projector view",
        T::ProjectorGoTo => "Vote on your phone – go to",
        T::ProjectorCodeHint => "Scan the QR code. Sign in or type the code from your voting card.",
        T::BallotsSoFar => "ballots so far",
        T::TotalsAfterClose => "The results show when voting has closed.",
        T::ChartVotesNote => "The bars show the number of votes per proposal.",
        T::ResultsTitle => "Results of the vote",
        T::ResultsNotFinal => "Voting has not closed: the numbers may change.",
        T::PlaceLabel => "Place",
        T::VotesLabel => "Votes",
        T::TiedLabel => "Shared place",
        T::OutcomeLabel => "Outcome",
        T::OutcomeWinner => "Chosen",
        T::OutcomeTied => "Tied – you decide",
        T::OutcomeOther => "Not chosen",
        T::SharedPlace => "shared",
        T::DownloadResultsCsv => "Download the results (CSV)",
        T::SelectionHeading => "Confirm the selection",
        T::SelectionIntro => {
            "Ticked proposals are selected for testing, the others are not. The proposers are notified."
        }
        T::SelectedProposals => "Selected proposals",
        T::ConfirmSelection => "Confirm the selection",
        T::SelectionConfirmed => {
            "The selection is confirmed and the proposals have moved on the board."
        }
    }
}

pub fn problem(problem: Problem) -> String {
    match problem {
        Problem::Required => "This field is required.".into(),
        Problem::TooLong { max } => format!("At most {max} characters."),
        Problem::TooShort { min } => format!("At least {min} characters."),
        Problem::ControlCharacters => "Contains characters that are not allowed.".into(),
        Problem::EmailInvalid => "Enter an e-mail address, e.g. name@kommun.se.".into(),
        Problem::EmailTaken => {
            "An account with this e-mail already exists. Sign in instead.".into()
        }
        Problem::PasswordTooShort { min } => {
            format!("The password needs at least {min} characters.")
        }
        Problem::PasswordTooLong { max } => {
            format!("The password may have at most {max} characters.")
        }
        Problem::PasswordTooCommon => {
            "This password is too common and easy to guess. Choose another.".into()
        }
        Problem::PasswordContainsEmail => {
            "The password must not contain your e-mail address.".into()
        }
        Problem::WrongCredentials => "Wrong e-mail or password.".into(),
        Problem::DateInvalid => "Enter a date as YYYY-MM-DD.".into(),
        Problem::EndBeforeStart => "The end date is before the start date.".into(),
        Problem::StartsBeforePreviousEnds { previous } => format!(
            "This phase starts before \"{}\" has ended. Phases must not overlap.",
            phase_name(previous)
        ),
        Problem::MoneyInvalid => "Enter an amount in SEK, e.g. 5 000 or 5 000,50.".into(),
        Problem::MoneyNegative => "The amount cannot be negative.".into(),
        Problem::MoneyTooLarge { max_kronor } => format!("At most {max_kronor} SEK."),
        Problem::NumberInvalid => "Enter a whole number.".into(),
        Problem::NumberOutOfRange { min, max } => format!("Enter a number from {min} to {max}."),
        Problem::ChoiceInvalid => "Choose one of the options.".into(),
        Problem::RoundNameTaken => "A round with this name already exists.".into(),
        Problem::LastOrganizer => {
            "There must be at least one organizer. Grant the role to someone else first.".into()
        }
        Problem::PersonalIdentityNumber => "The text contains a personal identity or \
            coordination number. Service users' personal data must not be written here \
            (secrecy law). Remove the number; the rest of what you wrote is kept."
            .into(),
        Problem::TooFewWords { min } => {
            format!("Too thin for a team to start from: write at least {min} words.")
        }
        Problem::TooMany { max } => format!("At most {max}."),
        Problem::UnknownColleague => {
            "One of the addresses does not belong to an account here. Ask your colleague to \
             sign up first."
                .into()
        }
        Problem::SubmissionNotOpenYet { opens } => format!(
            "Proposals cannot be submitted yet. Submission opens on {}.",
            en_date(opens)
        ),
        Problem::SubmissionClosed { closed } => format!(
            "Submission closed on {}. You can keep it as a draft for the next round.",
            en_date(closed)
        ),
        Problem::StageChangeNotAllowed => {
            "The proposal has already moved to another stage. Reload the page.".into()
        }
        Problem::NotEditable => {
            "Only the proposer can change a proposal, as a draft or when more detail is asked for."
                .into()
        }
        Problem::ScoringClosed => {
            "The proposal is no longer submitted, so council scores cannot change.".into()
        }
        Problem::CriteriaInUse => {
            "The criteria cannot change once the council has started scoring.".into()
        }
        Problem::ChooseAtLeastOne => "Tick at least one option.".into(),
        Problem::SignupClosed { closed } => format!(
            "Sign-up closed on {}, when the bootcamp started.",
            en_date(closed)
        ),
        Problem::VoterCodeInvalid => "A code has 8 characters: letters and digits, without 0, O, 1 and I. Check the code on your card.".into(),
        Problem::VoterCodeUnknown => "There is no such voter code. Check the code on your card.".into(),
        Problem::VoterCodeUsed => "This voter code has already been used. Each code is good for one ballot.".into(),
        Problem::AlreadyVoted => "You have already voted in this vote.".into(),
        Problem::OneVotePerProposal => "At most one vote per proposal.".into(),
        Problem::VoteNotOpen => "Voting has not opened yet.".into(),
        Problem::VoteClosed => "Voting is closed.".into(),
        Problem::VoteAlreadyOpened => "Voting has already opened, so the rules cannot change.".into(),
        Problem::NothingShortlisted => "No proposals are shortlisted, so there is nothing to vote on.".into(),
        Problem::VoteExists => "The round already has a vote.".into(),
        Problem::VoteNotClosed => "Close voting before confirming the selection.".into(),
        Problem::SelectionAlreadyConfirmed => "The selection is already confirmed.".into(),
        Problem::TimeInPast => "That time has already passed.".into(),
        Problem::EmailDomainInvalid => "Type a domain such as helsingborg.se, one per line.".into(),
        Problem::EmailDomainNotAllowed => "Accounts can only be made with an e-mail address in the department's domain. Use your work address, or ask an organizer to add your address.".into(),
        Problem::DecidedByVote => "This is decided by the vote: proposals go on the ballot when the vote is created and become selected or not selected when the organizer confirms the selection on the vote's page (Vote).".into(),
        Problem::VoteCodesOnly => "In this vote you vote with a voter code. Type the code on your card.".into(),
        Problem::VoteAccountsOnly => "In this vote you vote signed in with your account, not with a voter code. Sign in and vote.".into(),
        Problem::CodesAreForPeopleWithoutAccount => "You are signed in: vote with your account. Voter codes are for people without an account. If this is not your account, sign out first.".into(),
        Problem::PasswordsTurnedOff => "Passwords are not used here. Sign in with the municipality's account.".into(),
        Problem::ProviderLoginStale => "The sign-in could not be finished: it did not belong to a sign-in started in this browser, was used already or is over ten minutes old. Start again.".into(),
        Problem::ProviderCancelled => "The sign-in was cancelled at the municipality's sign-in service.".into(),
        Problem::ProviderAnswerRefused => "The municipality's sign-in service gave an answer that could not be accepted. Start again; if it happens again, contact an organizer.".into(),
        Problem::ProviderEmailUnverified => "The municipality's sign-in service gave no confirmed e-mail address for your account. Contact IT support.".into(),
        Problem::ProviderEmailNotAllowed => "Your e-mail address is not in the domains that may use Idésluss. Ask an organizer to add your address.".into(),
        Problem::ProviderAccountTaken => "The account with your e-mail address belongs to another person at the municipality's sign-in (the address may have had an earlier owner). Contact an organizer.".into(),
        Problem::PasswordLinkGone => "This link no longer works: it has been used, replaced by a newer one, or is over an hour old. Ask an organizer for a new one.".into(),
        Problem::CannotEraseSelf => "You cannot erase your own account here. Ask another organizer.".into(),
        Problem::TooManyCodeAttempts { retry_after } => format!("Too many wrong codes have been tried in this vote just now. Wait {retry_after} seconds and try again."),
        Problem::TooManyAttempts { retry_after } => match retry_after.div_ceil(60) {
            ..=1 => format!("Too many attempts just now. Wait {retry_after} seconds and try again."),
            minutes => format!("Too many attempts just now. Wait {minutes} minutes and try again."),
        },
        Problem::ScoreLocked => "Your score has been given and is locked: you have seen the others' scores.".into(),
        Problem::SameCounter => "The person who confirms must be someone other than the counter.".into(),
        Problem::PaperBoxExists => "This box is already entered. Correct it in the list instead.".into(),
        Problem::PaperEntryReplaced => "This entry has already been corrected. Correct the newest version.".into(),
        Problem::MoreVotesThanBallots { max } => format!("More votes than the ballots can hold: at most {max}. Check the figures."),
        Problem::RecusedOwnProposal => "You are recused: you are behind this proposal and do not score it.".into(),
        Problem::TimeInvalid => "Write a time as HH:MM, for example 13:00.".into(),
        Problem::MoneyZero => "The amount must be more than 0 kr.".into(),
        Problem::DateOutsideBootcamp { start, end } => format!("Choose a day within the bootcamp, {start} – {end}."),
        Problem::NotACoach => "This person does not have the coach role. Give it under People first.".into(),
        Problem::TeamExists => "This proposal already has a team.".into(),
        Problem::NotSelectedForTest => "Only proposals chosen at the vote get a team.".into(),
        Problem::AlreadyMember => "This person is already in the team.".into(),
        Problem::NotAMember => "This person is not in the team.".into(),
        Problem::SessionCancelled => "The session is cancelled. Move it to a new time first.".into(),
        Problem::NoMembers => "Choose at least one member for the team.".into(),
        Problem::StartedByFormingTeam => "The test starts when the organizer forms the proposal's team (the round's page, Teams).".into(),
        Problem::LedgerBusy => "Someone else logged an expense at the same moment. Try again.".into(),
        Problem::AlreadyDecided => "Someone has already decided on this expense.".into(),
        Problem::ResultOnlyWhenDone => "A result is given when the test is done: choose the status Done or leave the result empty.".into(),
        Problem::NoLearningCard => "The team has no learning card yet. Write at least one learning card before the proposal moves to learnings.".into(),
        Problem::MovedByDecision => "The proposal moves to follow-up when the decision on what happens next is recorded.".into(),
        Problem::DecisionNeedsLearnings => "The decision is recorded once the team's learnings are in (the proposal must be in learnings).".into(),
        Problem::DecisionExists => "The proposal already has a decision.".into(),
        Problem::NotParked => "Only a parked proposal can be brought into a later round.".into(),
        Problem::AlreadyBroughtIn => "The proposal is already in that round.".into(),
        Problem::ActionClosed => "The action is already done or dropped.".into(),
        Problem::UnknownCategory => "Unknown category: write explore, test or scale (or leave it empty).".into(),
        Problem::ImportNoTitleColumn => "The file has no column headed Title.".into(),
        Problem::ImportEmpty => "The file has no proposals.".into(),
        Problem::ImportGone => "The preview was already imported or is gone. Upload the file again.".into(),
        Problem::AlreadyPlusOne => "You have already given this item a +1.".into(),
        Problem::OwnItem => "You cannot give your own item a +1.".into(),
        Problem::NotAParticipant => "The retrospective is written by the round's participants, coaches and organizers.".into(),
        Problem::CheckinNotDue { due } => format!("The status update is due from {due}."),
    }
}

fn en_date(date: chrono::NaiveDate) -> String {
    super::I18n(super::Lang::En).date(date)
}

fn phase_name(phase: Phase) -> &'static str {
    super::I18n(super::Lang::En).phase(phase)
}

pub fn round_format(format: RoundFormat) -> String {
    match format {
        RoundFormat::Weekly {
            weekday,
            starts_at,
            hours_per_session,
            weeks,
        } => {
            let day = super::I18n(super::Lang::En).weekday(weekday);
            format!(
                "{day}s at {}, {hours_per_session} h × {weeks} weeks",
                starts_at.format("%H:%M")
            )
        }
        RoundFormat::Intensive { days } => format!("One intensive week, {days} days"),
    }
}
