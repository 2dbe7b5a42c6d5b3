//! A test card (Strategyzer): the hypothesis ("We believe that…") and how critical it is,
//! the test ("To verify that, we will…") with its cost and how reliable its data is, the
//! metric ("and measure…"), the criteria ("We are right if…"), and, once done, the result
//! with its evidence (interview and observation notes).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Rating;
use crate::domain::text::{multi_line, optional_single_line, single_line};
use crate::domain::{FieldErrors, Problem};

pub const NAME_MAX: usize = 120;
pub const SHORT_MAX: usize = 80;
pub const STEP_MAX: usize = 1000;
pub const EVIDENCE_MAX: usize = 4000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TestStatus {
    Planned,
    Running,
    Done,
}

impl TestStatus {
    pub const ALL: [TestStatus; 3] = [TestStatus::Planned, TestStatus::Running, TestStatus::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            TestStatus::Planned => "planned",
            TestStatus::Running => "running",
            TestStatus::Done => "done",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => Self::ALL
                .into_iter()
                .find(|status| status.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TestResult {
    Confirmed,
    Refuted,
    Unclear,
}

impl TestResult {
    pub const ALL: [TestResult; 3] = [
        TestResult::Confirmed,
        TestResult::Refuted,
        TestResult::Unclear,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TestResult::Confirmed => "confirmed",
            TestResult::Refuted => "refuted",
            TestResult::Unclear => "unclear",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => Self::ALL
                .into_iter()
                .find(|result| result.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }
}

/// The test-card form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestCardInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub deadline: String,
    #[serde(default)]
    pub duration: String,
    #[serde(default)]
    pub hypothesis: String,
    #[serde(default)]
    pub critical: String,
    #[serde(default)]
    pub test: String,
    #[serde(default)]
    pub cost: String,
    #[serde(default)]
    pub reliability: String,
    #[serde(default)]
    pub metric: String,
    #[serde(default)]
    pub criteria: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub result: String,
    #[serde(default)]
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestCard {
    pub name: String,
    /// Who runs the test ("" when nobody is named).
    pub owner: String,
    pub deadline: Option<NaiveDate>,
    /// How long the test runs, as the team says it ("two weeks").
    pub duration: String,
    pub hypothesis: String,
    pub critical: Rating,
    pub test: String,
    pub cost: Rating,
    pub reliability: Rating,
    pub metric: String,
    pub criteria: String,
    pub status: TestStatus,
    /// Only a finished test has a result.
    pub result: Option<TestResult>,
    pub evidence: String,
}

/// A required step of a card: at most `STEP_MAX` characters, not empty.
pub fn required_text(input: &str, max: usize) -> Result<String, Problem> {
    multi_line(input, max).and_then(|t| {
        if t.is_empty() {
            Err(Problem::Required)
        } else {
            Ok(t)
        }
    })
}

fn optional_date(input: &str) -> Result<Option<NaiveDate>, Problem> {
    match input.trim() {
        "" => Ok(None),
        s => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| Problem::DateInvalid),
    }
}

impl TestCard {
    pub fn parse(input: &TestCardInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = errors.check("name", single_line(&input.name, 2, NAME_MAX));
        let owner = errors.check("owner", optional_single_line(&input.owner, SHORT_MAX));
        let deadline = errors.check("deadline", optional_date(&input.deadline));
        let duration = errors.check("duration", optional_single_line(&input.duration, SHORT_MAX));
        let hypothesis = errors.check("hypothesis", required_text(&input.hypothesis, STEP_MAX));
        let critical = errors.check("critical", Rating::parse(&input.critical));
        let test = errors.check("test", required_text(&input.test, STEP_MAX));
        let cost = errors.check("cost", Rating::parse(&input.cost));
        let reliability = errors.check("reliability", Rating::parse(&input.reliability));
        let metric = errors.check("metric", required_text(&input.metric, STEP_MAX));
        let criteria = errors.check("criteria", required_text(&input.criteria, STEP_MAX));
        let status = errors.check("status", TestStatus::parse(&input.status));
        let evidence = errors.check("evidence", multi_line(&input.evidence, EVIDENCE_MAX));
        let result = match (status, input.result.trim()) {
            (Some(TestStatus::Done), typed) => {
                errors.check("result", TestResult::parse(typed).map(Some))
            }
            (_, "") => Some(None),
            (Some(_), _) => {
                errors.add("result", Problem::ResultOnlyWhenDone);
                None
            }
            (None, _) => Some(None),
        };
        // Every field parsed (each `?` is a field with a problem already recorded).
        let card = (|| {
            Some(TestCard {
                name: name?,
                owner: owner?,
                deadline: deadline?,
                duration: duration?,
                hypothesis: hypothesis?,
                critical: critical?,
                test: test?,
                cost: cost?,
                reliability: reliability?,
                metric: metric?,
                criteria: criteria?,
                status: status?,
                result: result?,
                evidence: evidence?,
            })
        })();
        match card {
            Some(card) if errors.is_empty() => Ok(card),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn filled() -> TestCardInput {
        TestCardInput {
            name: "Chatt i väntrummet".into(),
            owner: "Anna".into(),
            deadline: "2018-10-26".into(),
            duration: "två veckor".into(),
            hypothesis: "Brukare vill hellre chatta än ringa.".into(),
            critical: "3".into(),
            test: "intervjua tio brukare i väntrummet".into(),
            cost: "1".into(),
            reliability: "2".into(),
            metric: "hur många som föredrar chatt".into(),
            criteria: "minst sex av tio föredrar chatt".into(),
            status: "planned".into(),
            result: String::new(),
            evidence: String::new(),
        }
    }

    #[test]
    fn a_filled_card_parses() {
        let card = TestCard::parse(&filled()).unwrap();
        assert_eq!(card.critical.get(), 3);
        assert_eq!(card.deadline, NaiveDate::from_ymd_opt(2018, 10, 26));
        assert_eq!(card.result, None);
    }

    #[test]
    fn the_four_steps_are_required_and_optional_fields_may_be_empty() {
        let input = TestCardInput {
            name: "Chatt".into(),
            status: "planned".into(),
            critical: "1".into(),
            cost: "1".into(),
            reliability: "1".into(),
            ..Default::default()
        };
        let errors = TestCard::parse(&input).unwrap_err();
        for field in ["hypothesis", "test", "metric", "criteria"] {
            assert_eq!(errors.for_field(field), Some(Problem::Required), "{field}");
        }
        for field in ["owner", "deadline", "duration", "evidence", "result"] {
            assert_eq!(errors.for_field(field), None, "{field}");
        }
    }

    #[test]
    fn a_done_test_needs_a_result_and_only_a_done_test_has_one() {
        let mut done = filled();
        done.status = "done".into();
        assert_eq!(
            TestCard::parse(&done).unwrap_err().for_field("result"),
            Some(Problem::Required)
        );
        done.result = "refuted".into();
        assert_eq!(
            TestCard::parse(&done).unwrap().result,
            Some(TestResult::Refuted)
        );
        let mut running = filled();
        running.status = "running".into();
        running.result = "confirmed".into();
        assert_eq!(
            TestCard::parse(&running).unwrap_err().for_field("result"),
            Some(Problem::ResultOnlyWhenDone)
        );
    }

    #[test]
    fn ratings_dates_and_choices_are_checked() {
        let mut odd = filled();
        odd.critical = "5".into();
        odd.deadline = "26/10".into();
        odd.status = "paused".into();
        let errors = TestCard::parse(&odd).unwrap_err();
        assert_eq!(
            errors.for_field("critical"),
            Some(Problem::NumberOutOfRange { min: 1, max: 3 })
        );
        assert_eq!(errors.for_field("deadline"), Some(Problem::DateInvalid));
        assert_eq!(errors.for_field("status"), Some(Problem::ChoiceInvalid));
    }

    #[test]
    fn evidence_goes_through_the_secrecy_guard() {
        let mut card = filled();
        card.evidence = "Aha: brukaren (19811218-9876) ville skriva på kvällen.".into();
        assert_eq!(
            TestCard::parse(&card).unwrap_err().for_field("evidence"),
            Some(Problem::PersonalIdentityNumber)
        );
    }
}
