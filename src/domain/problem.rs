//! What can be wrong with a piece of input. The UI turns each into a sentence in the
//! reader's language (`crate::i18n`), so the domain never holds display text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::round::Phase;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Required,
    TooLong {
        max: u32,
    },
    TooShort {
        min: u32,
    },
    ControlCharacters,
    EmailInvalid,
    EmailTaken,
    PasswordTooShort {
        min: u32,
    },
    PasswordTooLong {
        max: u32,
    },
    PasswordTooCommon,
    PasswordContainsEmail,
    WrongCredentials,
    DateInvalid,
    EndBeforeStart,
    StartsBeforePreviousEnds {
        previous: Phase,
    },
    MoneyInvalid,
    MoneyNegative,
    MoneyTooLarge {
        max_kronor: i64,
    },
    NumberInvalid,
    NumberOutOfRange {
        min: i64,
        max: i64,
    },
    ChoiceInvalid,
    RoundNameTaken,
    LastOrganizer,
    /// Free text holding a personal identity or coordination number (secrecy law).
    PersonalIdentityNumber,
    /// A long text that is written but too thin to work from.
    TooFewWords {
        min: u32,
    },
    TooMany {
        max: u32,
    },
    /// No account has this e-mail address (co-proposers).
    UnknownColleague,
    SubmissionNotOpenYet {
        opens: NaiveDate,
    },
    SubmissionClosed {
        closed: NaiveDate,
    },
    /// The proposal is not in a stage where this action can be taken.
    StageChangeNotAllowed,
    /// Only the proposer can change the text, and only as a draft or when asked for detail.
    NotEditable,
    /// Council scores are given only while a proposal is submitted.
    ScoringClosed,
    /// The criteria cannot change once someone has scored against them.
    CriteriaInUse,
    /// A group of check boxes where at least one must be ticked.
    ChooseAtLeastOne,
    /// Sign-ups close when the bootcamp starts.
    SignupClosed {
        closed: NaiveDate,
    },
    /// A voter code as typed is not eight characters of the code alphabet.
    VoterCodeInvalid,
    /// No code like this belongs to the vote.
    VoterCodeUnknown,
    /// The code has already been used for a ballot.
    VoterCodeUsed,
    /// This person has already cast a ballot in the vote.
    AlreadyVoted,
    /// Two votes for the same proposal.
    OneVotePerProposal,
    VoteNotOpen,
    VoteClosed,
    /// The vote's rules and list cannot change once it has opened.
    VoteAlreadyOpened,
    /// A vote needs proposals on the council's shortlist.
    NothingShortlisted,
    /// Each round has one vote.
    VoteExists,
    /// Results are decided only once the vote has closed.
    VoteNotClosed,
    SelectionAlreadyConfirmed,
    /// A time that has already passed where a future one is needed.
    TimeInPast,
    /// Not a domain like `helsingborg.se`.
    EmailDomainInvalid,
    /// Self sign-up is open only to the allowed e-mail domains.
    EmailDomainNotAllowed,
    /// Moving onto the ballot, to selected and to not selected happens only through the
    /// round's vote and its confirmed selection.
    DecidedByVote,
    /// This vote takes voter codes only.
    VoteCodesOnly,
    /// This vote takes signed-in accounts only.
    VoteAccountsOnly,
    /// A signed-in person votes with the account; codes are for people without one.
    CodesAreForPeopleWithoutAccount,
    /// Too many wrong codes have been tried in this vote; wait and try again.
    TooManyCodeAttempts {
        retry_after: u32,
    },
    /// An organizer erases other people's accounts, never their own signed-in one.
    CannotEraseSelf,
    /// A password link that was used, replaced by a newer one, or is over an hour old.
    PasswordLinkGone,
    /// Passwords are turned off here: people sign in with the municipality's account.
    PasswordsTurnedOff,
    /// The identity provider's answer belongs to no sign-in this browser started (an old
    /// or reused answer, another browser's, or over ten minutes).
    ProviderLoginStale,
    /// The person cancelled at the identity provider, or it refused them.
    ProviderCancelled,
    /// The identity provider's answer could not be trusted (token, signature, nonce).
    ProviderAnswerRefused,
    /// The identity provider vouched for no e-mail address.
    ProviderEmailUnverified,
    /// The e-mail address the identity provider gave is outside the allowed domains.
    ProviderEmailNotAllowed,
    /// The account with that e-mail belongs to another person at the identity provider (an
    /// address given to someone new).
    ProviderAccountTaken,
    /// Done too often just now (sign-ins, sign-ups, comments, code batches); wait and try again.
    TooManyAttempts {
        retry_after: u32,
    },
    /// A council member's score is final once given (the others' show at once).
    ScoreLocked,
    /// A council member does not score their own (co-)proposal.
    RecusedOwnProposal,
    /// The person who confirms a paper count is someone other than the counter.
    SameCounter,
    /// More crosses than the box's ballots can hold.
    MoreVotesThanBallots {
        max: u32,
    },
    /// This box of paper ballots is entered already.
    PaperBoxExists,
    /// The entry was corrected meanwhile; correct the newest one.
    PaperEntryReplaced,
    /// Not a time of day like `13:00`.
    TimeInvalid,
    /// An amount of zero where something was bought.
    MoneyZero,
    /// A day outside the bootcamp, where only bootcamp days make sense.
    DateOutsideBootcamp {
        start: NaiveDate,
        end: NaiveDate,
    },
    /// The chosen person does not have the coach role.
    NotACoach,
    /// The proposal has a team already.
    TeamExists,
    /// Only proposals chosen at the vote get a team.
    NotSelectedForTest,
    /// The person is in the team already.
    AlreadyMember,
    /// The person is not (or no longer) in the team.
    NotAMember,
    /// Nothing can be logged for a cancelled session.
    SessionCancelled,
    /// A team needs at least one member.
    NoMembers,
    /// The test starts when the organizer forms the proposal's team.
    StartedByFormingTeam,
    /// Others logged expenses at the same moment; try again.
    LedgerBusy,
    /// Someone decided on this already.
    AlreadyDecided,
    /// A test card's result belongs to a finished test.
    ResultOnlyWhenDone,
    /// A team moves its proposal to learnings only with a learning card.
    NoLearningCard,
    /// The proposal moves to follow-up when the decision is recorded.
    MovedByDecision,
    /// A decision is recorded once the team's learnings are in.
    DecisionNeedsLearnings,
    /// The proposal already has its decision.
    DecisionExists,
    /// Only a parked proposal is brought into a later round.
    NotParked,
    /// The proposal was already brought into that round.
    AlreadyBroughtIn,
    /// The action is done or dropped.
    ActionClosed,
    /// A check-in is answered from its day on.
    CheckinNotDue {
        due: chrono::NaiveDate,
    },
    /// A +1 counts once per person.
    AlreadyPlusOne,
    /// Nobody gives their own item a +1.
    OwnItem,
    /// Only the round's participants, coaches and organizers write its retrospective.
    NotAParticipant,
    /// Not one of the categories (utforska, testa, skala upp).
    UnknownCategory,
    /// A spreadsheet of proposals needs a title column.
    ImportNoTitleColumn,
    /// The file has no proposals.
    ImportEmpty,
    /// The preview was imported already, or is gone.
    ImportGone,
}
