//! Every string the UI shows comes from here. `T` names a text; `sv.rs` and `en.rs` each
//! match every key, so a missing translation does not compile.

mod current;
mod en;
mod proposals;
mod signups;
mod sv;

pub use current::current_lang;
#[cfg(feature = "ssr")]
pub use current::lang_of_request;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

use crate::domain::round::{Phase, RoundFormat, Weekday};
use crate::domain::{Category, Problem, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "idesluss_lang";

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim() {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Self {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }
}

/// The reader's language, provided as context by the app shell.
/// The language only changes with a page load, so a plain value is enough.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n(pub Lang);

/// The i18n of the current page (Swedish if none was provided).
pub fn use_i18n() -> I18n {
    leptos::prelude::use_context::<I18n>().unwrap_or(I18n(Lang::default()))
}

impl I18n {
    pub fn t(self, key: T) -> &'static str {
        match self.0 {
            Lang::Sv => sv::text(key),
            Lang::En => en::text(key),
        }
    }

    pub fn problem(self, problem: Problem) -> String {
        match self.0 {
            Lang::Sv => sv::problem(problem),
            Lang::En => en::problem(problem),
        }
    }

    pub fn phase(self, phase: Phase) -> &'static str {
        self.t(match phase {
            Phase::Submission => T::PhaseSubmission,
            Phase::Council => T::PhaseCouncil,
            Phase::Vote => T::PhaseVote,
            Phase::Bootcamp => T::PhaseBootcamp,
            Phase::FinalPresentation => T::PhaseFinal,
            Phase::FollowUp => T::PhaseFollowUp,
        })
    }

    pub fn role(self, role: Role) -> &'static str {
        self.t(match role {
            Role::CouncilMember => T::RoleCouncilMember,
            Role::Coach => T::RoleCoach,
            Role::Organizer => T::RoleOrganizer,
        })
    }

    pub fn category(self, category: Category) -> &'static str {
        self.t(match category {
            Category::Explore => T::CategoryExplore,
            Category::Test => T::CategoryTest,
            Category::Scale => T::CategoryScale,
        })
    }

    pub fn weekday(self, day: Weekday) -> &'static str {
        self.t(match day {
            Weekday::Monday => T::Monday,
            Weekday::Tuesday => T::Tuesday,
            Weekday::Wednesday => T::Wednesday,
            Weekday::Thursday => T::Thursday,
            Weekday::Friday => T::Friday,
        })
    }

    pub fn round_format(self, format: RoundFormat) -> String {
        match self.0 {
            Lang::Sv => sv::round_format(format),
            Lang::En => en::round_format(format),
        }
    }

    /// A date as people write it: "12 oktober 2018" / "12 October 2018".
    pub fn date(self, date: NaiveDate) -> String {
        let months = match self.0 {
            Lang::Sv => sv::MONTHS,
            Lang::En => en::MONTHS,
        };
        let month = months[date.month0() as usize];
        format!("{} {} {}", date.day(), month, date.year())
    }

    /// "12 oktober 2018 kl. 13.05" / "12 October 2018, 13:05".
    pub fn date_time(self, at: NaiveDateTime) -> String {
        let date = self.date(at.date());
        match self.0 {
            Lang::Sv => format!("{date} kl. {:02}.{:02}", at.hour(), at.minute()),
            Lang::En => format!("{date}, {:02}:{:02}", at.hour(), at.minute()),
        }
    }

    /// "12–16 oktober 2018", or a single date when start and end are the same day.
    pub fn date_range(self, start: NaiveDate, end: NaiveDate) -> String {
        if start == end {
            self.date(start)
        } else {
            format!("{} – {}", self.date(start), self.date(end))
        }
    }
}

/// The keys of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum T {
    AppName,
    AppTagline,
    SkipToContent,
    MainNavLabel,
    NavHome,
    NavRounds,
    NavPeople,
    NavSignIn,
    NavSignUp,
    SignOut,
    SignedInAs,
    SwitchLanguage,
    SwitchLanguageLabel,
    FooterText,
    Loading,
    // Home
    HomeTitle,
    HomeIntro,
    CurrentRound,
    NoRoundsYet,
    PhaseTimeline,
    StatusNotStarted,
    StatusInPhase,
    StatusBetween,
    StatusFinished,
    PhaseNow,
    PhaseDone,
    PhaseComing,
    OtherRounds,
    // Phases, categories, roles, weekdays
    PhaseSubmission,
    PhaseCouncil,
    PhaseVote,
    PhaseBootcamp,
    PhaseFinal,
    PhaseFollowUp,
    CategoryExplore,
    CategoryTest,
    CategoryScale,
    RoleStaff,
    RoleCouncilMember,
    RoleCoach,
    RoleOrganizer,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    // Rounds
    RoundsTitle,
    NewRound,
    EditRound,
    RoundName,
    RoundFormatLabel,
    FormatWeekly,
    FormatIntensive,
    Weekday,
    SessionHours,
    Weeks,
    IntensiveDays,
    DefaultBudget,
    DefaultBudgetHint,
    PhaseDates,
    PhaseStart,
    PhaseEnd,
    CreateRound,
    SaveRound,
    RoundSaved,
    RoundIdeas,
    NoIdeasYet,
    Edit,
    Format,
    // Auth
    SignUpTitle,
    SignInTitle,
    Name,
    Email,
    Password,
    PasswordHint,
    CreateAccount,
    SignInButton,
    NoAccountYet,
    HaveAccount,
    // People
    PeopleTitle,
    PeopleIntro,
    Roles,
    Grant,
    Revoke,
    // Errors and states
    FormHasErrors,
    ErrorTitle,
    NotFoundTitle,
    NotFoundText,
    ForbiddenTitle,
    ForbiddenText,
    SignInRequiredTitle,
    SignInRequiredText,
    ConflictText,
    BadRequestText,
    InternalErrorText,
    BackHome,
    // Proposals
    NavMyProposals,
    NavNotifications,
    UnreadSuffix,
    BoardTitle,
    OpenBoard,
    SubmitNewProposal,
    NewProposalTitle,
    EditProposalTitle,
    ProposalTitleLabel,
    ProposalTitleHint,
    ProblemLabel,
    ProblemHint,
    PerspectiveLabel,
    PerspectiveServiceUsers,
    PerspectiveStaff,
    PerspectiveBoth,
    IdeaLabel,
    IdeaHint,
    FirstTestLabel,
    FirstTestHint,
    SuccessSignalLabel,
    SuccessSignalHint,
    CategoryLabel,
    CategoryHint,
    UnitLabel,
    CoProposersLabel,
    CoProposersHint,
    ChooseOne,
    SaveDraft,
    SubmitProposal,
    ResubmitProposal,
    DraftSaved,
    SecrecyNotice,
    SubmissionWindow,
    SubmissionClosedNotice,
    QuestionToYou,
    GuideTitle,
    GuidePartsDone,
    GuideMissing,
    GuideDone,
    Proposer,
    CoProposers,
    History,
    CommentsTitle,
    NoComments,
    CommentLabel,
    SendComment,
    MoveTitle,
    ReasonLabel,
    ReasonHint,
    SentIn,
    Moved,
    StageLabel,
    ProposalBy,
    FilterAll,
    FilterSearch,
    ApplyFilters,
    ViewColumns,
    ViewList,
    ViewChoice,
    ProposalsShown,
    NoCards,
    TitleColumn,
    MyProposalsTitle,
    NoMyProposals,
    LatestNote,
    Updated,
    NotificationsTitle,
    NoNotifications,
    MarkAllRead,
    NotifMovedTo,
    NotifComment,
    NewBadge,
    Open,
    StageDraft,
    StageSubmitted,
    StageNeedsDetail,
    StageShortlisted,
    StageNotShortlisted,
    StageOnBallot,
    StageSelected,
    StageNotSelected,
    StageInTest,
    StageLearnings,
    StageFollowUp,
    ActionSubmit,
    ActionResubmit,
    ActionAskForDetail,
    ActionShortlist,
    ActionDecline,
    ActionPutOnBallot,
    ActionSelect,
    ActionNotSelect,
    ActionStartTest,
    ActionRecordLearnings,
    ActionStartFollowUp,
    // Council
    CouncilTitle,
    OpenCouncil,
    CriteriaLabel,
    CriteriaHint,
    SaveCriteria,
    CriteriaLocked,
    CriteriaSaved,
    ScoredByCount,
    ScoredByYou,
    NotScoredByYou,
    ScoreThis,
    SeeScores,
    ScoreScaleHint,
    CouncilComment,
    SaveScore,
    ScoreSaved,
    OthersHidden,
    Mean,
    Spread,
    CouncilScores,
    Criterion,
    CouncilMember,
    CommentColumn,
    DecisionTitle,
    NoCouncilProposals,
    NoScoresYet,
    // Sign-ups
    SignupTitle,
    SignupIntro,
    InterestsLabel,
    AvailabilityLabel,
    AvailHours,
    AvailIntensive,
    HoursPerWeekLabel,
    HoursHint,
    ManagerLabel,
    ManagerAgreed,
    ManagerNotAgreed,
    ManagerNotAsked,
    SignupNote,
    SignupNoteHint,
    SaveSignup,
    SignupSaved,
    SignupClosedNotice,
    SignupsTitle,
    NoSignups,
    ExportCsv,
    OpenSignup,
    OpenSignups,
    SignedUpAt,
    PersonColumn,
    // Vote
    VoteTitle,
    OpenVoteAdmin,
    GoVote,
    VoteSaved,
    CodesMade,
    NothingShortlistedYet,
    NewVoteIntro,
    ShortlistHeading,
    VoteRulesHeading,
    CreateVote,
    SaveVoteRules,
    VotesPerVoterLabel,
    VotesPerVoterHint,
    WinnersPerCategoryLabel,
    WinnersPerCategoryHint,
    LiveTotalsLabel,
    OpensAtLabel,
    OpensAtHint,
    ClosesAtLabel,
    ClosesAtHint,
    NotScheduled,
    VoteNotOpenStatus,
    VoteOpenStatus,
    VoteClosedStatus,
    OpenVoteNow,
    CloseVoteNow,
    BallotsCast,
    CodesUsed,
    StaffVoted,
    OpenProjector,
    PrintCodes,
    OpenResults,
    JoinAddressIs,
    VoterCodesHeading,
    VoterCodesIntro,
    CodeCountLabel,
    CodeCountHint,
    MakeCodes,
    OnBallotHeading,
    Yes,
    No,
    PreviousSheet,
    NextSheet,
    NoCodesYet,
    CardsNumbered,
    OfTotal,
    PrintHint,
    YourVoterCode,
    ScanOrGoTo,
    CodeUsedMark,
    VoterCodeLabel,
    VoterCodeHint,
    JoinIntro,
    Continue,
    SignedInVoting,
    VoteSignedIn,
    YouHaveVoted,
    YourChoices,
    OfWord,
    ChosenWord,
    BallotFixHint,
    VoteWithCodeOnly,
    CodesNotForYou,
    VoteAccessLabel,
    VoteAccessHint,
    VoteAccessCodes,
    VoteAccessAccounts,
    VoteAccessBoth,
    BallotsByCode,
    BallotsByAccount,
    CodesMadeWord,
    SignupRuleHeading,
    SignupRuleIntro,
    SignupRuleOpen,
    ConfiguredDomains,
    AllowedDomainsLabel,
    AllowedDomainsHint,
    AllowedAddressesLabel,
    AllowedAddressesHint,
    SaveSignupRule,
    OutsideAccountsHeading,
    OutsideAccountsIntro,
    NoOutsideAccounts,
    Recused,
    RecusedYou,
    ScoreIsFinalHint,
    PaperTitle,
    PaperIntro,
    PaperSaved,
    NewPaperHeading,
    CorrectPaperHeading,
    PaperClosedNote,
    PaperEntriesHeading,
    PaperBoxLabel,
    PaperBoxHint,
    PaperBallotsLabel,
    PaperVotesLegend,
    VotesForProposalNumber,
    CountedByLabel,
    ConfirmedByLabel,
    ConfirmedByHint,
    CorrectionReasonLabel,
    SavePaperCount,
    NoPaperEntries,
    PaperReplaced,
    PaperActive,
    CorrectPaper,
    ReasonWord,
    StatusWord,
    CountersWord,
    EnteredWord,
    DigitalVotesLabel,
    PaperVotesLabel,
    DigitalWord,
    PaperWord,
    StageCountsLabel,
    VotePhaseIs,
    OpeningOutsidePhase,
    VoteOpenNowHeading,
    PrintAllCodes,
    ReadWholeProposal,
    BallotsInAll,
    ChooseUpTo,
    ReviewChoices,
    ConfirmHeading,
    CastBallotButton,
    ChangeChoices,
    ReceiptTitle,
    ReceiptStored,
    ChoicesWord,
    ReceiptAnonymous,
    ProjectorTitle,
    ProjectorGoTo,
    ProjectorCodeHint,
    BallotsSoFar,
    TotalsAfterClose,
    ChartVotesNote,
    ResultsTitle,
    ResultsNotFinal,
    PlaceLabel,
    VotesLabel,
    TiedLabel,
    OutcomeLabel,
    OutcomeWinner,
    OutcomeTied,
    OutcomeOther,
    SharedPlace,
    DownloadResultsCsv,
    SelectionHeading,
    SelectionIntro,
    SelectedProposals,
    ConfirmSelection,
    SelectionConfirmed,
}
