//! The round form as typed (`RoundInput`, all text) and as accepted (`NewRound`).

use serde::{Deserialize, Serialize};

use super::format::{
    MAX_INTENSIVE_DAYS, MAX_SESSION_HOURS, MAX_WEEKS, parse_count, parse_time_of_day,
};
use super::{RoundFormat, RoundName, Schedule, Weekday};
use crate::domain::{FieldErrors, Ore, Problem};

/// Exactly the fields of the round form; also the arguments of the server functions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundInput {
    pub name: String,
    /// `weekly` or `intensive`
    pub format: String,
    pub weekday: String,
    /// When a weekly session starts, `13:00`.
    #[serde(default)]
    pub start_time: String,
    pub session_hours: String,
    pub weeks: String,
    pub intensive_days: String,
    pub budget_kronor: String,
    pub submission_start: String,
    pub submission_end: String,
    pub council_start: String,
    pub council_end: String,
    pub vote_start: String,
    pub vote_end: String,
    pub bootcamp_start: String,
    pub bootcamp_end: String,
    pub final_start: String,
    pub final_end: String,
    pub follow_up_start: String,
    pub follow_up_end: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRound {
    pub name: RoundName,
    pub format: RoundFormat,
    pub default_budget: Ore,
    pub schedule: Schedule,
}

impl NewRound {
    pub fn parse(input: &RoundInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = errors.check("name", RoundName::parse(&input.name));
        let format = parse_format(input, &mut errors);
        let default_budget = errors.check("budget_kronor", Ore::parse_kronor(&input.budget_kronor));
        let schedule = match Schedule::parse(&input.phase_dates()) {
            Ok(schedule) => Some(schedule),
            Err(schedule_errors) => {
                errors.0.extend(schedule_errors.0);
                None
            }
        };
        match (name, format, default_budget, schedule) {
            (Some(name), Some(format), Some(default_budget), Some(schedule))
                if errors.is_empty() =>
            {
                Ok(NewRound {
                    name,
                    format,
                    default_budget,
                    schedule,
                })
            }
            _ => Err(errors),
        }
    }
}

fn parse_format(input: &RoundInput, errors: &mut FieldErrors) -> Option<RoundFormat> {
    match input.format.trim() {
        "weekly" => {
            let weekday = errors.check("weekday", Weekday::parse(&input.weekday));
            let starts_at = errors.check("start_time", parse_time_of_day(&input.start_time));
            let hours = errors.check(
                "session_hours",
                parse_count(&input.session_hours, 1, MAX_SESSION_HOURS),
            );
            let weeks = errors.check("weeks", parse_count(&input.weeks, 1, MAX_WEEKS));
            Some(RoundFormat::Weekly {
                weekday: weekday?,
                starts_at: starts_at?,
                hours_per_session: hours?,
                weeks: weeks?,
            })
        }
        "intensive" => {
            let days = errors.check(
                "intensive_days",
                parse_count(&input.intensive_days, 1, MAX_INTENSIVE_DAYS),
            );
            Some(RoundFormat::Intensive { days: days? })
        }
        "" => {
            errors.add("format", Problem::Required);
            None
        }
        _ => {
            errors.add("format", Problem::ChoiceInvalid);
            None
        }
    }
}

impl RoundInput {
    pub fn phase_dates(&self) -> [(String, String); 6] {
        [
            (self.submission_start.clone(), self.submission_end.clone()),
            (self.council_start.clone(), self.council_end.clone()),
            (self.vote_start.clone(), self.vote_end.clone()),
            (self.bootcamp_start.clone(), self.bootcamp_end.clone()),
            (self.final_start.clone(), self.final_end.clone()),
            (self.follow_up_start.clone(), self.follow_up_end.clone()),
        ]
    }

    /// The form pre-filled from an accepted round, for editing.
    pub fn from_round(round: &NewRound) -> Self {
        let date = |phase: super::Phase| {
            let span = round.schedule.span(phase);
            (span.start.to_string(), span.end.to_string())
        };
        use super::Phase::*;
        let (submission_start, submission_end) = date(Submission);
        let (council_start, council_end) = date(Council);
        let (vote_start, vote_end) = date(Vote);
        let (bootcamp_start, bootcamp_end) = date(Bootcamp);
        let (final_start, final_end) = date(FinalPresentation);
        let (follow_up_start, follow_up_end) = date(FollowUp);
        let mut input = RoundInput {
            name: round.name.as_str().to_owned(),
            format: round.format.kind().to_owned(),
            budget_kronor: round.default_budget.format_number(),
            submission_start,
            submission_end,
            council_start,
            council_end,
            vote_start,
            vote_end,
            bootcamp_start,
            bootcamp_end,
            final_start,
            final_end,
            follow_up_start,
            follow_up_end,
            ..Default::default()
        };
        match round.format {
            RoundFormat::Weekly {
                weekday,
                starts_at,
                hours_per_session,
                weeks,
            } => {
                input.weekday = weekday.as_str().to_owned();
                input.start_time = starts_at.format("%H:%M").to_string();
                input.session_hours = hours_per_session.to_string();
                input.weeks = weeks.to_string();
            }
            RoundFormat::Intensive { days } => input.intensive_days = days.to_string(),
        }
        input
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A weekly round of spring 2027, valid in every field.
    pub(crate) fn valid() -> RoundInput {
        RoundInput {
            name: "Bootcamp våren 2027".into(),
            format: "weekly".into(),
            weekday: "friday".into(),
            start_time: "13:00".into(),
            session_hours: "2".into(),
            weeks: "5".into(),
            intensive_days: String::new(),
            budget_kronor: "5 000".into(),
            submission_start: "2027-01-10".into(),
            submission_end: "2027-02-10".into(),
            council_start: "2027-02-15".into(),
            council_end: "2027-02-15".into(),
            vote_start: "2027-03-01".into(),
            vote_end: "2027-03-02".into(),
            bootcamp_start: "2027-03-12".into(),
            bootcamp_end: "2027-04-09".into(),
            final_start: "2027-04-16".into(),
            final_end: "2027-04-16".into(),
            follow_up_start: "2027-04-19".into(),
            follow_up_end: "2027-09-30".into(),
        }
    }

    #[test]
    fn accepts_a_complete_weekly_round() {
        let round = NewRound::parse(&valid()).unwrap();
        assert_eq!(round.default_budget, Ore(500_000));
        assert_eq!(
            round.format,
            RoundFormat::Weekly {
                weekday: Weekday::Friday,
                starts_at: chrono::NaiveTime::from_hms_opt(13, 0, 0).unwrap(),
                hours_per_session: 2,
                weeks: 5
            }
        );
    }

    #[test]
    fn intensive_round_ignores_weekly_fields() {
        let input = RoundInput {
            format: "intensive".into(),
            weekday: "".into(),
            weeks: "x".into(),
            intensive_days: "5".into(),
            ..valid()
        };
        let round = NewRound::parse(&input).unwrap();
        assert_eq!(round.format, RoundFormat::Intensive { days: 5 });
    }

    #[test]
    fn collects_every_problem_with_its_field() {
        let input = RoundInput {
            name: "".into(),
            weeks: "0".into(),
            budget_kronor: "-1".into(),
            vote_end: "2027-02-01".into(),
            ..valid()
        };
        let errors = NewRound::parse(&input).unwrap_err();
        assert_eq!(errors.for_field("name"), Some(Problem::Required));
        assert_eq!(
            errors.for_field("weeks"),
            Some(Problem::NumberOutOfRange { min: 1, max: 26 })
        );
        assert_eq!(
            errors.for_field("budget_kronor"),
            Some(Problem::MoneyNegative)
        );
        assert_eq!(errors.for_field("vote_end"), Some(Problem::EndBeforeStart));
    }

    #[test]
    fn refuses_unknown_format() {
        let input = RoundInput {
            format: "daily".into(),
            ..valid()
        };
        let errors = NewRound::parse(&input).unwrap_err();
        assert_eq!(errors.for_field("format"), Some(Problem::ChoiceInvalid));
    }

    #[test]
    fn form_round_trips_through_from_round() {
        let round = NewRound::parse(&valid()).unwrap();
        let again = NewRound::parse(&RoundInput::from_round(&round)).unwrap();
        assert_eq!(round, again);
    }
}
