//! Check-ins: 3, 6 and 12 months after the bootcamp ends, the owner of each open follow-up
//! action is asked for a short status, which is kept as the action's history.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::Problem;
use crate::domain::learning::test_card::required_text;

pub const CHECKIN_MONTHS: [u32; 3] = [3, 6, 12];
pub const ANSWER_MAX: usize = 1000;

/// The days the check-ins fall on; a month without that day uses its last day
/// (30 November + 3 months is 28 or 29 February).
pub fn checkin_dates(bootcamp_end: NaiveDate) -> Vec<NaiveDate> {
    CHECKIN_MONTHS
        .iter()
        .filter_map(|months| bootcamp_end.checked_add_months(Months::new(*months)))
        .collect()
}

/// The owner's short status at a check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckinAnswer(String);

impl CheckinAnswer {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        required_text(input, ANSWER_MAX).map(CheckinAnswer)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn three_six_and_twelve_months_after_the_end() {
        assert_eq!(
            checkin_dates(day(2018, 11, 9)),
            vec![day(2019, 2, 9), day(2019, 5, 9), day(2019, 11, 9)]
        );
    }

    #[test]
    fn month_ends_fall_on_the_last_day() {
        assert_eq!(
            checkin_dates(day(2019, 11, 30)),
            vec![day(2020, 2, 29), day(2020, 5, 30), day(2020, 11, 30)]
        );
    }

    #[test]
    fn an_answer_says_something_and_names_nobody() {
        assert_eq!(CheckinAnswer::parse("  "), Err(Problem::Required));
        assert_eq!(
            CheckinAnswer::parse("Ringde 19811218-9876"),
            Err(Problem::PersonalIdentityNumber)
        );
        assert_eq!(
            CheckinAnswer::parse("Föreläsningen är bokad.")
                .unwrap()
                .as_str(),
            "Föreläsningen är bokad."
        );
    }
}
