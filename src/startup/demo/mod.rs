//! Demo data for a first start: the autumn 2018 Bootcamp from the seed story, with its six
//! proposals, and an open round accepting proposals now, with a few proposals on its board.
//! Loaded only into an empty database.

pub mod story_2018;

use chrono::{Days, NaiveDate, TimeZone, Utc};

use crate::domain::proposal::{Stage, StageAction};
use crate::domain::round::{NewRound, RoundInput};
use crate::features::proposals::server::history::{self as idea_events, PastEvent};
use crate::features::proposals::server::ideas::{self, IdeaTexts};
use crate::features::rounds::server::queries as rounds;
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
fn history_2018(story: &story_2018::StoryProposal) -> Vec<PastEvent> {
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
            "",
            at(11, 19),
        ),
    ]
}

fn autumn_2018() -> RoundInput {
    RoundInput {
        name: FINISHED_ROUND.into(),
        format: "weekly".into(),
        weekday: "friday".into(),
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

/// An intensive-week round whose submission phase is open on `today`.
pub fn open_round(today: NaiveDate) -> RoundInput {
    let day = |offset: u64| {
        today
            .checked_add_days(Days::new(offset))
            .unwrap_or(today)
            .to_string()
    };
    let started = today
        .checked_sub_days(Days::new(14))
        .unwrap_or(today)
        .to_string();
    RoundInput {
        name: "Bootcamp – intensivvecka".into(),
        format: "intensive".into(),
        intensive_days: "5".into(),
        budget_kronor: "10000".into(),
        submission_start: started,
        submission_end: day(30),
        council_start: day(37),
        council_end: day(37),
        vote_start: day(51),
        vote_end: day(52),
        bootcamp_start: day(65),
        bootcamp_end: day(69),
        final_start: day(72),
        final_end: day(72),
        follow_up_start: day(73),
        follow_up_end: day(163),
        ..Default::default()
    }
}

pub fn parse(input: &RoundInput) -> Result<NewRound, DbSetupError> {
    NewRound::parse(input).map_err(|e| {
        surrealdb::Error::internal(format!("demo round breaks the rules: {e:?}")).into()
    })
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
    let finished = rounds::create(db, &parse(&autumn_2018())?, None)
        .await
        .map_err(write_err)?;
    let mut seeds = Vec::new();
    for story in &story_2018::STORY_2018 {
        let id =
            ideas::create_in_stage(db, &finished, None, story_texts(story), "follow_up").await?;
        idea_events::insert_history(db, &id, history_2018(story)).await?;
        seeds.push(id);
    }
    crate::features::vote::server::demo::closed_2018(db, &finished, &seeds).await?;
    let today = chrono::Local::now().date_naive();
    let open = rounds::create(db, &parse(&open_round(today))?, None)
        .await
        .map_err(write_err)?;
    crate::features::proposals::server::demo::load(db, &open).await?;
    tracing::info!(
        "loaded demo data: {FINISHED_ROUND} with six proposals and its vote, and an open round"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
