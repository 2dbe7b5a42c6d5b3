//! The staff-day vote: the organizer's setup, voter codes and their print page, the ballot
//! (signed-in staff or a single-use code), the projector, results and the selection.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;

/// The voter's pages: the ballot (`/rosta`, every step) and the receipt. They are plain
/// server-rendered forms with a few lines of script, and load none of the app's wasm, so
/// that a hall of phones on one wifi fetches a page and a stylesheet, not the app.
pub fn is_voter_page(path: &str) -> bool {
    path == "/rosta" || path.starts_with("/rosta/")
}

/// The projector (`/rounds/<id>/vote/screen`): rendered whole on the server with a few
/// lines of script that keep its live part current, so it loads none of the app's wasm
/// either (a hall PC or a phone held up in the hall shows it at once).
pub fn is_projector_page(path: &str) -> bool {
    path.strip_prefix("/rounds/")
        .and_then(|rest| rest.strip_suffix("/vote/screen"))
        .is_some_and(|id| !id.is_empty() && !id.contains('/'))
}
#[cfg(feature = "ssr")]
use {
    crate::domain::Role,
    crate::platform::{context, ids::checked_id},
};

/// The vote's plain routes (the results download, the live news stream), whether a vote is
/// open (for the sign-in limits), and the vote parts of the demo data and of the benchmarks.
#[cfg(feature = "ssr")]
pub use server::{
    ballot::a_vote_is_open,
    cast_queue::CastQueue,
    code_lookups::CodeLookups,
    demo::{closed_2018 as load_demo_vote, open_vote_for_load},
    export::{result_table as vote_result_table, results_csv},
    framing::{ProjectorFraming, projector_framing},
    live::tally_events,
    news::follow as follow_ballot_news,
    no_store::ballot_not_cached,
    page_cache::{BallotPages, cached_ballot_page},
};

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::vote::paper::PaperCountInput;
use crate::domain::vote::tally::CategoryResult;
use crate::domain::vote::{VoteAccess, VoteRulesInput, VoteStatus};
use crate::error::AppError;

/// A proposal as the ballot shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotIdea {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// The idea in full, for "read the whole proposal" on the ballot.
    pub text: String,
    pub category: Option<Category>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteInfo {
    pub status: VoteStatus,
    pub rules: VoteRulesInput,
    pub votes_per_voter: u8,
    pub winners_per_category: Option<u8>,
    pub live_totals: bool,
    pub access: VoteAccess,
    pub opens_at: Option<NaiveDateTime>,
    pub closes_at: Option<NaiveDateTime>,
    pub ideas: Vec<BallotIdea>,
    /// Digital and paper together.
    pub ballots: u32,
    pub paper_ballots: u32,
    pub codes_total: u32,
    pub codes_used: u32,
    pub staff_voted: u32,
    pub selection_confirmed: bool,
}

/// The organizer's page for a round's vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteAdmin {
    pub round_id: String,
    pub round_name: String,
    /// `None` until the vote is created.
    pub vote: Option<VoteInfo>,
    /// Proposals on the council's shortlist (what a new vote would hold).
    pub shortlisted: Vec<BallotIdea>,
    pub join_url: String,
    /// The round's vote phase (first and last day), and today, so the page can warn
    /// before a vote is opened outside it.
    pub vote_phase: (NaiveDate, NaiveDate),
    pub today: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeCard {
    pub number: u32,
    /// As printed: `ABCD-EFGH`.
    pub code: String,
    /// Opens the ballot with the code filled in.
    pub url: String,
    pub qr_svg: String,
    pub used: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeSheet {
    pub round_id: String,
    pub round_name: String,
    pub join_url: String,
    pub cards: Vec<CodeCard>,
    /// Number of the first card on this sheet.
    pub from: u32,
    pub total: u32,
    pub per_sheet: u32,
    /// The day the vote opens (or the round's vote phase begins), printed on each card.
    pub vote_day: NaiveDate,
}

/// Votes a signed-in person can take part in now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenVote {
    pub round_id: String,
    pub round_name: String,
    pub has_voted: bool,
    /// False for a vote that takes voter codes only.
    pub accounts_allowed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotForm {
    pub round_id: String,
    pub round_name: String,
    /// The voter code as printed, when voting with a code.
    pub code: Option<String>,
    pub votes_per_voter: u8,
    pub ideas: Vec<BallotIdea>,
    /// What the voter ticked before reviewing (kept in a short-lived cookie, never in the
    /// address): checked on the confirm step, ticked again when changing.
    pub chosen: Vec<String>,
}

/// The receipt after voting. It says nothing of the choices (not even how many), so a
/// receipt left open on a shared PC tells nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub round_id: String,
    pub round_name: String,
    pub ballots: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaTotal {
    pub id: String,
    pub votes: u32,
}

/// What a live view shows; totals only when the rules allow it (or after closing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveTally {
    pub status: VoteStatus,
    pub ballots: u32,
    pub totals: Option<Vec<IdeaTotal>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Projector {
    pub round_id: String,
    pub round_name: String,
    pub join_url: String,
    pub qr_svg: String,
    pub ideas: Vec<BallotIdea>,
    pub tally: LiveTally,
}

/// One counted box of paper ballots, as entered (a replaced one too, for the record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperEntry {
    pub id: String,
    pub box_name: String,
    /// 1 for the first entry of a box, one more for each correction.
    pub version: u32,
    pub ballots: u32,
    /// Votes per proposal, in ballot order.
    pub counts: Vec<u32>,
    pub counted_by: String,
    pub confirmed_by: String,
    pub entered_by: String,
    /// Why this entry corrects the one before (empty for a first entry).
    pub reason: String,
    /// A later correction replaced it; its figures no longer count.
    pub superseded: bool,
    pub at: NaiveDateTime,
}

/// The organizer's page of paper ballots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperPage {
    pub round_id: String,
    pub round_name: String,
    pub status: VoteStatus,
    pub ideas: Vec<BallotIdea>,
    pub entries: Vec<PaperEntry>,
    /// New boxes are entered while the vote is open.
    pub can_enter: bool,
    /// Entries are corrected until the selection is confirmed.
    pub can_correct: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteResults {
    pub round_id: String,
    pub round_name: String,
    pub status: VoteStatus,
    /// Digital and paper ballots together.
    pub ballots: u32,
    pub digital_ballots: u32,
    pub paper_ballots: u32,
    /// Every paper entry with its counters (replaced ones marked).
    pub paper: PaperPage,
    pub winners_per_category: Option<u8>,
    pub results: Vec<CategoryResult>,
    pub selection_confirmed: bool,
    /// What the selection form starts with: the clear winners (ties left to decide).
    pub preselected: Vec<String>,
    pub can_confirm: bool,
    /// Organizers may download the totals.
    pub can_export: bool,
}

/// Organizers: the vote of a round, or what creating it would hold.
#[server(prefix = "/api", endpoint = "vote_admin")]
pub async fn fetch_vote_admin(round_id: String) -> Result<VoteAdmin, AppError> {
    context::require_role(Role::Organizer).await?;
    server::admin::page(checked_id(&round_id)?).await
}

/// Organizers: creates the vote (putting the shortlist on its ballot) or changes its rules
/// before it opens.
#[server(prefix = "/api", endpoint = "save_vote")]
pub async fn save_vote(
    round_id: String,
    #[server(default)] rules: VoteRulesInput,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    server::admin::save(&user, checked_id(&round_id)?, rules).await
}

/// Organizers: `open` now or `close` now. Closing is final.
#[server(prefix = "/api", endpoint = "vote_switch")]
pub async fn switch_vote(round_id: String, to: String) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    server::admin::switch(&user, checked_id(&round_id)?, &to).await
}

/// Organizers: adds `count` single-use voter codes. `after` is the number of codes the
/// form saw; the same form posted twice makes one batch.
#[server(prefix = "/api", endpoint = "vote_codes")]
pub async fn generate_codes(
    round_id: String,
    count: String,
    #[server(default)] after: String,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    server::codes::generate(&user, checked_id(&round_id)?, &count, &after).await
}

/// Organizers: codes to print from card number `from`: one sheet, or `count` cards (all of
/// them in one print, up to 100 sheets).
#[server(prefix = "/api", endpoint = "code_sheet")]
pub async fn fetch_code_sheet(
    round_id: String,
    from: u32,
    #[server(default)] count: u32,
) -> Result<CodeSheet, AppError> {
    context::require_role(Role::Organizer).await?;
    server::codes::sheet(checked_id(&round_id)?, from, count).await
}

/// Anyone: the votes open now (round id and name), for the home page's pointer to `/rosta`.
#[server(prefix = "/api", endpoint = "votes_open_now")]
pub async fn fetch_votes_open_now() -> Result<Vec<(String, String)>, AppError> {
    // No sign-in: the home page shows it to everyone.
    server::ballot::open_now().await
}

/// Signed-in staff: the votes open now.
#[server(prefix = "/api", endpoint = "open_votes")]
pub async fn fetch_open_votes() -> Result<Vec<OpenVote>, AppError> {
    let user = context::require_user().await?;
    server::ballot::open_votes(&user).await
}

/// The ballot for a voter code, or (with `round_id` and no code) for the signed-in person.
#[server(prefix = "/api", endpoint = "ballot")]
pub async fn fetch_ballot(code: String, round_id: String) -> Result<BallotForm, AppError> {
    let user = context::current_user().await?;
    server::ballot::form(user, &code, &round_id).await
}

/// The choose step sent: keeps the ticked proposals in a short-lived cookie (never in an
/// address) and goes on to the confirm step.
#[server(prefix = "/api", endpoint = "review_ballot")]
pub async fn review_ballot(
    round_id: String,
    #[server(default)] code: String,
    #[server(default)] picks: Vec<String>,
) -> Result<(), AppError> {
    // No sign-in: voters with a code have no account (the code is checked on casting).
    server::review::review(checked_id(&round_id)?, &code, picks).await
}

/// Casts a ballot: with `code`, or as the signed-in person when `code` is empty.
#[server(prefix = "/api", endpoint = "cast_ballot")]
pub async fn cast_ballot(
    round_id: String,
    code: String,
    #[server(default)] picks: Vec<String>,
) -> Result<(), AppError> {
    let user = context::current_user().await?;
    server::ballot::cast(user, checked_id(&round_id)?, &code, picks).await
}

/// The receipt after voting.
#[server(prefix = "/api", endpoint = "receipt")]
pub async fn fetch_receipt(round_id: String) -> Result<Receipt, AppError> {
    // No sign-in: a code voter has no account, and the receipt holds only the total.
    server::ballot::receipt(checked_id(&round_id)?).await
}

/// The projector view: shown in the hall, so anyone may load it; totals follow the rules.
#[server(prefix = "/api", endpoint = "projector")]
pub async fn fetch_projector(round_id: String) -> Result<Projector, AppError> {
    // No sign-in: the projector is shown in the hall.
    server::projector::projector(checked_id(&round_id)?).await
}

/// Results per category: organizers at any time, everyone signed in after closing.
#[server(prefix = "/api", endpoint = "vote_results")]
pub async fn fetch_vote_results(round_id: String) -> Result<VoteResults, AppError> {
    let user = context::require_user().await?;
    server::results::results(&user, checked_id(&round_id)?).await
}

/// Organizers: the paper ballots entered for a vote.
#[server(prefix = "/api", endpoint = "paper_counts")]
pub async fn fetch_paper_counts(round_id: String) -> Result<PaperPage, AppError> {
    context::require_role(Role::Organizer).await?;
    server::paper::page(checked_id(&round_id)?).await
}

/// Organizers: enters a counted box of paper ballots, or (with `replaces`, and a reason)
/// corrects an entry; the old figures stay on record.
#[server(prefix = "/api", endpoint = "save_paper_count")]
pub async fn save_paper_count(
    round_id: String,
    #[server(default)] replaces: String,
    #[server(default)] paper: PaperCountInput,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    server::paper::save(&user, checked_id(&round_id)?, &replaces, paper).await
}

/// Organizers, after closing: `picks` are selected, every other proposal on the ballot is
/// not; proposers are notified.
#[server(prefix = "/api", endpoint = "confirm_selection")]
pub async fn confirm_selection(
    round_id: String,
    #[server(default)] picks: Vec<String>,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    server::results::confirm(&user, checked_id(&round_id)?, picks).await
}
