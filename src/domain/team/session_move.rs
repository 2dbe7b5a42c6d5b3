//! Moving a session to another day or time, with the reason kept as a trace.

use chrono::NaiveDate;
use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use super::Reason;
use crate::domain::round::PhaseSpan;
use crate::domain::round::format::parse_time_of_day;
use crate::domain::{FieldErrors, Problem};

/// The move form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionMoveInput {
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
    #[serde(default)]
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionMove {
    pub date: NaiveDate,
    pub starts_at: NaiveTime,
    pub ends_at: NaiveTime,
    pub reason: Reason,
}

/// A date typed as `YYYY-MM-DD`.
pub fn parse_date(input: &str) -> Result<NaiveDate, Problem> {
    match input.trim() {
        "" => Err(Problem::Required),
        s => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Problem::DateInvalid),
    }
}

/// A date that must fall within the bootcamp.
pub fn parse_bootcamp_day(input: &str, bootcamp: PhaseSpan) -> Result<NaiveDate, Problem> {
    let day = parse_date(input)?;
    if bootcamp.contains(day) {
        Ok(day)
    } else {
        Err(Problem::DateOutsideBootcamp {
            start: bootcamp.start,
            end: bootcamp.end,
        })
    }
}

impl SessionMove {
    pub fn parse(input: &SessionMoveInput, bootcamp: PhaseSpan) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let date = errors.check("date", parse_bootcamp_day(&input.date, bootcamp));
        let starts_at = errors.check("starts_at", parse_time_of_day(&input.starts_at));
        let ends_at = errors.check("ends_at", parse_time_of_day(&input.ends_at));
        let reason = errors.check("reason", Reason::parse(&input.reason));
        if let (Some(start), Some(end)) = (starts_at, ends_at)
            && end <= start
        {
            errors.add("ends_at", Problem::EndBeforeStart);
        }
        match (date, starts_at, ends_at, reason) {
            (Some(date), Some(starts_at), Some(ends_at), Some(reason)) if errors.is_empty() => {
                Ok(SessionMove {
                    date,
                    starts_at,
                    ends_at,
                    reason,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bootcamp() -> PhaseSpan {
        PhaseSpan {
            start: "2027-03-12".parse().unwrap(),
            end: "2027-04-09".parse().unwrap(),
        }
    }

    fn input(date: &str, start: &str, end: &str, reason: &str) -> SessionMoveInput {
        SessionMoveInput {
            date: date.into(),
            starts_at: start.into(),
            ends_at: end.into(),
            reason: reason.into(),
        }
    }

    #[test]
    fn a_move_needs_a_bootcamp_day_a_real_time_span_and_a_reason() {
        let moved = SessionMove::parse(
            &input("2027-03-18", "09:00", "11:00", "Krock med APT"),
            bootcamp(),
        )
        .unwrap();
        assert_eq!(moved.date.to_string(), "2027-03-18");
        let errors =
            SessionMove::parse(&input("2027-05-01", "11:00", "10:00", ""), bootcamp()).unwrap_err();
        assert_eq!(
            errors.for_field("date"),
            Some(Problem::DateOutsideBootcamp {
                start: bootcamp().start,
                end: bootcamp().end
            })
        );
        assert_eq!(errors.for_field("ends_at"), Some(Problem::EndBeforeStart));
        assert_eq!(errors.for_field("reason"), Some(Problem::Required));
    }
}
