//! The final presentation (slutpresentationen): when and where it is, the order of the
//! teams' slots, and each team's short outcome summary.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::domain::round::format::parse_time_of_day;
use crate::domain::round::schedule::parse_date;
use crate::domain::text::{multi_line, single_line};
use crate::domain::{FieldErrors, Problem};

pub const PLACE_MAX: usize = 120;
pub const SUMMARY_MAX: usize = 1200;

/// The plan form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanInput {
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
    #[serde(default)]
    pub place: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub date: NaiveDate,
    pub starts_at: NaiveTime,
    pub ends_at: NaiveTime,
    pub place: String,
}

impl Plan {
    pub fn parse(input: &PlanInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let date = errors.check("date", parse_date(&input.date));
        let starts_at = errors.check("starts_at", parse_time_of_day(&input.starts_at));
        let ends_at = errors.check("ends_at", parse_time_of_day(&input.ends_at));
        let place = errors.check("place", single_line(&input.place, 2, PLACE_MAX));
        if let (Some(start), Some(end)) = (starts_at, ends_at)
            && end <= start
        {
            errors.add("ends_at", Problem::EndBeforeStart);
        }
        match (date, starts_at, ends_at, place) {
            (Some(date), Some(starts_at), Some(ends_at), Some(place)) if errors.is_empty() => {
                Ok(Plan {
                    date,
                    starts_at,
                    ends_at,
                    place,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The order of the slots from the positions typed next to each team (`1`, `2`, …): teams
/// sorted by their number, ties and blanks after in the order given. Returns the indices
/// into `positions`.
pub fn slot_order(positions: &[String]) -> Result<Vec<usize>, Problem> {
    let mut keyed = Vec::with_capacity(positions.len());
    for (i, typed) in positions.iter().enumerate() {
        let key = match typed.trim() {
            "" => u32::MAX,
            s => s
                .parse::<u32>()
                .map_err(|_| Problem::NumberInvalid)
                .and_then(|n| {
                    if (1..=100).contains(&n) {
                        Ok(n)
                    } else {
                        Err(Problem::NumberOutOfRange { min: 1, max: 100 })
                    }
                })?,
        };
        keyed.push((key, i));
    }
    keyed.sort();
    Ok(keyed.into_iter().map(|(_, i)| i).collect())
}

/// A team's outcome summary: at most `SUMMARY_MAX` characters, may be emptied.
pub fn parse_summary(input: &str) -> Result<String, Problem> {
    multi_line(input, SUMMARY_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_needs_a_day_times_in_order_and_a_place() {
        let errors = Plan::parse(&PlanInput::default()).unwrap_err();
        for field in ["date", "starts_at", "ends_at", "place"] {
            assert_eq!(errors.for_field(field), Some(Problem::Required), "{field}");
        }
        let backwards = PlanInput {
            date: "2018-11-16".into(),
            starts_at: "15:00".into(),
            ends_at: "13:00".into(),
            place: "Stora hörsalen".into(),
        };
        assert_eq!(
            Plan::parse(&backwards).unwrap_err().for_field("ends_at"),
            Some(Problem::EndBeforeStart)
        );
        let plan = Plan::parse(&PlanInput {
            ends_at: "16:30".into(),
            starts_at: "13.00".into(),
            ..backwards
        })
        .unwrap();
        assert_eq!(plan.starts_at, NaiveTime::from_hms_opt(13, 0, 0).unwrap());
    }

    #[test]
    fn slots_follow_the_numbers_and_blanks_go_last() {
        let typed = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(slot_order(&typed(&["2", "1", "3"])), Ok(vec![1, 0, 2]));
        assert_eq!(slot_order(&typed(&["", "1", ""])), Ok(vec![1, 0, 2]));
        assert_eq!(slot_order(&typed(&["x"])), Err(Problem::NumberInvalid));
        assert_eq!(
            slot_order(&typed(&["0"])),
            Err(Problem::NumberOutOfRange { min: 1, max: 100 })
        );
    }

    #[test]
    fn a_summary_is_short_and_names_nobody() {
        assert_eq!(parse_summary("  "), Ok(String::new()));
        assert_eq!(
            parse_summary("Vi träffade 19811218-9876"),
            Err(Problem::PersonalIdentityNumber)
        );
    }
}
