//! How a round's bootcamp runs: weekly sessions (e.g. Fridays 2 h × 5 weeks) or one
//! intensive week.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use crate::domain::Problem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
}

impl Weekday {
    pub const ALL: [Weekday; 5] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
    ];

    pub fn parse(input: &str) -> Result<Self, Problem> {
        Self::ALL
            .into_iter()
            .find(|d| d.as_str() == input.trim())
            .ok_or(if input.trim().is_empty() {
                Problem::Required
            } else {
                Problem::ChoiceInvalid
            })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Weekday::Monday => "monday",
            Weekday::Tuesday => "tuesday",
            Weekday::Wednesday => "wednesday",
            Weekday::Thursday => "thursday",
            Weekday::Friday => "friday",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RoundFormat {
    Weekly {
        weekday: Weekday,
        /// When each session starts, e.g. 13:00.
        starts_at: NaiveTime,
        hours_per_session: u8,
        weeks: u8,
    },
    Intensive {
        days: u8,
    },
}

pub const MAX_SESSION_HOURS: i64 = 8;
pub const MAX_WEEKS: i64 = 26;
pub const MAX_INTENSIVE_DAYS: i64 = 10;

/// Parses a whole number typed in a form field and checks its range.
pub fn parse_count(input: &str, min: i64, max: i64) -> Result<u8, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Problem::Required);
    }
    let n: i64 = trimmed.parse().map_err(|_| Problem::NumberInvalid)?;
    if n < min || n > max {
        return Err(Problem::NumberOutOfRange { min, max });
    }
    u8::try_from(n).map_err(|_| Problem::NumberOutOfRange { min, max })
}

/// Parses a time of day typed as `13:00`, `13.00` or `9:30`.
pub fn parse_time_of_day(input: &str) -> Result<NaiveTime, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Problem::Required);
    }
    let (hours, minutes) = trimmed.split_once([':', '.']).ok_or(Problem::TimeInvalid)?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit());
    if !digits(hours) || minutes.len() != 2 || !digits(minutes) {
        return Err(Problem::TimeInvalid);
    }
    let (h, m) = (
        hours.parse().map_err(|_| Problem::TimeInvalid)?,
        minutes.parse().map_err(|_| Problem::TimeInvalid)?,
    );
    NaiveTime::from_hms_opt(h, m, 0).ok_or(Problem::TimeInvalid)
}

impl RoundFormat {
    pub fn kind(self) -> &'static str {
        match self {
            RoundFormat::Weekly { .. } => "weekly",
            RoundFormat::Intensive { .. } => "intensive",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_round_trips_and_refuses_weekend() {
        for d in Weekday::ALL {
            assert_eq!(Weekday::parse(d.as_str()), Ok(d));
        }
        assert_eq!(Weekday::parse("sunday"), Err(Problem::ChoiceInvalid));
        assert_eq!(Weekday::parse(""), Err(Problem::Required));
    }

    #[test]
    fn time_of_day_accepts_the_usual_ways() {
        let one_pm = NaiveTime::from_hms_opt(13, 0, 0).unwrap();
        assert_eq!(parse_time_of_day("13:00"), Ok(one_pm));
        assert_eq!(parse_time_of_day(" 13.00 "), Ok(one_pm));
        assert_eq!(
            parse_time_of_day("9:30"),
            Ok(NaiveTime::from_hms_opt(9, 30, 0).unwrap())
        );
        assert_eq!(parse_time_of_day(""), Err(Problem::Required));
        for bad in ["13", "25:00", "13:60", "1:5", "ett", "13:00:00"] {
            assert_eq!(parse_time_of_day(bad), Err(Problem::TimeInvalid), "{bad}");
        }
    }

    #[test]
    fn count_checks_range_and_digits() {
        assert_eq!(parse_count(" 5 ", 1, 26), Ok(5));
        assert_eq!(parse_count("", 1, 26), Err(Problem::Required));
        assert_eq!(parse_count("fem", 1, 26), Err(Problem::NumberInvalid));
        assert_eq!(parse_count("2.5", 1, 8), Err(Problem::NumberInvalid));
        assert_eq!(
            parse_count("0", 1, 8),
            Err(Problem::NumberOutOfRange { min: 1, max: 8 })
        );
        assert_eq!(
            parse_count("27", 1, 26),
            Err(Problem::NumberOutOfRange { min: 1, max: 26 })
        );
    }
}
