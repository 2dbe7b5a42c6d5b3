//! Demo data for a first start: the autumn 2018 Bootcamp from the seed story, with its six
//! proposals and their test teams, and an open round accepting proposals now, with a few
//! proposals on its board.
//! Loaded only into an empty database.

pub mod learning_story_2018;
pub mod learnings_2018;
pub mod story_2018;
pub mod team_story_2018;
pub mod teams_2018;

use chrono::{TimeZone, Utc};

use crate::domain::proposal::{Stage, StageAction};
use crate::domain::round::RoundInput;
use crate::features::proposals::idea_store::{self as ideas, IdeaTexts};
use crate::features::proposals::{PastEvent, insert_history};
use crate::features::rounds::round_store as rounds;
use crate::features::rounds::{open_round, parse_demo_round};
use crate::platform::db::{Db, DbSetupError};

pub const FINISHED_ROUND: &str = "Bootcamp hösten 2018";

/// A 2018 proposal's texts as its proposer sent them in.
fn story_texts(story: &story_2018::StoryProposal) -> IdeaTexts {
    IdeaTexts {
        title: story.title.to_owned(),
        problem: story.problem.to_owned(),
        perspective: Some(story.perspective.to_owned()),
        description: story.idea.to_owned(),
        first_test: story.first_test.to_owned(),
        success_signal: story.success_signal.to_owned(),
        category: Some(story.category.to_owned()),
        unit: story.unit.to_owned(),
        co_proposers: Vec::new(),
    }
}

/// Its way through the 2018 round, on the round's own dates: sent in, shortlisted by the
/// council, on the ballot, selected at the staff days, tested, learnings, follow-up.
fn history_2018(story: &story_2018::StoryProposal, decision: &str) -> Vec<PastEvent> {
    let at = |month: u32, day: u32| {
        Utc.with_ymd_and_hms(2018, month, day, 10, 0, 0)
            .single()
            .unwrap_or_else(Utc::now)
    };
    let step =
        |action: StageAction, from: Option<Stage>, to: Stage, reason: &str, when| PastEvent {
            action: action.as_str().to_owned(),
            from_stage: from.map(|s| s.as_str().to_owned()),
            to_stage: to.as_str().to_owned(),
            reason: reason.to_owned(),
            at: when,
        };
    vec![
        step(
            StageAction::Submit,
            Some(Stage::Draft),
            Stage::Submitted,
            "",
            at(9, 3),
        ),
        step(
            StageAction::Shortlist,
            Some(Stage::Submitted),
            Stage::Shortlisted,
            story.council_rationale,
            at(9, 12),
        ),
        step(
            StageAction::PutOnBallot,
            Some(Stage::Shortlisted),
            Stage::OnBallot,
            "",
            at(9, 20),
        ),
        step(
            StageAction::Select,
            Some(Stage::OnBallot),
            Stage::Selected,
            "Vald på medarbetardagarna.",
            at(9, 27),
        ),
        step(
            StageAction::StartTest,
            Some(Stage::Selected),
            Stage::InTest,
            "",
            at(10, 12),
        ),
        step(
            StageAction::RecordLearnings,
            Some(Stage::InTest),
            Stage::Learnings,
            story.learning,
            at(11, 16),
        ),
        step(
            StageAction::StartFollowUp,
            Some(Stage::Learnings),
            Stage::FollowUp,
            decision,
            at(11, 19),
        ),
    ]
}

fn autumn_2018() -> RoundInput {
    RoundInput {
        name: FINISHED_ROUND.into(),
        format: "weekly".into(),
        weekday: "friday".into(),
        start_time: "13:00".into(),
        session_hours: "2".into(),
        weeks: "5".into(),
        budget_kronor: "5000".into(),
        submission_start: "2018-08-20".into(),
        submission_end: "2018-09-09".into(),
        council_start: "2018-09-12".into(),
        council_end: "2018-09-12".into(),
        vote_start: "2018-09-27".into(),
        vote_end: "2018-09-28".into(),
        bootcamp_start: "2018-10-12".into(),
        bootcamp_end: "2018-11-09".into(),
        final_start: "2018-11-16".into(),
        final_end: "2018-11-16".into(),
        follow_up_start: "2018-11-19".into(),
        follow_up_end: "2019-03-29".into(),
        ..Default::default()
    }
}

pub async fn load_if_empty(db: &Db) -> Result<(), DbSetupError> {
    if rounds::count(db).await? > 0 {
        return Ok(());
    }
    let write_err = |e: rounds::WriteRoundError| match e {
        rounds::WriteRoundError::Db(e) => DbSetupError::from(e),
        rounds::WriteRoundError::NameTaken => {
            surrealdb::Error::internal("demo round exists".to_owned()).into()
        }
    };
    let finished = rounds::create(db, &parse_demo_round(&autumn_2018())?, None)
        .await
        .map_err(write_err)?;
    let mut seeds = Vec::new();
    for (story, learning) in story_2018::STORY_2018
        .iter()
        .zip(&learning_story_2018::LEARNINGS_2018)
    {
        let id =
            ideas::create_in_stage(db, &finished, None, story_texts(story), "follow_up").await?;
        insert_history(db, &id, history_2018(story, learning.rationale)).await?;
        seeds.push(id);
    }
    crate::features::vote::load_demo_vote(db, &finished, &seeds).await?;
    teams_2018::load(db, &finished, &seeds).await?;
    let today = crate::platform::clock::today();
    learnings_2018::load(db, &finished, &seeds, today).await?;
    let open = rounds::create(db, &parse_demo_round(&open_round(today))?, None)
        .await
        .map_err(write_err)?;
    crate::features::proposals::load_demo_proposals(db, &open).await?;
    tracing::info!(
        "loaded demo data: {FINISHED_ROUND} with six proposals, its vote, its six test teams with their cards and follow-up, and an open round"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::round::NewRound;

    #[test]
    fn demo_rounds_obey_the_round_rules() {
        assert!(NewRound::parse(&autumn_2018()).is_ok());
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let open = NewRound::parse(&open_round(today)).unwrap();
        assert_eq!(
            open.schedule.status_on(today),
            crate::domain::round::ScheduleStatus::InPhase(crate::domain::round::Phase::Submission)
        );
    }
}
