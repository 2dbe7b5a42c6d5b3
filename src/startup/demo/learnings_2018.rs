//! Loads what the six 2018 teams recorded (`learning_story_2018`): test and learning cards,
//! the "Vad händer nu?" decisions with their follow-up actions, check-ins and answers, the
//! final presentation with the teams' summaries, and the round's retrospective.
//! Check-ins and overdue actions in the past are marked as already reminded, so a first
//! start does not fill the bell with 2019's reminders.

use chrono::{DateTime, NaiveDate, Utc};
use surrealdb::types::{RecordId, SurrealValue};

use super::learning_story_2018::{
    DECIDED_ON, DemoAction, DemoTeamLearning, FINAL_PRESENTATION_DATE, FINAL_PRESENTATION_PLACE,
    FINAL_PRESENTATION_TIME, LEARNINGS_2018, PRESENTATION_ORDER, RETRO_2018,
};
use super::teams_2018::{at, demo_err, email_of};
use crate::domain::followup::{CHECKIN_MONTHS, checkin_dates};
use crate::platform::db::{Db, DbSetupError};
use crate::platform::ids::new_key;

/// The day the 2018 bootcamp ended; the check-ins count from it.
const BOOTCAMP_ENDED: &str = "2018-11-09";

#[derive(Debug, Clone, SurrealValue)]
struct TestCardRow {
    id: RecordId,
    team: RecordId,
    round: RecordId,
    name: String,
    owner: String,
    deadline: Option<String>,
    duration: String,
    hypothesis: String,
    critical: i64,
    test: String,
    cost: i64,
    reliability: i64,
    metric: String,
    criteria: String,
    status: String,
    result: Option<String>,
    evidence: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, SurrealValue)]
struct LearningCardRow {
    team: RecordId,
    round: RecordId,
    title: String,
    believed: String,
    observed: String,
    learned: String,
    therefore: String,
    test_cards: Vec<RecordId>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, SurrealValue)]
struct ActionRow {
    id: RecordId,
    idea: RecordId,
    round: RecordId,
    what: String,
    owner: RecordId,
    due: String,
    status: String,
    why: String,
    reminded: bool,
    at: DateTime<Utc>,
}

#[derive(Debug, Clone, SurrealValue)]
struct EventRow {
    action: RecordId,
    kind: String,
    status: String,
    text: String,
    by: RecordId,
    at: DateTime<Utc>,
}

#[derive(Debug, Clone, SurrealValue)]
struct CheckinRow {
    id: RecordId,
    action: RecordId,
    months: i64,
    due: String,
    asked: bool,
    answer: Option<String>,
    answered_by: Option<RecordId>,
    answered_at: Option<DateTime<Utc>>,
}

/// `ideas[i]` is the key of `STORY_2018[i]`'s proposal (and of its team).
pub async fn load(
    db: &Db,
    round_id: &str,
    ideas: &[String],
    today: NaiveDate,
) -> Result<(), DbSetupError> {
    for (story, idea) in LEARNINGS_2018.iter().zip(ideas) {
        load_team(db, round_id, idea, story, today).await?;
    }
    load_results(db, round_id, ideas).await
}

async fn user_of(db: &Db, name: &str) -> Result<RecordId, DbSetupError> {
    let id: Option<RecordId> = db
        .query("SELECT VALUE id FROM ONLY user WHERE email = $email LIMIT 1")
        .bind(("email", email_of(name)))
        .await?
        .take(0)?;
    id.ok_or_else(|| demo_err(format!("no demo account for {name}")))
}

async fn load_team(
    db: &Db,
    round_id: &str,
    idea: &str,
    story: &DemoTeamLearning,
    today: NaiveDate,
) -> Result<(), DbSetupError> {
    let team = RecordId::new("team", idea);
    let round = RecordId::new("round", round_id);
    let mut tests = Vec::new();
    for card in story.test_cards {
        let when = at(card.deadline, 12, 0)?;
        tests.push(TestCardRow {
            id: RecordId::new("test_card", new_key()),
            team: team.clone(),
            round: round.clone(),
            name: card.name.to_owned(),
            owner: card.owner.to_owned(),
            deadline: Some(card.deadline.to_owned()),
            duration: card.duration.to_owned(),
            hypothesis: card.hypothesis.to_owned(),
            critical: i64::from(card.critical),
            test: card.test.to_owned(),
            cost: i64::from(card.cost),
            reliability: i64::from(card.reliability),
            metric: card.metric.to_owned(),
            criteria: card.criteria.to_owned(),
            status: card.status.to_owned(),
            result: (!card.result.is_empty()).then(|| card.result.to_owned()),
            evidence: card.evidence.to_owned(),
            created_at: when,
            updated_at: when,
        });
    }
    let learnings = story
        .learning_cards
        .iter()
        .map(|card| {
            let when = at(card.on, 13, 30)?;
            Ok(LearningCardRow {
                team: team.clone(),
                round: round.clone(),
                title: card.title.to_owned(),
                believed: card.believed.to_owned(),
                observed: card.observed.to_owned(),
                learned: card.learned.to_owned(),
                therefore: card.therefore.to_owned(),
                test_cards: card
                    .tests
                    .iter()
                    .filter_map(|i| tests.get(*i).map(|t| t.id.clone()))
                    .collect(),
                created_at: when,
                updated_at: when,
            })
        })
        .collect::<Result<Vec<_>, DbSetupError>>()?;
    let mut actions = Vec::new();
    let mut events = Vec::new();
    let mut checkins = Vec::new();
    for action in story.actions {
        let rows = action_rows(db, idea, &round, action, today).await?;
        actions.push(rows.action);
        events.extend(rows.events);
        checkins.extend(rows.checkins);
    }
    db.query(
        "BEGIN TRANSACTION;
         INSERT INTO test_card $tests;
         INSERT INTO learning_card $learnings;
         CREATE $decision SET idea = $idea, round = $round, outcome = $outcome, \
             rationale = $rationale, at = $decided;
         INSERT INTO followup_action $actions;
         INSERT INTO action_event $events;
         INSERT INTO checkin $checkins;
         COMMIT TRANSACTION;",
    )
    .bind(("tests", tests))
    .bind(("learnings", learnings))
    .bind(("decision", RecordId::new("decision", idea)))
    .bind(("idea", RecordId::new("idea", idea)))
    .bind(("round", round))
    .bind(("outcome", story.outcome))
    .bind(("rationale", story.rationale))
    .bind(("decided", at(DECIDED_ON, 9, 0)?))
    .bind(("actions", actions))
    .bind(("events", events))
    .bind(("checkins", checkins))
    .await?
    .check()?;
    Ok(())
}

/// One action with its history and check-ins.
struct ActionRows {
    action: ActionRow,
    events: Vec<EventRow>,
    checkins: Vec<CheckinRow>,
}

async fn action_rows(
    db: &Db,
    idea: &str,
    round: &RecordId,
    action: &DemoAction,
    today: NaiveDate,
) -> Result<ActionRows, DbSetupError> {
    let owner = user_of(db, action.owner).await?;
    let key = new_key();
    let id = RecordId::new("followup_action", key.as_str());
    let created = at(DECIDED_ON, 10, 0)?;
    let due: NaiveDate = action
        .due
        .parse()
        .map_err(|_| demo_err(format!("bad due day {}", action.due)))?;
    let mut events = Vec::new();
    let mut checkins = Vec::new();
    let row = ActionRow {
        id: id.clone(),
        idea: RecordId::new("idea", idea),
        round: round.clone(),
        what: action.what.to_owned(),
        owner: owner.clone(),
        due: action.due.to_owned(),
        status: action.status.to_owned(),
        why: action.why.to_owned(),
        reminded: due < today,
        at: created,
    };
    events.push(EventRow {
        action: id.clone(),
        kind: "status".to_owned(),
        status: "open".to_owned(),
        text: String::new(),
        by: owner.clone(),
        at: created,
    });
    let ended: NaiveDate = BOOTCAMP_ENDED
        .parse()
        .map_err(|_| demo_err("end".to_owned()))?;
    for (months, day) in CHECKIN_MONTHS.iter().zip(checkin_dates(ended)) {
        let due = day.to_string();
        let answer = action
            .checkins
            .iter()
            .find(|(d, _)| *d == due)
            .map(|(_, a)| *a);
        let answered_at = answer.map(|_| at(&due, 10, 0)).transpose()?;
        if let (Some(text), Some(when)) = (answer, answered_at) {
            events.push(EventRow {
                action: id.clone(),
                kind: "checkin".to_owned(),
                status: "open".to_owned(),
                text: text.to_owned(),
                by: owner.clone(),
                at: when,
            });
        }
        checkins.push(CheckinRow {
            id: RecordId::new("checkin", format!("{key}m{months}")),
            action: id.clone(),
            months: i64::from(*months),
            due,
            asked: day <= today,
            answer: answer.map(str::to_owned),
            answered_by: answer.map(|_| owner.clone()),
            answered_at,
        });
    }
    if action.status != "open" {
        // Closed on its due day (or after the last answered check-in, if later).
        let last_answer = events.iter().map(|e| e.at).max();
        let closed = at(action.due, 15, 0)?.max(last_answer.unwrap_or(created));
        events.push(EventRow {
            action: id,
            kind: "status".to_owned(),
            status: action.status.to_owned(),
            text: action.why.to_owned(),
            by: owner,
            at: closed,
        });
    }
    Ok(ActionRows {
        action: row,
        events,
        checkins,
    })
}

#[derive(Debug, Clone, SurrealValue)]
struct RetroRow {
    round: RecordId,
    kind: String,
    heading: String,
    text: String,
    chosen: bool,
    plus_ones: i64,
    at: DateTime<Utc>,
}

/// The round's retrospective (the seed's lists, chosen for the report, and a few items the
/// organizer left out), its final presentation and each team's outcome summary.
async fn load_results(db: &Db, round_id: &str, ideas: &[String]) -> Result<(), DbSetupError> {
    let round = RecordId::new("round", round_id);
    let first = at(FINAL_PRESENTATION_DATE, 14, 0)?;
    let retro: Vec<RetroRow> = RETRO_2018
        .iter()
        .enumerate()
        .map(|(i, item)| RetroRow {
            round: round.clone(),
            kind: item.0.to_owned(),
            heading: item.1.to_owned(),
            text: item.2.to_owned(),
            plus_ones: i64::from(item.3),
            chosen: item.4,
            // One minute apart, in the seed's order.
            at: first + chrono::Duration::minutes(i64::try_from(i).unwrap_or(0)),
        })
        .collect();
    let order: Vec<RecordId> = PRESENTATION_ORDER
        .iter()
        .filter_map(|i| ideas.get(*i))
        .map(|idea| RecordId::new("team", idea.as_str()))
        .collect();
    let summaries: Vec<(RecordId, String)> = LEARNINGS_2018
        .iter()
        .zip(ideas)
        .map(|(story, idea)| {
            (
                RecordId::new("team", idea.as_str()),
                story.outcome_summary.to_owned(),
            )
        })
        .collect();
    db.query(
        "BEGIN TRANSACTION;
         INSERT INTO retro_item $retro;
         CREATE $plan SET round = $round, date = $date, starts_at = $starts, ends_at = $ends, \
             place = $place, team_order = $order;
         FOR $s IN $summaries { UPDATE $s[0] SET outcome_summary = $s[1]; };
         COMMIT TRANSACTION;",
    )
    .bind(("retro", retro))
    .bind(("plan", RecordId::new("final_presentation", round_id)))
    .bind(("round", round))
    .bind(("date", FINAL_PRESENTATION_DATE))
    .bind(("starts", FINAL_PRESENTATION_TIME))
    .bind(("ends", "16:00"))
    .bind(("place", FINAL_PRESENTATION_PLACE))
    .bind(("order", order))
    .bind(("summaries", summaries))
    .await?
    .check()?;
    Ok(())
}
