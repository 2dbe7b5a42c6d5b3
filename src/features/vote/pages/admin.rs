//! The organizer's page for a round's vote: create it from the council's shortlist, set
//! the rules, make voter codes, open and close it, and the ways to the projector, the
//! code cards and the results.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::rules_form::{RulesForm, label};
use crate::domain::vote::{VoteAccess, VoteRulesInput, VoteStatus};
use crate::features::vote::{
    BallotIdea, GenerateCodes, SaveVote, SwitchVote, VoteAdmin, VoteInfo, fetch_vote_admin,
};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, successes};
use crate::ui::form_status::FormErrors;

#[component]
pub fn VoteAdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let save = ServerAction::<SaveVote>::new();
    let switch = ServerAction::<SwitchVote>::new();
    let codes = ServerAction::<GenerateCodes>::new();
    let (saved, switched, made) = (successes(save), successes(switch), successes(codes));
    let admin = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                saved.get() + switched.get() + made.get(),
            )
        },
        |(id, _)| fetch_vote_admin(id),
    );
    let notice = move || {
        let q = query.read();
        if q.get("saved").is_some() {
            Some(i18n.t(T::VoteSaved).to_owned())
        } else {
            q.get("codes")
                .map(|n| format!("{} {n}", i18n.t(T::CodesMade)))
        }
    };
    view! {
        <Title text=i18n.t(T::VoteTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match admin.await {
                    Ok(admin) => view! { <Admin admin notice=notice() save switch codes /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Admin(
    admin: VoteAdmin,
    notice: Option<String>,
    save: ServerAction<SaveVote>,
    switch: ServerAction<SwitchVote>,
    codes: ServerAction<GenerateCodes>,
) -> impl IntoView {
    let i18n = use_i18n();
    let body = match admin.vote.clone() {
        None => view! { <NewVote admin=admin.clone() save /> }.into_any(),
        Some(vote) => view! {
            <PhaseWarning admin=admin.clone() vote=vote.clone() />
            <ExistingVote round_id=admin.round_id.clone() join_url=admin.join_url.clone() vote save switch codes />
        }
        .into_any(),
    };
    view! {
        <p class="breadcrumb"><a href=format!("/rounds/{}", admin.round_id)>{admin.round_name.clone()}</a></p>
        <h1>{i18n.t(T::VoteTitle)}</h1>
        {notice.map(|text| view! { <div class="alert alert--ok" role="status">{text}</div> })}
        {body}
    }
}

#[component]
fn IdeaList(ideas: Vec<BallotIdea>) -> impl IntoView {
    let i18n = use_i18n();
    let items = ideas
        .into_iter()
        .map(|idea| {
            view! {
                <li>
                    <a href=format!("/proposals/{}", idea.id)>{idea.title}</a>
                    {idea.category.map(|c| view! { " " <span class="tag">{i18n.category(c)}</span> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain-list">{items}</ul> }
}

#[component]
fn NewVote(admin: VoteAdmin, save: ServerAction<SaveVote>) -> impl IntoView {
    let i18n = use_i18n();
    if admin.shortlisted.is_empty() {
        return view! { <p class="alert alert--info">{i18n.t(T::NothingShortlistedYet)}</p> }
            .into_any();
    }
    let initial = VoteRulesInput::from_rules(&Default::default());
    view! {
        <p>{i18n.t(T::NewVoteIntro)}</p>
        <h2>{i18n.t(T::ShortlistHeading)}" ("{admin.shortlisted.len()}")"</h2>
        <IdeaList ideas=admin.shortlisted.clone() />
        <h2>{i18n.t(T::VoteRulesHeading)}</h2>
        <RulesForm round_id=admin.round_id.clone() initial action=save submit=T::CreateVote />
    }
    .into_any()
}

fn access_text(access: VoteAccess) -> T {
    match access {
        VoteAccess::Codes => T::VoteAccessCodes,
        VoteAccess::Accounts => T::VoteAccessAccounts,
        VoteAccess::Both => T::VoteAccessBoth,
    }
}

fn status_text(status: VoteStatus) -> T {
    match status {
        VoteStatus::NotOpen => T::VoteNotOpenStatus,
        VoteStatus::Open => T::VoteOpenStatus,
        VoteStatus::Closed => T::VoteClosedStatus,
    }
}

#[component]
fn ExistingVote(
    round_id: String,
    join_url: String,
    vote: VoteInfo,
    save: ServerAction<SaveVote>,
    switch: ServerAction<SwitchVote>,
    codes: ServerAction<GenerateCodes>,
) -> impl IntoView {
    let i18n = use_i18n();
    let switch_error = action_error(switch);
    let codes_error = action_error(codes);
    let status = vote.status;
    let (to, switch_label) = match status {
        VoteStatus::NotOpen => ("open", T::OpenVoteNow),
        _ => ("close", T::CloseVoteNow),
    };
    let switch_round = round_id.clone();
    let switch_form = (status != VoteStatus::Closed).then(move || {
        view! {
            <ActionForm action=switch attr:class="inline-form">
                <input type="hidden" name="round_id" value=switch_round />
                <input type="hidden" name="to" value=to />
                <button type="submit" class=if status == VoteStatus::Open { "danger" } else { "" }
                    disabled=move || switch.pending().get()>{i18n.t(switch_label)}</button>
            </ActionForm>
        }
    });
    let codes_round = round_id.clone();
    let codes_seen = vote.codes_total.to_string();
    let codes_form = (status != VoteStatus::Closed && vote.access.allows_codes()).then(move || {
        view! {
            <h2>{i18n.t(T::VoterCodesHeading)}</h2>
            <p>{i18n.t(T::VoterCodesIntro)}</p>
            <FormErrors error=codes_error labels=label />
            <ActionForm action=codes attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="round_id" value=codes_round />
                // The number of codes this form saw: posting it twice makes one batch.
                <input type="hidden" name="after" value=codes_seen />
                <Field name="count" label=i18n.t(T::CodeCountLabel) inputmode="numeric" error=codes_error
                    hint=T::CodeCountHint />
                <div>
                    <button type="submit" disabled=move || codes.pending().get()>{i18n.t(T::MakeCodes)}</button>
                </div>
            </ActionForm>
        }
    });
    let when = |at: Option<chrono::NaiveDateTime>| {
        at.map(|t| i18n.date_time(t))
            .unwrap_or_else(|| i18n.t(T::NotScheduled).to_owned())
    };
    let rules = if status == VoteStatus::NotOpen {
        view! {
            <h2>{i18n.t(T::VoteRulesHeading)}</h2>
            <RulesForm round_id=round_id.clone() initial=vote.rules.clone() action=save submit=T::SaveVoteRules />
        }
        .into_any()
    } else {
        view! {
            <h2>{i18n.t(T::VoteRulesHeading)}</h2>
            <dl class="card">
                <dt>{i18n.t(T::VotesPerVoterLabel)}</dt>
                <dd>{vote.votes_per_voter}</dd>
                <dt>{i18n.t(T::WinnersPerCategoryLabel)}</dt>
                <dd>{vote.winners_per_category.map(|n| n.to_string()).unwrap_or_else(|| "–".into())}</dd>
                <dt>{i18n.t(T::LiveTotalsLabel)}</dt>
                <dd>{i18n.t(if vote.live_totals { T::Yes } else { T::No })}</dd>
                <dt>{i18n.t(T::VoteAccessLabel)}</dt>
                <dd>{i18n.t(access_text(vote.access))}</dd>
            </dl>
        }
        .into_any()
    };
    view! {
        <FormErrors error=switch_error labels=label />
        <div class="card vote-status">
            <p>
                <strong>{i18n.t(status_text(status))}</strong>
            </p>
            <dl>
                <dt>{i18n.t(T::OpensAtLabel)}</dt>
                <dd>{when(vote.opens_at)}</dd>
                <dt>{i18n.t(T::ClosesAtLabel)}</dt>
                <dd>{when(vote.closes_at)}</dd>
                <dt>{i18n.t(T::BallotsCast)}</dt>
                <dd>{vote.ballots}</dd>
                <dt>{i18n.t(T::BallotsByCode)}</dt>
                <dd>{format!("{} ({} {})", vote.codes_used, vote.codes_total, i18n.t(T::CodesMadeWord))}</dd>
                <dt>{i18n.t(T::BallotsByAccount)}</dt>
                <dd>{vote.staff_voted}</dd>
                <dt>{i18n.t(T::PaperTitle)}</dt>
                <dd>{vote.paper_ballots}</dd>
            </dl>
            {switch_form}
        </div>
        <p class="button-row">
            <a class="button secondary" rel="external" href=format!("/rounds/{round_id}/vote/screen")>{i18n.t(T::OpenProjector)}</a>
            <a class="button secondary" href=format!("/rounds/{round_id}/vote/codes")>{i18n.t(T::PrintCodes)}</a>
            <a class="button secondary" href=format!("/rounds/{round_id}/vote/paper")>{i18n.t(T::PaperTitle)}</a>
            <a class="button secondary" href=format!("/rounds/{round_id}/vote/results")>{i18n.t(T::OpenResults)}</a>
        </p>
        <p>{i18n.t(T::JoinAddressIs)}" "<strong>{join_url}</strong></p>
        {codes_form}
        {rules}
        <h2>{i18n.t(T::OnBallotHeading)}" ("{vote.ideas.len()}")"</h2>
        <IdeaList ideas=vote.ideas.clone() />
    }
}

/// Before a vote that has not opened: a warning when today is outside the round's vote
/// phase (people would vote on another day than the one announced).
#[component]
fn PhaseWarning(admin: VoteAdmin, vote: VoteInfo) -> impl IntoView {
    let i18n = use_i18n();
    let (start, end) = admin.vote_phase;
    let outside = vote.status == VoteStatus::NotOpen && (admin.today < start || admin.today > end);
    outside.then(|| {
        view! {
            <p class="alert alert--warning" role="note">
                {format!("{} {} – {}. {}", i18n.t(T::VotePhaseIs), i18n.date(start), i18n.date(end), i18n.t(T::OpeningOutsidePhase))}
            </p>
        }
    })
}
